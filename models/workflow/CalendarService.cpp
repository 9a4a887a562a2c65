#include "workflow/CalendarService.h"

#include "store/AuditLog.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"

#include <QJsonObject>

namespace desk {

namespace {

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;

QJsonObject dayJson(const CalendarDay &day)
{
    return QJsonObject{{QStringLiteral("day"), day.day.toString(Qt::ISODate)},
                       {QStringLiteral("kind"), CalendarDay::kindName(day.kind)},
                       {QStringLiteral("name"), day.name}};
}

} // namespace

CalendarService::CalendarService(std::shared_ptr<Session> session) : m_session(std::move(session)) {}

QString CalendarService::claimIdleMinutesKey()
{
    return QStringLiteral("claim_idle_minutes");
}

QString CalendarService::slaBusinessDaysKey()
{
    return QStringLiteral("sla_business_days");
}

const QVector<CalendarService::SettingSpec> &CalendarService::settingSpecs()
{
    static const QVector<SettingSpec> specs{
        {claimIdleMinutesKey(), 5, 480, 30},
        {slaBusinessDaysKey(), 1, 10, 2},
    };
    return specs;
}

QString CalendarService::settingLabel(const QString &key)
{
    if (key == claimIdleMinutesKey())
        return tr("claim idle minutes");
    if (key == slaBusinessDaysKey())
        return tr("SLA business days");
    return key;
}

Result<BusinessCalendar> CalendarService::calendar()
{
    return CalendarRepository(m_session->database()).load();
}

Result<int> CalendarService::intSetting(const QString &key)
{
    const SettingSpec *spec = nullptr;
    for (const SettingSpec &s : settingSpecs())
        if (s.key == key)
            spec = &s;
    if (!spec)
        return Error(Error::Code::InvalidInput, tr("There is no setting \"%1\".").arg(key));
    auto value = CalendarRepository(m_session->database()).setting(key);
    if (!value)
        return value.error();
    if (!value->has_value())
        return spec->defaultValue;
    bool ok = false;
    const int n = value->value().trimmed().toInt(&ok);
    // A value out of range (edited by hand in the database) falls back to the default rather than stopping work.
    if (!ok || n < spec->minimum || n > spec->maximum)
        return spec->defaultValue;
    return n;
}

Result<CalendarService::Settings> CalendarService::settings()
{
    Settings s;
    auto idle = intSetting(claimIdleMinutesKey());
    if (!idle)
        return idle.error();
    auto days = intSetting(slaBusinessDaysKey());
    if (!days)
        return days.error();
    s.claimIdleMinutes = *idle;
    s.slaBusinessDays = *days;
    return s;
}

Status CalendarService::setDay(const CalendarDay &input)
{
    if (auto s = Permissions::require(m_session->staff(), Action::ManageCalendar); !s)
        return s;
    CalendarDay day = input;
    day.name = day.name.simplified();
    if (!day.day.isValid())
        return Error(Error::Code::InvalidInput, tr("Choose the date of the holiday or make-up working day."));
    if (day.day.year() < kFirstYear || day.day.year() > kLastYear)
        return Error(Error::Code::InvalidInput,
                     tr("The date %1 is outside the years the calendar covers (%2 to %3).")
                         .arg(day.day.toString(Qt::ISODate))
                         .arg(kFirstYear)
                         .arg(kLastYear));
    if (day.name.isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("Give the day %1 a name, e.g. National Day or National Day make-up working day.").arg(day.day.toString(Qt::ISODate)));
    if (day.name.size() > kMaxNameLength)
        return Error(Error::Code::InvalidInput,
                     tr("The name of the day is too long (%1 characters; at most %2).")
                         .arg(day.name.size())
                         .arg(kMaxNameLength));
    if (day.kind == CalendarDay::Kind::Workday && day.day.dayOfWeek() <= 5)
        return Error(Error::Code::InvalidInput,
                     tr("%1 is a weekday, which is a working day anyway: a make-up working day must fall on a "
                        "Saturday or Sunday.")
                         .arg(day.day.toString(Qt::ISODate)));

    Database &db = m_session->database();
    auto conn = db.connection();
    if (!conn)
        return conn.error();
    Transaction tx(db, *conn);
    if (auto s = tx.begin(); !s)
        return s;
    CalendarRepository repo(db);
    auto before = repo.day(day.day);
    if (!before)
        return before.error();
    if (auto s = repo.upsertDay(day); !s)
        return s;
    AuditEntry entry;
    entry.action = before->has_value() ? QStringLiteral("calendar.change_day") : QStringLiteral("calendar.add_day");
    entry.entityType = QStringLiteral("holiday_calendar");
    entry.entityId = day.day.toString(Qt::ISODate);
    if (before->has_value())
        entry.before = dayJson(before->value());
    entry.after = dayJson(day);
    if (auto s = AuditLog(db).append(m_session->auditActor(), entry); !s)
        return s;
    return tx.commit();
}

Status CalendarService::removeDay(QDate day)
{
    if (auto s = Permissions::require(m_session->staff(), Action::ManageCalendar); !s)
        return s;
    if (!day.isValid())
        return Error(Error::Code::InvalidInput, tr("Choose the day to delete."));
    Database &db = m_session->database();
    auto conn = db.connection();
    if (!conn)
        return conn.error();
    Transaction tx(db, *conn);
    if (auto s = tx.begin(); !s)
        return s;
    CalendarRepository repo(db);
    auto before = repo.day(day);
    if (!before)
        return before.error();
    if (!before->has_value())
        return Error(Error::Code::NotFound,
                     tr("The calendar has no entry for %1: nothing was deleted.").arg(day.toString(Qt::ISODate)));
    auto removed = repo.removeDay(day);
    if (!removed)
        return removed.error();
    AuditEntry entry;
    entry.action = QStringLiteral("calendar.remove_day");
    entry.entityType = QStringLiteral("holiday_calendar");
    entry.entityId = day.toString(Qt::ISODate);
    entry.before = dayJson(before->value());
    if (auto s = AuditLog(db).append(m_session->auditActor(), entry); !s)
        return s;
    return tx.commit();
}

Status CalendarService::setSetting(const QString &key, int value)
{
    if (auto s = Permissions::require(m_session->staff(), Action::ManageCalendar); !s)
        return s;
    const SettingSpec *spec = nullptr;
    for (const SettingSpec &s : settingSpecs())
        if (s.key == key)
            spec = &s;
    if (!spec)
        return Error(Error::Code::InvalidInput, tr("There is no setting \"%1\".").arg(key));
    if (value < spec->minimum || value > spec->maximum)
        return Error(Error::Code::InvalidInput, tr("The %1 must be between %2 and %3 (not %4).")
                                                    .arg(settingLabel(key))
                                                    .arg(spec->minimum)
                                                    .arg(spec->maximum)
                                                    .arg(value));
    Database &db = m_session->database();
    auto conn = db.connection();
    if (!conn)
        return conn.error();
    Transaction tx(db, *conn);
    if (auto s = tx.begin(); !s)
        return s;
    CalendarRepository repo(db);
    auto before = repo.setting(key);
    if (!before)
        return before.error();
    const QString text = QString::number(value);
    if (before->has_value() && before->value() == text)
        return {}; // unchanged: nothing to write or audit
    if (auto s = repo.setSetting(key, text); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("setting.change");
    entry.entityType = QStringLiteral("desk_setting");
    entry.entityId = key;
    if (before->has_value())
        entry.before = QJsonObject{{QStringLiteral("value"), before->value()}};
    entry.after = QJsonObject{{QStringLiteral("value"), text}};
    if (auto s = AuditLog(db).append(m_session->auditActor(), entry); !s)
        return s;
    return tx.commit();
}

} // namespace desk
