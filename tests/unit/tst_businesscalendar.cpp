// The SLA clock: business time over weekends, over the 2025/2026 holidays and make-up working days that schema 2
// ships (read from resources/sql/*/002_appeal_queue.sql itself), the inverse of adding business time,
// pausing and resuming, SLA states at their boundaries, the time-left labels, and China time whatever offset the
// input carries.
#include "domain/BusinessCalendar.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace desk;

namespace {

constexpr int kHour = 3600;
constexpr int kDay = 24 * kHour;

// 2025-03-07 15:00 in China: "YYYY-MM-DD HH:MM" read as +08:00.
QDateTime cn(const char *text)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!t.isValid())
        t = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    Q_ASSERT(t.isValid());
    return QDateTime(t.date(), t.time(), Qt::UTC).addSecs(-8 * kHour).toOffsetFromUtc(8 * kHour);
}

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t;
}

// The holiday rows schema 2 ships, parsed from the migration file of the given dialect.
QVector<CalendarDay> shippedDays(const QString &dialect)
{
    QFile file(QStringLiteral(DESK_SOURCE_DIR "/resources/sql/") + dialect + QStringLiteral("/002_appeal_queue.sql"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const QString sql = QString::fromUtf8(file.readAll());
    const QString calendar = sql.mid(sql.indexOf(QLatin1String("INSERT INTO holiday_calendar")));
    static const QRegularExpression row(
        QStringLiteral("\\('(\\d{4}-\\d{2}-\\d{2})',\\s*'(holiday|workday)',\\s*'([^']*)'\\)"));
    QVector<CalendarDay> days;
    for (auto it = row.globalMatch(calendar); it.hasNext();) {
        const auto m = it.next();
        CalendarDay day;
        day.day = QDate::fromString(m.captured(1), Qt::ISODate);
        if (!CalendarDay::kindFromName(m.captured(2), &day.kind))
            qFatal("bad kind");
        day.name = m.captured(3);
        days << day;
    }
    return days;
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shippedDataIsTheSameForBothDialects();
    void kindNames();
    void workingDays();
    void normalWeek_data();
    void normalWeek();
    void shippedHolidays_data();
    void shippedHolidays();
    void inputOffsetDoesNotMatter();
    void resultIsChinaTime();
    void zeroAndNegative();
    void betweenIsInverseOfAdd_data();
    void betweenIsInverseOfAdd();
    void betweenCountsOnlyWorkingTime();
    void pauseAndResume();
    void slaStates();
    void timeLeftLabels();
    void exceptionsAndYears();

private:
    BusinessCalendar m_cal;
};

void TestBusinessCalendar::initTestCase()
{
    const QVector<CalendarDay> days = shippedDays(QStringLiteral("sqlite"));
    QVERIFY(days.size() > 50);
    m_cal = BusinessCalendar(days);
}

void TestBusinessCalendar::shippedDataIsTheSameForBothDialects()
{
    const QVector<CalendarDay> a = shippedDays(QStringLiteral("sqlite"));
    const QVector<CalendarDay> b = shippedDays(QStringLiteral("postgresql"));
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].day, b[i].day);
        QCOMPARE(a[i].kind, b[i].kind);
        QCOMPARE(a[i].name, b[i].name);
    }
}

void TestBusinessCalendar::kindNames()
{
    CalendarDay::Kind kind = CalendarDay::Kind::Holiday;
    QVERIFY(CalendarDay::kindFromName(QStringLiteral("workday"), &kind));
    QCOMPARE(kind, CalendarDay::Kind::Workday);
    QVERIFY(CalendarDay::kindFromName(QStringLiteral("holiday"), &kind));
    QCOMPARE(kind, CalendarDay::Kind::Holiday);
    QVERIFY(!CalendarDay::kindFromName(QStringLiteral("Holiday"), &kind));
    QVERIFY(!CalendarDay::kindFromName(QString(), &kind));
    QCOMPARE(CalendarDay::kindName(CalendarDay::Kind::Workday), QStringLiteral("workday"));
    QCOMPARE(CalendarDay::kindName(CalendarDay::Kind::Holiday), QStringLiteral("holiday"));
}

