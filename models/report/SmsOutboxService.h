#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <memory>

namespace desk {

class Session;

// One message as supervisors see it in the outbox view: never the body (nor the preview), the phone masked.
struct OutboxEntry
{
    qint64 id = 0;
    QString state; // queued, sending, sent, failed
    int attempts = 0;
    QString lastError;
    QString phone; // masked
    QDateTime createdAt;
    QDateTime nextAttemptAt;
    QDateTime sentAt;
    qint64 appealId = 0;
    qint64 reviewId = 0;
};

// The supervisors' SMS outbox: what went out, what is waiting, what failed and why; a finally failed message can
// be sent again (audited as sms.requeue; on PostgreSQL through desk_sms_requeue, since staff cannot write the
// outbox). A message that carried a new password gets its password slot back, so the SMS service issues a new one.
class SmsOutboxService
{
public:
    explicit SmsOutboxService(std::shared_ptr<Session> session);

    // Newest first, `limit` rows with ids below `beforeId` (0: from the newest); `state` empty for all.
    Result<QVector<OutboxEntry>> list(const QString &state, qint64 beforeId = 0, int limit = 200);
    // Conflict when the message is not (or no longer) in state failed; PermissionDenied for anyone but supervisors.
    Status requeue(qint64 id);

private:
    std::shared_ptr<Session> m_session;
};

} // namespace desk
