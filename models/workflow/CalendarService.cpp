#include "workflow/CalendarService.h"

#include <QCoreApplication>

#include "store/AuditLog.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

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

QJsonArray daysJson(const QVector<CalendarDay> &days)
{
    QJsonArray out;
    for (const CalendarDay &d : days)
        out.append(dayJson(d));
    return out;
}

QJsonArray yearsJson(const QVector<int> &years)
{
    QJsonArray out;
    for (int y : years)
        out.append(y);
    return out;
}

QString yearList(const QVector<int> &years)
{
    QStringList out;
    for (int y : years)
        out << QString::number(y);
    // A translated separator: "2026, 2027" in English, "2026、2027" in Chinese.
    return out.join(QCoreApplication::translate("desk::CalendarService", ", ", "separator between years"));
}

bool sameDays(QVector<CalendarDay> a, QVector<CalendarDay> b)
{
    const auto byDay = [](const CalendarDay &x, const CalendarDay &y) { return x.day < y.day; };
    std::sort(a.begin(), a.end(), byDay);
    std::sort(b.begin(), b.end(), byDay);
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const CalendarDay &x, const CalendarDay &y) {
        return x.day == y.day && x.kind == y.kind && x.name == y.name;
    });
}

} // namespace

CalendarService::CalendarService(std::shared_ptr<Session> session)
    : m_session(std::move(session)), m_clock([]() { return QDateTime::currentDateTimeUtc(); })
{
}

void CalendarService::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDate CalendarService::today() const
{
    return BusinessCalendar::toChinaTime(m_clock()).date();
}

QString CalendarService::claimIdleMinutesKey()
{
    return QStringLiteral("claim_idle_minutes");
}

QString CalendarService::slaBusinessDaysKey()
{
    return QStringLiteral("sla_business_days");
}

QString CalendarService::reviewQaSharePercentKey()
{
    return QStringLiteral("review_qa_share_percent");
}

const QVector<CalendarService::SettingSpec> &CalendarService::settingSpecs()
{
    static const QVector<SettingSpec> specs{
        {claimIdleMinutesKey(), 5, 480, 30},
        {slaBusinessDaysKey(), 1, 10, 2},
        {reviewQaSharePercentKey(), 1, 100, 5},
    };
    return specs;
}

QString CalendarService::settingLabel(const QString &key)
{
    if (key == claimIdleMinutesKey())
        return tr("claim idle minutes");
    if (key == slaBusinessDaysKey())
        return tr("SLA business days");
    if (key == reviewQaSharePercentKey())
        return tr("share of review decisions sampled for quality checks (percent)");
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
    auto share = intSetting(reviewQaSharePercentKey());
    if (!share)
        return share.error();
    s.claimIdleMinutes = *idle;
    s.slaBusinessDays = *days;
    s.reviewQaSharePercent = *share;
    return s;
}

Status CalendarService::validateDay(CalendarDay &day)
{
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
    return {};
}

Status CalendarService::write(const std::function<Status(CalendarRepository &repo, WriteContext &w)> &work)
{
    return WritePath::run(*m_session, Action::ManageCalendar, [&](WriteContext &w) -> Status {
        CalendarRepository repo(w.database());
        return work(repo, w);
    });
}

Status CalendarService::setDay(const CalendarDay &input)
{
    if (auto s = Permissions::require(m_session->staff(), Action::ManageCalendar); !s)
        return s;
    CalendarDay day = input;
    if (auto s = validateDay(day); !s)
        return s;
    return write([&](CalendarRepository &repo, WriteContext &w) -> Status {
        auto before = repo.day(day.day);
        if (!before)
            return before.error();
        if (auto s = repo.upsertDay(day); !s)
            return s;
        AuditEntry entry;
        entry.action =
            before->has_value() ? QStringLiteral("calendar.change_day") : QStringLiteral("calendar.add_day");
        entry.entityType = QStringLiteral("holiday_calendar");
        entry.entityId = day.day.toString(Qt::ISODate);
        if (before->has_value())
            entry.before = dayJson(before->value());
        entry.after = dayJson(day);
        w.audit(entry);
        return {};
    });
}

