#include "domain/LookupQuery.h"

#include "domain/Identifiers.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <algorithm>

namespace desk {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

bool isCodeSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('-');
}

bool isMiddleDot(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x00B7 || u == 0x2022 || u == 0x2027 || u == 0x30FB || u == 0xFF65;
}

bool isLoginText(const QString &text)
{
    for (const QChar c : text) {
        if (!isAsciiDigit(c) && !isAsciiLetter(c) && c != QLatin1Char('_'))
            return false;
    }
    return !text.isEmpty();
}

// Characters a person's or an organization's name may hold besides letters and digits.
bool isNamePunctuation(QChar c)
{
    static const QString allowed = QStringLiteral("()（）-.,&'");
    return c == QLatin1Char(' ') || isMiddleDot(c) || allowed.contains(c);
}

QString quoted(QChar c)
{
    return QStringLiteral("\u201C") + QString(c) + QStringLiteral("\u201D");
}

LookupQuery invalid(QString message)
{
    LookupQuery q;
    q.kind = LookupQuery::Kind::Invalid;
    q.message = std::move(message);
    return q;
}

// 18 characters without separators: a resident ID, a USCC, or a legacy code that is neither.
LookupQuery parseCode18(const QString &compact)
{
    LookupQuery q;
    q.text = compact.toUpper();
    q.original = compact;
    const ids::ResidentIdCheck id = ids::checkResidentId(q.text, QDate::currentDate(), ids::likelyIdDocument(q.text));
    if (id.valid()) {
        q.kind = LookupQuery::Kind::IdNumber;
        return q;
    }
    const ids::UsccCheck uscc = ids::checkUscc(q.text);
    if (uscc.valid()) {
        q.kind = LookupQuery::Kind::Uscc;
        return q;
    }
    q.kind = LookupQuery::Kind::Code18;
    using UsccProblem = ids::UsccCheck::Problem;
    const QChar usccCheck = ids::usccCheckCharacter(q.text.left(17));
    // A code whose check character is right for one of the two but that breaks a rule on its parts (an unknown
    // province, letters in a USCC's division code): issued before the rule was enforced, or made up.
    QString brokenRule;
    if (id.problem == ids::ResidentIdCheck::Problem::Region) // explained as a resident ID, the common case
        brokenRule = ids::checkResidentId(q.text).message();
    else if (uscc.problem == UsccProblem::RegistrationAuthority || uscc.problem == UsccProblem::EntityType ||
             uscc.problem == UsccProblem::DivisionCode)
        brokenRule = uscc.message();
    if (!brokenRule.isEmpty()) {
        q.warning =
            QCoreApplication::translate("desk::LookupQuery", "%1 Searching for it as a legacy code.").arg(brokenRule);
    } else if (id.problem == ids::ResidentIdCheck::Problem::CheckDigit) {
        q.warning = QCoreApplication::translate("desk::LookupQuery", "As a resident ID number the last character should be %1, not %2; as a USCC it should be "
                       "%3. Searching for it as a legacy code.")
                        .arg(ids::residentIdCheckCharacter(q.text), q.text.at(17), usccCheck);
    } else if (id.problem == ids::ResidentIdCheck::Problem::BirthDate) {
        q.warning = QCoreApplication::translate("desk::LookupQuery", "This is not a resident ID number (digits 7 to 14, %1, are not a possible birth date), and "
                       "as a USCC the last character should be %2, not %3. Searching for it as a legacy code.")
                        .arg(q.text.mid(6, 8), usccCheck, q.text.at(17));
    } else if (ids::isUsccShape(q.text)) {
        q.warning = QCoreApplication::translate("desk::LookupQuery", "The check character of this USCC should be %1, not %2: mistyped, or a legacy code that "
                       "was never valid. Searching for it as a legacy code.")
                        .arg(usccCheck, q.text.at(17));
    } else {
        QString foreign;
        for (const QChar c : q.text) {
            if (ids::usccCharacterValue(c) < 0 && !foreign.contains(c)) {
                if (!foreign.isEmpty())
                    foreign += QStringLiteral(", ");
                foreign += c;
            }
        }
        q.warning = QCoreApplication::translate("desk::LookupQuery", "This 18-character code is neither a USCC nor a resident ID number (a USCC never contains "
                       "%1). Searching for it as a legacy code.")
                        .arg(foreign);
    }
    return q;
}

