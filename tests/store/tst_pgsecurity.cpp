// PostgreSQL enforces what the application forbids. Each staff role connects with its own credentials and plain
// SQL, as a staff member with psql would, tries every forbidden thing and must be refused by the server; the
// application's own work as those roles still goes through (resources/sql/postgresql/003_server_rules.sql).
#include "TestData.h"
#include "TestDatabase.h"
#include "PgRoleConnections.h"
#include "TestDocuments.h"
#include "FakeSmsGateway.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/PasswordHasher.h"
#include "store/StaffRepository.h"
#include "domain/Identifiers.h"
#include "workflow/AppealService.h"
#include "workflow/LookupService.h"
#include "workflow/SmsSender.h"
#include "workflow/Session.h"
#include "workflow/StaffService.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace desk;

namespace {
const QString kPassword = QStringLiteral("Secur1ty#Test");

using Outcome = test::SqlOutcome;
} // namespace

class TestPgSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ownershipAndRoleAttributes();
    void secretsAreUnreadable_data();
    void secretsAreUnreadable();
    void forbiddenStatements_data();
    void forbiddenStatements();
    void authorsComeFromTheServer();
    void auditRowsAreTheServers();
    void auditLockCannotBeHeld();
    void appealRulesHoldAgainstDirectSql();
    void selfDealingIsRefused();
    void smsOnlyFromTheDecision();
    void passwordHashOnlyThroughApproval();
    void approverCannotChooseThePassword();
    void mergesNeedASecondPairOfEyes();
    void documentsOpenThroughTheServer();
    void personalDataIsUnreadable_data();
    void personalDataIsUnreadable();
    void viewsMaskWhatIsNotHeld();
    void exactSearchAnswersIdsOnly();
    void revealIsAuditedByTheServer();
    void lookupAsAgentShowsMasks();
    void staffAdministrationIsNarrow();
    void disablingEndsSessionsAndSignIn();
    void applicationWorksAsStaffRoles();
    void upgradeTakesAwayWhatStaffHad();

private:
    QSqlDatabase connectAs(const QString &login, bool fresh = false);
    Outcome run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    QString one(const QString &sql, const QVariantList &values = {});
    qint64 fileAppealAs(const QString &login, const QString &phone);
    StaffMember addStaff(StaffRole role, const char *prefix);

    std::unique_ptr<Database> m_db; // the set-up role (superuser)
    QHash<QString, StaffMember> m_staff; // "agent", "reviewer", "reviewer2", "supervisor", "administrator"
    test::PgRoleConnections m_roles{kPassword, QStringLiteral("sec_")};
    qint64 m_accountId = 0;
    qint64 m_documentId = 0;
};

StaffMember TestPgSecurity::addStaff(StaffRole role, const char *prefix)
{
    StaffMember m;
    m.login = test::uniqueLogin(QString::fromLatin1(prefix));
    m.displayName = QStringLiteral("安全测试");
    m.role = role;
    if (const Status s = StaffRepository(*m_db).add(m, kPassword); !s)
        qFatal("adding staff failed: %s", qPrintable(s.error().message));
    return m;
}

QSqlDatabase TestPgSecurity::connectAs(const QString &login, bool fresh)
{
    return m_roles.connectAs(login, fresh);
}

Outcome TestPgSecurity::run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return test::PgRoleConnections::run(db, sql, values);
}

QString TestPgSecurity::one(const QString &sql, const QVariantList &values)
{
    auto q = m_db->exec(sql, values);
    if (!q)
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().message));
    const QString v = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return v;
}

qint64 TestPgSecurity::fileAppealAs(const QString &login, const QString &phone)
{
    QSqlDatabase db = connectAs(login);
    const Outcome o = run(db,
                          QStringLiteral("INSERT INTO appeal (appeal_type, applicant_name, id_number, phone, "
                                         "submitted_at, due_at, filed_by) VALUES ('person_recovery', '张三', ?, ?, "
                                         "now(), now() + interval '2 days', 'someone_else') RETURNING id"),
                          {test::residentId("11010519491231002"), phone});
    if (!o.ok)
        qFatal("filing as %s failed: %s", qPrintable(login), qPrintable(o.message));
    return o.message.toLongLong();
}

void TestPgSecurity::initTestCase()
{
    if (!test::usingPostgres())
        QSKIP("The server-side rules are PostgreSQL's; on SQLite the file permissions are the boundary "
              "(tst_database covers them).");
    m_db = test::openTestDatabase();
    m_staff.insert(QStringLiteral("agent"), addStaff(StaffRole::Agent, "sec_ag"));
    m_staff.insert(QStringLiteral("reviewer"), addStaff(StaffRole::Reviewer, "sec_rv"));
    m_staff.insert(QStringLiteral("reviewer2"), addStaff(StaffRole::Reviewer, "sec_rw"));
    m_staff.insert(QStringLiteral("supervisor"), addStaff(StaffRole::Supervisor, "sec_sv"));
    m_staff.insert(QStringLiteral("administrator"), addStaff(StaffRole::Administrator, "sec_ad"));

    test::AccountSeed seed = test::accountSeed(QStringLiteral("victim01"), QStringLiteral("person"),
                                               QStringLiteral("李四"));
    seed.idNumber = test::residentId("11010519491231002");
    seed.phone = QStringLiteral("13900000001");
    seed.realNameStatus = QStringLiteral("verified_national");
    m_accountId = test::insertAccount(*m_db, seed);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE account SET password_hash = '$scrypt$secret' WHERE id = ?"),
                       {m_accountId}));
    test::LegacySeed legacy;
    legacy.login = QStringLiteral("torch_victim");
    legacy.passwordHash = QStringLiteral("{SSHA}c2VjcmV0");
    test::insertLegacyAccount(*m_db, legacy);
    auto doc = m_db->exec(QStringLiteral("INSERT INTO document (owner_type, owner_id, kind, file_name, mime_type, "
                                         "size_bytes, sha256, content, uploaded_at) VALUES ('appeal', 0, 'id_front', "
                                         "'f.png', 'image/png', 3, 'x', ?, now()) RETURNING id"),
                          {QByteArray("PNG")});
    QVERIFY(doc && doc->next());
    m_documentId = doc->value(0).toLongLong();
    doc->finish();
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO sms_outbox (idempotency_key, phone, body, preview, created_at) "
                                      "VALUES ('k-secret', '13900000001', '新密码 Abc123', '新密码 ******', now())")));
}

void TestPgSecurity::cleanupTestCase()
{
    m_roles.closeAll();
}

void TestPgSecurity::ownershipAndRoleAttributes()
{
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                                "AND tableowner <> 'desk_owner'")),
             QStringLiteral("0"));
    QCOMPARE(one(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'desk_owner'")),
             QStringLiteral("false"));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                "WHERE n.nspname = 'public' AND p.prosecdef AND NOT EXISTS (SELECT 1 FROM "
                                "unnest(p.proconfig) c WHERE c LIKE 'search_path=%')")),
             QStringLiteral("0"));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                "WHERE n.nspname = 'public' AND p.proname LIKE 'desk\\_%' "
                                "AND has_function_privilege('public', p.oid, 'EXECUTE')")),
             QStringLiteral("0"));
    for (const StaffMember &m : std::as_const(m_staff)) {
        QCOMPARE(one(QStringLiteral("SELECT rolsuper OR rolcreaterole OR rolbypassrls OR rolcreatedb "
                                    "FROM pg_roles WHERE rolname = ?"),
                     {m.login}),
                 QStringLiteral("false"));
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM pg_roles r WHERE r.rolname LIKE 'pg\\_%' "
                                    "AND pg_has_role(?, r.oid, 'MEMBER')"),
                     {m.login}),
                 QStringLiteral("0"));
        QCOMPARE(one(QStringLiteral("SELECT pg_has_role(?, 'desk_sms_sender', 'MEMBER') "
                                    "OR pg_has_role(?, 'desk_owner', 'MEMBER') "
                                    "OR pg_has_role(?, 'desk_role_admin', 'MEMBER')"),
                     {m.login, m.login, m.login}),
                 QStringLiteral("false"));
    }
}

