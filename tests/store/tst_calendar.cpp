// The holiday calendar and the shared queue settings in the database: the 2025-2026 rows schema 2 ships load into
// a working calendar; an administrator (signed in with their own database role on PostgreSQL) adds, changes and
// deletes days and changes settings, each persisted and audited; other roles are refused; invalid input is
// refused with nothing written. Importing holiday-cn years: the published 2025 and 2026 files (read at run time
// from the shared reference folder, DESK_REFERENCE_HOLIDAYS; the tests that need them are skipped without it)
// give exactly the working days an independent list (LKI/chinese-calendar) gives, and the due times across the
// Spring Festival 2026; a bad file is refused naming the entry, with nothing written; importing again changes
// nothing; the CLI's calendar import, due and status; a made-up 2027 extends the coverage and the 60-day
// warning flips.
#include "TestData.h"
#include "TestDatabase.h"

#include "CliRun.h"

#include "store/AuditLog.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/StaffRepository.h"
#include "workflow/CalendarService.h"
#include "workflow/Session.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

namespace {

QStringList rows(Database &db, const QString &sql)
{
    auto conn = db.connection();
    QStringList out;
    if (!conn)
        qFatal("%s", qPrintable(conn.error().message));
    QSqlQuery q(*conn);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            // A DATE reads as a QDate on PostgreSQL and as text on SQLite: compare them as ISO text.
            cols << (v.metaType().id() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString());
        }
        out << cols.join(QLatin1Char('|'));
    }
    return out;
}

QStringList snapshot(Database &db)
{
    QStringList all;
    all << rows(db, QStringLiteral("SELECT day, kind, name FROM holiday_calendar ORDER BY day"));
    all << rows(db, QStringLiteral("SELECT key, value FROM desk_setting ORDER BY key"));
    all << rows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    return all;
}

QDateTime china(QDate day, QTime time)
{
    return QDateTime(day, time, Qt::UTC).addSecs(-8 * 3600).toOffsetFromUtc(8 * 3600);
}

QDateTime china(int y, int m, int d, int hour, int minute = 0)
{
    return china(QDate(y, m, d), QTime(hour, minute));
}

// The folder CMake names; the environment variable of the same name overrides it (to try the skip, say).
QString referenceDir()
{
    return qEnvironmentVariable("DESK_REFERENCE_HOLIDAYS", QStringLiteral(DESK_REFERENCE_HOLIDAYS));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void shippedRowsLoad();
    void administratorEditsPersistAndAreAudited();
    void settingsPersistAndAreAudited();
    void otherRolesAreRefused();
    void invalidInputIsRefused();
    void missingOrBrokenSettingsFallBack();
    // Importing holiday-cn years.
    void referenceYearsGiveTheIndependentWorkingDays();
    void dueTimesAcrossTheSpringFestival();
    void firstImportReplacesTheShippedYearOnce();
    void badFilesAreRefusedWithNothingWritten_data();
    void badFilesAreRefusedWithNothingWritten();
    void importIsForAdministrators();
    void cliImportDueAndStatus();
    void madeUpYearExtendsCoverage();

private:
    // A staff member really signed in: on PostgreSQL with their own login role and its grants.
    std::shared_ptr<Session> signIn(StaffRole role);
    std::shared_ptr<Session> plainSession(StaffRole role);
    QVector<AuditRow> audit(const QString &type, const QString &id);
    // Skips the test when the shared reference folder is not there.
    bool haveReferenceFiles();
    QString writeFile(const QString &name, const QByteArray &content);
    void emptyCalendar();

    std::shared_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCalendar::init()
{
    m_db = test::openTestDatabase();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCalendar::cleanup()
{
    m_dir.reset();
    m_db.reset();
}

std::shared_ptr<Session> TestCalendar::signIn(StaffRole role)
{
    StaffMember member;
    member.login = test::uniqueLogin(QStringLiteral("cal"));
    member.displayName = QStringLiteral("日历管理员");
    member.role = role;
    const QString password = QStringLiteral("Cal#2026pw");
    if (auto s = StaffRepository(*m_db).add(member, password); !s)
        qFatal("adding staff failed: %s", qPrintable(s.error().message));
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), member.login, password);
    if (!session)
        qFatal("sign-in failed: %s", qPrintable(session.error().message));
    return *session;
}

std::shared_ptr<Session> TestCalendar::plainSession(StaffRole role)
{
    StaffMember staff;
    staff.login = QStringLiteral("calendar_test");
    staff.displayName = QStringLiteral("测试");
    staff.role = role;
    return std::make_shared<Session>(m_db, staff, QStringLiteral("test:calendar"));
}

