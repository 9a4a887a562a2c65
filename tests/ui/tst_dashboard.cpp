// The supervisors' dashboard in the real main window: it is their start page, its charts follow the date range,
// a click on a backlog bar opens the appeal queue filtered to that bar, the export dialog writes a file off the
// GUI thread, and the SMS outbox sends a failed message again.
#include "UiTestKit.h"

#include "ExportReaders.h"
#include "TestDatabase.h"
#include "appeals/AppealQueuePage.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "items/AppealListModel.h"
#include "reports/DashboardPage.h"
#include "reports/ExportDialog.h"
#include "reports/SmsOutboxPage.h"
#include "shell/MainWindow.h"
#include "store/ClaimEngine.h"
#include "store/Database.h"
#include "workflow/Session.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

class TestDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void isTheSupervisorsStartPage();
    void rangeAppliesToTheCharts();
    void barOpensTheFilteredQueue();
    void exportFromTheDialog();
    void outboxSendsAFailedMessageAgain();

private:
    void exec(const QString &sql, const QVariantList &values);
    void waitForRefresh();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<TaskRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    DashboardPage *m_page = nullptr;
    QDate m_today;
    QTemporaryDir m_dir;
};

void TestDashboard::exec(const QString &sql, const QVariantList &values)
{
    auto q = m_db->exec(sql, values);
    if (!q)
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().message));
    q->finish();
}

void TestDashboard::waitForRefresh()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<QLabel *>(QStringLiteral("dashboardMessage"))->text() != tr("Loading…")
                                 && !m_runner->isBusy(),
                             15000);
}

void TestDashboard::initTestCase()
{
    test::prepareGuiTest();
    m_db = test::openTestDatabase();
    const test::StaffLogin supervisor = test::addStaff(*m_db, StaffRole::Supervisor);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_today = now.addSecs(8 * 3600).date();
    const QString appeal = QStringLiteral("INSERT INTO appeal (appeal_type, state, applicant_name, id_number, phone, "
                                          "submitted_at, due_at) VALUES ('person_recovery', ?, ?, "
                                          "'11010519491231002X', '13912345678', ?, ?)");
    exec(appeal, {QStringLiteral("new"), QStringLiteral("张三"), ClaimEngine::timeValue(now.addDays(-6)),
                  ClaimEngine::timeValue(now.addDays(-1))});
    exec(appeal, {QStringLiteral("new"), QStringLiteral("李四"), ClaimEngine::timeValue(now.addSecs(-3600)),
                  ClaimEngine::timeValue(now.addDays(2))});
    exec(QStringLiteral("INSERT INTO sms_outbox (idempotency_key, phone, body, preview, state, attempts, created_at, "
                        "last_error) VALUES ('ui-failed', '13912345678', '已通过', '已通过', 'failed', 5, ?, 'HTTP 500')"),
         {ClaimEngine::timeValue(now.addDays(-1))});

    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), supervisor.member.login, supervisor.password);
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    m_runner = std::make_unique<TaskRunner>();
    m_window = std::make_unique<MainWindow>(*session, *m_runner);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = m_window->dashboardPage();
    QVERIFY(m_page);
    waitForRefresh();
}

void TestDashboard::cleanupTestCase()
{
    std::shared_ptr<Session> session = m_window ? m_window->session() : nullptr;
    m_window.reset();
    if (m_runner && session)
        releaseSession(*m_runner, std::move(session));
    m_runner.reset();
    m_db.reset();
}

void TestDashboard::isTheSupervisorsStartPage()
{
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(m_page));
    for (const char *name : {"backlog", "sla", "throughput", "reasons", "migration", "calls", "qa"})
        QVERIFY2(m_page->chart(QString::fromLatin1(name)), name);
    test::saveScreenshot(m_window.get(), QStringLiteral("dashboard"));
}

