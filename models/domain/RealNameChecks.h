#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace desk {

// One line of the manual real-name review's checklist (review-cli contract, "review show": checks).
struct RealNameCheck
{
    QString check;   // id_check_digit, birth_date, sex, age, id_validity, uscc_check, already_bound, image_reused
    bool ok = true;
    QString message; // translated; says what was compared
    QString holder;  // already_bound: the login of the account holding the binding
    QString other;   // image_reused: the ref of the other case

    QJsonObject toJson() const;
    static RealNameCheck fromJson(const QJsonObject &o);
};

// The review request types and their document kinds.
enum class RealNameReviewType { Person, Organization, PrimaryAgent };

// The checklist a reviewer works through, derived from the declared data alone, and the intake's refusal of
// malformed entries. Pure functions: no database (already_bound and image_reused come from the repository).
class RealNameChecks
{
    Q_DECLARE_TR_FUNCTIONS(desk::RealNameChecks)

public:
    static bool typeFromName(const QString &name, RealNameReviewType *type);
    static QString typeName(RealNameReviewType type); // person, organization, primary_agent
    static QString typeLabel(RealNameReviewType type); // translated
    // The document kinds a type takes (required first) and whether each is required.
    static QStringList documentKinds(RealNameReviewType type);
    static QStringList requiredDocumentKinds(RealNameReviewType type);
    static bool pdfAllowed(const QString &kind); // the licence and the authorization letter may be PDF

    // Empty when the declared fields are well-formed, else the translated reason: a missing field, a date that is
    // not YYYY-MM-DD, an ID number with a wrong check digit, a USCC with a wrong check character, a phone that is
    // not a mainland mobile. Disagreements between fields (sex, birth date, validity) are not malformed.
    static QString malformed(RealNameReviewType type, const QJsonObject &fields);

    // The number an approval binds to the account: the ID number (person, primary agent) or the USCC.
    static QString subjectNumber(RealNameReviewType type, const QJsonObject &fields);

    // id_check_digit, birth_date, sex, age, id_validity for the person, primary agent or legal representative,
    // and uscc_check for organizations, as of the submission day (China time).
    static QVector<RealNameCheck> derive(RealNameReviewType type, const QJsonObject &fields, const QDate &submittedOn);

    // The validity length an ID card issued at `ageAtIssue` has: 5, 10 or 20 years, or 0 for long-term
    // (GB/T 16-25 rule: under 16: 5 years; 16-25: 10; 26-45: 20; 46 and older: long-term).
    static int expectedValidityYears(int ageAtIssue);
    static int ageOn(const QDate &birth, const QDate &day);

    static QJsonArray toJson(const QVector<RealNameCheck> &checks);
    static QVector<RealNameCheck> fromJson(const QJsonArray &array);
};

} // namespace desk
