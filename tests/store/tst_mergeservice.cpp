// Account merges, rename recovery, project transfers and their undo (workflow/MergeService) on SQLite and
// PostgreSQL: the duplicate finder and its counts, the preview with its conflicts, four eyes, execution with the
// ledger and the audit row, undo restoring every touched table exactly, undo refused after a later change, two
// approvals at once, transfers and rename recovery (look-up by the old name finds the renamed account).
#include "MergeFixtures.h"

#include "domain/LookupQuery.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "workflow/MergeService.h"
#include "workflow/Session.h"

#include <QJsonArray>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace desk;

class TestMergeService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void duplicateFinderPagesAndCounts();
    void previewListsWhatMovesAndTheConflicts();
    void fourEyesAndRoles();
    void mergeExecutesAndUndoRestoresExactly();
    void undoRefusedAfterALaterChange();
    void bindingOnBothSidesIsRefused();
    void rejectionAndDecidedOnce();
    void concurrentApprovalsOneWins();
    void transferMovesChosenProjectsAndIsUndoable();
    void renameRecoveryFindsTheNewAccountByTheOldName();
    void o4PersonMergesIntoItsOrganization();
    void executionChecksTheRulesAgain();
    void handlersAndPendingActivationLists();

private:
    std::unique_ptr<MergeService> service(StaffRole role, const QString &login, std::shared_ptr<Database> db = {});
    qint64 requestMerge(const QString &source, const QString &target);
    QString one(const QString &sql, const QVariantList &values = {}) { return test::scalarOf(*m_db, sql, values); }

    std::shared_ptr<Database> m_db;
    test::MergeSeed m_seed;
    QTemporaryDir m_files;
};

void TestMergeService::init()
{
    m_db = test::openTestDatabase();
    m_seed = test::seedMerges(*m_db);
    test::insertStaffRow(*m_db, QStringLiteral("rev_a"), QStringLiteral("reviewer"));
    test::insertStaffRow(*m_db, QStringLiteral("sup_c"), QStringLiteral("supervisor"));
    test::insertStaffRow(*m_db, QStringLiteral("sup_d"), QStringLiteral("supervisor"));
    test::insertStaffRow(*m_db, QStringLiteral("agent_e"), QStringLiteral("agent"));
}

void TestMergeService::cleanup()
{
    m_db.reset();
}

std::unique_ptr<MergeService> TestMergeService::service(StaffRole role, const QString &login,
                                                        std::shared_ptr<Database> db)
{
    StaffMember staff;
    staff.login = login;
    staff.displayName = login;
    staff.role = role;
    auto s = std::make_unique<MergeService>(std::make_shared<Session>(db ? db : m_db, staff, login));
    s->setClock([] { return QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC); });
    return s;
}

qint64 TestMergeService::requestMerge(const QString &source, const QString &target)
{
    auto r = service(StaffRole::Reviewer, QStringLiteral("rev_a"))
                 ->requestMerge(QStringLiteral("merge"), source, target, QStringLiteral("registered twice"), std::nullopt);
    if (!r)
        qFatal("request: %s", qPrintable(r.error().message));
    return r->id;
}