void TestPgSecurity::secretsAreUnreadable_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("sql");
    const QStringList roles{QStringLiteral("agent"), QStringLiteral("reviewer"), QStringLiteral("supervisor"),
                            QStringLiteral("administrator")};
    const QStringList statements{
        QStringLiteral("SELECT password_hash FROM account"),
        QStringLiteral("SELECT * FROM account"),
        QStringLiteral("SELECT id FROM account WHERE password_hash LIKE '$%'"),
        QStringLiteral("SELECT password_hash FROM legacy_account"),
        QStringLiteral("SELECT body FROM sms_outbox"),
        QStringLiteral("SELECT id FROM sms_outbox WHERE body LIKE '%密码%'"),
        QStringLiteral("SELECT password_hash FROM staff"),
        QStringLiteral("SELECT content FROM document"),
        QStringLiteral("SELECT * FROM audit_head"),
    };
    for (const QString &role : roles)
        for (const QString &sql : statements)
            QTest::addRow("%s: %s", qPrintable(role), qPrintable(sql)) << role << sql;
    QTest::addRow("agent: desk_document_open") << QStringLiteral("agent")
                                               << QStringLiteral("SELECT desk_document_open(id) FROM document");
    QTest::addRow("administrator: desk_document_open")
        << QStringLiteral("administrator") << QStringLiteral("SELECT desk_document_open(id) FROM document");
    QTest::addRow("reviewer: legacy digest") << QStringLiteral("reviewer")
                                             << QStringLiteral("SELECT desk_legacy_password_digest(id) FROM legacy_account");
}

void TestPgSecurity::secretsAreUnreadable()
{
    forbiddenStatements();
}

void TestPgSecurity::forbiddenStatements_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("sql");
    const QStringList roles{QStringLiteral("agent"), QStringLiteral("reviewer"), QStringLiteral("supervisor"),
                            QStringLiteral("administrator")};
    const QStringList statements{
        // the audit log
        QStringLiteral("INSERT INTO audit_log (id, created_at, staff_login, action, entity_type, prev_hash, hash) "
                       "VALUES (999, '2026-01-01T00:00:00.000Z', 'x', 'x', 'x', 'x', 'x')"),
        QStringLiteral("UPDATE audit_log SET action = 'x'"),
        QStringLiteral("DELETE FROM audit_log"),
        QStringLiteral("TRUNCATE audit_log"),
        QStringLiteral("UPDATE audit_head SET last_id = 0"),
        // secrets and what only decisions change
        QStringLiteral("UPDATE account SET password_hash = 'x' WHERE login = 'victim01'"),
        QStringLiteral("UPDATE account SET phone = '13700000000' WHERE login = 'victim01'"),
        QStringLiteral("UPDATE account SET real_name_status = 'failed' WHERE login = 'victim01'"),
        QStringLiteral("UPDATE account SET id_number = NULL WHERE login = 'victim01'"),
        // the SMS outbox
        QStringLiteral("INSERT INTO sms_outbox (idempotency_key, phone, body, created_at) "
                       "VALUES ('k-forged', '13700000000', 'any text', now())"),
        QStringLiteral("UPDATE sms_outbox SET phone = '13700000000'"),
        QStringLiteral("DELETE FROM sms_outbox"),
        // documents, history, notes, staff
        QStringLiteral("UPDATE document SET content = 'x'"),
        QStringLiteral("DELETE FROM document"),
        QStringLiteral("INSERT INTO account_event (account_id, occurred_at, kind, detail) "
                       "SELECT id, now(), 'appeal_approved', '{}' FROM account WHERE login = 'victim01'"),
        QStringLiteral("UPDATE account_event SET detail = 'x'"),
        QStringLiteral("DELETE FROM account_event"),
        QStringLiteral("UPDATE appeal_note SET body = 'x'"),
        QStringLiteral("DELETE FROM appeal_note"),
        QStringLiteral("UPDATE staff SET role = 'administrator'"),
        QStringLiteral("INSERT INTO staff (login, display_name, role, created_at) VALUES ('x', 'x', 'agent', now())"),
        QStringLiteral("DELETE FROM appeal"),
        QStringLiteral("UPDATE legacy_account SET password_hash = 'x'"),
        // the server itself
        QStringLiteral("COPY account (id) FROM PROGRAM 'id'"),
        QStringLiteral("COPY (SELECT 1) TO '/tmp/desk-escape'"),
        QStringLiteral("SELECT pg_read_file('/etc/passwd')"),
        QStringLiteral("GRANT pg_execute_server_program TO CURRENT_USER"),
        QStringLiteral("GRANT desk_sms_sender TO CURRENT_USER"),
        QStringLiteral("GRANT desk_administrator TO CURRENT_USER"),
        QStringLiteral("GRANT desk_owner TO CURRENT_USER"),
        QStringLiteral("ALTER ROLE CURRENT_USER CREATEROLE"),
        QStringLiteral("ALTER ROLE desk_setup PASSWORD 'taken0ver'"),
        QStringLiteral("ALTER ROLE desk_owner LOGIN"),
        QStringLiteral("CREATE ROLE desk_intruder LOGIN PASSWORD 'x'"),
        QStringLiteral("CREATE TABLE public.intruder (x int)"),
        QStringLiteral("CREATE FUNCTION public.desk_actor_role2() RETURNS text LANGUAGE sql AS 'SELECT 1::text'"),
        QStringLiteral("SELECT desk_staff_set_password('desk_setup', 'SCRAM-SHA-256$4096:YQ==$YQ==:YQ==')"),
        QStringLiteral("SELECT desk_carry_legacy_password(1, 1)"),
    };
    for (const QString &role : roles)
        for (const QString &sql : statements)
            QTest::addRow("%s: %s", qPrintable(role), qPrintable(sql.left(70))) << role << sql;
    // Staff administration is the administrators' alone.
    for (const char *role : {"agent", "reviewer", "supervisor"})
        QTest::addRow("%s: desk_staff_add", role)
            << QString::fromLatin1(role)
            << QStringLiteral("SELECT desk_staff_add('intruder_x', 'x', 'administrator', "
                              "'SCRAM-SHA-256$4096:YQ==$YQ==:YQ==')");
}

void TestPgSecurity::forbiddenStatements()
{
    QFETCH(QString, role);
    QFETCH(QString, sql);
    QSqlDatabase db = connectAs(m_staff.value(role).login);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    const Outcome o = run(db, sql);
    QVERIFY2(!o.ok, qPrintable(QStringLiteral("%1 could run: %2").arg(role, sql)));
    // Refused by the server for want of privilege: never a syntax error or a missing object that would pass for one.
    QVERIFY2(o.sqlState == QLatin1String("42501"), qPrintable(o.sqlState + QLatin1Char(' ') + o.message));
}