void TestBusinessCalendar::workingDays()
{
    const BusinessCalendar plain;
    QVERIFY(plain.isWorkingDay(QDate(2025, 3, 7)));   // Friday
    QVERIFY(!plain.isWorkingDay(QDate(2025, 3, 8)));  // Saturday
    QVERIFY(!plain.isWorkingDay(QDate(2025, 3, 9)));  // Sunday
    QVERIFY(plain.isWorkingDay(QDate(2025, 10, 1)));  // no holidays in the plain calendar

    QVERIFY(!m_cal.isWorkingDay(QDate(2025, 10, 1)));  // National Day, Wednesday
    QVERIFY(m_cal.isWorkingDay(QDate(2025, 9, 28)));   // make-up Sunday
    QVERIFY(m_cal.isWorkingDay(QDate(2026, 10, 10)));  // make-up Saturday
    QVERIFY(!m_cal.isWorkingDay(QDate(2026, 2, 16)));  // Spring Festival, Monday
    QVERIFY(m_cal.isWorkingDay(QDate(2026, 2, 24)));   // the Tuesday after it
    QVERIFY(!m_cal.isWorkingDay(QDate(2027, 1, 2)));   // beyond the data: a normal Saturday
    QVERIFY(m_cal.isWorkingDay(QDate(2027, 1, 4)));    // and a normal Monday
}

void TestBusinessCalendar::normalWeek_data()
{
    QTest::addColumn<QDateTime>("submitted");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("due");
    QTest::newRow("Friday 15:00 + 2 -> Tuesday 15:00") << cn("2025-03-07 15:00") << 2 << cn("2025-03-11 15:00");
    QTest::newRow("Saturday + 2 -> Wednesday 00:00") << cn("2025-03-08 10:00") << 2 << cn("2025-03-12 00:00");
    QTest::newRow("Sunday 23:59 + 2 -> Wednesday 00:00") << cn("2025-03-09 23:59") << 2 << cn("2025-03-12 00:00");
    QTest::newRow("Monday 00:00 + 2 -> Wednesday 00:00") << cn("2025-03-10 00:00") << 2 << cn("2025-03-12 00:00");
    QTest::newRow("Monday 10:00 + 1 -> Tuesday 10:00") << cn("2025-03-10 10:00") << 1 << cn("2025-03-11 10:00");
    QTest::newRow("Thursday 09:30 + 2 -> Monday 09:30") << cn("2025-03-13 09:30") << 2 << cn("2025-03-17 09:30");
    QTest::newRow("Friday 23:59 + 1 -> Monday 23:59") << cn("2025-03-14 23:59") << 1 << cn("2025-03-17 23:59");
    QTest::newRow("Monday + 5 -> next Monday") << cn("2025-03-10 08:00") << 5 << cn("2025-03-17 08:00");
}

void TestBusinessCalendar::normalWeek()
{
    QFETCH(QDateTime, submitted);
    QFETCH(int, days);
    QFETCH(QDateTime, due);
    // Also with the plain calendar: March 2025 has no exceptions.
    QCOMPARE(BusinessCalendar().dueAt(submitted, days), due);
    QCOMPARE(m_cal.dueAt(submitted, days), due);
}

