// The server's rules for manual real-name review (resources/sql/postgresql/005_real_name_review.sql), tried as each
// staff role with plain SQL, as a staff member with psql would: claims, decisions, the filer, reading declared
// ID numbers and phones, forging a real-name status or a binding, queuing a text message, forging decisions and
// submissions. The application's own work as those roles still goes through.
#include "ReviewFixtures.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "PgRoleConnections.h"

#include "store/Database.h"
#include "store/StaffRepository.h"
#include "domain/BusinessCalendar.h"
#include "workflow/ReviewQaService.h"
#include "workflow/ReviewService.h"
#include "workflow/Session.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace desk;

namespace {
const QString kPassword = QStringLiteral("Secur1ty#Test");

using Outcome = test::SqlOutcome;
} // namespace

class TestPgReviewSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ownership();
    void forbiddenStatements_data();
    void forbiddenStatements();
    void onlyReviewersClaimAndOnlyTheHolderDecides();
    void theFilerNeitherClaimsNorDecides();
    void declaredValuesOnlyForTheHolder();
    void bindingOnlyWithTheDecision();
    void smsOnlyFromTheDecision();
    void decisionsAndSubmissionsCannotBeForged();
    void qaSamplesAreSupervisors();
    void reviewDocumentsOpenThroughTheServer();
    void applicationWorksAsStaffRoles();
    void qaWorksAsStaffRolesAndNeverByTheDecider();

private:
    QSqlDatabase connectAs(const QString &login, bool fresh = false);
    Outcome run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    QString one(const QString &sql, const QVariantList &values = {});
    StaffMember addStaff(StaffRole role, const char *prefix);
    qint64 seedReview(const QString &ref, qint64 accountId, const QString &idNumber, const QString &phone,
                      const QString &filedBy);
    QString login(const char *role) const { return m_staff.value(QString::fromLatin1(role)).login; }
    QString claimSql() const
    {
        return QStringLiteral("UPDATE real_name_review SET state = 'claimed', claimed_by = ?, claimed_at = now(), "
                              "claim_expires_at = now() + interval '30 minutes', version = version + 1 WHERE id = ?");
    }

    std::unique_ptr<Database> m_db; // the set-up role
    QHash<QString, StaffMember> m_staff;
    test::PgRoleConnections m_roles{kPassword, QStringLiteral("rsec_")};
    qint64 m_victimId = 0;
    qint64 m_targetId = 0;
    qint64 m_reviewId = 0; // the target's request, waiting
    qint64 m_documentId = 0;
    const QString m_victimNumber = test::residentId("11010519491231002");
    const QString m_targetNumber = test::residentId("11010519900505001");
};

StaffMember TestPgReviewSecurity::addStaff(StaffRole role, const char *prefix)
{
    StaffMember m;
    m.login = test::uniqueLogin(QString::fromLatin1(prefix));
    m.displayName = QStringLiteral("实名审核安全测试");
    m.role = role;
    if (const Status s = StaffRepository(*m_db).add(m, kPassword); !s)
        qFatal("adding staff failed: %s", qPrintable(s.error().message));
    return m;
}

QSqlDatabase TestPgReviewSecurity::connectAs(const QString &login, bool fresh)
{
    return m_roles.connectAs(login, fresh);
}

Outcome TestPgReviewSecurity::run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return test::PgRoleConnections::run(db, sql, values);
}

QString TestPgReviewSecurity::one(const QString &sql, const QVariantList &values)
{
    auto q = m_db->exec(sql, values);
    if (!q)
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().message));
    const QString v = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return v;
}

qint64 TestPgReviewSecurity::seedReview(const QString &ref, qint64 accountId, const QString &idNumber,
                                        const QString &phone, const QString &filedBy)
{
    const qint64 id = one(QStringLiteral("INSERT INTO real_name_review (ref, review_type, account_id, subject_number, "
                                         "submitted_at, due_at, filed_by) VALUES (?, 'person', ?, ?, now(), "
                                         "now() + interval '2 days', ?) RETURNING id"),
                          {ref, accountId, idNumber, filedBy})
                          .toLongLong();
    const qint64 sub = one(QStringLiteral("INSERT INTO real_name_submission (review_id, seq, submitted_at, fields_json, "
                                          "id_number, phone, checks_json) VALUES (?, 1, now(), '{}', ?, ?, '[]') "
                                          "RETURNING id"),
                           {id, idNumber, phone})
                           .toLongLong();
    one(QStringLiteral("UPDATE real_name_review SET current_submission_id = ? WHERE id = ? RETURNING id"), {sub, id});
    return id;
}

