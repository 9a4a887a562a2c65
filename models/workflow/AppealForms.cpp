#include "workflow/AppealForms.h"

#include "domain/Identifiers.h"

#include <QRegularExpression>

namespace desk {

namespace {

using Kind = AppealFieldSpec::Kind;

const QStringList kRegions{QStringLiteral("mainland"), QStringLiteral("hk_mo_tw"), QStringLiteral("other")};
const QStringList kIdTypes{QStringLiteral("resident_id"), QStringLiteral("hk_mo_permit"), QStringLiteral("tw_permit"),
                           QStringLiteral("passport"), QStringLiteral("other")};
const QStringList kOrgTypes{QStringLiteral("enterprise"), QStringLiteral("social_organization"),
                            QStringLiteral("public_institution"), QStringLiteral("other")};

AppealFieldSpec spec(const char *key, Kind kind, bool required = true, int maxLength = 100,
                     const QStringList &choices = {})
{
    return AppealFieldSpec{QString::fromLatin1(key), kind, required, maxLength, choices};
}

// The value of a JSON field as text: strings as they are, whole numbers (a phone typed as a number) as digits.
bool fieldText(const QJsonValue &v, QString *out)
{
    if (v.isUndefined() || v.isNull()) {
        *out = QString();
        return true;
    }
    if (v.isString()) {
        *out = v.toString();
        return true;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d))) {
            *out = QString::number(qint64(d));
            return true;
        }
    }
    return false;
}

QString compactCode(const QString &s)
{
    QString out;
    for (const QChar c : s)
        if (!c.isSpace() && c != QLatin1Char('-'))
            out += c;
    return out;
}

QString normalisedPhone(const QString &s)
{
    QString p = compactCode(s);
    if (p.startsWith(QLatin1String("+86")))
        p = p.mid(3);
    else if (p.startsWith(QLatin1String("0086")))
        p = p.mid(4);
    return p;
}

} // namespace

QVector<AppealFieldSpec> AppealForms::fields(const QString &type)
{
    if (type == QLatin1String("person_recovery"))
        return {spec("name", Kind::Text, true, 50), spec("identity_region", Kind::Choice, true, 20, kRegions),
                spec("id_type", Kind::Choice, true, 20, kIdTypes), spec("id_number", Kind::IdNumber, true, 30),
                spec("phone", Kind::Phone, true, 20)};
    if (type == QLatin1String("organization_recovery"))
        return {spec("organization_name", Kind::Text, true, 100),
                spec("organization_type", Kind::Choice, true, 30, kOrgTypes),
                spec("uscc", Kind::Uscc, true, 18),
                spec("agent_name", Kind::Text, true, 50),
                spec("identity_region", Kind::Choice, true, 20, kRegions),
                spec("id_type", Kind::Choice, true, 20, kIdTypes),
                spec("id_number", Kind::IdNumber, true, 30),
                spec("phone", Kind::Phone, true, 20),
                spec("email", Kind::Email, false, 100),
                spec("reason", Kind::LongText, true, 150)};
    const bool assisted = type == QLatin1String("assisted_registration");
    if (assisted || type == QLatin1String("modify_organization")) {
        QVector<AppealFieldSpec> f{spec("organization_type", Kind::Choice, true, 30, kOrgTypes),
                                   spec("organization_name", Kind::Text, true, 100),
                                   spec("uscc", Kind::Uscc, true, 18),
                                   spec("legal_rep_name", Kind::Text, true, 50),
                                   spec("id_type", Kind::Choice, true, 20, kIdTypes),
                                   spec("id_number", Kind::IdNumber, true, 30),
                                   spec("id_valid_from", Kind::Date, false, 10),
                                   spec("id_valid_until", Kind::Date, false, 10)};
        if (assisted)
            f << spec("requested_login", Kind::Login, true, 20);
        f << spec("phone", Kind::Phone, true, 20) << spec("remark", Kind::LongText, true, 150);
        return f;
    }
    return {};
}

QVector<AppealDocumentSlot> AppealForms::documents(const QString &type)
{
    const auto slot = [](const char *kind, bool required) {
        const QString k = QString::fromLatin1(kind);
        return AppealDocumentSlot{k, required, AppealTexts::documentKindAllowsPdf(k)};
    };
    if (type == QLatin1String("person_recovery") || type == QLatin1String("organization_recovery"))
        return {slot("id_front", true), slot("id_back", true)};
    if (type == QLatin1String("assisted_registration") || type == QLatin1String("modify_organization"))
        return {slot("licence", true), slot("authorization", true), slot("id_front", true),
                slot("id_back", true), slot("handler_id", true),    slot("declaration", false)};
    return {};
}

