#include "domain/Identifiers.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>

namespace desk::ids {

namespace {

constexpr char kUsccAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kUsccWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

constexpr std::array<int, 17> kResidentWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kResidentChecks[] = "10X98765432";

constexpr std::array<int, 8> kOrganizationCodeWeights = {3, 7, 9, 10, 5, 8, 4, 2};

// GB/T 2260 province-level codes. The mainland ones also open a permanent residence card number (after the 9).
constexpr std::array<int, 31> kMainlandProvinces = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41,
                                                    42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65};
constexpr int kTaiwan = 71;
constexpr int kHongKong = 81;
constexpr int kMacao = 82;
constexpr int kTaiwanResidencePermit = 83;

// USCC character 1 (registration authority) and the entity types (character 2) each allows; see UsccCheck.
struct UsccAuthority
{
    char code;
    const char *entityTypes;
};
constexpr std::array<UsccAuthority, 12> kUsccAuthorities = {{
    {'1', "1239"},   // establishment: organs of state, public institutions, mass organizations, other
    {'2', "19"},     // foreign affairs: resident foreign news agencies, other
    {'3', "123459"}, // justice: law firms, notaries, legal services, forensic institutes, arbitration, other
    {'4', "19"},     // culture: foreign cultural centres, other
    {'5', "1239"},   // civil affairs: social organizations, private non-enterprise units, foundations, other
    {'6', "129"},    // tourism: foreign and Hong Kong/Macao/Taiwan tourism offices, other
    {'7', "129"},    // religious affairs: places of worship, religious colleges, other
    {'8', "19"},     // trade unions: grassroots unions, other
    {'9', "123"},    // market regulation: enterprises, individual businesses, farmers' cooperatives
    {'A', "19"},     // Central Military Commission: military public institutions, other
    {'N', "1239"},   // agriculture: group, village and township collective economic organizations, other
    {'Y', "1"},      // other
}};

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool isAsciiLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

int twoDigits(QStringView text)
{
    return text.size() >= 2 && allDigits(text.left(2)) ? (text.at(0).unicode() - '0') * 10 + text.at(1).unicode() - '0'
                                                       : -1;
}

bool isMainlandProvince(int code)
{
    return std::find(kMainlandProvinces.begin(), kMainlandProvinces.end(), code) != kMainlandProvinces.end();
}

// The region rule of each IdDocument on the first digits of a number of resident-ID shape.
bool regionFits(QStringView number, IdDocument document)
{
    const int head = twoDigits(number);
    switch (document) {
    case IdDocument::ResidentIdCard:
        return isMainlandProvince(head) || head == kTaiwan || head == kHongKong || head == kMacao;
    case IdDocument::HkMoResidencePermit:
        return head == kHongKong || head == kMacao;
    case IdDocument::TwResidencePermit:
        return head == kTaiwanResidencePermit;
    case IdDocument::PermanentResidenceCard:
        return number.at(0) == QLatin1Char('9') && isMainlandProvince(twoDigits(number.mid(1)));
    }
    return false;
}

const UsccAuthority *usccAuthority(QChar c)
{
    for (const UsccAuthority &a : kUsccAuthorities) {
        if (c == QLatin1Char(a.code))
            return &a;
    }
    return nullptr;
}

QString stars(qsizetype count)
{
    return QString(count, QLatin1Char('*'));
}

// Keeps `head` leading and `tail` trailing characters and stars the rest; callers make sure that
// head + tail < text.size() so at least one character is hidden.
QString keepEnds(QStringView text, qsizetype head, qsizetype tail)
{
    return text.left(head).toString() + stars(text.size() - head - tail) + text.right(tail).toString();
}

} // namespace

int usccCharacterValue(QChar c)
{
    if (c.unicode() > 0x7f)
        return -1;
    for (int i = 0; kUsccAlphabet[i] != 0; ++i) {
        if (c.toLatin1() == kUsccAlphabet[i])
            return i;
    }
    return -1;
}

bool isUsccShape(QStringView code)
{
    if (code.size() != 18)
        return false;
    for (const QChar c : code) {
        if (usccCharacterValue(c) < 0)
            return false;
    }
    return true;
}

