#include "store/CalendarRepository.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace desk {

namespace {
// SQLite keeps the day as YYYY-MM-DD text; the PostgreSQL driver hands back a QDate. Both read as a QDate.
QDate dayFrom(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// Bound as text on both databases: SQLite stores it so, PostgreSQL casts the literal to DATE.
QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

Result<CalendarDay> rowFrom(const QSqlQuery &q)
{
    CalendarDay d;
    d.day = dayFrom(q.value(0));
    const QString kind = q.value(1).toString();
    if (!d.day.isValid() || !CalendarDay::kindFromName(kind, &d.kind))
        return Error(Error::Code::Database, QCoreApplication::translate("desk::CalendarRepository", "The holiday calendar holds an unreadable row (%1, %2).")
                                                .arg(q.value(0).toString(), kind));
    d.name = q.value(2).toString();
    return d;
}
} // namespace

Result<BusinessCalendar> CalendarRepository::load()
{
    auto q = m_db.exec(QStringLiteral("SELECT day, kind, name FROM holiday_calendar ORDER BY day"));
    if (!q)
        return q.error();
    QVector<CalendarDay> days;
    while (q->next()) {
        auto d = rowFrom(*q);
        if (!d) {
            q->finish();
            return d.error();
        }
        days << d.value();
    }
    q->finish();
    return BusinessCalendar(days);
}

Result<std::optional<CalendarDay>> CalendarRepository::day(QDate day)
{
    auto q = m_db.exec(QStringLiteral("SELECT day, kind, name FROM holiday_calendar WHERE day = ?"), {dayText(day)});
    if (!q)
        return q.error();
    std::optional<CalendarDay> found;
    if (q->next()) {
        auto d = rowFrom(*q);
        if (!d) {
            q->finish();
            return d.error();
        }
        found = d.value();
    }
    q->finish();
    return found;
}

Status CalendarRepository::upsertDay(const CalendarDay &day)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO holiday_calendar (day, kind, name) VALUES (?, ?, ?) "
                                      "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name"),
                       {dayText(day.day), CalendarDay::kindName(day.kind), day.name});
    if (!q)
        return q.error();
    q->finish();
    return {};
}

Result<bool> CalendarRepository::removeDay(QDate day)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM holiday_calendar WHERE day = ?"), {dayText(day)});
    if (!q)
        return q.error();
    const bool removed = q->numRowsAffected() > 0;
    q->finish();
    return removed;
}

Result<int> CalendarRepository::removeYear(int year)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM holiday_calendar WHERE day >= ? AND day <= ?"),
                       {dayText(QDate(year, 1, 1)), dayText(QDate(year, 12, 31))});
    if (!q)
        return q.error();
    const int removed = q->numRowsAffected();
    q->finish();
    return removed;
}

Result<std::optional<QString>> CalendarRepository::setting(const QString &key)
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM desk_setting WHERE key = ?"), {key});
    if (!q)
        return q.error();
    std::optional<QString> value;
    if (q->next())
        value = q->value(0).toString();
    q->finish();
    return value;
}

Result<QHash<QString, QString>> CalendarRepository::settings()
{
    auto q = m_db.exec(QStringLiteral("SELECT key, value FROM desk_setting"));
    if (!q)
        return q.error();
    QHash<QString, QString> values;
    while (q->next())
        values.insert(q->value(0).toString(), q->value(1).toString());
    q->finish();
    return values;
}

Status CalendarRepository::setSetting(const QString &key, const QString &value)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO desk_setting (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {key, value});
    if (!q)
        return q.error();
    q->finish();
    return {};
}

} // namespace desk