void TestPgSecurity::authorsComeFromTheServer()
{
    const QString agent = m_staff.value(QStringLiteral("agent")).login;
    const qint64 appealId = fileAppealAs(agent, QStringLiteral("13900000002"));
    QCOMPARE(one(QStringLiteral("SELECT filed_by FROM appeal WHERE id = ?"), {appealId}), agent);
    QSqlDatabase db = connectAs(agent);
    const QString someoneElse = m_staff.value(QStringLiteral("supervisor")).login;
    const Outcome note = run(db, QStringLiteral("INSERT INTO appeal_note (appeal_id, staff_login, created_at, body) "
                                                "VALUES (?, ?, '2020-01-01', 'forged') RETURNING id"),
                             {appealId, someoneElse});
    QVERIFY2(note.ok, qPrintable(note.message));
    QCOMPARE(one(QStringLiteral("SELECT staff_login FROM appeal_note WHERE id = ?"), {note.message}), agent);
    QVERIFY(one(QStringLiteral("SELECT created_at > now() - interval '1 hour' FROM appeal_note WHERE id = ?"),
                {note.message}) == QLatin1String("true"));
    const Outcome call = run(db, QStringLiteral("INSERT INTO account_event (account_id, occurred_at, kind, detail) "
                                                "VALUES (?, now(), 'call', '{}') RETURNING id"),
                             {m_accountId});
    QVERIFY2(call.ok, qPrintable(call.message));
    QCOMPARE(one(QStringLiteral("SELECT staff_login FROM account_event WHERE kind = 'call' ORDER BY id DESC LIMIT 1")),
             agent);
}

void TestPgSecurity::auditRowsAreTheServers()
{
    const QString reviewer = m_staff.value(QStringLiteral("reviewer")).login;
    QSqlDatabase db = connectAs(reviewer);
    const Outcome o = run(db, QStringLiteral("SELECT desk_audit_append(?, 'account.reveal', 'account', '1', NULL, "
                                             "'{\"reason\":\"test\"}')"),
                          {m_staff.value(QStringLiteral("supervisor")).login});
    QVERIFY2(o.ok, qPrintable(o.message));
    QCOMPARE(one(QStringLiteral("SELECT staff_login FROM audit_log WHERE id = ?"), {o.message}), reviewer);
    QCOMPARE(one(QStringLiteral("SELECT client_addr FROM audit_log WHERE id = ?"), {o.message}),
             QStringLiteral("127.0.0.1"));
    auto v = AuditLog(*m_db).verify();
    QVERIFY(v);
    QVERIFY2(v->ok, qPrintable(v->problem));
    // A row written past the server (possible only for the owner or a superuser) breaks the chain.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE audit_log SET staff_login = 'nobody' WHERE id = ?"), {o.message}));
    auto broken = AuditLog(*m_db).verify();
    QVERIFY(broken && !broken->ok);
    QCOMPARE(broken->firstBadId, o.message.toLongLong());
    QVERIFY(m_db->exec(QStringLiteral("UPDATE audit_log SET staff_login = ? WHERE id = ?"), {reviewer, o.message}));
}

void TestPgSecurity::auditLockCannotBeHeld()
{
    const QString agent = m_staff.value(QStringLiteral("agent")).login;
    QSqlDatabase holder = connectAs(agent, true);
    QVERIFY(run(holder, QStringLiteral("BEGIN")).ok);
    // The old advisory lock key, and any other, no longer guards the chain.
    QVERIFY(run(holder, QStringLiteral("SELECT pg_advisory_lock(7734201)")).ok);
    const Outcome lock = run(holder, QStringLiteral("LOCK TABLE audit_head IN ACCESS EXCLUSIVE MODE"));
    QVERIFY(!lock.ok);
    QCOMPARE(lock.sqlState, QStringLiteral("42501"));
    run(holder, QStringLiteral("ROLLBACK"));
    QVERIFY(run(holder, QStringLiteral("BEGIN")).ok);
    const Outcome row = run(holder, QStringLiteral("SELECT last_id FROM audit_head FOR UPDATE"));
    QVERIFY(!row.ok);
    QCOMPARE(row.sqlState, QStringLiteral("42501"));
    run(holder, QStringLiteral("ROLLBACK"));
    // While the agent still holds its advisory lock, others append.
    QSqlDatabase other = connectAs(m_staff.value(QStringLiteral("reviewer")).login);
    QVERIFY(run(other, QStringLiteral("SET statement_timeout = '5s'")).ok);
    const Outcome append = run(other, QStringLiteral("SELECT desk_audit_append(NULL, 'account.reveal', 'account', "
                                                     "'2', NULL, NULL)"));
    QVERIFY2(append.ok, qPrintable(append.message));
    run(holder, QStringLiteral("SELECT pg_advisory_unlock_all()"));
}

void TestPgSecurity::appealRulesHoldAgainstDirectSql()
{
    const QString agent = m_staff.value(QStringLiteral("agent")).login;
    const QString rev = m_staff.value(QStringLiteral("reviewer")).login;
    const QString rev2 = m_staff.value(QStringLiteral("reviewer2")).login;
    const QString sup = m_staff.value(QStringLiteral("supervisor")).login;
    const qint64 id = fileAppealAs(agent, QStringLiteral("13900000003"));
    QSqlDatabase a = connectAs(agent), r1 = connectAs(rev), r2 = connectAs(rev2), s = connectAs(sup);
    const QString claim = QStringLiteral("UPDATE appeal SET state = 'claimed', claimed_by = ?, claimed_at = now(), "
                                         "claim_expires_at = now() + interval '30 minutes' WHERE id = ?");
    const QString approve = QStringLiteral("UPDATE appeal SET state = 'approved', decided_by = ?, decided_at = now() "
                                           "WHERE id = ?");
    // Agents neither claim nor decide.
    QCOMPARE(run(a, claim, {agent, id}).sqlState, QStringLiteral("42501"));
    // A reviewer cannot claim in another's name.
    QCOMPARE(run(r1, claim, {rev2, id}).sqlState, QStringLiteral("42501"));
    QVERIFY(run(r1, claim, {rev, id}).ok);
    // Held: the other reviewer can neither take it nor decide it; the agent cannot decide it.
    QCOMPARE(run(r2, claim, {rev2, id}).sqlState, QStringLiteral("42501"));
    QCOMPARE(run(r2, approve, {rev2, id}).sqlState, QStringLiteral("42501"));
    QCOMPARE(run(a, approve, {agent, id}).sqlState, QStringLiteral("42501"));
    // The holder cannot sign the decision with another name, nor change what the citizen submitted.
    QCOMPARE(run(r1, approve, {rev2, id}).sqlState, QStringLiteral("42501"));
    QCOMPARE(run(r1, QStringLiteral("UPDATE appeal SET phone = '13700000000' WHERE id = ?"), {id}).sqlState,
             QStringLiteral("42501"));
    // Only a supervisor releases or reassigns another's claim.
    QCOMPARE(run(r2, QStringLiteral("UPDATE appeal SET state = 'new', claimed_by = NULL WHERE id = ?"), {id}).sqlState,
             QStringLiteral("42501"));
    QVERIFY(run(s, QStringLiteral("UPDATE appeal SET claimed_by = ?, claim_expires_at = now() + interval '30 minutes' "
                                  "WHERE id = ?"),
                {rev2, id})
                .ok);
    QCOMPARE(run(r1, approve, {rev, id}).sqlState, QStringLiteral("42501")); // no longer the holder
    // An expired claim decides nothing.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE appeal SET claim_expires_at = now() - interval '1 minute' WHERE id = ?"),
                       {id}));
    QCOMPARE(run(r2, approve, {rev2, id}).sqlState, QStringLiteral("42501"));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE appeal SET claim_expires_at = now() + interval '30 minutes' WHERE id = ?"),
                       {id}));
    const Outcome ok = run(r2, approve, {rev2, id});
    QVERIFY2(ok.ok, qPrintable(ok.message));
    QCOMPARE(one(QStringLiteral("SELECT state || ':' || decided_by FROM appeal WHERE id = ?"), {id}),
             QStringLiteral("approved:") + rev2);
}

