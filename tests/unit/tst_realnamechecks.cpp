// The manual real-name review's checklist, derived from the declared data (domain/RealNameChecks): each rule with
// data-driven cases, and which entries the import refuses as malformed.
#include "TestData.h"
#include "TestDocuments.h"

#include "domain/RealNameChecks.h"

#include <QJsonObject>
#include <QTest>

using namespace desk;

namespace {

const QDate kSubmitted(2026, 12, 1);

QJsonObject person(const QString &id, const char *sex, const char *birth, const char *from, const char *until)
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")},
                       {QStringLiteral("identity_region"), QStringLiteral("mainland")},
                       {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                       {QStringLiteral("id_number"), id},
                       {QStringLiteral("sex"), QString::fromLatin1(sex)},
                       {QStringLiteral("birth_date"), QString::fromLatin1(birth)},
                       {QStringLiteral("id_valid_from"), QString::fromLatin1(from)},
                       {QStringLiteral("id_valid_until"), QString::fromLatin1(until)},
                       {QStringLiteral("phone"), QStringLiteral("13912345678")}};
}

QJsonObject organization(const QString &repId, const char *birth, const char *from, const char *until)
{
    return QJsonObject{{QStringLiteral("organization_name"), QStringLiteral("北京测试科技有限公司")},
                       {QStringLiteral("organization_type"), QStringLiteral("enterprise")},
                       {QStringLiteral("uscc"), test::validUscc("91110108MA01ET88X")},
                       {QStringLiteral("legal_rep_name"), QStringLiteral("王五")},
                       {QStringLiteral("legal_rep_id_type"), QStringLiteral("resident_id")},
                       {QStringLiteral("legal_rep_id_number"), repId},
                       {QStringLiteral("legal_rep_birth_date"), QString::fromLatin1(birth)},
                       {QStringLiteral("legal_rep_id_valid_from"), QString::fromLatin1(from)},
                       {QStringLiteral("legal_rep_id_valid_until"), QString::fromLatin1(until)},
                       {QStringLiteral("agent_name"), QStringLiteral("赵六")},
                       {QStringLiteral("agent_id_number"), test::residentId("11010519800101001")},
                       {QStringLiteral("agent_phone"), QStringLiteral("13812345678")}};
}

QHash<QString, bool> verdicts(const QVector<RealNameCheck> &checks)
{
    QHash<QString, bool> out;
    for (const RealNameCheck &c : checks)
        out.insert(c.check, c.ok);
    return out;
}

} // namespace

class TestRealNameChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checklist_data();
    void checklist();
    void expectedValidity_data();
    void expectedValidity();
    void malformedEntries_data();
    void malformedEntries();
    void subjectNumber();
};

void TestRealNameChecks::checklist_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QStringList>("failing"); // every other check that appears is ok

    const QString elder = test::residentId("11010519491231002");  // female, 1949-12-31
    const QString man1990 = test::residentId("11010519900505001"); // male, 1990-05-05
    const QString young = test::residentId("11010520000101002");  // female, 2000-01-01
    const QString child = test::residentId("11010520120101001");  // male, 2012-01-01

    QTest::newRow("long-term at 65: all ok")
        << QStringLiteral("person") << person(elder, "female", "1949-12-31", "2015-03-01", "long_term") << QStringList();
    QTest::newRow("10 years issued at 18")
        << QStringLiteral("person") << person(young, "female", "2000-01-01", "2018-01-02", "2028-01-02") << QStringList();
    QTest::newRow("expired before submission")
        << QStringLiteral("person") << person(man1990, "male", "1990-05-05", "2006-05-05", "2016-05-05")
        << test::strings({"id_validity"});
    QTest::newRow("10 years issued at 30 (should be 20)")
        << QStringLiteral("person") << person(man1990, "male", "1990-05-05", "2020-06-01", "2030-06-01")
        << test::strings({"id_validity"});
    QTest::newRow("long-term issued at 30 (should be 20)")
        << QStringLiteral("person") << person(man1990, "male", "1990-05-05", "2020-06-01", "long_term")
        << test::strings({"id_validity"});
    QTest::newRow("sex mismatch")
        << QStringLiteral("person") << person(man1990, "female", "1990-05-05", "2020-06-01", "2040-06-01")
        << test::strings({"sex"});
    QTest::newRow("birth date mismatch")
        << QStringLiteral("person") << person(man1990, "male", "1990-05-06", "2020-06-01", "2040-06-01")
        << test::strings({"birth_date"});
    QTest::newRow("minor person: fine")
        << QStringLiteral("person") << person(child, "male", "2012-01-01", "2024-01-01", "2029-01-01") << QStringList();
    QTest::newRow("minor primary agent")
        << QStringLiteral("primary_agent") << person(child, "male", "2012-01-01", "2024-01-01", "2029-01-01")
        << test::strings({"age"});
    QTest::newRow("minor legal representative")
        << QStringLiteral("organization") << organization(child, "2012-01-01", "2024-01-01", "2029-01-01")
        << test::strings({"age"});
    QTest::newRow("organization all ok")
        << QStringLiteral("organization") << organization(elder, "1949-12-31", "2015-03-01", "long_term")
        << QStringList();
    QJsonObject passport = person(QStringLiteral("E12345678"), "male", "1990-05-05", "2020-06-01", "2040-06-01");
    passport.insert(QStringLiteral("id_type"), QStringLiteral("passport"));
    QTest::newRow("passport: nothing derived, dates checked") << QStringLiteral("person") << passport << QStringList();
}

