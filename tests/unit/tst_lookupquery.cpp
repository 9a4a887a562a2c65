#include "domain/LookupQuery.h"

#include <QTest>

using desk::LookupQuery;
using Kind = desk::LookupQuery::Kind;

Q_DECLARE_METATYPE(desk::LookupQuery::Kind)

class TestLookupQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void code18Warnings_data();
    void code18Warnings();
    void originalCase();
    void invalidMessages_data();
    void invalidMessages();
    void kindName_data();
    void kindName();
};

void TestLookupQuery::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("warns");

    // Empty
    QTest::newRow("empty") << QString() << Kind::Empty << QString() << false;
    QTest::newRow("spaces") << QStringLiteral("   ") << Kind::Empty << QString() << false;
    QTest::newRow("tab newline") << QStringLiteral("\t\n") << Kind::Empty << QString() << false;
    QTest::newRow("ideographic spaces") << QStringLiteral("\u3000\u3000") << Kind::Empty << QString() << false;

    // USCC
    const QString example = QStringLiteral("91110108MA01ET88XL");
    QTest::newRow("uscc") << example << Kind::Uscc << example << false;
    QTest::newRow("uscc trimmed lower") << QStringLiteral("  91110108ma01et88xl  ") << Kind::Uscc << example << false;
    QTest::newRow("uscc full-width") << QStringLiteral("９１１１０１０８ＭＡ０１ＥＴ８８ＸＬ") << Kind::Uscc << example
                                     << false;
    QTest::newRow("uscc grouped") << QStringLiteral("9111 0108 MA01 ET88 XL") << Kind::Uscc << example << false;
    QTest::newRow("uscc hyphens") << QStringLiteral("91110108-MA01ET88-XL") << Kind::Uscc << example << false;
    QTest::newRow("uscc all digits") << QStringLiteral("914403001922038216") << Kind::Uscc
                                     << QStringLiteral("914403001922038216") << false;
    QTest::newRow("uscc social org") << QStringLiteral("521100005000123453") << Kind::Uscc
                                     << QStringLiteral("521100005000123453") << false;

    // Resident ID
    QTest::newRow("id") << QStringLiteral("410105199001011233") << Kind::IdNumber
                        << QStringLiteral("410105199001011233") << false;
    QTest::newRow("id lower x") << QStringLiteral("11010519491231002x") << Kind::IdNumber
                                << QStringLiteral("11010519491231002X") << false;
    QTest::newRow("id grouped") << QStringLiteral("410105 19900101 1233") << Kind::IdNumber
                                << QStringLiteral("410105199001011233") << false;
    QTest::newRow("id full-width") << QStringLiteral("４１０１０５１９９００１０１１２３３") << Kind::IdNumber
                                   << QStringLiteral("410105199001011233") << false;
    // Residence permits and the permanent residence card are searched as ID numbers, without a warning.
    QTest::newRow("hong kong residence permit")
        << QStringLiteral("810000199001011230") << Kind::IdNumber << QStringLiteral("810000199001011230") << false;
    QTest::newRow("macao residence permit")
        << QStringLiteral("820000198512310029") << Kind::IdNumber << QStringLiteral("820000198512310029") << false;
    QTest::newRow("taiwan residence permit")
        << QStringLiteral("830000197610153511") << Kind::IdNumber << QStringLiteral("830000197610153511") << false;
    QTest::newRow("permanent residence card")
        << QStringLiteral("911036198506150021") << Kind::IdNumber << QStringLiteral("911036198506150021") << false;
    QTest::newRow("permanent residence card, x")
        << QStringLiteral("94403619900101123x") << Kind::IdNumber << QStringLiteral("94403619900101123X") << false;

    // 18 characters that are neither: searched as a legacy code, with a warning
    QTest::newRow("id wrong check") << QStringLiteral("410105199001011234") << Kind::Code18
                                    << QStringLiteral("410105199001011234") << true;
    QTest::newRow("id february 30") << QStringLiteral("410105199002301232") << Kind::Code18
                                    << QStringLiteral("410105199002301232") << true;
    QTest::newRow("id born 2099") << QStringLiteral("410105209901011235") << Kind::Code18
                                  << QStringLiteral("410105209901011235") << true;
    QTest::newRow("uscc wrong check") << QStringLiteral("91110108MA01ET88XM") << Kind::Code18
                                      << QStringLiteral("91110108MA01ET88XM") << true;
    QTest::newRow("legacy test code") << QStringLiteral("123456789zxcvbnmaa") << Kind::Code18
                                      << QStringLiteral("123456789ZXCVBNMAA") << true;
    QTest::newRow("uscc with O") << QStringLiteral("91110108MO01ET88XL") << Kind::Code18
                                 << QStringLiteral("91110108MO01ET88XL") << true;
    QTest::newRow("id province 99") << QStringLiteral("990426199112010074") << Kind::Code18
                                    << QStringLiteral("990426199112010074") << true;
    QTest::newRow("permanent residence office 00")
        << QStringLiteral("900000199001011232") << Kind::Code18 << QStringLiteral("900000199001011232") << true;
    QTest::newRow("uscc division with a letter")
        << QStringLiteral("9111a108ma01et88xg") << Kind::Code18 << QStringLiteral("9111A108MA01ET88XG") << true;
    QTest::newRow("uscc authority 0") << QStringLiteral("0111010878010123XJ") << Kind::Code18
                                      << QStringLiteral("0111010878010123XJ") << true;
    QTest::newRow("uscc entity type 94") << QStringLiteral("94110108MA01ET88XB") << Kind::Code18
                                         << QStringLiteral("94110108MA01ET88XB") << true;

    // Phone
    QTest::newRow("phone") << QStringLiteral("15500006621") << Kind::Phone << QStringLiteral("15500006621") << false;
    QTest::newRow("phone spaces") << QStringLiteral("155 0000 6621") << Kind::Phone << QStringLiteral("15500006621")
                                  << false;
    QTest::newRow("phone hyphens") << QStringLiteral("155-0000-6621") << Kind::Phone << QStringLiteral("15500006621")
                                   << false;
    QTest::newRow("phone +86") << QStringLiteral("+86 155 0000 6621") << Kind::Phone << QStringLiteral("15500006621")
                               << false;
    QTest::newRow("phone full-width") << QStringLiteral("１５５００００６６２１") << Kind::Phone
                                      << QStringLiteral("15500006621") << false;

    // Login
    QTest::newRow("pinyin login") << QStringLiteral("zhangsan_01") << Kind::Login << QStringLiteral("zhangsan_01")
                                  << false;
    QTest::newRow("case kept") << QStringLiteral(" ZhangSan01 ") << Kind::Login << QStringLiteral("ZhangSan01")
                               << false;
    QTest::newRow("HJ_ uscc") << QStringLiteral("HJ_91110108MA01ET88XL") << Kind::Login
                              << QStringLiteral("HJ_91110108MA01ET88XL") << false;
    QTest::newRow("HJ_ phone") << QStringLiteral("HJ_18711111111") << Kind::Login << QStringLiteral("HJ_18711111111")
                               << false;
    QTest::newRow("foreign experts 18") << QStringLiteral("WGZJXM201900012345") << Kind::Login
                                        << QStringLiteral("WGZJXM201900012345") << false;
    QTest::newRow("foreign experts") << QStringLiteral("WGZJXMzhang2019") << Kind::Login
                                     << QStringLiteral("WGZJXMzhang2019") << false;
    QTest::newRow("11 digits, not a mobile")
        << QStringLiteral("12345678901") << Kind::Login << QStringLiteral("12345678901") << false;
    QTest::newRow("short login") << QStringLiteral("abc") << Kind::Login << QStringLiteral("abc") << true;
    QTest::newRow("long login") << QString(70, QLatin1Char('a')) << Kind::Login << QString(70, QLatin1Char('a'))
                                << true;
    QTest::newRow("full-width login") << QStringLiteral("ｚｈａｎｇｓａｎ＿０１") << Kind::Login
                                      << QStringLiteral("zhangsan_01") << false;

    // Name
    QTest::newRow("chinese name") << QStringLiteral("张三") << Kind::Name << QStringLiteral("张三") << false;
    QTest::newRow("surname") << QStringLiteral("王") << Kind::Name << QStringLiteral("王") << false;
    QTest::newRow("spaces collapsed") << QStringLiteral("  张  三 ") << Kind::Name << QStringLiteral("张 三") << false;
    QTest::newRow("middle dot") << QStringLiteral("约翰·史密斯") << Kind::Name << QStringLiteral("约翰·史密斯")
                                << false;
    QTest::newRow("bullet as dot") << QStringLiteral("约翰•史密斯") << Kind::Name << QStringLiteral("约翰·史密斯")
                                   << false;
    QTest::newRow("latin name") << QStringLiteral("Li Lei") << Kind::Name << QStringLiteral("Li Lei") << false;
    QTest::newRow("organization") << QStringLiteral("北京华信科技有限公司") << Kind::Name
                                  << QStringLiteral("北京华信科技有限公司") << false;
    QTest::newRow("half-width parentheses") << QStringLiteral("华为技术(深圳)有限公司") << Kind::Name
                                            << QStringLiteral("华为技术（深圳）有限公司") << false;
    QTest::newRow("full-width parentheses") << QStringLiteral("华为技术（深圳）有限公司") << Kind::Name
                                            << QStringLiteral("华为技术（深圳）有限公司") << false;
    QTest::newRow("digits in a name") << QStringLiteral("北京360科技") << Kind::Name << QStringLiteral("北京360科技")
                                      << false;

    // Invalid
    QTest::newRow("sql") << QStringLiteral("'; DROP") << Kind::Invalid << QString() << false;
    QTest::newRow("percent") << QStringLiteral("%%%") << Kind::Invalid << QString() << false;
    QTest::newRow("too long") << QString(101, QLatin1Char('a')) << Kind::Invalid << QString() << false;
    QTest::newRow("email") << QStringLiteral("zhangsan@163.com") << Kind::Invalid << QString() << false;
    QTest::newRow("landline") << QStringLiteral("010-88659000") << Kind::Invalid << QString() << false;
    QTest::newRow("short phone") << QStringLiteral("155 0000 662") << Kind::Invalid << QString() << false;
    QTest::newRow("hyphens only") << QStringLiteral("---") << Kind::Invalid << QString() << false;
    QTest::newRow("semicolon in a name") << QStringLiteral("张三;") << Kind::Invalid << QString() << false;
    QTest::newRow("wildcard in a login") << QStringLiteral("zhang*") << Kind::Invalid << QString() << false;
}

