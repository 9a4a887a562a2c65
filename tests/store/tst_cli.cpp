// identitydesk-cli end to end, in-process: demo data with one staff member per role, staff add,
// schema commands and audit verification, on SQLite and PostgreSQL.
#include "TestData.h"
#include "TestDatabase.h"

#include "CliRun.h"
#include "store/Database.h"
#include "workflow/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#ifndef Q_OS_WIN
#include <pwd.h>
#include <unistd.h>
#endif

using namespace desk;

using test::CliRun;
using test::strings;


class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoCreatesDataAndOneStaffPerRole();
    void demoRefusesANonEmptyDatabase();
    void staffAddPrintsPasswordOnceAndSignsIn();
    void schemaCommands();
    void auditVerifyFailsOnTampering();
    void auditActorIsTheOperatingSystemAccount();
    void badArguments_data();
    void badArguments();
};

void TestCli::demoCreatesDataAndOneStaffPerRole()
{
    auto db = test::openTestDatabase();
    const DatabaseUrl url = test::lastTestDatabaseUrl();
    const CliRun r = test::runCli(url, {QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("120"),
                                  QStringLiteral("--organizations"), QStringLiteral("30"), QStringLiteral("--seed"),
                                  QStringLiteral("7"), QStringLiteral("--quiet")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject doc = r.json();
    QCOMPARE(doc.value(QStringLiteral("persons")).toInteger(), 120);
    QCOMPARE(doc.value(QStringLiteral("organizations")).toInteger(), 30);
    const QJsonArray staff = doc.value(QStringLiteral("staff")).toArray();
    QCOMPARE(staff.size(), 4);
    QStringList roles;
    for (const QJsonValue &s : staff) {
        const QJsonObject o = s.toObject();
        roles << o.value(QStringLiteral("role")).toString();
        // Every printed password signs in.
        auto session = AuthService::signIn(url, o.value(QStringLiteral("login")).toString(),
                                           o.value(QStringLiteral("password")).toString());
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    }
    roles.sort();
    QCOMPARE(roles, (QStringList{QStringLiteral("administrator"), QStringLiteral("agent"),
                                 QStringLiteral("reviewer"), QStringLiteral("supervisor")}));
    auto n = db->exec(QStringLiteral("SELECT COUNT(*) FROM account"));
    QVERIFY(n.ok() && n->next());
    QVERIFY(n->value(0).toLongLong() >= 150);
    n->finish();
}

void TestCli::demoRefusesANonEmptyDatabase()
{
    auto db = test::openTestDatabase();
    const DatabaseUrl url = test::lastTestDatabaseUrl();
    const QStringList args{QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("20"),
                           QStringLiteral("--organizations"), QStringLiteral("5"), QStringLiteral("--quiet")};
    QCOMPARE(test::runCli(url, args).code, 0);
    auto before = db->exec(QStringLiteral("SELECT COUNT(*) FROM account"));
    QVERIFY(before.ok() && before->next());
    const qint64 count = before->value(0).toLongLong();
    before->finish();
    const CliRun again = test::runCli(url, args);
    QCOMPARE(again.code, 2);
    QVERIFY(again.err.contains(QString::number(count)));
    QVERIFY(!again.out.contains(QStringLiteral("password")));
}

void TestCli::staffAddPrintsPasswordOnceAndSignsIn()
{
    auto db = test::openTestDatabase();
    const DatabaseUrl url = test::lastTestDatabaseUrl();
    const QString login = test::uniqueLogin(QStringLiteral("rev"));
    const CliRun r = test::runCli(url, {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), login,
                                  QStringLiteral("--name"), QStringLiteral("审核员 刘"), QStringLiteral("--role"),
                                  QStringLiteral("reviewer")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString password = r.json().value(QStringLiteral("password")).toString();
    QVERIFY(password.size() >= 12);
    auto session = AuthService::signIn(url, login, password);
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    QCOMPARE((*session)->staff().role, StaffRole::Reviewer);
    const CliRun list = test::runCli(url, {QStringLiteral("staff"), QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.contains(login));
    QVERIFY(!list.out.contains(password));
    const CliRun dup = test::runCli(url, {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), login,
                                    QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--role"),
                                    QStringLiteral("agent")});
    QVERIFY(dup.code != 0);
    QVERIFY(dup.err.contains(login));
}

void TestCli::schemaCommands()
{
    auto db = test::openTestDatabase();
    const DatabaseUrl url = test::lastTestDatabaseUrl();
    const CliRun version = test::runCli(url, {QStringLiteral("db"), QStringLiteral("version")});
    QCOMPARE(version.code, 0);
    QCOMPARE(version.json().value(QStringLiteral("database")).toInt(), Database::latestSchemaVersion());
    QCOMPARE(test::runCli(url, {QStringLiteral("db"), QStringLiteral("migrate")}).code, 0);
    QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (99, 'x')")).ok());
    const CliRun tooNew = test::runCli(url, {QStringLiteral("lookup"), QStringLiteral("zhangsan")});
    QCOMPARE(tooNew.code, 3);
    QVERIFY2(tooNew.err.contains(QStringLiteral("99")), qPrintable(tooNew.err));
}

void TestCli::auditVerifyFailsOnTampering()
{
    auto db = test::openTestDatabase();
    const DatabaseUrl url = test::lastTestDatabaseUrl();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(test::runCli(url, {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"),
                              test::uniqueLogin(QStringLiteral("ag")), QStringLiteral("--name"), QStringLiteral("客服"),
                              QStringLiteral("--role"), QStringLiteral("agent")})
                     .code,
                 0);
    QCOMPARE(test::runCli(url, {QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    QVERIFY(db->exec(QStringLiteral("UPDATE audit_log SET after_json = '{}' WHERE id = 2")).ok());
    const CliRun bad = test::runCli(url, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(bad.code, 1);
    QCOMPARE(bad.json().value(QStringLiteral("first_bad_row")).toInt(), 2);
    QVERIFY(!bad.err.isEmpty());
}

void TestCli::auditActorIsTheOperatingSystemAccount()
{
    if (test::usingPostgres())
        QSKIP("on PostgreSQL the CLI acts as its database role, not as the operating-system account");
#ifdef Q_OS_WIN
    QSKIP("the account name comes from GetUserNameW; this test checks the POSIX path");
#else
    const passwd *entry = getpwuid(geteuid());
    QVERIFY(entry);
    const QString real = QString::fromLocal8Bit(entry->pw_name);
    auto db = test::openTestDatabase();
    // $USER and $USERNAME are whatever the caller sets: the audit log must not believe them.
    struct Saved
    {
        const char *name;
        bool set;
        QByteArray value;
    };
    const Saved saved[] = {{"USER", qEnvironmentVariableIsSet("USER"), qgetenv("USER")},
                           {"USERNAME", qEnvironmentVariableIsSet("USERNAME"), qgetenv("USERNAME")}};
    for (const Saved &v : saved)
        qputenv(v.name, "someone-else");
    const CliRun r = test::runCli(test::lastTestDatabaseUrl(),
                                  {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"),
                                   test::uniqueLogin(QStringLiteral("ag")), QStringLiteral("--name"),
                                   QStringLiteral("客服"), QStringLiteral("--role"), QStringLiteral("agent")});
    for (const Saved &v : saved)
        v.set ? qputenv(v.name, v.value) : qunsetenv(v.name);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    auto actor = db->exec(QStringLiteral("SELECT staff_login FROM audit_log ORDER BY id DESC LIMIT 1"));
    QVERIFY(actor.ok() && actor->next());
    QCOMPARE(actor->value(0).toString(), QStringLiteral("cli:") + real);
    actor->finish();
#endif
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << strings({"frobnicate"});
    QTest::newRow("demo negative") << strings({"demo", "--persons", "-5"});
    QTest::newRow("demo not a number") << strings({"demo", "--persons", "many"});
    QTest::newRow("staff bad role") << strings({"staff", "add", "--login", "abc", "--name", "x", "--role", "boss"});
    QTest::newRow("staff missing name") << strings({"staff", "add", "--login", "abc", "--role", "agent"});
    QTest::newRow("lookup nothing") << strings({"lookup"});
    QTest::newRow("lookup bad limit") << strings({"lookup", "zhangsan", "--limit", "0"});
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    auto db = test::openTestDatabase();
    const CliRun r = test::runCli(test::lastTestDatabaseUrl(), args);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
