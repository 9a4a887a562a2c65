// Migration look-up: for each case (O0-O4, P0-P4) the answer names the case, the login, the sign-in window and the
// seed's words with the real login; pending accounts say so; legacy invalid codes are found with a warning; the CLI
// prints the same as JSON with the documented exit codes.
#include "TestData.h"
#include "TestDatabase.h"

#include "CliRun.h"
#include "domain/Identifiers.h"
#include "store/Database.h"
#include "workflow/MigrationEngine.h"
#include "workflow/MigrationLookup.h"
#include "workflow/Session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace desk;

namespace {

void insertLegacy(Database &db, const QString &login, const char *kind, const char *name, const QString &phone = {},
                  const QString &idNumber = {})
{
    test::LegacySeed seed;
    seed.login = login;
    seed.kind = QString::fromLatin1(kind);
    seed.name = QString::fromUtf8(name);
    if (seed.kind == QLatin1String("organization"))
        seed.uscc = login;
    seed.phone = phone;
    seed.idNumber = idNumber;
    seed.passwordHash = QStringLiteral("legacyhash");
    seed.registeredAt.clear();
    test::insertLegacyAccount(db, seed);
}

const QString kU1 = test::validUscc("91110108MA01ET88X");
const QString kU2 = test::validUscc("91310104MA1FR0XY1");
const QString kU3 = test::validUscc("91440300MA5DC7QW2");
const QString kU4 = test::validUscc("91320500MA1MXK3P4");
const QString kU0 = test::validUscc("91120116MA05QQQQ1"); // never in Torch, has a platform organization account
const QString kU00 = test::validUscc("91500000MA5UQQQQ9"); // never in Torch, nowhere
const QString kBad = QStringLiteral("123456789zxcvbnmaa");


} // namespace

class TestMigrationLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void eachCase_data();
    void eachCase();
    void o4ListsTheDelegatingOrganization();
    void notInTorch();
    void pendingAndConflict();
    void invalidLegacyCodeIsFoundWithAWarning();
    void malformedInputIsRefused();
    void byOrganizationName();
    void guessWhatWasTyped();
    void personalDataIsMasked();
    void cli();

private:
    MigrationLookup::Answer find(MigrationLookup::By by, const QString &input);

    std::shared_ptr<Database> m_db;
    std::shared_ptr<Session> m_session;
};

void TestMigrationLookup::initTestCase()
{
    m_db = test::openTestDatabase();
    StaffMember agent;
    agent.login = QStringLiteral("agent_lookup");
    agent.role = StaffRole::Agent;
    m_session = std::make_shared<Session>(m_db, agent, QStringLiteral("test:agent"));

    test::insertAccount(*m_db, test::accountSeed(kU2, QStringLiteral("organization"), QStringLiteral("浦江"), kU2));
    test::insertAccount(*m_db, test::accountSeed(kU3, QStringLiteral("person"), QStringLiteral("陈晨")));
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("acme_org"), QStringLiteral("organization"), QStringLiteral("阿克米"), kU4));
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("tianjin_org"), QStringLiteral("organization"), QStringLiteral("天津"), kU0));
    test::AccountSeed same = test::accountSeed(QStringLiteral("13800000002"), QStringLiteral("person"), QStringLiteral("张伟"));
    same.idNumber = QStringLiteral("41010519900307123X");
    same.phone = QStringLiteral("13912345678");
    test::insertAccount(*m_db, same);
    test::AccountSeed other = test::accountSeed(QStringLiteral("13800000004"), QStringLiteral("person"), QStringLiteral("王芳"));
    other.idNumber = QStringLiteral("110101199003074518");
    test::insertAccount(*m_db, other);
    test::AccountSeed verified = test::accountSeed(QStringLiteral("zhaolei88"), QStringLiteral("person"), QStringLiteral("赵磊"));
    verified.phone = QStringLiteral("13800000006");
    verified.realNameStatus = QStringLiteral("verified_national");
    test::insertAccount(*m_db, verified);

    insertLegacy(*m_db, kU1, "organization", "星河");
    insertLegacy(*m_db, kU2, "organization", "浦江");
    insertLegacy(*m_db, kU3, "organization", "前海");
    insertLegacy(*m_db, kU4, "organization", "阿克米");
    insertLegacy(*m_db, kBad, "organization", "旧代码");
    insertLegacy(*m_db, QStringLiteral("13800000001"), "person", "刘洋", QStringLiteral("13800000001"));
    insertLegacy(*m_db, QStringLiteral("13800000002"), "person", "张伟", {}, QStringLiteral("41010519900307123X"));
    insertLegacy(*m_db, QStringLiteral("13800000004"), "person", "王芳", {}, QStringLiteral("110101199003074500"));
    insertLegacy(*m_db, QStringLiteral("13800000006"), "person", "赵磊");

    StaffMember admin;
    admin.login = QStringLiteral("admin_lookup");
    admin.role = StaffRole::Administrator;
    auto report = MigrationEngine(std::make_shared<Session>(m_db, admin, QStringLiteral("test:admin"))).run({});
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->processed, 9);

    // Added after the run: not migrated yet.
    insertLegacy(*m_db, QStringLiteral("13800000009"), "person", "钱多");
}