void TestLookupQuery::parse()
{
    QFETCH(QString, input);
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QFETCH(bool, warns);

    const LookupQuery q = LookupQuery::parse(input);
    QCOMPARE(LookupQuery::kindName(q.kind), LookupQuery::kindName(kind));
    QCOMPARE(q.text, text);
    QCOMPARE(!q.warning.isEmpty(), warns);
    QCOMPARE(!q.message.isEmpty(), kind == Kind::Invalid);
}

void TestLookupQuery::code18Warnings_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("original");
    QTest::addColumn<QStringList>("mentions");

    // The warning names the check character that would have been right, or the characters no USCC uses.
    QTest::newRow("id check") << QStringLiteral("410105199001011234") << QStringLiteral("410105199001011234")
                              << QStringList{QStringLiteral("3"), QStringLiteral("4")};
    QTest::newRow("id birth date") << QStringLiteral("410105199002301232") << QStringLiteral("410105199002301232")
                                   << QStringList{QStringLiteral("19900230")};
    QTest::newRow("uscc check") << QStringLiteral("91110108MA01ET88XM") << QStringLiteral("91110108MA01ET88XM")
                                << QStringList{QStringLiteral("L"), QStringLiteral("M")};
    QTest::newRow("legacy lower case") << QStringLiteral("123456789zxcvbnmaa") << QStringLiteral("123456789zxcvbnmaa")
                                       << QStringList{QStringLiteral("Z"), QStringLiteral("V")};
    QTest::newRow("grouped legacy") << QStringLiteral("1234 5678 9zxc vbnm aa") << QStringLiteral("123456789zxcvbnmaa")
                                    << QStringList{QStringLiteral("Z")};
    // Legacy codes whose check character is right but that break a rule on their parts: found, and the warning
    // names the rule.
    QTest::newRow("id province 99") << QStringLiteral("990426199112010074") << QStringLiteral("990426199112010074")
                                    << QStringList{QStringLiteral("GB/T 2260"), QStringLiteral("not 99"),
                                                   QStringLiteral("legacy code")};
    QTest::newRow("permanent residence office 00")
        << QStringLiteral("900000199001011232") << QStringLiteral("900000199001011232")
        << QStringList{QStringLiteral("not 90"), QStringLiteral("permanent residence"), QStringLiteral("legacy")};
    QTest::newRow("uscc division with a letter")
        << QStringLiteral("9111 a108 ma01 et88 xg") << QStringLiteral("9111a108ma01et88xg")
        << QStringList{QStringLiteral("3 to 8"), QStringLiteral("11A108"), QStringLiteral("legacy code")};
    QTest::newRow("uscc authority 0") << QStringLiteral("0111010878010123XJ") << QStringLiteral("0111010878010123XJ")
                                      << QStringList{QStringLiteral("registration authority"), QStringLiteral("not 0")};
    QTest::newRow("uscc entity type 94") << QStringLiteral("94110108MA01ET88XB") << QStringLiteral("94110108MA01ET88XB")
                                         << QStringList{QStringLiteral("entity type"), QStringLiteral("not 4")};
    // A wrong check character is still the first thing said, even when a part is wrong too.
    QTest::newRow("uscc division with a letter, wrong check")
        << QStringLiteral("9111A108MA01ET88XA") << QStringLiteral("9111A108MA01ET88XA")
        << QStringList{QStringLiteral("G"), QStringLiteral("A")};
}

