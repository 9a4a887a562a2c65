// Staff sign-in and roles: hashes on SQLite, database roles on PostgreSQL, permission checks in one place.
#include "TestDatabase.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/PasswordHasher.h"
#include "store/StaffRepository.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/StaffService.h"

#include <QSqlQuery>
#include <QTest>

using namespace desk;

class TestStaffAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hashesAreSaltedScrypt();
    void scramVerifierHasPostgresFormat();
    void randomPasswordsMeetPolicy();
    void signInWithRightPassword();
    void wrongPasswordIsRefused();
    void unknownStaffIsRefused();
    void administratorAddsStaffWithAudit();
    void nonAdministratorCannotAddStaff();
    void duplicateAndBadLoginsAreRefused();
    void permissionsTable_data();
    void permissionsTable();
    void postgresRolesCarryTheGrants();

private:
    StaffMember addDirect(Database &db, StaffRole role, const QString &password);
};

StaffMember TestStaffAuth::addDirect(Database &db, StaffRole role, const QString &password)
{
    StaffMember m;
    m.login = test::uniqueLogin(QStringLiteral("st"));
    m.displayName = QStringLiteral("测试人员");
    m.role = role;
    const Status s = StaffRepository(db).add(m, password);
    if (!s)
        qFatal("adding staff failed: %s", qPrintable(s.error().message));
    return m;
}

void TestStaffAuth::hashesAreSaltedScrypt()
{
    const QString a = crypto::hashPassword(QStringLiteral("Desk#2026pw"));
    const QString b = crypto::hashPassword(QStringLiteral("Desk#2026pw"));
    QVERIFY(a.startsWith(QStringLiteral("$scrypt$ln=15,r=8,p=1$")));
    QVERIFY(a != b); // salted
    QVERIFY(crypto::verifyPassword(QStringLiteral("Desk#2026pw"), a));
    QVERIFY(!crypto::verifyPassword(QStringLiteral("Desk#2026pW"), a));
    QVERIFY(!crypto::verifyPassword(QStringLiteral("Desk#2026pw"), QStringLiteral("$scrypt$ln=99,r=8,p=1$AA==$AA==")));
    QVERIFY(!a.contains(QStringLiteral("Desk#2026pw")));
}

void TestStaffAuth::scramVerifierHasPostgresFormat()
{
    const QString v = crypto::scramSha256Verifier(QStringLiteral("Desk#2026pw"));
    // SCRAM-SHA-256$4096:<salt>$<StoredKey>:<ServerKey>
    QVERIFY(v.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
    const QStringList parts = v.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 3);
    const QStringList keys = parts[2].split(QLatin1Char(':'));
    QCOMPARE(keys.size(), 2);
    QCOMPARE(QByteArray::fromBase64(keys[0].toLatin1()).size(), 32);
    QCOMPARE(QByteArray::fromBase64(keys[1].toLatin1()).size(), 32);
}

void TestStaffAuth::randomPasswordsMeetPolicy()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString p = crypto::randomPassword(12);
        QCOMPARE(p.size(), 12);
        bool upper = false, lower = false, digit = false, symbol = false;
        for (QChar c : p) {
            upper |= c.isUpper();
            lower |= c.isLower();
            digit |= c.isDigit();
            symbol |= !c.isLetterOrNumber();
        }
        QVERIFY2(upper && lower && digit && symbol, qPrintable(p));
        seen.insert(p);
    }
    QCOMPARE(seen.size(), 200);
}

void TestStaffAuth::signInWithRightPassword()
{
    auto db = test::openTestDatabase();
    const StaffMember m = addDirect(*db, StaffRole::Reviewer, QStringLiteral("Rev!ew2026"));
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), m.login, QStringLiteral("Rev!ew2026"));
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    QCOMPARE((*session)->staff().login, m.login);
    QCOMPARE((*session)->staff().role, StaffRole::Reviewer);
    QCOMPARE((*session)->auditActor(), m.login);
    if (test::usingPostgres()) {
        auto user = StaffRepository((*session)->database()).currentDatabaseUser();
        QVERIFY(user.ok());
        QCOMPARE(*user, m.login); // signed in with the staff member's own role, not a shared one
        auto hash = StaffRepository(*db).passwordHash(m.login);
        QVERIFY(hash.ok() && hash->isEmpty()); // the server keeps the verifier, not our table
    } else {
        auto hash = StaffRepository(*db).passwordHash(m.login);
        QVERIFY(hash.ok() && hash->startsWith(QStringLiteral("$scrypt$")));
    }
}

void TestStaffAuth::wrongPasswordIsRefused()
{
    auto db = test::openTestDatabase();
    const StaffMember m = addDirect(*db, StaffRole::Agent, QStringLiteral("Agent#2026"));
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), m.login, QStringLiteral("Agent#2025"));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, Error::Code::AuthFailed);
    QVERIFY(!session.error().message.contains(QStringLiteral("Agent#2025")));
    auto empty = AuthService::signIn(test::lastTestDatabaseUrl(), m.login, QString());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, Error::Code::InvalidInput);
}

void TestStaffAuth::unknownStaffIsRefused()
{
    auto db = test::openTestDatabase();
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), QStringLiteral("nobody_here"),
                                       QStringLiteral("Whatever#1"));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, Error::Code::AuthFailed);
}

