// Manual real-name review (workflow/ReviewService) on SQLite and PostgreSQL: the import, every transition, the
// refusals, resubmission after a rejection, image reuse, the "one number, one account" rule, and two reviewers
// approving two accounts with the same ID number at the same moment (exactly one wins; the database decides).
#include "ReviewFixtures.h"
#include "TestData.h"
#include "TestDatabase.h"

#include "domain/ImageHash.h"
#include "store/Database.h"
#include "store/ReviewRepository.h"
#include "workflow/AppealService.h"
#include "workflow/ReviewService.h"
#include "workflow/Session.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace desk;

namespace {

QDateTime china(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

QString scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
    if (!q)
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().message));
    const QString v = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return v;
}

} // namespace

class TestReviewService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void importRecordsRefusesAndDeduplicates();
    void claimApproveBindsAndQueuesSms();
    void refusalsByRule();
    void rejectThenResubmitKeepsHistory();
    void alreadyBoundIsFlaggedAndRefused();
    void imageReuseIsFlagged();
    void concurrentBindingRace();
    void claimNextTakesTheMostUrgent();
    void approvalNeedsTheReviewersTicks();
    void importPutsTheAccountUnderReview();
    void appealLookAlikeIsFlagged();

private:
    std::shared_ptr<Session> session(StaffRole role, const QString &login, std::shared_ptr<Database> db = {});
    std::unique_ptr<ReviewService> service(StaffRole role, const QString &login, std::shared_ptr<Database> db = {});
    ReviewImportReport import(const QJsonArray &entries);
    qint64 idOf(const QString &ref);
    ReviewRecord record(qint64 id);

    std::shared_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_files;
    QDateTime m_now;
    const QString m_idA = test::residentId("11010519491231002"); // female, 1949-12-31
    const QString m_idB = test::residentId("11010519900505001"); // male, 1990-05-05
};

void TestReviewService::init()
{
    m_db = test::openTestDatabase();
    m_files = std::make_unique<QTemporaryDir>();
    m_now = china(2026, 12, 1, 10); // Tuesday
    for (const char *login : {"zhangsan88", "lisi99", "wangwu77", "zhaoliu66", "sunqi55"})
        test::insertAccount(*m_db, test::accountSeed(QString::fromLatin1(login), QStringLiteral("person"),
                                                     QStringLiteral("张三")));
    for (const char *login : {"rev_a", "rev_b", "sup_c", "agent_d", "admin_e"}) {
        const QString l = QString::fromLatin1(login);
        const QString role = l.startsWith(QLatin1String("rev")) ? QStringLiteral("reviewer")
                             : l.startsWith(QLatin1String("sup")) ? QStringLiteral("supervisor")
                             : l.startsWith(QLatin1String("agent")) ? QStringLiteral("agent")
                                                                    : QStringLiteral("administrator");
        auto q = m_db->exec(QStringLiteral("INSERT INTO staff (login, display_name, role, active, created_at) "
                                           "VALUES (?, ?, ?, ?, ?)"),
                            {l, l, role, true, QStringLiteral("2024-01-01T00:00:00.000Z")});
        QVERIFY(q.ok());
        q->finish();
    }
}

void TestReviewService::cleanup()
{
    m_files.reset();
    m_db.reset();
}

std::shared_ptr<Session> TestReviewService::session(StaffRole role, const QString &login, std::shared_ptr<Database> db)
{
    StaffMember staff;
    staff.login = login;
    staff.displayName = login;
    staff.role = role;
    return std::make_shared<Session>(db ? db : m_db, staff, login);
}

std::unique_ptr<ReviewService> TestReviewService::service(StaffRole role, const QString &login,
                                                          std::shared_ptr<Database> db)
{
    auto s = std::make_unique<ReviewService>(session(role, login, std::move(db)));
    s->setClock([this] { return m_now; });
    return s;
}

ReviewImportReport TestReviewService::import(const QJsonArray &entries)
{
    auto report = service(StaffRole::Administrator, QStringLiteral("admin_e"))
                      ->importJson(QJsonDocument(entries).toJson(), m_files->path());
    if (!report)
        qFatal("import failed: %s", qPrintable(report.error().message));
    return *report;
}

qint64 TestReviewService::idOf(const QString &ref)
{
    auto id = ReviewRepository(*m_db).idForRef(ref);
    if (!id || !id->has_value())
        qFatal("no review %s", qPrintable(ref));
    return **id;
}

ReviewRecord TestReviewService::record(qint64 id)
{
    auto r = ReviewRepository(*m_db).record(id);
    if (!r)
        qFatal("no review %lld", id);
    return *r;
}

