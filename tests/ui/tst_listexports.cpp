// Exports from the lists, through the real main window: the look-up results, the appeal queue, the duplicate
// finder and the organization's people each have an "Export…" button (Ctrl+E on the look-up, the queues and the
// finder) that writes every row of the list as filtered, not only the rows loaded on screen, masked as shown, in
// CSV, XLSX or PDF, and leaves a "list.export" row in the audit log.
#include "UiTestKit.h"

#include "../store/MergeFixtures.h"
#include "ExportReaders.h"
#include "TestDatabase.h"
#include "TestDocuments.h"
#include "appeals/AppealQueuePage.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "items/AccountListModel.h"
#include "items/AppealListModel.h"
#include "lookup/LookupPage.h"
#include "merge/MergePage.h"
#include "reports/ExportDialog.h"
#include "shell/MainWindow.h"
#include "store/ClaimEngine.h"
#include "store/Database.h"
#include "widgets/PagedTableView.h"
#include "workflow/Session.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

class TestListExports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lookupResultsExportEveryRowMasked();
    void appealQueueExportsTheFilteredQueueAsXlsx();
    void duplicateFinderExportsAsPdf();
    void handlersAndPendingActivationExport();

private:
    struct Run
    {
        bool ok = false;
        QString message;
        QString filters;
        bool unmaskedOffered = true;
    };
    // Opens the export dialog with `open` (a click or the keys), writes `path` in `format` and closes the dialog.
    Run exportThrough(const std::function<void()> &open, ExportFormat format, const QString &path);
    QJsonObject lastAudit(const QString &list);
    static QStringList csvLines(const QString &path);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<TaskRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    test::MergeSeed m_merge;
    QString m_supervisorLogin;
    QStringList m_idNumbers;
    QTemporaryDir m_dir;
};

namespace {
constexpr int kBatchAccounts = 450; // more than two pages of the list (200 a page)
}

void TestListExports::initTestCase()
{
    test::prepareGuiTest();
    m_db = test::openTestDatabase();
    const test::StaffLogin supervisor = test::addStaff(*m_db, StaffRole::Supervisor);
    m_supervisorLogin = supervisor.member.login;
    for (int i = 0; i < kBatchAccounts; ++i) {
        test::AccountSeed a = test::accountSeed(QStringLiteral("batch%1").arg(i, 3, 10, QLatin1Char('0')),
                                                QStringLiteral("person"), QStringLiteral("批量用户%1").arg(i));
        a.idNumber = test::residentId(QStringLiteral("110105199001%1").arg(10000 + i).toLatin1().constData());
        a.phone = QStringLiteral("139%1").arg(10000000 + i);
        m_idNumbers << a.idNumber;
        test::insertAccount(*m_db, a);
    }
    m_merge = test::seedMerges(*m_db);
    test::AccountSeed waiting = test::accountSeed(QStringLiteral("newcomer01"), QStringLiteral("person"),
                                                  QStringLiteral("待激活甲"));
    waiting.accountStatus = QStringLiteral("pending_activation");
    test::insertAccount(*m_db, waiting);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString appeal = QStringLiteral("INSERT INTO appeal (appeal_type, state, applicant_name, id_number, phone, "
                                          "submitted_at, due_at) VALUES ('person_recovery', ?, ?, ?, ?, ?, ?)");
    int n = 0;
    for (const QString &name : {QStringLiteral("张三"), QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("李四")}) {
        auto q = m_db->exec(appeal, {QStringLiteral("new"), name, m_idNumbers[n], QStringLiteral("1370000000%1").arg(n),
                                     ClaimEngine::timeValue(now.addSecs(-3600 * (n + 1))),
                                     ClaimEngine::timeValue(now.addDays(2))});
        QVERIFY2(q, q ? "" : qPrintable(q.error().message));
        ++n;
    }
    auto decided = m_db->exec(appeal, {QStringLiteral("approved"), QStringLiteral("王五"), m_idNumbers[3],
                                       QStringLiteral("13700000009"), ClaimEngine::timeValue(now.addDays(-3)),
                                       ClaimEngine::timeValue(now.addDays(-1))});
    QVERIFY(decided);

    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), supervisor.member.login, supervisor.password);
    QVERIFY2(session, session ? "" : qPrintable(session.error().message));
    m_runner = std::make_unique<TaskRunner>();
    m_window = std::make_unique<MainWindow>(*session, *m_runner);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow()); // the pages' shortcuts need an active window
}

void TestListExports::cleanupTestCase()
{
    std::shared_ptr<Session> session = m_window ? m_window->session() : nullptr;
    m_window.reset();
    if (m_runner && session)
        releaseSession(*m_runner, std::move(session));
    m_runner.reset();
    m_db.reset();
}