QChar usccCheckCharacter(QStringView first17)
{
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = usccCharacterValue(first17.at(i));
        if (value < 0)
            return {};
        sum += value * kUsccWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return QLatin1Char(kUsccAlphabet[check]);
}

bool isValidUscc(QStringView code)
{
    return checkUscc(code).valid();
}

UsccCheck checkUscc(QStringView code)
{
    UsccCheck result;
    result.code = code.toString();
    if (!isUsccShape(code)) {
        result.problem = code.size() != 18 ? UsccCheck::Problem::Length : UsccCheck::Problem::Characters;
        return result;
    }
    result.expectedCheck = usccCheckCharacter(code);
    const UsccAuthority *authority = usccAuthority(code.at(0));
    if (result.expectedCheck != code.at(17))
        result.problem = UsccCheck::Problem::CheckCharacter;
    else if (!authority)
        result.problem = UsccCheck::Problem::RegistrationAuthority;
    else if (!QLatin1String(authority->entityTypes).contains(code.at(1)))
        result.problem = UsccCheck::Problem::EntityType;
    else if (!allDigits(code.mid(2, 6)))
        result.problem = UsccCheck::Problem::DivisionCode;
    else
        result.problem = UsccCheck::Problem::None;
    return result;
}

QString UsccCheck::message() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Length:
        return QCoreApplication::translate("desk::ids", "A USCC has 18 characters, not %1.").arg(code.size());
    case Problem::Characters:
        return QCoreApplication::translate(
            "desk::ids", "A USCC holds only digits and the upper-case letters A to Y without I, O, S, V and Z.");
    case Problem::CheckCharacter:
        return QCoreApplication::translate(
                   "desk::ids",
                   "The check character (the last) of the USCC should be %1, not %2: the code was mistyped or is "
                   "not genuine.")
            .arg(expectedCheck, code.at(17));
    case Problem::RegistrationAuthority:
        return QCoreApplication::translate(
                   "desk::ids",
                   "Character 1 of a USCC is the registration authority (GB 32100: 1 to 9, A, N or Y), not %1.")
            .arg(code.at(0));
    case Problem::EntityType: {
        const UsccAuthority *authority = usccAuthority(code.at(0));
        QStringList allowed;
        for (const char *c = authority ? authority->entityTypes : ""; *c; ++c)
            allowed << QString(QLatin1Char(*c));
        return QCoreApplication::translate(
                   "desk::ids",
                   "Character 2 of a USCC is the entity type, and registration authority %1 has only %2 (GB 32100), "
                   "not %3.")
            .arg(QString(code.at(0)), allowed.join(QStringLiteral(", ")), QString(code.at(1)));
    }
    case Problem::DivisionCode:
        return QCoreApplication::translate(
                   "desk::ids",
                   "Characters 3 to 8 of a USCC are the administrative division code of the registering office "
                   "(GB/T 2260) and must be digits, not %1.")
            .arg(code.mid(2, 6));
    }
    return {};
}

QChar organizationCodeCheckCharacter(QStringView first8)
{
    if (first8.size() < 8)
        return {};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = first8.at(i);
        int value = -1;
        if (isAsciiDigit(c))
            value = c.unicode() - '0';
        else if (isAsciiUpper(c))
            value = c.unicode() - 'A' + 10;
        if (value < 0)
            return {};
        sum += value * kOrganizationCodeWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return QLatin1Char('X');
    if (check == 11)
        return QLatin1Char('0');
    return QLatin1Char(char('0' + check));
}

QChar residentIdCheckCharacter(QStringView first17)
{
    if (first17.size() < 17 || !allDigits(first17.left(17)))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * kResidentWeights[i];
    return QLatin1Char(kResidentChecks[sum % 11]);
}

bool isResidentIdShape(QStringView number)
{
    if (number.size() != 18 || !allDigits(number.left(17)))
        return false;
    const QChar last = number.at(17);
    return isAsciiDigit(last) || last == QLatin1Char('X');
}