void TestPgSecurity::selfDealingIsRefused()
{
    const QString rev = m_staff.value(QStringLiteral("reviewer")).login;
    const QString sup = m_staff.value(QStringLiteral("supervisor")).login;
    // A reviewer files an appeal "for a caller" and tries to take it.
    const qint64 id = fileAppealAs(rev, QStringLiteral("13900000004"));
    QCOMPARE(one(QStringLiteral("SELECT filed_by FROM appeal WHERE id = ?"), {id}), rev);
    QSqlDatabase r = connectAs(rev), s = connectAs(sup);
    const Outcome claim = run(r, QStringLiteral("UPDATE appeal SET state = 'claimed', claimed_by = ?, claimed_at = "
                                                "now(), claim_expires_at = now() + interval '30 minutes' WHERE id = ?"),
                              {rev, id});
    QCOMPARE(claim.sqlState, QStringLiteral("42501"));
    const Outcome assign = run(s, QStringLiteral("UPDATE appeal SET state = 'claimed', claimed_by = ?, claimed_at = "
                                                 "now(), claim_expires_at = now() + interval '30 minutes' WHERE id = ?"),
                               {rev, id});
    QCOMPARE(assign.sqlState, QStringLiteral("42501"));
    // Even holding it through the set-up role's mistake, the filer cannot decide it.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE appeal SET state = 'claimed', claimed_by = ?, "
                                      "claim_expires_at = now() + interval '30 minutes' WHERE id = ?"),
                       {rev, id}));
    QCOMPARE(run(r, QStringLiteral("UPDATE appeal SET state = 'approved', decided_by = ?, decided_at = now() "
                                   "WHERE id = ?"),
                 {rev, id})
                 .sqlState,
             QStringLiteral("42501"));
}

void TestPgSecurity::smsOnlyFromTheDecision()
{
    const QString agent = m_staff.value(QStringLiteral("agent")).login;
    const QString rev = m_staff.value(QStringLiteral("reviewer")).login;
    const qint64 id = fileAppealAs(agent, QStringLiteral("13900000005"));
    QSqlDatabase r = connectAs(rev);
    QVERIFY(run(r, QStringLiteral("UPDATE appeal SET state = 'claimed', claimed_by = ?, claimed_at = now(), "
                                  "claim_expires_at = now() + interval '30 minutes' WHERE id = ?"),
                {rev, id})
                .ok);
    const QString queue = QStringLiteral("INSERT INTO sms_outbox (idempotency_key, phone, body, preview, appeal_id, "
                                         "created_at) VALUES (?, ?, 'x', 'x', ?, now())");
    // Holding the appeal is not enough: no decision, no message.
    QCOMPARE(run(r, queue, {QStringLiteral("k1"), QStringLiteral("13900000005"), id}).sqlState, QStringLiteral("42501"));
    // A decision queues its message to the appeal's phone, and only there.
    QVERIFY(run(r, QStringLiteral("BEGIN")).ok);
    QVERIFY(run(r, QStringLiteral("UPDATE appeal SET state = 'rejected', decided_by = ?, decided_at = now() "
                                  "WHERE id = ?"),
                {rev, id})
                .ok);
    QVERIFY(run(r, queue, {QStringLiteral("k2"), QStringLiteral("13700000000"), id}).ok); // checked at commit
    const Outcome commit = run(r, QStringLiteral("COMMIT"));
    QVERIFY(!commit.ok);
    QCOMPARE(commit.sqlState, QStringLiteral("42501"));
    QCOMPARE(one(QStringLiteral("SELECT state FROM appeal WHERE id = ?"), {id}), QStringLiteral("claimed"));
    QVERIFY(run(r, QStringLiteral("BEGIN")).ok);
    QVERIFY(run(r, QStringLiteral("UPDATE appeal SET state = 'rejected', decided_by = ?, decided_at = now() "
                                  "WHERE id = ?"),
                {rev, id})
                .ok);
    QVERIFY(run(r, queue, {QStringLiteral("k3"), QStringLiteral("13900000005"), id}).ok);
    const Outcome good = run(r, QStringLiteral("COMMIT"));
    QVERIFY2(good.ok, qPrintable(good.message));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM sms_outbox WHERE appeal_id = ?"), {id}), QStringLiteral("1"));
}

void TestPgSecurity::approverCannotChooseThePassword()
{
    // A reviewer who approves with psql may clear the account's password, never set one: the new password is the
    // SMS service's to issue, and only for the message of that approval.
    const QString agent = m_staff.value(QStringLiteral("agent")).login;
    const QString rev = m_staff.value(QStringLiteral("reviewer")).login;
    test::AccountSeed seed = test::accountSeed(QStringLiteral("victim07"), QStringLiteral("person"),
                                               QStringLiteral("王五"));
    seed.idNumber = test::residentId("11010519770707007");
    const qint64 accountId = test::insertAccount(*m_db, seed);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE account SET password_hash = '$scrypt$old' WHERE id = ?"), {accountId}));
    const qint64 id = fileAppealAs(agent, QStringLiteral("13900000007"));
    QSqlDatabase r = connectAs(rev);
    QVERIFY(run(r, QStringLiteral("UPDATE appeal SET state = 'claimed', claimed_by = ?, claimed_at = now(), "
                                  "claim_expires_at = now() + interval '30 minutes' WHERE id = ?"),
                {rev, id})
                .ok);
    const QString approve = QStringLiteral("UPDATE appeal SET state = 'approved', account_id = ?, decided_by = ?, "
                                           "decided_at = now() WHERE id = ?");
    const auto attempt = [&](const QString &hash) {
        run(r, QStringLiteral("BEGIN"));
        const Outcome a = run(r, approve, {accountId, rev, id});
        if (!a.ok) {
            run(r, QStringLiteral("ROLLBACK"));
            return a;
        }
        run(r, hash.isEmpty() ? QStringLiteral("UPDATE account SET password_hash = NULL WHERE id = %1").arg(accountId)
                              : QStringLiteral("UPDATE account SET password_hash = '%1' WHERE id = %2").arg(hash).arg(accountId));
        return run(r, QStringLiteral("COMMIT"));
    };
    const Outcome chosen = attempt(QStringLiteral("$scrypt$known-to-the-reviewer"));
    QVERIFY(!chosen.ok);
    QCOMPARE(chosen.sqlState, QStringLiteral("42501"));
    QCOMPARE(one(QStringLiteral("SELECT password_hash FROM account WHERE id = ?"), {accountId}),
             QStringLiteral("$scrypt$old"));
    QCOMPARE(one(QStringLiteral("SELECT state FROM appeal WHERE id = ?"), {id}), QStringLiteral("claimed"));
    const Outcome cleared = attempt(QString());
    QVERIFY2(cleared.ok, qPrintable(cleared.message));
    QCOMPARE(one(QStringLiteral("SELECT coalesce(password_hash, 'none') FROM account WHERE id = ?"), {accountId}),
             QStringLiteral("none"));
    // Nor does the reviewer issue it through the SMS service's function.
    QCOMPARE(run(r, QStringLiteral("SELECT desk_sms_issue_password(1, '$scrypt$known')")).sqlState,
             QStringLiteral("42501"));
}