TestListExports::Run TestListExports::exportThrough(const std::function<void()> &open, ExportFormat format,
                                                    const QString &path)
{
    Run run;
    bool appeared = false;
    // A closed modal dialog does not always hand activation back (offscreen): the pages' keys need it.
    m_window->activateWindow();
    if (!QTest::qWaitFor([&] { return m_window->isActiveWindow(); }, 5000)) {
        run.message = QStringLiteral("the main window is not active");
        return run;
    }
    // The dialog is modal: everything happens inside its event loop, and it is always closed at the end.
    test::whenTopLevelAppears(QStringLiteral("exportDialog"), [&](QWidget *w) {
        appeared = true;
        auto *dialog = qobject_cast<ExportDialog *>(w);
        if (!dialog)
            return;
        run.filters = dialog->findChild<QLabel *>(QStringLiteral("exportFilters"))->text();
        run.unmaskedOffered = !dialog->findChild<QWidget *>(QStringLiteral("exportUnmasked"))->isHidden();
        dialog->setFormat(format);
        test::typeInto(dialog, QStringLiteral("exportPath"), path);
        test::saveScreenshot(dialog, QStringLiteral("list-export-") + QFileInfo(path).baseName());
        QSignalSpy finished(dialog, &ExportDialog::finished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportStart")), Qt::LeftButton);
        if (finished.wait(60000)) {
            run.ok = finished.at(0).at(0).toBool();
            run.message = finished.at(0).at(1).toString();
        } else {
            run.message = QStringLiteral("the export did not finish within a minute");
            dialog->cancel();
            QTest::qWait(500);
        }
        static_cast<QDialog *>(dialog)->reject();
    });
    open();
    if (!QTest::qWaitFor([&] { return appeared; }, 10000))
        run.message = QStringLiteral("the export dialog did not open");
    return run;
}

QJsonObject TestListExports::lastAudit(const QString &list)
{
    auto q = m_db->exec(QStringLiteral("SELECT staff_login, after_json FROM audit_log WHERE action = 'list.export' "
                                       "AND entity_id = ? ORDER BY id DESC"),
                        {list});
    if (!q || !q->next())
        return {};
    QJsonObject after = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
    after.insert(QStringLiteral("staff_login"), q->value(0).toString());
    q->finish();
    return after;
}

QStringList TestListExports::csvLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {QStringLiteral("(no byte order mark)")};
    return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

void TestListExports::lookupResultsExportEveryRowMasked()
{
    LookupPage *page = m_window->lookupPage();
    m_window->showWorkArea(page);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("lookupExport"));
    QVERIFY(button);
    QVERIFY(!button->isEnabled()); // nothing searched yet
    page->lookUp(QStringLiteral("批量用户"));
    auto *model = qobject_cast<AccountListModel *>(page->resultsView()->model());
    QVERIFY(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), 15000);
    QVERIFY(button->isEnabled());
    QVERIFY2(!model->atEnd() && model->rowCount() < kBatchAccounts, "the screen holds only the first page");

    const QString path = m_dir.filePath(QStringLiteral("lookup.csv"));
    const Run run = exportThrough(
        [&] {
            page->resultsView()->setFocus();
            QTest::keyClick(page->resultsView(), Qt::Key_E, Qt::ControlModifier);
        },
        ExportFormat::Csv, path);
    QVERIFY2(run.ok, qPrintable(run.message));
    QVERIFY(!run.unmaskedOffered); // a list exports as shown, even for a supervisor
    QVERIFY2(run.filters.contains(QStringLiteral("批量用户")), qPrintable(run.filters));

    const QStringList lines = csvLines(path);
    QCOMPARE(lines.size(), kBatchAccounts + 1);
    QCOMPARE(lines[0], model->columnTitles().join(QLatin1Char(',')));
    // Every account once, in the list's order (by name: 批量用户0, 批量用户1, 批量用户10, ...).
    QVERIFY2(lines[1].startsWith(QStringLiteral("batch000,")), qPrintable(lines[1]));
    QSet<QString> logins;
    for (int i = 1; i < lines.size(); ++i)
        logins.insert(lines[i].section(QLatin1Char(','), 0, 0));
    QCOMPARE(logins.size(), kBatchAccounts);
    QVERIFY(logins.contains(QStringLiteral("batch449")));
    const QString all = lines.join(QLatin1Char('\n'));
    for (const QString &id : std::as_const(m_idNumbers))
        QVERIFY2(!all.contains(id), qPrintable(id));
    QVERIFY(!all.contains(QStringLiteral("13910000000")));
    QVERIFY2(lines[1].contains(QStringLiteral("110************")) && lines[1].contains(QStringLiteral("139****0000")),
             qPrintable(lines[1]));

    const QJsonObject audit = lastAudit(QStringLiteral("lookup"));
    QCOMPARE(audit.value(QStringLiteral("staff_login")).toString(), m_supervisorLogin);
    QCOMPARE(audit.value(QStringLiteral("rows")).toInteger(), qint64(kBatchAccounts));
    QCOMPARE(audit.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
}