Status CalendarService::removeDay(QDate day)
{
    if (auto s = Permissions::require(m_session->staff(), Action::ManageCalendar); !s)
        return s;
    if (!day.isValid())
        return Error(Error::Code::InvalidInput, tr("Choose the day to delete."));
    return write([&](CalendarRepository &repo, WriteContext &w) -> Status {
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
        w.audit(entry);
        return {};
    });
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
    return write([&](CalendarRepository &repo, WriteContext &w) -> Status {
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
        w.audit(entry);
        return {};
    });
}

// ---- coverage ----

CalendarService::Coverage CalendarService::coverageOf(const BusinessCalendar &calendar, QDate from, QDate through)
{
    Coverage c;
    c.years = calendar.years();
    c.from = from;
    c.through = through;
    c.missingYears = calendar.uncoveredYears(from, through);
    return c;
}

Result<CalendarService::Coverage> CalendarService::coverage(int days)
{
    auto cal = calendar();
    if (!cal)
        return cal.error();
    const QDate from = today();
    return coverageOf(*cal, from, from.addDays(days));
}

QString CalendarService::Coverage::warning() const
{
    if (covered())
        return {};
    const QString covers = years.isEmpty() ? tr("The holiday calendar is empty")
                                           : tr("The holiday calendar covers %1 only").arg(yearList(years));
    return tr("%1: due times from %2 to %3 ignore the public holidays and make-up working days of %4. An "
              "administrator imports the calendar for %4 (Holiday calendar page, Import…, or identitydesk-cli "
              "calendar import).")
        .arg(covers, from.toString(Qt::ISODate), through.toString(Qt::ISODate), yearList(missingYears));
}

QJsonObject CalendarService::Coverage::toJson() const
{
    return QJsonObject{{QStringLiteral("years"), yearsJson(years)},
                       {QStringLiteral("from"), from.toString(Qt::ISODate)},
                       {QStringLiteral("through"), through.toString(Qt::ISODate)},
                       {QStringLiteral("covered"), covered()},
                       {QStringLiteral("missing_years"), yearsJson(missingYears)}};
}

// ---- import ----

Result<CalendarService::YearFile> CalendarService::parseHolidayCn(const QByteArray &json)
{
    const auto bad = [](const QString &message) { return Error(Error::Code::InvalidInput, message); };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(tr("The file is not valid JSON: %1 (at byte %2).")
                       .arg(parseError.errorString())
                       .arg(parseError.offset));
    if (!doc.isObject())
        return bad(tr("The file must hold one JSON object with \"year\" and \"days\"."));
    const QJsonObject root = doc.object();
    const QJsonValue yearValue = root.value(QStringLiteral("year"));
    const double yearNumber = yearValue.toDouble(-1);
    if (!yearValue.isDouble() || yearNumber != int(yearNumber) || yearNumber < kFirstYear || yearNumber > kLastYear)
        return bad(tr("\"year\" must be a whole number from %1 to %2.").arg(kFirstYear).arg(kLastYear));
    YearFile file;
    file.year = int(yearNumber);
    const QJsonValue daysValue = root.value(QStringLiteral("days"));
    if (!daysValue.isArray())
        return bad(tr("\"days\" must be a list of days."));
    const QJsonArray days = daysValue.toArray();
    if (days.isEmpty())
        return bad(tr("\"days\" lists no day for %1: an empty year is not imported.").arg(file.year));
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QHash<QDate, int> seen;
    for (int index = 0; index < days.size(); ++index) {
        const auto entryError = [index](const QString &what) {
            return Error(Error::Code::InvalidInput, tr("Entry %1 of \"days\": %2").arg(index).arg(what));
        };
        if (!days.at(index).isObject())
            return entryError(tr("not an object with \"name\", \"date\" and \"isOffDay\"."));
        const QJsonObject e = days.at(index).toObject();
        const QJsonValue date = e.value(QStringLiteral("date"));
        const QJsonValue name = e.value(QStringLiteral("name"));
        const QJsonValue offDay = e.value(QStringLiteral("isOffDay"));
        if (!date.isString())
            return entryError(tr("\"date\" is missing or not a string."));
        CalendarDay day;
        const QString dateText = date.toString();
        if (isoDate.match(dateText).hasMatch())
            day.day = QDate::fromString(dateText, Qt::ISODate);
        if (!day.day.isValid())
            return entryError(tr("\"%1\" is not a date of the form YYYY-MM-DD.").arg(dateText));
        if (day.day.year() != file.year)
            return entryError(tr("%1 is not in the year %2 the file states.").arg(dateText).arg(file.year));
        if (seen.contains(day.day))
            return entryError(tr("%1 is listed twice (also entry %2).").arg(dateText).arg(seen.value(day.day)));
        seen.insert(day.day, index);
        if (!name.isString())
            return entryError(tr("\"name\" is missing or not a string."));
        if (!offDay.isBool())
            return entryError(tr("\"isOffDay\" is missing or not true or false."));
        day.name = name.toString();
        day.kind = offDay.toBool() ? CalendarDay::Kind::Holiday : CalendarDay::Kind::Workday;
        if (auto s = validateDay(day); !s)
            return entryError(s.error().message);
        file.days << day;
    }
    return file;
}

