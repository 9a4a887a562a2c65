#pragma once

#include "core/Result.h"
#include "domain/BusinessCalendar.h"
#include "store/AppealRepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <memory>

namespace desk {

class Session;
class WriteContext;

// The queue settings the appeal use cases read: the business calendar, how long an idle claim lasts and the SLA.
struct AppealSettings
{
    BusinessCalendar calendar;
    int claimIdleMinutes = 30;
    int slaBusinessDays = 2;
};

// What the pieces of the appeal workflow (filing, claims, decisions, reason templates) share: the signed-in
// session, the clock, the settings, and how an appeal is recorded in the audit log.
class AppealContext
{
public:
    explicit AppealContext(std::shared_ptr<Session> session);

    Session &session() const { return *m_session; }
    const std::shared_ptr<Session> &sharedSession() const { return m_session; }

    // The clock (UTC); tests set a fixed or moving one. Default: the system clock.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    Result<AppealSettings> settings() const;

    static constexpr int kMaxFreeText = 300; // a reviewer's or caller's explanation

    // An instant in an audit entry (null when invalid).
    static QJsonValue timeJson(const QDateTime &t);
    // What an audit entry records of an appeal: no raw personal data.
    static QJsonObject auditState(const AppealRecord &a);
    // The refusal when `login` recorded appeal `appealId` (for a caller, or by import) and would now hold or decide
    // it: whoever files an appeal never handles it (no self-dealing). PostgreSQL refuses the same by itself.
    static Error filerRefusal(qint64 appealId, const QString &login);
    // Records an audit entry about one appeal in the write path's context.
    static void audit(WriteContext &w, const QString &action, qint64 appealId, const QJsonObject &before,
                      const QJsonObject &after);

private:
    std::shared_ptr<Session> m_session;
    std::function<QDateTime()> m_clock;
};

} // namespace desk
