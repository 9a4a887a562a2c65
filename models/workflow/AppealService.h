#pragma once

#include "core/Result.h"
#include "store/AppealRepository.h"
#include "store/AuditLog.h"
#include "workflow/AppealClaims.h"
#include "workflow/AppealContext.h"
#include "workflow/AppealDecisions.h"
#include "workflow/AppealForms.h"
#include "workflow/ReasonTemplates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace desk {

class Session;
class BusinessCalendar;

// A document as it arrives: its slot, the file name it had and the bytes.
struct AppealDocumentInput
{
    QString kind;
    QString fileName;
    QByteArray content;
};

// An appeal as the help desk files it for a caller, or as the import reads it from the public platform.
struct AppealSubmission
{
    QString type;
    QString externalRef;   // public-platform reference; empty for help-desk filings
    QDateTime submittedAt; // invalid: now
    QJsonObject fields;    // keys as in AppealForms::fields(type)
    QVector<AppealDocumentInput> documents;
};

// A document DocumentCheck refused (the appeal may still be recorded, as needing documents).
struct AppealDocumentRefusal
{
    QString kind;
    QString fileName;
    QString reason; // translated, names the file and what is wrong
};

struct AppealFiled
{
    qint64 appealId = 0;
    bool duplicate = false;        // the external reference was already recorded; nothing changed
    bool documentsComplete = true; // every required slot holds an accepted document
    QVector<AppealDocumentRefusal> refusals;
    QStringList missingDocuments; // required kinds without an accepted document
};

// What an automatic check says about the appeal's data.
struct ValidatorVerdict
{
    QString check; // "id_check_digit", "birth_date", "id_expiry", "uscc_check", "phone"
    bool ok = false;
    QString message; // translated
};

// Everything the review workspace shows for one appeal.
struct AppealReview
{
    AppealRecord appeal;
    QVector<AppealDocument> documents; // metadata; bytes through documentContent()
    QVector<AppealCandidate> candidates;
    QVector<ValidatorVerdict> verdicts;
    QVector<AppealSummary> otherOpenAppeals; // same ID number or USCC
    QVector<AppealRecord> recentDecisions;   // the 10 most recent decisions for the same ID number or USCC
    QVector<AppealNote> notes;
    QVector<AuditRow> auditTrail; // entity "appeal", this id, oldest first
    bool heldByMe = false;        // the signed-in staff member holds the claim (may decide)
    QString slaState;             // BusinessCalendar::slaStateName(), empty when closed
};

// The recovery-appeal workflow as the UI and the command line use it: filing and reading here, claims
// (AppealClaims), decisions (AppealDecisions) and reason templates (ReasonTemplates) delegated to their own
// classes, which share one AppealContext (session, clock, settings). Every change runs through the write path
// (permission, transaction, audit entry with entity "appeal", commit); decisions name the version they saw and
// are refused with Error::Conflict when the appeal changed meanwhile. Staff never see a new password: it is
// stored only as a hash and travels only in the SMS body (the preview staff see has it starred).
class AppealService
{
    Q_DECLARE_TR_FUNCTIONS(desk::AppealService)

public:
    explicit AppealService(std::shared_ptr<Session> session);
    ~AppealService();

    // The clock (UTC); tests set a fixed or moving one. Default: the system clock.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    // ---- filing (Action::FileAppeal) ----

    // Files an appeal for a caller: fields validated, documents checked (any refused document refuses the
    // filing, naming it; none at all records the appeal as needing documents); due = submitted + the
    // sla_business_days setting in business days on the database's calendar.
    Result<qint64> file(const AppealSubmission &submission);
    // As file(), for the import: an already recorded external reference is a duplicate (nothing changes);
    // refused documents are reported and the appeal is recorded without them, as needing documents.
    Result<AppealFiled> record(const AppealSubmission &submission);
    // New documents from the user for an appeal waiting for them: back to new, documents complete, the SLA clock
    // resumes with the business time that was left. Refused documents: InvalidInput, nothing changes.
    Status resubmit(qint64 appealId, const QVector<AppealDocumentInput> &documents);
    // The user (or the caller, through an agent) withdraws an open appeal.
    Status withdraw(qint64 appealId, const QString &reason);

    // ---- claiming (Action::ReviewAppeals) ----

    // Claims the most urgent claimable appeal for the signed-in reviewer. NotFound when the queue is empty.
    Result<AppealRecord> claimNext();
    // Claims a chosen appeal: Conflict naming the holder when someone else holds an unexpired claim.
    Result<AppealRecord> claim(qint64 appealId);
    // The holder is still working: the claim runs claim_idle_minutes from now. Returns the new expiry.
    Result<QDateTime> touch(qint64 appealId);
    // Gives the appeal back to the queue: the holder, or a supervisor (Action::SuperviseAppeals).
    Status release(qint64 appealId);
    // Hands the appeal to another reviewer or supervisor (Action::SuperviseAppeals).
    Status reassign(qint64 appealId, const QString &staffLogin);

    // ---- decisions (the holder only; Action::ReviewAppeals) ----

    // Approves for one of candidates(): a new random password is stored as a hash with must-change, and the
    // login and password go by SMS to the appeal's phone. For the organization types the account's reserved
    // phone (and for assisted registration / modification the legal representative) are updated from the
    // appeal, and an account pending activation is activated.
    Status approve(qint64 appealId, qint64 accountId, int expectedVersion);
    // Rejects with an active reason template; the user gets its SMS text plus the free text.
    Status reject(qint64 appealId, const QString &reasonCode, const QString &freeText, int expectedVersion);
    // Asks the user for documents: state waiting_for_user, SLA clock paused (the business time left is kept),
    // claim given up, SMS with the template text (reasonCode may be empty when freeText says it all).
    Status askForDocuments(qint64 appealId, const QString &reasonCode, const QString &freeText, int expectedVersion);

    // ---- reading (Action::ReviewAppeals) ----

    Result<QVector<AppealCandidate>> candidates(qint64 appealId);
    Result<AppealReview> review(qint64 appealId);
    Result<QByteArray> documentContent(qint64 documentId);
    // Internal note on an appeal (every staff role: agents note what a caller said).
    Result<qint64> addNote(qint64 appealId, const QString &body);

    // ---- reason templates ----

    Result<QVector<ReasonTemplate>> reasonTemplates(bool activeOnly = true); // every staff member
    // Inserts (id 0) or updates a template (Action::ManageReasonTemplates). Returns its id.
    Result<qint64> saveReasonTemplate(const ReasonTemplate &t);
    Status deactivateReasonTemplate(qint64 templateId);

    // What stands for the new password in the SMS preview staff may see: "********".
    static QString passwordMask();

private:
    Result<AppealFiled> recordInternal(const AppealSubmission &submission, bool keepWhenRefused);

    std::shared_ptr<Session> m_session;
    std::shared_ptr<AppealContext> m_context;
    AppealClaims m_claims;
    AppealDecisions m_decisions;
    ReasonTemplates m_templates;
};

} // namespace desk
