// Account look-up: every kind of typed identifier finds the right rows; reveal is audited;
// the CLI prints the same matches as JSON with the documented exit codes.
#include "TestData.h"
#include "TestDatabase.h"

#include "CliRun.h"
#include "domain/Identifiers.h"
#include "store/AuditLog.h"
#include "store/StaffRepository.h"
#include "workflow/LookupService.h"
#include "workflow/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace desk;

using test::CliRun;
using test::strings;

class TestAccountLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void findsByEachKind_data();
    void findsByEachKind();
    void malformedQueryIsRefused();
    void detailHasHistoryAndLegacyLinks();
    void revealIsAuditedAndNeedsAReason();
    void cliPrintsMaskedJson();
    void cliExitCodes();

private:
    std::unique_ptr<Database> m_db;
    std::shared_ptr<Session> m_session;
    qint64 m_orgId = 0;
    qint64 m_personId = 0;
    QString m_agentLogin;
};

void TestAccountLookup::initTestCase()
{
    m_db = test::openTestDatabase();
    test::AccountSeed org;
    org.login = QStringLiteral("91110108MA01ET88XL");
    org.kind = QStringLiteral("organization");
    org.name = QStringLiteral("北京星河智联科技有限公司");
    org.formerName = QStringLiteral("北京星河网络技术有限公司");
    org.uscc = org.login;
    org.phone = QStringLiteral("15512346621");
    org.realNameStatus = QStringLiteral("verified_national");
    m_orgId = test::insertAccount(*m_db, org);

    test::AccountSeed hj = org;
    hj.login = QStringLiteral("HJ_91310104MA1FR0XY13");
    hj.uscc = QStringLiteral("91310104MA1FR0XY13");
    hj.name = QStringLiteral("上海浦江新材料有限公司");
    hj.formerName.clear();
    hj.phone.clear();
    test::insertAccount(*m_db, hj);

    test::AccountSeed person;
    person.login = QStringLiteral("13812345678");
    person.name = QStringLiteral("张伟");
    person.idNumber = QStringLiteral("41010519900307123X");
    person.phone = QStringLiteral("13812345678");
    person.email = QStringLiteral("zhangwei@example.cn");
    person.realNameStatus = QStringLiteral("verified_national");
    m_personId = test::insertAccount(*m_db, person);

    test::AccountSeed second;
    second.login = QStringLiteral("zhangwei_2019");
    second.name = QStringLiteral("张伟");
    second.idNumber = person.idNumber; // a second account of the same person, not verified
    second.phone = QStringLiteral("13987654321");
    second.realNameStatus = QStringLiteral("failed");
    test::insertAccount(*m_db, second);

    test::AccountSeed other;
    other.login = QStringLiteral("zhanglili88");
    other.name = QStringLiteral("张丽丽");
    other.idNumber = QStringLiteral("310104198511120048");
    other.phone = QStringLiteral("18600001111");
    test::insertAccount(*m_db, other);

    test::AccountSeed lowerCase; // a valid USCC stored in lower case by the legacy system
    lowerCase.login = QStringLiteral("52110000mj00000016");
    lowerCase.kind = QStringLiteral("organization");
    lowerCase.name = QStringLiteral("北京市示例科技社会团体");
    lowerCase.uscc = lowerCase.login;
    test::insertAccount(*m_db, lowerCase);

    test::AccountSeed legacyBad;
    legacyBad.login = QStringLiteral("123456789zxcvbnmaa");
    legacyBad.kind = QStringLiteral("organization");
    legacyBad.name = QStringLiteral("测试单位");
    legacyBad.uscc = QStringLiteral("123456789zxcvbnmaa");
    test::insertAccount(*m_db, legacyBad);

    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO account_event (account_id, occurred_at, kind, detail) VALUES "
                                      "(?, '2024-03-01T08:00:00.000Z', 'registered', '自助注册')"),
                       {m_personId})
                .ok());
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO legacy_account (system, legacy_login, kind, phone, "
                                      "migration_case, platform_account_id, migrated_at) VALUES ('torch', "
                                      "'13812345678', 'person', '13812345678', 'P1', ?, "
                                      "'2025-01-10T00:00:00.000Z')"),
                       {m_personId})
                .ok());

    StaffMember agent;
    agent.login = test::uniqueLogin(QStringLiteral("agent"));
    agent.displayName = QStringLiteral("客服 王晓燕");
    agent.role = StaffRole::Agent;
    QVERIFY(StaffRepository(*m_db).add(agent, QStringLiteral("Agent#2026")).ok());
    m_agentLogin = agent.login;
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), agent.login, QStringLiteral("Agent#2026"));
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    m_session = *session;
}