QVector<AuditRow> TestCalendar::audit(const QString &type, const QString &id)
{
    auto rows = AuditLog(*m_db).forEntity(type, id);
    if (!rows)
        qFatal("%s", qPrintable(rows.error().message));
    QVector<AuditRow> oldestFirst(rows->crbegin(), rows->crend());
    return oldestFirst;
}

void TestCalendar::shippedRowsLoad()
{
    // Every staff member reads the calendar.
    CalendarService service(signIn(StaffRole::Agent));
    auto cal = service.calendar();
    QVERIFY2(cal.ok(), cal.ok() ? "" : qPrintable(cal.error().message));
    const int stored = rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM holiday_calendar")).first().toInt();
    QVERIFY(stored > 50);
    QCOMPARE(int(cal->exceptions().size()), stored);
    QCOMPARE(cal->firstYear(), 2025);
    QCOMPARE(cal->lastYear(), 2026);
    const CalendarDay *national = cal->exception(QDate(2026, 10, 1));
    QVERIFY(national);
    QCOMPARE(national->kind, CalendarDay::Kind::Holiday);
    QCOMPARE(national->name, QStringLiteral("国庆节"));
    const CalendarDay *makeUp = cal->exception(QDate(2025, 1, 26));
    QVERIFY(makeUp);
    QCOMPARE(makeUp->kind, CalendarDay::Kind::Workday);
    QCOMPARE(makeUp->name, QStringLiteral("春节调休"));
    QVERIFY(cal->isWorkingDay(QDate(2026, 10, 10)));
    QVERIFY(!cal->isWorkingDay(QDate(2026, 10, 5)));
    // The loaded calendar drives the SLA: 2026-09-30 10:00 plus two business days is after the National Day week.
    QCOMPARE(cal->dueAt(china(QDate(2026, 9, 30), QTime(10, 0)), 2), china(QDate(2026, 10, 9), QTime(10, 0)));

    auto settings = service.settings();
    QVERIFY(settings.ok());
    QCOMPARE(settings->claimIdleMinutes, 30);
    QCOMPARE(settings->slaBusinessDays, 2);
}

void TestCalendar::administratorEditsPersistAndAreAudited()
{
    auto admin = signIn(StaffRole::Administrator);
    CalendarService service(admin);

    // Add: New Year's Day 2027 (a Friday).
    const QDate newYear(2027, 1, 1);
    QVERIFY2(service.setDay({newYear, CalendarDay::Kind::Holiday, QStringLiteral("  元旦 ")}).ok(), "add");
    // Add: a make-up Sunday.
    const QDate makeUp(2027, 2, 7);
    auto added = service.setDay({makeUp, CalendarDay::Kind::Workday, QStringLiteral("春节调休")});
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));

    // Persisted: a fresh connection (another client) sees them.
    {
        Database other(test::lastTestDatabaseUrl(), test::adminPassword());
        auto cal = CalendarRepository(other).load();
        QVERIFY(cal.ok());
        QVERIFY(cal->exception(newYear));
        QCOMPARE(cal->exception(newYear)->name, QStringLiteral("元旦")); // trimmed
        QVERIFY(!cal->isWorkingDay(newYear));
        QVERIFY(cal->isWorkingDay(makeUp));
        QCOMPARE(cal->lastYear(), 2027);
    }
    QVector<AuditRow> trail = audit(QStringLiteral("holiday_calendar"), QStringLiteral("2027-01-01"));
    QCOMPARE(trail.size(), 1);
    QCOMPARE(trail[0].action, QStringLiteral("calendar.add_day"));
    QCOMPARE(trail[0].staffLogin, admin->auditActor());
    QJsonObject after = QJsonDocument::fromJson(trail[0].afterJson.toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("kind")).toString(), QStringLiteral("holiday"));
    QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("元旦"));

    // Change: a shipped day renamed and a shipped make-up Saturday turned into a holiday.
    QVERIFY(service.setDay({newYear, CalendarDay::Kind::Holiday, QStringLiteral("元旦节")}).ok());
    QVERIFY(service.setDay({QDate(2026, 10, 10), CalendarDay::Kind::Holiday, QStringLiteral("国庆节")}).ok());
    trail = audit(QStringLiteral("holiday_calendar"), QStringLiteral("2027-01-01"));
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail[1].action, QStringLiteral("calendar.change_day"));
    QCOMPARE(QJsonDocument::fromJson(trail[1].beforeJson.toUtf8()).object().value(QStringLiteral("name")).toString(),
             QStringLiteral("元旦"));
    QCOMPARE(QJsonDocument::fromJson(trail[1].afterJson.toUtf8()).object().value(QStringLiteral("name")).toString(),
             QStringLiteral("元旦节"));
    trail = audit(QStringLiteral("holiday_calendar"), QStringLiteral("2026-10-10"));
    QCOMPARE(trail.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(trail[0].beforeJson.toUtf8()).object().value(QStringLiteral("kind")).toString(),
             QStringLiteral("workday"));
    auto cal = service.calendar();
    QVERIFY(cal.ok());
    QVERIFY(!cal->isWorkingDay(QDate(2026, 10, 10)));
    QCOMPARE(cal->exception(newYear)->name, QStringLiteral("元旦节"));

    // Delete.
    QVERIFY(service.removeDay(makeUp).ok());
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM holiday_calendar WHERE day = '2027-02-07'")),
             QStringList{QStringLiteral("0")});
    trail = audit(QStringLiteral("holiday_calendar"), QStringLiteral("2027-02-07"));
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail[1].action, QStringLiteral("calendar.remove_day"));
    QCOMPARE(QJsonDocument::fromJson(trail[1].beforeJson.toUtf8()).object().value(QStringLiteral("kind")).toString(),
             QStringLiteral("workday"));
    QVERIFY(!service.calendar()->isWorkingDay(makeUp)); // a plain Sunday again

    // Deleting it again: nothing there, nothing written.
    const QStringList before = snapshot(*m_db);
    const Status again = service.removeDay(makeUp);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::NotFound);
    QCOMPARE(snapshot(*m_db), before);

    auto verified = AuditLog(*m_db).verify();
    QVERIFY(verified.ok() && verified->ok);
}