void TestDashboard::rangeAppliesToTheCharts()
{
    // Both appeals are open and in the default range (the last four weeks): one an hour old, one 6 days (at least 3
    // business days).
    QTRY_COMPARE_WITH_TIMEOUT(m_page->figures().value(QStringLiteral("backlog")).size(), 2, 15000); // two age buckets
    auto *from = m_page->findChild<QDateEdit *>(QStringLiteral("dashboardFrom"));
    auto *to = m_page->findChild<QDateEdit *>(QStringLiteral("dashboardTo"));
    QVERIFY(from && to);
    // A range that ends before both were submitted: the backlog chart empties.
    to->setDate(m_today.addDays(-10));
    from->setDate(m_today.addDays(-20));
    waitForRefresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->figures().value(QStringLiteral("backlog")).isEmpty(), 15000);
    auto *series = qobject_cast<QStackedBarSeries *>(m_page->chart(QStringLiteral("backlog"))->chart()->series().value(0));
    QVERIFY(series);
    double sum = 0;
    for (QBarSet *set : series->barSets())
        for (int i = 0; i < set->count(); ++i)
            sum += set->at(i);
    QCOMPARE(sum, 0.0);
    m_page->setRange(m_today.addDays(-7), m_today); // both in it again
    waitForRefresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->figures().value(QStringLiteral("backlog")).size(), 2, 15000);
}

void TestDashboard::barOpensTheFilteredQueue()
{
    auto *series = qobject_cast<QStackedBarSeries *>(m_page->chart(QStringLiteral("backlog"))->chart()->series().value(0));
    QVERIFY(series);
    QVERIFY(!series->barSets().isEmpty());
    QBarSet *set = series->barSets().constFirst();
    QVERIFY(set->count() >= 1); // one bar: appeals / new
    Q_EMIT set->clicked(0);     // what a click on the bar emits
    AppealQueuePage *queue = m_window->appealQueuePage();
    QVERIFY(queue);
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(queue));
    const AppealFilter filter = queue->currentFilter();
    QCOMPARE(filter.states, QVector<AppealState>{AppealState::New});
    QCOMPARE(filter.submittedFrom, m_today.addDays(-7));
    QCOMPARE(filter.submittedTo, m_today);
    QTRY_VERIFY_WITH_TIMEOUT(!queue->model()->isLoading(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 2, 15000);
    m_window->showWorkArea(m_page);
}

void TestDashboard::exportFromTheDialog()
{
    const QString path = m_dir.filePath(QStringLiteral("appeals.xlsx"));
    ExportDialog *dialog = nullptr;
    test::whenTopLevelAppears(QStringLiteral("exportDialog"), [&](QWidget *w) { dialog = qobject_cast<ExportDialog *>(w); });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("dashboardExport")), Qt::LeftButton);
    QTRY_VERIFY(dialog);
    dialog->setReport(QStringLiteral("appeals"));
    dialog->setFormat(ExportFormat::Xlsx);
    test::typeInto(dialog, QStringLiteral("exportPath"), path);
    QSignalSpy finished(dialog, &ExportDialog::finished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportStart")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(QFile::exists(path));
    if (test::toolAvailable(QStringLiteral("unzip"))) {
        const auto sheet = test::unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet && sheet->contains("110************02X") && !sheet->contains("11010519491231002X"));
    }
    dialog->close();
}

void TestDashboard::outboxSendsAFailedMessageAgain()
{
    SmsOutboxPage *outbox = m_window->smsOutboxPage();
    QVERIFY(outbox);
    m_window->showWorkArea(outbox);
    QTableWidget *table = outbox->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 15000);
    QCOMPARE(table->item(0, 1)->data(Qt::UserRole).toString(), QStringLiteral("failed"));
    QCOMPARE(table->item(0, 1)->text(), SmsOutboxPage::tr("Failed")); // a label, not the stored name
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("139****5678"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("HTTP 500"));
    for (int c = 0; c < table->columnCount(); ++c)
        QVERIFY(!table->item(0, c)->text().contains(QStringLiteral("已通过"))); // never the text
    table->selectRow(0);
    auto *requeue = outbox->findChild<QPushButton *>(QStringLiteral("outboxRequeue"));
    QTRY_VERIFY(requeue->isEnabled());
    QTest::mouseClick(requeue, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount() == 1 ? table->item(0, 1)->data(Qt::UserRole).toString() : QString(),
                              QStringLiteral("queued"),
                              15000);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