void TestPgReviewSecurity::initTestCase()
{
    if (!test::usingPostgres())
        QSKIP("The server-side review rules are PostgreSQL's; on SQLite the file permissions are the boundary.");
    m_db = test::openTestDatabase();
    m_staff.insert(QStringLiteral("agent"), addStaff(StaffRole::Agent, "rsec_ag"));
    m_staff.insert(QStringLiteral("reviewer"), addStaff(StaffRole::Reviewer, "rsec_rv"));
    m_staff.insert(QStringLiteral("reviewer2"), addStaff(StaffRole::Reviewer, "rsec_rw"));
    m_staff.insert(QStringLiteral("supervisor"), addStaff(StaffRole::Supervisor, "rsec_sv"));
    m_staff.insert(QStringLiteral("supervisor2"), addStaff(StaffRole::Supervisor, "rsec_sw"));
    m_staff.insert(QStringLiteral("administrator"), addStaff(StaffRole::Administrator, "rsec_ad"));

    test::AccountSeed victim = test::accountSeed(QStringLiteral("victim01"), QStringLiteral("person"),
                                                 QStringLiteral("李四"));
    victim.idNumber = m_victimNumber;
    victim.realNameStatus = QStringLiteral("verified_national");
    m_victimId = test::insertAccount(*m_db, victim);
    m_targetId = test::insertAccount(*m_db, test::accountSeed(QStringLiteral("target01"), QStringLiteral("person"),
                                                              QStringLiteral("王五")));
    m_reviewId = seedReview(QStringLiteral("RN-SEC-1"), m_targetId, m_targetNumber, QStringLiteral("13900000011"),
                            QStringLiteral("importer"));
    auto doc = m_db->exec(QStringLiteral("INSERT INTO document (owner_type, owner_id, kind, file_name, mime_type, "
                                         "size_bytes, sha256, content, uploaded_at) SELECT 'review_submission', "
                                         "current_submission_id, 'id_front', 'f.png', 'image/png', 3, 'y', ?, now() "
                                         "FROM real_name_review WHERE id = ? RETURNING id"),
                          {QByteArray("PNG"), m_reviewId});
    QVERIFY(doc && doc->next());
    m_documentId = doc->value(0).toLongLong();
    doc->finish();
}

void TestPgReviewSecurity::cleanupTestCase()
{
    m_roles.closeAll();
}

void TestPgReviewSecurity::ownership()
{
    for (const char *table : {"real_name_review", "real_name_submission", "real_name_decision", "real_name_qa_sample",
                              "real_name_review_queue", "real_name_submission_view", "real_name_case_document"})
        QCOMPARE(one(QStringLiteral("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = ?"),
                     {QString::fromLatin1(table)}),
                 QStringLiteral("desk_owner"));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                "WHERE n.nspname = 'public' AND p.proname LIKE 'desk\\_review\\_%' "
                                "AND (has_function_privilege('public', p.oid, 'EXECUTE') "
                                "OR pg_get_userbyid(p.proowner) <> 'desk_owner')")),
             QStringLiteral("0"));
}

void TestPgReviewSecurity::forbiddenStatements_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("sql");
    const QStringList statements{
        // the full declared values and the number to bind
        QStringLiteral("SELECT id_number FROM real_name_submission"),
        QStringLiteral("SELECT phone FROM real_name_submission"),
        QStringLiteral("SELECT * FROM real_name_submission"),
        QStringLiteral("SELECT subject_number FROM real_name_review"),
        QStringLiteral("SELECT id FROM real_name_review WHERE subject_number LIKE '1101%'"),
        // forging a binding or a status by hand
        QStringLiteral("UPDATE account SET real_name_status = 'verified_manual' WHERE login = 'target01'"),
        QStringLiteral("UPDATE account SET id_number = '110105199005050013' WHERE login = 'target01'"),
        QStringLiteral("UPDATE account SET real_name_status = 'failed' WHERE login = 'victim01'"),
        // what the citizen submitted, the history
        QStringLiteral("UPDATE real_name_review SET subject_number = '110105194912310021'"),
        QStringLiteral("UPDATE real_name_review SET account_id = account_id + 1"),
        QStringLiteral("UPDATE real_name_review SET filed_by = 'x'"),
        QStringLiteral("DELETE FROM real_name_review"),
        QStringLiteral("UPDATE real_name_submission SET fields_json = '{}'"),
        QStringLiteral("DELETE FROM real_name_submission"),
        QStringLiteral("UPDATE real_name_decision SET outcome = 'approved'"),
        QStringLiteral("DELETE FROM real_name_decision"),
        QStringLiteral("DELETE FROM real_name_qa_sample"),
        // text messages about a review without its decision
        QStringLiteral("INSERT INTO sms_outbox (idempotency_key, phone, body, preview, review_id, created_at) "
                       "SELECT 'k-review-forged', '13900000011', 'any text', 'any text', id, now() "
                       "FROM real_name_review WHERE ref = 'RN-SEC-1'"),
        // decisions without the decision
        QStringLiteral("INSERT INTO real_name_decision (review_id, submission_id, outcome, decided_by, decided_at) "
                       "SELECT id, current_submission_id, 'approved', 'x', now() FROM real_name_review "
                       "WHERE ref = 'RN-SEC-1'"),
    };
    for (const char *role : {"agent", "reviewer", "supervisor", "administrator"})
        for (const QString &sql : statements)
            QTest::addRow("%s: %s", role, qPrintable(sql.left(70))) << QString::fromLatin1(role) << sql;
    // Requests and submissions come from the import (administrators) only.
    for (const char *role : {"agent", "reviewer", "supervisor"}) {
        QTest::addRow("%s: insert a request", role)
            << QString::fromLatin1(role)
            << QStringLiteral("INSERT INTO real_name_review (ref, review_type, account_id, subject_number, "
                              "submitted_at) SELECT 'RN-FORGED', 'person', id, 'x', now() FROM account "
                              "WHERE login = 'target01'");
        QTest::addRow("%s: insert a submission", role)
            << QString::fromLatin1(role)
            << QStringLiteral("INSERT INTO real_name_submission (review_id, seq, submitted_at, fields_json, "
                              "checks_json) SELECT id, 9, now(), '{}', '[]' FROM real_name_review WHERE ref = 'RN-SEC-1'");
    }
    // A submission for a request that is neither new in this transaction nor rejected.
    QTest::addRow("administrator: a submission slipped into a waiting request")
        << QStringLiteral("administrator")
        << QStringLiteral("INSERT INTO real_name_submission (review_id, seq, submitted_at, fields_json, checks_json) "
                          "SELECT id, 9, now(), '{}', '[]' FROM real_name_review WHERE ref = 'RN-SEC-1'");
    QTest::addRow("agent: claim") << QStringLiteral("agent")
                                  << QStringLiteral("UPDATE real_name_review SET state = 'claimed', claimed_by = "
                                                    "session_user, claimed_at = now(), claim_expires_at = now() + "
                                                    "interval '30 minutes' WHERE ref = 'RN-SEC-1'");
    QTest::addRow("administrator: claim") << QStringLiteral("administrator")
                                          << QStringLiteral("UPDATE real_name_review SET state = 'claimed', claimed_by "
                                                            "= session_user, claimed_at = now(), claim_expires_at = "
                                                            "now() + interval '30 minutes' WHERE ref = 'RN-SEC-1'");
    QTest::addRow("reviewer: decide unclaimed") << QStringLiteral("reviewer")
                                                << QStringLiteral("UPDATE real_name_review SET state = 'approved', "
                                                                  "decided_by = session_user, decided_at = now() "
                                                                  "WHERE ref = 'RN-SEC-1'");
    // The share of decisions drawn for quality sampling is a shared setting: administrators change it.
    for (const char *role : {"agent", "reviewer", "supervisor"})
        QTest::addRow("%s: change the QA share", role)
            << QString::fromLatin1(role)
            << QStringLiteral("UPDATE desk_setting SET value = '100' WHERE key = 'review_qa_share_percent'");
    // Only supervisors record QA verdicts.
    for (const char *role : {"agent", "reviewer", "administrator"})
        QTest::addRow("%s: record a QA verdict", role)
            << QString::fromLatin1(role) << QStringLiteral("UPDATE real_name_qa_sample SET verdict = 'disagree'");
    // Putting an account under review by hand, without recording a request (schema 8 lets only the import do it).
    for (const char *role : {"agent", "reviewer", "supervisor", "administrator"})
        QTest::addRow("%s: manual_pending by hand", role)
            << QString::fromLatin1(role)
            << QStringLiteral("UPDATE account SET real_name_status = 'manual_pending' WHERE login = 'target01'");
    QTest::addRow("administrator: verified by hand")
        << QStringLiteral("administrator")
        << QStringLiteral("UPDATE account SET real_name_status = 'verified_manual' WHERE login = 'target01'");
    QTest::addRow("agent: open a review document") << QStringLiteral("agent")
                                                   << QStringLiteral("SELECT desk_document_open(id) FROM document "
                                                                     "WHERE owner_type = 'review_submission'");
}