void TestRealNameChecks::checklist()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, fields);
    QFETCH(QStringList, failing);
    RealNameReviewType t;
    QVERIFY(RealNameChecks::typeFromName(type, &t));
    QVERIFY2(RealNameChecks::malformed(t, fields).isEmpty(), qPrintable(RealNameChecks::malformed(t, fields)));
    const QVector<RealNameCheck> checks = RealNameChecks::derive(t, fields, kSubmitted);
    const QHash<QString, bool> v = verdicts(checks);
    QStringList expected = test::strings({"id_check_digit", "birth_date", "sex", "age", "id_validity"});
    if (t == RealNameReviewType::Organization)
        expected << QStringLiteral("uscc_check");
    QCOMPARE(v.size(), expected.size());
    for (const QString &name : expected) {
        QVERIFY2(v.contains(name), qPrintable(name));
        QString message;
        for (const RealNameCheck &c : checks)
            if (c.check == name)
                message = c.message;
        QVERIFY(!message.isEmpty());
        QVERIFY2(v.value(name) == !failing.contains(name), qPrintable(name + QStringLiteral(": ") + message));
    }
}

void TestRealNameChecks::expectedValidity_data()
{
    QTest::addColumn<int>("age");
    QTest::addColumn<int>("years");
    QTest::newRow("15") << 15 << 5;
    QTest::newRow("16") << 16 << 10;
    QTest::newRow("25") << 25 << 10;
    QTest::newRow("26") << 26 << 20;
    QTest::newRow("45") << 45 << 20;
    QTest::newRow("46") << 46 << 0;
}

void TestRealNameChecks::expectedValidity()
{
    QFETCH(int, age);
    QFETCH(int, years);
    QCOMPARE(RealNameChecks::expectedValidityYears(age), years);
}

void TestRealNameChecks::malformedEntries_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<bool>("malformed");
    const QString good = test::residentId("11010519900505001");
    QString wrongDigit = good;
    wrongDigit[17] = good.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    QTest::newRow("well-formed") << QStringLiteral("person")
                                 << person(good, "male", "1990-05-05", "2020-06-01", "2040-06-01") << false;
    QTest::newRow("wrong check digit") << QStringLiteral("person")
                                       << person(wrongDigit, "male", "1990-05-05", "2020-06-01", "2040-06-01") << true;
    QTest::newRow("expired is not malformed")
        << QStringLiteral("person") << person(good, "male", "1990-05-05", "2006-05-05", "2016-05-05") << false;
    QTest::newRow("sex disagreement is not malformed")
        << QStringLiteral("person") << person(good, "female", "1990-05-05", "2020-06-01", "2040-06-01") << false;
    QTest::newRow("date not a date") << QStringLiteral("person")
                                     << person(good, "male", "05/05/1990", "2020-06-01", "2040-06-01") << true;
    QTest::newRow("sex unknown") << QStringLiteral("person")
                                 << person(good, "x", "1990-05-05", "2020-06-01", "2040-06-01") << true;
    QJsonObject noPhone = person(good, "male", "1990-05-05", "2020-06-01", "2040-06-01");
    noPhone.remove(QStringLiteral("phone"));
    QTest::newRow("missing phone") << QStringLiteral("person") << noPhone << true;
    QJsonObject badUscc = organization(good, "1990-05-05", "2020-06-01", "2040-06-01");
    QString u = badUscc.value(QStringLiteral("uscc")).toString();
    u[17] = u.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    badUscc.insert(QStringLiteral("uscc"), u);
    QTest::newRow("USCC check character") << QStringLiteral("organization") << badUscc << true;
}

void TestRealNameChecks::malformedEntries()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, fields);
    QFETCH(bool, malformed);
    RealNameReviewType t;
    QVERIFY(RealNameChecks::typeFromName(type, &t));
    const QString problem = RealNameChecks::malformed(t, fields);
    QCOMPARE(!problem.isEmpty(), malformed);
}

void TestRealNameChecks::subjectNumber()
{
    const QString id = test::residentId("11010519491231002");
    QCOMPARE(RealNameChecks::subjectNumber(RealNameReviewType::Person,
                                           person(id.toLower(), "female", "1949-12-31", "2015-03-01", "long_term")),
             id);
    const QJsonObject org = organization(id, "1949-12-31", "2015-03-01", "long_term");
    QCOMPARE(RealNameChecks::subjectNumber(RealNameReviewType::Organization, org),
             org.value(QStringLiteral("uscc")).toString());
}

QTEST_GUILESS_MAIN(TestRealNameChecks)
#include "tst_realnamechecks.moc"