void TestCalendar::settingsPersistAndAreAudited()
{
    auto admin = signIn(StaffRole::Administrator);
    CalendarService service(admin);
    QVERIFY(service.setSetting(CalendarService::claimIdleMinutesKey(), 45).ok());
    QVERIFY(service.setSetting(CalendarService::slaBusinessDaysKey(), 3).ok());
    QVERIFY(service.setSetting(CalendarService::claimIdleMinutesKey(), 5).ok());   // the lowest allowed
    QVERIFY(service.setSetting(CalendarService::claimIdleMinutesKey(), 480).ok()); // the highest allowed
    QVERIFY(service.setSetting(CalendarService::claimIdleMinutesKey(), 45).ok());

    auto settings = CalendarService(plainSession(StaffRole::Reviewer)).settings();
    QVERIFY(settings.ok());
    QCOMPARE(settings->claimIdleMinutes, 45);
    QCOMPARE(settings->slaBusinessDays, 3);
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT value FROM desk_setting WHERE key = 'sla_business_days'")),
             QStringList{QStringLiteral("3")});

    QVector<AuditRow> trail = audit(QStringLiteral("desk_setting"), QStringLiteral("claim_idle_minutes"));
    QCOMPARE(trail.size(), 4);
    QCOMPARE(trail[0].action, QStringLiteral("setting.change"));
    QCOMPARE(trail[0].staffLogin, admin->auditActor());
    QCOMPARE(QJsonDocument::fromJson(trail[0].beforeJson.toUtf8()).object().value(QStringLiteral("value")).toString(),
             QStringLiteral("30"));
    QCOMPARE(QJsonDocument::fromJson(trail[0].afterJson.toUtf8()).object().value(QStringLiteral("value")).toString(),
             QStringLiteral("45"));

    // Saving the same value again writes nothing.
    const QStringList before = snapshot(*m_db);
    QVERIFY(service.setSetting(CalendarService::slaBusinessDaysKey(), 3).ok());
    QCOMPARE(snapshot(*m_db), before);
}

void TestCalendar::otherRolesAreRefused()
{
    const QStringList before = snapshot(*m_db);
    for (StaffRole role : {StaffRole::Agent, StaffRole::Reviewer, StaffRole::Supervisor}) {
        CalendarService service(plainSession(role));
        const Status add = service.setDay({QDate(2027, 1, 1), CalendarDay::Kind::Holiday, QStringLiteral("元旦")});
        QVERIFY(!add.ok());
        QCOMPARE(add.error().code, Error::Code::PermissionDenied);
        const Status remove = service.removeDay(QDate(2026, 10, 1));
        QVERIFY(!remove.ok());
        QCOMPARE(remove.error().code, Error::Code::PermissionDenied);
        const Status setting = service.setSetting(CalendarService::claimIdleMinutesKey(), 60);
        QVERIFY(!setting.ok());
        QCOMPARE(setting.error().code, Error::Code::PermissionDenied);
        QVERIFY(service.calendar().ok()); // reading is for everyone
    }
    // A disabled administrator too.
    StaffMember disabled;
    disabled.login = QStringLiteral("former_admin");
    disabled.role = StaffRole::Administrator;
    disabled.active = false;
    CalendarService service(std::make_shared<Session>(m_db, disabled, QStringLiteral("former_admin")));
    QCOMPARE(service.removeDay(QDate(2026, 10, 1)).error().code, Error::Code::PermissionDenied);
    QCOMPARE(snapshot(*m_db), before);
}