void TestAccountLookup::findsByEachKind_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("logins");
    QTest::newRow("uscc") << "91110108MA01ET88XL" << strings({"91110108MA01ET88XL"});
    QTest::newRow("uscc lower-case and spaced") << " 91110108ma01et88xl " << strings({"91110108MA01ET88XL"});
    QTest::newRow("uscc of an HJ_ account") << "91310104MA1FR0XY13" << strings({"HJ_91310104MA1FR0XY13"});
    QTest::newRow("id number: both accounts of one person")
        << "41010519900307123X" << strings({"13812345678", "zhangwei_2019"});
    QTest::newRow("phone as reserved phone and login") << "13812345678" << strings({"13812345678"});
    QTest::newRow("org reserved phone") << "15512346621" << strings({"91110108MA01ET88XL"});
    QTest::newRow("login") << "zhanglili88" << strings({"zhanglili88"});
    QTest::newRow("HJ login") << "HJ_91310104MA1FR0XY13" << strings({"HJ_91310104MA1FR0XY13"});
    // Names sort by code point on both databases: 丽 (U+4E3D) before 伟 (U+4F1F); equal names by id.
    QTest::newRow("name prefix, sorted by name")
        << "张" << strings({"zhanglili88", "13812345678", "zhangwei_2019"});
    QTest::newRow("full name") << "张伟" << strings({"13812345678", "zhangwei_2019"});
    QTest::newRow("former organization name") << "北京星河网络" << strings({"91110108MA01ET88XL"});
    QTest::newRow("valid uscc stored in lower case") << "52110000MJ00000016" << strings({"52110000mj00000016"});
    QTest::newRow("invalid legacy code still found") << "123456789zxcvbnmaa" << strings({"123456789zxcvbnmaa"});
    QTest::newRow("nothing") << "13000000000" << QStringList{};
}

void TestAccountLookup::findsByEachKind()
{
    QFETCH(QString, input);
    QFETCH(QStringList, logins);
    auto rows = LookupService(m_session).find(input);
    QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message));
    QStringList found;
    for (const AccountSummary &r : *rows)
        found << r.login;
    if (LookupQuery::parse(input).kind != LookupQuery::Kind::Name) {
        found.sort();
        logins.sort();
    }
    QCOMPARE(found, logins);
}

void TestAccountLookup::malformedQueryIsRefused()
{
    for (const QString &bad : {QStringLiteral("'; DROP TABLE account;--"), QStringLiteral("%%%")}) {
        auto rows = LookupService(m_session).find(bad);
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().code, Error::Code::InvalidInput);
        QVERIFY(!rows.error().message.isEmpty());
    }
    auto count = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM account"));
    QVERIFY(count.ok() && count->next());
    QCOMPARE(count->value(0).toInt(), 7);
    count->finish();
}

