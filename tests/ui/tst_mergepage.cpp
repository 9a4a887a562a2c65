// The merge area through the real main window, offscreen, on SQLite and PostgreSQL: a reviewer opens an entry of the
// duplicate finder, previews what moves and the conflict with its rule, and requests the merge; the requester cannot
// approve it; a supervisor approves it (the merge executes); that supervisor requests the undo and cannot approve it;
// a second supervisor approves the undo, and every touched table is as before the merge.
#include "UiTestKit.h"

#include "../store/MergeFixtures.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "lookup/AccountDetailPanel.h"
#include "lookup/LookupPage.h"
#include "merge/MergePage.h"
#include "merge/TransferRequestDialog.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "workflow/Session.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace desk;

class TestMergePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void requestFromTheFinderWithPreview();
    void requesterCannotApprove();
    void supervisorApprovesAndRequestsTheUndo();
    void secondSupervisorApprovesTheUndo();
    void organizationPeopleInTheAccountDetail();
    void peopleListsForASupervisor();
    void transferFromTheDialog();
    void cleanup();
    void cleanupTestCase();

private:
    MergePage *openAs(const test::StaffLogin &staff);
    void closeWindow();
    void clickRow(QTableWidget *table, int row);
    int rowOfRequest(qint64 id);
    QString one(const QString &sql, const QVariantList &values = {}) { return test::scalarOf(*m_db, sql, values); }

    std::unique_ptr<Database> m_db;
    test::MergeSeed m_seed;
    test::StaffLogin m_reviewer, m_sup1, m_sup2;
    std::unique_ptr<TaskRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_before;
    qint64 m_mergeId = 0;
    qint64 m_undoId = 0;
};

void TestMergePage::initTestCase()
{
    test::prepareGuiTest();
    m_db = test::openTestDatabase();
    m_seed = test::seedMerges(*m_db);
    m_reviewer = test::addStaff(*m_db, StaffRole::Reviewer);
    m_sup1 = test::addStaff(*m_db, StaffRole::Supervisor);
    m_sup2 = test::addStaff(*m_db, StaffRole::Supervisor);
    // A delegation that expires within 30 days: on the watch list.
    test::insertRow(*m_db,
                    QStringLiteral("INSERT INTO delegation (organization_id, person_id, business_system_id, role, "
                                   "granted_at, expires_at) VALUES (?, ?, 3, 'handler', ?, ?)"),
                    {m_seed.org, m_seed.colleague, QStringLiteral("2025-01-01T00:00:00.000Z"),
                     QDateTime::currentDateTimeUtc().addDays(10).toString(Qt::ISODateWithMs)});
    m_before = test::dumpMergeTables(*m_db);
}

MergePage *TestMergePage::openAs(const test::StaffLogin &staff)
{
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), staff.member.login, staff.password);
    if (!session)
        qFatal("sign-in: %s", qPrintable(session.error().message));
    m_runner = std::make_unique<TaskRunner>();
    m_window = std::make_unique<MainWindow>(*session, *m_runner);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qFatal("window not exposed");
    MergePage *page = m_window->mergePage();
    if (page)
        m_window->showWorkArea(page);
    return page;
}

void TestMergePage::closeWindow()
{
    std::shared_ptr<Session> session = m_window ? m_window->session() : nullptr;
    m_window.reset();
    if (m_runner)
        releaseSession(*m_runner, std::move(session));
    m_runner.reset();
}

void TestMergePage::cleanup()
{
    closeWindow();
}

void TestMergePage::cleanupTestCase()
{
    closeWindow();
    m_db.reset();
}

void TestMergePage::clickRow(QTableWidget *table, int row)
{
    QTableWidgetItem *item = table->item(row, 0);
    QVERIFY(item);
    table->scrollToItem(item);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(item).center());
    QTRY_COMPARE(table->currentRow(), row);
}

int TestMergePage::rowOfRequest(qint64 id)
{
    QTableWidget *requests = m_window->mergePage()->requests();
    for (int r = 0; r < requests->rowCount(); ++r)
        if (requests->item(r, 0) && requests->item(r, 0)->data(Qt::UserRole).toLongLong() == id)
            return r;
    return -1;
}