void TestBusinessCalendar::shippedHolidays_data()
{
    QTest::addColumn<QDateTime>("submitted");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("due");
    // 2026: 10-01..10-07 National Day (Thursday to Wednesday), 10-10 a make-up Saturday.
    QTest::newRow("2026-09-30 10:00 -> after National Day week")
        << cn("2026-09-30 10:00") << 2 << cn("2026-10-09 10:00");
    QTest::newRow("2026-10-09 Friday -> make-up Saturday counts")
        << cn("2026-10-09 10:00") << 2 << cn("2026-10-12 10:00");
    QTest::newRow("2026-10-03 during the holiday -> end of 10-09")
        << cn("2026-10-03 12:00") << 2 << cn("2026-10-10 00:00");
    // 2026: 09-20 make-up Sunday; 09-25..27 Mid-Autumn.
    QTest::newRow("2026-09-19 Saturday -> make-up Sunday starts the clock")
        << cn("2026-09-19 09:00") << 2 << cn("2026-09-22 00:00");
    QTest::newRow("2026-09-24 Thursday 15:00 -> over Mid-Autumn")
        << cn("2026-09-24 15:00") << 2 << cn("2026-09-29 15:00");
    // 2025: 10-01..10-08 National Day and Mid-Autumn, 09-28 (Sunday) and 10-11 (Saturday) make-up days.
    QTest::newRow("2025-09-30 10:00 -> 2025-10-10 10:00") << cn("2025-09-30 10:00") << 2 << cn("2025-10-10 10:00");
    QTest::newRow("2025-09-27 Saturday -> make-up Sunday 09-28")
        << cn("2025-09-27 12:00") << 2 << cn("2025-09-30 00:00");
    QTest::newRow("2025-10-10 Friday -> make-up Saturday 10-11")
        << cn("2025-10-10 15:00") << 2 << cn("2025-10-13 15:00");
    // 2026 Spring Festival: 02-14 (Saturday) make-up day, 02-15..02-23 holidays.
    QTest::newRow("2026-02-13 Friday 15:00 -> 2026-02-24 15:00")
        << cn("2026-02-13 15:00") << 2 << cn("2026-02-24 15:00");
    // 2026 New Year: 01-01..01-03 holidays, 01-04 (Sunday) make-up day.
    QTest::newRow("2025-12-31 Wednesday 18:00 -> 2026-01-05 18:00")
        << cn("2025-12-31 18:00") << 2 << cn("2026-01-05 18:00");
    // 2025 Labour Day: 04-27 (Sunday) make-up, 05-01..05-05 holidays.
    QTest::newRow("2025-04-30 Wednesday 09:00 -> 2025-05-07 09:00")
        << cn("2025-04-30 09:00") << 2 << cn("2025-05-07 09:00");
}

void TestBusinessCalendar::shippedHolidays()
{
    QFETCH(QDateTime, submitted);
    QFETCH(int, days);
    QFETCH(QDateTime, due);
    QCOMPARE(m_cal.dueAt(submitted, days), due);
    QCOMPARE(m_cal.businessSecondsBetween(submitted, due), qint64(days) * kDay);
}

void TestBusinessCalendar::inputOffsetDoesNotMatter()
{
    // Friday 15:00 in China is 07:00 UTC.
    const QDateTime inUtc = utc("2025-03-07T07:00:00Z");
    QCOMPARE(m_cal.dueAt(inUtc, 2), cn("2025-03-11 15:00"));
    QCOMPARE(m_cal.dueAt(inUtc, 2), utc("2025-03-11T07:00:00Z")); // the same instant
    // Friday 17:00 UTC is already Saturday 01:00 in China: the clock waits for Monday (China), not UTC Friday.
    QCOMPARE(m_cal.dueAt(utc("2025-03-07T17:00:00Z"), 2), utc("2025-03-11T16:00:00Z"));
    // Sunday 20:00 UTC is Monday 04:00 in China: the clock runs.
    QCOMPARE(m_cal.dueAt(utc("2025-03-09T20:00:00Z"), 1), cn("2025-03-11 04:00"));
    // Any other offset: 2026-09-30 10:00 China as 2026-09-30 04:00 +02:00.
    const QDateTime plus2 = QDateTime(QDate(2026, 9, 30), QTime(4, 0), Qt::UTC).addSecs(-2 * kHour).toOffsetFromUtc(2 * kHour);
    QCOMPARE(m_cal.dueAt(plus2, 2), cn("2026-10-09 10:00"));
    QCOMPARE(BusinessCalendar::toChinaTime(inUtc).offsetFromUtc(), 8 * kHour);
    QCOMPARE(BusinessCalendar::toChinaTime(inUtc).time(), QTime(15, 0));
    QVERIFY(!BusinessCalendar::toChinaTime(QDateTime()).isValid());
}

void TestBusinessCalendar::resultIsChinaTime()
{
    const QDateTime due = m_cal.dueAt(utc("2025-03-07T07:00:00Z"), 2);
    QCOMPARE(due.offsetFromUtc(), 8 * kHour);
    QCOMPARE(due.date(), QDate(2025, 3, 11));
    QCOMPARE(due.time(), QTime(15, 0));
}

