// The server's rules for merges, transfers and their undo (resources/sql/postgresql/006_merges.sql), tried as each
// staff role with plain SQL, as a staff member with psql would: writing requests, the ledger or the rows a merge
// moves directly, forging the execution marker, four eyes on desk_merge_decide (the requester and reviewers are
// refused), signing as somebody else, reading the ledger's images, and what the duplicate finder's views show.
// The application's own work as those roles still goes through (MergeService signed in as each member).
#include "MergeFixtures.h"
#include "PgRoleConnections.h"

#include "store/Database.h"
#include "store/StaffRepository.h"
#include "workflow/MergeService.h"
#include "workflow/Session.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace desk;

namespace {
const QString kPassword = QStringLiteral("Secur1ty#Test");
using Outcome = test::SqlOutcome;
} // namespace

class TestPgMergeSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ownership();
    void forbiddenStatements_data();
    void forbiddenStatements();
    void fourEyesOnTheServer();
    void undoNeedsASecondSupervisor();
    void finderShowsNoIdNumbers();
    void applicationWorksAsStaffRoles();

private:
    StaffMember addStaff(StaffRole role, const char *prefix);
    Outcome run(const QString &login, const QString &sql, const QVariantList &values = {});
    QString one(const QString &sql, const QVariantList &values = {}) { return test::scalarOf(*m_db, sql, values); }
    QString login(const char *role) const { return m_staff.value(QString::fromLatin1(role)).login; }
    QString requestSql() const
    {
        return QStringLiteral("SELECT desk_merge_request('merge', ?, ?, 'registered twice', NULL, NULL, '{}', ?)");
    }

    std::unique_ptr<Database> m_db; // the set-up role
    QHash<QString, StaffMember> m_staff;
    test::PgRoleConnections m_roles{kPassword, QStringLiteral("msec_")};
    test::MergeSeed m_seed;
};

StaffMember TestPgMergeSecurity::addStaff(StaffRole role, const char *prefix)
{
    StaffMember m;
    m.login = test::uniqueLogin(QString::fromLatin1(prefix));
    m.displayName = QStringLiteral("合并安全测试");
    m.role = role;
    if (const Status s = StaffRepository(*m_db).add(m, kPassword); !s)
        qFatal("adding staff failed: %s", qPrintable(s.error().message));
    return m;
}

Outcome TestPgMergeSecurity::run(const QString &who, const QString &sql, const QVariantList &values)
{
    QSqlDatabase db = m_roles.connectAs(who);
    return test::PgRoleConnections::run(db, sql, values);
}

void TestPgMergeSecurity::initTestCase()
{
    if (!test::usingPostgres())
        QSKIP("The server-side merge rules are PostgreSQL's; on SQLite the file permissions are the boundary.");
    m_db = test::openTestDatabase();
    m_staff.insert(QStringLiteral("agent"), addStaff(StaffRole::Agent, "msec_ag"));
    m_staff.insert(QStringLiteral("reviewer"), addStaff(StaffRole::Reviewer, "msec_rv"));
    m_staff.insert(QStringLiteral("supervisor"), addStaff(StaffRole::Supervisor, "msec_sv"));
    m_staff.insert(QStringLiteral("supervisor2"), addStaff(StaffRole::Supervisor, "msec_sw"));
    m_staff.insert(QStringLiteral("administrator"), addStaff(StaffRole::Administrator, "msec_ad"));
    m_seed = test::seedMerges(*m_db);
}

void TestPgMergeSecurity::cleanupTestCase()
{
    m_roles.closeAll();
}

void TestPgMergeSecurity::ownership()
{
    for (const char *rel : {"merge_ledger", "merge_execution", "merge_dup_person", "merge_dup_org", "merge_o4_person",
                            "merge_renamed_org"})
        QCOMPARE(one(QStringLiteral("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = ?"),
                     {QString::fromLatin1(rel)}),
                 QStringLiteral("desk_owner"));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                "WHERE n.nspname = 'public' AND (p.proname LIKE 'desk\\_merge\\_%' OR "
                                "p.proname LIKE 'desk\\_ledger\\_%') AND (NOT p.prosecdef OR "
                                "has_function_privilege('public', p.oid, 'EXECUTE') "
                                "OR pg_get_userbyid(p.proowner) <> 'desk_owner' OR p.proconfig IS NULL)")),
             QStringLiteral("0"));
}

