#include "report/SmsOutboxService.h"

#include "domain/Identifiers.h"
#include "store/ClaimEngine.h"
#include "store/Database.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace desk {

namespace {

bool serverEnforces(const Database &db)
{
    return db.dialect().name() == QLatin1String("postgresql");
}

QDateTime timeOf(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

SmsOutboxService::SmsOutboxService(std::shared_ptr<Session> session) : m_session(std::move(session)) {}

Result<QVector<OutboxEntry>> SmsOutboxService::list(const QString &state, qint64 beforeId, int limit)
{
    if (auto s = Permissions::require(m_session->staff(), Action::RequeueSms); !s)
        return s.error();
    static const QStringList states{QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("sent"),
                                    QStringLiteral("failed")};
    if (!state.isEmpty() && !states.contains(state))
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::SmsOutboxService", "\"%1\" is not a message state.").arg(state));
    Database &db = m_session->database();
    // review_id is a column of its own on both databases; the view of schema 4 predates it.
    QString sql = QStringLiteral("SELECT v.id, v.state, v.attempts, v.last_error, v.phone, v.created_at, "
                                 "v.next_attempt_at, v.sent_at, v.appeal_id, o.review_id FROM %1 v "
                                 "JOIN sms_outbox o ON o.id = v.id WHERE 1 = 1")
                      .arg(db.dialect().personalRead(QStringLiteral("sms_outbox")));
    QVariantList values;
    if (!state.isEmpty()) {
        sql += QStringLiteral(" AND v.state = ?");
        values << state;
    }
    if (beforeId > 0) {
        sql += QStringLiteral(" AND v.id < ?");
        values << beforeId;
    }
    sql += QStringLiteral(" ORDER BY v.id DESC LIMIT %1").arg(std::clamp(limit, 1, 1000));
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    QVector<OutboxEntry> out;
    while (q->next()) {
        OutboxEntry e;
        e.id = q->value(0).toLongLong();
        e.state = q->value(1).toString();
        e.attempts = q->value(2).toInt();
        e.lastError = q->value(3).toString();
        e.phone = ids::maskPhone(q->value(4).toString()); // the view masks already; the file does not
        e.createdAt = timeOf(q->value(5));
        e.nextAttemptAt = timeOf(q->value(6));
        e.sentAt = timeOf(q->value(7));
        e.appealId = q->value(8).toLongLong();
        e.reviewId = q->value(9).toLongLong();
        out << e;
    }
    q->finish();
    return out;
}

Status SmsOutboxService::requeue(qint64 id)
{
    if (auto s = Permissions::require(m_session->staff(), Action::RequeueSms); !s)
        return s.error();
    Database &db = m_session->database();
    const Error notFailed(Error::Code::Conflict,
                          QCoreApplication::translate("desk::SmsOutboxService", "Message %1 is not a failed message; only those can be sent again.").arg(id));
    if (serverEnforces(db)) {
        auto q = db.exec(QStringLiteral("SELECT desk_sms_requeue(?)"), {id});
        if (!q)
            return q.error();
        const bool done = q->next() && q->value(0).toBool();
        q->finish();
        if (!done)
            return notFailed;
        return {};
    }
    return WritePath::run(*m_session, Action::RequeueSms, [&](WriteContext &w) -> Status {
        Database &d = w.database();
        auto q = d.exec(QStringLiteral("SELECT state, attempts, last_error FROM sms_outbox WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (!q->next() || q->value(0).toString() != QLatin1String("failed")) {
            q->finish();
            return notFailed;
        }
        const QJsonObject before{{QStringLiteral("state"), q->value(0).toString()},
                                 {QStringLiteral("attempts"), q->value(1).toInt()},
                                 {QStringLiteral("last_error"), q->value(2).toString()}};
        q->finish();
        auto u = d.exec(QStringLiteral("UPDATE sms_outbox SET state = 'queued', attempts = 0, next_attempt_at = ?, "
                                       "last_error = NULL, body = CASE WHEN password_for IS NULL THEN "
                                       "coalesce(preview, body) ELSE replace(coalesce(preview, body), '********', "
                                       "'{{new_password}}') END WHERE id = ? AND state = 'failed'"),
                        {ClaimEngine::timeValue(QDateTime::currentDateTimeUtc()), id});
        if (!u)
            return u.error();
        w.audit(QStringLiteral("sms.requeue"), QStringLiteral("sms_outbox"), QString::number(id), before,
                QJsonObject{{QStringLiteral("state"), QStringLiteral("queued")}, {QStringLiteral("attempts"), 0}});
        return {};
    });
}

} // namespace desk
