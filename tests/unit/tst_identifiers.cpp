#include "domain/Identifiers.h"

#include <QTest>

using namespace desk::ids;

Q_DECLARE_METATYPE(desk::ids::ResidentIdCheck::Problem)
Q_DECLARE_METATYPE(desk::ids::UsccCheck::Problem)
Q_DECLARE_METATYPE(desk::ids::IdDocument)
Q_DECLARE_METATYPE(desk::ids::Sex)

// Expected values were computed independently of the code under test (by hand and with a short script over the
// GB 32100-2015, GB 11643-1999 and GB 11714-1997 formulas); the three real USCCs are public register data.
class TestIdentifiers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uscc_data();
    void uscc();
    void usccCheckCharacter_data();
    void usccCheckCharacter();
    void usccParts_data();
    void usccParts();
    void organizationCode_data();
    void organizationCode();
    void residentId_data();
    void residentId();
    void residentIdCheckCharacter_data();
    void residentIdCheckCharacter();
    void residentIdMessage();
    void idDocuments_data();
    void idDocuments();
    void likelyIdDocument_data();
    void likelyIdDocument();
    void idDocumentForType_data();
    void idDocumentForType();
    void mobile_data();
    void mobile();
    void loginName_data();
    void loginName();
    void password_data();
    void password();
    void maskIdNumber_data();
    void maskIdNumber();
    void maskPhone_data();
    void maskPhone();
    void maskEmail_data();
    void maskEmail();
    void maskUscc();
    void foldFullWidth_data();
    void foldFullWidth();
};

void TestIdentifiers::uscc_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("shape");
    QTest::addColumn<bool>("valid");

    QTest::newRow("seed example") << QStringLiteral("91110108MA01ET88XL") << true << true;
    QTest::newRow("all digits, real") << QStringLiteral("914403001922038216") << true << true;
    QTest::newRow("check X then G, real") << QStringLiteral("9144030071526726XG") << true << true;
    QTest::newRow("check B, real") << QStringLiteral("91110000802100433B") << true << true;
    QTest::newRow("computed shanghai") << QStringLiteral("91310104MA1FR0T52B") << true << true;
    QTest::newRow("computed social org") << QStringLiteral("521100005000123453") << true << true;
    QTest::newRow("computed institution") << QStringLiteral("124101004158043327") << true << true;
    QTest::newRow("wrong check") << QStringLiteral("91110108MA01ET88XM") << true << false;
    QTest::newRow("wrong check digit") << QStringLiteral("914403001922038217") << true << false;
    QTest::newRow("transposed") << QStringLiteral("91110108AM01ET88XL") << true << false;
    QTest::newRow("forbidden I") << QStringLiteral("91110108MI01ET88XL") << false << false;
    QTest::newRow("forbidden O") << QStringLiteral("91110108MO01ET88XL") << false << false;
    QTest::newRow("forbidden Z") << QStringLiteral("91110108MZ01ET88XL") << false << false;
    QTest::newRow("forbidden S") << QStringLiteral("91110108MS01ET88XL") << false << false;
    QTest::newRow("forbidden V") << QStringLiteral("91110108MV01ET88XL") << false << false;
    QTest::newRow("lower case is not the alphabet") << QStringLiteral("91110108ma01et88xl") << false << false;
    QTest::newRow("legacy test code") << QStringLiteral("123456789zxcvbnmaa") << false << false;
    QTest::newRow("legacy test code upper") << QStringLiteral("123456789ZXCVBNMAA") << false << false;
    QTest::newRow("17 characters") << QStringLiteral("91110108MA01ET88X") << false << false;
    QTest::newRow("19 characters") << QStringLiteral("91110108MA01ET88XLL") << false << false;
    QTest::newRow("empty") << QString() << false << false;
    QTest::newRow("full-width digits") << QStringLiteral("９１110108MA01ET88XL") << false << false;
    QTest::newRow("inner space") << QStringLiteral("91110108 MA01ET88XL") << false << false;
    QTest::newRow("letter in the division code") << QStringLiteral("9111A108MA01ET88XG") << true << false;
    QTest::newRow("registration authority 0") << QStringLiteral("0111010878010123XJ") << true << false;
}