void TestMergeService::duplicateFinderPagesAndCounts()
{
    auto rev = service(StaffRole::Reviewer, QStringLiteral("rev_a"));
    auto counts = rev->candidateCounts();
    QVERIFY2(counts.ok(), qPrintable(counts.ok() ? QString() : counts.error().message));
    QCOMPARE(counts->value(QStringLiteral("same_id_number")), 1);
    QCOMPARE(counts->value(QStringLiteral("o4_person")), 1);
    QCOMPARE(counts->value(QStringLiteral("same_uscc")), 1);
    QCOMPARE(counts->value(QStringLiteral("former_name")), 1);

    auto all = rev->candidates({}, std::nullopt, 50);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->at(0).reason, QStringLiteral("same_id_number"));
    // The account holding the binding comes first.
    QCOMPARE(all->at(0).accounts.size(), 2);
    QCOMPARE(all->at(0).accounts.at(0).login, QStringLiteral("dup_t"));
    QCOMPARE(all->at(0).accounts.at(1).login, QStringLiteral("dup_s"));
    QCOMPARE(all->at(1).reason, QStringLiteral("o4_person"));
    QCOMPARE(all->at(1).accounts.at(1).login, QStringLiteral("org_o4"));
    QCOMPARE(all->at(2).reason, QStringLiteral("same_uscc"));
    QCOMPARE(all->at(3).reason, QStringLiteral("former_name"));
    QCOMPARE(all->at(3).accounts.at(0).login, QStringLiteral("old_org"));
    QCOMPARE(all->at(3).accounts.at(1).login, QStringLiteral("new_org"));

    // Keyset paging one entry at a time walks the same entries, across reasons.
    std::optional<CandidateKey> after;
    QStringList reasons;
    for (int i = 0; i < 6; ++i) {
        auto page = rev->candidates({}, after, 1);
        QVERIFY(page.ok());
        if (page->isEmpty())
            break;
        QCOMPARE(page->size(), 1);
        reasons << page->constFirst().reason;
        after = CandidateKey{page->constFirst().reason, page->constFirst().key};
    }
    QCOMPARE(reasons, test::strings({"same_id_number", "o4_person", "same_uscc", "former_name"}));
    auto one = rev->candidates(QStringLiteral("same_uscc"), std::nullopt, 10);
    QVERIFY(one.ok());
    QCOMPARE(one->size(), 1);
    auto bad = rev->candidates(QStringLiteral("same_name"), std::nullopt, 10);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::Code::InvalidInput);
    // Agents do not use the finder.
    auto agent = service(StaffRole::Agent, QStringLiteral("agent_e"))->candidateCounts();
    QVERIFY(!agent.ok());
    QCOMPARE(agent.error().code, Error::Code::PermissionDenied);
    // A merged account leaves the finder.
    const qint64 id = requestMerge(QStringLiteral("twin_b"), QStringLiteral("twin_a"));
    QVERIFY(service(StaffRole::Supervisor, QStringLiteral("sup_c"))->approve(id).ok());
    auto after2 = rev->candidateCounts();
    QVERIFY(after2.ok());
    QCOMPARE(after2->value(QStringLiteral("same_uscc")), 0);
}

void TestMergeService::previewListsWhatMovesAndTheConflicts()
{
    auto preview = service(StaffRole::Reviewer, QStringLiteral("rev_a"))
                       ->preview(QStringLiteral("merge"), QStringLiteral("dup_s"), QStringLiteral("dup_t"));
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().message));
    QCOMPARE(preview->delegations, 2);
    QCOMPARE(preview->projects, 2);
    QCOMPARE(preview->legacyLinks, 1);
    QCOMPARE(preview->openCases, 2); // the open appeal and the open review; the rejected appeal stays
    QCOMPARE(preview->events, 2);
    QCOMPARE(preview->conflicts.size(), 1);
    const QJsonObject conflict = preview->conflicts.at(0).toObject();
    QCOMPARE(conflict.value(QStringLiteral("rule")).toString(), QStringLiteral("kept the later expiry"));
    QCOMPARE(conflict.value(QStringLiteral("rows")).toArray(), QJsonArray{m_seed.d2});
    QCOMPARE(conflict.value(QStringLiteral("kept")).toArray(), QJsonArray{m_seed.d1});
}

void TestMergeService::fourEyesAndRoles()
{
    // Agents request nothing.
    auto agent = service(StaffRole::Agent, QStringLiteral("agent_e"))
                     ->requestMerge(QStringLiteral("merge"), QStringLiteral("dup_s"), QStringLiteral("dup_t"),
                                    QStringLiteral("twice"), std::nullopt);
    QVERIFY(!agent.ok());
    QCOMPARE(agent.error().code, Error::Code::PermissionDenied);
    // A supervisor's own request needs another supervisor; a reviewer decides nothing.
    auto own = service(StaffRole::Supervisor, QStringLiteral("sup_c"))
                   ->requestMerge(QStringLiteral("merge"), QStringLiteral("dup_s"), QStringLiteral("dup_t"),
                                  QStringLiteral("twice"), std::nullopt);
    QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error().message));
    QCOMPARE(own->requestedBy, QStringLiteral("sup_c"));
    auto self = service(StaffRole::Supervisor, QStringLiteral("sup_c"))->approve(own->id);
    QVERIFY(!self.ok());
    QCOMPARE(self.error().code, Error::Code::PermissionDenied);
    QVERIFY2(self.error().message.contains(QLatin1String("four eyes")), qPrintable(self.error().message));
    auto reviewer = service(StaffRole::Reviewer, QStringLiteral("rev_a"))->approve(own->id);
    QVERIFY(!reviewer.ok());
    QCOMPARE(reviewer.error().code, Error::Code::PermissionDenied);
    QCOMPARE(one(QStringLiteral("SELECT state FROM account_merge WHERE id = ?"), {own->id}), QStringLiteral("requested"));
    QCOMPARE(one(QStringLiteral("SELECT account_status FROM account WHERE id = ?"), {m_seed.source}),
             QStringLiteral("active"));
    // Bad input: unknown login, the same account twice, no reason.
    auto rev = service(StaffRole::Reviewer, QStringLiteral("rev_a"));
    for (const auto &[source, target, reason] :
         {std::tuple{"nobody", "dup_t", "x"}, std::tuple{"dup_t", "dup_t", "x"}, std::tuple{"dup_s", "dup_t", " "}}) {
        auto r = rev->requestMerge(QStringLiteral("merge"), QString::fromUtf8(source), QString::fromUtf8(target),
                                   QString::fromUtf8(reason), std::nullopt);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
    }
}