void TestLookupQuery::code18Warnings()
{
    QFETCH(QString, input);
    QFETCH(QString, original);
    QFETCH(QStringList, mentions);

    const LookupQuery q = LookupQuery::parse(input);
    QCOMPARE(LookupQuery::kindName(q.kind), QStringLiteral("code18"));
    QCOMPARE(q.original, original);
    QCOMPARE(q.text, original.toUpper());
    for (const QString &m : mentions)
        QVERIFY2(q.warning.contains(m), qPrintable(q.warning));
}

void TestLookupQuery::originalCase()
{
    QCOMPARE(LookupQuery::parse(QStringLiteral("9111 0108 ma01 et88 xl")).original,
             QStringLiteral("91110108ma01et88xl"));
    QCOMPARE(LookupQuery::parse(QStringLiteral("11010519491231002x")).original, QStringLiteral("11010519491231002x"));
    QCOMPARE(LookupQuery::parse(QStringLiteral("zhangsan_01")).original, QString());
    QCOMPARE(LookupQuery::parse(QStringLiteral("15500006621")).original, QString());
}

void TestLookupQuery::invalidMessages_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("sql names the semicolon") << QStringLiteral("'; DROP") << QStringLiteral(";");
    QTest::newRow("percent") << QStringLiteral("%%%") << QStringLiteral("%");
    QTest::newRow("too long says how long") << QString(101, QLatin1Char('x')) << QStringLiteral("101");
    QTest::newRow("email") << QStringLiteral("a.b@qq.com") << QStringLiteral("E-mail");
    QTest::newRow("digit count") << QStringLiteral("010-88659000") << QStringLiteral("11");
}