void TestPgReviewSecurity::forbiddenStatements()
{
    QFETCH(QString, role);
    QFETCH(QString, sql);
    QSqlDatabase db = connectAs(m_staff.value(role).login);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    const Outcome o = run(db, sql);
    QVERIFY2(!o.ok, qPrintable(QStringLiteral("%1 could run: %2").arg(role, sql)));
    QVERIFY2(o.sqlState == QLatin1String("42501"), qPrintable(o.sqlState + QLatin1Char(' ') + o.message));
    QCOMPARE(one(QStringLiteral("SELECT state FROM real_name_review WHERE id = ?"), {m_reviewId}), QStringLiteral("new"));
}

void TestPgReviewSecurity::onlyReviewersClaimAndOnlyTheHolderDecides()
{
    const qint64 id = seedReview(QStringLiteral("RN-SEC-2"), m_targetId, m_targetNumber, QStringLiteral("13900000012"),
                                 QStringLiteral("importer"));
    QSqlDatabase r1 = connectAs(login("reviewer")), r2 = connectAs(login("reviewer2")), s = connectAs(login("supervisor"));
    const Outcome claimed = run(r1, claimSql(), {login("reviewer"), id});
    QVERIFY2(claimed.ok, qPrintable(claimed.message));
    // Another reviewer takes nothing over and decides nothing.
    const Outcome takeOver = run(r2, claimSql(), {login("reviewer2"), id});
    QVERIFY(!takeOver.ok);
    QCOMPARE(takeOver.sqlState, QStringLiteral("42501"));
    QVERIFY(takeOver.message.contains(login("reviewer")));
    const QString decide = QStringLiteral("UPDATE real_name_review SET state = ?, decided_by = ?, decided_at = now() "
                                          "WHERE id = ?");
    const Outcome notHolder = run(r2, decide, {QStringLiteral("rejected"), login("reviewer2"), id});
    QVERIFY(!notHolder.ok);
    QCOMPARE(notHolder.sqlState, QStringLiteral("42501"));
    // Nor in someone else's name.
    const Outcome inAnotherName = run(r1, decide, {QStringLiteral("rejected"), login("reviewer2"), id});
    QVERIFY(!inAnotherName.ok);
    // A supervisor assigns only to an active reviewer.
    const Outcome toAgent = run(s, QStringLiteral("UPDATE real_name_review SET claimed_by = ? WHERE id = ?"),
                                {login("agent"), id});
    QVERIFY(!toAgent.ok);
    // An expired claim decides nothing.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE real_name_review SET claim_expires_at = now() - interval '1 minute' "
                                      "WHERE id = ?"),
                       {id}));
    const Outcome expired = run(r1, decide, {QStringLiteral("rejected"), login("reviewer"), id});
    QVERIFY(!expired.ok);
    QCOMPARE(expired.sqlState, QStringLiteral("42501"));
    // Once taken over, the new holder decides.
    QVERIFY(run(r2, claimSql(), {login("reviewer2"), id}).ok);
    const Outcome decided = run(r2, decide, {QStringLiteral("rejected"), login("reviewer2"), id});
    QVERIFY2(decided.ok, qPrintable(decided.message));
    QCOMPARE(one(QStringLiteral("SELECT decided_by FROM real_name_review WHERE id = ?"), {id}), login("reviewer2"));
}