void TestReviewService::importRecordsRefusesAndDeduplicates()
{
    const QString dir = m_files->path();
    QString wrongDigit = m_idB;
    wrongDigit[17] = m_idB.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    QJsonArray entries{
        test::personEntry(QStringLiteral("RN-1"), QStringLiteral("zhangsan88"),
                          test::personFields(m_idA, "female", "1949-12-31"),
                          test::writeDocuments(dir, QStringLiteral("RN-1"),
                                               {{QStringLiteral("id_front"), test::encoded(test::patternImage(1), "PNG")},
                                                {QStringLiteral("id_back"), test::minimalPdf()}})),
        test::personEntry(QStringLiteral("RN-2"), QStringLiteral("lisi99"),
                          test::personFields(wrongDigit, "male", "1990-05-05"), {}),
        test::personEntry(QStringLiteral("RN-3"), QStringLiteral("nobody"),
                          test::personFields(m_idB, "male", "1990-05-05"), {}),
        // The sex disagrees with the number: recorded, the checklist shows it.
        test::personEntry(QStringLiteral("RN-4"), QStringLiteral("lisi99"),
                          test::personFields(m_idB, "female", "1990-05-05"), {})};
    ReviewImportReport report = import(entries);
    QCOMPARE(report.entries, 4);
    QCOMPARE(report.recorded, 2);
    QCOMPARE(report.refused.size(), 2);
    QCOMPARE(report.refused.at(0).index, 1);
    QCOMPARE(report.refused.at(0).ref, QStringLiteral("RN-2"));
    QCOMPARE(report.refused.at(1).index, 2);
    QCOMPARE(report.documentRefusals.size(), 1); // a PDF is no ID photo
    QCOMPARE(report.documentRefusals.at(0).kind, QStringLiteral("id_back"));

    const ReviewRecord r1 = record(idOf(QStringLiteral("RN-1")));
    QCOMPARE(r1.state, QStringLiteral("new"));
    QCOMPARE(r1.accountLogin, QStringLiteral("zhangsan88"));
    QCOMPARE(r1.type, QStringLiteral("person"));
    // Due two business days after Tuesday 09:30.
    QCOMPARE(r1.dueAt, china(2026, 12, 3, 9, 30));

    auto detail = service(StaffRole::Agent, QStringLiteral("agent_d"))->detail(idOf(QStringLiteral("RN-4")));
    QVERIFY(detail.ok());
    bool sexFlagged = false;
    for (const RealNameCheck &c : detail->checks)
        if (c.check == QLatin1String("sex"))
            sexFlagged = !c.ok;
    QVERIFY(sexFlagged);
    // The declared data is shown masked.
    QCOMPARE(detail->maskedFields().value(QStringLiteral("id_number")).toString(),
             m_idB.left(3) + QString(12, QLatin1Char('*')) + m_idB.right(3));
    QCOMPARE(detail->maskedFields().value(QStringLiteral("phone")).toString(), QStringLiteral("139****5678"));

    // Importing the same file again changes nothing.
    ReviewImportReport again = import(entries);
    QCOMPARE(again.recorded, 0);
    QCOMPARE(again.duplicates, 2);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_review")), QStringLiteral("2"));

    // Agents and reviewers do not import.
    auto refusedImport = service(StaffRole::Reviewer, QStringLiteral("rev_a"))->importJson("[]", dir);
    QVERIFY(!refusedImport.ok());
    QCOMPARE(refusedImport.error().code, Error::Code::PermissionDenied);
}