void TestMergePage::requestFromTheFinderWithPreview()
{
    MergePage *page = openAs(m_reviewer);
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->candidates()->rowCount(), 4, 15000);
    QTRY_VERIFY(!page->findChild<QLabel *>(QStringLiteral("mergeCounts"))->text().isEmpty());
    // The watch list shows the delegation expiring in 10 days, and none expiring later than 30 days from now.
    QTRY_VERIFY_WITH_TIMEOUT(page->expiring()->rowCount() >= 1, 15000);
    QVERIFY(page->expiring()->item(0, 1)->text().contains(QLatin1String("colleague01")));
    for (int r = 0; r < page->expiring()->rowCount(); ++r) {
        const QString expires = page->expiring()->item(r, 4)->text();
        QVERIFY2(!expires.startsWith(QLatin1String("2099")) && !expires.startsWith(QLatin1String("2027-06")),
                 qPrintable(expires));
    }
    // No personal numbers on the page.
    for (int r = 0; r < page->candidates()->rowCount(); ++r)
        for (int c = 0; c < page->candidates()->columnCount(); ++c)
            QVERIFY(!page->candidates()->item(r, c)->text().contains(m_seed.idNumber));

    clickRow(page->candidates(), 0); // same ID number: dup_t (bound) and dup_s
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mergeRequestButton")), Qt::LeftButton);
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = test::visibleTopLevel(QStringLiteral("mergeRequestDialog"))) != nullptr);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("mergeSource"))->text(), QStringLiteral("dup_s"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("mergeTarget"))->text(), QStringLiteral("dup_t"));
    auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("mergeSubmit"));
    QVERIFY(!submit->isEnabled()); // preview first
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("mergePreviewButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), 15000);
    const QString preview = dialog->findChild<QTextBrowser *>(QStringLiteral("mergePreview"))->toPlainText();
    // The conflict, with the delegation that ends under "the later expiry is kept".
    QVERIFY2(preview.contains(QString::number(m_seed.d2)), qPrintable(preview));
    test::saveScreenshot(dialog, QStringLiteral("merge-request-preview"));
    // Without a reason nothing is requested.
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY(!dialog->findChild<QLabel *>(QStringLiteral("mergeDialogMessage"))->text().isEmpty());
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM account_merge")), QStringLiteral("0"));
    test::typeInto(dialog, QStringLiteral("mergeReason"), QStringLiteral("registered twice"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!test::visibleTopLevel(QStringLiteral("mergeRequestDialog")), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(page->requests()->rowCount(), 1, 15000);
    m_mergeId = one(QStringLiteral("SELECT id FROM account_merge")).toLongLong();
    QCOMPARE(one(QStringLiteral("SELECT requested_by || ':' || state FROM account_merge WHERE id = ?"), {m_mergeId}),
             m_reviewer.member.login + QStringLiteral(":requested"));
    test::saveScreenshot(m_window.get(), QStringLiteral("merge-page"));
}

void TestMergePage::requesterCannotApprove()
{
    MergePage *page = openAs(m_reviewer);
    QTRY_COMPARE_WITH_TIMEOUT(page->requests()->rowCount(), 1, 15000);
    // A reviewer has no approval button to press.
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("mergeApprove"))->isEnabled());
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("mergeUndo"))->isEnabled());
}