void TestPgReviewSecurity::theFilerNeitherClaimsNorDecides()
{
    const qint64 id = seedReview(QStringLiteral("RN-SEC-3"), m_targetId, m_targetNumber, QStringLiteral("13900000013"),
                                 login("reviewer"));
    QSqlDatabase r1 = connectAs(login("reviewer")), s = connectAs(login("supervisor"));
    const Outcome own = run(r1, claimSql(), {login("reviewer"), id});
    QVERIFY(!own.ok);
    QCOMPARE(own.sqlState, QStringLiteral("42501"));
    const Outcome assigned = run(s, QStringLiteral("UPDATE real_name_review SET state = 'claimed', claimed_by = ?, "
                                                   "claimed_at = now(), claim_expires_at = now() + interval '1 hour' "
                                                   "WHERE id = ?"),
                                 {login("reviewer"), id});
    QVERIFY(!assigned.ok);
    QCOMPARE(one(QStringLiteral("SELECT state FROM real_name_review WHERE id = ?"), {id}), QStringLiteral("new"));
}

void TestPgReviewSecurity::declaredValuesOnlyForTheHolder()
{
    const qint64 id = seedReview(QStringLiteral("RN-SEC-4"), m_targetId, m_targetNumber, QStringLiteral("13900000014"),
                                 QStringLiteral("importer"));
    QSqlDatabase r1 = connectAs(login("reviewer")), r2 = connectAs(login("reviewer2")), a = connectAs(login("agent"));
    const QString read = QStringLiteral("SELECT id_number || '|' || phone FROM real_name_submission_view WHERE review_id = ?");
    const QString masked = m_targetNumber.left(3) + QString(12, QLatin1Char('*')) + m_targetNumber.right(3) +
                           QStringLiteral("|139****0014");
    for (QSqlDatabase *db : {&r1, &r2, &a}) {
        const Outcome o = run(*db, read, {id});
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(o.message, masked);
    }
    const Outcome subject = run(a, QStringLiteral("SELECT subject_number FROM real_name_review_queue WHERE id = ?"), {id});
    QVERIFY(subject.ok);
    QVERIFY(subject.message.contains(QLatin1Char('*')));
    // The holder sees the values of the request held, and nothing more.
    QVERIFY(run(r1, claimSql(), {login("reviewer"), id}).ok);
    const Outcome full = run(r1, read, {id});
    QCOMPARE(full.message, m_targetNumber + QStringLiteral("|13900000014"));
    QCOMPARE(run(r1, QStringLiteral("SELECT subject_number FROM real_name_review_queue WHERE id = ?"), {id}).message,
             m_targetNumber);
    QCOMPARE(run(r2, read, {id}).message, masked);
    QVERIFY(run(r1, read, {m_reviewId}).message.contains(QLatin1Char('*')));
    // The flag of another binding is the server's to compute, without the number.
    const qint64 bound = seedReview(QStringLiteral("RN-SEC-5"), m_targetId, m_victimNumber, QStringLiteral("13900000015"),
                                    QStringLiteral("importer"));
    QCOMPARE(run(a, QStringLiteral("SELECT bound_holder FROM real_name_review_queue WHERE id = ?"), {bound}).message,
             QStringLiteral("victim01"));
    // Holding that request, the reviewer reads the holder's account in full (schema 4's account_view), and
    // nobody else does.
    const QString victimId = QStringLiteral("SELECT id_number FROM account_view WHERE login = 'victim01'");
    QVERIFY(run(r1, victimId).message.contains(QLatin1Char('*')));
    QVERIFY(run(r1, claimSql(), {login("reviewer"), bound}).ok);
    QCOMPARE(run(r1, victimId).message, m_victimNumber);
    QVERIFY(run(r2, victimId).message.contains(QLatin1Char('*')));
    run(r1, QStringLiteral("UPDATE real_name_review SET state = 'new', claimed_by = NULL, claimed_at = NULL, "
                           "claim_expires_at = NULL WHERE id = ?"),
        {bound});
    run(r1, QStringLiteral("UPDATE real_name_review SET state = 'new', claimed_by = NULL, claimed_at = NULL, "
                           "claim_expires_at = NULL WHERE id = ?"),
        {id});
}