void TestPgMergeSecurity::forbiddenStatements_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("sql");
    const QString src = QString::number(m_seed.source), tgt = QString::number(m_seed.target);
    const QStringList statements{
        QStringLiteral("INSERT INTO account_merge (source_account_id, target_account_id, state, requested_by, "
                       "requested_at) VALUES (%1, %2, 'requested', 'x', now())")
            .arg(src, tgt),
        QStringLiteral("UPDATE account_merge SET state = 'applied'"),
        QStringLiteral("DELETE FROM account_merge"),
        QStringLiteral("INSERT INTO merge_ledger (request_id, seq, table_name, row_id, changes, before_image, "
                       "after_image) VALUES (1, 1, 'project', 1, '{}', '{}', '{}')"),
        QStringLiteral("UPDATE merge_ledger SET changes = '{}'"),
        QStringLiteral("DELETE FROM merge_ledger"),
        QStringLiteral("SELECT before_image FROM merge_ledger"),
        QStringLiteral("INSERT INTO merge_execution VALUES (pg_current_xact_id())"),
        QStringLiteral("UPDATE project SET account_id = %1 WHERE account_id = %2").arg(tgt, src),
        QStringLiteral("UPDATE delegation SET person_id = %1 WHERE person_id = %2").arg(tgt, src),
        QStringLiteral("UPDATE account SET merged_into_id = %1, account_status = 'merged' WHERE id = %2").arg(tgt, src),
        QStringLiteral("SELECT desk_merge_apply(m) FROM account_merge m"),
        QStringLiteral("SELECT desk_merge_revert(1, 2)"),
        QStringLiteral("SELECT desk_ledger_change(1, 'project', %1, '{\"account_id\": %2}')").arg(
            QString::number(m_seed.p1), tgt),
        QStringLiteral("SELECT desk_ledger_image('account', %1, false)").arg(src),
    };
    for (const char *role : {"agent", "reviewer", "supervisor", "administrator"})
        for (int i = 0; i < statements.size(); ++i) {
            // Administrators' batch jobs may re-point an account (schema 3 grants them account_status and
            // merged_into_id); everything else is refused to every role.
            if (QLatin1String(role) == QLatin1String("administrator") && statements.at(i).startsWith(QLatin1String("UPDATE account ")))
                continue;
            QTest::newRow(QByteArray(QByteArray(role) + '-' + QByteArray::number(i)).constData())
                << QString::fromLatin1(role) << statements.at(i);
        }
    QTest::addRow("agent-request") << QStringLiteral("agent")
                                   << QStringLiteral("SELECT desk_merge_request('merge', %1, %2, 'x', NULL, NULL, '{}')")
                                          .arg(src, tgt);
    QTest::addRow("administrator-request")
        << QStringLiteral("administrator")
        << QStringLiteral("SELECT desk_merge_request('merge', %1, %2, 'x', NULL, NULL, '{}')").arg(src, tgt);
    QTest::addRow("reviewer-undo") << QStringLiteral("reviewer")
                                   << QStringLiteral("SELECT desk_merge_request('undo', 0, 0, 'x', NULL, 1, '{}')");
}

void TestPgMergeSecurity::forbiddenStatements()
{
    QFETCH(QString, role);
    QFETCH(QString, sql);
    const Outcome o = run(login(role.toLatin1().constData()), sql);
    QVERIFY2(!o.ok, qPrintable(QStringLiteral("%1 was allowed: %2").arg(role, sql)));
    QCOMPARE(o.sqlState, QStringLiteral("42501"));
}

