#pragma once

#include "core/Result.h"
#include "domain/AppealState.h"
#include "store/AccountRepository.h"
#include "store/ClaimEngine.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

namespace desk {

class Database;

// The words of the recovery-appeal queue (DOMAIN.md, "Recovery appeals"): the stable English names stored in
// the database and used in JSON, and their translated labels for the screen.
class AppealTexts
{
    Q_DECLARE_TR_FUNCTIONS(desk::AppealTexts)

public:
    // person_recovery, organization_recovery, assisted_registration, modify_organization
    static QStringList typeNames();
    static QString typeLabel(const QString &type);
    static bool isOrganizationType(const QString &type); // every type but person_recovery

    // The stored names and the open states are AppealStates' (domain/AppealState.h).
    static QString stateLabel(AppealState state);

    // id_front, id_back, licence, authorization, declaration, handler_id
    static QStringList documentKinds();
    static QString documentKindLabel(const QString &kind);
    static bool documentKindAllowsPdf(const QString &kind); // licence, authorization, declaration

    // The label of a submitted field (see AppealForms in workflow/AppealService.h for the keys).
    static QString fieldLabel(const QString &key);
    // The field stored as applicant_name: "name" (person), "agent_name" (organization recovery) or
    // "legal_rep_name" (assisted registration, organization change).
    static QString applicantField(const QString &type);
};

// One row of the appeal queue. Personal data is raw here; masking is the caller's duty.
struct AppealSummary
{
    qint64 id = 0;
    QString externalRef; // the public platform's reference, empty for appeals filed by the help desk
    QString type;        // AppealTexts::typeNames()
    AppealState state = AppealState::New;
    QString applicantName;    // person: the name; organizations: agent (organization_recovery) or legal representative
    QString organizationName; // organizations only
    QString uscc;
    QString idNumber;
    QString phone;         // where the answer goes by SMS
    QDateTime submittedAt; // UTC
    QDateTime dueAt;       // UTC; null while waiting for the user (SLA paused)
    QString claimedBy;     // staff login of the holder, empty when nobody holds it
    QDateTime claimExpiresAt;
    bool documentsComplete = true;             // false: a document was refused at intake or asked for again
    std::optional<qint64> slaRemainingSeconds; // business seconds left when the clock was paused
    int version = 0;                           // raised by every transition; decisions name the version they saw
};

// Everything stored about one appeal.
struct AppealRecord : AppealSummary
{
    qint64 accountId = 0; // the account the appeal was decided for (0 until approved)
    QJsonObject payload;  // the type-specific fields (those not in a column)
    QDateTime claimedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason; // what the user was told (template text and free text), or the approval note
    QString reasonCode;     // reason_template.code of the rejection / request for documents
    QDateTime waitingSince; // when the request for documents was sent
    // The staff member who recorded the appeal (for a caller, or by import): they never claim or decide it. On
    // PostgreSQL the server sets it from session_user, whatever the client sends.
    QString filedBy;

    // All submitted fields, the columns and the payload together, keyed as in AppealForms.
    QJsonObject fields() const;
};

// A document stored with an appeal: metadata only (documentContent() reads the bytes).
struct AppealDocument
{
    qint64 id = 0;
    qint64 appealId = 0;
    QString kind; // AppealTexts::documentKinds()
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256; // hex
    QDateTime uploadedAt;
    std::optional<quint64> phash; // perceptual hash of a picture (ImageHash), written on insert
};

struct AppealNote
{
    qint64 id = 0;
    qint64 appealId = 0;
    QString staffLogin;
    QDateTime createdAt;
    QString body;
};

// A rejection / request-for-documents reason administrators maintain; smsText is what the user is told.
struct ReasonTemplate
{
    qint64 id = 0; // 0: not stored yet
    QString code;
    QString title;
    QString smsText;
    bool active = true;
    int sortOrder = 0;
};

// A platform account that may be the one an appeal is about, with what matched.
struct AppealAccountMatch
{
    AccountRecord account;
    QStringList matchedBy; // "id_number" (persons), "uscc", "name", "former_name" (organizations)
};

// The queue filter. Every part is applied in SQL; empty parts do not filter.
struct AppealFilter
{
    QStringList types; // appeal types
    QVector<AppealState> states;
    // SLA states, computed in SQL from due_at against `now` with China (UTC+8) day boundaries:
    //   overdue    open and unpaused (new / claimed), due_at <= now
    //   due_today  open and unpaused, now < due_at <= the next China midnight (midnight closes the day)
    //   on_time    open and unpaused, due_at > the next China midnight
    // (the same split as BusinessCalendar::slaState)
    //   paused     waiting_for_user (due_at is NULL)
    // Decided and withdrawn appeals have no SLA state and drop out when this filter is set.
    QStringList slaStates;
    QString assignee;            // claimed_by equals this staff login
    bool unassignedOnly = false; // claimed_by IS NULL
    QDate submittedFrom;         // China calendar days, inclusive; null: open-ended
    QDate submittedTo;
    // Exact match on USCC (either case), ID number, phone or external reference, or the start of the
    // applicant's or organization's name.
    QString text;
    std::optional<bool> documentsComplete; // false: only appeals that need documents
    // Decisions (the dashboard's throughput and reasons bars): decided within [decidedFrom, decidedBefore), by
    // this reviewer, with this reason code ("" no reason); unset parts do not filter.
    QDateTime decidedFrom;
    QDateTime decidedBefore;
    QString decidedBy;
    std::optional<QString> reasonCode;
};

enum class AppealSort { DueAt, SubmittedAt, Id };

// Keyset position: the sort value and id of the last row already shown. For AppealSort::DueAt a null
// sortValue means the last row shown had no due time (those rows come after all others, in id order).
struct AppealKey
{
    QVariant sortValue;
    qint64 id = 0;
};

// All SQL of the appeal queue. No permission checks here (AppealService does them); every write runs inside
// the caller's transaction on the calling thread's connection, next to its audit entry.
class AppealRepository
{
    Q_DECLARE_TR_FUNCTIONS(desk::AppealRepository)

public:
    explicit AppealRepository(Database &db) : m_db(db) {}