void TestIdentifiers::uscc()
{
    QFETCH(QString, code);
    QFETCH(bool, shape);
    QFETCH(bool, valid);
    QCOMPARE(isUsccShape(code), shape);
    QCOMPARE(isValidUscc(code), valid);
}

void TestIdentifiers::usccCheckCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("check");

    QTest::newRow("seed example") << QStringLiteral("91110108MA01ET88X") << QChar(u'L');
    QTest::newRow("shanghai") << QStringLiteral("91310104MA1FR0T52") << QChar(u'B');
    QTest::newRow("shenzhen") << QStringLiteral("91440300MA5FU0X1Q") << QChar(u'8');
    QTest::newRow("social org") << QStringLiteral("52110000500012345") << QChar(u'3');
    QTest::newRow("institution") << QStringLiteral("12410100415804332") << QChar(u'7');
    QTest::newRow("check is a letter") << QStringLiteral("9144030019237382X") << QChar(u'M');
    QTest::newRow("hangzhou") << QStringLiteral("91330100716105852") << QChar(u'F');
    QTest::newRow("18 given, first 17 used") << QStringLiteral("91110108MA01ET88XL") << QChar(u'L');
    QTest::newRow("forbidden letter") << QStringLiteral("91110108MI01ET88X") << QChar();
    QTest::newRow("lower case") << QStringLiteral("91110108ma01et88x") << QChar();
    QTest::newRow("too short") << QStringLiteral("9111010") << QChar();
    QTest::newRow("empty") << QString() << QChar();
}

void TestIdentifiers::usccCheckCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, check);
    QCOMPARE(desk::ids::usccCheckCharacter(first17), check);
}

// The parts of a USCC (GB 32100 section 4): registration authority, entity type, division code. The codes below
// have the right check character unless the row says otherwise, so only the part under test is wrong.
void TestIdentifiers::usccParts_data()
{
    using P = UsccCheck::Problem;
    QTest::addColumn<QString>("code");
    QTest::addColumn<P>("problem");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("valid enterprise") << QStringLiteral("91110108MA01ET88XL") << P::None << QStringList();
    QTest::newRow("law firm 31") << QStringLiteral("31110108MA01ET88XT") << P::None << QStringList();
    QTest::newRow("military A1") << QStringLiteral("A1110108MA01ET88XK") << P::None << QStringList();
    QTest::newRow("township collective N3") << QStringLiteral("N3110108MA01ET88X1") << P::None << QStringList();
    QTest::newRow("other Y1") << QStringLiteral("Y1110108MA01ET88XY") << P::None << QStringList();
    QTest::newRow("letter in the division code")
        << QStringLiteral("9111A108MA01ET88XG") << P::DivisionCode
        << QStringList{QStringLiteral("3 to 8"), QStringLiteral("11A108"), QStringLiteral("GB/T 2260")};
    QTest::newRow("two letters in the division code")
        << QStringLiteral("12AB0000MA01ET88XN") << P::DivisionCode << QStringList{QStringLiteral("AB0000")};
    QTest::newRow("registration authority 0") << QStringLiteral("0111010878010123XJ") << P::RegistrationAuthority
                                              << QStringList{QStringLiteral("Character 1"), QStringLiteral("not 0")};
    QTest::newRow("registration authority B")
        << QStringLiteral("B1110108MA01ET88XJ") << P::RegistrationAuthority << QStringList{QStringLiteral("not B")};
    QTest::newRow("market regulation has no type 4")
        << QStringLiteral("94110108MA01ET88XB") << P::EntityType
        << QStringList{QStringLiteral("Character 2"), QStringLiteral("1, 2, 3"), QStringLiteral("not 4")};
    QTest::newRow("other has only type 1")
        << QStringLiteral("Y2110108MA01ET88XU") << P::EntityType << QStringList{QStringLiteral("not 2")};
    // A wrong check character is reported before the parts: most often it is a typing slip.
    QTest::newRow("letter in the division code, wrong check")
        << QStringLiteral("9111A108MA01ET88XA") << P::CheckCharacter
        << QStringList{QStringLiteral("G"), QStringLiteral("not A")};
    QTest::newRow("wrong check") << QStringLiteral("91110108MA01ET88XM") << P::CheckCharacter
                                 << QStringList{QStringLiteral("L")};
    QTest::newRow("forbidden O") << QStringLiteral("91110108MO01ET88XL") << P::Characters << QStringList();
    QTest::newRow("17 characters") << QStringLiteral("91110108MA01ET88X") << P::Length
                                   << QStringList{QStringLiteral("17")};
}