void TestMergeService::mergeExecutesAndUndoRestoresExactly()
{
    const QStringList before = test::dumpMergeTables(*m_db);
    const qint64 id = requestMerge(QStringLiteral("dup_s"), QStringLiteral("dup_t"));
    auto approved = service(StaffRole::Supervisor, QStringLiteral("sup_c"))->approve(id);
    QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().message));
    QCOMPARE(approved->state, QStringLiteral("applied"));
    QCOMPARE(approved->decidedBy, QStringLiteral("sup_c"));
    const QString t = QString::number(m_seed.target);
    QCOMPARE(one(QStringLiteral("SELECT account_status || ':' || merged_into_id FROM account WHERE id = ?"),
                 {m_seed.source}),
             QStringLiteral("merged:") + t);
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM project WHERE account_id = ?"), {m_seed.target}),
             QStringLiteral("3"));
    QCOMPARE(one(QStringLiteral("SELECT person_id FROM delegation WHERE id = ?"), {m_seed.d1}), t);
    QCOMPARE(one(QStringLiteral("SELECT person_id FROM delegation WHERE id = ?"), {m_seed.d3}), t);
    QCOMPARE(one(QStringLiteral("SELECT revoked_at IS NOT NULL FROM delegation WHERE id = ?"), {m_seed.d2}).toLower(),
             m_db->url().isPostgres() ? QStringLiteral("true") : QStringLiteral("1"));
    QCOMPARE(one(QStringLiteral("SELECT platform_account_id FROM legacy_account WHERE id = ?"), {m_seed.legacy}), t);
    QCOMPARE(one(QStringLiteral("SELECT account_id FROM appeal WHERE id = ?"), {m_seed.openAppeal}), t);
    QCOMPARE(one(QStringLiteral("SELECT account_id FROM appeal WHERE id = ?"), {m_seed.closedAppeal}),
             QString::number(m_seed.source));
    QCOMPARE(one(QStringLiteral("SELECT account_id FROM real_name_review WHERE id = ?"), {m_seed.openReview}), t);
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM account_event WHERE account_id = ?"), {m_seed.target}),
             QStringLiteral("2"));
    auto counts = service(StaffRole::Reviewer, QStringLiteral("rev_a"))->ledgerCounts(id);
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(QStringLiteral("delegation")), 3);
    QCOMPARE(counts->value(QStringLiteral("project")), 2);
    QCOMPARE(counts->value(QStringLiteral("legacy_account")), 1);
    QCOMPARE(counts->value(QStringLiteral("appeal")), 1);
    QCOMPARE(counts->value(QStringLiteral("real_name_review")), 1);
    QCOMPARE(counts->value(QStringLiteral("account_event")), 2);
    QCOMPARE(counts->value(QStringLiteral("account")), 1);
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'merge.execute' AND entity_id = ?"),
                 {QString::number(id)}),
             QStringLiteral("1"));
    QVERIFY(test::dumpMergeTables(*m_db) != before);

    // The undo is a request of its own: a supervisor asks, another approves.
    auto rev = service(StaffRole::Reviewer, QStringLiteral("rev_a"))->requestUndo(id, QStringLiteral("wrong person"));
    QVERIFY(!rev.ok());
    QCOMPARE(rev.error().code, Error::Code::PermissionDenied);
    auto undo = service(StaffRole::Supervisor, QStringLiteral("sup_c"))->requestUndo(id, QStringLiteral("wrong person"));
    QVERIFY2(undo.ok(), qPrintable(undo.ok() ? QString() : undo.error().message));
    QCOMPARE(undo->undoesId, id);
    QCOMPARE(undo->kind, QStringLiteral("undo"));
    auto twice = service(StaffRole::Supervisor, QStringLiteral("sup_d"))->requestUndo(id, QStringLiteral("again"));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, Error::Code::Conflict);
    auto self = service(StaffRole::Supervisor, QStringLiteral("sup_c"))->approve(undo->id);
    QVERIFY(!self.ok());
    QCOMPARE(self.error().code, Error::Code::PermissionDenied);
    auto done = service(StaffRole::Supervisor, QStringLiteral("sup_d"))->approve(undo->id);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
    QCOMPARE(MergeRequestRecord::publicState(done->state), QStringLiteral("executed"));
    QCOMPARE(one(QStringLiteral("SELECT state FROM account_merge WHERE id = ?"), {id}), QStringLiteral("reverted"));
    const QStringList restored = test::dumpMergeTables(*m_db);
    QCOMPARE(restored.size(), before.size());
    for (int i = 0; i < before.size(); ++i)
        QCOMPARE(restored.at(i), before.at(i));
    // An undone merge is not undone twice.
    auto again = service(StaffRole::Supervisor, QStringLiteral("sup_c"))->requestUndo(id, QStringLiteral("again"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Conflict);
}

