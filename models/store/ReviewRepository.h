#pragma once

#include "core/Result.h"
#include "domain/RealNameChecks.h"
#include "store/ClaimEngine.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace desk {

class Database;

// A manual real-name review request as staff read it (real_name_review_queue): on PostgreSQL the number it
// binds is masked unless the reader holds the claim.
struct ReviewRecord
{
    qint64 id = 0;
    QString ref;
    QString type; // person, organization, primary_agent
    qint64 accountId = 0;
    QString accountLogin;
    QString state; // new, claimed, approved, rejected, withdrawn
    QDateTime submittedAt;
    QDateTime dueAt;
    QString claimedBy;
    QDateTime claimedAt;
    QDateTime claimExpiresAt;
    int version = 0;
    QString filedBy;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionReason;
    qint64 currentSubmissionId = 0;
    QString subjectNumber; // the ID number or USCC an approval binds (masked unless held, on PostgreSQL)
    QString boundHolder;   // login of another account already bound to that number
    bool imageReused = false; // page(): a document's file is in another case about another number
};

// The queue's keyset position: most urgent first (due time, then id).
struct ReviewKey
{
    QDateTime dueAt;
    qint64 id = 0;
};

struct ReviewSubmission
{
    qint64 id = 0;
    qint64 reviewId = 0;
    int seq = 0;
    QDateTime submittedAt;
    QJsonObject fields; // the declared data, with the personal values put back (masked unless held, PostgreSQL)
    QVector<RealNameCheck> checks; // derived at intake
    QString filedBy;
};

struct ReviewDocument
{
    qint64 id = 0;
    qint64 submissionId = 0;
    QString kind;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256;
    std::optional<quint64> phash;
};

struct ReviewDecision
{
    qint64 id = 0;
    qint64 submissionId = 0;
    QString outcome; // approved, rejected
    QStringList reasonCodes;
    QString freeText;
    QJsonArray documentReasons;
    QString decidedBy;
    QDateTime decidedAt;
};

// Another case holding the same (or nearly the same) picture for a different ID number or USCC.
struct ImageReuse
{
    qint64 documentId = 0; // this request's document
    QString otherRef;
    QString otherType; // review, appeal
    bool sameFile = false; // the same bytes (SHA-256)
    int distance = 0;      // perceptual distance (ImageHash); 0 for the same file
};

struct ReviewListFilter
{
    QString state;      // empty: all
    QString type;       // person, organization, primary_agent; empty: all
    QString text;       // a ref or an account login (exact), or a ref prefix
    QString claimedBy;  // empty: anybody
    bool flaggedOnly = false; // only requests whose number is bound elsewhere
    // The requests behind a dashboard bar; each condition applies when set (a valid instant, a non-empty text).
    QDateTime submittedFrom;   // submitted at or after (inclusive)
    QDateTime submittedBefore; // submitted before (exclusive)
    QDateTime submittedAfter;  // submitted after (exclusive): an age bucket's older limit
    QDateTime submittedUntil;  // submitted at or before (inclusive): an age bucket's newer limit
    QDateTime overdueAt;       // still new or claimed and due at or before this instant
    // A decision within [decidedFrom, decidedBefore) (both needed) by `decidedBy`, with `decisionOutcome`, naming
    // `reasonCode` (empty with `anyReason` false: a decision without reasons).
    QDateTime decidedFrom;
    QDateTime decidedBefore;
    QString decidedBy;
    QString decisionOutcome;
    QString reasonCode;
    bool anyReason = true;
    int limit = 500;    // list() only

    bool hasDashboardConditions() const
    {
        return submittedFrom.isValid() || submittedBefore.isValid() || submittedAfter.isValid()
            || submittedUntil.isValid() || overdueAt.isValid() || (decidedFrom.isValid() && decidedBefore.isValid());
    }
};

// All SQL of the real-name review tables (schema 5). Runs on this thread's connection; writes only inside the
// caller's write-path transaction.
class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(desk::ReviewRepository)

public:
    explicit ReviewRepository(Database &db) : m_db(db) {}

    // The queue's columns for the generic claim engine.
    static ClaimQueue claimQueue();

    Result<std::optional<qint64>> idForRef(const QString &ref);
    Result<ReviewRecord> record(qint64 id);
    Result<QVector<ReviewRecord>> list(const ReviewListFilter &filter);
    // One page of the queue after `after` (from the start when empty), most urgent first, with imageReused.
    Result<QVector<ReviewRecord>> page(const ReviewListFilter &filter, const std::optional<ReviewKey> &after,
                                       int limit);
    Result<QHash<QString, int>> countByState();
    Result<QVector<ReviewSubmission>> submissions(qint64 reviewId);
    Result<QVector<ReviewDocument>> documents(qint64 reviewId); // every submission's, oldest first
    // The bytes of one review document. PostgreSQL: through desk_document_open, which records the opening in the
    // audit log in the same statement (true in `auditedByServer`); SQLite: read here, the caller audits.
    Result<QByteArray> documentContent(qint64 documentId, bool *auditedByServer);
    Result<QVector<ReviewDecision>> decisions(qint64 reviewId);
    Result<QVector<ImageReuse>> imageReuse(qint64 reviewId);

    struct AccountRef
    {
        qint64 id = 0;
        QString kind;
        QString realNameStatus;
        QString accountStatus;
    };
    Result<std::optional<AccountRef>> accountByLogin(const QString &login);

    // ---- writes (inside the write path) ----
    // filedBy: the importer (PostgreSQL sets it from session_user whatever is given).
    Result<qint64> insertReview(const QString &ref, const QString &type, qint64 accountId, const QString &subject,
                                const QDateTime &submittedAt, const QDateTime &dueAt, const QString &filedBy);
    struct SubmissionInput
    {
        qint64 reviewId = 0;
        int seq = 1;
        QDateTime submittedAt;
        QJsonObject fields; // everything declared; the personal values go to their own columns
        QVector<RealNameCheck> checks;
    };
    Result<qint64> insertSubmission(const SubmissionInput &in);
    Status setFirstSubmission(qint64 reviewId, qint64 submissionId);
    Result<bool> resubmit(qint64 reviewId, int expectedVersion, qint64 submissionId, const QString &subject,
                          const QDateTime &submittedAt, const QDateTime &dueAt);
    Result<qint64> insertDocument(qint64 submissionId, const QString &kind, const QString &fileName,
                                  const QString &mimeType, const QByteArray &content, const QString &sha256,
                                  std::optional<quint64> phash, const QDateTime &uploadedAt);
    // Closes a held review as approved or rejected; false when its version moved.
    Result<bool> close(qint64 id, int expectedVersion, const QString &state, const QString &decidedBy,
                       const QDateTime &at, const QString &reason);
    Result<bool> withdraw(qint64 id, int expectedVersion);
    Result<qint64> insertDecision(qint64 reviewId, const ReviewDecision &d);
    // Approval: verified_manual and the number bound (person: id_number; organization: uscc). A second binding
    // of one number breaks a unique index: Conflict.
    Status bindAccount(qint64 accountId, const QString &type, const QString &subject);
    // Rejection: failed, unless the account is verified already by other means.
    Status failAccount(qint64 accountId);
    // A request recorded or resubmitted: the account is under review (manual_pending) when it was unverified or
    // failed; the status it had, or empty when it was left as it was.
    Result<QString> markAccountPending(qint64 accountId);

    // The personal declared fields kept in their own columns.
    static QStringList personalFields();

private:
    Database &m_db;
};

} // namespace desk
