// The holiday calendar's import and coverage warning through the real main window, offscreen, on SQLite and
// PostgreSQL: with the coming 60 days missing from the calendar an administrator sees the warning banner on the
// calendar page, imports the missing years through Import… and its file dialog (a bad file is refused with the
// entry named and nothing written) and the banner goes; a supervisor sees the banner on the appeal queue, a
// reviewer does not, and an agent sees it nowhere.
#include "UiTestKit.h"

#include "TestData.h"
#include "TestDatabase.h"
#include "admin/CalendarPage.h"
#include "appeals/AppealQueuePage.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "domain/BusinessCalendar.h"
#include "shell/MainWindow.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "widgets/CalendarCoverageBanner.h"
#include "workflow/CalendarService.h"
#include "workflow/Session.h"

#include <QFileDialog>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

namespace {

QDate chinaToday()
{
    return BusinessCalendar::toChinaTime(QDateTime::currentDateTimeUtc()).date();
}

// The years the banner looks at: today to today + 60 days.
QVector<int> comingYears()
{
    QVector<int> years;
    for (int y = chinaToday().year(); y <= chinaToday().addDays(CalendarService::kCoverageDays).year(); ++y)
        years << y;
    return years;
}

} // namespace

class TestCalendarCoverage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void administratorImportsTheMissingYears();
    void supervisorIsWarnedOnTheAppealQueue();
    void reviewerAndAgentAreNotWarned();

private:
    void openWindow(const test::StaffLogin &staff);
    QString writeFile(const QString &name, const QByteArray &content);
    QStringList calendarRows();
    // Chooses `path` in the page's Import… file dialog and waits for the import to finish.
    bool importThroughDialog(CalendarPage *page, const QString &path);

    std::shared_ptr<Database> m_db;
    std::unique_ptr<TaskRunner> m_runner;
    std::unique_ptr<QTemporaryDir> m_dir;
    test::StaffLogin m_admin;
    test::StaffLogin m_supervisor;
    test::StaffLogin m_reviewer;
    test::StaffLogin m_agent;
    std::unique_ptr<MainWindow> m_window;
};

void TestCalendarCoverage::initTestCase()
{
    test::prepareGuiTest();
    m_db = test::openTestDatabase();
    m_admin = test::addStaff(*m_db, StaffRole::Administrator);
    m_supervisor = test::addStaff(*m_db, StaffRole::Supervisor);
    m_reviewer = test::addStaff(*m_db, StaffRole::Reviewer);
    m_agent = test::addStaff(*m_db, StaffRole::Agent);
    m_runner = std::make_unique<TaskRunner>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCalendarCoverage::cleanupTestCase()
{
    m_runner.reset();
    m_db.reset();
    m_dir.reset();
}

void TestCalendarCoverage::init()
{
    // The coming 60 days are not covered: whatever the real date, the years they touch are emptied.
    for (int year : comingYears()) {
        auto removed = CalendarRepository(*m_db).removeYear(year);
        QVERIFY(removed.ok());
    }
}

void TestCalendarCoverage::cleanup()
{
    std::shared_ptr<Session> session = m_window ? m_window->session() : nullptr;
    m_window.reset();
    if (session)
        releaseSession(*m_runner, std::move(session));
}

void TestCalendarCoverage::openWindow(const test::StaffLogin &staff)
{
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), staff.member.login, staff.password);
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    m_window = std::make_unique<MainWindow>(*session, *m_runner);
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QString TestCalendarCoverage::writeFile(const QString &name, const QByteArray &content)
{
    return test::writeFile(m_dir->filePath(name), content);
}

QStringList TestCalendarCoverage::calendarRows()
{
    auto cal = CalendarRepository(*m_db).load();
    if (!cal)
        qFatal("%s", qPrintable(cal.error().message));
    QStringList out;
    for (const CalendarDay &d : cal->exceptions())
        out << d.day.toString(Qt::ISODate) + CalendarDay::kindName(d.kind) + d.name;
    return out;
}

bool TestCalendarCoverage::importThroughDialog(CalendarPage *page, const QString &path)
{
    // The button is disabled while the page reloads (after the previous import, say).
    auto *import = page->findChild<QPushButton *>(QStringLiteral("calendarImport"));
    if (!QTest::qWaitFor([import]() { return import->isEnabled(); }, 20000)) {
        qWarning("the Import button stayed disabled");
        return false;
    }
    QSignalSpy finished(page, &CalendarPage::importFinished);
    test::whenTopLevelAppears(QStringLiteral("calendarImportDialog"), [path](QWidget *w) {
        // The choice as the dialog reports it; QFileDialog's own accept() depends on its file system model
        // having loaded the folder, which makes a test flaky.
        auto *dialog = qobject_cast<QFileDialog *>(w);
        QVERIFY(dialog);
        dialog->selectFile(path);
        Q_EMIT dialog->fileSelected(path);
        dialog->close();
    });
    QTest::mouseClick(import, Qt::LeftButton);
    if (QTest::qWaitFor([&]() { return finished.count() == 1; }, 20000))
        return true;
    qWarning("no import finished; the page says: %s",
             qPrintable(page->findChild<QLabel *>(QStringLiteral("calendarMessage"))->text()));
    return false;
}