MigrationLookup::Answer TestMigrationLookup::find(MigrationLookup::By by, const QString &input)
{
    auto answer = MigrationLookup(m_session).find(by, input);
    if (!answer)
        qFatal("lookup %s failed: %s", qPrintable(input), qPrintable(answer.error().message));
    return *answer;
}

void TestMigrationLookup::eachCase_data()
{
    QTest::addColumn<int>("by");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("caseCode");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("says"); // a phrase of the seed's guidance

    const int u = int(MigrationLookup::By::Uscc);
    const int p = int(MigrationLookup::By::Phone);
    const int l = int(MigrationLookup::By::Login);
    QTest::newRow("O1") << u << kU1 << "O1" << kU1 << "organization" << QStringLiteral("法人登陆窗口登录");
    QTest::newRow("O1 typed in lower case") << u << kU1.toLower() << "O1" << kU1 << "organization"
                                            << QStringLiteral("继续使用原火炬中心用户名");
    QTest::newRow("O2") << u << kU2 << "O2" << kU2 << "organization" << QStringLiteral("密码通过忘记密码找回");
    QTest::newRow("O3") << u << kU3 << "O3" << QString(QStringLiteral("HJ_") + kU3) << "organization"
                        << QStringLiteral("“HJ_”加原火炬中心用户名");
    QTest::newRow("O4") << u << kU4 << "O4" << kU4 << "person" << QStringLiteral("自然人登陆窗口登陆");
    QTest::newRow("O4 by login") << l << kU4 << "O4" << kU4 << "person" << QStringLiteral("自动获得了该企业");
    QTest::newRow("P1") << p << "13800000001" << "P1" << "13800000001" << "person" << QStringLiteral("用原账号");
    QTest::newRow("P1 spaced +86") << p << "+86 138-0000-0001" << "P1" << "13800000001" << "person"
                                   << QStringLiteral("忘记密码找回后再登陆即可");
    QTest::newRow("P2") << p << "13800000002" << "P2" << "13800000002" << "person"
                        << QStringLiteral("登录名为手机号");
    QTest::newRow("P3") << p << "13800000004" << "P3" << "HJ_13800000004" << "person"
                        << QStringLiteral("“HJ_”加原火炬中心用户名");
    QTest::newRow("P3 by login") << l << "13800000004" << "P3" << "HJ_13800000004" << "person"
                                 << QStringLiteral("自然人登陆窗口登陆");
    QTest::newRow("P4") << p << "13800000006" << "P4" << "zhaolei88" << "person"
                        << QStringLiteral("自然人申诉找回密码");
}