void TestMergeService::undoRefusedAfterALaterChange()
{
    const qint64 id = requestMerge(QStringLiteral("dup_s"), QStringLiteral("dup_t"));
    QVERIFY(service(StaffRole::Supervisor, QStringLiteral("sup_c"))->approve(id).ok());
    auto undo = service(StaffRole::Supervisor, QStringLiteral("sup_c"))->requestUndo(id, QStringLiteral("wrong"));
    QVERIFY(undo.ok());
    // Somebody renames a moved project afterwards.
    auto q = m_db->exec(QStringLiteral("UPDATE project SET title = '改名的项目' WHERE id = ?"), {m_seed.p2});
    QVERIFY(q.ok());
    q->finish();
    const QStringList changed = test::dumpMergeTables(*m_db);
    const QString ledgerRows = one(QStringLiteral("SELECT COUNT(*) FROM merge_ledger"));
    auto refused = service(StaffRole::Supervisor, QStringLiteral("sup_d"))->approve(undo->id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("project %1").arg(m_seed.p2)),
             qPrintable(refused.error().message));
    QVERIFY2(!refused.error().message.contains(QStringLiteral("project %1").arg(m_seed.p1)),
             qPrintable(refused.error().message));
    // Nothing changed: not half-done.
    QCOMPARE(test::dumpMergeTables(*m_db), changed);
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM merge_ledger")), ledgerRows);
    QCOMPARE(one(QStringLiteral("SELECT state FROM account_merge WHERE id = ?"), {undo->id}), QStringLiteral("requested"));
    QCOMPARE(one(QStringLiteral("SELECT state FROM account_merge WHERE id = ?"), {id}), QStringLiteral("applied"));
}

void TestMergeService::bindingOnBothSidesIsRefused()
{
    auto q = m_db->exec(QStringLiteral("UPDATE account SET real_name_status = 'verified_manual', id_number = NULL "
                                       "WHERE id = ?"),
                        {m_seed.source});
    QVERIFY(q.ok());
    q->finish();
    auto r = service(StaffRole::Reviewer, QStringLiteral("rev_a"))
                 ->requestMerge(QStringLiteral("merge"), QStringLiteral("dup_s"), QStringLiteral("dup_t"),
                                QStringLiteral("twice"), std::nullopt);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QVERIFY2(r.error().message.contains(QLatin1String("dup_s")) && r.error().message.contains(QLatin1String("dup_t")),
             qPrintable(r.error().message));
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM account_merge")), QStringLiteral("0"));
}