void TestPgMergeSecurity::fourEyesOnTheServer()
{
    const QString rev = login("reviewer"), sup = login("supervisor"), sup2 = login("supervisor2");
    // The requester is the server's: naming somebody else does nothing.
    const Outcome requested = run(rev, requestSql(), {m_seed.usccB, m_seed.usccA, sup2});
    QVERIFY2(requested.ok, qPrintable(requested.message));
    const QString id = requested.message;
    QCOMPARE(one(QStringLiteral("SELECT requested_by FROM account_merge WHERE id = ?"), {id}), rev);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'merge.request' AND entity_id = ? "
                                "AND staff_login = ?"),
                 {id, rev}),
             QStringLiteral("1"));
    const QString decide = QStringLiteral("SELECT desk_merge_decide(?, true, NULL, ?)");
    // A reviewer decides nothing; a supervisor's own request needs another supervisor.
    QCOMPARE(run(rev, decide, {id, sup}).sqlState, QStringLiteral("42501"));
    const Outcome own = run(sup, requestSql(), {m_seed.o4Person, m_seed.o4Org, QString()});
    QVERIFY2(own.ok, qPrintable(own.message));
    const Outcome self = run(sup, decide, {own.message, sup2});
    QCOMPARE(self.sqlState, QStringLiteral("42501"));
    QVERIFY2(self.message.contains(QLatin1String("four eyes")), qPrintable(self.message));
    QCOMPARE(one(QStringLiteral("SELECT state FROM account_merge WHERE id = ?"), {own.message}),
             QStringLiteral("requested"));
    // Another supervisor executes it, signed with their own name whatever they say.
    const Outcome ok = run(sup, decide, {id, sup2});
    QVERIFY2(ok.ok, qPrintable(ok.message));
    QCOMPARE(ok.message, QStringLiteral("applied"));
    QCOMPARE(one(QStringLiteral("SELECT state || ':' || approved_by FROM account_merge WHERE id = ?"), {id}),
             QStringLiteral("applied:") + sup);
    QCOMPARE(one(QStringLiteral("SELECT account_status FROM account WHERE id = ?"), {m_seed.usccB}),
             QStringLiteral("merged"));
    QCOMPARE(one(QStringLiteral("SELECT staff_login FROM audit_log WHERE action = 'merge.execute' AND entity_id = ?"),
                 {id}),
             sup);
    // Decided once.
    const Outcome again = run(sup2, decide, {id, QString()});
    QCOMPARE(again.sqlState, QStringLiteral("55000"));
    // The marker of the execution is gone: the supervisor is a supervisor again in the same session.
    QCOMPARE(run(sup, QStringLiteral("UPDATE project SET title = 'x' WHERE id = ?"), {m_seed.p1}).sqlState,
             QStringLiteral("42501"));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM merge_execution")), QStringLiteral("0"));
    // The server checks the pair as the application does: the same account twice is bad input.
    const Outcome bound = run(rev, QStringLiteral("SELECT desk_merge_request('merge', ?, ?, 'x', NULL, NULL, '{}')"),
                              {m_seed.target, m_seed.target});
    QCOMPARE(bound.sqlState, QStringLiteral("22023"));
}

void TestPgMergeSecurity::undoNeedsASecondSupervisor()
{
    const QString rev = login("reviewer"), sup = login("supervisor"), sup2 = login("supervisor2");
    const Outcome requested = run(rev, requestSql(), {m_seed.oldOrg, m_seed.renamedOrg, QString()});
    QVERIFY2(requested.ok, qPrintable(requested.message));
    QVERIFY(run(sup, QStringLiteral("SELECT desk_merge_decide(?, true, NULL)"), {requested.message}).ok);
    const QString undo = QStringLiteral("SELECT desk_merge_request('undo', 0, 0, 'wrong', NULL, ?, NULL)");
    QCOMPARE(run(rev, undo, {requested.message}).sqlState, QStringLiteral("42501"));
    const Outcome u = run(sup2, undo, {requested.message});
    QVERIFY2(u.ok, qPrintable(u.message));
    QCOMPARE(run(sup2, undo, {requested.message}).sqlState, QStringLiteral("55000")); // one undo at a time
    QCOMPARE(run(sup2, QStringLiteral("SELECT desk_merge_decide(?, true, NULL)"), {u.message}).sqlState,
             QStringLiteral("42501"));
    const Outcome done = run(sup, QStringLiteral("SELECT desk_merge_decide(?, true, NULL)"), {u.message});
    QVERIFY2(done.ok, qPrintable(done.message));
    QCOMPARE(one(QStringLiteral("SELECT account_status FROM account WHERE id = ?"), {m_seed.oldOrg}),
             QStringLiteral("active"));
    QCOMPARE(one(QStringLiteral("SELECT account_id FROM project WHERE id = ?"), {m_seed.oldProject}),
             QString::number(m_seed.oldOrg));
    QCOMPARE(one(QStringLiteral("SELECT state FROM account_merge WHERE id = ?"), {requested.message}),
             QStringLiteral("reverted"));
    // Staff read which rows and columns changed.
    const Outcome changes = run(rev, QStringLiteral("SELECT count(*) FROM merge_ledger WHERE request_id = ?"),
                                {requested.message});
    QVERIFY2(changes.ok, qPrintable(changes.message));
    QVERIFY(changes.message.toInt() >= 2);
}