void TestReviewService::claimApproveBindsAndQueuesSms()
{
    import({test::personEntry(QStringLiteral("RN-10"), QStringLiteral("zhangsan88"),
                              test::personFields(m_idA, "female", "1949-12-31"),
                              test::writeDocuments(m_files->path(), QStringLiteral("RN-10"),
                                                   {{QStringLiteral("id_front"), test::encoded(test::patternImage(10), "PNG")},
                                                    {QStringLiteral("id_back"), test::encoded(test::patternImage(11), "JPG")}}))});
    const qint64 id = idOf(QStringLiteral("RN-10"));
    auto rev = service(StaffRole::Reviewer, QStringLiteral("rev_a"));
    auto claimed = rev->claim(id);
    QVERIFY2(claimed.ok(), claimed.ok() ? "" : qPrintable(claimed.error().message));
    QCOMPARE(claimed->state, QStringLiteral("claimed"));
    QCOMPARE(claimed->claimedBy, QStringLiteral("rev_a"));
    QCOMPARE(claimed->claimExpiresAt, m_now.addSecs(30 * 60));

    auto outcome = rev->approve(id);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    QCOMPARE(outcome->state, QStringLiteral("approved"));
    QCOMPARE(outcome->accountLogin, QStringLiteral("zhangsan88"));
    QCOMPARE(outcome->realNameStatus, QStringLiteral("verified_manual"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT real_name_status FROM account WHERE login = 'zhangsan88'")),
             QStringLiteral("verified_manual"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT id_number FROM account WHERE login = 'zhangsan88'")), m_idA);
    const ReviewRecord after = record(id);
    QCOMPARE(after.state, QStringLiteral("approved"));
    QCOMPARE(after.decidedBy, QStringLiteral("rev_a"));
    // The SMS in Chinese to the declared phone, tied to the review, and the decision row.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT phone FROM sms_outbox WHERE review_id = ?"), {id}),
             QStringLiteral("13912345678"));
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT preview FROM sms_outbox WHERE review_id = ?"), {id})
                .contains(QStringLiteral("已通过人工审核")));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT outcome FROM real_name_decision WHERE review_id = ?"), {id}),
             QStringLiteral("approved"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'review.approve' AND "
                                          "entity_id = ?"),
                    {QString::number(id)}),
             QStringLiteral("1"));
    // Closed: no second decision.
    auto again = rev->reject(id, {QStringLiteral("other")}, {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Conflict);
}

void TestReviewService::refusalsByRule()
{
    import({test::personEntry(QStringLiteral("RN-20"), QStringLiteral("lisi99"),
                              test::personFields(m_idB, "male", "1990-05-05"), {})});
    const qint64 id = idOf(QStringLiteral("RN-20"));
    // An agent neither claims nor decides.
    auto agentClaim = service(StaffRole::Agent, QStringLiteral("agent_d"))->claim(id);
    QVERIFY(!agentClaim.ok());
    QCOMPARE(agentClaim.error().code, Error::Code::PermissionDenied);
    // Deciding needs a claim.
    auto unclaimed = service(StaffRole::Reviewer, QStringLiteral("rev_a"))->approve(id);
    QVERIFY(!unclaimed.ok());
    QCOMPARE(unclaimed.error().code, Error::Code::Conflict);
    QVERIFY(service(StaffRole::Reviewer, QStringLiteral("rev_a"))->claim(id).ok());
    // Another reviewer neither takes it over nor decides it.
    auto other = service(StaffRole::Reviewer, QStringLiteral("rev_b"));
    auto taken = other->claim(id);
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, Error::Code::Conflict);
    QVERIFY(taken.error().message.contains(QStringLiteral("rev_a")));
    auto decided = other->approve(id);
    QVERIFY(!decided.ok());
    QVERIFY(decided.error().message.contains(QStringLiteral("rev_a")));
    // An unknown reason code is bad input, not a decision.
    auto bogus = service(StaffRole::Reviewer, QStringLiteral("rev_a"))->reject(id, {QStringLiteral("bogus")}, {});
    QVERIFY(!bogus.ok());
    QCOMPARE(bogus.error().code, Error::Code::InvalidInput);
    // An expired claim decides nothing, and anybody may take it over.
    m_now = m_now.addSecs(31 * 60);
    auto late = service(StaffRole::Reviewer, QStringLiteral("rev_a"))->approve(id);
    QVERIFY(!late.ok());
    QVERIFY(late.error().message.contains(QStringLiteral("expired")));
    auto takeover = other->claim(id);
    QVERIFY2(takeover.ok(), takeover.ok() ? "" : qPrintable(takeover.error().message));
    QCOMPARE(takeover->claimedBy, QStringLiteral("rev_b"));
    // Releasing: the holder or a supervisor.
    auto notMine = service(StaffRole::Reviewer, QStringLiteral("rev_a"))->release(id);
    QVERIFY(!notMine.ok());
    QVERIFY(service(StaffRole::Supervisor, QStringLiteral("sup_c"))->release(id).ok());
    QCOMPARE(record(id).state, QStringLiteral("new"));
    // Whoever filed a request never claims it.
    auto q = m_db->exec(QStringLiteral("UPDATE real_name_review SET filed_by = 'rev_a' WHERE id = ?"), {id});
    QVERIFY(q.ok());
    q->finish();
    auto filer = service(StaffRole::Reviewer, QStringLiteral("rev_a"))->claim(id);
    QVERIFY(!filer.ok());
    QCOMPARE(filer.error().code, Error::Code::PermissionDenied);
    auto next = service(StaffRole::Reviewer, QStringLiteral("rev_a"))->claimNext();
    QVERIFY(!next.ok());
    QCOMPARE(next.error().code, Error::Code::NotFound);
}

