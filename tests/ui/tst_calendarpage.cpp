// The administrators' calendar page, driven through the real widgets offscreen on SQLite and PostgreSQL (staff
// signed in with their own database roles there): the shipped year shows, a holiday is added with Insert and
// Enter, a refused entry says why and writes nothing, a day is changed with Enter and deleted with Delete, the
// queue settings are saved; other staff see the calendar read-only.
#include "UiTestKit.h"

#include "TestDatabase.h"
#include "admin/CalendarPage.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "store/AuditLog.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "workflow/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <optional>

using namespace desk;

class TestCalendarPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsTheShippedYear();
    void addChangeAndDeleteWithTheKeyboard();
    void refusedEntryExplainsAndWritesNothing();
    void savesTheQueueSettings();
    void otherStaffSeeItReadOnly();

private:
    std::shared_ptr<Session> signIn(const test::StaffLogin &staff);
    void openPage(const test::StaffLogin &staff);
    int rowOf(const QString &isoDate) const;
    CalendarDayDialog *waitForDialog();
    std::optional<CalendarDay> stored(QDate day);

    std::shared_ptr<Database> m_db;
    std::unique_ptr<TaskRunner> m_runner;
    test::StaffLogin m_admin;
    test::StaffLogin m_agent;
    std::shared_ptr<Session> m_session;
    std::unique_ptr<CalendarPage> m_page;
};

void TestCalendarPage::initTestCase()
{
    test::prepareGuiTest();
    m_db = test::openTestDatabase();
    m_admin = test::addStaff(*m_db, StaffRole::Administrator);
    m_agent = test::addStaff(*m_db, StaffRole::Agent);
    m_runner = std::make_unique<TaskRunner>();
}

void TestCalendarPage::cleanupTestCase()
{
    m_runner.reset();
    m_db.reset();
}

void TestCalendarPage::init() {}

void TestCalendarPage::cleanup()
{
    m_page.reset();
    if (m_session)
        releaseSession(*m_runner, std::move(m_session));
    m_session.reset();
}

std::shared_ptr<Session> TestCalendarPage::signIn(const test::StaffLogin &staff)
{
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), staff.member.login, staff.password);
    if (!session)
        qFatal("sign-in failed: %s", qPrintable(session.error().message));
    return *session;
}

void TestCalendarPage::openPage(const test::StaffLogin &staff)
{
    m_session = signIn(staff);
    m_page = std::make_unique<CalendarPage>(m_session, *m_runner);
    QSignalSpy loaded(m_page.get(), &CalendarPage::loaded);
    m_page->resize(900, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
    m_page->setYear(2026);
}

int TestCalendarPage::rowOf(const QString &isoDate) const
{
    QTableWidget *table = m_page->table();
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == isoDate)
            return r;
    return -1;
}

CalendarDayDialog *TestCalendarPage::waitForDialog()
{
    CalendarDayDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&]() {
            dialog = m_page->findChild<CalendarDayDialog *>(QStringLiteral("calendarDayDialog"));
            return dialog && dialog->isVisible();
        },
        10000);
    return shown ? dialog : nullptr;
}

std::optional<CalendarDay> TestCalendarPage::stored(QDate day)
{
    auto d = CalendarRepository(*m_db).day(day);
    if (!d)
        qFatal("%s", qPrintable(d.error().message));
    return *d;
}

void TestCalendarPage::showsTheShippedYear()
{
    openPage(m_admin);
    auto cal = CalendarRepository(*m_db).load();
    QVERIFY(cal.ok());
    QTableWidget *table = m_page->table();
    QCOMPARE(table->rowCount(), int(cal->exceptionsInYear(2026).size()));
    const int national = rowOf(QStringLiteral("2026-10-01"));
    QVERIFY(national >= 0);
    QCOMPARE(table->item(national, 1)->text(), QLocale().dayName(4)); // a Thursday
    QCOMPARE(table->item(national, 2)->text(), CalendarPage::tr("Holiday"));
    QCOMPARE(table->item(national, 3)->text(), QStringLiteral("国庆节"));
    const int makeUp = rowOf(QStringLiteral("2026-10-10"));
    QVERIFY(makeUp >= 0);
    QCOMPARE(table->item(makeUp, 2)->text(), CalendarPage::tr("Make-up working day"));
    // Rows are in date order.
    for (int r = 1; r < table->rowCount(); ++r)
        QVERIFY(table->item(r - 1, 0)->text() < table->item(r, 0)->text());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("calendarSummary"))->text().contains(QStringLiteral("2026")));

    test::saveScreenshot(m_page.get(), QStringLiteral("calendar-page"));

    // Another year: 2025's rows; a year without data: an empty table that says so.
    m_page->setYear(2025);
    QCOMPARE(table->rowCount(), int(cal->exceptionsInYear(2025).size()));
    QVERIFY(rowOf(QStringLiteral("2025-01-26")) >= 0);
    m_page->setYear(2030);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("calendarEdit"))->isEnabled());
}