void TestPgSecurity::mergesNeedASecondPairOfEyes()
{
    // Schema 6 replaced the direct writes of schema 4 with desk_merge_request / desk_merge_decide (the merge rules
    // in full are tst_pgmergesecurity's); the four-eyes rule itself is unchanged.
    const QString agent = m_staff.value(QStringLiteral("agent")).login;
    const QString rev = m_staff.value(QStringLiteral("reviewer")).login;
    const QString sup = m_staff.value(QStringLiteral("supervisor")).login;
    const StaffMember sup2 = addStaff(StaffRole::Supervisor, "sec_sw");
    QSqlDatabase a = connectAs(agent), r = connectAs(rev), s1 = connectAs(sup), s2 = connectAs(sup2.login);
    test::AccountSeed twin = test::accountSeed(QStringLiteral("victim01_twin"), QStringLiteral("person"),
                                               QStringLiteral("李四"));
    const qint64 twinId = test::insertAccount(*m_db, twin);
    const QString request = QStringLiteral("SELECT desk_merge_request('merge', ?, ?, 'registered twice', NULL, NULL, "
                                           "'{}', ?)");
    // Agents request nothing; a request names its requester whatever the client says.
    QCOMPARE(run(a, request, {twinId, m_accountId, agent}).sqlState, QStringLiteral("42501"));
    const Outcome requested = run(r, request, {twinId, m_accountId, sup2.login});
    QVERIFY2(requested.ok, qPrintable(requested.message));
    const QString id = requested.message;
    QCOMPARE(one(QStringLiteral("SELECT requested_by FROM account_merge WHERE id = ?"), {id}), rev);
    QVERIFY(one(QStringLiteral("SELECT requested_at > now() - interval '1 minute' FROM account_merge WHERE id = ?"),
                {id}) == QLatin1String("true"));
    // Requests are not written by hand, not even as a request.
    QCOMPARE(run(r, QStringLiteral("INSERT INTO account_merge (source_account_id, target_account_id, state, "
                                   "requested_by, requested_at) VALUES (?, ?, 'requested', 'x', now())"),
                 {twinId, m_accountId})
                 .sqlState,
             QStringLiteral("42501"));
    const QString approve = QStringLiteral("SELECT desk_merge_decide(?, true, NULL, ?)");
    // The reviewer who asked cannot decide; nor can a supervisor sign for another, or change what was asked.
    QCOMPARE(run(r, approve, {id, rev}).sqlState, QStringLiteral("42501"));
    QCOMPARE(run(s1, QStringLiteral("UPDATE account_merge SET target_account_id = ? WHERE id = ?"), {twinId, id}).sqlState,
             QStringLiteral("42501"));
    // A supervisor's own request needs another supervisor.
    const Outcome own = run(s1, request, {m_accountId, twinId, sup});
    QVERIFY2(own.ok, qPrintable(own.message));
    QCOMPARE(run(s1, approve, {own.message, sup}).sqlState, QStringLiteral("42501"));
    const Outcome ok = run(s1, approve, {id, sup2.login});
    QVERIFY2(ok.ok, qPrintable(ok.message));
    QCOMPARE(one(QStringLiteral("SELECT state || ':' || approved_by FROM account_merge WHERE id = ?"), {id}),
             QStringLiteral("applied:") + sup);
    // The other request no longer executes (its source was merged meanwhile), but not for lack of a second pair of eyes.
    const Outcome second = run(s2, approve, {own.message, sup2.login});
    QCOMPARE(second.sqlState, QStringLiteral("55000"));
    // Projects and delegations do not move by hand.
    QCOMPARE(run(s1, QStringLiteral("UPDATE project SET account_id = ?"), {twinId}).sqlState, QStringLiteral("42501"));
    QCOMPARE(run(s1, QStringLiteral("UPDATE delegation SET person_id = ?"), {twinId}).sqlState, QStringLiteral("42501"));
}

void TestPgSecurity::passwordHashOnlyThroughApproval()
{
    for (const char *role : {"reviewer", "supervisor", "administrator"}) {
        QSqlDatabase db = connectAs(m_staff.value(QString::fromLatin1(role)).login);
        const Outcome o = run(db, QStringLiteral("UPDATE account SET password_hash = 'known', "
                                                 "must_change_password = false WHERE id = ?"),
                              {m_accountId});
        QVERIFY2(!o.ok, role);
        QCOMPARE(o.sqlState, QStringLiteral("42501"));
    }
    QCOMPARE(one(QStringLiteral("SELECT password_hash FROM account WHERE id = ?"), {m_accountId}),
             QStringLiteral("$scrypt$secret"));
}

void TestPgSecurity::documentsOpenThroughTheServer()
{
    const QString rev = m_staff.value(QStringLiteral("reviewer")).login;
    QSqlDatabase r = connectAs(rev);
    const Outcome o = run(r, QStringLiteral("SELECT encode(desk_document_open(?), 'escape')"), {m_documentId});
    QVERIFY2(o.ok, qPrintable(o.message));
    QCOMPARE(o.message, QStringLiteral("PNG"));
    QCOMPARE(one(QStringLiteral("SELECT staff_login FROM audit_log WHERE action = 'document.open' AND entity_id = ? "
                                "ORDER BY id DESC LIMIT 1"),
                 {QString::number(m_documentId)}),
             rev);
    QSqlDatabase a = connectAs(m_staff.value(QStringLiteral("agent")).login);
    QCOMPARE(run(a, QStringLiteral("SELECT desk_document_open(?)"), {m_documentId}).sqlState, QStringLiteral("42501"));
    // Metadata stays visible to every role: the agent sees that documents exist.
    QVERIFY(run(a, QStringLiteral("SELECT kind, size_bytes FROM document WHERE id = ?"), {m_documentId}).ok);
}

void TestPgSecurity::personalDataIsUnreadable_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("sql");
    const QStringList statements{
        QStringLiteral("SELECT id_number FROM account"),
        QStringLiteral("SELECT phone FROM account"),
        QStringLiteral("SELECT email FROM account"),
        QStringLiteral("SELECT legal_rep_id_number FROM account"),
        QStringLiteral("SELECT id FROM account WHERE id_number LIKE '110%'"),
        QStringLiteral("SELECT count(*) FROM account WHERE phone = '13900000001'"),
        QStringLiteral("SELECT id_number FROM legacy_account"),
        QStringLiteral("SELECT phone FROM legacy_account"),
        QStringLiteral("SELECT id_number FROM appeal"),
        QStringLiteral("SELECT phone FROM appeal"),
        QStringLiteral("SELECT payload FROM appeal"),
        QStringLiteral("SELECT * FROM appeal"),
        QStringLiteral("SELECT phone FROM sms_outbox"),
        QStringLiteral("SELECT * FROM desk_held_work"),
        // the search answers only the pairs it knows, and never a secret
        QStringLiteral("SELECT desk_find_ids('staff', 'password_hash', 'x')"),
        QStringLiteral("SELECT desk_find_ids('account', 'password_hash', 'x')"),
        QStringLiteral("SELECT desk_reveal('account', 1, 'password_hash', 'curious, really')"),
        QStringLiteral("SELECT desk_reveal('legacy_account', 1, 'phone', 'curious, really')"),
    };
    for (const char *role : {"agent", "reviewer", "supervisor"})
        for (const QString &sql : statements)
            QTest::addRow("%s: %s", role, qPrintable(sql.left(70))) << QString::fromLatin1(role) << sql;
    // Administrators' batch jobs read full values (docs/SECURITY.md), but no secret and nothing outside the pairs.
    QTest::addRow("administrator: appeal payload") << QStringLiteral("administrator")
                                                   << QStringLiteral("SELECT payload FROM appeal");
    QTest::addRow("administrator: find password") << QStringLiteral("administrator")
                                                  << QStringLiteral("SELECT desk_find_ids('account', 'password_hash', 'x')");
}