void TestCalendar::invalidInputIsRefused()
{
    auto admin = signIn(StaffRole::Administrator);
    CalendarService service(admin);
    const QStringList before = snapshot(*m_db);
    struct Case
    {
        CalendarDay day;
        const char *why;
    };
    const Case cases[] = {
        {{QDate(), CalendarDay::Kind::Holiday, QStringLiteral("元旦")}, "no date"},
        {{QDate(2027, 1, 1), CalendarDay::Kind::Holiday, QString()}, "no name"},
        {{QDate(2027, 1, 1), CalendarDay::Kind::Holiday, QStringLiteral("   ")}, "blank name"},
        {{QDate(2027, 1, 1), CalendarDay::Kind::Holiday, QString(CalendarService::kMaxNameLength + 1, QChar(0x8282))},
         "name too long"},
        {{QDate(2027, 1, 4), CalendarDay::Kind::Workday, QStringLiteral("调休")}, "make-up day on a Monday"},
        {{QDate(1999, 12, 31), CalendarDay::Kind::Holiday, QStringLiteral("除夕")}, "too early"},
        {{QDate(2101, 1, 1), CalendarDay::Kind::Holiday, QStringLiteral("元旦")}, "too late"},
    };
    for (const Case &c : cases) {
        const Status s = service.setDay(c.day);
        QVERIFY2(!s.ok(), c.why);
        QCOMPARE(s.error().code, Error::Code::InvalidInput);
        QVERIFY2(!s.error().message.isEmpty(), c.why);
    }
    // The make-up message names the date.
    QVERIFY(service.setDay({QDate(2027, 1, 4), CalendarDay::Kind::Workday, QStringLiteral("调休")})
                .error()
                .message.contains(QStringLiteral("2027-01-04")));

    const struct
    {
        QString key;
        int value;
    } settings[] = {
        {CalendarService::claimIdleMinutesKey(), 4},  {CalendarService::claimIdleMinutesKey(), 481},
        {CalendarService::claimIdleMinutesKey(), -1}, {CalendarService::slaBusinessDaysKey(), 0},
        {CalendarService::slaBusinessDaysKey(), 11},  {QStringLiteral("no_such_setting"), 10},
    };
    for (const auto &c : settings) {
        const Status s = service.setSetting(c.key, c.value);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::InvalidInput);
    }
    const Status outOfRange = service.setSetting(CalendarService::claimIdleMinutesKey(), 481);
    QVERIFY(outOfRange.error().message.contains(QStringLiteral("480")));
    QVERIFY(outOfRange.error().message.contains(QStringLiteral("481")));

    QVERIFY(!service.removeDay(QDate()).ok());
    QCOMPARE(snapshot(*m_db), before);
}

void TestCalendar::missingOrBrokenSettingsFallBack()
{
    CalendarService service(plainSession(StaffRole::Agent));
    auto conn = m_db->connection();
    QVERIFY(conn.ok());
    QSqlQuery q(*conn);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM desk_setting WHERE key = 'claim_idle_minutes'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE desk_setting SET value = 'two' WHERE key = 'sla_business_days'")));
    auto settings = service.settings();
    QVERIFY(settings.ok());
    QCOMPARE(settings->claimIdleMinutes, 30);
    QCOMPARE(settings->slaBusinessDays, 2);
    QCOMPARE(service.intSetting(QStringLiteral("nothing")).error().code, Error::Code::InvalidInput);

    // An administrator can set the missing one again (an insert, not an update).
    CalendarService admin(signIn(StaffRole::Administrator));
    QVERIFY(admin.setSetting(CalendarService::claimIdleMinutesKey(), 20).ok());
    QCOMPARE(service.settings()->claimIdleMinutes, 20);
    QVERIFY(audit(QStringLiteral("desk_setting"), QStringLiteral("claim_idle_minutes")).first().beforeJson.isEmpty());
}

// ---- importing holiday-cn years ----

