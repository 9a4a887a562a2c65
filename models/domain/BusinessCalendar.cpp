#include "domain/BusinessCalendar.h"

#include <QTime>

#include <algorithm>

namespace desk {

namespace {

constexpr int kChinaOffsetSeconds = 8 * 3600;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Midnight (00:00 China time) of `day` plus `msecs`, as a date-time with offset +08:00. Built from UTC so that
// neither the machine's time zone nor its tzdata play any part.
QDateTime chinaAt(QDate day, qint64 msecs)
{
    const QDateTime midnightUtc(day, QTime(0, 0), Qt::UTC);
    return midnightUtc.addSecs(-kChinaOffsetSeconds).addMSecs(msecs).toOffsetFromUtc(kChinaOffsetSeconds);
}

qint64 msecsIntoDay(const QDateTime &china)
{
    return china.time().msecsSinceStartOfDay();
}

} // namespace

QString CalendarDay::kindName(Kind kind)
{
    return kind == Kind::Workday ? QStringLiteral("workday") : QStringLiteral("holiday");
}

bool CalendarDay::kindFromName(const QString &name, Kind *kind)
{
    Kind k;
    if (name == QLatin1String("holiday"))
        k = Kind::Holiday;
    else if (name == QLatin1String("workday"))
        k = Kind::Workday;
    else
        return false;
    if (kind)
        *kind = k;
    return true;
}

BusinessCalendar::BusinessCalendar(const QVector<CalendarDay> &exceptions)
{
    for (const CalendarDay &day : exceptions) {
        if (!day.day.isValid())
            continue;
        if (m_exceptions.contains(day.day)) {
            // The last entry for a day wins.
            for (CalendarDay &existing : m_list)
                if (existing.day == day.day)
                    existing = day;
        } else {
            m_list << day;
        }
        m_exceptions.insert(day.day, day.kind);
    }
    std::sort(m_list.begin(), m_list.end(),
              [](const CalendarDay &a, const CalendarDay &b) { return a.day < b.day; });
}

bool BusinessCalendar::isWorkingDay(QDate day) const
{
    const auto it = m_exceptions.constFind(day);
    if (it != m_exceptions.constEnd())
        return *it == CalendarDay::Kind::Workday;
    return day.dayOfWeek() <= 5;
}

const CalendarDay *BusinessCalendar::exception(QDate day) const
{
    for (const CalendarDay &d : m_list)
        if (d.day == day)
            return &d;
    return nullptr;
}

QVector<CalendarDay> BusinessCalendar::exceptionsInYear(int year) const
{
    QVector<CalendarDay> out;
    for (const CalendarDay &d : m_list)
        if (d.day.year() == year)
            out << d;
    return out;
}

int BusinessCalendar::firstYear() const
{
    return m_list.isEmpty() ? 0 : m_list.constFirst().day.year();
}

int BusinessCalendar::lastYear() const
{
    return m_list.isEmpty() ? 0 : m_list.constLast().day.year();
}

QVector<int> BusinessCalendar::years() const
{
    QVector<int> out;
    for (const CalendarDay &d : m_list)
        if (out.isEmpty() || out.constLast() != d.day.year())
            out << d.day.year();
    return out;
}

QVector<int> BusinessCalendar::uncoveredYears(QDate from, QDate to) const
{
    QVector<int> out;
    if (!from.isValid() || !to.isValid())
        return out;
    const QVector<int> covered = years();
    for (int year = qMin(from.year(), to.year()); year <= qMax(from.year(), to.year()); ++year)
        if (!covered.contains(year))
            out << year;
    return out;
}

QDateTime BusinessCalendar::toChinaTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toOffsetFromUtc(kChinaOffsetSeconds);
}

QDateTime BusinessCalendar::addBusinessTime(const QDateTime &start, qint64 seconds) const
{
    const QDateTime china = toChinaTime(start);
    if (!china.isValid() || seconds == 0)
        return china;
    QDate day = china.date();
    qint64 pos = msecsIntoDay(china);
    if (seconds > 0) {
        qint64 left = seconds * 1000;
        for (;;) {
            if (isWorkingDay(day)) {
                const qint64 available = kDayMs - pos;
                if (left <= available)
                    return chinaAt(day, pos + left); // may be the next midnight: the end of this working day
                left -= available;
            }
            day = day.addDays(1);
            pos = 0;
        }
    }
    qint64 left = -seconds * 1000;
    for (;;) {
        if (isWorkingDay(day)) {
            if (left <= pos)
                return chinaAt(day, pos - left);
            left -= pos;
        }
        day = day.addDays(-1);
        pos = kDayMs;
    }
}

QDateTime BusinessCalendar::dueAt(const QDateTime &submitted, int businessDays) const
{
    return addBusinessTime(submitted, qint64(businessDays) * 24 * 3600);
}

qint64 BusinessCalendar::businessSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -businessSecondsBetween(to, from);
    const QDateTime a = toChinaTime(from);
    const QDateTime b = toChinaTime(to);
    const QDate first = a.date();
    const QDate last = b.date();
    qint64 total = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (!isWorkingDay(day))
            continue;
        const qint64 begin = day == first ? msecsIntoDay(a) : 0;
        const qint64 end = day == last ? msecsIntoDay(b) : kDayMs;
        total += end - begin;
    }
    return total / 1000;
}

qint64 BusinessCalendar::remainingSeconds(const QDateTime &due, const QDateTime &now) const
{
    return businessSecondsBetween(now, due);
}

QDateTime BusinessCalendar::resumedDue(const QDateTime &now, qint64 remainingSeconds) const
{
    return addBusinessTime(now, remainingSeconds);
}

BusinessCalendar::SlaState BusinessCalendar::slaState(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid())
        return SlaState::Paused;
    if (due <= now)
        return SlaState::Overdue;
    // A due instant of exactly midnight closes the day before (due "at the end of Tuesday" is Wednesday 00:00).
    const QDate dueDay = toChinaTime(due.addMSecs(-1)).date();
    if (dueDay == toChinaTime(now).date())
        return SlaState::DueToday;
    return SlaState::OnTime;
}

QString BusinessCalendar::slaStateName(SlaState state)
{
    switch (state) {
    case SlaState::OnTime: return QStringLiteral("on_time");
    case SlaState::DueToday: return QStringLiteral("due_today");
    case SlaState::Overdue: return QStringLiteral("overdue");
    case SlaState::Paused: return QStringLiteral("paused");
    }
    return {};
}

QString BusinessCalendar::slaStateLabel(SlaState state)
{
    switch (state) {
    case SlaState::OnTime: return tr("On time");
    case SlaState::DueToday: return tr("Due today");
    case SlaState::Overdue: return tr("Overdue");
    case SlaState::Paused: return tr("Paused (waiting for the user)");
    }
    return {};
}

QString BusinessCalendar::durationLabel(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return minutes > 0 ? tr("%1 h %2 min").arg(hours).arg(minutes) : tr("%1 h").arg(hours);
    if (minutes > 0)
        return tr("%1 min").arg(minutes);
    return tr("less than 1 min");
}

QString BusinessCalendar::timeLeftLabel(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid())
        return slaStateLabel(SlaState::Paused);
    const qint64 left = now.secsTo(due);
    if (due <= now)
        return tr("overdue %1").arg(durationLabel(-left));
    return durationLabel(left);
}

} // namespace desk