void TestMergeService::rejectionAndDecidedOnce()
{
    const qint64 id = requestMerge(QStringLiteral("dup_s"), QStringLiteral("dup_t"));
    auto sup = service(StaffRole::Supervisor, QStringLiteral("sup_c"));
    auto noReason = sup->reject(id, QStringLiteral("  "));
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().code, Error::Code::InvalidInput);
    auto rejected = sup->reject(id, QStringLiteral("not the same person"));
    QVERIFY(rejected.ok());
    QCOMPARE(rejected->state, QStringLiteral("rejected"));
    QCOMPARE(rejected->decisionReason, QStringLiteral("not the same person"));
    auto late = service(StaffRole::Supervisor, QStringLiteral("sup_d"))->approve(id);
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code, Error::Code::Conflict);
    QCOMPARE(one(QStringLiteral("SELECT account_status FROM account WHERE id = ?"), {m_seed.source}),
             QStringLiteral("active"));
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM merge_ledger")), QStringLiteral("0"));
    auto missing = sup->approve(999999);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::InvalidInput);
}

void TestMergeService::concurrentApprovalsOneWins()
{
    const qint64 id = requestMerge(QStringLiteral("dup_s"), QStringLiteral("dup_t"));
    auto dbA = std::make_shared<Database>(test::lastTestDatabaseUrl(), test::adminPassword());
    auto dbB = std::make_shared<Database>(test::lastTestDatabaseUrl(), test::adminPassword());
    auto supC = service(StaffRole::Supervisor, QStringLiteral("sup_c"), dbA);
    auto supD = service(StaffRole::Supervisor, QStringLiteral("sup_d"), dbB);
    std::atomic<int> ready{0};
    Result<MergeRequestRecord> a = Error(Error::Code::Internal, QString());
    Result<MergeRequestRecord> b = Error(Error::Code::Internal, QString());
    QThread *ta = QThread::create([&] {
        ++ready;
        while (ready.load() < 2)
            QThread::yieldCurrentThread();
        a = supC->approve(id);
        dbA->closeThreadConnection();
    });
    QThread *tb = QThread::create([&] {
        ++ready;
        while (ready.load() < 2)
            QThread::yieldCurrentThread();
        b = supD->approve(id);
        dbB->closeThreadConnection();
    });
    ta->start();
    tb->start();
    ta->wait();
    tb->wait();
    delete ta;
    delete tb;
    QVERIFY2(a.ok() != b.ok(), qPrintable(QStringLiteral("A: %1 / B: %2")
                                              .arg(a.ok() ? QStringLiteral("ok") : a.error().message,
                                                   b.ok() ? QStringLiteral("ok") : b.error().message)));
    const Result<MergeRequestRecord> &lost = a.ok() ? b : a;
    QCOMPARE(lost.error().code, Error::Code::Conflict);
    QVERIFY2(lost.error().message.contains(QLatin1String("decided already")), qPrintable(lost.error().message));
    // Executed once: each moved row is in the ledger once.
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM merge_ledger WHERE request_id = ? AND table_name = 'project'"),
                 {id}),
             QStringLiteral("2"));
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'merge.execute'")), QStringLiteral("1"));
}