void TestStaffAuth::administratorAddsStaffWithAudit()
{
    auto db = test::openTestDatabase();
    const StaffMember admin = addDirect(*db, StaffRole::Administrator, QStringLiteral("Adm1n#2026"));
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), admin.login, QStringLiteral("Adm1n#2026"));
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    StaffMember agent;
    agent.login = test::uniqueLogin(QStringLiteral("agent"));
    agent.displayName = QStringLiteral("客服 王");
    agent.role = StaffRole::Agent;
    const Status s = StaffService(*session).addStaff(agent, QStringLiteral("Agent#2026x"));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    auto trail = AuditLog(*db).forEntity(QStringLiteral("staff"), agent.login);
    QVERIFY(trail.ok());
    QCOMPARE(trail->size(), 1);
    QCOMPARE(trail->first().staffLogin, admin.login);
    QCOMPARE(trail->first().action, QStringLiteral("staff.add"));
    QVERIFY(!trail->first().afterJson.contains(QStringLiteral("Agent#2026x")));
    auto again = AuthService::signIn(test::lastTestDatabaseUrl(), agent.login, QStringLiteral("Agent#2026x"));
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE((*again)->staff().role, StaffRole::Agent);

    StaffMember weak = agent;
    weak.login = test::uniqueLogin(QStringLiteral("weak"));
    const Status w = StaffService(*session).addStaff(weak, QStringLiteral("password"));
    QVERIFY(!w.ok());
    QCOMPARE(w.error().code, Error::Code::InvalidInput);
}

void TestStaffAuth::nonAdministratorCannotAddStaff()
{
    auto db = test::openTestDatabase();
    const StaffMember sup = addDirect(*db, StaffRole::Supervisor, QStringLiteral("Sup#2026pw"));
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), sup.login, QStringLiteral("Sup#2026pw"));
    QVERIFY(session.ok());
    StaffMember m;
    m.login = test::uniqueLogin(QStringLiteral("x"));
    m.displayName = QStringLiteral("X");
    const Status s = StaffService(*session).addStaff(m, QStringLiteral("Xyz#2026pw"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::PermissionDenied);
    auto taken = StaffRepository(*db).loginTaken(m.login);
    QVERIFY(taken.ok());
    QVERIFY(!*taken);
}

void TestStaffAuth::duplicateAndBadLoginsAreRefused()
{
    auto db = test::openTestDatabase();
    const StaffMember m = addDirect(*db, StaffRole::Agent, QStringLiteral("Agent#2026"));
    StaffMember dup = m;
    const Status s = StaffRepository(*db).add(dup, QStringLiteral("Agent#2026"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Conflict);
    StaffMember bad;
    bad.login = QStringLiteral("Robert'); DROP TABLE staff;--");
    bad.displayName = QStringLiteral("x");
    const Status b = StaffRepository(*db).add(bad, QStringLiteral("Agent#2026"));
    QVERIFY(!b.ok());
    QCOMPARE(b.error().code, Error::Code::InvalidInput);
}

void TestStaffAuth::permissionsTable_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("agent looks up") << int(StaffRole::Agent) << int(Action::LookupAccounts) << true;
    QTest::newRow("agent reveals") << int(StaffRole::Agent) << int(Action::RevealPersonalData) << true;
    QTest::newRow("agent manages staff") << int(StaffRole::Agent) << int(Action::ManageStaff) << false;
    QTest::newRow("reviewer verifies audit") << int(StaffRole::Reviewer) << int(Action::VerifyAuditLog) << false;
    QTest::newRow("supervisor reads audit") << int(StaffRole::Supervisor) << int(Action::ViewAuditLog) << true;
    QTest::newRow("supervisor manages staff") << int(StaffRole::Supervisor) << int(Action::ManageStaff) << false;
    QTest::newRow("admin manages staff") << int(StaffRole::Administrator) << int(Action::ManageStaff) << true;
    QTest::newRow("admin verifies audit") << int(StaffRole::Administrator) << int(Action::VerifyAuditLog) << true;
}

void TestStaffAuth::permissionsTable()
{
    QFETCH(int, role);
    QFETCH(int, action);
    QFETCH(bool, allowed);
    QCOMPARE(Permissions::allows(StaffRole(role), Action(action)), allowed);
    StaffMember m;
    m.role = StaffRole(role);
    QCOMPARE(Permissions::require(m, Action(action)).ok(), allowed);
    m.active = false;
    QVERIFY(!Permissions::require(m, Action(action)).ok());
}

void TestStaffAuth::postgresRolesCarryTheGrants()
{
    if (!test::usingPostgres())
        return; // database roles exist only on PostgreSQL; the SQLite run checks the scrypt path above
    auto db = test::openTestDatabase();
    const StaffMember agent = addDirect(*db, StaffRole::Agent, QStringLiteral("Agent#2026"));
    auto membership = db->exec(QStringLiteral("SELECT pg_has_role(?, 'desk_agent', 'MEMBER'), "
                                              "pg_has_role(?, 'desk_administrator', 'MEMBER')"),
                               {agent.login, agent.login});
    QVERIFY(membership.ok() && membership->next());
    QVERIFY(membership->value(0).toBool());
    QVERIFY(!membership->value(1).toBool());
    membership->finish();
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), agent.login, QStringLiteral("Agent#2026"));
    QVERIFY(session.ok());
    // An agent may read accounts but not change them, nor create roles.
    Database &adb = (*session)->database();
    QVERIFY(adb.exec(QStringLiteral("SELECT COUNT(*) FROM account")).ok());
    auto upd = adb.exec(QStringLiteral("UPDATE account SET name = 'x'"));
    QVERIFY(!upd.ok());
    QCOMPARE(upd.error().code, Error::Code::PermissionDenied);
    auto staffUpd = adb.exec(QStringLiteral("UPDATE staff SET role = 'administrator'"));
    QVERIFY(!staffUpd.ok());
}

QTEST_GUILESS_MAIN(TestStaffAuth)
#include "tst_staffauth.moc"