void TestIdentifiers::usccParts()
{
    using P = UsccCheck::Problem;
    QFETCH(QString, code);
    QFETCH(P, problem);
    QFETCH(QStringList, mentions);
    const UsccCheck check = checkUscc(code);
    QCOMPARE(check.problem, problem);
    QCOMPARE(check.valid(), problem == P::None);
    QCOMPARE(isValidUscc(code), problem == P::None);
    QCOMPARE(check.message().isEmpty(), problem == P::None);
    for (const QString &m : mentions)
        QVERIFY2(check.message().contains(m), qPrintable(check.message()));
}

void TestIdentifiers::organizationCode_data()
{
    QTest::addColumn<QString>("first8");
    QTest::addColumn<QChar>("check");

    // Characters 9-17 of the real codes above: MA01ET88X, 71526726X, 192203821, 802100433.
    QTest::newRow("seed example") << QStringLiteral("MA01ET88") << QChar(u'X');
    QTest::newRow("digits, X") << QStringLiteral("71526726") << QChar(u'X');
    QTest::newRow("digits, 1") << QStringLiteral("19220382") << QChar(u'1');
    QTest::newRow("digits, 3") << QStringLiteral("80210043") << QChar(u'3');
    QTest::newRow("letters") << QStringLiteral("MA5FU0X1") << QChar(u'1');
    QTest::newRow("lower case") << QStringLiteral("ma01et88") << QChar();
    QTest::newRow("too short") << QStringLiteral("MA01") << QChar();
}

void TestIdentifiers::organizationCode()
{
    QFETCH(QString, first8);
    QFETCH(QChar, check);
    QCOMPARE(organizationCodeCheckCharacter(first8), check);
}