void TestMergeService::transferMovesChosenProjectsAndIsUndoable()
{
    const QStringList before = test::dumpMergeTables(*m_db);
    auto rev = service(StaffRole::Reviewer, QStringLiteral("rev_a"));
    const MergeEvidence declaration{QStringLiteral("declaration.pdf"), test::minimalPdf()};
    // Evidence is required, and it is checked by content.
    auto noEvidence = rev->requestTransfer(QStringLiteral("leaver01"), QStringLiteral("colleague01"), {m_seed.leaverP1},
                                           QStringLiteral("left"), std::nullopt);
    QVERIFY(!noEvidence.ok());
    QCOMPARE(noEvidence.error().code, Error::Code::InvalidInput);
    auto notPdf = rev->requestTransfer(QStringLiteral("leaver01"), QStringLiteral("colleague01"), {m_seed.leaverP1},
                                       QStringLiteral("left"), MergeEvidence{QStringLiteral("x.pdf"), QByteArray("hello")});
    QVERIFY(!notPdf.ok());
    QCOMPARE(notPdf.error().code, Error::Code::InvalidInput);
    // Only the leaver's projects, only to a colleague of the same organization.
    auto foreign = rev->requestTransfer(QStringLiteral("leaver01"), QStringLiteral("colleague01"), {m_seed.p3},
                                        QStringLiteral("left"), declaration);
    QVERIFY(!foreign.ok());
    QCOMPARE(foreign.error().code, Error::Code::Conflict);
    QVERIFY2(foreign.error().message.contains(QString::number(m_seed.p3)), qPrintable(foreign.error().message));
    auto outsider = rev->requestTransfer(QStringLiteral("leaver01"), QStringLiteral("outsider01"), {m_seed.leaverP1},
                                         QStringLiteral("left"), declaration);
    QVERIFY(!outsider.ok());
    QCOMPARE(outsider.error().code, Error::Code::Conflict);
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM account_merge")), QStringLiteral("0"));

    auto r = rev->requestTransfer(QStringLiteral("leaver01"), QStringLiteral("colleague01"), {m_seed.leaverP1},
                                  QStringLiteral("left the organization"), declaration);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->kind, QStringLiteral("transfer"));
    QCOMPARE(r->projectIds, QList<qint64>{m_seed.leaverP1});
    QVERIFY(r->evidenceDocumentId > 0);
    QCOMPARE(r->preview.value(QStringLiteral("projects")).toInt(), 1);
    QCOMPARE(one(QStringLiteral("SELECT kind FROM document WHERE id = ?"), {r->evidenceDocumentId}),
             QStringLiteral("declaration"));
    auto self = rev->approve(r->id);
    QVERIFY(!self.ok());
    auto ok = service(StaffRole::Supervisor, QStringLiteral("sup_c"))->approve(r->id);
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
    QCOMPARE(one(QStringLiteral("SELECT account_id FROM project WHERE id = ?"), {m_seed.leaverP1}),
             QString::number(m_seed.colleague));
    QCOMPARE(one(QStringLiteral("SELECT account_id FROM project WHERE id = ?"), {m_seed.leaverP2}),
             QString::number(m_seed.leaver));
    QCOMPARE(one(QStringLiteral("SELECT account_status FROM account WHERE id = ?"), {m_seed.leaver}),
             QStringLiteral("active"));
    auto undo = service(StaffRole::Supervisor, QStringLiteral("sup_d"))->requestUndo(r->id, QStringLiteral("mistake"));
    QVERIFY(undo.ok());
    QVERIFY(service(StaffRole::Supervisor, QStringLiteral("sup_c"))->approve(undo->id).ok());
    QCOMPARE(test::dumpMergeTables(*m_db), before);
}

void TestMergeService::renameRecoveryFindsTheNewAccountByTheOldName()
{
    // The renamed account had no former name yet in this variant: the recovery records it.
    auto q = m_db->exec(QStringLiteral("UPDATE account SET former_name = NULL WHERE id = ?"), {m_seed.renamedOrg});
    QVERIFY(q.ok());
    q->finish();
    const QStringList before = test::dumpMergeTables(*m_db);
    auto rev = service(StaffRole::Reviewer, QStringLiteral("rev_a"));
    auto person = rev->requestMerge(QStringLiteral("rename"), QStringLiteral("dup_s"), QStringLiteral("new_org"),
                                    QStringLiteral("renamed"), std::nullopt);
    QVERIFY(!person.ok());
    QCOMPARE(person.error().code, Error::Code::InvalidInput);
    auto r = rev->requestMerge(QStringLiteral("rename"), QStringLiteral("old_org"), QStringLiteral("new_org"),
                               QStringLiteral("re-registered after the rename"),
                               MergeEvidence{QStringLiteral("stamp.pdf"), test::minimalPdf()});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->preview.value(QStringLiteral("projects")).toInt(), 1);
    QVERIFY(service(StaffRole::Supervisor, QStringLiteral("sup_c"))->approve(r->id).ok());
    QCOMPARE(one(QStringLiteral("SELECT account_id FROM project WHERE id = ?"), {m_seed.oldProject}),
             QString::number(m_seed.renamedOrg));
    QCOMPARE(one(QStringLiteral("SELECT former_name FROM account WHERE id = ?"), {m_seed.renamedOrg}),
             QStringLiteral("旧名称研究所"));
    // The look-up by the old name finds the renamed account (and the old one, now merged).
    AccountSearch search;
    search.query = LookupQuery::parse(QStringLiteral("旧名称"));
    auto found = AccountRepository(*m_db).search(search, 20);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
    QStringList logins;
    for (const AccountSummary &a : std::as_const(*found))
        logins << a.login;
    QVERIFY2(logins.contains(QLatin1String("new_org")), qPrintable(logins.join(QLatin1Char(','))));
    // Undone exactly: the former name goes back too.
    auto undo = service(StaffRole::Supervisor, QStringLiteral("sup_c"))->requestUndo(r->id, QStringLiteral("mistake"));
    QVERIFY(undo.ok());
    QVERIFY(service(StaffRole::Supervisor, QStringLiteral("sup_d"))->approve(undo->id).ok());
    QCOMPARE(test::dumpMergeTables(*m_db), before);
}