void TestPgSecurity::personalDataIsUnreadable()
{
    forbiddenStatements();
}

void TestPgSecurity::viewsMaskWhatIsNotHeld()
{
    const QString victimId = test::residentId("11010519491231002");
    const QString rev = m_staff.value(QStringLiteral("reviewer")).login;
    const QString rev2 = m_staff.value(QStringLiteral("reviewer2")).login;
    QSqlDatabase r1 = connectAs(rev), r2 = connectAs(rev2);
    // Earlier cases leave claims on appeals about the same person: close them, so that nobody holds anything.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE appeal SET state = 'withdrawn' WHERE state IN ('new', 'claimed', "
                                      "'waiting_for_user')")));
    const QString accountRead = QStringLiteral("SELECT id_number || '|' || phone FROM account_view WHERE id = ?");
    const QString masked = ids::maskIdNumber(victimId) + QLatin1Char('|') + ids::maskPhone(u"13900000001");
    for (const char *role : {"agent", "reviewer", "supervisor", "administrator"}) {
        QSqlDatabase db = connectAs(m_staff.value(QString::fromLatin1(role)).login);
        const Outcome o = run(db, accountRead, {m_accountId});
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(o.message, masked);
        // Comparing with the full value through the view finds nothing: only the mask is there to compare.
        QCOMPARE(run(db, QStringLiteral("SELECT count(*) FROM account_view WHERE id_number = ?"), {victimId}).message,
                 QStringLiteral("0"));
    }
    // The outbox: staff see where a message goes, masked; administrators (the SMS service's checks) in full.
    const QString outboxRead = QStringLiteral("SELECT phone FROM sms_outbox_view WHERE idempotency_key = 'k-secret'");
    QCOMPARE(run(r1, outboxRead).message, ids::maskPhone(u"13900000001"));
    QSqlDatabase ad = connectAs(m_staff.value(QStringLiteral("administrator")).login);
    QCOMPARE(run(ad, outboxRead).message, QStringLiteral("13900000001"));

    // An appeal about the victim's ID number, filed for a caller: masked until a reviewer claims it.
    const qint64 appealId = fileAppealAs(m_staff.value(QStringLiteral("agent")).login, QStringLiteral("13900000009"));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE appeal SET payload = ? WHERE id = ?"),
                       {QStringLiteral("{\"email\":\"lisi@example.cn\",\"reason\":\"换号\"}"), appealId}));
    const QString appealRead = QStringLiteral("SELECT id_number || '|' || phone || '|' || payload FROM appeal_view "
                                              "WHERE id = ?");
    Outcome before = run(r1, appealRead, {appealId});
    QVERIFY2(before.ok, qPrintable(before.message));
    QVERIFY(before.message.startsWith(ids::maskIdNumber(victimId) + QLatin1Char('|') + ids::maskPhone(u"13900000009")));
    QVERIFY2(before.message.contains(QStringLiteral("l***@example.cn")), qPrintable(before.message));
    QVERIFY(!before.message.contains(QStringLiteral("lisi@")));

    QVERIFY(run(r1, QStringLiteral("UPDATE appeal SET state = 'claimed', claimed_by = ?, claimed_at = now(), "
                                   "claim_expires_at = now() + interval '30 minutes' WHERE id = ?"),
                {rev, appealId})
                .ok);
    // The holder sees what the citizen submitted, and the account that shares its ID number, in full ...
    Outcome held = run(r1, appealRead, {appealId});
    QVERIFY(held.message.startsWith(victimId + QStringLiteral("|13900000009|")));
    QVERIFY(held.message.contains(QStringLiteral("lisi@example.cn")));
    QCOMPARE(run(r1, accountRead, {m_accountId}).message, victimId + QStringLiteral("|13900000001"));
    // ... nobody else does ...
    QVERIFY(run(r2, appealRead, {appealId}).message.startsWith(ids::maskIdNumber(victimId)));
    QCOMPARE(run(r2, accountRead, {m_accountId}).message, masked);
    // ... and the holder no longer does once the claim has expired.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE appeal SET claim_expires_at = now() - interval '1 minute' WHERE id = ?"),
                       {appealId}));
    QVERIFY(run(r1, appealRead, {appealId}).message.startsWith(ids::maskIdNumber(victimId)));
    QCOMPARE(run(r1, accountRead, {m_accountId}).message, masked);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE appeal SET state = 'withdrawn' WHERE id = ?"), {appealId}));
}

void TestPgSecurity::exactSearchAnswersIdsOnly()
{
    const QString victimId = test::residentId("11010519491231002");
    for (const char *role : {"agent", "reviewer", "supervisor", "administrator"}) {
        QSqlDatabase db = connectAs(m_staff.value(QString::fromLatin1(role)).login);
        const Outcome byId = run(db,
                                 QStringLiteral("SELECT login FROM account_view WHERE id = ANY "
                                                "(desk_find_ids('account', 'id_number', ?, NULL, NULL))"),
                                 {victimId});
        QVERIFY2(byId.ok, qPrintable(byId.message));
        QCOMPARE(byId.message, QStringLiteral("victim01"));
        const Outcome byPhone = run(db,
                                    QStringLiteral("SELECT count(*) FROM account_view WHERE id = ANY "
                                                   "(desk_find_ids('account', 'phone', ?, NULL, NULL))"),
                                    {QStringLiteral("13900000001")});
        QCOMPARE(byPhone.message, QStringLiteral("1"));
        // Exact only: a prefix or a pattern finds nothing.
        QCOMPARE(run(db, QStringLiteral("SELECT cardinality(desk_find_ids('account', 'id_number', ?, NULL, NULL))"),
                     {QString(victimId.left(6) + QLatin1Char('%'))})
                     .message,
                 QStringLiteral("0"));
    }
}

