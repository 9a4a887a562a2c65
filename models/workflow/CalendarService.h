#pragma once

#include "core/Result.h"
#include "domain/BusinessCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace desk {

class WriteContext;

struct AuditEntry;
class CalendarRepository;
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
    static QString reviewQaSharePercentKey(); // "review_qa_share_percent", 1..100: the supervisors' QA draw
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
        int reviewQaSharePercent = 5;
    };
    Result<Settings> settings();

    // Which years the calendar covers and whether they reach `days` days past today (China time). A year is
    // covered when it has at least one row: years are shipped or imported whole.
    struct Coverage
    {
        QVector<int> years;        // covered years, in order
        QDate from;                // today
        QDate through;             // today + days
        QVector<int> missingYears; // years between from and through that are not covered
        bool covered() const { return missingYears.isEmpty(); }
        // Translated; empty when covered.
        QString warning() const;
        QJsonObject toJson() const;
    };
    static constexpr int kCoverageDays = 60;
    static Coverage coverageOf(const BusinessCalendar &calendar, QDate from, QDate through);
    Result<Coverage> coverage(int days = kCoverageDays);

    // The clock (UTC); tests set a fixed one. Default: the system clock.
    void setClock(std::function<QDateTime()> clock);
    QDate today() const; // in China

    // One year of the holiday-cn format (https://github.com/NateScarlet/holiday-cn):
    // {"year": 2026, "days": [{"name": "春节", "date": "2026-02-15", "isOffDay": true}, ...]}; other keys are
    // ignored. isOffDay true is a holiday, false a make-up working day.
    struct YearFile
    {
        int year = 0;
        QVector<CalendarDay> days; // in file order
    };
    // InvalidInput naming the entry (index from 0 in "days") and what is wrong: malformed JSON, a missing or
    // mistyped key, a bad date string, a date outside the stated year, a duplicate date, and what setDay refuses.
    static Result<YearFile> parseHolidayCn(const QByteArray &json);
    struct ImportReport
    {
        int year = 0;
        int holidays = 0;
        int workdays = 0;
        int replaced = 0;     // rows the year had before and that were replaced (0 when unchanged)
        bool changed = false; // false: the calendar already held exactly these days; nothing was written
        QJsonObject toJson() const;
    };

    // ---- administrators ----
    // Reads and parses a holiday-cn file, then replaces every row of its year with its days, in one transaction
    // with one audit entry (calendar.import_year). Nothing is written when anything in the file is wrong, nor
    // when the calendar already holds exactly these days.
    Result<ImportReport> importFile(const QString &fileName);

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
    // Runs `work` through the write path (Action::ManageCalendar, one transaction, the audit entries `work`
    // records, commit).
    Status write(const std::function<Status(CalendarRepository &repo, WriteContext &w)> &work);
    static Status validateDay(CalendarDay &day);
    // The write of importFile, for a file parseHolidayCn accepted.
    Result<ImportReport> importYear(const YearFile &file);

    std::shared_ptr<Session> m_session;
    std::function<QDateTime()> m_clock;
};

} // namespace desk
