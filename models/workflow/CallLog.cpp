#include "workflow/CallLog.h"

#include "domain/Identifiers.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace desk {

namespace {

const QString kInsertCall = QStringLiteral(
    "INSERT INTO account_event (account_id, occurred_at, kind, detail) VALUES (?, ?, 'call', ?)");
const QString kLastEvent =
    QStringLiteral("SELECT MAX(id) FROM account_event WHERE account_id = ? AND kind = 'call' AND occurred_at = ?");

} // namespace

CallLog::CallLog(std::shared_ptr<Session> session) : m_session(std::move(session)) {}

QStringList CallLog::topics()
{
    return {QStringLiteral("migration"), QStringLiteral("password"), QStringLiteral("real_name"),
            QStringLiteral("appeal"), QStringLiteral("merge"), QStringLiteral("other")};
}

QStringList CallLog::outcomes()
{
    return {QStringLiteral("answered"), QStringLiteral("guided_self_service"), QStringLiteral("appeal_advised"),
            QStringLiteral("escalated"), QStringLiteral("call_back")};
}

QString CallLog::topicLabel(const QString &topic)
{
    if (topic == QLatin1String("migration"))
        return tr("Torch account migration");
    if (topic == QLatin1String("password"))
        return tr("Login name or password");
    if (topic == QLatin1String("real_name"))
        return tr("Real-name verification");
    if (topic == QLatin1String("appeal"))
        return tr("Recovery appeal");
    if (topic == QLatin1String("merge"))
        return tr("Account merge or project transfer");
    if (topic == QLatin1String("other"))
        return tr("Other");
    return topic;
}

QString CallLog::outcomeLabel(const QString &outcome)
{
    if (outcome == QLatin1String("answered"))
        return tr("Answered");
    if (outcome == QLatin1String("guided_self_service"))
        return tr("Guided to self-service");
    if (outcome == QLatin1String("appeal_advised"))
        return tr("Advised to file an appeal");
    if (outcome == QLatin1String("escalated"))
        return tr("Escalated");
    if (outcome == QLatin1String("call_back"))
        return tr("Call back promised");
    return outcome;
}

QString CallLog::normalisedPhone(const QString &phone)
{
    QString p = ids::foldFullWidth(phone).trimmed();
    p.remove(QLatin1Char(' '));
    if (p.startsWith(QLatin1String("+86")))
        p = p.mid(3);
    return p;
}

bool CallLog::isCallerPhone(const QString &phone)
{
    const QString p = normalisedPhone(phone);
    if (ids::isMainlandMobile(p))
        return true;
    // Landline: an area code of 3 or 4 digits starting with 0, an optional dash, 7 or 8 digits.
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}-?\\d{7,8}$"));
    return landline.match(p).hasMatch();
}

QString CallLog::maskedPhone(const QString &phone)
{
    return ids::maskPhone(normalisedPhone(phone));
}

QString CallLog::describe(const QString &detailJson)
{
    const QJsonObject o = QJsonDocument::fromJson(detailJson.toUtf8()).object();
    if (o.isEmpty())
        return detailJson;
    QString text = topicLabel(o.value(QStringLiteral("topic")).toString()) + QStringLiteral(" · ")
        + outcomeLabel(o.value(QStringLiteral("outcome")).toString());
    const QString phone = o.value(QStringLiteral("caller_phone")).toString();
    if (!phone.isEmpty())
        text += QStringLiteral(" · ") + tr("caller %1").arg(maskedPhone(phone));
    const QString note = o.value(QStringLiteral("note")).toString();
    if (!note.isEmpty())
        text += QStringLiteral(" · ") + note;
    return text;
}

Result<qint64> CallLog::log(const CallRecord &call)
{
    const QString phone = normalisedPhone(call.callerPhone);
    if (!isCallerPhone(phone))
        return Error(Error::Code::InvalidInput,
                     tr("The caller's number \"%1\" is neither a mainland mobile number nor a landline with area "
                        "code (e.g. 010-68512345).")
                         .arg(call.callerPhone.trimmed()));
    if (!topics().contains(call.topic))
        return Error(Error::Code::InvalidInput, tr("Choose what the call was about."));
    if (!outcomes().contains(call.outcome))
        return Error(Error::Code::InvalidInput, tr("Choose the outcome of the call."));
    const QString note = call.note.trimmed();
    if (note.size() > kMaxNote)
        return Error(Error::Code::InvalidInput,
                     tr("The note has %1 characters; at most %2 fit.").arg(note.size()).arg(kMaxNote));

    return WritePath::run(*m_session, Action::LogCall, [&](WriteContext &w) -> Result<qint64> {
        Database &db = w.database();
        auto rec = AccountRepository(db).record(call.accountId);
        if (!rec)
            return rec.error();

        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QJsonObject detail{{QStringLiteral("topic"), call.topic},
                           {QStringLiteral("outcome"), call.outcome},
                           {QStringLiteral("caller_phone"), phone},
                           {QStringLiteral("note"), note},
                           {QStringLiteral("staff"), m_session->auditActor()}};
        if (!call.context.isEmpty())
            detail[QStringLiteral("context")] = call.context;
        auto q = db.exec(kInsertCall, {call.accountId, now,
                                       QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
        if (!q)
            return q.error();
        q->finish();
        auto last = db.exec(kLastEvent, {call.accountId, now});
        if (!last)
            return last.error();
        const qint64 eventId = last->next() ? last->value(0).toLongLong() : 0;
        last->finish();

        // The audit row carries the phone masked: the log is read more widely than the account.
        QJsonObject after{{QStringLiteral("login"), rec->login},
                          {QStringLiteral("topic"), call.topic},
                          {QStringLiteral("outcome"), call.outcome},
                          {QStringLiteral("caller_phone"), maskedPhone(phone)},
                          {QStringLiteral("note"), note},
                          {QStringLiteral("event_id"), eventId}};
        if (!call.context.isEmpty())
            after[QStringLiteral("context")] = call.context;
        w.audit(QStringLiteral("account.call"), QStringLiteral("account"), QString::number(call.accountId), {},
                after);
        return eventId;
    });
}

} // namespace desk