bool TestCalendar::haveReferenceFiles()
{
    const QDir dir(referenceDir());
    for (const char *name : {"2025.json", "2026.json", "chinese-calendar_2025_2026.json"})
        if (!dir.exists(QString::fromLatin1(name)))
            return false;
    return true;
}

QString TestCalendar::writeFile(const QString &name, const QByteArray &content)
{
    return test::writeFile(m_dir->filePath(name), content);
}

void TestCalendar::emptyCalendar()
{
    rows(*m_db, QStringLiteral("DELETE FROM holiday_calendar"));
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM holiday_calendar")), QStringList{QStringLiteral("0")});
}

#define REQUIRE_REFERENCE_FILES()                                                                                      \
    if (!haveReferenceFiles())                                                                                         \
    QSKIP(qPrintable(QStringLiteral("The reference holiday files are not in %1 (2025.json, 2026.json, "                \
                                    "chinese-calendar_2025_2026.json).")                                               \
                         .arg(referenceDir())))

void TestCalendar::referenceYearsGiveTheIndependentWorkingDays()
{
    REQUIRE_REFERENCE_FILES();
    emptyCalendar();
    CalendarService service(signIn(StaffRole::Administrator));
    for (int year : {2025, 2026}) {
        auto report = service.importFile(QDir(referenceDir()).filePath(QStringLiteral("%1.json").arg(year)));
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->year, year);
        QVERIFY(report->changed);
        QCOMPARE(report->replaced, 0);
        // Every entry of the file is a row.
        const QJsonArray days = QJsonDocument::fromJson(readFile(QDir(referenceDir()).filePath(
                                                            QStringLiteral("%1.json").arg(year))))
                                    .object()
                                    .value(QStringLiteral("days"))
                                    .toArray();
        QCOMPARE(report->holidays + report->workdays, int(days.size()));
    }
    auto cal = service.calendar();
    QVERIFY(cal.ok());
    QCOMPARE(cal->years(), (QVector<int>{2025, 2026}));

    // The independent list: off days and make-up working days as ISO dates.
    const QJsonObject reference =
        QJsonDocument::fromJson(readFile(QDir(referenceDir()).filePath(QStringLiteral("chinese-calendar_2025_2026.json"))))
            .object();
    QSet<QDate> offDays, makeUpDays;
    for (const QJsonValue &v : reference.value(QStringLiteral("off_days")).toArray())
        offDays.insert(QDate::fromString(v.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate));
    for (const QJsonValue &v : reference.value(QStringLiteral("make_up_working_days")).toArray())
        makeUpDays.insert(QDate::fromString(v.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate));
    QVERIFY(offDays.size() > 40);
    QVERIFY(makeUpDays.size() >= 8);
    QVERIFY(!offDays.contains(QDate()) && !makeUpDays.contains(QDate()));

    int checked = 0;
    for (QDate day(2025, 1, 1); day <= QDate(2026, 12, 31); day = day.addDays(1), ++checked) {
        const bool expected = makeUpDays.contains(day) || (day.dayOfWeek() <= 5 && !offDays.contains(day));
        QVERIFY2(cal->isWorkingDay(day) == expected,
                 qPrintable(QStringLiteral("%1: ours says %2").arg(day.toString(Qt::ISODate))
                                .arg(cal->isWorkingDay(day) ? QStringLiteral("working") : QStringLiteral("off"))));
    }
    QCOMPARE(checked, 730);
}

