#pragma once

#include "core/Result.h"
#include "domain/BusinessCalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

namespace desk {

class Session;

// The holiday calendar and the queue settings every client shares (claim idle minutes, SLA business days).
// Everyone reads them; administrators (Action::ManageCalendar) change them, each change validated and written
// in one transaction with its audit entry.
class CalendarService
{
    Q_DECLARE_TR_FUNCTIONS(desk::CalendarService)

public:
    explicit CalendarService(std::shared_ptr<Session> session);

    // The shared settings this service knows, with their allowed ranges and defaults.
    struct SettingSpec
    {
        QString key;
        int minimum = 0;
        int maximum = 0;
        int defaultValue = 0;
    };
    static const QVector<SettingSpec> &settingSpecs();
    static QString claimIdleMinutesKey();  // "claim_idle_minutes", 5..480
    static QString slaBusinessDaysKey();   // "sla_business_days", 1..10
    // The translated name of a setting for messages ("claim idle minutes").
    static QString settingLabel(const QString &key);

    // ---- everyone ----
    Result<BusinessCalendar> calendar();
    // A known integer setting; its default when the row is missing.
    Result<int> intSetting(const QString &key);
    struct Settings
    {
        int claimIdleMinutes = 30;
        int slaBusinessDays = 2;
    };
    Result<Settings> settings();

    // ---- administrators ----
    // Adds a day or replaces its kind and name. Refused (InvalidInput, nothing written): an invalid date or one
    // outside 2000-2100, an empty or over-long name (at most 50 characters), a make-up working day on a weekday
    // (it would change nothing). A holiday on a weekend is accepted: the shipped data lists whole holiday periods.
    Status setDay(const CalendarDay &day);
    // NotFound when the day has no entry.
    Status removeDay(QDate day);
    // A known setting within its range.
    Status setSetting(const QString &key, int value);

    static constexpr int kMaxNameLength = 50;

private:
    std::shared_ptr<Session> m_session;
};

} // namespace desk