void TestReviewService::rejectThenResubmitKeepsHistory()
{
    const QString dir = m_files->path();
    import({test::personEntry(QStringLiteral("RN-30"), QStringLiteral("lisi99"),
                              test::personFields(m_idB, "male", "1990-05-05", "13700001111"),
                              test::writeDocuments(dir, QStringLiteral("RN-30"),
                                                   {{QStringLiteral("id_front"), test::encoded(test::patternImage(30), "PNG")},
                                                    {QStringLiteral("id_back"), test::encoded(test::patternImage(31), "PNG")}}))});
    const qint64 id = idOf(QStringLiteral("RN-30"));
    auto rev = service(StaffRole::Reviewer, QStringLiteral("rev_a"));
    QVERIFY(rev->claim(id).ok());
    auto rejected = rev->reject(id, {QStringLiteral("unclear_image")}, QStringLiteral("请重新拍摄"),
                                {{QStringLiteral("id_back"), QStringLiteral("not_signed"), {}}});
    QVERIFY2(rejected.ok(), rejected.ok() ? "" : qPrintable(rejected.error().message));
    QCOMPARE(rejected->state, QStringLiteral("rejected"));
    QCOMPARE(rejected->realNameStatus, QStringLiteral("failed"));
    const QString sms = scalar(*m_db, QStringLiteral("SELECT preview FROM sms_outbox WHERE review_id = ?"), {id});
    QVERIFY2(sms.contains(QStringLiteral("身份证国徽面：材料未签字")), qPrintable(sms));
    QVERIFY(sms.contains(QStringLiteral("证件图片不清晰")));
    QVERIFY(sms.contains(QStringLiteral("请重新拍摄")));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT phone FROM sms_outbox WHERE review_id = ?"), {id}),
             QStringLiteral("13700001111"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT reason_codes FROM real_name_decision WHERE review_id = ?"), {id}),
             QStringLiteral("unclear_image,not_signed"));

    // The user uploads again: a second submission, the first one and its decision stay.
    QJsonObject resubmit{{QStringLiteral("event"), QStringLiteral("resubmit")},
                         {QStringLiteral("ref"), QStringLiteral("RN-30")},
                         {QStringLiteral("submitted_at"), QStringLiteral("2026-12-02T09:00:00+08:00")},
                         {QStringLiteral("fields"), test::personFields(m_idB, "male", "1990-05-05", "13700001111")},
                         {QStringLiteral("documents"),
                          test::writeDocuments(dir, QStringLiteral("RN-30b"),
                                               {{QStringLiteral("id_front"), test::encoded(test::patternImage(32), "PNG")},
                                                {QStringLiteral("id_back"), test::encoded(test::patternImage(33), "PNG")}})}};
    ReviewImportReport report = import({resubmit});
    QCOMPARE(report.resubmitted, 1);
    QVERIFY(report.refused.isEmpty());
    auto detail = rev->detail(id);
    QVERIFY(detail.ok());
    QCOMPARE(detail->record.state, QStringLiteral("new"));
    QCOMPARE(detail->submissions.size(), 2);
    QCOMPARE(detail->documents.size(), 4);
    QCOMPARE(detail->decisions.size(), 1);
    QCOMPARE(detail->decisions.at(0).outcome, QStringLiteral("rejected"));
    QCOMPARE(detail->decisions.at(0).documentReasons.size(), 1);
    QCOMPARE(detail->record.dueAt, china(2026, 12, 4, 9));
    // Importing the resubmission again changes nothing.
    ReviewImportReport again = import({resubmit});
    QCOMPARE(again.duplicates, 1);
    QCOMPARE(again.resubmitted, 0);
    // Now it can be approved.
    QVERIFY(rev->claim(id).ok());
    auto approved = rev->approve(id);
    QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
    QCOMPARE(ReviewRepository(*m_db).decisions(id)->size(), 2);
}