void TestPgMergeSecurity::finderShowsNoIdNumbers()
{
    const Outcome key = run(login("reviewer"), QStringLiteral("SELECT group_key FROM merge_dup_person WHERE account_id = ?"),
                            {m_seed.target});
    QVERIFY2(key.ok, qPrintable(key.message));
    QCOMPARE(key.message.size(), 64);
    QVERIFY(!key.message.contains(m_seed.idNumber));
    // The digest index can serve the finder's pages (the view's expression is the index's): with sequential scans
    // priced out, the plan walks it.
    auto conn = m_db->connection();
    QVERIFY(conn.ok());
    QSqlQuery q(*conn);
    QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
    QVERIFY2(q.exec(QStringLiteral("EXPLAIN SELECT group_key FROM merge_dup_person WHERE group_key > '' "
                                   "GROUP BY group_key HAVING COUNT(*) > 1 ORDER BY group_key LIMIT 50")),
             qPrintable(q.lastError().text()));
    QString plan;
    while (q.next())
        plan += q.value(0).toString() + QLatin1Char('\n');
    QVERIFY(q.exec(QStringLiteral("RESET enable_seqscan")));
    QVERIFY2(plan.contains(QLatin1String("ix_account_dup_person")), qPrintable(plan));
}

void TestPgMergeSecurity::applicationWorksAsStaffRoles()
{
    const auto signIn = [&](const char *role) {
        auto s = AuthService::signIn(test::lastTestDatabaseUrl(), login(role), kPassword);
        if (!s)
            qFatal("sign-in as %s: %s", role, qPrintable(s.error().message));
        return *s;
    };
    MergeService reviewer(signIn("reviewer"));
    const MergeEvidence pdf{QStringLiteral("declaration.pdf"), test::minimalPdf()};
    auto r = reviewer.requestTransfer(QStringLiteral("leaver01"), QStringLiteral("colleague01"), {m_seed.leaverP2},
                                      QStringLiteral("left"), pdf);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->requestedBy, login("reviewer"));
    auto self = reviewer.approve(r->id);
    QVERIFY(!self.ok());
    QCOMPARE(self.error().code, Error::Code::PermissionDenied);
    MergeService supervisor(signIn("supervisor2"));
    auto ok = supervisor.approve(r->id);
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
    QCOMPARE(one(QStringLiteral("SELECT account_id FROM project WHERE id = ?"), {m_seed.leaverP2}),
             QString::number(m_seed.colleague));
    // A merge that moves an open appeal, an open review, a legacy link and call history, executed and undone by
    // staff roles: the appeal and review guards let the functions' own statements through, and nothing else.
    const QStringList before = test::dumpMergeTables(*m_db);
    auto merge = reviewer.requestMerge(QStringLiteral("merge"), QStringLiteral("dup_s"), QStringLiteral("dup_t"),
                                       QStringLiteral("registered twice"), std::nullopt);
    QVERIFY2(merge.ok(), qPrintable(merge.ok() ? QString() : merge.error().message));
    auto executed = supervisor.approve(merge->id);
    QVERIFY2(executed.ok(), qPrintable(executed.ok() ? QString() : executed.error().message));
    QCOMPARE(one(QStringLiteral("SELECT account_id FROM appeal WHERE id = ?"), {m_seed.openAppeal}),
             QString::number(m_seed.target));
    QCOMPARE(one(QStringLiteral("SELECT account_id FROM real_name_review WHERE id = ?"), {m_seed.openReview}),
             QString::number(m_seed.target));
    MergeService supervisor1(signIn("supervisor"));
    auto undo = supervisor1.requestUndo(merge->id, QStringLiteral("two people"));
    QVERIFY2(undo.ok(), qPrintable(undo.ok() ? QString() : undo.error().message));
    auto undone = supervisor.approve(undo->id);
    QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().message));
    const QStringList after = test::dumpMergeTables(*m_db);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after, before);
    auto counts = reviewer.candidateCounts();
    QVERIFY2(counts.ok(), qPrintable(counts.ok() ? QString() : counts.error().message));
    auto page = reviewer.candidates({}, std::nullopt, 10);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
    QVERIFY(!page->isEmpty());
}

QTEST_GUILESS_MAIN(TestPgMergeSecurity)
#include "tst_pgmergesecurity.moc"