void TestPgSecurity::revealIsAuditedByTheServer()
{
    const QString agent = m_staff.value(QStringLiteral("agent")).login;
    QSqlDatabase a = connectAs(agent);
    const QString before = one(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'account.reveal'"));
    // No reason, no value.
    QCOMPARE(run(a, QStringLiteral("SELECT desk_reveal('account', ?, 'phone', ' ')"), {m_accountId}).sqlState,
             QStringLiteral("22023"));
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'account.reveal'")), before);
    const Outcome o = run(a, QStringLiteral("SELECT desk_reveal('account', ?, 'phone', ?)"),
                          {m_accountId, QStringLiteral("来电核实 #4711")});
    QVERIFY2(o.ok, qPrintable(o.message));
    QCOMPARE(o.message, QStringLiteral("13900000001"));
    QCOMPARE(one(QStringLiteral("SELECT staff_login || '|' || entity_id || '|' || (after_json::jsonb ->> 'field') "
                                "|| '|' || (after_json::jsonb ->> 'reason') FROM audit_log "
                                "WHERE action = 'account.reveal' ORDER BY id DESC LIMIT 1")),
             agent + QLatin1Char('|') + QString::number(m_accountId) + QStringLiteral("|phone|来电核实 #4711"));
    // A reveal that the transaction rolls back leaves no value without its row: the row goes with it, and so
    // does nothing else; the chain stays whole.
    auto v = AuditLog(*m_db).verify();
    QVERIFY(v && v->ok);
}

void TestPgSecurity::lookupAsAgentShowsMasks()
{
    // The application as an agent: the look-up finds by exact ID number and phone, shows masks, and a reveal
    // returns the value with the server's audit row.
    const QString victimId = test::residentId("11010519491231002");
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), m_staff.value(QStringLiteral("agent")).login,
                                       kPassword);
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    LookupService lookup(*session);
    for (const QString &input : {victimId, QStringLiteral("13900000001")}) {
        auto rows = lookup.find(input);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().login, QStringLiteral("victim01"));
        QCOMPARE(rows->first().idNumber, ids::maskIdNumber(victimId));
        QCOMPARE(rows->first().phone, ids::maskPhone(u"13900000001"));
    }
    auto detail = lookup.detail(m_accountId);
    QVERIFY(detail);
    QCOMPARE(detail->account.idNumber, ids::maskIdNumber(victimId));
    const QString rows = one(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'account.reveal'"));
    auto revealed = lookup.reveal(m_accountId, LookupService::PersonalField::IdNumber, QStringLiteral("caller verified by PIN"));
    QVERIFY2(revealed, revealed ? "" : qPrintable(revealed.error().message));
    QCOMPARE(*revealed, victimId);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'account.reveal'")).toInt(),
             rows.toInt() + 1);
    QCOMPARE(one(QStringLiteral("SELECT staff_login FROM audit_log ORDER BY id DESC LIMIT 1")),
             m_staff.value(QStringLiteral("agent")).login);
}

void TestPgSecurity::staffAdministrationIsNarrow()
{
    const QString admin = m_staff.value(QStringLiteral("administrator")).login;
    QSqlDatabase ad = connectAs(admin);
    const QString verifier = crypto::scramSha256Verifier(QStringLiteral("N3w#Passw0rd"));
    // Only IdentityDesk staff roles: never the set-up role, the owner, or the function owner.
    for (const char *target : {"desk_setup", "desk_owner", "desk_role_admin", "postgres"})
        QCOMPARE(run(ad, QStringLiteral("SELECT desk_staff_set_password(?, ?)"), {QString::fromLatin1(target), verifier})
                     .sqlState,
                 QStringLiteral("42501"));
    QCOMPARE(run(ad, QStringLiteral("SELECT desk_staff_set_active('desk_setup', false)")).sqlState,
             QStringLiteral("42501"));
    // A login that would shadow a system role is refused, as is a clear-text password.
    QVERIFY(!run(ad, QStringLiteral("SELECT desk_staff_add('pg_monitor2', 'x', 'agent', ?)"), {verifier}).ok);
    QVERIFY(!run(ad, QStringLiteral("SELECT desk_staff_add('plain_pw', 'x', 'agent', 'clear text')")).ok);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('pg_monitor2', 'plain_pw')")),
             QStringLiteral("0"));
    // Through the application: add, rename, reset a password; each audited under the administrator.
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), admin, kPassword);
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    StaffMember m;
    m.login = test::uniqueLogin(QStringLiteral("sec_new"));
    m.displayName = QStringLiteral("新同事");
    m.role = StaffRole::Reviewer;
    StaffService service(*session);
    QVERIFY(service.addStaff(m, QStringLiteral("Fresh#2026pw")));
    QVERIFY(service.renameStaff(m.login, QStringLiteral("新同事 王")));
    QVERIFY(service.resetStaffPassword(m.login, QStringLiteral("Reset#2026pw")));
    QCOMPARE(one(QStringLiteral("SELECT string_agg(action || '@' || staff_login, ',' ORDER BY id) FROM audit_log "
                                "WHERE entity_type = 'staff' AND entity_id = ?"),
                 {m.login}),
             QStringLiteral("staff.add@%1,staff.rename@%1,staff.password@%1").arg(admin));
    QCOMPARE(one(QStringLiteral("SELECT display_name FROM staff WHERE login = ?"), {m.login}), QStringLiteral("新同事 王"));
    QVERIFY(AuthService::signIn(test::lastTestDatabaseUrl(), m.login, QStringLiteral("Reset#2026pw")));
    QVERIFY(!AuthService::signIn(test::lastTestDatabaseUrl(), m.login, QStringLiteral("Fresh#2026pw")));
    QCOMPARE(one(QStringLiteral("SELECT rolcreaterole FROM pg_roles WHERE rolname = ?"), {admin}), QStringLiteral("false"));
}

void TestPgSecurity::disablingEndsSessionsAndSignIn()
{
    const QString admin = m_staff.value(QStringLiteral("administrator")).login;
    StaffMember victim = addStaff(StaffRole::Agent, "sec_off");
    QSqlDatabase open = connectAs(victim.login, true);
    QVERIFY(run(open, QStringLiteral("SELECT 1")).ok);
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), admin, kPassword);
    QVERIFY(session);
    QVERIFY(StaffService(*session).setStaffActive(victim.login, false));
    QCOMPARE(one(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {victim.login}),
             QStringLiteral("false"));
    // The open session was ended, and no new one starts.
    QTRY_VERIFY_WITH_TIMEOUT(!run(open, QStringLiteral("SELECT 1")).ok, 5000);
    QSqlDatabase again = connectAs(victim.login, true);
    QVERIFY(!again.isOpen());
    QVERIFY(!AuthService::signIn(test::lastTestDatabaseUrl(), victim.login, kPassword));
    // An administrator cannot disable themself (nobody would be left to undo it).
    QVERIFY(!StaffService(*session).setStaffActive(admin, false));
    QVERIFY(StaffService(*session).setStaffActive(victim.login, true));
    QVERIFY(AuthService::signIn(test::lastTestDatabaseUrl(), victim.login, kPassword));
    QCOMPARE(one(QStringLiteral("SELECT string_agg(action, ',' ORDER BY id) FROM audit_log "
                                "WHERE entity_type = 'staff' AND entity_id = ? AND staff_login = ?"),
                 {victim.login, admin}),
             QStringLiteral("staff.disable,staff.enable"));
}

