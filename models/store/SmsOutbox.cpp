#include "store/SmsOutbox.h"

#include "domain/Identifiers.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace desk {

namespace {
QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

// SQLite returns the stored ISO text (UTC); the PostgreSQL driver converts timestamptz to local time.
QDateTime utcFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = v.toDateTime();
    return t.isValid() ? t.toUTC() : t;
}

// "{outbox}": on PostgreSQL the view that masks the phone for staff other than administrators (Dialect::personalRead).
const QString kRowColumns = QStringLiteral(
    "SELECT id, idempotency_key, phone, state, attempts, next_attempt_at, created_at, sent_at, last_error, appeal_id, "
    "preview, gateway_message_id FROM {outbox} ");

QString rowColumns(const Database &db)
{
    return QString(kRowColumns).replace(QStringLiteral("{outbox}"), db.dialect().personalRead(QStringLiteral("sms_outbox")));
}

SmsOutboxRow rowFrom(const QSqlQuery &q)
{
    SmsOutboxRow r;
    r.id = q.value(0).toLongLong();
    r.idempotencyKey = q.value(1).toString();
    r.phone = q.value(2).toString();
    r.state = q.value(3).toString();
    r.attempts = q.value(4).toInt();
    r.nextAttemptAt = utcFrom(q.value(5));
    r.createdAt = utcFrom(q.value(6));
    r.sentAt = utcFrom(q.value(7));
    r.lastError = q.value(8).toString();
    r.appealId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    r.preview = q.value(10).toString();
    r.gatewayMessageId = q.value(11).toString();
    return r;
}
} // namespace

QString SmsOutbox::timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Result<qint64> SmsOutbox::enqueue(const QString &idempotencyKey, const QString &phone, const QString &body,
                                  const QString &preview, qint64 appealId, const QDateTime &now, qint64 passwordFor)
{
    return insert(idempotencyKey, phone, body, preview, appealId, 0, passwordFor, now);
}

Result<qint64> SmsOutbox::enqueueForReview(const QString &idempotencyKey, const QString &phone, const QString &body,
                                           qint64 reviewId, const QDateTime &now)
{
    return insert(idempotencyKey, phone, body, body, 0, reviewId, 0, now);
}

Result<qint64> SmsOutbox::insert(const QString &idempotencyKey, const QString &phone, const QString &body,
                                 const QString &preview, qint64 appealId, qint64 reviewId, qint64 passwordFor,
                                 const QDateTime &now)
{
    if (idempotencyKey.trimmed().isEmpty() || idempotencyKey.size() > 200)
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("desk::SmsOutbox", "A text message needs an idempotency key of 1 to 200 characters."));
    if (!ids::isMainlandMobile(phone))
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("desk::SmsOutbox", "Cannot send a text message to %1: not a mainland mobile number.").arg(ids::maskPhone(phone)));
    if (body.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::SmsOutbox", "The text message to %1 is empty.").arg(ids::maskPhone(phone)));
    if (body.size() > kMaxBodyLength)
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::SmsOutbox", "The text message to %1 is too long (%2 characters; at most %3).")
                                                    .arg(ids::maskPhone(phone))
                                                    .arg(body.size())
                                                    .arg(kMaxBodyLength));
    if (preview.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("desk::SmsOutbox", "The text message to %1 has no preview for staff (pass the text itself when it holds no "
                        "secret).")
                         .arg(ids::maskPhone(phone)));
    if (!now.isValid())
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::SmsOutbox", "The time a text message is queued is missing."));
    const auto idOrNull = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); };
    auto q = m_db.exec(QStringLiteral("INSERT INTO sms_outbox (idempotency_key, phone, body, preview, appeal_id, state, "
                                      "attempts, created_at, password_for, review_id) VALUES (?, ?, ?, ?, ?, 'queued', 0, "
                                      "?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id"),
                       {idempotencyKey, phone, body, preview, idOrNull(appealId), timestamp(now),
                        idOrNull(passwordFor), idOrNull(reviewId)});
    if (!q)
        return q.error();
    if (!q->next()) {
        q->finish();
        return Error(Error::Code::Conflict,
                     QCoreApplication::translate("desk::SmsOutbox", "A text message with the key %1 is already in the outbox.").arg(idempotencyKey));
    }
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<QVector<SmsMessage>> SmsOutbox::claimDue(const QDateTime &now, int limit, int leaseSeconds)
{
    if (limit <= 0)
        return QVector<SmsMessage>();
    const bool postgres = m_db.dialect().name() == QLatin1String("postgresql");
    // PostgreSQL: concurrent senders lock disjoint rows (SKIP LOCKED) and re-check a row that changed meanwhile.
    // SQLite: the statement runs under the database's single write lock.
    const QString sql =
        QStringLiteral("UPDATE sms_outbox SET state = 'sending', attempts = attempts + 1, next_attempt_at = ? "
                       "WHERE id IN (SELECT id FROM sms_outbox "
                       "WHERE (state = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)) "
                       "OR (state = 'sending' AND next_attempt_at <= ?) ORDER BY id LIMIT ?")
        + (postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString())
        + QStringLiteral(") RETURNING id, idempotency_key, phone, body, attempts, appeal_id, password_for");
    const QString nowText = timestamp(now);
    auto q = m_db.exec(sql, {timestamp(now.addSecs(qMax(1, leaseSeconds))), nowText, nowText, limit});
    if (!q)
        return q.error();
    QVector<SmsMessage> messages;
    while (q->next()) {
        SmsMessage m;
        m.id = q->value(0).toLongLong();
        m.idempotencyKey = q->value(1).toString();
        m.phone = q->value(2).toString();
        m.body = q->value(3).toString();
        m.attempts = q->value(4).toInt();
        m.appealId = q->value(5).isNull() ? 0 : q->value(5).toLongLong();
        m.passwordFor = q->value(6).isNull() ? 0 : q->value(6).toLongLong();
        messages << m;
    }
    q->finish();
    std::sort(messages.begin(), messages.end(), [](const SmsMessage &a, const SmsMessage &b) { return a.id < b.id; });
    return messages;
}

