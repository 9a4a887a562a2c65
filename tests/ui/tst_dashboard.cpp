// The supervisors' dashboard in the real main window: it is their start page, its charts follow the date range,
// a click on a backlog bar opens the appeal queue filtered to that bar, a review bar the real-name review queue
// and a merge bar the merge requests showing exactly the items the bar counts, the reasons chart names the
// reason templates and opens the decided requests, the export dialog writes a file off the GUI thread, and the
// SMS outbox sends a failed message again.
#include "UiTestKit.h"

#include "ExportReaders.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "appeals/AppealQueuePage.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "items/AppealListModel.h"
#include "items/ReviewListModel.h"
#include "merge/MergePage.h"
#include "reports/DashboardPage.h"
#include "reports/ExportDialog.h"
#include "reports/SmsOutboxPage.h"
#include "review/ReviewQueuePage.h"
#include "shell/MainWindow.h"
#include "store/ClaimEngine.h"
#include "store/Database.h"
#include "workflow/Session.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
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
    void reviewBarOpensTheReviewQueue();
    void mergeBarOpensTheMergeRequests();
    void reasonsNameTheTemplatesAndOpenTheirRequests();
    void appealDecisionBarsOpenTheDecidedAppeals();
    void exportFromTheDialog();
    void outboxSendsAFailedMessageAgain();

private:
    void exec(const QString &sql, const QVariantList &values);
    void waitForRefresh();
    qint64 insertId(const QString &sql, const QVariantList &values);
    // The backlog's rows of one queue.
    int backlogRows(const char *queue) const;
    // Clicks the backlog bar of `queue`/`state` in age bucket `bucket`; returns the count the bar shows.
    double clickBacklogBar(const QString &queue, const QString &state, const QString &bucket);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<TaskRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    DashboardPage *m_page = nullptr;
    QDate m_today;
    QTemporaryDir m_dir;
    QString m_youngReview; // new, an hour old
    qint64 m_youngMerge = 0; // requested an hour ago

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
    QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<QLabel *>(QStringLiteral("dashboardMessage"))->text() != DashboardPage::tr("Loading…")
                                 && !m_runner->isBusy(),
                             15000);
}

qint64 TestDashboard::insertId(const QString &sql, const QVariantList &values)
{
    auto q = m_db->exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!q || !q->next())
        qFatal("%s: %s", qPrintable(sql), q ? "no id" : qPrintable(q.error().message));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

int TestDashboard::backlogRows(const char *queue) const
{
    int n = 0;
    for (const ExportRow &row : m_page->figures().value(QStringLiteral("backlog")))
        n += row.value(0).toString() == QLatin1String(queue) ? 1 : 0;
    return n;
}