void TestPgReviewSecurity::bindingOnlyWithTheDecision()
{
    const qint64 id = seedReview(QStringLiteral("RN-SEC-6"), m_targetId, m_targetNumber, QStringLiteral("13900000016"),
                                 QStringLiteral("importer"));
    const qint64 other = seedReview(QStringLiteral("RN-SEC-7"), m_victimId, m_targetNumber,
                                    QStringLiteral("13900000017"), QStringLiteral("importer"));
    QSqlDatabase r1 = connectAs(login("reviewer"), true);
    QVERIFY(run(r1, claimSql(), {login("reviewer"), id}).ok);
    QVERIFY(run(r1, claimSql(), {login("reviewer"), other}).ok);
    const QString approve = QStringLiteral("UPDATE real_name_review SET state = 'approved', decided_by = session_user, "
                                           "decided_at = now() WHERE id = ?");
    // Holding the claim is not enough: the status changes only with the decision, in the same transaction.
    const Outcome early = run(r1, QStringLiteral("UPDATE account SET real_name_status = 'verified_manual', id_number = ? "
                                                 "WHERE id = ?"),
                              {m_targetNumber, m_targetId});
    QVERIFY(!early.ok);
    QCOMPARE(early.sqlState, QStringLiteral("42501"));
    // The decision of one account's review binds nothing on another account, nor another number.
    QVERIFY(run(r1, QStringLiteral("BEGIN")).ok);
    QVERIFY(run(r1, approve, {id}).ok);
    QVERIFY(run(r1, QStringLiteral("UPDATE account SET real_name_status = 'verified_manual' WHERE id = ?"),
                {m_victimId})
                .ok);
    const Outcome wrongAccount = run(r1, QStringLiteral("COMMIT"));
    QVERIFY(!wrongAccount.ok);
    run(r1, QStringLiteral("ROLLBACK"));
    QVERIFY(run(r1, QStringLiteral("BEGIN")).ok);
    QVERIFY(run(r1, approve, {id}).ok);
    QVERIFY(run(r1, QStringLiteral("UPDATE account SET real_name_status = 'verified_manual', id_number = ? WHERE id = ?"),
                {test::residentId("11010519800101001"), m_targetId})
                .ok);
    const Outcome wrongNumber = run(r1, QStringLiteral("COMMIT"));
    QVERIFY(!wrongNumber.ok);
    run(r1, QStringLiteral("ROLLBACK"));
    QCOMPARE(one(QStringLiteral("SELECT real_name_status FROM account WHERE id = ?"), {m_targetId}),
             QStringLiteral("unverified"));
    // The decision with its binding goes through.
    QVERIFY(run(r1, QStringLiteral("BEGIN")).ok);
    QVERIFY(run(r1, approve, {id}).ok);
    QVERIFY(run(r1, QStringLiteral("UPDATE account SET real_name_status = 'verified_manual', id_number = ? WHERE id = ?"),
                {m_targetNumber, m_targetId})
                .ok);
    const Outcome done = run(r1, QStringLiteral("COMMIT"));
    QVERIFY2(done.ok, qPrintable(done.message));
    QCOMPARE(one(QStringLiteral("SELECT id_number FROM account WHERE id = ?"), {m_targetId}), m_targetNumber);
    // The same number for the victim's account: the unique binding refuses it.
    QVERIFY(run(r1, QStringLiteral("BEGIN")).ok);
    QVERIFY(run(r1, approve, {other}).ok);
    const Outcome second = run(r1, QStringLiteral("UPDATE account SET real_name_status = 'verified_manual', "
                                                  "id_number = ? WHERE id = ?"),
                               {m_targetNumber, m_victimId});
    QVERIFY(!second.ok);
    QCOMPARE(second.sqlState, QStringLiteral("23505"));
    run(r1, QStringLiteral("ROLLBACK"));
}

void TestPgReviewSecurity::smsOnlyFromTheDecision()
{
    const qint64 id = seedReview(QStringLiteral("RN-SEC-8"), m_targetId, m_targetNumber, QStringLiteral("13900000018"),
                                 QStringLiteral("importer"));
    QSqlDatabase r1 = connectAs(login("reviewer"), true);
    QVERIFY(run(r1, claimSql(), {login("reviewer"), id}).ok);
    const QString sms = QStringLiteral("INSERT INTO sms_outbox (idempotency_key, phone, body, preview, review_id, "
                                       "created_at) VALUES (?, ?, 'x', 'x', ?, now())");
    QVERIFY(run(r1, QStringLiteral("BEGIN")).ok);
    QVERIFY(run(r1, QStringLiteral("UPDATE real_name_review SET state = 'rejected', decided_by = session_user, "
                                   "decided_at = now() WHERE id = ?"),
                {id})
                .ok);
    QVERIFY(run(r1, sms, {QStringLiteral("k-r8-elsewhere"), QStringLiteral("13700000000"), id}).ok);
    QVERIFY(!run(r1, QStringLiteral("COMMIT")).ok); // to a phone the submission does not name
    run(r1, QStringLiteral("ROLLBACK"));
    QVERIFY(run(r1, QStringLiteral("BEGIN")).ok);
    QVERIFY(run(r1, QStringLiteral("UPDATE real_name_review SET state = 'rejected', decided_by = session_user, "
                                   "decided_at = now() WHERE id = ?"),
                {id})
                .ok);
    QVERIFY(run(r1, sms, {QStringLiteral("k-r8"), QStringLiteral("13900000018"), id}).ok);
    const Outcome committed = run(r1, QStringLiteral("COMMIT"));
    QVERIFY2(committed.ok, qPrintable(committed.message));
    // Afterwards, no second message: the decision was another transaction's.
    const Outcome later = run(r1, sms, {QStringLiteral("k-r8-again"), QStringLiteral("13900000018"), id});
    QVERIFY(!later.ok);
}