    // ---- the queue ----

    // Up to `limit` rows after `after` (or from the start), filtered and ordered in SQL. For AppealSort::DueAt
    // rows without a due time come last in either direction. Each appeal state is read as its own part over
    // ix_appeal_state_due (state, due_at, id) and the parts merged, so the first page never sorts the table.
    Result<QVector<AppealSummary>> page(const AppealFilter &filter, AppealSort sort, bool descending,
                                        const std::optional<AppealKey> &after, int limit, const QDateTime &now);
    static AppealKey keyOf(const AppealSummary &row, AppealSort sort);
    // Appeals per state under the filter (its `states` part ignored), for the queue's tabs.
    Result<QMap<AppealState, qint64>> countsByState(const AppealFilter &filter, const QDateTime &now);

    // ---- one appeal ----

    Result<AppealRecord> record(qint64 id);
    // The appeal recorded under a public-platform reference, if any.
    Result<std::optional<qint64>> idForExternalRef(const QString &externalRef);
    // Inserts the appeal (id, version, claim and decision fields are ignored) and returns its id.
    Result<qint64> insert(const AppealRecord &appeal);
    // UPDATE appeal SET <columns>, version = version + 1 WHERE id = ? AND version = ?: false when the version
    // no longer matches. Keys are column names of the appeal table (checked against a fixed list); a null
    // QVariant writes NULL, a QDateTime is stored in the dialect's form.
    Result<bool> update(qint64 id, int expectedVersion, const QVariantHash &columns);

    // The appeal queue as ClaimEngine sees it: claimable when new (or claimed with an expired claim), most
    // urgent by due_at, claim-next over ix_appeal_claimable on SQLite.
    static ClaimQueue claimQueue();

    // ---- the account an approval is for ----

    // Stores the new password hash with must-change, the appeal's phone as reserved phone and, when given, the
    // legal representative; activates an account pending activation; records an account_event.
    struct AccountChange
    {
        qint64 accountId = 0;     // its password is cleared; the SMS sender issues the new one
        QString phone;            // empty: unchanged
        QString legalRepName;     // empty: unchanged
        QString legalRepIdNumber; // empty: unchanged
        QString eventDetail;      // account_event.detail, e.g. "appeal 42"
        QDateTime at;
    };
    Status applyApproval(const AccountChange &change);

    // ---- documents ----

    Result<qint64> insertDocument(const AppealDocument &meta, const QByteArray &content);
    Result<QVector<AppealDocument>> documents(qint64 appealId);
    Result<AppealDocument> document(qint64 documentId);
    Result<QByteArray> documentContent(qint64 documentId);

    // ---- notes ----

    Result<qint64> insertNote(const AppealNote &note);
    Result<QVector<AppealNote>> notes(qint64 appealId);

    // ---- related appeals ----

    // Open appeals (new, claimed, waiting) with the same ID number or USCC, other than `excludeId`.
    Result<QVector<AppealSummary>> openAppealsFor(const QString &idNumber, const QString &uscc, qint64 excludeId,
                                                  int limit = 50);
    // The most recently decided (approved / rejected) appeals with the same ID number or USCC.
    Result<QVector<AppealRecord>> recentDecisionsFor(const QString &idNumber, const QString &uscc, qint64 excludeId,
                                                     int limit = 10);

    // ---- matching accounts ----

    // Person accounts with this ID number (either case of a trailing x).
    Result<QVector<AppealAccountMatch>> personCandidates(const QString &idNumber, int limit = 50);
    // Organization accounts whose USCC (either case), current name or former name matches.
    Result<QVector<AppealAccountMatch>> organizationCandidates(const QString &uscc, const QString &name,
                                                               int limit = 50);

    // ---- reason templates ----

    Result<QVector<ReasonTemplate>> reasonTemplates(bool activeOnly);
    Result<std::optional<ReasonTemplate>> reasonTemplate(const QString &code);
    Result<std::optional<ReasonTemplate>> reasonTemplate(qint64 id);
    Result<qint64> insertReasonTemplate(const ReasonTemplate &t);
    Status updateReasonTemplate(const ReasonTemplate &t);

    // ---- helpers ----

    // The instant as stored: ISO-8601 UTC with milliseconds (SQLite TEXT; PostgreSQL casts it to TIMESTAMPTZ).
    static QString timeValue(const QDateTime &t);
    // The UTC instant of the first China midnight after `now`.
    static QDateTime nextChinaMidnight(const QDateTime &now);

private:
    Database &m_db;
};

} // namespace desk