void TestIdentifiers::residentId_data()
{
    using P = ResidentIdCheck::Problem;
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<P>("problem");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<Sex>("sex");
    QTest::addColumn<QString>("region");

    const QDate today(2025, 6, 30);
    QTest::newRow("valid male") << QStringLiteral("410105199001011233") << today << P::None << QDate(1990, 1, 1)
                                << Sex::Male << QStringLiteral("410105");
    QTest::newRow("valid female") << QStringLiteral("110108198512310028") << today << P::None << QDate(1985, 12, 31)
                                  << Sex::Female << QStringLiteral("110108");
    QTest::newRow("valid X check") << QStringLiteral("11010519491231002X") << today << P::None << QDate(1949, 12, 31)
                                   << Sex::Female << QStringLiteral("110105");
    QTest::newRow("leap day 2000") << QStringLiteral("440305200002290045") << today << P::None << QDate(2000, 2, 29)
                                   << Sex::Female << QStringLiteral("440305");
    QTest::newRow("valid male 1976") << QStringLiteral("310104197610153510") << today << P::None << QDate(1976, 10, 15)
                                     << Sex::Male << QStringLiteral("310104");
    QTest::newRow("born on the day") << QStringLiteral("410105202402290071") << QDate(2024, 2, 29) << P::None
                                     << QDate(2024, 2, 29) << Sex::Male << QStringLiteral("410105");
    QTest::newRow("wrong check digit") << QStringLiteral("410105199001011234") << today << P::CheckDigit
                                       << QDate(1990, 1, 1) << Sex::Male << QStringLiteral("410105");
    QTest::newRow("X where 3 belongs") << QStringLiteral("41010519900101123X") << today << P::CheckDigit
                                       << QDate(1990, 1, 1) << Sex::Male << QStringLiteral("410105");
    QTest::newRow("february 30") << QStringLiteral("410105199002301232") << today << P::BirthDate << QDate()
                                 << Sex::Male << QStringLiteral("410105");
    QTest::newRow("february 29, 2023") << QStringLiteral("410105202302291237") << today << P::BirthDate << QDate()
                                       << Sex::Male << QStringLiteral("410105");
    QTest::newRow("month 13") << QStringLiteral("410105199013011230") << today << P::BirthDate << QDate() << Sex::Male
                              << QStringLiteral("410105");
    QTest::newRow("born 1899") << QStringLiteral("410105189912311238") << today << P::BirthDate << QDate(1899, 12, 31)
                               << Sex::Male << QStringLiteral("410105");
    QTest::newRow("born in 2099") << QStringLiteral("410105209901011235") << today << P::BirthDate << QDate(2099, 1, 1)
                                  << Sex::Male << QStringLiteral("410105");
    QTest::newRow("born tomorrow") << QStringLiteral("410105202402290071") << QDate(2024, 2, 28) << P::BirthDate
                                   << QDate(2024, 2, 29) << Sex::Male << QStringLiteral("410105");
    QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << today << P::Characters << QDate()
                                  << Sex::Unknown << QString();
    QTest::newRow("letter inside") << QStringLiteral("4101051990O1011233") << today << P::Characters << QDate()
                                   << Sex::Unknown << QString();
    QTest::newRow("17 digits") << QStringLiteral("41010519900101123") << today << P::Length << QDate() << Sex::Unknown
                               << QString();
    QTest::newRow("19 digits") << QStringLiteral("4101051990010112331") << today << P::Length << QDate() << Sex::Unknown
                               << QString();
    QTest::newRow("first generation, 15 digits")
        << QStringLiteral("410105900101123") << today << P::Length << QDate() << Sex::Unknown << QString();
    QTest::newRow("empty") << QString() << today << P::Length << QDate() << Sex::Unknown << QString();
    // Digits 1-2: a province-level code of GB/T 2260.
    QTest::newRow("province 99") << QStringLiteral("990426199112010074") << today << P::Region << QDate(1991, 12, 1)
                                 << Sex::Male << QStringLiteral("990426");
    QTest::newRow("province 71, Taiwan") << QStringLiteral("710000199001011237") << today << P::None
                                         << QDate(1990, 1, 1) << Sex::Male << QStringLiteral("710000");
    QTest::newRow("province 81, Hong Kong") << QStringLiteral("810000199001011230") << today << P::None
                                            << QDate(1990, 1, 1) << Sex::Male << QStringLiteral("810000");
    QTest::newRow("province 82, Macao") << QStringLiteral("820000198512310029") << today << P::None
                                        << QDate(1985, 12, 31) << Sex::Female << QStringLiteral("820000");
    QTest::newRow("83 is no province") << QStringLiteral("830000197610153511") << today << P::Region
                                       << QDate(1976, 10, 15) << Sex::Male << QStringLiteral("830000");
    // The region is checked last: an unknown province with a wrong check digit is a CheckDigit problem.
    QTest::newRow("province 99, wrong check") << QStringLiteral("990426199112010075") << today << P::CheckDigit
                                              << QDate(1991, 12, 1) << Sex::Male << QStringLiteral("990426");
}

void TestIdentifiers::residentId()
{
    using P = ResidentIdCheck::Problem;
    QFETCH(QString, number);
    QFETCH(QDate, today);
    QFETCH(P, problem);
    QFETCH(QDate, birth);
    QFETCH(Sex, sex);
    QFETCH(QString, region);

    const ResidentIdCheck check = checkResidentId(number, today);
    QCOMPARE(check.problem, problem);
    QCOMPARE(check.valid(), problem == P::None);
    QCOMPARE(check.birthDate, birth);
    QCOMPARE(check.sex, sex);
    QCOMPARE(check.regionCode, region);
    QCOMPARE(check.message().isEmpty(), problem == P::None);
}

void TestIdentifiers::residentIdCheckCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("check");

    QTest::newRow("3") << QStringLiteral("41010519900101123") << QChar(u'3');
    QTest::newRow("8") << QStringLiteral("11010819851231002") << QChar(u'8');
    QTest::newRow("X") << QStringLiteral("11010519491231002") << QChar(u'X');
    QTest::newRow("0") << QStringLiteral("31010419761015351") << QChar(u'0');
    QTest::newRow("1") << QStringLiteral("41010520240229007") << QChar(u'1');
    QTest::newRow("letter") << QStringLiteral("4101051990010112A") << QChar();
    QTest::newRow("short") << QStringLiteral("4101051990") << QChar();
}