void TestReviewService::alreadyBoundIsFlaggedAndRefused()
{
    // wangwu77 holds the binding of m_idA already.
    auto q = m_db->exec(QStringLiteral("UPDATE account SET id_number = ?, real_name_status = 'verified_national' "
                                       "WHERE login = 'wangwu77'"),
                        {m_idA});
    QVERIFY(q.ok());
    q->finish();
    import({test::personEntry(QStringLiteral("RN-40"), QStringLiteral("zhangsan88"),
                              test::personFields(m_idA, "female", "1949-12-31"), {})});
    const qint64 id = idOf(QStringLiteral("RN-40"));
    auto list = service(StaffRole::Agent, QStringLiteral("agent_d"))->list({});
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).boundHolder, QStringLiteral("wangwu77")); // flagged in the queue
    auto rev = service(StaffRole::Reviewer, QStringLiteral("rev_a"));
    QVERIFY(rev->claim(id).ok());
    auto detail = rev->detail(id);
    QVERIFY(detail.ok());
    bool found = false;
    for (const RealNameCheck &c : detail->checks)
        if (c.check == QLatin1String("already_bound")) {
            found = true;
            QVERIFY(!c.ok);
            QCOMPARE(c.holder, QStringLiteral("wangwu77"));
        }
    QVERIFY(found);
    auto approved = rev->approve(id);
    QVERIFY(!approved.ok());
    QCOMPARE(approved.error().code, Error::Code::Conflict);
    QVERIFY(approved.error().message.contains(QStringLiteral("wangwu77")));
    QCOMPARE(record(id).state, QStringLiteral("claimed")); // nothing changed: still under review since the import
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT real_name_status FROM account WHERE login = 'zhangsan88'")),
             QStringLiteral("manual_pending"));
}

void TestReviewService::imageReuseIsFlagged()
{
    const QString dir = m_files->path();
    const QImage shared = test::patternImage(50);
    import({test::personEntry(QStringLiteral("RN-50"), QStringLiteral("zhangsan88"),
                              test::personFields(m_idA, "female", "1949-12-31"),
                              test::writeDocuments(dir, QStringLiteral("RN-50"),
                                                   {{QStringLiteral("id_front"), test::encoded(shared, "PNG")},
                                                    {QStringLiteral("id_back"), test::encoded(test::patternImage(51), "PNG")}})),
            // The same file for another ID number.
            test::personEntry(QStringLiteral("RN-51"), QStringLiteral("lisi99"),
                              test::personFields(m_idB, "male", "1990-05-05"),
                              test::writeDocuments(dir, QStringLiteral("RN-51"),
                                                   {{QStringLiteral("id_front"), test::encoded(shared, "PNG")}})),
            // The same picture re-encoded as JPEG for a third number: another file, nearly the same hash.
            test::personEntry(QStringLiteral("RN-52"), QStringLiteral("wangwu77"),
                              test::personFields(test::residentId("11010520000101002"), "female", "2000-01-01"),
                              test::writeDocuments(dir, QStringLiteral("RN-52"),
                                                   {{QStringLiteral("id_front"), test::encoded(shared, "JPG", 85)}})),
            // Another card's back, re-encoded, for a fifth: backs share one template, so only the same file counts.
            test::personEntry(QStringLiteral("RN-54"), QStringLiteral("sunqi55"),
                              test::personFields(test::residentId("11010519700101003"), "female", "1970-01-01"),
                              test::writeDocuments(dir, QStringLiteral("RN-54"),
                                                   {{QStringLiteral("id_front"), test::encoded(test::patternImage(54), "PNG")},
                                                    {QStringLiteral("id_back"), test::encoded(test::patternImage(51), "JPG", 85)}})),
            // An unrelated picture for a fourth.
            test::personEntry(QStringLiteral("RN-53"), QStringLiteral("zhaoliu66"),
                              test::personFields(test::residentId("11010519800101001"), "male", "1980-01-01"),
                              test::writeDocuments(dir, QStringLiteral("RN-53"),
                                                   {{QStringLiteral("id_front"), test::encoded(test::patternImage(53), "PNG")}}))});
    auto rev = service(StaffRole::Reviewer, QStringLiteral("rev_a"));
    const auto reuse = [&](const char *ref) -> RealNameCheck {
        auto d = rev->detail(idOf(QString::fromLatin1(ref)));
        if (!d)
            qFatal("detail: %s", qPrintable(d.error().message));
        for (const RealNameCheck &c : d->checks)
            if (c.check == QLatin1String("image_reused"))
                return c;
        qFatal("no image_reused check");
    };
    const RealNameCheck r51 = reuse("RN-51");
    QVERIFY(!r51.ok);
    QCOMPARE(r51.other, QStringLiteral("RN-50"));
    const RealNameCheck r52 = reuse("RN-52");
    QVERIFY2(!r52.ok, qPrintable(r52.message));
    QVERIFY(r52.other == QLatin1String("RN-50") || r52.other == QLatin1String("RN-51"));
    // The same file is called the same image; a look-alike says how near it is.
    QVERIFY2(r51.message.contains(QStringLiteral("same image")), qPrintable(r51.message));
    QVERIFY2(r52.message.contains(QStringLiteral("nearly identical")), qPrintable(r52.message));
    QVERIFY2(reuse("RN-54").ok, qPrintable(reuse("RN-54").message));
    QVERIFY(reuse("RN-53").ok);
    QVERIFY(!reuse("RN-50").ok);
}

