#pragma once

#include "core/Result.h"
#include "domain/BusinessCalendar.h"

#include <QHash>
#include <QString>

#include <optional>

namespace desk {

class Database;

// The holiday calendar (table holiday_calendar) and the settings every client shares (table desk_setting).
// Plain data access on this thread's connection: writes join the caller's transaction, no permission checks
// here (see workflow/CalendarService).
class CalendarRepository
{
public:
    explicit CalendarRepository(Database &db) : m_db(db) {}

    // Every row of holiday_calendar as a calendar.
    Result<BusinessCalendar> load();
    // The row for one day, if there is one.
    Result<std::optional<CalendarDay>> day(QDate day);
    // Inserts the day or replaces its kind and name.
    Status upsertDay(const CalendarDay &day);
    // Deletes the day's row; false when there was none.
    Result<bool> removeDay(QDate day);
    // Deletes every row of one calendar year; returns how many there were.
    Result<int> removeYear(int year);

    // One desk_setting value, if set.
    Result<std::optional<QString>> setting(const QString &key);
    Result<QHash<QString, QString>> settings();
    // Inserts or replaces one value.
    Status setSetting(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace desk