void TestMergeService::o4PersonMergesIntoItsOrganization()
{
    const QString o4Login = one(QStringLiteral("SELECT login FROM account WHERE id = ?"), {m_seed.o4Person});
    auto q = m_db->exec(QStringLiteral("INSERT INTO delegation (organization_id, person_id, business_system_id, role, "
                                       "granted_at) VALUES (?, ?, 5, 'handler', '2024-01-01T00:00:00.000Z')"),
                        {m_seed.org, m_seed.o4Person});
    QVERIFY(q.ok());
    q->finish();
    auto preview = service(StaffRole::Reviewer, QStringLiteral("rev_a"))
                       ->preview(QStringLiteral("merge"), o4Login, QStringLiteral("org_o4"));
    QVERIFY(preview.ok());
    QCOMPARE(preview->conflicts.size(), 1);
    QCOMPARE(preview->conflicts.at(0).toObject().value(QStringLiteral("rule")).toString(),
             QStringLiteral("ended: an organization is not delegated to"));
    const qint64 id = requestMerge(o4Login, QStringLiteral("org_o4"));
    QVERIFY(service(StaffRole::Supervisor, QStringLiteral("sup_c"))->approve(id).ok());
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM delegation WHERE person_id = ? AND revoked_at IS NULL"),
                 {m_seed.o4Person}),
             QStringLiteral("0"));
    // An organization is never merged into a person.
    auto wrong = service(StaffRole::Reviewer, QStringLiteral("rev_a"))
                     ->requestMerge(QStringLiteral("merge"), QStringLiteral("twin_a"), QStringLiteral("dup_s"),
                                    QStringLiteral("x"), std::nullopt);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, Error::Code::InvalidInput);
}

void TestMergeService::executionChecksTheRulesAgain()
{
    // A project given to somebody else while the transfer waited is not taken from them.
    auto r = service(StaffRole::Reviewer, QStringLiteral("rev_a"))
                 ->requestTransfer(QStringLiteral("leaver01"), QStringLiteral("colleague01"), {m_seed.leaverP1},
                                   QStringLiteral("left"), MergeEvidence{QStringLiteral("d.pdf"), test::minimalPdf()});
    QVERIFY(r.ok());
    auto q = m_db->exec(QStringLiteral("UPDATE project SET account_id = ? WHERE id = ?"), {m_seed.outsider, m_seed.leaverP1});
    QVERIFY(q.ok());
    q->finish();
    auto refused = service(StaffRole::Supervisor, QStringLiteral("sup_c"))->approve(r->id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.error().message.contains(QString::number(m_seed.leaverP1)), qPrintable(refused.error().message));
    QCOMPARE(one(QStringLiteral("SELECT account_id FROM project WHERE id = ?"), {m_seed.leaverP1}),
             QString::number(m_seed.outsider));
    QCOMPARE(one(QStringLiteral("SELECT state FROM account_merge WHERE id = ?"), {r->id}), QStringLiteral("requested"));
    // A source merged elsewhere meanwhile is not merged again.
    const qint64 first = requestMerge(QStringLiteral("twin_b"), QStringLiteral("twin_a"));
    const qint64 second = requestMerge(QStringLiteral("twin_b"), QStringLiteral("org_dup"));
    QVERIFY(service(StaffRole::Supervisor, QStringLiteral("sup_c"))->approve(first).ok());
    auto again = service(StaffRole::Supervisor, QStringLiteral("sup_d"))->approve(second);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Conflict);
    QVERIFY2(again.error().message.contains(QLatin1String("twin_b")), qPrintable(again.error().message));
}