namespace {

QString regionMessage(const ResidentIdCheck &check)
{
    const QString head = check.regionCode.left(2);
    switch (check.document) {
    case IdDocument::ResidentIdCard: {
        QString text =
            QCoreApplication::translate(
                "desk::ids", "Digits 1 and 2 of a resident ID number are a province-level code of GB/T 2260 (11 to 15, "
                             "21 to 23, 31 to 37, 41 to 46, 50 to 54, 61 to 65, 71, 81 or 82), not %1.")
                .arg(head);
        // Point to the ID type these numbers belong under.
        if (likelyIdDocument(check.regionCode) == IdDocument::TwResidencePermit)
            text +=
                QLatin1Char(' ') + QCoreApplication::translate("desk::ids", "Numbers starting 83 are Taiwan residents' "
                                                                            "residence permits (ID type tw_permit).");
        else if (likelyIdDocument(check.regionCode) == IdDocument::PermanentResidenceCard)
            text += QLatin1Char(' ') + QCoreApplication::translate("desk::ids",
                                                                   "Numbers starting with 9 and a province-level code "
                                                                   "are foreigners' permanent residence ID cards (ID "
                                                                   "type other).");
        return text;
    }
    case IdDocument::HkMoResidencePermit:
        return QCoreApplication::translate(
                   "desk::ids",
                   "An 18-digit Hong Kong or Macao permit number is a residence permit and starts 81 (Hong Kong) or "
                   "82 (Macao), not %1.")
            .arg(head);
    case IdDocument::TwResidencePermit:
        return QCoreApplication::translate(
                   "desk::ids", "An 18-digit Taiwan permit number is a residence permit and starts 83, not %1.")
            .arg(head);
    case IdDocument::PermanentResidenceCard:
        return QCoreApplication::translate(
                   "desk::ids",
                   "A foreigner's permanent residence ID card number starts with 9 and the province-level code "
                   "(GB/T 2260) of the office that issued it, not %1.")
            .arg(check.regionCode.left(3));
    }
    return {};
}

} // namespace

QString ResidentIdCheck::message() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Length:
        return QCoreApplication::translate("desk::ids", "A resident ID number has 18 characters.");
    case Problem::Characters:
        return QCoreApplication::translate("desk::ids", "A resident ID number is 17 digits followed by a digit or an upper-case X.");
    case Problem::BirthDate:
        return QCoreApplication::translate("desk::ids", "Digits 7 to 14 of the resident ID number are not a possible birth date.");
    case Problem::CheckDigit:
        return QCoreApplication::translate("desk::ids", "The last character of the resident ID number does not match the check digit of the "
                  "first 17 digits: the number was mistyped or is not genuine.");
    case Problem::Region:
        return regionMessage(*this);
    }
    return {};
}

ResidentIdCheck checkResidentId(QStringView number, const QDate &today, IdDocument document)
{
    ResidentIdCheck result;
    result.document = document;
    if (number.size() != 18) {
        result.problem = ResidentIdCheck::Problem::Length;
        return result;
    }
    if (!isResidentIdShape(number)) {
        result.problem = ResidentIdCheck::Problem::Characters;
        return result;
    }
    result.regionCode = number.left(6).toString();
    result.sex = (number.at(16).unicode() - '0') % 2 == 1 ? Sex::Male : Sex::Female;

    const int year = number.mid(6, 4).toInt();
    const int month = number.mid(10, 2).toInt();
    const int day = number.mid(12, 2).toInt();
    const QDate birth(year, month, day);
    if (birth.isValid())
        result.birthDate = birth;
    // Nobody alive was born before 1900, and nobody is born tomorrow.
    if (!birth.isValid() || year < 1900 || (today.isValid() && birth > today)) {
        result.problem = ResidentIdCheck::Problem::BirthDate;
        return result;
    }
    if (residentIdCheckCharacter(number) != number.at(17)) {
        result.problem = ResidentIdCheck::Problem::CheckDigit;
        return result;
    }
    result.problem = regionFits(number, document) ? ResidentIdCheck::Problem::None : ResidentIdCheck::Problem::Region;
    return result;
}

bool isValidResidentId(QStringView number)
{
    return checkResidentId(number).valid();
}