void TestLookupQuery::invalidMessages()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    const LookupQuery q = LookupQuery::parse(input);
    QCOMPARE(LookupQuery::kindName(q.kind), QStringLiteral("invalid"));
    QVERIFY2(q.message.contains(mentions), qPrintable(q.message));
    QVERIFY(q.text.isEmpty());
}

void TestLookupQuery::kindName_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << Kind::Empty << QStringLiteral("empty");
    QTest::newRow("login") << Kind::Login << QStringLiteral("login");
    QTest::newRow("uscc") << Kind::Uscc << QStringLiteral("uscc");
    QTest::newRow("id") << Kind::IdNumber << QStringLiteral("id_number");
    QTest::newRow("code18") << Kind::Code18 << QStringLiteral("code18");
    QTest::newRow("phone") << Kind::Phone << QStringLiteral("phone");
    QTest::newRow("name") << Kind::Name << QStringLiteral("name");
    QTest::newRow("invalid") << Kind::Invalid << QStringLiteral("invalid");
}

void TestLookupQuery::kindName()
{
    QFETCH(Kind, kind);
    QFETCH(QString, name);
    QCOMPARE(LookupQuery::kindName(kind), name);
}

QTEST_GUILESS_MAIN(TestLookupQuery)
#include "tst_lookupquery.moc"
