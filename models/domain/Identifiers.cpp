#include "domain/Identifiers.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace desk::ids {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("desk::ids", text);
}

constexpr char kUsccAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kUsccWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

constexpr std::array<int, 17> kResidentWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kResidentChecks[] = "10X98765432";

constexpr std::array<int, 8> kOrganizationCodeWeights = {3, 7, 9, 10, 5, 8, 4, 2};

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
    return isUsccShape(code) && usccCheckCharacter(code.left(17)) == code.at(17);
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
    }
    return {};
}

ResidentIdCheck checkResidentId(QStringView number, const QDate &today)
{
    ResidentIdCheck result;
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
    result.problem = ResidentIdCheck::Problem::None;
    return result;
}

bool isValidResidentId(QStringView number)
{
    return checkResidentId(number).valid();
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
            missing << tr("upper-case letters");
        if (!lower)
            missing << tr("lower-case letters");
        if (!digit)
            missing << tr("digits");
        if (!symbol)
            missing << tr("symbols");
        result.message = tr("The password must mix at least 3 of: upper-case letters, lower-case letters, digits, "
                            "symbols. Missing: %1.")
                             .arg(missing.join(tr(", ")));
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