void TestReviewService::concurrentBindingRace()
{
    // Two requests for two accounts with the same ID number, each held by its own reviewer, approved at once on
    // two connections: the unique binding index lets exactly one through.
    import({test::personEntry(QStringLiteral("RN-60"), QStringLiteral("zhangsan88"),
                              test::personFields(m_idB, "male", "1990-05-05"), {}),
            test::personEntry(QStringLiteral("RN-61"), QStringLiteral("lisi99"),
                              test::personFields(m_idB, "male", "1990-05-05"), {})});
    const qint64 first = idOf(QStringLiteral("RN-60"));
    const qint64 second = idOf(QStringLiteral("RN-61"));
    auto dbA = std::make_shared<Database>(test::lastTestDatabaseUrl(), test::adminPassword());
    auto dbB = std::make_shared<Database>(test::lastTestDatabaseUrl(), test::adminPassword());
    auto revA = service(StaffRole::Reviewer, QStringLiteral("rev_a"), dbA);
    auto revB = service(StaffRole::Reviewer, QStringLiteral("rev_b"), dbB);
    QVERIFY(revA->claim(first).ok());
    QVERIFY(revB->claim(second).ok());

    std::atomic<int> ready{0};
    Result<ReviewOutcome> outcomeA = Error(Error::Code::Internal, QString());
    Result<ReviewOutcome> outcomeB = Error(Error::Code::Internal, QString());
    QThread *a = QThread::create([&] {
        ++ready;
        while (ready.load() < 2)
            QThread::yieldCurrentThread();
        outcomeA = revA->approve(first);
        dbA->closeThreadConnection();
    });
    QThread *b = QThread::create([&] {
        ++ready;
        while (ready.load() < 2)
            QThread::yieldCurrentThread();
        outcomeB = revB->approve(second);
        dbB->closeThreadConnection();
    });
    a->start();
    b->start();
    a->wait();
    b->wait();
    delete a;
    delete b;
    QVERIFY2(outcomeA.ok() != outcomeB.ok(),
             qPrintable(QStringLiteral("A: %1 / B: %2")
                            .arg(outcomeA.ok() ? QStringLiteral("ok") : outcomeA.error().message,
                                 outcomeB.ok() ? QStringLiteral("ok") : outcomeB.error().message)));
    const Result<ReviewOutcome> &lost = outcomeA.ok() ? outcomeB : outcomeA;
    const QString winner = outcomeA.ok() ? QStringLiteral("zhangsan88") : QStringLiteral("lisi99");
    QCOMPARE(lost.error().code, Error::Code::Conflict);
    QVERIFY2(lost.error().message.contains(winner), qPrintable(lost.error().message));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM account WHERE id_number = ? AND real_name_status = "
                                          "'verified_manual'"),
                    {m_idB}),
             QStringLiteral("1"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_review WHERE state = 'approved'")),
             QStringLiteral("1"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM sms_outbox WHERE review_id IS NOT NULL")),
             QStringLiteral("1"));
}

void TestReviewService::claimNextTakesTheMostUrgent()
{
    QJsonObject late = test::personEntry(QStringLiteral("RN-71"), QStringLiteral("lisi99"),
                                         test::personFields(m_idB, "male", "1990-05-05"), {});
    late.insert(QStringLiteral("submitted_at"), QStringLiteral("2026-12-01T15:00:00+08:00"));
    import({late, test::personEntry(QStringLiteral("RN-70"), QStringLiteral("zhangsan88"),
                                    test::personFields(m_idA, "female", "1949-12-31"), {})});
    auto rev = service(StaffRole::Reviewer, QStringLiteral("rev_a"));
    auto first = rev->claimNext();
    QVERIFY(first.ok());
    QCOMPARE(first->ref, QStringLiteral("RN-70"));
    auto second = rev->claimNext();
    QVERIFY(second.ok());
    QCOMPARE(second->ref, QStringLiteral("RN-71"));
    auto none = service(StaffRole::Reviewer, QStringLiteral("rev_b"))->claimNext();
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, Error::Code::NotFound);
}