void TestCalendar::dueTimesAcrossTheSpringFestival()
{
    REQUIRE_REFERENCE_FILES();
    emptyCalendar();
    CalendarService service(signIn(StaffRole::Administrator));
    for (const char *name : {"2025.json", "2026.json"})
        QVERIFY(service.importFile(QDir(referenceDir()).filePath(QString::fromLatin1(name))).ok());
    auto cal = service.calendar();
    QVERIFY(cal.ok());
    // Spring Festival 2026: Saturday 02-14 is worked, 02-15 to 02-23 are off.
    const struct
    {
        QDateTime from;
        int days;
        QDateTime due;
    } cases[] = {
        {china(2026, 2, 13, 10), 2, china(2026, 2, 24, 10)}, // Friday: the rest of Friday, the make-up Saturday, ...
        {china(2026, 2, 12, 9, 30), 3, china(2026, 2, 24, 9, 30)},
        {china(2026, 2, 14, 16), 1, china(2026, 2, 24, 16)}, // on the make-up Saturday itself
        {china(2026, 2, 15, 8), 1, china(2026, 2, 25, 0)},   // inside the holiday: the end of the first working day
        {china(2026, 2, 13, 10), 0, china(2026, 2, 13, 10)},
        {china(2025, 1, 24, 15), 2, china(2025, 1, 27, 15)}, // make-up Sunday 2025-01-26 counts
    };
    for (const auto &c : cases) {
        QCOMPARE(cal->dueAt(c.from, c.days), c.due);
        QCOMPARE(cal->dueAt(c.from, c.days).offsetFromUtc(), 8 * 3600);
    }
    // The same through the CLI, given in UTC.
    const test::CliRun r = test::runCli(test::lastTestDatabaseUrl(),
                                        {QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                                         QStringLiteral("2026-02-13T02:00:00Z"), QStringLiteral("--days"),
                                         QStringLiteral("2")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("2026-02-24T10:00:00+08:00"));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // covered: no warning
}

void TestCalendar::firstImportReplacesTheShippedYearOnce()
{
    REQUIRE_REFERENCE_FILES();
    auto admin = signIn(StaffRole::Administrator);
    CalendarService service(admin);
    const QString file = QDir(referenceDir()).filePath(QStringLiteral("2026.json"));
    const int shipped2026 = service.calendar()->exceptionsInYear(2026).size();
    const QVector<CalendarDay> shipped2025 = service.calendar()->exceptionsInYear(2025);
    QVERIFY(shipped2026 > 0);
    const int auditBefore = rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).first().toInt();

    auto first = service.importFile(file);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QVERIFY(first->changed);
    QCOMPARE(first->replaced, shipped2026);
    QCOMPARE(first->holidays, 33);
    QCOMPARE(first->workdays, 6);
    const QJsonObject json = first->toJson();
    QCOMPARE(json.value(QStringLiteral("year")).toInt(), 2026);
    QCOMPARE(json.value(QStringLiteral("replaced")).toInt(), shipped2026);
    // One audit row for the whole year, by the administrator.
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).first().toInt(), auditBefore + 1);
    auto trail = AuditLog(*m_db).forEntity(QStringLiteral("holiday_calendar"), QStringLiteral("2026"));
    QVERIFY(trail.ok());
    QCOMPARE(trail->size(), 1);
    QCOMPARE(trail->first().action, QStringLiteral("calendar.import_year"));
    QCOMPARE(trail->first().staffLogin, admin->auditActor());
    const QJsonObject after = QJsonDocument::fromJson(trail->first().afterJson.toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("days")).toArray().size(), 39);
    QCOMPARE(QJsonDocument::fromJson(trail->first().beforeJson.toUtf8()).object().value(QStringLiteral("days")).toArray().size(),
             shipped2026);
    // The year holds exactly the file's days; other years are untouched.
    auto cal = service.calendar();
    QCOMPARE(int(cal->exceptionsInYear(2026).size()), 39);
    QCOMPARE(cal->exception(QDate(2026, 2, 14))->kind, CalendarDay::Kind::Workday);
    QCOMPARE(cal->exception(QDate(2026, 2, 14))->name, QStringLiteral("春节"));
    QCOMPARE(int(cal->exceptionsInYear(2025).size()), int(shipped2025.size()));

    // Again: nothing observable changes, and the CLI says so too.
    const QStringList before = snapshot(*m_db);
    auto again = service.importFile(file);
    QVERIFY(again.ok());
    QVERIFY(!again->changed);
    QCOMPARE(again->replaced, 0);
    QCOMPARE(again->holidays, 33);
    QCOMPARE(snapshot(*m_db), before);
    const test::CliRun r =
        test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("calendar"), QStringLiteral("import"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("changed")).toBool(true), false);
    QCOMPARE(snapshot(*m_db), before);
}

