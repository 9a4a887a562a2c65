// The holiday calendar and the shared queue settings in the database: the 2025-2026 rows schema 2 ships load into
// a working calendar; an administrator (signed in with their own database role on PostgreSQL) adds, changes and
// deletes days and changes settings, each persisted and audited; other roles are refused; invalid input is
// refused with nothing written.
#include "TestDatabase.h"

#include "store/AuditLog.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/StaffRepository.h"
#include "workflow/CalendarService.h"
#include "workflow/Session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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

private:
    // A staff member really signed in: on PostgreSQL with their own login role and its grants.
    std::shared_ptr<Session> signIn(StaffRole role);
    std::shared_ptr<Session> plainSession(StaffRole role);
    QVector<AuditRow> audit(const QString &type, const QString &id);

    std::shared_ptr<Database> m_db;
};

void TestCalendar::init()
{
    m_db = test::openTestDatabase();
}

void TestCalendar::cleanup()
{
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

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
