#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace desk {

class Database;

// A message claimed for delivery, with the text to send. Only the sender sees it (on PostgreSQL only roles in
// desk_sms_sender may read the body column).
struct SmsMessage
{
    qint64 id = 0;
    QString idempotencyKey; // also the gateway's de-duplication key
    QString phone;
    QString body;
    int attempts = 0;       // including the one just claimed
    qint64 appealId = 0;    // 0: none
    // The account whose new password this message carries (an approval); 0: none. The body then holds
    // CitizenTexts::newPasswordSlot() where the sender puts the password it generates when it delivers.
    qint64 passwordFor = 0;
};

// What staff may see of a message: everything but the body.
struct SmsOutboxRow
{
    qint64 id = 0;
    QString idempotencyKey;
    QString phone;
    QString state; // queued, sending, sent, failed
    int attempts = 0;
    QDateTime nextAttemptAt; // UTC; while sending: when the claim lapses
    QDateTime createdAt;
    QDateTime sentAt;
    QString lastError;
    qint64 appealId = 0;
    QString preview; // the body with any password starred
    QString gatewayMessageId;
};

// The SMS outbox (table sms_outbox). A message is queued inside the transaction of the change that causes it,
// claimed by a sender (state sending; the claim lapses after a lease so that a crashed sender's messages go out
// again), then marked sent, queued again with a later next attempt, or failed. Once sent or failed, the body is
// replaced by the preview, so a new password does not stay in the database.
// Timestamps are UTC; SQLite stores them as ISO-8601 text with milliseconds, PostgreSQL as TIMESTAMPTZ.
class SmsOutbox
{
public:
    explicit SmsOutbox(Database &db) : m_db(db) {}

    static constexpr int kDefaultLeaseSeconds = 300;
    static constexpr int kMaxBodyLength = 500;

    // Queues a message on this thread's connection, inside the caller's transaction if one is open (it opens
    // none). `preview` is what staff may see (the body itself when it holds no secret); appealId 0 means none.
    // InvalidInput for an empty key, body or preview, a body over kMaxBodyLength or a phone that is not a
    // mainland mobile number; Conflict when the key is already queued (the caller's transaction stays usable).
    // Returns the message id.
    // `passwordFor`: the account whose new password the message will carry (see SmsMessage::passwordFor).
    Result<qint64> enqueue(const QString &idempotencyKey, const QString &phone, const QString &body,
                           const QString &preview, qint64 appealId, const QDateTime &now, qint64 passwordFor = 0);
    // The same for the message a real-name review's decision sends (sms_outbox.review_id).
    Result<qint64> enqueueForReview(const QString &idempotencyKey, const QString &phone, const QString &body,
                                    qint64 reviewId, const QDateTime &now);

    // Atomically (one statement; PostgreSQL skips rows another sender has locked) moves up to `limit` due
    // messages to 'sending' and returns them, oldest first: queued ones whose next attempt is null or not after
    // `now`, and sending ones whose claim has lapsed. Each claim counts an attempt and lasts `leaseSeconds`.
    Result<QVector<SmsMessage>> claimDue(const QDateTime &now, int limit, int leaseSeconds = kDefaultLeaseSeconds);

    // Each returns false when the message was not in state 'sending' (another sender finished it).
    // Sent: records the gateway's id (may be empty) and replaces the body by the preview.
    Result<bool> markSent(qint64 id, const QString &gatewayMessageId, const QDateTime &now);
    // The sender, delivering message `id` (state sending, carrying a password for the account its approved appeal
    // names), stores the hash of the password it will send, and the account must change it at next sign-in.
    // PostgreSQL: desk_sms_issue_password() checks all that and writes the audit row (true is returned);
    // SQLite: checked here, and the caller appends the audit row (false). Call inside the write path.
    Result<bool> issuePassword(qint64 id, qint64 accountId, const QString &passwordHash);
    // Back to the queue until `nextAttemptAt`.
    Result<bool> markRetry(qint64 id, const QString &error, const QDateTime &nextAttemptAt);
    // Given up: failed for good, body replaced by the preview.
    Result<bool> markFailed(qint64 id, const QString &error);

    // Newest first, without the body; `state` empty for all.
    Result<QVector<SmsOutboxRow>> list(const QString &state = {}, int limit = 200);
    Result<SmsOutboxRow> find(qint64 id);

    // The stored form of a timestamp: ISO-8601 UTC with milliseconds.
    static QString timestamp(const QDateTime &t);

private:
    Result<qint64> insert(const QString &idempotencyKey, const QString &phone, const QString &body,
                          const QString &preview, qint64 appealId, qint64 reviewId, qint64 passwordFor,
                          const QDateTime &now);

    Database &m_db;
};

} // namespace desk