void TestMigrationLookup::eachCase()
{
    QFETCH(int, by);
    QFETCH(QString, input);
    QFETCH(QString, caseCode);
    QFETCH(QString, login);
    QFETCH(QString, window);
    QFETCH(QString, says);
    const MigrationLookup::Answer answer = find(MigrationLookup::By(by), input);
    QCOMPARE(answer.results.size(), 1);
    const MigrationAnswer &a = answer.results.first();
    QCOMPARE(a.system, QStringLiteral("torch"));
    QCOMPARE(a.caseCode, caseCode);
    QVERIFY(a.migrated);
    QCOMPARE(a.platformLogin, login);
    QCOMPARE(a.signInWindow, window);
    QVERIFY2(a.guidance.contains(says), qPrintable(a.guidance));
    // The real login is in the words, except for P4 where its owner recovers it by appeal.
    if (caseCode == QLatin1String("P4"))
        QVERIFY(!a.guidance.contains(login) && a.guidance.contains(input));
    else
        QVERIFY2(a.guidance.contains(login), qPrintable(a.guidance));
    QVERIFY(!a.accounts.isEmpty());
    QCOMPARE(a.accounts.first().toObject().value(QStringLiteral("login")).toString(), login);
    QVERIFY(answer.warning.isEmpty());
}

void TestMigrationLookup::o4ListsTheDelegatingOrganization()
{
    const MigrationLookup::Answer answer = find(MigrationLookup::By::Uscc, kU4);
    const QJsonArray accounts = answer.results.first().accounts;
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(1).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("acme_org"));
    QCOMPARE(accounts.at(1).toObject().value(QStringLiteral("relation")).toString(),
             QStringLiteral("delegating_organization"));
}

void TestMigrationLookup::notInTorch()
{
    MigrationLookup::Answer withOrg = find(MigrationLookup::By::Uscc, kU0);
    QCOMPARE(withOrg.results.size(), 1);
    QCOMPARE(withOrg.results.first().caseCode, QStringLiteral("O0"));
    QCOMPARE(withOrg.results.first().signInWindow, QStringLiteral("organization"));
    QVERIFY(withOrg.results.first().guidance.contains(QStringLiteral("直接登录账号进行实名认证")));
    QCOMPARE(withOrg.results.first().accounts.size(), 1);

    MigrationLookup::Answer nothing = find(MigrationLookup::By::Uscc, kU00);
    QCOMPARE(nothing.results.first().caseCode, QStringLiteral("O0"));
    QVERIFY(nothing.results.first().guidance.contains(QStringLiteral("需要在政务平台注册法人单位账号")));
    QVERIFY(nothing.results.first().accounts.isEmpty());

    MigrationLookup::Answer p0 = find(MigrationLookup::By::Phone, QStringLiteral("13700000000"));
    QCOMPARE(p0.results.first().caseCode, QStringLiteral("P0"));
    QCOMPARE(p0.results.first().signInWindow, QStringLiteral("person"));
    QVERIFY(p0.results.first().guidance.contains(QStringLiteral("注册自然人账号")));

    // A login that is neither a code nor a phone and is not in Torch: no answer at all.
    QVERIFY(find(MigrationLookup::By::Login, QStringLiteral("nobody_here")).results.isEmpty());
    // A login shaped like a phone: P0.
    QCOMPARE(find(MigrationLookup::By::Login, QStringLiteral("13700000000")).results.first().caseCode,
             QStringLiteral("P0"));
}

void TestMigrationLookup::pendingAndConflict()
{
    MigrationLookup::Answer pending = find(MigrationLookup::By::Phone, QStringLiteral("13800000009"));
    QCOMPARE(pending.results.size(), 1);
    const MigrationAnswer &a = pending.results.first();
    QVERIFY(!a.migrated);
    QVERIFY(a.caseCode.isEmpty());
    QVERIFY(a.platformLogin.isEmpty());
    QVERIFY(a.guidance.contains(QStringLiteral("尚未转移")));
    QVERIFY(a.toJson().value(QStringLiteral("case")).isNull());

    QVERIFY(m_db->exec(QStringLiteral("UPDATE legacy_account SET conflict_reason = 'HJ_ taken' WHERE legacy_login = ?"),
                       {QStringLiteral("13800000009")})
                .ok());
    MigrationLookup::Answer conflict = find(MigrationLookup::By::Phone, QStringLiteral("13800000009"));
    QCOMPARE(conflict.results.first().conflictReason, QStringLiteral("HJ_ taken"));
    QVERIFY(conflict.results.first().guidance.contains(QStringLiteral("未能自动转移")));
}