void TestCalendarPage::addChangeAndDeleteWithTheKeyboard()
{
    openPage(m_admin);
    QTableWidget *table = m_page->table();
    const int before = table->rowCount();
    table->setFocus();

    // Insert: a new holiday on Monday 2026-03-16.
    QTest::keyClick(table, Qt::Key_Insert);
    QPointer<CalendarDayDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    dialog->findChild<QDateEdit *>(QStringLiteral("calendarDayDate"))->setDate(QDate(2026, 3, 16));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("calendarDayKind"))->currentIndex(), 0); // holiday
    test::typeInto(dialog, QStringLiteral("calendarDayName"), QStringLiteral("测试假日"));
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("2026-03-16")) >= 0, 20000);
    QCOMPARE(table->rowCount(), before + 1);
    int row = rowOf(QStringLiteral("2026-03-16"));
    QCOMPARE(table->item(row, 2)->text(), CalendarPage::tr("Holiday"));
    QCOMPARE(table->item(row, 3)->text(), QStringLiteral("测试假日"));
    QCOMPARE(table->currentRow(), row); // the new day is selected
    auto saved = stored(QDate(2026, 3, 16));
    QVERIFY(saved.has_value());
    QCOMPARE(saved->kind, CalendarDay::Kind::Holiday);
    QCOMPARE(saved->name, QStringLiteral("测试假日"));

    // Enter: change its name.
    table->setFocus();
    table->setCurrentCell(row, 0);
    QTest::keyClick(table, Qt::Key_Return);
    dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QDateEdit *>(QStringLiteral("calendarDayDate"))->isEnabled()); // the date stays
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("calendarDayName"))->text(), QStringLiteral("测试假日"));
    test::typeInto(dialog, QStringLiteral("calendarDayName"), QStringLiteral("测试假日补记"));
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(table->item(rowOf(QStringLiteral("2026-03-16")), 3)->text(), QStringLiteral("测试假日补记"),
                              20000);
    QCOMPARE(stored(QDate(2026, 3, 16))->name, QStringLiteral("测试假日补记"));

    // Delete, answered No: nothing happens.
    row = rowOf(QStringLiteral("2026-03-16"));
    table->setFocus();
    table->setCurrentCell(row, 0);
    QTest::keyClick(table, Qt::Key_Delete);
    QPointer<QMessageBox> box;
    QTRY_VERIFY_WITH_TIMEOUT((box = m_page->findChild<QMessageBox *>(QStringLiteral("calendarDeleteConfirm")))
                                 && box->isVisible(),
                             10000);
    QVERIFY(box->text().contains(QStringLiteral("2026-03-16")));
    box->button(QMessageBox::No)->click();
    QTRY_VERIFY(!box || !box->isVisible());
    QVERIFY(stored(QDate(2026, 3, 16)).has_value());
    QVERIFY(rowOf(QStringLiteral("2026-03-16")) >= 0);

    // Delete, answered Yes: gone from the table and the database, and audited.
    table->setFocus();
    table->setCurrentCell(rowOf(QStringLiteral("2026-03-16")), 0);
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT((box = m_page->findChild<QMessageBox *>(QStringLiteral("calendarDeleteConfirm")))
                                 && box->isVisible(),
                             10000);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("2026-03-16")) < 0, 20000);
    QCOMPARE(table->rowCount(), before);
    QVERIFY(!stored(QDate(2026, 3, 16)).has_value());
    auto trail = AuditLog(*m_db).forEntity(QStringLiteral("holiday_calendar"), QStringLiteral("2026-03-16"));
    QVERIFY(trail.ok());
    QStringList actions;
    for (const AuditRow &r : *trail)
        actions.prepend(r.action);
    QCOMPARE(actions, QStringList({QStringLiteral("calendar.add_day"), QStringLiteral("calendar.change_day"),
                                   QStringLiteral("calendar.remove_day")}));
    QCOMPARE(trail->first().staffLogin, m_admin.member.login);
}