IdDocument likelyIdDocument(QStringView number)
{
    if (number.startsWith(QLatin1Char('9')))
        return IdDocument::PermanentResidenceCard;
    const int head = twoDigits(number);
    if (head == kHongKong || head == kMacao)
        return IdDocument::HkMoResidencePermit;
    if (head == kTaiwanResidencePermit)
        return IdDocument::TwResidencePermit;
    return IdDocument::ResidentIdCard;
}

std::optional<IdDocument> idDocumentForType(QStringView idType, QStringView number)
{
    if (idType == QLatin1String("resident_id"))
        return IdDocument::ResidentIdCard;
    // Home-return and compatriot permits have 8 to 11 characters: 18 are a residence permit.
    if (idType == QLatin1String("hk_mo_permit") && number.size() == 18)
        return IdDocument::HkMoResidencePermit;
    if (idType == QLatin1String("tw_permit") && number.size() == 18)
        return IdDocument::TwResidencePermit;
    if (idType == QLatin1String("other") && number.size() == 18 && number.startsWith(QLatin1Char('9')))
        return IdDocument::PermanentResidenceCard;
    return std::nullopt;
}

bool isMainlandMobile(QStringView phone)
{
    return phone.size() == 11 && allDigits(phone) && phone.at(0) == QLatin1Char('1') && phone.at(1) >= QLatin1Char('3');
}

bool isValidLoginName(QStringView login)
{
    if (login.size() < 4 || login.size() > 64)
        return false;
    for (const QChar c : login) {
        if (!isAsciiDigit(c) && !isAsciiUpper(c) && !isAsciiLower(c) && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

PasswordCheck checkPassword(QStringView password)
{
    bool upper = false;
    bool lower = false;
    bool digit = false;
    bool symbol = false;
    for (const QChar c : password) {
        if (isAsciiUpper(c))
            upper = true;
        else if (isAsciiLower(c))
            lower = true;
        else if (isAsciiDigit(c))
            digit = true;
        else if (!c.isSpace() && c.isPrint())
            symbol = true;
    }
    PasswordCheck result;
    if (password.size() < 8) {
        result.message = QCoreApplication::translate(
            "desk::ids", "The password has %n character(s); at least 8 are required.", nullptr, int(password.size()));
        return result;
    }
    const int classes = int(upper) + int(lower) + int(digit) + int(symbol);
    if (classes < 3) {
        QStringList missing;
        if (!upper)
            missing << QCoreApplication::translate("desk::ids", "upper-case letters");
        if (!lower)
            missing << QCoreApplication::translate("desk::ids", "lower-case letters");
        if (!digit)
            missing << QCoreApplication::translate("desk::ids", "digits");
        if (!symbol)
            missing << QCoreApplication::translate("desk::ids", "symbols");
        result.message = QCoreApplication::translate("desk::ids", "The password must mix at least 3 of: upper-case letters, lower-case letters, digits, "
                            "symbols. Missing: %1.")
                             .arg(missing.join(QCoreApplication::translate("desk::ids", ", ")));
        return result;
    }
    result.ok = true;
    return result;
}

QString maskIdNumber(QStringView number)
{
    const qsizetype n = number.size();
    if (n >= 12)
        return keepEnds(number, 3, 3); // resident IDs: 410************65X
    if (n >= 6)
        return keepEnds(number, 1, 1); // permits and passports: H*******8
    return stars(n);
}

QString maskPhone(QStringView phone)
{
    const qsizetype n = phone.size();
    if (n >= 11)
        return keepEnds(phone, 3, 4); // mobiles: 155****6621
    if (n >= 6)
        return keepEnds(phone, 0, 2);
    return stars(n);
}

QString maskEmail(QStringView email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return email.size() >= 4 ? keepEnds(email, 1, 0) : stars(email.size());
    const QStringView local = email.left(at);
    const QStringView domain = email.mid(at);
    const QString maskedLocal =
        local.size() >= 2 ? local.left(1).toString() + QStringLiteral("***") : QStringLiteral("***");
    return maskedLocal + domain.toString();
}

QString maskUscc(QStringView uscc)
{
    return uscc.toString();
}

QString foldFullWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out += QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out;
}

} // namespace desk::ids