void TestAccountLookup::detailHasHistoryAndLegacyLinks()
{
    auto d = LookupService(m_session).detail(m_personId);
    QVERIFY(d.ok());
    QCOMPARE(d->account.login, QStringLiteral("13812345678"));
    // The session is an agent's: on PostgreSQL the server masks what the agent does not hold; on SQLite the
    // application masks on screen (the masks are the same and idempotent).
    const QString email = QStringLiteral("zhangwei@example.cn");
    QCOMPARE(d->account.email, test::usingPostgres() ? ids::maskEmail(email) : email);
    QCOMPARE(ids::maskEmail(d->account.email), ids::maskEmail(email));
    QCOMPARE(d->events.size(), 1);
    QCOMPARE(d->events.first().kind, QStringLiteral("registered"));
    QCOMPARE(d->legacy.size(), 1);
    QCOMPARE(d->legacy.first().migrationCase, QStringLiteral("P1"));
    auto missing = LookupService(m_session).detail(999999);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void TestAccountLookup::revealIsAuditedAndNeedsAReason()
{
    LookupService lookup(m_session);
    auto noReason = lookup.reveal(m_personId, LookupService::PersonalField::IdNumber, QStringLiteral(" "));
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().code, Error::Code::InvalidInput);
    auto before = AuditLog(*m_db).forEntity(QStringLiteral("account"), QString::number(m_personId));
    QVERIFY(before.ok());
    QCOMPARE(before->size(), 0);

    auto value = lookup.reveal(m_personId, LookupService::PersonalField::IdNumber, QStringLiteral("来电人核对身份"));
    QVERIFY2(value.ok(), value.ok() ? "" : qPrintable(value.error().message));
    QCOMPARE(*value, QStringLiteral("41010519900307123X"));
    auto phone = lookup.reveal(m_personId, LookupService::PersonalField::Phone, QStringLiteral("回拨核实"));
    QVERIFY(phone.ok());
    QCOMPARE(*phone, QStringLiteral("13812345678"));

    auto trail = AuditLog(*m_db).forEntity(QStringLiteral("account"), QString::number(m_personId));
    QVERIFY(trail.ok());
    QCOMPARE(trail->size(), 2);
    QCOMPARE(trail->at(1).action, QStringLiteral("account.reveal"));
    QCOMPARE(trail->at(1).staffLogin, m_agentLogin);
    QVERIFY(trail->at(1).afterJson.contains(QStringLiteral("来电人核对身份")));
    QVERIFY(trail->at(1).afterJson.contains(QStringLiteral("id_number")));
    // The audit row names the field, never the revealed value itself.
    QVERIFY(!trail->at(1).afterJson.contains(QStringLiteral("41010519900307123X")));
    auto v = AuditLog(*m_db).verify();
    QVERIFY(v.ok() && v->ok);
}


void TestAccountLookup::cliPrintsMaskedJson()
{
    const CliRun r = test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("lookup"), QStringLiteral("41010519900307123X")});
    QCOMPARE(r.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(doc.value(QStringLiteral("kind")).toString(), QStringLiteral("id_number"));
    const QJsonArray matches = doc.value(QStringLiteral("matches")).toArray();
    QCOMPARE(matches.size(), 2);
    for (const QJsonValue &m : matches) {
        QCOMPARE(m.toObject().value(QStringLiteral("id_number")).toString(), QStringLiteral("410************23X"));
        QVERIFY(m.toObject().value(QStringLiteral("phone")).toString().contains(QStringLiteral("****")));
    }
    // The clear ID number appears nowhere in the matches (only the echoed query holds what was typed).
    const QString matchesText = QString::fromUtf8(QJsonDocument(matches).toJson());
    QVERIFY(!matchesText.contains(QStringLiteral("41010519900307123X")));
    QVERIFY(!matchesText.contains(QStringLiteral("13987654321")));
}

void TestAccountLookup::cliExitCodes()
{
    const CliRun none = test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("lookup"), QStringLiteral("13000000000")});
    QCOMPARE(none.code, 1);
    QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).object().value(QStringLiteral("count")).toInt(), 0);

    const CliRun bad = test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("lookup"), QStringLiteral("'; DROP TABLE account;--")});
    QCOMPARE(bad.code, 2);
    QVERIFY(!bad.err.trimmed().isEmpty());
    QVERIFY(bad.out.isEmpty());

    const CliRun legacy = test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("lookup"), QStringLiteral("123456789zxcvbnmaa")});
    QCOMPARE(legacy.code, 0);
    QVERIFY(QJsonDocument::fromJson(legacy.out.toUtf8()).object().contains(QStringLiteral("warning")));

    QString out, err;
    QTextStream o(&out), e(&err);
    const int badUrl = cli::run({QStringLiteral("identitydesk-cli"), QStringLiteral("--db"),
                                 QStringLiteral("mysql://x@y/z"), QStringLiteral("lookup"), QStringLiteral("x")},
                                o, e);
    e.flush();
    QCOMPARE(badUrl, 2);
    QVERIFY(err.contains(QStringLiteral("sqlite:")));

    const CliRun verify = test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.code, 0);
    QVERIFY(QJsonDocument::fromJson(verify.out.toUtf8()).object().value(QStringLiteral("ok")).toBool());
}

QTEST_GUILESS_MAIN(TestAccountLookup)
#include "tst_accountlookup.moc"