QString normaliseName(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        if (isMiddleDot(c))
            out += QChar(char16_t(0x00B7));
        else if (c == QLatin1Char('('))
            out += QChar(char16_t(0xFF08));
        else if (c == QLatin1Char(')'))
            out += QChar(char16_t(0xFF09));
        else
            out += c;
    }
    return out;
}

} // namespace

LookupQuery LookupQuery::parse(const QString &input)
{
    const QString folded = ids::foldFullWidth(input).trimmed();
    if (folded.isEmpty())
        return {};
    if (folded.size() > kMaxLength)
        return invalid(QCoreApplication::translate("desk::LookupQuery", "The search text has %1 characters; at most %2 are searched. Type one login name, "
                          "USCC, ID number, mobile number or name.")
                           .arg(folded.size())
                           .arg(kMaxLength));

    // Codes and phone numbers are often typed or pasted in groups: 9111 0108 MA01 ET88 XL, 155-0000-6621.
    QString compact;
    compact.reserve(folded.size());
    bool separators = false;
    for (const QChar c : folded) {
        if (isCodeSeparator(c))
            separators = true;
        else
            compact += c;
    }
    if (compact.startsWith(QLatin1String("+86")) && ids::isMainlandMobile(QStringView(compact).mid(3))) {
        LookupQuery q;
        q.kind = Kind::Phone;
        q.text = compact.mid(3);
        return q;
    }
    const bool alnum = isLoginText(compact) && !compact.contains(QLatin1Char('_'));
    const bool hasDigit = std::any_of(compact.cbegin(), compact.cend(), isAsciiDigit);
    // Letters in groups without a digit are a name ("Li Lei"), not a code.
    if (alnum && (!separators || hasDigit)) {
        if (compact.size() == 11 && ids::isMainlandMobile(compact)) {
            LookupQuery q;
            q.kind = Kind::Phone;
            q.text = compact;
            return q;
        }
        const bool foreignExpertsLogin =
            !separators && compact.startsWith(QLatin1String("WGZJXM"), Qt::CaseInsensitive);
        if (compact.size() == 18 && !foreignExpertsLogin)
            return parseCode18(compact);
    }

    if (isLoginText(folded)) {
        LookupQuery q;
        q.kind = Kind::Login;
        q.text = folded;
        if (folded.size() < 4)
            q.warning = QCoreApplication::translate("desk::LookupQuery", "Platform login names have at least 4 characters: only a legacy login can match.");
        else if (folded.size() > 64)
            q.warning = QCoreApplication::translate("desk::LookupQuery", "Platform login names have at most 64 characters: only a legacy login can match.");
        return q;
    }

    if (folded.contains(QLatin1Char('@')))
        return invalid(QCoreApplication::translate("desk::LookupQuery", "E-mail addresses are not searched. Type the login name, mobile number, ID number, USCC "
                          "or name instead."));

    bool hasLetter = false;
    for (const QChar c : folded) {
        if (c.isLetter()) {
            hasLetter = true;
            continue;
        }
        if (c.isDigit() || c.isMark() || isNamePunctuation(c) || c.isSpace())
            continue;
        return invalid(QCoreApplication::translate("desk::LookupQuery", "The character %1 cannot appear in a login name, USCC, ID number, mobile number or "
                          "name.")
                           .arg(quoted(c)));
    }
    if (!hasLetter) {
        if (hasDigit)
            return invalid(QCoreApplication::translate("desk::LookupQuery", "These %1 digits are neither a mobile number (11 digits starting 13 to 19) nor an "
                              "18-character ID number or USCC.")
                               .arg(compact.size()));
        return invalid(QCoreApplication::translate("desk::LookupQuery", "There is nothing to search for: no letters or digits."));
    }
    LookupQuery q;
    q.kind = Kind::Name;
    q.text = normaliseName(folded);
    return q;
}

QString LookupQuery::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::Login:
        return QStringLiteral("login");
    case Kind::Uscc:
        return QStringLiteral("uscc");
    case Kind::IdNumber:
        return QStringLiteral("id_number");
    case Kind::Code18:
        return QStringLiteral("code18");
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Name:
        return QStringLiteral("name");
    case Kind::Invalid:
        return QStringLiteral("invalid");
    }
    return QStringLiteral("invalid");
}

} // namespace desk