void TestMigrationLookup::invalidLegacyCodeIsFoundWithAWarning()
{
    const MigrationLookup::Answer answer = find(MigrationLookup::By::Uscc, kBad);
    QCOMPARE(answer.results.size(), 1);
    QCOMPARE(answer.results.first().caseCode, QStringLiteral("O1"));
    QCOMPARE(answer.results.first().platformLogin, kBad);
    QVERIFY(!answer.warning.isEmpty());
    // Typed in upper case it is still found.
    QCOMPARE(find(MigrationLookup::By::Uscc, kBad.toUpper()).results.first().platformLogin, kBad);
    // A valid-looking code with a wrong check character: O0 and a warning naming the right character.
    QString wrong = kU00;
    wrong[17] = wrong.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    const MigrationLookup::Answer typo = find(MigrationLookup::By::Uscc, wrong);
    QCOMPARE(typo.results.first().caseCode, QStringLiteral("O0"));
    QVERIFY(typo.warning.contains(kU00.at(17)));
}

void TestMigrationLookup::malformedInputIsRefused()
{
    for (const auto &[by, input] : {std::pair{MigrationLookup::By::Uscc, "9111"},
                                    std::pair{MigrationLookup::By::Uscc, "91110108MA01ET88X!"},
                                    std::pair{MigrationLookup::By::Phone, "12345"},
                                    std::pair{MigrationLookup::By::Phone, "23800000001"},
                                    std::pair{MigrationLookup::By::Login, "   "},
                                    std::pair{MigrationLookup::By::Login, "two words"}}) {
        auto answer = MigrationLookup(m_session).find(by, QString::fromLatin1(input));
        QVERIFY2(!answer.ok(), input);
        QCOMPARE(answer.error().code, Error::Code::InvalidInput);
    }
}

void TestMigrationLookup::byOrganizationName()
{
    // The legacy organization's own name.
    const MigrationLookup::Answer own = find(MigrationLookup::By::Name, QStringLiteral(" 星河 "));
    QCOMPARE(own.input, QStringLiteral("星河"));
    QCOMPARE(own.results.size(), 1);
    QCOMPARE(own.results.first().caseCode, QStringLiteral("O1"));
    QCOMPARE(own.results.first().platformLogin, kU1);

    // A platform organization's former name leads through its USCC to the legacy account (O4 here).
    QVERIFY(m_db->exec(QStringLiteral("UPDATE account SET former_name = ? WHERE login = 'acme_org'"),
                       {QStringLiteral("阿克米旧名有限公司")})
                .ok());
    const MigrationLookup::Answer former = find(MigrationLookup::By::Name, QStringLiteral("阿克米旧名有限公司"));
    QCOMPARE(former.results.size(), 1);
    QCOMPARE(former.results.first().caseCode, QStringLiteral("O4"));
    QCOMPARE(former.results.first().legacyLogin, kU4);

    // Full-width brackets as registered, typed either way.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE legacy_account SET name = ? WHERE legacy_login = ?"),
                       {QStringLiteral("晟亚生物科技（杭州）有限公司"), kU1})
                .ok());
    QCOMPARE(find(MigrationLookup::By::Name, QStringLiteral("晟亚生物科技（杭州）有限公司")).results.size(), 1);
    QCOMPARE(find(MigrationLookup::By::Name, QStringLiteral("晟亚生物科技(杭州)有限公司")).results.size(), 1);

    // A name found nowhere: no answer (no USCC to say O0 about); too short: refused.
    QVERIFY(find(MigrationLookup::By::Name, QStringLiteral("不存在的公司")).results.isEmpty());
    auto tooShort = MigrationLookup(m_session).find(MigrationLookup::By::Name, QStringLiteral("星"));
    QVERIFY(!tooShort.ok());
    QCOMPARE(tooShort.error().code, Error::Code::InvalidInput);
}