void TestPgReviewSecurity::decisionsAndSubmissionsCannotBeForged()
{
    const qint64 id = seedReview(QStringLiteral("RN-SEC-9"), m_targetId, m_targetNumber, QStringLiteral("13900000019"),
                                 QStringLiteral("importer"));
    QSqlDatabase r1 = connectAs(login("reviewer"), true);
    QVERIFY(run(r1, claimSql(), {login("reviewer"), id}).ok);
    QVERIFY(run(r1, QStringLiteral("BEGIN")).ok);
    QVERIFY(run(r1, QStringLiteral("UPDATE real_name_review SET state = 'rejected', decided_by = session_user, "
                                   "decided_at = now() WHERE id = ?"),
                {id})
                .ok);
    // The outcome must be the decision's; the author is the server's.
    QVERIFY(!run(r1, QStringLiteral("INSERT INTO real_name_decision (review_id, submission_id, outcome, decided_by, "
                                    "decided_at) SELECT id, current_submission_id, 'approved', 'x', now() FROM "
                                    "real_name_review WHERE id = ?"),
                 {id})
                 .ok);
    run(r1, QStringLiteral("ROLLBACK"));
    QVERIFY(run(r1, QStringLiteral("BEGIN")).ok);
    QVERIFY(run(r1, QStringLiteral("UPDATE real_name_review SET state = 'rejected', decided_by = session_user, "
                                   "decided_at = now() WHERE id = ?"),
                {id})
                .ok);
    const Outcome row = run(r1, QStringLiteral("INSERT INTO real_name_decision (review_id, submission_id, outcome, "
                                               "reason_codes, decided_by, decided_at) SELECT id, current_submission_id, "
                                               "'rejected', 'not_signed', 'someone_else', '2020-01-01' FROM "
                                               "real_name_review WHERE id = ? RETURNING id"),
                            {id});
    QVERIFY2(row.ok, qPrintable(row.message));
    QVERIFY(run(r1, QStringLiteral("COMMIT")).ok);
    QCOMPARE(one(QStringLiteral("SELECT decided_by FROM real_name_decision WHERE id = ?"), {row.message}),
             login("reviewer"));
    // A rejected request takes a resubmission from the import only.
    QSqlDatabase admin = connectAs(login("administrator"), true);
    QVERIFY(run(admin, QStringLiteral("BEGIN")).ok);
    const Outcome sub = run(admin, QStringLiteral("INSERT INTO real_name_submission (review_id, seq, submitted_at, "
                                                  "fields_json, checks_json, filed_by) VALUES (?, 2, now(), '{}', '[]', "
                                                  "'someone_else') RETURNING id"),
                            {id});
    QVERIFY2(sub.ok, qPrintable(sub.message));
    const Outcome back = run(admin, QStringLiteral("UPDATE real_name_review SET state = 'new', current_submission_id = ?, "
                                                   "decided_by = NULL, decided_at = NULL, decision_reason = NULL, "
                                                   "claimed_by = NULL, claimed_at = NULL, claim_expires_at = NULL "
                                                   "WHERE id = ?"),
                             {sub.message, id});
    QVERIFY2(back.ok, qPrintable(back.message));
    QVERIFY(run(admin, QStringLiteral("COMMIT")).ok);
    QCOMPARE(one(QStringLiteral("SELECT filed_by FROM real_name_submission WHERE id = ?"), {sub.message}),
             login("administrator"));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM real_name_decision WHERE review_id = ?"), {id}),
             QStringLiteral("1"));
}

void TestPgReviewSecurity::qaSamplesAreSupervisors()
{
    // A decision the signed-in supervisor did not make: nobody samples their own.
    const QString decision = one(QStringLiteral("SELECT id FROM real_name_decision WHERE decided_by <> ? ORDER BY id "
                                                "LIMIT 1"),
                                 {login("supervisor")});
    QVERIFY(!decision.isEmpty());
    const QString insert = QStringLiteral("INSERT INTO real_name_qa_sample (review_id, decision_id, reviewer_login, "
                                          "sampled_by, sampled_at) SELECT review_id, id, 'x', 'x', now() FROM "
                                          "real_name_decision WHERE id = ? RETURNING id");
    for (const char *role : {"agent", "reviewer", "administrator"}) {
        QSqlDatabase db = connectAs(login(role));
        const Outcome o = run(db, insert, {decision});
        QVERIFY2(!o.ok, role);
        QCOMPARE(o.sqlState, QStringLiteral("42501"));
    }
    QSqlDatabase s = connectAs(login("supervisor"));
    const Outcome sample = run(s, insert, {decision});
    QVERIFY2(sample.ok, qPrintable(sample.message));
    QCOMPARE(one(QStringLiteral("SELECT sampled_by FROM real_name_qa_sample WHERE id = ?"), {sample.message}),
             login("supervisor"));
    QCOMPARE(one(QStringLiteral("SELECT reviewer_login = d.decided_by FROM real_name_qa_sample q JOIN "
                                "real_name_decision d ON d.id = q.decision_id WHERE q.id = ?"),
                 {sample.message}),
             QStringLiteral("true"));
    const Outcome verdict = run(s, QStringLiteral("UPDATE real_name_qa_sample SET verdict = 'agree' WHERE id = ?"),
                                {sample.message});
    QVERIFY2(verdict.ok, qPrintable(verdict.message));
    const Outcome forged = run(s, QStringLiteral("UPDATE real_name_qa_sample SET reviewer_login = 'x' WHERE id = ?"),
                               {sample.message});
    QVERIFY(!forged.ok);
}

void TestPgReviewSecurity::reviewDocumentsOpenThroughTheServer()
{
    QSqlDatabase r1 = connectAs(login("reviewer"));
    const Outcome open = run(r1, QStringLiteral("SELECT encode(desk_document_open(?), 'escape')"), {m_documentId});
    QVERIFY2(open.ok, qPrintable(open.message));
    QCOMPARE(open.message, QStringLiteral("PNG"));
    QCOMPARE(one(QStringLiteral("SELECT staff_login FROM audit_log WHERE action = 'document.open' AND entity_id = ? "
                                "ORDER BY id DESC LIMIT 1"),
                 {QString::number(m_documentId)}),
             login("reviewer"));
}