void TestCalendar::badFilesAreRefusedWithNothingWritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // part of the message

    const auto file = [](const QString &days, const QString &year = QStringLiteral("2027")) {
        return QStringLiteral("{\"year\": %1, \"days\": [%2]}").arg(year, days).toUtf8();
    };
    const QString ok = QStringLiteral("{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}");
    QTest::newRow("not JSON") << QByteArray("{\"year\": 2027, \"days\": [") << QStringLiteral("JSON");
    QTest::newRow("a list") << QByteArray("[1, 2]") << QStringLiteral("\"year\"");
    QTest::newRow("no year") << QByteArray("{\"days\": []}") << QStringLiteral("\"year\"");
    QTest::newRow("year as text") << file(ok, QStringLiteral("\"2027\"")) << QStringLiteral("\"year\"");
    QTest::newRow("no days") << QByteArray("{\"year\": 2027}") << QStringLiteral("\"days\"");
    QTest::newRow("empty days") << file(QString()) << QStringLiteral("2027");
    QTest::newRow("outside the year")
        << file(ok + QStringLiteral(", {\"name\": \"春节\", \"date\": \"2026-02-17\", \"isOffDay\": true}"))
        << QStringLiteral("Entry 1 ");
    QTest::newRow("duplicate date")
        << file(ok + QStringLiteral(", {\"name\": \"元旦\", \"date\": \"2027-01-02\", \"isOffDay\": true}, ") + ok)
        << QStringLiteral("Entry 2 ");
    QTest::newRow("impossible date")
        << file(ok + QStringLiteral(", {\"name\": \"春节\", \"date\": \"2027-02-30\", \"isOffDay\": true}"))
        << QStringLiteral("2027-02-30");
    QTest::newRow("slashes") << file(QStringLiteral("{\"name\": \"春节\", \"date\": \"2027/02/06\", \"isOffDay\": true}"))
                             << QStringLiteral("Entry 0 ");
    QTest::newRow("short date") << file(QStringLiteral("{\"name\": \"春节\", \"date\": \"2027-2-6\", \"isOffDay\": true}"))
                                << QStringLiteral("2027-2-6");
    QTest::newRow("isOffDay as text")
        << file(ok + QStringLiteral(", {\"name\": \"春节\", \"date\": \"2027-02-06\", \"isOffDay\": \"yes\"}"))
        << QStringLiteral("isOffDay");
    QTest::newRow("no name") << file(QStringLiteral("{\"date\": \"2027-02-06\", \"isOffDay\": true}"))
                             << QStringLiteral("name");
    QTest::newRow("entry not an object") << file(ok + QStringLiteral(", 7")) << QStringLiteral("Entry 1 ");
    QTest::newRow("make-up day on a weekday")
        << file(ok + QStringLiteral(", {\"name\": \"春节\", \"date\": \"2027-02-09\", \"isOffDay\": false}"))
        << QStringLiteral("2027-02-09");
}

void TestCalendar::badFilesAreRefusedWithNothingWritten()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    CalendarService service(signIn(StaffRole::Administrator));
    const QString path = writeFile(QStringLiteral("bad.json"), content);
    const QStringList before = snapshot(*m_db);
    auto report = service.importFile(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, Error::Code::InvalidInput);
    QVERIFY2(report.error().message.contains(expected), qPrintable(report.error().message));
    QCOMPARE(snapshot(*m_db), before);

    // The CLI: the same message on stderr, nothing on stdout, exit 2.
    const test::CliRun r =
        test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("calendar"), QStringLiteral("import"), path});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(snapshot(*m_db), before);
}

void TestCalendar::importIsForAdministrators()
{
    const QString path = writeFile(QStringLiteral("2027.json"), test::madeUpHolidayYear(2027));
    // Signed in first: on PostgreSQL adding a staff member writes the server's own audit row.
    QList<std::shared_ptr<Session>> sessions;
    for (StaffRole role : {StaffRole::Agent, StaffRole::Reviewer, StaffRole::Supervisor})
        sessions << signIn(role);
    const QStringList before = snapshot(*m_db);
    for (const auto &session : std::as_const(sessions)) {
        auto report = CalendarService(session).importFile(path);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, Error::Code::PermissionDenied);
    }
    QCOMPARE(snapshot(*m_db), before);
}