void TestBusinessCalendar::zeroAndNegative()
{
    const QDateTime saturday = cn("2025-03-08 10:00");
    QCOMPARE(m_cal.addBusinessTime(saturday, 0), saturday);
    // Backwards: from Tuesday 15:00 two business days back is Friday 15:00.
    QCOMPARE(m_cal.addBusinessTime(cn("2025-03-11 15:00"), -2 * kDay), cn("2025-03-07 15:00"));
    // From Monday 02:00, three hours back ends Friday 23:00.
    QCOMPARE(m_cal.addBusinessTime(cn("2025-03-10 02:00"), -3 * kHour), cn("2025-03-07 23:00"));
    QCOMPARE(m_cal.businessSecondsBetween(cn("2025-03-11 15:00"), cn("2025-03-07 15:00")), -2LL * kDay);
    QCOMPARE(m_cal.businessSecondsBetween(saturday, saturday), qint64(0));
    QCOMPARE(m_cal.businessSecondsBetween(saturday, cn("2025-03-09 20:00")), qint64(0)); // all weekend
}

void TestBusinessCalendar::betweenIsInverseOfAdd_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<qint64>("seconds");
    const QDateTime starts[] = {cn("2025-03-07 15:00"), cn("2025-03-08 10:00"), cn("2025-09-30 10:00"),
                                cn("2026-02-13 23:59:59"), cn("2026-10-03 12:00"), utc("2025-12-31T16:00:00Z"),
                                cn("2025-01-26 00:00")};
    const qint64 amounts[] = {1, 59, kHour, 9 * kHour, kDay, 2 * kDay, 2 * kDay + 1, 10 * kDay, 250LL * kDay};
    int i = 0;
    for (const QDateTime &start : starts)
        for (qint64 amount : amounts)
            QTest::addRow("%d: %s + %lld", i++, qPrintable(start.toString(Qt::ISODate)), amount) << start << amount;
}

void TestBusinessCalendar::betweenIsInverseOfAdd()
{
    QFETCH(QDateTime, start);
    QFETCH(qint64, seconds);
    const QDateTime end = m_cal.addBusinessTime(start, seconds);
    QVERIFY(end > start);
    QCOMPARE(m_cal.businessSecondsBetween(start, end), seconds);
    QCOMPARE(m_cal.businessSecondsBetween(end, start), -seconds);
    // The end lies on a working day (or is the midnight closing one).
    const QDateTime endChina = BusinessCalendar::toChinaTime(end);
    QVERIFY(m_cal.isWorkingDay(endChina.date()) || m_cal.isWorkingDay(endChina.addMSecs(-1).date()));
    // And walking back from a working-day end returns to the start, or to the start of its working day.
    const QDateTime back = m_cal.addBusinessTime(end, -seconds);
    QCOMPARE(m_cal.businessSecondsBetween(back, start), qint64(0));
}

void TestBusinessCalendar::betweenCountsOnlyWorkingTime()
{
    // Friday 15:00 to Monday 09:00: 9 h on Friday, 9 h on Monday.
    QCOMPARE(m_cal.businessSecondsBetween(cn("2025-03-07 15:00"), cn("2025-03-10 09:00")), 18LL * kHour);
    // The 2025 National Day week: Tuesday 09-30 12:00 to Thursday 10-09 12:00 is 12 h + 12 h.
    QCOMPARE(m_cal.businessSecondsBetween(cn("2025-09-30 12:00"), cn("2025-10-09 12:00")), 24LL * kHour);
    // A make-up Sunday counts whole.
    QCOMPARE(m_cal.businessSecondsBetween(cn("2025-09-27 00:00"), cn("2025-09-29 00:00")), qint64(kDay));
    // Milliseconds are not lost over a sum of days.
    QCOMPARE(m_cal.businessSecondsBetween(cn("2025-03-07 23:59:59").addMSecs(500), cn("2025-03-10 00:00:01").addMSecs(500)),
             qint64(2));
}