void TestMergePage::supervisorApprovesAndRequestsTheUndo()
{
    QVERIFY(m_mergeId);
    MergePage *page = openAs(m_sup1);
    QTRY_COMPARE_WITH_TIMEOUT(page->requests()->rowCount(), 1, 15000);
    clickRow(page->requests(), 0);
    QSignalSpy decided(page, &MergePage::decisionFinished);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mergeApprove")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 15000);
    QVERIFY2(decided.first().first().toBool(),
             qPrintable(page->findChild<QLabel *>(QStringLiteral("mergeMessage"))->text()));
    QCOMPARE(one(QStringLiteral("SELECT state || ':' || approved_by FROM account_merge WHERE id = ?"), {m_mergeId}),
             QStringLiteral("applied:") + m_sup1.member.login);
    QCOMPARE(one(QStringLiteral("SELECT account_status FROM account WHERE id = ?"), {m_seed.source}),
             QStringLiteral("merged"));
    // The finder no longer lists the merged pair.
    QTRY_COMPARE_WITH_TIMEOUT(page->candidates()->rowCount(), 3, 15000);

    // The undo: asked with a reason by this supervisor...
    QTRY_VERIFY(rowOfRequest(m_mergeId) >= 0);
    clickRow(page->requests(), rowOfRequest(m_mergeId));
    test::whenTopLevelAppears(QStringLiteral("mergeReasonDialog"), [](QWidget *w) {
        auto *input = qobject_cast<QInputDialog *>(w);
        input->setTextValue(QStringLiteral("two different people"));
        input->accept();
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mergeUndo")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 2, 15000);
    QVERIFY2(decided.at(1).first().toBool(), qPrintable(page->findChild<QLabel *>(QStringLiteral("mergeMessage"))->text()));
    m_undoId = one(QStringLiteral("SELECT id FROM account_merge WHERE undoes_id = ?"), {m_mergeId}).toLongLong();
    QVERIFY(m_undoId);
    // ...who cannot approve it.
    QTRY_VERIFY_WITH_TIMEOUT(rowOfRequest(m_undoId) >= 0, 15000);
    clickRow(page->requests(), rowOfRequest(m_undoId));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mergeApprove")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 3, 15000);
    QVERIFY(!decided.at(2).first().toBool());
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("mergeMessage"))->text().isEmpty());
    QCOMPARE(one(QStringLiteral("SELECT state FROM account_merge WHERE id = ?"), {m_undoId}), QStringLiteral("requested"));
}

void TestMergePage::secondSupervisorApprovesTheUndo()
{
    QVERIFY(m_undoId);
    MergePage *page = openAs(m_sup2);
    QTRY_VERIFY_WITH_TIMEOUT(rowOfRequest(m_undoId) >= 0, 15000);
    clickRow(page->requests(), rowOfRequest(m_undoId));
    QSignalSpy decided(page, &MergePage::decisionFinished);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mergeApprove")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 15000);
    QVERIFY2(decided.first().first().toBool(),
             qPrintable(page->findChild<QLabel *>(QStringLiteral("mergeMessage"))->text()));
    QCOMPARE(one(QStringLiteral("SELECT state FROM account_merge WHERE id = ?"), {m_mergeId}), QStringLiteral("reverted"));
    QCOMPARE(test::dumpMergeTables(*m_db), m_before);
    QTRY_COMPARE_WITH_TIMEOUT(page->candidates()->rowCount(), 4, 15000);
}

void TestMergePage::organizationPeopleInTheAccountDetail()
{
    // A handler not yet activated (待激活) whose delegation has expired, and an administrator of the organization.
    test::AccountSeed pending = test::accountSeed(QStringLiteral("handler_pending"), QStringLiteral("person"),
                                                  QStringLiteral("周八"));
    pending.accountStatus = QStringLiteral("pending_activation");
    const qint64 handler = test::insertAccount(*m_db, pending);
    test::insertRow(*m_db,
                    QStringLiteral("INSERT INTO delegation (organization_id, person_id, business_system_id, role, "
                                   "granted_at, expires_at) VALUES (?, ?, 4, 'handler', ?, ?)"),
                    {m_seed.org, handler, QStringLiteral("2024-01-01T00:00:00.000Z"),
                     QStringLiteral("2025-01-01T00:00:00.000Z")});
    openAs(m_reviewer);
    auto *box = m_window->findChild<QLineEdit *>(QStringLiteral("lookupSearch"));
    QVERIFY(box);
    m_window->showWorkArea(m_window->lookupPage());
    box->setFocus();
    test::typeText(box, QStringLiteral("org_dup"));
    QTest::keyClick(box, Qt::Key_Return);
    QTableWidget *delegations = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((delegations = m_window->findChild<QTableWidget *>(QStringLiteral("detailDelegations")))
                                 != nullptr,
                             15000);
    QTRY_VERIFY_WITH_TIMEOUT(delegations->rowCount() >= 5, 15000);
    bool sawExpired = false, sawAdmin = false;
    for (int r = 0; r < delegations->rowCount(); ++r) {
        const QString person = delegations->item(r, 0)->text();
        const QString state = delegations->item(r, delegations->columnCount() - 1)->text();
        if (person.contains(QLatin1String("handler_pending"))) {
            sawExpired = state.contains(QStringLiteral("授权已过期"))
                         && state.contains(AccountDetailPanel::tr("account pending activation"));
            QVERIFY2(sawExpired, qPrintable(state));
        }
        if (person.contains(QLatin1String("dup_s")))
            sawAdmin = delegations->item(r, 2)->text() == AccountDetailPanel::tr("%1 (administrator)").arg(QStringLiteral("admin"));
    }
    QVERIFY(sawExpired);
    QVERIFY(sawAdmin);
    test::saveScreenshot(m_window.get(), QStringLiteral("organization-people"));
}