double TestDashboard::clickBacklogBar(const QString &queue, const QString &state, const QString &bucket)
{
    // The bars in the order of the figures (queue/state), one set per age bucket.
    QStringList categories;
    for (const ExportRow &row : m_page->figures().value(QStringLiteral("backlog"))) {
        const QString c = row.value(0).toString() + QLatin1Char('/') + row.value(1).toString();
        if (!categories.contains(c))
            categories << c;
    }
    const int category = int(categories.indexOf(queue + QLatin1Char('/') + state));
    auto *series = qobject_cast<QStackedBarSeries *>(m_page->chart(QStringLiteral("backlog"))->chart()->series().value(0));
    const int setIndex = int(ReportCatalog::ageBuckets().indexOf(bucket));
    if (category < 0 || !series || setIndex < 0 || setIndex >= series->barSets().size())
        return -1;
    QBarSet *set = series->barSets().at(setIndex);
    Q_EMIT set->clicked(category); // what a click on that bar emits
    return set->at(category);
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
    // Real-name reviews: two waiting (an hour and 25 days old), one approved an hour ago; one rejected with the
    // reason "no_account" (a template: 未找到匹配账号).
    const qint64 account = test::insertAccount(*m_db, test::accountSeed(QStringLiteral("dash_person"),
                                                                         QStringLiteral("person"), QStringLiteral("周九")));
    const qint64 other = test::insertAccount(*m_db, test::accountSeed(QStringLiteral("dash_source"),
                                                                       QStringLiteral("person"), QStringLiteral("周九")));
    const QString review = QStringLiteral("INSERT INTO real_name_review (ref, review_type, account_id, state, "
                                          "subject_number, submitted_at, due_at, decided_by, decided_at) VALUES (?, "
                                          "'person', ?, ?, '11010519491231002X', ?, ?, ?, ?)");
    const QVariant null;
    m_youngReview = QStringLiteral("DASH-R1");
    exec(review, {m_youngReview, account, QStringLiteral("new"), ClaimEngine::timeValue(now.addSecs(-3600)),
                  ClaimEngine::timeValue(now.addDays(2)), null, null});
    exec(review, {QStringLiteral("DASH-R2"), account, QStringLiteral("new"), ClaimEngine::timeValue(now.addDays(-25)),
                  ClaimEngine::timeValue(now.addDays(-23)), null, null});
    exec(review, {QStringLiteral("DASH-R3"), account, QStringLiteral("approved"),
                  ClaimEngine::timeValue(now.addSecs(-3600)), ClaimEngine::timeValue(now.addDays(2)),
                  QStringLiteral("dash_rev"), ClaimEngine::timeValue(now.addSecs(-1800))});
    const qint64 rejected = insertId(review, {QStringLiteral("DASH-R4"), account, QStringLiteral("rejected"),
                                              ClaimEngine::timeValue(now.addSecs(-7200)),
                                              ClaimEngine::timeValue(now.addDays(2)), QStringLiteral("dash_rev"),
                                              ClaimEngine::timeValue(now.addSecs(-3600))});
    const qint64 submission = insertId(
        QStringLiteral("INSERT INTO real_name_submission (review_id, seq, submitted_at, fields_json, id_number, phone, "
                       "checks_json) VALUES (?, 1, ?, '{}', '11010519491231002X', '13912345678', '[]')"),
        {rejected, ClaimEngine::timeValue(now.addSecs(-7200))});
    exec(QStringLiteral("UPDATE real_name_review SET current_submission_id = ? WHERE id = ?"), {submission, rejected});
    exec(QStringLiteral("INSERT INTO real_name_decision (review_id, submission_id, outcome, reason_codes, decided_by, "
                        "decided_at) VALUES (?, ?, 'rejected', 'no_account', 'dash_rev', ?)"),
         {rejected, submission, ClaimEngine::timeValue(now.addSecs(-3600))});
    // Merge requests: two waiting for approval (an hour and 25 days old), one rejected an hour ago.
    const QString merge = QStringLiteral("INSERT INTO account_merge (source_account_id, target_account_id, state, "
                                         "requested_by, requested_at, reason) VALUES (?, ?, ?, 'rev1', ?, '重复账号')");
    m_youngMerge = insertId(merge, {other, account, QStringLiteral("requested"), ClaimEngine::timeValue(now.addSecs(-3600))});
    exec(merge, {other, account, QStringLiteral("requested"), ClaimEngine::timeValue(now.addDays(-25))});
    exec(merge, {other, account, QStringLiteral("rejected"), ClaimEngine::timeValue(now.addSecs(-3600))});

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
    QTRY_COMPARE_WITH_TIMEOUT(backlogRows("appeals"), 2, 15000); // two age buckets
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
    QTRY_COMPARE_WITH_TIMEOUT(backlogRows("appeals"), 2, 15000);
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

void TestDashboard::reviewBarOpensTheReviewQueue()
{
    // The range holds both waiting requests; the bar of the youngest age counts the one an hour old only.
    m_page->setRange(m_today.addDays(-30), m_today);
    waitForRefresh();
    QTRY_COMPARE_WITH_TIMEOUT(backlogRows("reviews"), 2, 15000); // new 0-1 and new older
    const double shown = clickBacklogBar(QStringLiteral("reviews"), QStringLiteral("new"), QStringLiteral("0-1"));
    QCOMPARE(shown, 1.0);
    ReviewQueuePage *queue = m_window->reviewQueuePage();
    QVERIFY(queue);
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(queue));
    QCOMPARE(queue->currentFilter().state, QStringLiteral("new"));
    QVERIFY(queue->findChild<QLabel *>(QStringLiteral("reviewDashboardNote"))->isVisibleTo(queue));
    QTRY_VERIFY_WITH_TIMEOUT(!queue->model()->isLoading(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(queue->model()->recordAt(0) ? queue->model()->recordAt(0)->ref : QString(), m_youngReview,
                              15000);

    // The older bar: the request 25 days old, and nothing else.
    m_window->showWorkArea(m_page);
    QStringList older;
    for (const ExportRow &row : m_page->figures().value(QStringLiteral("backlog")))
        if (row.value(0).toString() == QLatin1String("reviews") && row.value(2).toString() != QLatin1String("0-1"))
            older << row.value(2).toString();
    QCOMPARE(older.size(), 1);
    QCOMPARE(clickBacklogBar(QStringLiteral("reviews"), QStringLiteral("new"), older.constFirst()), 1.0);
    QTRY_VERIFY_WITH_TIMEOUT(!queue->model()->isLoading(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(queue->model()->recordAt(0) ? queue->model()->recordAt(0)->ref : QString(),
                              QStringLiteral("DASH-R2"), 15000);
    QCOMPARE(queue->model()->rowCount(), 1);

    // "Show all" drops the dashboard's conditions: every waiting request.
    QTest::mouseClick(queue->findChild<QPushButton *>(QStringLiteral("reviewShowAll")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!queue->model()->isLoading(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 2, 15000);
    QVERIFY(!queue->findChild<QLabel *>(QStringLiteral("reviewDashboardNote"))->isVisibleTo(queue));
    m_window->showWorkArea(m_page);
}

void TestDashboard::mergeBarOpensTheMergeRequests()
{
    QTRY_COMPARE_WITH_TIMEOUT(backlogRows("merges"), 2, 15000);
    const double shown = clickBacklogBar(QStringLiteral("merges"), QStringLiteral("requested"), QStringLiteral("0-1"));
    QCOMPARE(shown, 1.0);
    MergePage *merges = m_window->mergePage();
    QVERIFY(merges);
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(merges));
    QCOMPARE(merges->requestFilter().storedState, QStringLiteral("requested"));
    QCOMPARE(merges->findChild<QComboBox *>(QStringLiteral("mergeRequestState"))->currentData().toString(),
             QStringLiteral("requested"));
    // Exactly the request the bar counts: not the older one, not the rejected one of the same hour.
    QTRY_COMPARE_WITH_TIMEOUT(merges->requests()->rowCount(), 1, 15000);
    QCOMPARE(merges->requests()->item(0, 0)->data(Qt::UserRole).toLongLong(), m_youngMerge);
    QVERIFY(merges->findChild<QLabel *>(QStringLiteral("mergeRequestsNote"))->isVisibleTo(merges));
    // Choosing "all states" shows every request again.
    merges->findChild<QComboBox *>(QStringLiteral("mergeRequestState"))->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(merges->requests()->rowCount(), 3, 15000);
    m_window->showWorkArea(m_page);
}

void TestDashboard::reasonsNameTheTemplatesAndOpenTheirRequests()
{
    QChart *chart = m_page->chart(QStringLiteral("reasons"))->chart();
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *a : chart->axes(Qt::Horizontal))
        axis = axis ? axis : qobject_cast<QBarCategoryAxis *>(a);
    QVERIFY(axis);
    // The template's title, never the stored code.
    QVERIFY2(axis->categories().contains(QStringLiteral("未找到匹配账号")), qPrintable(axis->categories().join(u',')));
    QVERIFY(!axis->categories().contains(QStringLiteral("no_account")));
    int category = -1;
    for (int i = 0; i < axis->categories().size(); ++i)
        if (axis->categories().at(i) == QStringLiteral("未找到匹配账号"))
            category = i;
    auto *series = qobject_cast<QBarSeries *>(chart->series().value(0));
    QVERIFY(series);
    QBarSet *reviews = nullptr;
    for (QBarSet *set : series->barSets())
        if (set->label() == DashboardPage::tr("Real-name reviews"))
            reviews = set;
    QVERIFY(reviews);
    QCOMPARE(reviews->at(category), 1.0);
    Q_EMIT reviews->clicked(category);
    ReviewQueuePage *queue = m_window->reviewQueuePage();
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(queue));
    QCOMPARE(queue->currentFilter().reasonCode, QStringLiteral("no_account"));
    QTRY_VERIFY_WITH_TIMEOUT(!queue->model()->isLoading(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(queue->model()->recordAt(0) ? queue->model()->recordAt(0)->ref : QString(),
                              QStringLiteral("DASH-R4"), 15000);
    QCOMPARE(queue->model()->rowCount(), 1);
    m_window->showWorkArea(m_page);
}

namespace {

// The bar set labelled `label` of a chart's first series and the index of `category` on its category axis.
std::pair<QBarSet *, int> barOf(QChart *chart, const QString &label, const QString &category)
{
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *a : chart->axes(Qt::Horizontal))
        axis = axis ? axis : qobject_cast<QBarCategoryAxis *>(a);
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    if (!axis || !series)
        return {nullptr, -1};
    QBarSet *found = nullptr;
    for (QBarSet *set : series->barSets())
        if (set->label() == label)
            found = set;
    return {found, int(axis->categories().indexOf(category))};
}

} // namespace

void TestDashboard::appealDecisionBarsOpenTheDecidedAppeals()
{
    // Decided appeals: by dash_rev an hour ago (approved, no reason) and two hours ago (rejected: no_account), by
    // dash_rev long before the range (rejected: no_account), by another reviewer (rejected: no_account).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString decided = QStringLiteral("INSERT INTO appeal (appeal_type, state, applicant_name, submitted_at, "
                                           "due_at, decided_by, decided_at, reason_code) VALUES ('person_recovery', "
                                           "?, ?, ?, ?, ?, ?, ?)");
    const QVariant none;
    exec(decided, {QStringLiteral("approved"), QStringLiteral("甲一"), ClaimEngine::timeValue(now.addDays(-1)),
                   ClaimEngine::timeValue(now.addDays(1)), QStringLiteral("dash_rev"),
                   ClaimEngine::timeValue(now.addSecs(-3600)), none});
    exec(decided, {QStringLiteral("rejected"), QStringLiteral("乙二"), ClaimEngine::timeValue(now.addDays(-1)),
                   ClaimEngine::timeValue(now.addDays(1)), QStringLiteral("dash_rev"),
                   ClaimEngine::timeValue(now.addSecs(-7200)), QStringLiteral("no_account")});
    exec(decided, {QStringLiteral("rejected"), QStringLiteral("丙三"), ClaimEngine::timeValue(now.addDays(-90)),
                   ClaimEngine::timeValue(now.addDays(-88)), QStringLiteral("dash_rev"),
                   ClaimEngine::timeValue(now.addDays(-89)), QStringLiteral("no_account")});
    exec(decided, {QStringLiteral("rejected"), QStringLiteral("丁四"), ClaimEngine::timeValue(now.addDays(-1)),
                   ClaimEngine::timeValue(now.addDays(1)), QStringLiteral("other_rev"),
                   ClaimEngine::timeValue(now.addSecs(-5400)), QStringLiteral("no_account")});
    m_window->showWorkArea(m_page);
    // Wait for this refresh itself: the charts must hold the appeals just written.
    QSignalSpy refreshed(m_page, &DashboardPage::refreshed);
    m_page->refresh();
    QVERIFY(refreshed.wait(15000));
    waitForRefresh();

    const QString appealsLabel = DashboardPage::tr("Appeals");
    auto [throughput, reviewer] = barOf(m_page->chart(QStringLiteral("throughput"))->chart(), appealsLabel,
                                        QStringLiteral("dash_rev"));
    QVERIFY2(throughput && reviewer >= 0, "the throughput chart has a bar of appeals for dash_rev");
    QCOMPARE(throughput->at(reviewer), 2.0);
    Q_EMIT throughput->clicked(reviewer);
    AppealQueuePage *queue = m_window->appealQueuePage();
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(queue));
    QCOMPARE(queue->currentFilter().decidedBy, QStringLiteral("dash_rev"));
    QTRY_VERIFY_WITH_TIMEOUT(!queue->model()->isLoading() && queue->model()->rowCount() == 2, 15000);
    QStringList names;
    for (int row = 0; row < queue->model()->rowCount(); ++row)
        names << queue->model()->summaryAt(row)->applicantName;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("乙二"), QStringLiteral("甲一")}));
    QVERIFY(queue->findChild<QLabel *>(QStringLiteral("appealDashboardNote"))->isVisible());

    // A reasons bar: the appeals rejected with 未找到匹配账号 in the range, whoever decided them.
    m_window->showWorkArea(m_page);
    auto [reasons, reason] = barOf(m_page->chart(QStringLiteral("reasons"))->chart(), appealsLabel,
                                   QStringLiteral("未找到匹配账号"));
    QVERIFY2(reasons && reason >= 0, "the reasons chart has a bar of appeals for 未找到匹配账号");
    QCOMPARE(reasons->at(reason), 2.0);
    Q_EMIT reasons->clicked(reason);
    QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(queue));
    QCOMPARE(queue->currentFilter().reasonCode, std::optional<QString>(QStringLiteral("no_account")));
    QTRY_VERIFY_WITH_TIMEOUT(!queue->model()->isLoading() && queue->model()->rowCount() == 2, 15000);
    names.clear();
    for (int row = 0; row < queue->model()->rowCount(); ++row)
        names << queue->model()->summaryAt(row)->applicantName;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("丁四"), QStringLiteral("乙二")}));

    // "Show all" drops the bar's conditions.
    QTest::mouseClick(queue->findChild<QPushButton *>(QStringLiteral("appealShowAll")), Qt::LeftButton);
    QVERIFY(!queue->currentFilter().reasonCode.has_value());
    QTRY_VERIFY_WITH_TIMEOUT(!queue->model()->isLoading() && queue->model()->rowCount() >= 6, 15000);
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