void TestBusinessCalendar::pauseAndResume()
{
    // Submitted Monday 10:00, due Wednesday 10:00.
    const QDateTime submitted = cn("2025-03-03 10:00");
    const QDateTime due = m_cal.dueAt(submitted, 2);
    QCOMPARE(due, cn("2025-03-05 10:00"));
    // Paused Tuesday 16:00 (asked the user for a clearer image): 8 h of Tuesday and 10 h of Wednesday left.
    const QDateTime paused = cn("2025-03-04 16:00");
    const qint64 remaining = m_cal.remainingSeconds(due, paused);
    QCOMPARE(remaining, 18LL * kHour);
    // The user answers on Saturday: the clock restarts on Monday and the 18 h run out at 18:00.
    QCOMPARE(m_cal.resumedDue(cn("2025-03-08 11:00"), remaining), cn("2025-03-10 18:00"));
    // Answered on Friday 09:00: 15 h of Friday, 3 h of Monday.
    QCOMPARE(m_cal.resumedDue(cn("2025-03-07 09:00"), remaining), cn("2025-03-10 03:00"));
    // Over the National Day week 2026: resumed on 10-05 (a holiday) with 1 d left -> end of 10-08.
    // A due instant inside the holiday leaves only what is left of 09-30 on the clock.
    const QDateTime due2026 = cn("2026-10-01 20:00");
    QCOMPARE(m_cal.remainingSeconds(due2026, cn("2026-09-30 20:00")), 4LL * kHour);
    QCOMPARE(m_cal.resumedDue(cn("2026-10-05 12:00"), qint64(kDay)), cn("2026-10-09 00:00"));
    // Paused when already overdue: the remaining time is negative and the resumed appeal is overdue at once.
    const qint64 late = m_cal.remainingSeconds(due, cn("2025-03-05 12:00"));
    QCOMPARE(late, -2LL * kHour);
    const QDateTime resumed = cn("2025-03-10 09:00");
    const QDateTime lateDue = m_cal.resumedDue(resumed, late);
    QCOMPARE(lateDue, cn("2025-03-10 07:00"));
    QCOMPARE(BusinessCalendar::slaState(lateDue, resumed), BusinessCalendar::SlaState::Overdue);
}

void TestBusinessCalendar::slaStates()
{
    using S = BusinessCalendar::SlaState;
    const QDateTime due = cn("2025-03-12 10:00"); // Wednesday
    QCOMPARE(BusinessCalendar::slaState(QDateTime(), cn("2025-03-12 10:00")), S::Paused);
    QCOMPARE(BusinessCalendar::slaState(due, due), S::Overdue);
    QCOMPARE(BusinessCalendar::slaState(due, due.addMSecs(1)), S::Overdue);
    QCOMPARE(BusinessCalendar::slaState(due, due.addMSecs(-1)), S::DueToday);
    QCOMPARE(BusinessCalendar::slaState(due, cn("2025-03-12 00:00")), S::DueToday);
    QCOMPARE(BusinessCalendar::slaState(due, cn("2025-03-11 23:59:59")), S::OnTime);
    QCOMPARE(BusinessCalendar::slaState(due, cn("2025-03-10 09:00")), S::OnTime);
    // Due at Wednesday 00:00 is the end of Tuesday: due today all Tuesday, on time on Monday.
    const QDateTime midnight = cn("2025-03-12 00:00");
    QCOMPARE(BusinessCalendar::slaState(midnight, cn("2025-03-11 00:00")), S::DueToday);
    QCOMPARE(BusinessCalendar::slaState(midnight, cn("2025-03-11 23:59:59")), S::DueToday);
    QCOMPARE(BusinessCalendar::slaState(midnight, cn("2025-03-10 23:59:59")), S::OnTime);
    QCOMPARE(BusinessCalendar::slaState(midnight, midnight), S::Overdue);
    // "Today" is China's day: 23:59:59 China time (15:59:59 UTC) and due 00:30 China the next day (same UTC date).
    QCOMPARE(BusinessCalendar::slaState(utc("2025-03-04T16:30:00Z"), utc("2025-03-04T15:59:59Z")), S::OnTime);
    QCOMPARE(BusinessCalendar::slaState(utc("2025-03-04T16:30:00Z"), utc("2025-03-04T16:00:00Z")), S::DueToday);

    QCOMPARE(BusinessCalendar::slaStateName(S::OnTime), QStringLiteral("on_time"));
    QCOMPARE(BusinessCalendar::slaStateName(S::DueToday), QStringLiteral("due_today"));
    QCOMPARE(BusinessCalendar::slaStateName(S::Overdue), QStringLiteral("overdue"));
    QCOMPARE(BusinessCalendar::slaStateName(S::Paused), QStringLiteral("paused"));
    QVERIFY(!BusinessCalendar::slaStateLabel(S::Overdue).isEmpty());
    QVERIFY(BusinessCalendar::slaStateLabel(S::Overdue) != BusinessCalendar::slaStateLabel(S::OnTime));
}