void TestCalendarPage::refusedEntryExplainsAndWritesNothing()
{
    openPage(m_admin);
    QTableWidget *table = m_page->table();
    const int before = table->rowCount();
    QTest::keyClick(table, Qt::Key_Insert);
    QPointer<CalendarDayDialog> dialog = waitForDialog();
    QVERIFY(dialog);
    // A make-up working day on a Tuesday makes no sense.
    dialog->findChild<QDateEdit *>(QStringLiteral("calendarDayDate"))->setDate(QDate(2026, 3, 17));
    dialog->findChild<QComboBox *>(QStringLiteral("calendarDayKind"))->setCurrentIndex(1);
    test::typeInto(dialog, QStringLiteral("calendarDayName"), QStringLiteral("错误调休"));
    QTest::keyClick(dialog, Qt::Key_Return);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("calendarDayError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY(error->text().contains(QStringLiteral("2026-03-17")));
    QVERIFY(dialog->isVisible()); // stays open for a correction
    QVERIFY(!stored(QDate(2026, 3, 17)).has_value());

    // No name: refused as well, with its own message.
    const QString firstError = error->text();
    dialog->findChild<QComboBox *>(QStringLiteral("calendarDayKind"))->setCurrentIndex(0);
    test::typeInto(dialog, QStringLiteral("calendarDayName"), QString());
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text() != firstError, 20000);
    QVERIFY(dialog->isVisible());
    QVERIFY(!stored(QDate(2026, 3, 17)).has_value());

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(table->rowCount(), before);
}

void TestCalendarPage::savesTheQueueSettings()
{
    openPage(m_admin);
    auto *idle = m_page->findChild<QSpinBox *>(QStringLiteral("calendarClaimIdle"));
    auto *days = m_page->findChild<QSpinBox *>(QStringLiteral("calendarSlaDays"));
    QCOMPARE(idle->value(), 30);
    QCOMPARE(days->value(), 2);
    auto *share = m_page->findChild<QSpinBox *>(QStringLiteral("calendarQaShare"));
    QVERIFY(share);
    QCOMPARE(share->value(), 5);
    QCOMPARE(share->minimum(), 1);
    QCOMPARE(share->maximum(), 100);
    QCOMPARE(idle->minimum(), 5);
    QCOMPARE(idle->maximum(), 480);
    idle->setFocus();
    idle->selectAll();
    QTest::keyClicks(idle, QStringLiteral("45"));
    days->setValue(3);
    share->setValue(12);
    QSignalSpy saved(m_page.get(), &CalendarPage::settingsSaved);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("calendarSaveSettings")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 20000);
    auto values = CalendarRepository(*m_db).settings();
    QVERIFY(values.ok());
    QCOMPARE(values->value(QStringLiteral("claim_idle_minutes")), QStringLiteral("45"));
    QCOMPARE(values->value(QStringLiteral("sla_business_days")), QStringLiteral("3"));
    QCOMPARE(values->value(QStringLiteral("review_qa_share_percent")), QStringLiteral("12"));
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("calendarSettingsMessage"))->text().isEmpty());

    // A freshly opened page shows the saved values.
    cleanup();
    openPage(m_admin);
    QTRY_COMPARE(m_page->findChild<QSpinBox *>(QStringLiteral("calendarClaimIdle"))->value(), 45);
    QCOMPARE(m_page->findChild<QSpinBox *>(QStringLiteral("calendarSlaDays"))->value(), 3);
    QCOMPARE(m_page->findChild<QSpinBox *>(QStringLiteral("calendarQaShare"))->value(), 12);
}

void TestCalendarPage::otherStaffSeeItReadOnly()
{
    openPage(m_agent);
    QVERIFY(!m_page->canManage());
    QTableWidget *table = m_page->table();
    QVERIFY(table->rowCount() > 0);
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("calendarAdd"))->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("calendarDelete"))->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("calendarSaveSettings"))->isVisible());
    QVERIFY(m_page->findChild<QSpinBox *>(QStringLiteral("calendarClaimIdle"))->isReadOnly());
    QVERIFY(m_page->findChild<QSpinBox *>(QStringLiteral("calendarQaShare"))->isReadOnly());
    const int row = rowOf(QStringLiteral("2026-10-01"));
    table->setFocus();
    table->setCurrentCell(row, 0);
    QTest::keyClick(table, Qt::Key_Insert);
    QTest::keyClick(table, Qt::Key_Return);
    QTest::keyClick(table, Qt::Key_Delete);
    // The keys act at once (a dialog would already exist): nothing opened.
    QVERIFY(!m_page->findChild<CalendarDayDialog *>());
    QVERIFY(!m_page->findChild<QMessageBox *>());
    QVERIFY(stored(QDate(2026, 10, 1)).has_value());
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("calendarMessage"))->text().isEmpty());
}

QTEST_MAIN(TestCalendarPage)
#include "tst_calendarpage.moc"