QVector<AppealFieldProblem> AppealForms::validate(const QString &type, const QJsonObject &fields,
                                                  QJsonObject *normalised, const QDate &todayIn)
{
    QVector<AppealFieldProblem> problems;
    const QDate today = todayIn.isValid() ? todayIn : QDate::currentDate();
    const QVector<AppealFieldSpec> specs = AppealForms::fields(type);
    if (specs.isEmpty()) {
        problems << AppealFieldProblem{QStringLiteral("type"),
                                       tr("Unknown appeal type \"%1\": use person_recovery, organization_recovery, "
                                          "assisted_registration or modify_organization.")
                                           .arg(type)};
        return problems;
    }
    QJsonObject out;
    const QString idType = ids::foldFullWidth(fields.value(QStringLiteral("id_type")).toString()).trimmed();
    for (const AppealFieldSpec &s : specs) {
        const QString label = s.label();
        QString value;
        if (!fieldText(fields.value(s.key), &value)) {
            problems << AppealFieldProblem{s.key, tr("%1 must be text.").arg(label)};
            continue;
        }
        value = ids::foldFullWidth(value).trimmed();
        switch (s.kind) {
        case Kind::IdNumber:
        case Kind::Uscc:
            value = compactCode(value).toUpper();
            break;
        case Kind::Phone:
            value = normalisedPhone(value);
            break;
        case Kind::Email:
            value = value.toLower();
            break;
        default:
            break;
        }
        if (value.isEmpty()) {
            if (s.required)
                problems << AppealFieldProblem{s.key, tr("%1 is missing.").arg(label)};
            continue;
        }
        if (value.size() > s.maxLength) {
            problems << AppealFieldProblem{
                s.key, tr("%1 is longer than %2 characters (%3).").arg(label).arg(s.maxLength).arg(value.size())};
            continue;
        }
        QString problem;
        switch (s.kind) {
        case Kind::Text:
        case Kind::LongText:
            break;
        case Kind::Choice:
            if (!s.choices.contains(value))
                problem = tr("%1 \"%2\" is not one of %3.").arg(label, value, s.choices.join(QStringLiteral(", ")));
            break;
        case Kind::IdNumber:
            // Residence permits and the permanent residence card carry GB 11643 numbers too: see IdDocument.
            if (const auto document =
                    ids::idDocumentForType(idType.isEmpty() ? QStringLiteral("resident_id") : idType, value)) {
                const ids::ResidentIdCheck check = ids::checkResidentId(value, today, *document);
                if (!check.valid())
                    problem = (*document == ids::IdDocument::ResidentIdCard
                                   ? tr("%1 %2 is not a valid resident ID number: %3")
                                   : tr("%1 %2 is not a valid 18-digit ID number: %3"))
                                  .arg(label, ids::maskIdNumber(value), check.message());
            } else {
                static const QRegularExpression permit(QStringLiteral("^[A-Z0-9]{5,30}$"));
                if (!permit.match(value).hasMatch())
                    problem =
                        tr("%1 %2 may hold only letters and digits (5 to 30).").arg(label, ids::maskIdNumber(value));
            }
            break;
        case Kind::Uscc: {
            const ids::UsccCheck check = ids::checkUscc(value);
            using Problem = ids::UsccCheck::Problem;
            if (check.problem == Problem::Length || check.problem == Problem::Characters)
                problem = tr("%1 \"%2\" is not 18 characters of the code's alphabet (digits and upper-case letters "
                             "without I, O, S, V, Z).")
                              .arg(label, value);
            else if (check.problem == Problem::CheckCharacter)
                problem = tr("%1 \"%2\" has a wrong check character (expected %3).")
                              .arg(label, value, QString(check.expectedCheck));
            else if (!check.valid())
                problem = tr("%1 \"%2\" is not a valid USCC: %3").arg(label, value, check.message());
            break;
        }
        case Kind::Phone:
            if (!ids::isMainlandMobile(value))
                problem = tr("%1 %2 is not a mainland mobile number (11 digits starting 13 to 19).")
                              .arg(label, ids::maskPhone(value));
            break;
        case Kind::Email: {
            static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
            if (!email.match(value).hasMatch())
                problem = tr("%1 \"%2\" is not an e-mail address.").arg(label, ids::maskEmail(value));
            break;
        }
        case Kind::Date:
            if (s.key == QLatin1String("id_valid_until") &&
                (value == QLatin1String("long_term") || value == QStringLiteral("长期") ||
                 value == QStringLiteral("长期有效"))) {
                value = QStringLiteral("long_term");
                break;
            }
            if (!QDate::fromString(value, Qt::ISODate).isValid())
                problem = tr("%1 \"%2\" is not a date (YYYY-MM-DD).").arg(label, value);
            break;
        case Kind::Login: {
            static const QRegularExpression login(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{7,19}$"));
            if (!login.match(value).hasMatch())
                problem = tr("%1 \"%2\" must be 8 to 20 letters, digits or underscores starting with a letter.")
                              .arg(label, value);
            break;
        }
        }
        if (!problem.isEmpty()) {
            problems << AppealFieldProblem{s.key, problem};
            continue;
        }
        out.insert(s.key, value);
    }
    const QDate from = QDate::fromString(out.value(QStringLiteral("id_valid_from")).toString(), Qt::ISODate);
    const QDate until = QDate::fromString(out.value(QStringLiteral("id_valid_until")).toString(), Qt::ISODate);
    if (from.isValid() && until.isValid() && until < from)
        problems << AppealFieldProblem{
            QStringLiteral("id_valid_until"),
            tr("%1 (%2) is before %3 (%4).")
                .arg(AppealTexts::fieldLabel(QStringLiteral("id_valid_until")), until.toString(Qt::ISODate),
                     AppealTexts::fieldLabel(QStringLiteral("id_valid_from")), from.toString(Qt::ISODate))};
    if (normalised)
        *normalised = out;
    return problems;
}

QString AppealForms::describe(const QVector<AppealFieldProblem> &problems)
{
    QStringList parts;
    for (const AppealFieldProblem &p : problems)
        parts << p.message;
    return parts.join(QLatin1Char(' '));
}

} // namespace desk