void TestCalendarCoverage::administratorImportsTheMissingYears()
{
    openWindow(m_admin);
    CalendarPage *page = m_window->calendarPage();
    QVERIFY(page);
    m_window->showWorkArea(page);
    auto *banner = page->findChild<QLabel *>(QStringLiteral("calendarCoverageWarning"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY(banner->text().contains(QString::number(comingYears().constLast())));
    auto *import = page->findChild<QPushButton *>(QStringLiteral("calendarImport"));
    QTRY_VERIFY_WITH_TIMEOUT(import->isEnabled(), 20000);
    test::saveScreenshot(m_window.get(), QStringLiteral("calendar-coverage-warning"));

    // A bad file: refused, the entry named, nothing written, the banner stays.
    auto *message = page->findChild<QLabel *>(QStringLiteral("calendarMessage"));
    const QStringList before = calendarRows();
    const int year = comingYears().constFirst();
    const QString bad = writeFile(QStringLiteral("bad.json"),
                                  QStringLiteral("{\"year\": %1, \"days\": [{\"name\": \"元旦\", \"date\": \"%2-01-01\", "
                                                 "\"isOffDay\": true}, {\"name\": \"春节\", \"date\": \"%3-02-01\", "
                                                 "\"isOffDay\": true}]}")
                                      .arg(year)
                                      .arg(year)
                                      .arg(year + 1)
                                      .toUtf8());
    QVERIFY(importThroughDialog(page, bad));
    QVERIFY2(message->text().contains(QStringLiteral("1")), qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("%1-02-01").arg(year + 1)));
    QVERIFY(!message->styleSheet().isEmpty()); // shown as an error
    test::saveScreenshot(m_window.get(), QStringLiteral("calendar-import-refused"));
    QCOMPARE(calendarRows(), before);
    QVERIFY(banner->isVisible());

    // The missing years, one file each: the result is reported, the year shown, and the banner goes.
    QSignalSpy checked(page->findChild<CalendarCoverageBanner *>(), &CalendarCoverageBanner::checked);
    for (int y : comingYears()) {
        QVERIFY(importThroughDialog(page, writeFile(QStringLiteral("%1.json").arg(y), test::madeUpHolidayYear(y))));
        QVERIFY2(message->text().contains(QString::number(y)), qPrintable(message->text()));
        QVERIFY(message->styleSheet().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(page->year(), y, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(page->table()->rowCount(), 4, 20000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= comingYears().size(), 20000);
    QVERIFY(!banner->isVisible());
    auto cal = CalendarRepository(*m_db).load();
    QVERIFY(cal.ok());
    QVERIFY(!cal->isWorkingDay(QDate(year, 1, 1)));
}

void TestCalendarCoverage::supervisorIsWarnedOnTheAppealQueue()
{
    openWindow(m_supervisor);
    QVERIFY(!m_window->calendarPage()); // administrators only
    AppealQueuePage *queue = m_window->appealQueuePage();
    QVERIFY(queue);
    m_window->showWorkArea(queue);
    auto *banner = queue->findChild<QLabel *>(QStringLiteral("calendarCoverageWarning"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    test::saveScreenshot(m_window.get(), QStringLiteral("appeal-queue-coverage-warning"));
}

void TestCalendarCoverage::reviewerAndAgentAreNotWarned()
{
    openWindow(m_reviewer);
    AppealQueuePage *queue = m_window->appealQueuePage();
    QVERIFY(queue);
    m_window->showWorkArea(queue);
    auto *banner = queue->findChild<CalendarCoverageBanner *>(QStringLiteral("calendarCoverageWarning"));
    QVERIFY(banner);
    QVERIFY(!banner->concernsStaff());
    QTest::qWait(300);
    QVERIFY(!banner->isVisible());
    cleanup();

    openWindow(m_agent);
    QTest::qWait(300);
    for (QWidget *w : m_window->findChildren<QWidget *>(QStringLiteral("calendarCoverageWarning")))
        QVERIFY(!w->isVisible());
}

QTEST_MAIN(TestCalendarCoverage)
#include "tst_calendarcoverage.moc"