void TestReviewService::approvalNeedsTheReviewersTicks()
{
    import({test::personEntry(QStringLiteral("RN-70"), QStringLiteral("zhangsan88"),
                              test::personFields(m_idA, "female", "1949-12-31"), {}),
            test::personEntry(QStringLiteral("RN-71"), QStringLiteral("lisi99"),
                              test::personFields(m_idB, "male", "1990-05-05"), {}, "primary_agent")});
    auto rev = service(StaffRole::Reviewer, QStringLiteral("rev_a"));
    const qint64 person = idOf(QStringLiteral("RN-70"));
    const qint64 agent = idOf(QStringLiteral("RN-71"));
    QVERIFY(rev->claim(person).ok());
    QVERIFY(rev->claim(agent).ok());
    // A person's request: the signature must be ticked; the seal does not apply.
    auto unsigned_ = rev->approve(person, ReviewTicks{false, false});
    QVERIFY(!unsigned_.ok());
    QCOMPARE(unsigned_.error().code, Error::Code::InvalidInput);
    QVERIFY(unsigned_.error().message.contains(QStringLiteral("RN-70")));
    QCOMPARE(record(person).state, QStringLiteral("claimed"));
    auto approved = rev->approve(person, ReviewTicks{true, false});
    QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
    const QJsonObject after =
        QJsonDocument::fromJson(scalar(*m_db, QStringLiteral("SELECT after_json FROM audit_log WHERE action = "
                                                             "'review.approve' AND entity_id = ?"),
                                       {QString::number(person)})
                                    .toUtf8())
            .object();
    QCOMPARE(after.value(QStringLiteral("ticks")).toObject(),
             (QJsonObject{{QStringLiteral("signature_present"), true}}));
    // A primary agent's request also needs the seal.
    auto noSeal = rev->approve(agent, ReviewTicks{true, false});
    QVERIFY(!noSeal.ok());
    QCOMPARE(noSeal.error().code, Error::Code::InvalidInput);
    QCOMPARE(record(agent).state, QStringLiteral("claimed"));
    // Rejecting records the ticks as given.
    auto rejected = rev->reject(agent, {QStringLiteral("no_seal")}, {}, {}, ReviewTicks{true, false});
    QVERIFY2(rejected.ok(), rejected.ok() ? "" : qPrintable(rejected.error().message));
    const QJsonObject rejectedAfter =
        QJsonDocument::fromJson(scalar(*m_db, QStringLiteral("SELECT after_json FROM audit_log WHERE action = "
                                                             "'review.reject' AND entity_id = ?"),
                                       {QString::number(agent)})
                                    .toUtf8())
            .object();
    QCOMPARE(rejectedAfter.value(QStringLiteral("ticks")).toObject(),
             (QJsonObject{{QStringLiteral("signature_present"), true}, {QStringLiteral("seal_present"), false}}));
}

void TestReviewService::importPutsTheAccountUnderReview()
{
    const auto status = [this](const char *login) {
        return scalar(*m_db, QStringLiteral("SELECT real_name_status FROM account WHERE login = ?"),
                      {QString::fromLatin1(login)});
    };
    // A verified account stays verified; an unverified or failed one is under review (实名认证审核中).
    auto q = m_db->exec(QStringLiteral("UPDATE account SET real_name_status = 'verified_national' WHERE login = 'wangwu77'"));
    QVERIFY(q.ok());
    q->finish();
    q = m_db->exec(QStringLiteral("UPDATE account SET real_name_status = 'failed' WHERE login = 'lisi99'"));
    QVERIFY(q.ok());
    q->finish();
    QCOMPARE(status("zhangsan88"), QStringLiteral("unverified"));
    const QString idC = test::residentId("11010519800101003");
    import({test::personEntry(QStringLiteral("RN-80"), QStringLiteral("zhangsan88"),
                              test::personFields(m_idA, "female", "1949-12-31"), {}),
            test::personEntry(QStringLiteral("RN-81"), QStringLiteral("lisi99"),
                              test::personFields(m_idB, "male", "1990-05-05"), {}),
            test::personEntry(QStringLiteral("RN-82"), QStringLiteral("wangwu77"),
                              test::personFields(idC, "male", "1980-01-01"), {})});
    QCOMPARE(status("zhangsan88"), QStringLiteral("manual_pending"));
    QCOMPARE(status("lisi99"), QStringLiteral("manual_pending"));
    QCOMPARE(status("wangwu77"), QStringLiteral("verified_national"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'account.real_name' AND "
                                          "after_json LIKE '%manual_pending%'")),
             QStringLiteral("2"));
    // Rejected: failed; resubmitted: under review again; approved: verified.
    const qint64 id = idOf(QStringLiteral("RN-81"));
    auto rev = service(StaffRole::Reviewer, QStringLiteral("rev_a"));
    QVERIFY(rev->claim(id).ok());
    QVERIFY(rev->reject(id, {QStringLiteral("unclear_image")}, {}).ok());
    QCOMPARE(status("lisi99"), QStringLiteral("failed"));
    import({QJsonObject{{QStringLiteral("event"), QStringLiteral("resubmit")},
                        {QStringLiteral("ref"), QStringLiteral("RN-81")},
                        {QStringLiteral("submitted_at"), QStringLiteral("2026-12-02T09:00:00+08:00")},
                        {QStringLiteral("fields"), test::personFields(m_idB, "male", "1990-05-05")},
                        {QStringLiteral("documents"), QJsonArray{}}}});
    QCOMPARE(record(id).state, QStringLiteral("new"));
    QCOMPARE(status("lisi99"), QStringLiteral("manual_pending"));
    QVERIFY(rev->claim(id).ok());
    QVERIFY(rev->approve(id).ok());
    QCOMPARE(status("lisi99"), QStringLiteral("verified_manual"));
}