void TestPgReviewSecurity::applicationWorksAsStaffRoles()
{
    // The import as an administrator, the claim and the decisions as reviewers: all as their own roles.
    QTemporaryDir files;
    const QString number = test::residentId("11010520000101002");
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("app01"), QStringLiteral("person"), QStringLiteral("张三")));
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("app02"), QStringLiteral("person"), QStringLiteral("张三")));
    const QJsonArray entries{
        test::personEntry(QStringLiteral("RN-APP-1"), QStringLiteral("app01"),
                          test::personFields(number, "female", "2000-01-01", "13900000021"),
                          test::writeDocuments(files.path(), QStringLiteral("RN-APP-1"),
                                               {{QStringLiteral("id_front"), test::encoded(test::patternImage(91), "PNG")},
                                                {QStringLiteral("id_back"), test::encoded(test::patternImage(92), "PNG")}})),
        test::personEntry(QStringLiteral("RN-APP-2"), QStringLiteral("app02"),
                          test::personFields(number, "female", "2000-01-01", "13900000022"), {})};
    auto admin = AuthService::signIn(test::lastTestDatabaseUrl(), login("administrator"), kPassword);
    QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
    auto report = ReviewService(*admin).importJson(QJsonDocument(entries).toJson(), files.path());
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY2(report->refused.isEmpty(), report->refused.isEmpty() ? "" : qPrintable(report->refused.at(0).reason));
    QCOMPARE(report->recorded, 2);
    QCOMPARE(one(QStringLiteral("SELECT filed_by FROM real_name_review WHERE ref = 'RN-APP-1'")), login("administrator"));
    // The import put both accounts under review, as the administrator's own role (schema 8's account guard).
    QCOMPARE(one(QStringLiteral("SELECT real_name_status FROM account WHERE login = 'app01'")),
             QStringLiteral("manual_pending"));
    QCOMPARE(one(QStringLiteral("SELECT real_name_status FROM account WHERE login = 'app02'")),
             QStringLiteral("manual_pending"));

    auto rev = AuthService::signIn(test::lastTestDatabaseUrl(), login("reviewer"), kPassword);
    QVERIFY2(rev, rev ? "" : qPrintable(rev.error().message));
    ReviewService reviewer(*rev);
    const qint64 first = one(QStringLiteral("SELECT id FROM real_name_review WHERE ref = 'RN-APP-1'")).toLongLong();
    const qint64 second = one(QStringLiteral("SELECT id FROM real_name_review WHERE ref = 'RN-APP-2'")).toLongLong();
    auto shown = reviewer.detail(first);
    QVERIFY2(shown, shown ? "" : qPrintable(shown.error().message));
    QVERIFY(shown->maskedFields().value(QStringLiteral("id_number")).toString().contains(QLatin1Char('*')));
    QVERIFY(reviewer.claim(first));
    auto approved = reviewer.approve(first);
    QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
    QCOMPARE(one(QStringLiteral("SELECT real_name_status || ' ' || id_number FROM account WHERE login = 'app01'")),
             QStringLiteral("verified_manual ") + number);
    QCOMPARE(one(QStringLiteral("SELECT phone FROM sms_outbox WHERE review_id = ?"), {first}),
             QStringLiteral("13900000021"));
    // The second account with the same number: refused, naming the holder.
    auto rev2 = AuthService::signIn(test::lastTestDatabaseUrl(), login("reviewer2"), kPassword);
    QVERIFY(rev2);
    ReviewService reviewer2(*rev2);
    QVERIFY(reviewer2.claim(second));
    auto refused = reviewer2.approve(second);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("app01")), qPrintable(refused.error().message));
    auto rejected = reviewer2.reject(second, {QStringLiteral("data_mismatch")}, QStringLiteral("该证件已绑定其他账号"),
                                     {{QStringLiteral("id_back"), QStringLiteral("not_signed"), {}}});
    QVERIFY2(rejected, rejected ? "" : qPrintable(rejected.error().message));
    QCOMPARE(one(QStringLiteral("SELECT real_name_status FROM account WHERE login = 'app02'")), QStringLiteral("failed"));
    QCOMPARE(one(QStringLiteral("SELECT phone FROM sms_outbox WHERE review_id = ?"), {second}),
             QStringLiteral("13900000022"));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('review.approve', 'review.reject') "
                                "AND staff_login IN (?, ?)"),
                 {login("reviewer"), login("reviewer2")}),
             QStringLiteral("2"));
}