void TestIdentifiers::residentIdCheckCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, check);
    QCOMPARE(desk::ids::residentIdCheckCharacter(first17), check);
}

void TestIdentifiers::residentIdMessage()
{
    // The default "today" is the real date: a valid number from 1990 stays valid.
    QVERIFY(isValidResidentId(QStringLiteral("410105199001011233")));
    QVERIFY(!isValidResidentId(QStringLiteral("410105199001011234")));
    QVERIFY(!isValidResidentId(QStringLiteral("410105209901011235")));
    const ResidentIdCheck wrong = checkResidentId(QStringLiteral("410105199001011234"));
    QVERIFY(!wrong.message().isEmpty());
    QVERIFY(wrong.message() != checkResidentId(QStringLiteral("410105199002301232")).message());
    // The province rule names the standard and the digits, and points 83 and 9 numbers to their ID type.
    const QString province = checkResidentId(QStringLiteral("990426199112010074")).message();
    QVERIFY2(province.contains(QLatin1String("GB/T 2260")) && province.contains(QLatin1String("not 99")),
             qPrintable(province));
    QVERIFY2(province.contains(QLatin1String("permanent residence")), qPrintable(province));
    const QString taiwan = checkResidentId(QStringLiteral("830000197610153511")).message();
    QVERIFY2(taiwan.contains(QLatin1String("tw_permit")), qPrintable(taiwan));
    const QString foreigner = checkResidentId(QStringLiteral("911036198506150021")).message();
    QVERIFY2(foreigner.contains(QLatin1String("ID type other")), qPrintable(foreigner));
    QVERIFY(!checkResidentId(QStringLiteral("410105199001011233")).message().contains(QLatin1String("tw_permit")));
}

// Residence permits and the 2023 permanent residence card: GB 11643 numbers with their own first digits.
void TestIdentifiers::idDocuments_data()
{
    using P = ResidentIdCheck::Problem;
    using D = IdDocument;
    QTest::addColumn<QString>("number");
    QTest::addColumn<D>("document");
    QTest::addColumn<P>("problem");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("hong kong permit") << QStringLiteral("810000199001011230") << D::HkMoResidencePermit << P::None
                                      << QString();
    QTest::newRow("macao permit") << QStringLiteral("820000198512310029") << D::HkMoResidencePermit << P::None
                                  << QString();
    QTest::newRow("taiwan permit") << QStringLiteral("830000197610153511") << D::TwResidencePermit << P::None
                                   << QString();
    QTest::newRow("taiwan permit, wrong check")
        << QStringLiteral("830000197610153512") << D::TwResidencePermit << P::CheckDigit << QString();
    QTest::newRow("83 is no hong kong permit")
        << QStringLiteral("830000197610153511") << D::HkMoResidencePermit << P::Region << QStringLiteral("81");
    QTest::newRow("81 is no taiwan permit")
        << QStringLiteral("810000199001011230") << D::TwResidencePermit << P::Region << QStringLiteral("83");
    QTest::newRow("mainland id is no permit")
        << QStringLiteral("410105199001011233") << D::HkMoResidencePermit << P::Region << QStringLiteral("not 41");
    QTest::newRow("permanent residence, beijing")
        << QStringLiteral("911036198506150021") << D::PermanentResidenceCard << P::None << QString();
    QTest::newRow("permanent residence, guangdong, X")
        << QStringLiteral("94403619900101123X") << D::PermanentResidenceCard << P::None << QString();
    QTest::newRow("permanent residence, office 00")
        << QStringLiteral("900000199001011232") << D::PermanentResidenceCard << P::Region << QStringLiteral("900");
    QTest::newRow("permanent residence, office 91")
        << QStringLiteral("99100019900101123X") << D::PermanentResidenceCard << P::Region << QStringLiteral("991");
    QTest::newRow("permanent residence needs the 9")
        << QStringLiteral("410105199001011233") << D::PermanentResidenceCard << P::Region << QStringLiteral("9");
    QTest::newRow("9 is no resident id") << QStringLiteral("911036198506150021") << D::ResidentIdCard << P::Region
                                         << QStringLiteral("ID type other");
    QTest::newRow("83 is no resident id")
        << QStringLiteral("830000197610153511") << D::ResidentIdCard << P::Region << QStringLiteral("tw_permit");
}