void TestMergeService::handlersAndPendingActivationLists()
{
    // An expired delegation, and two accounts pending activation (one delegated to, one not).
    test::insertRow(*m_db,
                    QStringLiteral("INSERT INTO delegation (organization_id, person_id, business_system_id, role, "
                                   "granted_at, expires_at) VALUES (?, ?, 2, 'handler', '2025-01-01T00:00:00.000Z', "
                                   "'2026-01-01T00:00:00.000Z')"),
                    {m_seed.org, m_seed.outsider});
    QVERIFY(m_db->exec(QStringLiteral("UPDATE account SET account_status = 'pending_activation' WHERE login IN "
                                      "('outsider01', 'twin_b')"))
                .ok());
    auto rev = service(StaffRole::Reviewer, QStringLiteral("rev_a"));
    const QDateTime now(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC);

    auto all = rev->handlers({}, 200);
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().message));
    QStringList keys;
    for (const DelegationRow &d : std::as_const(*all))
        keys << d.organizationLogin + QLatin1Char('/') + d.personLogin;
    QCOMPARE(keys, test::strings({"org_dup/colleague01", "org_dup/dup_s", "org_dup/dup_s", "org_dup/dup_t",
                                  "org_dup/leaver01", "org_dup/outsider01", "twin_a/outsider01"}));
    // dup_s: the administrator on system 1 (until 2027-06-01) and a long-term handler on system 2.
    const DelegationRow &admin = all->at(1).role == QLatin1String("admin") ? all->at(1) : all->at(2);
    const DelegationRow &longTerm = all->at(1).role == QLatin1String("admin") ? all->at(2) : all->at(1);
    QCOMPARE(admin.role, QStringLiteral("admin"));
    QCOMPARE(admin.organizationName, QStringLiteral("测试科技有限公司"));
    QCOMPARE(admin.personName, QStringLiteral("张三"));
    QCOMPARE(admin.grantedAt, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(admin.expiresAt, QDateTime(QDate(2027, 6, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(admin.expiresAt > now);
    QCOMPARE(longTerm.role, QStringLiteral("handler"));
    QVERIFY(!longTerm.expiresAt.isValid()); // long-term
    QVERIFY(!longTerm.businessSystem.isEmpty());
    // The outsider's delegation from org_dup has expired, and the person is pending activation.
    QCOMPARE(all->at(5).expiresAt, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(all->at(5).expiresAt <= now);
    QCOMPARE(all->at(5).personStatus, QStringLiteral("pending_activation"));
    QCOMPARE(all->at(0).personStatus, QStringLiteral("active"));
    // Keyset paging two at a time walks the same rows.
    QVector<qint64> ids, paged;
    for (const DelegationRow &d : std::as_const(*all))
        ids << d.id;
    DelegationRow after;
    for (int i = 0; i < 10; ++i) {
        auto page = rev->handlers(after, 2);
        QVERIFY(page.ok());
        for (const DelegationRow &d : std::as_const(*page))
            paged << d.id;
        if (page->size() < 2)
            break;
        after = page->constLast();
    }
    QCOMPARE(paged, ids);

    auto pending = rev->pendingActivation(0, 200);
    QVERIFY2(pending.ok(), qPrintable(pending.ok() ? QString() : pending.error().message));
    QStringList logins;
    for (const PendingAccountRow &a : std::as_const(*pending))
        logins << a.login;
    QVERIFY(logins.contains(QStringLiteral("outsider01")));
    QVERIFY(logins.contains(QStringLiteral("twin_b")));
    QVERIFY(!logins.contains(QStringLiteral("colleague01")));
    for (const PendingAccountRow &a : std::as_const(*pending)) {
        QVERIFY(a.createdAt.isValid() || a.login != QLatin1String("outsider01"));
        if (a.login == QLatin1String("outsider01")) {
            QCOMPARE(a.name, QStringLiteral("孙七"));
            QCOMPARE(a.kind, QStringLiteral("person"));
            QCOMPARE(a.organizationLogin, QStringLiteral("twin_a")); // its first unrevoked delegation
        }
        if (a.login == QLatin1String("twin_b")) {
            QCOMPARE(a.kind, QStringLiteral("organization"));
            QVERIFY(a.organizationLogin.isEmpty());
        }
    }
    QVector<qint64> pendingIds, pendingPaged;
    for (const PendingAccountRow &a : std::as_const(*pending))
        pendingIds << a.id;
    qint64 afterId = 0;
    for (int i = 0; i < 10; ++i) {
        auto page = rev->pendingActivation(afterId, 1);
        QVERIFY(page.ok());
        if (page->isEmpty())
            break;
        pendingPaged << page->constFirst().id;
        afterId = page->constFirst().id;
    }
    QCOMPARE(pendingPaged, pendingIds);

    // Agents see neither list.
    auto agent = service(StaffRole::Agent, QStringLiteral("agent_e"));
    QCOMPARE(agent->handlers().error().code, Error::Code::PermissionDenied);
    QCOMPARE(agent->pendingActivation().error().code, Error::Code::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestMergeService)
#include "tst_mergeservice.moc"