void TestPgReviewSecurity::qaWorksAsStaffRolesAndNeverByTheDecider()
{
    // A supervisor decides a request (through the application, as their own role).
    QTemporaryDir files;
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("app03"), QStringLiteral("person"), QStringLiteral("张三")));
    const QJsonArray entries{test::personEntry(
        QStringLiteral("RN-APP-3"), QStringLiteral("app03"),
        test::personFields(test::residentId("11010519800303003"), "female", "1980-03-03", "13900000023"), {})};
    auto admin = AuthService::signIn(test::lastTestDatabaseUrl(), login("administrator"), kPassword);
    QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
    auto report = ReviewService(*admin).importJson(QJsonDocument(entries).toJson(), files.path());
    QVERIFY2(report && report->recorded == 1, report ? "refused" : qPrintable(report.error().message));
    // The administrators' share setting, as their own role.
    QVERIFY2(ReviewQaService(*admin).setSharePercent(100).ok(), "setting the QA share as an administrator");
    auto sup = AuthService::signIn(test::lastTestDatabaseUrl(), login("supervisor"), kPassword);
    QVERIFY2(sup, sup ? "" : qPrintable(sup.error().message));
    const qint64 id = one(QStringLiteral("SELECT id FROM real_name_review WHERE ref = 'RN-APP-3'")).toLongLong();
    ReviewService supervisorReviews(*sup);
    QVERIFY(supervisorReviews.claim(id));
    auto rejected = supervisorReviews.reject(id, {QStringLiteral("unclear_image")}, {});
    QVERIFY2(rejected, rejected ? "" : qPrintable(rejected.error().message));

    // The decider may not draw their own decision with plain SQL either.
    {
        QSqlDatabase self = connectAs(login("supervisor"));
        const Outcome drawOwn = run(self,
                                    QStringLiteral("INSERT INTO real_name_qa_sample (review_id, decision_id, "
                                                   "reviewer_login, sampled_by, sampled_at) SELECT review_id, id, 'x', "
                                                   "'x', now() FROM real_name_decision WHERE review_id = ?"),
                                    {QString::number(id)});
        QVERIFY(!drawOwn.ok);
        QCOMPARE(drawOwn.sqlState, QStringLiteral("42501"));
    }

    // Another supervisor draws every decision of these days (the share is 100 %) and judges them.
    auto sup2 = AuthService::signIn(test::lastTestDatabaseUrl(), login("supervisor2"), kPassword);
    QVERIFY2(sup2, sup2 ? "" : qPrintable(sup2.error().message));
    ReviewQaService qa2(*sup2);
    const QDate today = BusinessCalendar::toChinaTime(QDateTime::currentDateTimeUtc()).date();
    auto drawn = qa2.draw(today.addDays(-1), today.addDays(1));
    QVERIFY2(drawn, drawn ? "" : qPrintable(drawn.error().message));
    QVERIFY(!drawn->drawn.isEmpty());
    const QString sampleId = one(QStringLiteral("SELECT q.id FROM real_name_qa_sample q JOIN real_name_decision d ON "
                                                "d.id = q.decision_id WHERE d.review_id = ?"),
                                 {id});
    QVERIFY(!sampleId.isEmpty());
    QCOMPARE(one(QStringLiteral("SELECT sampled_by || ' ' || reviewer_login FROM real_name_qa_sample WHERE id = ?"),
                 {sampleId}),
             login("supervisor2") + QLatin1Char(' ') + login("supervisor"));
    auto listed = qa2.samples({});
    QVERIFY2(listed, listed ? "" : qPrintable(listed.error().message));
    bool found = false;
    for (const QaSample &s : std::as_const(*listed))
        if (QString::number(s.id) == sampleId) {
            found = true;
            QCOMPARE(s.ref, QStringLiteral("RN-APP-3"));
            QCOMPARE(s.accountLogin, QStringLiteral("app03"));
        }
    QVERIFY(found);

    // The deciding supervisor: refused by the application and, with plain SQL, by the server.
    auto own = ReviewQaService(*sup).recordVerdict(sampleId.toLongLong(), QaVerdict::Agree, {});
    QVERIFY(!own);
    QCOMPARE(own.error().code, Error::Code::PermissionDenied);
    QSqlDatabase decider = connectAs(login("supervisor"));
    const Outcome forged = run(decider, QStringLiteral("UPDATE real_name_qa_sample SET verdict = 'agree' WHERE id = ?"),
                               {sampleId});
    QVERIFY(!forged.ok);
    QCOMPARE(forged.sqlState, QStringLiteral("42501"));
    QCOMPARE(one(QStringLiteral("SELECT verdict FROM real_name_qa_sample WHERE id = ?"), {sampleId}),
             QStringLiteral("pending"));

    auto verdict = qa2.recordVerdict(sampleId.toLongLong(), QaVerdict::Disagree, QStringLiteral("图片清晰"));
    QVERIFY2(verdict, verdict ? "" : qPrintable(verdict.error().message));
    QCOMPARE(one(QStringLiteral("SELECT verdict FROM real_name_qa_sample WHERE id = ?"), {sampleId}),
             QStringLiteral("disagree"));
    QCOMPARE(one(QStringLiteral("SELECT staff_login FROM audit_log WHERE action = 'review.qa_verdict' AND entity_id = ?"),
                 {sampleId}),
             login("supervisor2"));
    // A verdict given is revised, never withdrawn: back to pending is refused by the server too.
    QSqlDatabase judge = connectAs(login("supervisor2"));
    const Outcome withdrawn = run(judge, QStringLiteral("UPDATE real_name_qa_sample SET verdict = 'pending' WHERE id = ?"),
                                  {sampleId});
    QVERIFY(!withdrawn.ok);
    QCOMPARE(withdrawn.sqlState, QStringLiteral("42501"));
    QCOMPARE(one(QStringLiteral("SELECT verdict FROM real_name_qa_sample WHERE id = ?"), {sampleId}),
             QStringLiteral("disagree"));
    // The decision stands.
    QCOMPARE(one(QStringLiteral("SELECT state FROM real_name_review WHERE id = ?"), {id}), QStringLiteral("rejected"));
    auto figures = qa2.figures();
    QVERIFY2(figures, figures ? "" : qPrintable(figures.error().message));
    bool counted = false;
    for (const QaReviewerFigures &f : std::as_const(*figures))
        if (f.reviewerLogin == login("supervisor")) {
            counted = true;
            QCOMPARE(f.disagreed, 1);
        }
    QVERIFY(counted);
}

QTEST_GUILESS_MAIN(TestPgReviewSecurity)
#include "tst_pgreviewsecurity.moc"