void TestIdentifiers::idDocuments()
{
    using P = ResidentIdCheck::Problem;
    QFETCH(QString, number);
    QFETCH(IdDocument, document);
    QFETCH(P, problem);
    QFETCH(QString, mentions);
    const ResidentIdCheck check = checkResidentId(number, QDate(2025, 6, 30), document);
    QCOMPARE(check.problem, problem);
    QCOMPARE(check.document, document);
    QVERIFY2(check.message().contains(mentions), qPrintable(check.message()));
}

void TestIdentifiers::likelyIdDocument_data()
{
    using D = IdDocument;
    QTest::addColumn<QString>("number");
    QTest::addColumn<D>("document");

    QTest::newRow("mainland") << QStringLiteral("410105199001011233") << D::ResidentIdCard;
    QTest::newRow("taiwan 71") << QStringLiteral("710000199001011237") << D::ResidentIdCard;
    QTest::newRow("unknown 99 starts with 9") << QStringLiteral("990426199112010074") << D::PermanentResidenceCard;
    QTest::newRow("unknown 00") << QStringLiteral("000426199112010074") << D::ResidentIdCard;
    QTest::newRow("81") << QStringLiteral("810000199001011230") << D::HkMoResidencePermit;
    QTest::newRow("82") << QStringLiteral("820000198512310029") << D::HkMoResidencePermit;
    QTest::newRow("83") << QStringLiteral("830000197610153511") << D::TwResidencePermit;
    QTest::newRow("9") << QStringLiteral("911036198506150021") << D::PermanentResidenceCard;
    QTest::newRow("empty") << QString() << D::ResidentIdCard;
}

void TestIdentifiers::likelyIdDocument()
{
    QFETCH(QString, number);
    QFETCH(IdDocument, document);
    QCOMPARE(desk::ids::likelyIdDocument(number), document);
}

void TestIdentifiers::idDocumentForType_data()
{
    using D = IdDocument;
    QTest::addColumn<QString>("idType");
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("checked");
    QTest::addColumn<D>("document");

    QTest::newRow("resident id") << QStringLiteral("resident_id") << QStringLiteral("410105199001011233") << true
                                 << D::ResidentIdCard;
    QTest::newRow("resident id, any length")
        << QStringLiteral("resident_id") << QStringLiteral("4101") << true << D::ResidentIdCard;
    QTest::newRow("resident id given an 83")
        << QStringLiteral("resident_id") << QStringLiteral("830000197610153511") << true << D::ResidentIdCard;
    QTest::newRow("home-return permit") << QStringLiteral("hk_mo_permit") << QStringLiteral("H12345678") << false
                                        << D::ResidentIdCard;
    QTest::newRow("hk/mo residence permit")
        << QStringLiteral("hk_mo_permit") << QStringLiteral("810000199001011230") << true << D::HkMoResidencePermit;
    QTest::newRow("compatriot permit") << QStringLiteral("tw_permit") << QStringLiteral("12345678") << false
                                       << D::ResidentIdCard;
    QTest::newRow("tw residence permit") << QStringLiteral("tw_permit") << QStringLiteral("830000197610153511") << true
                                         << D::TwResidencePermit;
    QTest::newRow("permanent residence card")
        << QStringLiteral("other") << QStringLiteral("911036198506150021") << true << D::PermanentResidenceCard;
    QTest::newRow("other 18, not 9") << QStringLiteral("other") << QStringLiteral("410105199001011233") << false
                                     << D::ResidentIdCard;
    QTest::newRow("other short") << QStringLiteral("other") << QStringLiteral("X1234567") << false << D::ResidentIdCard;
    QTest::newRow("passport of 18") << QStringLiteral("passport") << QStringLiteral("911036198506150021") << false
                                    << D::ResidentIdCard;
    QTest::newRow("unknown type") << QStringLiteral("driving_licence") << QStringLiteral("410105199001011233") << false
                                  << D::ResidentIdCard;
    QTest::newRow("empty type") << QString() << QStringLiteral("410105199001011233") << false << D::ResidentIdCard;
}