void TestListExports::appealQueueExportsTheFilteredQueueAsXlsx()
{
    AppealQueuePage *page = m_window->appealQueuePage();
    QVERIFY(page);
    m_window->showWorkArea(page);
    // The new appeals only (ours and the merge fixture's): the decided one stays out.
    auto count = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM appeal WHERE state = 'new'"));
    QVERIFY(count && count->next());
    const int open = count->value(0).toInt();
    count->finish();
    QVERIFY(open >= 3);
    page->showFiltered(QStringLiteral("new"), QDate(), QDate());
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->model()->rowCount() == open, 15000);
    const QString path = m_dir.filePath(QStringLiteral("appeals.xlsx"));
    const Run run = exportThrough(
        [&] { QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("appealExport")), Qt::LeftButton); },
        ExportFormat::Xlsx, path);
    QVERIFY2(run.ok, qPrintable(run.message));
    QVERIFY(QFile::exists(path));
    if (!test::toolAvailable(QStringLiteral("unzip")))
        QSKIP("unzip is not installed (scripts/setup-deps.sh installs it): the workbook cannot be read");
    const auto sheet = test::unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet);
    QCOMPARE(sheet->count("<row "), open + 1); // the header and every new appeal
    QVERIFY(!sheet->contains("<f>"));  // the applicant named like a formula is text
    const QString text = QString::fromUtf8(*sheet); // constant memory: the strings are inline
    QVERIFY(text.contains(QStringLiteral("张三")) && text.contains(QStringLiteral("李四")));
    QVERIFY(!text.contains(QStringLiteral("王五")));
    QVERIFY(!text.contains(m_idNumbers[0]));
    QVERIFY(!text.contains(QStringLiteral("13700000000")));
    // The second sheet records the filters as the queue showed them.
    const auto about = test::unzipEntry(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    QVERIFY(about);
    QCOMPARE(lastAudit(QStringLiteral("appeal_queue")).value(QStringLiteral("rows")).toInteger(), qint64(open));
}

void TestListExports::duplicateFinderExportsAsPdf()
{
    MergePage *page = m_window->mergePage();
    QVERIFY(page);
    m_window->showWorkArea(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->candidates()->rowCount() > 0, 15000);
    const QString path = m_dir.filePath(QStringLiteral("duplicates.pdf"));
    const Run run = exportThrough(
        [&] {
            page->candidates()->setFocus();
            QTest::keyClick(page->candidates(), Qt::Key_E, Qt::ControlModifier);
        },
        ExportFormat::Pdf, path);
    QVERIFY2(run.ok, qPrintable(run.message));
    QVERIFY(QFile::exists(path));
    const qint64 rows = lastAudit(QStringLiteral("duplicates")).value(QStringLiteral("rows")).toInteger();
    QCOMPARE(rows, qint64(page->candidates()->rowCount()));
    if (!test::toolAvailable(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils is not installed (scripts/setup-deps.sh installs it): the PDF cannot be read");
    const auto text = test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text);
    const QString words = QString::fromUtf8(*text).normalized(QString::NormalizationForm_KC);
    QVERIFY2(words.contains(QStringLiteral("dup_s")) && words.contains(QStringLiteral("dup_t")), qPrintable(words));
    QVERIFY(!words.contains(m_merge.idNumber));
}

void TestListExports::handlersAndPendingActivationExport()
{
    MergePage *page = m_window->mergePage();
    m_window->showWorkArea(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->handlers()->rowCount() > 0 && page->pending()->rowCount() > 0, 15000);

    const QString handlers = m_dir.filePath(QStringLiteral("handlers.csv"));
    Run run = exportThrough(
        [&] { QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mergeHandlersExport")), Qt::LeftButton); },
        ExportFormat::Csv, handlers);
    QVERIFY2(run.ok, qPrintable(run.message));
    QStringList lines = csvLines(handlers);
    QCOMPARE(lines.size(), page->handlers()->rowCount() + 1);
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("dup_t")), qPrintable(lines.join(QLatin1Char('\n'))));

    const QString pending = m_dir.filePath(QStringLiteral("pending.csv"));
    run = exportThrough(
        [&] { QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mergePendingExport")), Qt::LeftButton); },
        ExportFormat::Csv, pending);
    QVERIFY2(run.ok, qPrintable(run.message));
    lines = csvLines(pending);
    QCOMPARE(lines.size(), page->pending()->rowCount() + 1);
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("newcomer01,待激活甲")), qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(lastAudit(QStringLiteral("pending_activation")).value(QStringLiteral("rows")).toInteger(),
             qint64(lines.size() - 1));
}

QTEST_MAIN(TestListExports)
#include "tst_listexports.moc"
