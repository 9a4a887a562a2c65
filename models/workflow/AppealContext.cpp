#include "workflow/AppealContext.h"

#include "store/CalendarRepository.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QCoreApplication>

namespace desk {

AppealContext::AppealContext(std::shared_ptr<Session> session)
    : m_session(std::move(session)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void AppealContext::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime AppealContext::now() const
{
    return m_clock().toUTC();
}

Result<AppealSettings> AppealContext::settings() const
{
    CalendarRepository repo(m_session->database());
    auto calendar = repo.load();
    if (!calendar)
        return calendar.error();
    AppealSettings s;
    s.calendar = *calendar;
    const auto number = [&repo](const char *key, int fallback, int low, int high) -> Result<int> {
        auto v = repo.setting(QString::fromLatin1(key));
        if (!v)
            return v.error();
        if (!v->has_value())
            return fallback;
        bool ok = false;
        const int n = (*v)->trimmed().toInt(&ok);
        return ok && n >= low && n <= high ? n : fallback;
    };
    auto idle = number("claim_idle_minutes", 30, 1, 24 * 60);
    if (!idle)
        return idle.error();
    auto days = number("sla_business_days", 2, 1, 30);
    if (!days)
        return days.error();
    s.claimIdleMinutes = *idle;
    s.slaBusinessDays = *days;
    return s;
}

Error AppealContext::filerRefusal(qint64 appealId, const QString &login)
{
    return Error(Error::Code::PermissionDenied,
                 QCoreApplication::translate("desk::AppealService",
                                             "%1 recorded appeal %2, so another reviewer must handle it: whoever files "
                                             "an appeal for a caller never claims or decides it.")
                     .arg(login)
                     .arg(appealId));
}

QJsonValue AppealContext::timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(AppealRepository::timeValue(t)) : QJsonValue();
}

QJsonObject AppealContext::auditState(const AppealRecord &a)
{
    return QJsonObject{{QStringLiteral("state"), AppealStates::name(a.state)},
                       {QStringLiteral("version"), a.version},
                       {QStringLiteral("claimed_by"), a.claimedBy.isEmpty() ? QJsonValue() : QJsonValue(a.claimedBy)},
                       {QStringLiteral("due_at"), timeJson(a.dueAt)}};
}

void AppealContext::audit(WriteContext &w, const QString &action, qint64 appealId, const QJsonObject &before,
                          const QJsonObject &after)
{
    w.audit(action, QStringLiteral("appeal"), QString::number(appealId), before, after);
}

} // namespace desk
