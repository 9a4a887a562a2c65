#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

namespace desk {

// A day that differs from the normal week: a public holiday on a weekday or a make-up working day (调休) on a
// weekend. The calendar is data (table holiday_calendar), edited by administrators.
struct CalendarDay
{
    enum class Kind { Holiday, Workday };
    QDate day;
    Kind kind = Kind::Holiday;
    QString name; // e.g. 春节, 国庆节调休

    static QString kindName(Kind kind);                 // "holiday" / "workday"
    static bool kindFromName(const QString &name, Kind *kind);
};

// The SLA clock of the recovery-appeal queue. All arithmetic is in China time (UTC+8, no daylight saving):
// business time runs through the whole of every working day (Monday to Friday, plus make-up working days,
// minus holidays) and stands still on the other days. An appeal submitted on Friday 15:00 with two business
// days is due on Tuesday 15:00; one submitted on Saturday is due at the end of Tuesday (Wednesday 00:00).
class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(desk::BusinessCalendar)

public:
    BusinessCalendar() = default; // Monday to Friday, no holidays
    explicit BusinessCalendar(const QVector<CalendarDay> &exceptions);

    bool isWorkingDay(QDate day) const;
    const QVector<CalendarDay> &exceptions() const { return m_list; } // sorted by day, one entry per day
    // The exception for `day`, or null when the day follows the normal week.
    const CalendarDay *exception(QDate day) const;
    QVector<CalendarDay> exceptionsInYear(int year) const;
    // The first and last year the calendar has any entry for (0 when empty); due times beyond it assume a
    // normal week.
    int firstYear() const;
    int lastYear() const;
    // The years the calendar covers: those with at least one entry (a year's holidays are entered or imported
    // as a whole), in order.
    QVector<int> years() const;
    // The years from `from` to `to` (inclusive) that the calendar does not cover; business time there assumes
    // a normal week.
    QVector<int> uncoveredYears(QDate from, QDate to) const;

    // The instant at which `seconds` of business time have passed after `start` (start itself when 0).
    QDateTime addBusinessTime(const QDateTime &start, qint64 seconds) const;
    // Submission + `businessDays` business days.
    QDateTime dueAt(const QDateTime &submitted, int businessDays) const;
    // Business time between two instants; negative when `to` is before `from`.
    qint64 businessSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    // Pausing the SLA clock (waiting for the user): the business time left at `now` until `due`, negative once
    // overdue. Resuming: the due instant when `remainingSeconds` of business time are left at `now`.
    qint64 remainingSeconds(const QDateTime &due, const QDateTime &now) const;
    QDateTime resumedDue(const QDateTime &now, qint64 remainingSeconds) const;

    enum class SlaState { OnTime, DueToday, Overdue, Paused };
    // Paused when due is null (waiting for the user); Overdue when due <= now; DueToday when the due instant
    // is later on now's China calendar day (a due instant of exactly 00:00 counts as the end of the day
    // before); OnTime otherwise.
    static SlaState slaState(const QDateTime &due, const QDateTime &now);
    static QString slaStateName(SlaState state);  // "on_time", "due_today", "overdue", "paused"
    static QString slaStateLabel(SlaState state); // translated
    // "3 h 20 min", "1 d 4 h", "overdue 2 h" in the current language, for queue rows.
    // Wall-clock time from now to due; the label of Paused when due is null.
    static QString timeLeftLabel(const QDateTime &due, const QDateTime &now);
    // "2 d 3 h", "3 h 20 min", "45 min", "less than 1 min" (larger units only; zero parts left out).
    static QString durationLabel(qint64 seconds);

    static QDateTime toChinaTime(const QDateTime &t); // same instant, offset +08:00

private:
    QVector<CalendarDay> m_list;
    QHash<QDate, CalendarDay::Kind> m_exceptions;
};

} // namespace desk