void TestPgSecurity::applicationWorksAsStaffRoles()
{
    // The help desk files, a reviewer claims and approves: all as their own database roles.
    const QString phone = QStringLiteral("13900000006");
    test::AccountSeed seed = test::accountSeed(QStringLiteral("caller06"), QStringLiteral("person"),
                                               QStringLiteral("张三"));
    seed.idNumber = test::residentId("11010519800101001");
    seed.phone = QStringLiteral("13800000006");
    seed.realNameStatus = QStringLiteral("verified_national");
    const qint64 accountId = test::insertAccount(*m_db, seed);

    auto agentSession = AuthService::signIn(test::lastTestDatabaseUrl(), m_staff.value(QStringLiteral("agent")).login,
                                            kPassword);
    QVERIFY2(agentSession, agentSession ? "" : qPrintable(agentSession.error().message));
    AppealSubmission s;
    s.type = QStringLiteral("person_recovery");
    s.fields = QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")},
                           {QStringLiteral("identity_region"), QStringLiteral("mainland")},
                           {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                           {QStringLiteral("id_number"), seed.idNumber},
                           {QStringLiteral("phone"), phone}};
    s.documents = {{QStringLiteral("id_front"), QStringLiteral("front.png"), test::picture("PNG", Qt::red)},
                   {QStringLiteral("id_back"), QStringLiteral("back.jpg"), test::picture("JPG", Qt::blue)}};
    auto filed = AppealService(*agentSession).file(s);
    QVERIFY2(filed, filed ? "" : qPrintable(filed.error().message));

    // Release every other open appeal of this test so that "next" is this one.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE appeal SET state = 'withdrawn' WHERE id <> ? AND state IN ('new', "
                                      "'claimed', 'waiting_for_user')"),
                       {*filed}));
    const QString rev = m_staff.value(QStringLiteral("reviewer")).login;
    auto revSession = AuthService::signIn(test::lastTestDatabaseUrl(), rev, kPassword);
    QVERIFY(revSession);
    AppealService reviewer(*revSession);
    auto claimed = reviewer.claimNext();
    QVERIFY2(claimed, claimed ? "" : qPrintable(claimed.error().message));
    QCOMPARE(claimed->id, *filed);
    auto doc = reviewer.review(*filed);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    QVERIFY(!doc->documents.isEmpty());
    auto bytes = reviewer.documentContent(doc->documents.first().id);
    QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error().message));
    QVERIFY(bytes->startsWith("\x89PNG"));
    const Status approved = reviewer.approve(*filed, accountId, claimed->version);
    QVERIFY2(approved, approved ? "" : qPrintable(approved.error().message));
    QCOMPARE(one(QStringLiteral("SELECT state || ':' || decided_by FROM appeal WHERE id = ?"), {*filed}),
             QStringLiteral("approved:") + rev);
    QCOMPARE(one(QStringLiteral("SELECT phone FROM sms_outbox WHERE appeal_id = ?"), {*filed}), phone);
    QCOMPARE(one(QStringLiteral("SELECT phone FROM account WHERE id = ?"), {accountId}), phone);
    // The approval cleared the password; the SMS service issues the new one when it delivers, under a login of its
    // own that is not staff.
    QCOMPARE(one(QStringLiteral("SELECT coalesce(password_hash, 'none') FROM account WHERE id = ?"), {accountId}),
             QStringLiteral("none"));
    const QString service = test::uniqueLogin(QStringLiteral("sec_svc"));
    {
        QSqlQuery create(*m_db->connection()); // a utility statement: not prepared
        QVERIFY2(create.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE desk_sms_sender")
                                 .arg(service, crypto::scramSha256Verifier(kPassword))),
                 qPrintable(create.lastError().text()));
    }
    DatabaseUrl serviceUrl = test::lastTestDatabaseUrl();
    serviceUrl.user = service;
    auto serviceSession = AuthService::signInForCli(serviceUrl, kPassword, Database::SchemaPolicy::RequireCurrent);
    QVERIFY2(serviceSession, serviceSession ? "" : qPrintable(serviceSession.error().message));
    test::FakeSmsGateway gateway;
    QVERIFY(gateway.start());
    SmsSender::Config config;
    config.gatewayUrl = gateway.url();
    config.allowPlainHttpForLoopback = true;
    auto report = SmsSender(*serviceSession, config).deliverOnce();
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY(report->sent >= 1);
    const QString hash = one(QStringLiteral("SELECT password_hash FROM account WHERE id = ?"), {accountId});
    QVERIFY(hash.startsWith(QStringLiteral("$scrypt$")));
    bool delivered = false;
    for (const auto &request : gateway.requests()) {
        const QString text = request.json.value(QStringLiteral("text")).toString();
        const qsizetype at = text.indexOf(QStringLiteral("新密码："));
        if (at < 0 || !text.contains(QStringLiteral("caller06")))
            continue;
        const QString password = text.mid(at + 4).section(QChar(0x3002), 0, 0); // up to "。"
        QVERIFY2(crypto::verifyPassword(password, hash), qPrintable(password));
        delivered = true;
    }
    QVERIFY(delivered);
    QCOMPARE(one(QStringLiteral("SELECT staff_login FROM audit_log WHERE action = 'account.password_issued' "
                                "AND entity_id = ? ORDER BY id DESC LIMIT 1"),
                 {QString::number(accountId)}),
             service);
    QCOMPARE(one(QStringLiteral("SELECT count(*) FROM audit_log WHERE staff_login = ? AND action = 'document.open' "
                                "AND entity_id = ?"),
                 {rev, QString::number(doc->documents.first().id)}),
             QStringLiteral("1"));
    auto v = AuditLog(*m_db).verify();
    QVERIFY(v && v->ok);
}

void TestPgSecurity::upgradeTakesAwayWhatStaffHad()
{
    // A database of schema 2, whose administrator got CREATEROLE from the old "staff add" and was granted a
    // predefined role and the SMS sender role by hand, is upgraded: the server takes all of it away.
    const DatabaseUrl setupUrl = test::lastTestDatabaseUrl();
    const QString name = QStringLiteral("desk_up_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    QVERIFY(m_db->exec(QStringLiteral("SELECT 1")));
    {
        QSqlQuery create(*m_db->connection());
        QVERIFY2(create.exec(QStringLiteral("CREATE DATABASE ") + name), qPrintable(create.lastError().text()));
    }
    DatabaseUrl url = setupUrl;
    url.database = name;
    const QString oldAdmin = test::uniqueLogin(QStringLiteral("old_adm"));
    {
        Database old(url, test::adminPassword());
        auto conn = old.connection();
        QVERIFY(conn);
        QSqlQuery q(*conn);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")));
        for (const char *file : {"001_initial.sql", "002_appeal_queue.sql"}) {
            QFile f(QStringLiteral(":/sql/postgresql/") + QLatin1String(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const QString &statement : QString::fromUtf8(f.readAll()).split(QStringLiteral("\n;--\n")))
                if (!statement.trimmed().isEmpty())
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (1, 'x'), (2, 'x')")));
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2' IN ROLE desk_administrator")
                           .arg(oldAdmin, crypto::scramSha256Verifier(kPassword))));
        QVERIFY(q.exec(QStringLiteral("GRANT pg_read_server_files, desk_sms_sender TO ") + oldAdmin));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO staff (login, display_name, role, active, created_at) "
                                      "VALUES ('%1', '老管理员', 'administrator', TRUE, now())")
                           .arg(oldAdmin)));
        QVERIFY(old.ensureSchema(Database::SchemaPolicy::Migrate));
        auto version = old.schemaVersion();
        QVERIFY(version);
        QCOMPARE(*version, Database::latestSchemaVersion());
        old.closeThreadConnection();
    }
    QCOMPARE(one(QStringLiteral("SELECT rolcreaterole FROM pg_roles WHERE rolname = ?"), {oldAdmin}),
             QStringLiteral("false"));
    QCOMPARE(one(QStringLiteral("SELECT pg_has_role(?, 'pg_read_server_files', 'MEMBER') "
                                "OR pg_has_role(?, 'desk_sms_sender', 'MEMBER')"),
                 {oldAdmin, oldAdmin}),
             QStringLiteral("false"));
    QCOMPARE(one(QStringLiteral("SELECT pg_has_role(?, 'desk_administrator', 'MEMBER')"), {oldAdmin}),
             QStringLiteral("true"));
}

QTEST_GUILESS_MAIN(TestPgSecurity)
#include "tst_pgsecurity.moc"