Result<bool> SmsOutbox::markSent(qint64 id, const QString &gatewayMessageId, const QDateTime &now)
{
    auto q = m_db.exec(QStringLiteral("UPDATE sms_outbox SET state = 'sent', sent_at = ?, gateway_message_id = ?, "
                                      "body = COALESCE(preview, ''), next_attempt_at = NULL, last_error = NULL "
                                      "WHERE id = ? AND state = 'sending'"),
                       {timestamp(now), textOrNull(gatewayMessageId.left(200)), id});
    if (!q)
        return q.error();
    const bool changed = q->numRowsAffected() > 0;
    q->finish();
    return changed;
}

Result<bool> SmsOutbox::markRetry(qint64 id, const QString &error, const QDateTime &nextAttemptAt)
{
    auto q = m_db.exec(QStringLiteral("UPDATE sms_outbox SET state = 'queued', next_attempt_at = ?, last_error = ? "
                                      "WHERE id = ? AND state = 'sending'"),
                       {timestamp(nextAttemptAt), textOrNull(error.left(500)), id});
    if (!q)
        return q.error();
    const bool changed = q->numRowsAffected() > 0;
    q->finish();
    return changed;
}

Result<bool> SmsOutbox::markFailed(qint64 id, const QString &error)
{
    auto q = m_db.exec(QStringLiteral("UPDATE sms_outbox SET state = 'failed', next_attempt_at = NULL, last_error = ?, "
                                      "body = COALESCE(preview, '') WHERE id = ? AND state = 'sending'"),
                       {textOrNull(error.left(500)), id});
    if (!q)
        return q.error();
    const bool changed = q->numRowsAffected() > 0;
    q->finish();
    return changed;
}

Result<bool> SmsOutbox::issuePassword(qint64 id, qint64 accountId, const QString &passwordHash)
{
    if (m_db.url().isPostgres()) {
        auto q = m_db.exec(QStringLiteral("SELECT desk_sms_issue_password(?, ?)"), {id, passwordHash});
        if (!q)
            return q.error();
        const qint64 account = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        if (account != accountId)
            return Error(Error::Code::Conflict,
                         QCoreApplication::translate("desk::SmsOutbox", "Text message %1 carries the password of account %2, not %3.").arg(id).arg(account).arg(accountId));
        return true;
    }
    // The same checks as desk_sms_issue_password(): a message being sent, for the account its approved appeal names.
    auto check = m_db.exec(QStringLiteral("SELECT 1 FROM sms_outbox o JOIN appeal a ON a.id = o.appeal_id "
                                          "WHERE o.id = ? AND o.state = 'sending' AND o.password_for = ? "
                                          "AND a.state = 'approved' AND a.account_id = o.password_for"),
                           {id, accountId});
    if (!check)
        return check.error();
    const bool carries = check->next();
    check->finish();
    if (!carries)
        return Error(Error::Code::PermissionDenied,
                     QCoreApplication::translate("desk::SmsOutbox", "Text message %1 does not carry a new password for account %2 now.").arg(id).arg(accountId));
    auto q = m_db.exec(QStringLiteral("UPDATE account SET password_hash = ?, must_change_password = ? WHERE id = ?"),
                       {passwordHash, true, accountId});
    if (!q)
        return q.error();
    q->finish();
    return false;
}

Result<QVector<SmsOutboxRow>> SmsOutbox::list(const QString &state, int limit)
{
    const QString sql = rowColumns(m_db) + (state.isEmpty() ? QString() : QStringLiteral("WHERE state = ? "))
                      + QStringLiteral("ORDER BY id DESC LIMIT ?");
    QVariantList values;
    if (!state.isEmpty())
        values << state;
    values << qMax(1, limit);
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QVector<SmsOutboxRow> rows;
    while (q->next())
        rows << rowFrom(*q);
    q->finish();
    return rows;
}

Result<SmsOutboxRow> SmsOutbox::find(qint64 id)
{
    auto q = m_db.exec(rowColumns(m_db) + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next()) {
        q->finish();
        return Error(Error::Code::NotFound, QCoreApplication::translate("desk::SmsOutbox", "There is no text message %1 in the outbox.").arg(id));
    }
    SmsOutboxRow row = rowFrom(*q);
    q->finish();
    return row;
}

} // namespace desk
