#include "domain/RealNameChecks.h"

#include "domain/Identifiers.h"

namespace desk {

namespace {

QString text(const QJsonObject &fields, const QString &key)
{
    return ids::foldFullWidth(fields.value(key).toString()).trimmed();
}

QDate date(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
}

// The fields of the person whose ID the checks are about: the person or primary agent, or the organization's
// legal representative (the same names with "legal_rep_" in front; the name is legal_rep_name).
struct Holder
{
    QString idType;
    QString idNumber;
    QString sex;
    QString birthDate;
    QString validFrom;
    QString validUntil;
    bool mustBeAdult = false;
};

Holder holderOf(RealNameReviewType type, const QJsonObject &f)
{
    const QString p = type == RealNameReviewType::Organization ? QStringLiteral("legal_rep_") : QString();
    Holder h;
    h.idType = text(f, p + QStringLiteral("id_type"));
    if (h.idType.isEmpty())
        h.idType = QStringLiteral("resident_id");
    h.idNumber = text(f, p + QStringLiteral("id_number")).toUpper();
    h.sex = text(f, p + QStringLiteral("sex"));
    h.birthDate = text(f, p + QStringLiteral("birth_date"));
    h.validFrom = text(f, p + QStringLiteral("id_valid_from"));
    h.validUntil = text(f, p + QStringLiteral("id_valid_until"));
    h.mustBeAdult = type != RealNameReviewType::Person;
    return h;
}

QString sexName(ids::Sex s)
{
    return s == ids::Sex::Male ? QStringLiteral("male") : s == ids::Sex::Female ? QStringLiteral("female") : QString();
}

RealNameCheck make(const char *check, bool ok, const QString &message)
{
    RealNameCheck c;
    c.check = QString::fromLatin1(check);
    c.ok = ok;
    c.message = message;
    return c;
}

} // namespace

QJsonObject RealNameCheck::toJson() const
{
    QJsonObject o{{QStringLiteral("check"), check}, {QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}};
    if (!holder.isEmpty())
        o.insert(QStringLiteral("holder"), holder);
    if (!other.isEmpty())
        o.insert(QStringLiteral("other"), other);
    return o;
}

RealNameCheck RealNameCheck::fromJson(const QJsonObject &o)
{
    RealNameCheck c;
    c.check = o.value(QStringLiteral("check")).toString();
    c.ok = o.value(QStringLiteral("ok")).toBool();
    c.message = o.value(QStringLiteral("message")).toString();
    c.holder = o.value(QStringLiteral("holder")).toString();
    c.other = o.value(QStringLiteral("other")).toString();
    return c;
}

bool RealNameChecks::typeFromName(const QString &name, RealNameReviewType *type)
{
    if (name == QLatin1String("person"))
        *type = RealNameReviewType::Person;
    else if (name == QLatin1String("organization"))
        *type = RealNameReviewType::Organization;
    else if (name == QLatin1String("primary_agent"))
        *type = RealNameReviewType::PrimaryAgent;
    else
        return false;
    return true;
}

QString RealNameChecks::typeName(RealNameReviewType type)
{
    switch (type) {
    case RealNameReviewType::Person: return QStringLiteral("person");
    case RealNameReviewType::Organization: return QStringLiteral("organization");
    case RealNameReviewType::PrimaryAgent: return QStringLiteral("primary_agent");
    }
    return {};
}

QString RealNameChecks::typeLabel(RealNameReviewType type)
{
    switch (type) {
    case RealNameReviewType::Person: return tr("Person");
    case RealNameReviewType::Organization: return tr("Organization");
    case RealNameReviewType::PrimaryAgent: return tr("Primary agent");
    }
    return {};
}

QStringList RealNameChecks::requiredDocumentKinds(RealNameReviewType type)
{
    if (type == RealNameReviewType::Organization)
        return {QStringLiteral("licence"),        QStringLiteral("legal_rep_id_front"),
                QStringLiteral("legal_rep_id_back"), QStringLiteral("agent_id_front"),
                QStringLiteral("agent_id_back"),  QStringLiteral("registry_screenshot")};
    return {QStringLiteral("id_front"), QStringLiteral("id_back")};
}

QStringList RealNameChecks::documentKinds(RealNameReviewType type)
{
    QStringList kinds = requiredDocumentKinds(type);
    if (type == RealNameReviewType::Organization)
        kinds << QStringLiteral("authorization") << QStringLiteral("handler_id");
    return kinds;
}

bool RealNameChecks::pdfAllowed(const QString &kind)
{
    return kind == QLatin1String("licence") || kind == QLatin1String("authorization");
}

QString RealNameChecks::subjectNumber(RealNameReviewType type, const QJsonObject &fields)
{
    if (type == RealNameReviewType::Organization)
        return text(fields, QStringLiteral("uscc")).toUpper();
    return text(fields, QStringLiteral("id_number")).toUpper();
}

QString RealNameChecks::malformed(RealNameReviewType type, const QJsonObject &f)
{
    const auto required = [&f](const QStringList &keys) -> QString {
        for (const QString &k : keys)
            if (text(f, k).isEmpty())
                return tr("The field \"%1\" is missing.").arg(k);
        return {};
    };
    const auto idProblem = [](const QString &field, const QString &idType, const QString &number) -> QString {
        static const QStringList kTypes{QStringLiteral("resident_id"), QStringLiteral("hk_mo_permit"),
                                        QStringLiteral("tw_permit"), QStringLiteral("passport"),
                                        QStringLiteral("other")};
        if (!kTypes.contains(idType))
            return tr("\"%1\" is not an ID document type.").arg(idType);
        const auto doc = ids::idDocumentForType(idType, number);
        if (doc && number.size() == 18) {
            const ids::ResidentIdCheck c = ids::checkResidentId(number, QDate(9999, 12, 31), *doc);
            if (!c.valid())
                return tr("%1: %2").arg(field, c.message());
        } else if (idType == QLatin1String("resident_id")) {
            return tr("%1: a resident ID number has 18 characters.").arg(field);
        }
        return {};
    };
    const auto dateProblem = [&f](const QString &key, bool longTermAllowed) -> QString {
        const QString v = text(f, key);
        if (longTermAllowed && v == QLatin1String("long_term"))
            return {};
        if (!date(v).isValid())
            return longTermAllowed ? tr("\"%1\" must be a date (YYYY-MM-DD) or long_term, not \"%2\".").arg(key, v)
                                   : tr("\"%1\" must be a date (YYYY-MM-DD), not \"%2\".").arg(key, v);
        return {};
    };
    if (type == RealNameReviewType::Organization) {
        if (auto p = required({QStringLiteral("organization_name"), QStringLiteral("organization_type"),
                               QStringLiteral("uscc"), QStringLiteral("legal_rep_name"),
                               QStringLiteral("legal_rep_id_number"), QStringLiteral("legal_rep_birth_date"),
                               QStringLiteral("legal_rep_id_valid_from"), QStringLiteral("legal_rep_id_valid_until"),
                               QStringLiteral("agent_name"), QStringLiteral("agent_id_number"),
                               QStringLiteral("agent_phone")});
            !p.isEmpty())
            return p;
        static const QStringList kOrgTypes{QStringLiteral("enterprise"), QStringLiteral("social_organization"),
                                           QStringLiteral("public_institution"), QStringLiteral("other")};
        if (!kOrgTypes.contains(text(f, QStringLiteral("organization_type"))))
            return tr("\"%1\" is not an organization type.").arg(text(f, QStringLiteral("organization_type")));
        const ids::UsccCheck uscc = ids::checkUscc(text(f, QStringLiteral("uscc")).toUpper());
        if (uscc.problem == ids::UsccCheck::Problem::Length || uscc.problem == ids::UsccCheck::Problem::Characters
            || uscc.problem == ids::UsccCheck::Problem::CheckCharacter)
            return tr("uscc: %1").arg(uscc.message());
        if (!ids::isMainlandMobile(text(f, QStringLiteral("agent_phone"))))
            return tr("\"agent_phone\" is not a mainland mobile number.");
        const Holder h = holderOf(type, f);
        if (auto p = idProblem(QStringLiteral("legal_rep_id_number"), h.idType, h.idNumber); !p.isEmpty())
            return p;
        if (auto p = idProblem(QStringLiteral("agent_id_number"), QStringLiteral("resident_id"),
                               text(f, QStringLiteral("agent_id_number")).toUpper());
            !p.isEmpty())
            return p;
        for (const char *k : {"legal_rep_birth_date", "legal_rep_id_valid_from"})
            if (auto p = dateProblem(QString::fromLatin1(k), false); !p.isEmpty())
                return p;
        if (auto p = dateProblem(QStringLiteral("legal_rep_id_valid_until"), true); !p.isEmpty())
            return p;
        const QString sex = text(f, QStringLiteral("legal_rep_sex"));
        if (!sex.isEmpty() && sex != QLatin1String("male") && sex != QLatin1String("female"))
            return tr("\"legal_rep_sex\" must be male or female.");
        return {};
    }
    if (auto p = required({QStringLiteral("name"), QStringLiteral("identity_region"), QStringLiteral("id_type"),
                           QStringLiteral("id_number"), QStringLiteral("sex"), QStringLiteral("birth_date"),
                           QStringLiteral("id_valid_from"), QStringLiteral("id_valid_until"),
                           QStringLiteral("phone")});
        !p.isEmpty())
        return p;
    static const QStringList kRegions{QStringLiteral("mainland"), QStringLiteral("hk_mo_tw"), QStringLiteral("other")};
    if (!kRegions.contains(text(f, QStringLiteral("identity_region"))))
        return tr("\"%1\" is not an identity region.").arg(text(f, QStringLiteral("identity_region")));
    const Holder h = holderOf(type, f);
    if (auto p = idProblem(QStringLiteral("id_number"), h.idType, h.idNumber); !p.isEmpty())
        return p;
    if (h.sex != QLatin1String("male") && h.sex != QLatin1String("female"))
        return tr("\"sex\" must be male or female.");
    for (const char *k : {"birth_date", "id_valid_from"})
        if (auto p = dateProblem(QString::fromLatin1(k), false); !p.isEmpty())
            return p;
    if (auto p = dateProblem(QStringLiteral("id_valid_until"), true); !p.isEmpty())
        return p;
    if (!ids::isMainlandMobile(text(f, QStringLiteral("phone"))))
        return tr("\"phone\" is not a mainland mobile number.");
    return {};
}

int RealNameChecks::expectedValidityYears(int ageAtIssue)
{
    if (ageAtIssue < 16)
        return 5;
    if (ageAtIssue <= 25)
        return 10;
    if (ageAtIssue <= 45)
        return 20;
    return 0;
}

int RealNameChecks::ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

QVector<RealNameCheck> RealNameChecks::derive(RealNameReviewType type, const QJsonObject &f, const QDate &submittedOn)
{
    QVector<RealNameCheck> out;
    const Holder h = holderOf(type, f);
    const auto doc = ids::idDocumentForType(h.idType, h.idNumber);
    std::optional<ids::ResidentIdCheck> id;
    if (doc && h.idNumber.size() == 18)
        id = ids::checkResidentId(h.idNumber, submittedOn, *doc);

    // id_check_digit
    if (!id)
        out << make("id_check_digit", true, tr("A %1 number has no check digit to verify.").arg(h.idType));
    else if (id->problem == ids::ResidentIdCheck::Problem::CheckDigit
             || id->problem == ids::ResidentIdCheck::Problem::Length
             || id->problem == ids::ResidentIdCheck::Problem::Characters)
        out << make("id_check_digit", false, id->message());
    else
        out << make("id_check_digit", true, tr("The check digit of the ID number is correct."));

    // birth_date and sex, from the number
    const QDate declaredBirth = date(h.birthDate);
    const QDate birth = id && id->birthDate.isValid() ? id->birthDate : declaredBirth;
    if (!id || !id->birthDate.isValid())
        out << make("birth_date", true, tr("The birth date cannot be read from this number."));
    else if (declaredBirth != id->birthDate)
        out << make("birth_date", false,
                    tr("Declared birth date %1, the ID number says %2.")
                        .arg(h.birthDate, id->birthDate.toString(Qt::ISODate)));
    else
        out << make("birth_date", true, tr("The declared birth date matches the ID number."));

    const QString idSex = id ? sexName(id->sex) : QString();
    if (idSex.isEmpty())
        out << make("sex", true, tr("The sex cannot be read from this number."));
    else if (h.sex.isEmpty())
        out << make("sex", true, tr("No sex declared; the ID number says %1.").arg(idSex));
    else if (h.sex != idSex)
        out << make("sex", false, tr("Declared sex %1, the ID number says %2.").arg(h.sex, idSex));
    else
        out << make("sex", true, tr("The declared sex matches the ID number."));

    // age
    if (!birth.isValid()) {
        out << make("age", false, tr("No birth date to tell the age."));
    } else {
        const int age = ageOn(birth, submittedOn);
        if (age < 0 || age > 120)
            out << make("age", false, tr("An age of %1 years at submission is not plausible.").arg(age));
        else if (h.mustBeAdult && age < 18)
            out << make("age", false,
                        type == RealNameReviewType::Organization
                            ? tr("The legal representative is %1 years old: a legal representative is an adult.")
                                  .arg(age)
                            : tr("The primary agent is %1 years old: an agent is an adult.").arg(age));
        else
            out << make("age", true, tr("%1 years old at submission.").arg(age));
    }

    // id_validity: not expired at submission, and a length that fits the age at issue
    const QDate from = date(h.validFrom);
    const bool longTerm = h.validUntil == QLatin1String("long_term");
    const QDate until = longTerm ? QDate() : date(h.validUntil);
    if (!from.isValid() || (!longTerm && !until.isValid())) {
        out << make("id_validity", false, tr("The validity period is incomplete."));
    } else if (!longTerm && until < submittedOn) {
        out << make("id_validity", false,
                    tr("The ID expired on %1, before the submission on %2.")
                        .arg(until.toString(Qt::ISODate), submittedOn.toString(Qt::ISODate)));
    } else if (from > submittedOn) {
        out << make("id_validity", false, tr("The ID is valid only from %1.").arg(from.toString(Qt::ISODate)));
    } else if (!birth.isValid()) {
        out << make("id_validity", true, tr("Not expired; the length cannot be checked without a birth date."));
    } else {
        const int ageAtIssue = ageOn(birth, from);
        const int expected = expectedValidityYears(ageAtIssue);
        const auto expectedText = [](int years) {
            return years == 0 ? tr("long-term") : tr("%n year(s)", nullptr, years);
        };
        int actual = -1;
        if (longTerm)
            actual = 0;
        else
            for (int y : {5, 10, 20})
                if (qAbs(from.addYears(y).daysTo(until)) <= 1)
                    actual = y;
        if (actual != expected)
            out << make("id_validity", false,
                        tr("Issued at the age of %1, the ID should be valid for %2, but the declared period is %3.")
                            .arg(ageAtIssue)
                            .arg(expectedText(expected),
                                 actual < 0 ? tr("%1 to %2").arg(h.validFrom, h.validUntil) : expectedText(actual)));
        else
            out << make("id_validity", true, tr("Valid (%1, issued at the age of %2).")
                                                 .arg(expectedText(expected))
                                                 .arg(ageAtIssue));
    }

    if (type == RealNameReviewType::Organization) {
        const ids::UsccCheck uscc = ids::checkUscc(text(f, QStringLiteral("uscc")).toUpper());
        out << make("uscc_check", uscc.valid(),
                    uscc.valid() ? tr("The USCC's check character and parts are valid.") : uscc.message());
    }
    return out;
}

QJsonArray RealNameChecks::toJson(const QVector<RealNameCheck> &checks)
{
    QJsonArray a;
    for (const RealNameCheck &c : checks)
        a.append(c.toJson());
    return a;
}

QVector<RealNameCheck> RealNameChecks::fromJson(const QJsonArray &array)
{
    QVector<RealNameCheck> out;
    for (const QJsonValue &v : array)
        out << RealNameCheck::fromJson(v.toObject());
    return out;
}

} // namespace desk