void TestIdentifiers::idDocumentForType()
{
    QFETCH(QString, idType);
    QFETCH(QString, number);
    QFETCH(bool, checked);
    QFETCH(IdDocument, document);
    const std::optional<IdDocument> got = desk::ids::idDocumentForType(idType, number);
    QCOMPARE(got.has_value(), checked);
    if (checked)
        QCOMPARE(*got, document);
}

void TestIdentifiers::mobile_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");

    QTest::newRow("155") << QStringLiteral("15500006621") << true;
    QTest::newRow("138") << QStringLiteral("13800138000") << true;
    QTest::newRow("199") << QStringLiteral("19912345678") << true;
    QTest::newRow("torch example") << QStringLiteral("18711111111") << true;
    QTest::newRow("12 prefix") << QStringLiteral("12345678901") << false;
    QTest::newRow("10 prefix") << QStringLiteral("10012345678") << false;
    QTest::newRow("landline") << QStringLiteral("01088659000") << false;
    QTest::newRow("10 digits") << QStringLiteral("1550000662") << false;
    QTest::newRow("12 digits") << QStringLiteral("155000066210") << false;
    QTest::newRow("letter") << QStringLiteral("1550000662a") << false;
    QTest::newRow("country code") << QStringLiteral("+8615500006621") << false;
    QTest::newRow("spaces") << QStringLiteral("155 0000 6621") << false;
    QTest::newRow("full-width") << QStringLiteral("１５５００００６６２１") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIdentifiers::mobile()
{
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    QCOMPARE(isMainlandMobile(phone), valid);
}

void TestIdentifiers::loginName_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("valid");

    QTest::newRow("pinyin") << QStringLiteral("zhangsan_01") << true;
    QTest::newRow("HJ_ uscc") << QStringLiteral("HJ_91110108MA01ET88XL") << true;
    QTest::newRow("HJ_ phone") << QStringLiteral("HJ_18711111111") << true;
    QTest::newRow("foreign experts") << QStringLiteral("WGZJXM20190001") << true;
    QTest::newRow("phone") << QStringLiteral("15500006621") << true;
    QTest::newRow("4 characters") << QStringLiteral("abcd") << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("3 characters") << QStringLiteral("abc") << false;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("space") << QStringLiteral("zhang san") << false;
    QTest::newRow("hyphen") << QStringLiteral("zhang-san") << false;
    QTest::newRow("dot") << QStringLiteral("zhang.san") << false;
    QTest::newRow("chinese") << QStringLiteral("张三abcd") << false;
    QTest::newRow("full-width letters") << QStringLiteral("ｚｈａｎｇ") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIdentifiers::loginName()
{
    QFETCH(QString, login);
    QFETCH(bool, valid);
    QCOMPARE(isValidLoginName(login), valid);
}

void TestIdentifiers::password_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("upper lower digit") << QStringLiteral("Abcdef12") << true << QString();
    QTest::newRow("lower digit symbol") << QStringLiteral("abcdef1!") << true << QString();
    QTest::newRow("upper digit symbol") << QStringLiteral("ABCDEF1!") << true << QString();
    QTest::newRow("all four") << QStringLiteral("Pa$$w0rd") << true << QString();
    QTest::newRow("upper lower symbol") << QStringLiteral("Abcdefg#") << true << QString();
    QTest::newRow("too short") << QStringLiteral("Ab1!xyz") << false << QStringLiteral("8");
    QTest::newRow("empty") << QString() << false << QStringLiteral("8");
    QTest::newRow("lower only") << QStringLiteral("abcdefgh") << false << QStringLiteral("digits");
    QTest::newRow("lower digit") << QStringLiteral("abcdefg1") << false << QStringLiteral("upper-case");
    QTest::newRow("upper lower") << QStringLiteral("ABCdefgh") << false << QStringLiteral("symbols");
    QTest::newRow("digits only") << QStringLiteral("12345678") << false << QStringLiteral("lower-case");
    QTest::newRow("spaces do not count") << QStringLiteral("abc 1234") << false << QStringLiteral("symbols");
}

void TestIdentifiers::password()
{
    QFETCH(QString, password);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    const PasswordCheck check = checkPassword(password);
    QCOMPARE(check.ok, ok);
    QCOMPARE(check.message.isEmpty(), ok);
    if (!mentions.isEmpty())
        QVERIFY2(check.message.contains(mentions), qPrintable(check.message));
}

