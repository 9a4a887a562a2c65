#pragma once

#include "store/AppealRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace desk {

// ---------------------------------------------------------------------------------------------------------
// What each appeal type asks for (DOMAIN.md "Recovery appeals"; seeds 001 and 003). Field keys are the JSON
// keys of AppealSubmission::fields and of the import file (see AppealIntake.h).
//
//   person_recovery        name, identity_region, id_type, id_number, phone            docs: id_front, id_back
//   organization_recovery  organization_name, organization_type, uscc, agent_name, identity_region, id_type,
//                          id_number, phone, email, reason                               docs: id_front, id_back
//                          (after a rename: the name at registration; id_front carries the signed and stamped
//                          ID copies, id_back the name-change declaration, FAQ 3.3)
//   assisted_registration  organization_type, organization_name, uscc, legal_rep_name, id_type, id_number,
//                          id_valid_from, id_valid_until, requested_login, phone, remark (<= 150)
//                          docs: licence, authorization, id_front, id_back, handler_id (+ declaration)
//   modify_organization    organization_type, organization_name, uscc, legal_rep_name, id_type, id_number,
//                          id_valid_from, id_valid_until, phone, remark (<= 150)
//                          docs: licence, authorization, id_front, id_back, handler_id (+ declaration)
//
// Values: identity_region mainland | hk_mo_tw | other; id_type resident_id | hk_mo_permit | tw_permit |
// passport | other; organization_type enterprise | social_organization | public_institution | other;
// dates YYYY-MM-DD, id_valid_until may also be "long_term". A resident ID must pass the GB 11643 check, a
// USCC the GB 32100 check, a phone must be a mainland mobile; requested_login 8-20 letters, digits or
// underscores starting with a letter.
// ---------------------------------------------------------------------------------------------------------
struct AppealFieldSpec
{
    enum class Kind { Text, LongText, IdNumber, Uscc, Phone, Email, Date, Choice, Login };
    QString key;
    Kind kind = Kind::Text;
    bool required = true;
    int maxLength = 100;
    QStringList choices; // for Choice
    QString label() const { return AppealTexts::fieldLabel(key); }
};

struct AppealDocumentSlot
{
    QString kind;
    bool required = true;
    bool pdfAllowed = false;
    QString label() const { return AppealTexts::documentKindLabel(kind); }
};

// One problem with a submission: the field (or document kind) and a translated message that names it.
struct AppealFieldProblem
{
    QString field;
    QString message;
};

class AppealForms
{
    Q_DECLARE_TR_FUNCTIONS(desk::AppealForms)

public:
    static QVector<AppealFieldSpec> fields(const QString &type); // empty for an unknown type
    static QVector<AppealDocumentSlot> documents(const QString &type);
    // Validates the fields of `type` (unknown type, missing required field, bad ID number / USCC / phone,
    // remark too long, unknown keys ignored). Also returns the normalised fields (trimmed, full-width folded,
    // codes upper-cased) through `normalised` when given.
    static QVector<AppealFieldProblem> validate(const QString &type, const QJsonObject &fields,
                                                QJsonObject *normalised = nullptr, const QDate &today = {});
    // "field: message; field: message" for an Error.
    static QString describe(const QVector<AppealFieldProblem> &problems);
};

} // namespace desk