void TestCalendar::cliImportDueAndStatus()
{
    const DatabaseUrl url = test::lastTestDatabaseUrl();
    // The shipped calendar covers 2025 and 2026.
    test::CliRun r = test::runCli(url, {QStringLiteral("calendar"), QStringLiteral("status"), QStringLiteral("--today"),
                                        QStringLiteral("2026-12-06")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonObject status = r.json();
    QCOMPARE(status.value(QStringLiteral("years")).toArray(), (QJsonArray{2025, 2026}));
    QCOMPARE(status.value(QStringLiteral("from")).toString(), QStringLiteral("2026-12-06"));
    QCOMPARE(status.value(QStringLiteral("through")).toString(), QStringLiteral("2027-02-04"));
    QCOMPARE(status.value(QStringLiteral("covered")).toBool(true), false);
    QCOMPARE(status.value(QStringLiteral("missing_years")).toArray(), QJsonArray{2027});
    QVERIFY2(r.err.contains(QStringLiteral("2027")), qPrintable(r.err));
    r = test::runCli(url, {QStringLiteral("calendar"), QStringLiteral("status"), QStringLiteral("--today"),
                           QStringLiteral("2026-06-01")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(QStringLiteral("covered")).toBool(false), true);
    QVERIFY(r.err.isEmpty());

    // A due time beyond the calendar: computed on a normal week, with a warning naming the year.
    r = test::runCli(url, {QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                           QStringLiteral("2026-12-30T10:00:00+08:00"), QStringLiteral("--days"), QStringLiteral("5")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("2027-01-06T10:00:00+08:00"));
    QVERIFY2(r.err.contains(QStringLiteral("2027")), qPrintable(r.err));
    // Without an offset the time is China time.
    r = test::runCli(url, {QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                           QStringLiteral("2026-09-30T10:00"), QStringLiteral("--days"), QStringLiteral("2")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("2026-10-09T10:00:00+08:00"));

    // The import prints its summary.
    const QString path = writeFile(QStringLiteral("2027.json"), test::madeUpHolidayYear(2027));
    r = test::runCli(url, {QStringLiteral("calendar"), QStringLiteral("import"), path});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject summary = r.json();
    QCOMPARE(summary.value(QStringLiteral("year")).toInt(), 2027);
    QCOMPARE(summary.value(QStringLiteral("holidays")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("workdays")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("replaced")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("changed")).toBool(), true);
    // Now 2027 is covered, and New Year's Day 2027 counts.
    r = test::runCli(url, {QStringLiteral("calendar"), QStringLiteral("status"), QStringLiteral("--today"),
                           QStringLiteral("2026-12-06")});
    QCOMPARE(r.json().value(QStringLiteral("covered")).toBool(false), true);
    QCOMPARE(r.json().value(QStringLiteral("years")).toArray(), (QJsonArray{2025, 2026, 2027}));
    r = test::runCli(url, {QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                           QStringLiteral("2026-12-30T10:00:00+08:00"), QStringLiteral("--days"), QStringLiteral("5")});
    QCOMPARE(r.out.trimmed(), QStringLiteral("2027-01-07T10:00:00+08:00"));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

    // Bad arguments.
    for (const QStringList &args :
         {QStringList{QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--days"), QStringLiteral("2")},
          QStringList{QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                      QStringLiteral("yesterday"), QStringLiteral("--days"), QStringLiteral("2")},
          QStringList{QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"),
                      QStringLiteral("2026-02-13T10:00:00+08:00"), QStringLiteral("--days"), QStringLiteral("-1")},
          QStringList{QStringLiteral("calendar"), QStringLiteral("import")},
          QStringList{QStringLiteral("calendar"), QStringLiteral("import"), m_dir->filePath(QStringLiteral("none.json"))},
          QStringList{QStringLiteral("calendar"), QStringLiteral("status"), QStringLiteral("--today"),
                      QStringLiteral("soon")},
          QStringList{QStringLiteral("calendar"), QStringLiteral("export")}}) {
        r = test::runCli(url, args);
        QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(!r.err.isEmpty());
    }
}

void TestCalendar::madeUpYearExtendsCoverage()
{
    CalendarService service(signIn(StaffRole::Administrator));
    QDate today(2026, 12, 6);
    service.setClock([&today]() { return china(today, QTime(12, 0)); });
    QCOMPARE(service.today(), today);

    auto coverage = service.coverage();
    QVERIFY(coverage.ok());
    QVERIFY(!coverage->covered());
    QCOMPARE(coverage->missingYears, QVector<int>{2027});
    QCOMPARE(coverage->through, QDate(2027, 2, 4));
    QVERIFY(coverage->warning().contains(QStringLiteral("2027")));
    // The last day whose next 60 days stay in 2026, and the first that reaches 2027.
    today = QDate(2026, 11, 1);
    QVERIFY(service.coverage()->covered());
    QVERIFY(service.coverage()->warning().isEmpty());
    today = QDate(2026, 11, 2);
    QVERIFY(!service.coverage()->covered());

    auto report = service.importFile(writeFile(QStringLiteral("2027.json"), test::madeUpHolidayYear(2027)));
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QVERIFY(service.coverage()->covered());
    today = QDate(2026, 12, 6);
    QVERIFY(service.coverage()->covered());
    QCOMPARE(service.coverage()->years, (QVector<int>{2025, 2026, 2027}));
    // Late in 2027 the warning is back, for 2028.
    today = QDate(2027, 11, 15);
    QCOMPARE(service.coverage()->missingYears, QVector<int>{2028});
    // The made-up New Year holiday is in the arithmetic.
    QVERIFY(!service.calendar()->isWorkingDay(QDate(2027, 1, 1)));
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