void TestReviewService::appealLookAlikeIsFlagged()
{
    // A recovery appeal about one number carries a picture; a review request about another number carries the same
    // picture re-encoded (other bytes, nearly the same perceptual hash).
    const QImage shared = test::patternImage(60);
    AppealSubmission appeal;
    appeal.type = QStringLiteral("person_recovery");
    appeal.externalRef = QStringLiteral("AP-60");
    appeal.fields = QJsonObject{{QStringLiteral("name"), QStringLiteral("李四")},
                                {QStringLiteral("identity_region"), QStringLiteral("mainland")},
                                {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                                {QStringLiteral("id_number"), m_idB},
                                {QStringLiteral("phone"), QStringLiteral("13900000060")}};
    appeal.documents = {{QStringLiteral("id_front"), QStringLiteral("front.png"), test::encoded(shared, "PNG")},
                        {QStringLiteral("id_back"), QStringLiteral("back.png"), test::encoded(test::patternImage(61), "PNG")}};
    StaffMember agent;
    agent.login = QStringLiteral("agent_d");
    agent.displayName = agent.login;
    agent.role = StaffRole::Agent;
    AppealService appeals(std::make_shared<Session>(m_db, agent, agent.login));
    appeals.setClock([this] { return m_now; });
    auto filed = appeals.file(appeal);
    QVERIFY2(filed.ok(), filed.ok() ? "" : qPrintable(filed.error().message));
    // The appeal's pictures carry their perceptual hash now.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM document WHERE owner_type = 'appeal' AND owner_id = ? "
                                          "AND phash IS NOT NULL"),
                    {*filed}),
             QStringLiteral("2"));
    import({test::personEntry(QStringLiteral("RN-60"), QStringLiteral("zhangsan88"),
                              test::personFields(m_idA, "female", "1949-12-31"),
                              test::writeDocuments(m_files->path(), QStringLiteral("RN-60"),
                                                   {{QStringLiteral("id_front"), test::encoded(shared, "JPG", 85)}})),
            test::personEntry(QStringLiteral("RN-61"), QStringLiteral("lisi99"),
                              test::personFields(test::residentId("11010519800101003"), "male", "1980-01-01"),
                              test::writeDocuments(m_files->path(), QStringLiteral("RN-61"),
                                                   {{QStringLiteral("id_front"), test::encoded(test::patternImage(62), "PNG")}}))});
    auto detail = service(StaffRole::Reviewer, QStringLiteral("rev_a"))->detail(idOf(QStringLiteral("RN-60")));
    QVERIFY(detail.ok());
    bool flagged = false;
    for (const RealNameCheck &c : detail->checks)
        if (c.check == QLatin1String("image_reused")) {
            flagged = !c.ok;
            QCOMPARE(c.other, QStringLiteral("AP-60"));
            QVERIFY2(c.message.contains(QStringLiteral("nearly identical")), qPrintable(c.message));
        }
    QVERIFY(flagged);
    // An unrelated picture is not.
    auto other = service(StaffRole::Reviewer, QStringLiteral("rev_a"))->detail(idOf(QStringLiteral("RN-61")));
    QVERIFY(other.ok());
    for (const RealNameCheck &c : other->checks)
        if (c.check == QLatin1String("image_reused"))
            QVERIFY2(c.ok, qPrintable(c.message));
}

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