void TestMigrationLookup::guessWhatWasTyped()
{
    QCOMPARE(MigrationLookup::guess(QStringLiteral("138 0000 0001")), MigrationLookup::By::Phone);
    QCOMPARE(MigrationLookup::guess(QStringLiteral("+8613800000001")), MigrationLookup::By::Phone);
    QCOMPARE(MigrationLookup::guess(kU1.toLower()), MigrationLookup::By::Uscc);
    QCOMPARE(MigrationLookup::guess(kBad), MigrationLookup::By::Uscc);
    QCOMPARE(MigrationLookup::guess(QStringLiteral("北京星河科技有限公司")), MigrationLookup::By::Name);
    QCOMPARE(MigrationLookup::guess(QStringLiteral("HJ_13800000004")), MigrationLookup::By::Login);
    QCOMPARE(MigrationLookup::guess(QStringLiteral("WGZJXM0001")), MigrationLookup::By::Login);
}

void TestMigrationLookup::personalDataIsMasked()
{
    const MigrationLookup::Answer answer = find(MigrationLookup::By::Phone, QStringLiteral("13800000002"));
    const QJsonObject account = answer.results.first().accounts.first().toObject();
    QCOMPARE(account.value(QStringLiteral("id_number")).toString(), ids::maskIdNumber(u"41010519900307123X"));
    QCOMPARE(account.value(QStringLiteral("phone")).toString(), ids::maskPhone(u"13912345678"));
}

void TestMigrationLookup::cli()
{
    const DatabaseUrl url = test::lastTestDatabaseUrl();
    m_db->closeThreadConnection();
    const test::CliRun o3 = test::runCli(url, {QStringLiteral("migration"), QStringLiteral("lookup"),
                                               QStringLiteral("--uscc"), kU3});
    QVERIFY2(o3.code == 0, qPrintable(o3.err));
    const QJsonObject json = o3.json();
    QCOMPARE(json.value(QStringLiteral("case")).toString(), QStringLiteral("O3"));
    QCOMPARE(json.value(QStringLiteral("system")).toString(), QStringLiteral("torch"));
    QCOMPARE(json.value(QStringLiteral("platform_login")).toString(), QStringLiteral("HJ_") + kU3);
    QCOMPARE(json.value(QStringLiteral("sign_in_window")).toString(), QStringLiteral("organization"));
    QVERIFY(json.value(QStringLiteral("guidance")).toString().contains(QStringLiteral("HJ_") + kU3));
    QVERIFY(json.value(QStringLiteral("accounts")).isArray());

    const test::CliRun p0 = test::runCli(url, test::strings({"migration", "lookup", "--phone", "13700000000"}));
    QCOMPARE(p0.code, 0);
    QCOMPARE(p0.json().value(QStringLiteral("case")).toString(), QStringLiteral("P0"));

    const test::CliRun bad = test::runCli(url, test::strings({"migration", "lookup", "--uscc", kBad.toLatin1().constData()}));
    QCOMPARE(bad.code, 0);
    QVERIFY(!bad.json().value(QStringLiteral("warning")).toString().isEmpty());

    QCOMPARE(test::runCli(url, test::strings({"migration", "lookup", "--login", "nobody_here"})).code, 1);
    QCOMPARE(test::runCli(url, test::strings({"migration", "lookup", "--phone", "12345"})).code, 2);
    QCOMPARE(test::runCli(url, test::strings({"migration", "lookup"})).code, 2);
    QCOMPARE(test::runCli(url, test::strings({"migration", "lookup", "--phone", "13800000001", "--uscc", "x"})).code,
             2);
    QCOMPARE(test::runCli(url, test::strings({"migration", "explain"})).code, 2);
}

QTEST_GUILESS_MAIN(TestMigrationLookup)
#include "tst_migrationlookup.moc"