void TestMergePage::peopleListsForASupervisor()
{
    // handler_pending (added above): an expired delegation of org_dup, and an account pending activation.
    MergePage *page = openAs(m_sup1);
    QVERIFY(page);
    QVERIFY(page->peopleTabs());
    QCOMPARE(page->peopleTabs()->count(), 3);
    page->peopleTabs()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(page->handlers()->rowCount() >= 6, 15000);
    bool sawAdmin = false, sawExpired = false, sawLongTerm = false;
    for (int r = 0; r < page->handlers()->rowCount(); ++r) {
        const QString person = page->handlers()->item(r, 1)->text();
        if (person.contains(QLatin1String("dup_s")) && page->handlers()->item(r, 3)->text() == QLatin1String("admin"))
            sawAdmin = page->handlers()->item(r, 4)->text() == MergePage::tr("yes");
        if (person.contains(QLatin1String("handler_pending")))
            sawExpired = page->handlers()->item(r, 6)->text() == MergePage::tr("expired");
        if (page->handlers()->item(r, 5)->text().contains(MergePage::tr("long-term")))
            sawLongTerm = true;
    }
    QVERIFY(sawAdmin);
    QVERIFY(sawExpired);
    QVERIFY(sawLongTerm);
    QVERIFY(page->handlers()->item(0, 0)->text().contains(QLatin1String("org_dup")));
    page->peopleTabs()->setCurrentIndex(2);
    QTRY_VERIFY_WITH_TIMEOUT(page->pending()->rowCount() >= 1, 15000);
    bool sawPending = false;
    for (int r = 0; r < page->pending()->rowCount(); ++r) {
        if (page->pending()->item(r, 0)->text() == QLatin1String("handler_pending")) {
            sawPending = true;
            QCOMPARE(page->pending()->item(r, 1)->text(), QStringLiteral("周八"));
            QVERIFY(page->pending()->item(r, 4)->text().contains(QLatin1String("org_dup")));
        }
    }
    QVERIFY(sawPending);
    test::saveScreenshot(m_window.get(), QStringLiteral("merge-people-lists"));
}

void TestMergePage::transferFromTheDialog()
{
    QTemporaryDir dir;
    const QString pdf = test::writeFile(dir.filePath(QStringLiteral("declaration.pdf")), test::minimalPdf());
    MergePage *page = openAs(m_reviewer);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mergeTransferButton")), Qt::LeftButton);
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = test::visibleTopLevel(QStringLiteral("transferRequestDialog"))) != nullptr);
    test::typeInto(dialog, QStringLiteral("transferFrom"), QStringLiteral("leaver01"));
    test::typeInto(dialog, QStringLiteral("transferTo"), QStringLiteral("colleague01"));
    test::typeInto(dialog, QStringLiteral("transferProjects"), QString::number(m_seed.leaverP1));
    auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("transferSubmit"));
    // Without the declaration the request is refused, nothing recorded.
    auto *transfer = qobject_cast<TransferRequestDialog *>(dialog);
    QVERIFY(transfer);
    QSignalSpy finished(transfer, &TransferRequestDialog::requestFinished);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(!finished.first().first().toBool());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("transferMessage"))->text().isEmpty());
    test::typeInto(dialog, QStringLiteral("transferEvidence"), pdf);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!test::visibleTopLevel(QStringLiteral("transferRequestDialog")), 15000);
    QCOMPARE(one(QStringLiteral("SELECT kind || ':' || state || ':' || project_ids FROM account_merge "
                                "WHERE kind = 'transfer'")),
             QStringLiteral("transfer:requested:") + QString::number(m_seed.leaverP1));
}

QTEST_MAIN(TestMergePage)
#include "tst_mergepage.moc"