void TestBusinessCalendar::timeLeftLabels()
{
    const QDateTime now = cn("2025-03-10 09:00");
    QCOMPARE(BusinessCalendar::timeLeftLabel(now.addSecs(3 * kHour + 20 * 60), now), QStringLiteral("3 h 20 min"));
    QCOMPARE(BusinessCalendar::timeLeftLabel(now.addSecs(kDay + 4 * kHour + 59), now), QStringLiteral("1 d 4 h"));
    QCOMPARE(BusinessCalendar::timeLeftLabel(now.addSecs(2 * kDay), now), QStringLiteral("2 d"));
    QCOMPARE(BusinessCalendar::timeLeftLabel(now.addSecs(3 * kHour), now), QStringLiteral("3 h"));
    QCOMPARE(BusinessCalendar::timeLeftLabel(now.addSecs(45 * 60 + 30), now), QStringLiteral("45 min"));
    QCOMPARE(BusinessCalendar::timeLeftLabel(now.addSecs(30), now), QStringLiteral("less than 1 min"));
    QCOMPARE(BusinessCalendar::timeLeftLabel(now.addSecs(-2 * kHour), now), QStringLiteral("overdue 2 h"));
    QCOMPARE(BusinessCalendar::timeLeftLabel(now.addSecs(-(kDay + kHour)), now), QStringLiteral("overdue 1 d 1 h"));
    QCOMPARE(BusinessCalendar::timeLeftLabel(now, now), QStringLiteral("overdue less than 1 min"));
    QCOMPARE(BusinessCalendar::timeLeftLabel(QDateTime(), now),
             BusinessCalendar::slaStateLabel(BusinessCalendar::SlaState::Paused));
    // The same instants in UTC give the same label.
    QCOMPARE(BusinessCalendar::timeLeftLabel(now.addSecs(3 * kHour + 20 * 60).toUTC(), now),
             QStringLiteral("3 h 20 min"));
}

void TestBusinessCalendar::exceptionsAndYears()
{
    QCOMPARE(m_cal.firstYear(), 2025);
    QCOMPARE(m_cal.lastYear(), 2026);
    QCOMPARE(BusinessCalendar().firstYear(), 0);
    QCOMPARE(BusinessCalendar().lastYear(), 0);
    const CalendarDay *national = m_cal.exception(QDate(2026, 10, 1));
    QVERIFY(national);
    QCOMPARE(national->kind, CalendarDay::Kind::Holiday);
    QCOMPARE(national->name, QStringLiteral("国庆节"));
    QVERIFY(!m_cal.exception(QDate(2026, 3, 2)));
    const QVector<CalendarDay> y2025 = m_cal.exceptionsInYear(2025);
    QVERIFY(!y2025.isEmpty());
    for (int i = 0; i < y2025.size(); ++i) {
        QCOMPARE(y2025[i].day.year(), 2025);
        if (i > 0)
            QVERIFY(y2025[i - 1].day < y2025[i].day);
    }
    QCOMPARE(y2025.size() + m_cal.exceptionsInYear(2026).size(), m_cal.exceptions().size());

    // Duplicates: the last entry for a day wins; a make-up Saturday becomes a working day.
    CalendarDay a{QDate(2025, 3, 8), CalendarDay::Kind::Holiday, QStringLiteral("x")};
    CalendarDay b{QDate(2025, 3, 8), CalendarDay::Kind::Workday, QStringLiteral("y")};
    const BusinessCalendar dup({a, b});
    QCOMPARE(dup.exceptions().size(), 1);
    QVERIFY(dup.isWorkingDay(QDate(2025, 3, 8)));
    QCOMPARE(dup.exceptions().first().name, QStringLiteral("y"));
    // With that Saturday working: Friday 15:00 + 2 days is Monday 15:00.
    QCOMPARE(dup.dueAt(cn("2025-03-07 15:00"), 2), cn("2025-03-10 15:00"));
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