QJsonObject CalendarService::ImportReport::toJson() const
{
    return QJsonObject{{QStringLiteral("year"), year},
                       {QStringLiteral("holidays"), holidays},
                       {QStringLiteral("workdays"), workdays},
                       {QStringLiteral("replaced"), replaced},
                       {QStringLiteral("changed"), changed}};
}

Result<CalendarService::ImportReport> CalendarService::importYear(const YearFile &file)
{
    ImportReport report;
    report.year = file.year;
    for (const CalendarDay &d : file.days)
        (d.kind == CalendarDay::Kind::Workday ? report.workdays : report.holidays)++;
    const Status s = write([&](CalendarRepository &repo, WriteContext &w) -> Status {
        auto stored = repo.load();
        if (!stored)
            return stored.error();
        const QVector<CalendarDay> before = stored->exceptionsInYear(file.year);
        if (sameDays(before, file.days))
            return {}; // already imported: nothing to write or audit
        auto removed = repo.removeYear(file.year);
        if (!removed)
            return removed.error();
        for (const CalendarDay &d : file.days)
            if (auto s = repo.upsertDay(d); !s)
                return s;
        report.replaced = *removed;
        report.changed = true;
        AuditEntry entry;
        entry.action = QStringLiteral("calendar.import_year");
        entry.entityType = QStringLiteral("holiday_calendar");
        entry.entityId = QString::number(file.year);
        if (!before.isEmpty())
            entry.before = QJsonObject{{QStringLiteral("days"), daysJson(before)}};
        entry.after = QJsonObject{{QStringLiteral("holidays"), report.holidays},
                                  {QStringLiteral("workdays"), report.workdays},
                                  {QStringLiteral("days"), daysJson(file.days)}};
        w.audit(entry);
        return {};
    });
    if (!s)
        return s.error();
    return report;
}

Result<CalendarService::ImportReport> CalendarService::importFile(const QString &fileName)
{
    if (auto s = Permissions::require(m_session->staff(), Action::ManageCalendar); !s)
        return s.error();
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::InvalidInput, tr("Cannot read %1: %2").arg(fileName, f.errorString()));
    auto file = parseHolidayCn(f.readAll());
    if (!file)
        return Error(Error::Code::InvalidInput, tr("%1: %2").arg(fileName, file.error().message));
    return importYear(*file);
}

} // namespace desk