void TestIdentifiers::maskIdNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("masked");

    QTest::newRow("domain example") << QStringLiteral("41010519900101265X") << QStringLiteral("410************65X");
    QTest::newRow("resident id") << QStringLiteral("110108198512310028") << QStringLiteral("110************028");
    QTest::newRow("passport") << QStringLiteral("E12345678") << QStringLiteral("E*******8");
    QTest::newRow("hk permit") << QStringLiteral("H1234567") << QStringLiteral("H******7");
    QTest::newRow("12 characters") << QStringLiteral("ABCDEFGHIJKL") << QStringLiteral("ABC******JKL");
    QTest::newRow("6 characters") << QStringLiteral("123456") << QStringLiteral("1****6");
    QTest::newRow("5 characters") << QStringLiteral("12345") << QStringLiteral("*****");
    QTest::newRow("1 character") << QStringLiteral("7") << QStringLiteral("*");
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentifiers::maskIdNumber()
{
    QFETCH(QString, number);
    QFETCH(QString, masked);
    QCOMPARE(desk::ids::maskIdNumber(number), masked);
}

void TestIdentifiers::maskPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("masked");

    QTest::newRow("domain example") << QStringLiteral("15500006621") << QStringLiteral("155****6621");
    QTest::newRow("mobile") << QStringLiteral("13800138000") << QStringLiteral("138****8000");
    QTest::newRow("with country code") << QStringLiteral("+8615500006621") << QStringLiteral("+86*******6621");
    QTest::newRow("8-digit landline") << QStringLiteral("88659000") << QStringLiteral("******00");
    QTest::newRow("6 digits") << QStringLiteral("123456") << QStringLiteral("****56");
    QTest::newRow("5 digits") << QStringLiteral("12345") << QStringLiteral("*****");
    QTest::newRow("1 digit") << QStringLiteral("1") << QStringLiteral("*");
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentifiers::maskPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, masked);
    QCOMPARE(desk::ids::maskPhone(phone), masked);
}

void TestIdentifiers::maskEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("masked");

    QTest::newRow("header example") << QStringLiteral("zhangsan@example.cn") << QStringLiteral("z***@example.cn");
    QTest::newRow("qq") << QStringLiteral("123456789@qq.com") << QStringLiteral("1***@qq.com");
    QTest::newRow("one-letter local part") << QStringLiteral("a@b.cn") << QStringLiteral("***@b.cn");
    QTest::newRow("no local part") << QStringLiteral("@b.cn") << QStringLiteral("***@b.cn");
    QTest::newRow("no at sign") << QStringLiteral("zhangsan") << QStringLiteral("z*******");
    QTest::newRow("short, no at sign") << QStringLiteral("abc") << QStringLiteral("***");
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentifiers::maskEmail()
{
    QFETCH(QString, email);
    QFETCH(QString, masked);
    QCOMPARE(desk::ids::maskEmail(email), masked);
}

void TestIdentifiers::maskUscc()
{
    QCOMPARE(desk::ids::maskUscc(u"91110108MA01ET88XL"), QStringLiteral("91110108MA01ET88XL"));
    QCOMPARE(desk::ids::maskUscc(u""), QString());
}

void TestIdentifiers::foldFullWidth_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("folded");

    QTest::newRow("digits and letters") << QStringLiteral("９１１１０１０８ＭＡ０１ｅｔ")
                                        << QStringLiteral("91110108MA01et");
    QTest::newRow("ideographic space") << QStringLiteral("\u3000张三\u3000") << QStringLiteral(" 张三 ");
    QTest::newRow("parentheses") << QStringLiteral("（北京）") << QStringLiteral("(北京)");
    QTest::newRow("range ends") << QStringLiteral("\uFF01\uFF5E") << QStringLiteral("!~");
    QTest::newRow("outside the range") << QStringLiteral("\uFF00\uFF5F·") << QStringLiteral("\uFF00\uFF5F·");
    QTest::newRow("ascii unchanged") << QStringLiteral("HJ_155") << QStringLiteral("HJ_155");
}

void TestIdentifiers::foldFullWidth()
{
    QFETCH(QString, input);
    QFETCH(QString, folded);
    QCOMPARE(desk::ids::foldFullWidth(input), folded);
}

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
