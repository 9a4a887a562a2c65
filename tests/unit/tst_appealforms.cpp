#include "AppealFieldProblem.h"

#include <QJsonObject>
#include <QTest>

using desk::test::appealFieldProblem;

// The identifier rules at intake (the import file and the file-appeal dialog both go through
// AppealForms::validate): ID numbers by ID type, USCCs by their parts.
class TestAppealForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idNumber_data();
    void idNumber();
    void uscc_data();
    void uscc();
};

void TestAppealForms::idNumber_data()
{
    QTest::addColumn<QString>("idType");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("mentions"); // empty: accepted

    QTest::newRow("mainland") << QStringLiteral("resident_id") << QStringLiteral("410105199001011233") << QString();
    QTest::newRow("typed lower-case x") << QStringLiteral("resident_id") << QStringLiteral("11010519491231002x")
                                        << QString();
    QTest::newRow("province 99") << QStringLiteral("resident_id") << QStringLiteral("990426199112010074")
                                 << QStringLiteral("GB/T 2260");
    QTest::newRow("province 81 as resident id")
        << QStringLiteral("resident_id") << QStringLiteral("810000199001011230") << QString();
    QTest::newRow("83 as resident id") << QStringLiteral("resident_id") << QStringLiteral("830000197610153511")
                                       << QStringLiteral("tw_permit");
    QTest::newRow("9 as resident id") << QStringLiteral("resident_id") << QStringLiteral("911036198506150021")
                                      << QStringLiteral("ID type other");
    QTest::newRow("hong kong residence permit")
        << QStringLiteral("hk_mo_permit") << QStringLiteral("810000199001011230") << QString();
    QTest::newRow("macao residence permit")
        << QStringLiteral("hk_mo_permit") << QStringLiteral("820000198512310029") << QString();
    QTest::newRow("home-return permit") << QStringLiteral("hk_mo_permit") << QStringLiteral("H12345678") << QString();
    QTest::newRow("83 as hong kong permit")
        << QStringLiteral("hk_mo_permit") << QStringLiteral("830000197610153511") << QStringLiteral("81");
    QTest::newRow("taiwan residence permit")
        << QStringLiteral("tw_permit") << QStringLiteral("830000197610153511") << QString();
    QTest::newRow("taiwan residence permit, wrong check")
        << QStringLiteral("tw_permit") << QStringLiteral("830000197610153512") << QStringLiteral("check digit");
    QTest::newRow("compatriot permit") << QStringLiteral("tw_permit") << QStringLiteral("12345678") << QString();
    QTest::newRow("permanent residence card")
        << QStringLiteral("other") << QStringLiteral("911036198506150021") << QString();
    QTest::newRow("permanent residence card, office 00")
        << QStringLiteral("other") << QStringLiteral("900000199001011232") << QStringLiteral("900");
    QTest::newRow("passport") << QStringLiteral("passport") << QStringLiteral("E12345678") << QString();
}

void TestAppealForms::idNumber()
{
    QFETCH(QString, idType);
    QFETCH(QString, number);
    QFETCH(QString, mentions);
    const QJsonObject fields{{QStringLiteral("id_type"), idType}, {QStringLiteral("id_number"), number}};
    const QString problem = appealFieldProblem(QStringLiteral("person_recovery"), fields, QStringLiteral("id_number"));
    if (mentions.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
        QVERIFY2(!problem.contains(number), "the number is masked in the message");
    }
}

void TestAppealForms::uscc_data()
{
    QTest::addColumn<QString>("uscc");
    QTest::addColumn<QString>("mentions"); // empty: accepted

    QTest::newRow("valid") << QStringLiteral("91110108MA01ET88XL") << QString();
    QTest::newRow("grouped, lower case") << QStringLiteral("9111 0108 ma01-et88 xl") << QString();
    QTest::newRow("letter in the division code") << QStringLiteral("9111A108MA01ET88XG") << QStringLiteral("3 to 8");
    QTest::newRow("registration authority 0")
        << QStringLiteral("0111010878010123XJ") << QStringLiteral("registration authority");
    QTest::newRow("entity type 4 under 9") << QStringLiteral("94110108MA01ET88XB") << QStringLiteral("entity type");
    QTest::newRow("wrong check") << QStringLiteral("91110108MA01ET88XM") << QStringLiteral("expected L");
}

void TestAppealForms::uscc()
{
    QFETCH(QString, uscc);
    QFETCH(QString, mentions);
    const QJsonObject fields{{QStringLiteral("uscc"), uscc}};
    const QString problem = appealFieldProblem(QStringLiteral("organization_recovery"), fields, QStringLiteral("uscc"));
    if (mentions.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestAppealForms)
#include "tst_appealforms.moc"
