// The reviewers' appeal queue through the real widgets, offscreen, on SQLite and PostgreSQL: the queue lists
// appeals most urgent first with counts per state and filters; Ctrl+N claims the most urgent one and opens the
// workspace with the matching account compared field by field, the checks and the documents; the reviewer
// approves (the password goes to the SMS outbox only, hashed on the account), rejects with a reason template,
// asks for documents; an appeal someone else holds cannot be decided here.
#include "UiTestKit.h"

#include "TestData.h"
#include "TestDatabase.h"
#include "TestDocuments.h"
#include "appeals/AppealQueuePage.h"
#include "appeals/AppealWorkspace.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "demo/SampleDocuments.h"
#include "domain/Identifiers.h"
#include "items/AppealListModel.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "widgets/DocumentViewer.h"
#include "widgets/PagedTableView.h"
#include "workflow/AppealService.h"
#include "workflow/Session.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace desk;

namespace {

using test::residentId;

QString scalarText(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
    if (!q)
        qFatal("query failed: %s", qPrintable(q.error().message));
    const QString v = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return v;
}

// Presses the button of the next modal message box that appears.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button]() {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        }
    });
    timer->start();
}

} // namespace

class TestAppealQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void queueListsMostUrgentFirstWithCounts();
    void filtersApplyInTheDatabase();
    void nextClaimsAndOpensTheWorkspace();
    void approveSendsThePasswordBySmsOnly();
    void rejectWithATemplate();
    void askForDocumentsPausesTheDeadline();
    void someoneElsesAppealCannotBeDecided();
    void cleanupTestCase();

private:
    qint64 fileAppeal(const QString &name, const QString &idNumber, const QString &phone, int daysAgo);
    void waitForList();
    void claimNextWithKeys();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<TaskRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    std::shared_ptr<Session> m_agent;
    std::shared_ptr<Session> m_otherReviewer;
    AppealQueuePage *m_page = nullptr;
    QByteArray m_front;
    QByteArray m_back;
    qint64 m_oldest = 0;    // submitted first: due first
    qint64 m_account = 0;   // the person account the oldest appeal is about
    QString m_accountIdNumber;
};

qint64 TestAppealQueue::fileAppeal(const QString &name, const QString &idNumber, const QString &phone, int daysAgo)
{
    AppealSubmission s;
    s.type = QStringLiteral("person_recovery");
    s.submittedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    s.fields = QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("identity_region"), QStringLiteral("mainland")},
                           {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                           {QStringLiteral("id_number"), idNumber},
                           {QStringLiteral("phone"), phone}};
    s.documents = {{QStringLiteral("id_front"), QStringLiteral("front.jpg"), m_front},
                   {QStringLiteral("id_back"), QStringLiteral("back.jpg"), m_back}};
    auto id = AppealService(m_agent).file(s);
    if (!id)
        qFatal("filing failed: %s", qPrintable(id.error().message));
    return *id;
}

void TestAppealQueue::initTestCase()
{
    test::prepareGuiTest();
    m_db = test::openTestDatabase();
    const test::StaffLogin reviewer = test::addStaff(*m_db, StaffRole::Reviewer);
    const test::StaffLogin other = test::addStaff(*m_db, StaffRole::Reviewer);
    const test::StaffLogin agent = test::addStaff(*m_db, StaffRole::Agent);
    const DatabaseUrl url = test::lastTestDatabaseUrl();
    auto agentSession = AuthService::signIn(url, agent.member.login, agent.password);
    QVERIFY2(agentSession.ok(), agentSession.ok() ? "" : qPrintable(agentSession.error().message));
    m_agent = *agentSession;
    auto otherSession = AuthService::signIn(url, other.member.login, other.password);
    QVERIFY(otherSession.ok());
    m_otherReviewer = *otherSession;

    QVERIFY(SampleDocuments::canRender());
    m_front = SampleDocuments::render(SampleDocuments::Kind::IdFront, {});
    m_back = SampleDocuments::render(SampleDocuments::Kind::IdBack, {});
    QVERIFY(!m_front.isEmpty() && !m_back.isEmpty());

    m_accountIdNumber = residentId("11010519900307451");
    test::AccountSeed person = test::accountSeed(QStringLiteral("liuyang2020"), QStringLiteral("person"),
                                                 QStringLiteral("刘洋"));
    person.idNumber = m_accountIdNumber;
    person.phone = QStringLiteral("13900001111");
    person.realNameStatus = QStringLiteral("verified_national");
    m_account = test::insertAccount(*m_db, person);

    // The oldest appeal is about 刘洋 and gives another phone (a mismatch to see); the others match nobody.
    m_oldest = fileAppeal(QStringLiteral("刘洋"), m_accountIdNumber, QStringLiteral("15512346621"), 6);
    fileAppeal(QStringLiteral("王芳"), residentId("11010119850101123"), QStringLiteral("15500000002"), 1);
    fileAppeal(QStringLiteral("张伟"), residentId("11010119850101124"), QStringLiteral("15500000003"), 0);
    fileAppeal(QStringLiteral("赵磊"), residentId("11010119850101125"), QStringLiteral("15500000004"), 0);

    auto session = AuthService::signIn(url, reviewer.member.login, reviewer.password);
    QVERIFY(session.ok());
    m_runner = std::make_unique<TaskRunner>();
    m_window = std::make_unique<MainWindow>(*session, *m_runner);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = m_window->appealQueuePage();
    QVERIFY(m_page);
    m_window->showWorkArea(m_page);
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
}

void TestAppealQueue::cleanupTestCase()
{
    std::shared_ptr<Session> session = m_window ? m_window->session() : nullptr;
    m_window.reset();
    if (m_runner)
        releaseSession(*m_runner, std::move(session));
    m_runner.reset();
    m_agent.reset();
    m_otherReviewer.reset();
    m_db.reset();
}

void TestAppealQueue::waitForList()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 15000);
}

void TestAppealQueue::claimNextWithKeys()
{
    if (m_page->isShowingWorkspace())
        m_page->showQueue();
    m_window->activateWindow(); // a message box or dialog may have had the focus
    QTRY_VERIFY(m_window->isActiveWindow());
    m_page->list()->setFocus();
    QSignalSpy claimed(m_page, &AppealQueuePage::claimFinished);
    QSignalSpy loaded(m_page->workspace(), &AppealWorkspace::loaded);
    QTest::keyClick(m_page->list(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(claimed.count(), 1, 15000);
    QVERIFY(claimed.first().first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 15000);
}

void TestAppealQueue::queueListsMostUrgentFirstWithCounts()
{
    waitForList();
    AppealListModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 4); // the "new" tab
    QCOMPARE(model->appealIdAt(0), m_oldest);
    // The oldest appeal is past its two business days: shown as overdue.
    QCOMPARE(model->index(0, 0).data(AppealListModel::SlaStateRole).toString(), QStringLiteral("overdue"));
    // Personal data masked in the list.
    const QString identifier = model->index(0, int(AppealListModel::Column::Identifier)).data().toString();
    QCOMPARE(identifier, ids::maskIdNumber(m_accountIdNumber));
    auto *tabs = m_page->findChild<QTabBar *>(QStringLiteral("appealStates"));
    QTRY_VERIFY(tabs->tabText(0).contains(QStringLiteral("(4)")));
    test::saveScreenshot(m_window.get(), QStringLiteral("appeal-queue"));
}

void TestAppealQueue::filtersApplyInTheDatabase()
{
    auto *sla = m_page->findChild<QComboBox *>(QStringLiteral("appealSlaFilter"));
    sla->setCurrentIndex(sla->findData(QStringLiteral("overdue")));
    waitForList();
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->appealIdAt(0), m_oldest);
    sla->setCurrentIndex(0);

    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("appealSearch"));
    search->setFocus();
    test::typeText(search, QStringLiteral("王芳"));
    QTest::keyClick(search, Qt::Key_Return);
    waitForList();
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    search->clear();
    waitForList();
    QTRY_COMPARE(m_page->model()->rowCount(), 4);
}

void TestAppealQueue::nextClaimsAndOpensTheWorkspace()
{
    claimNextWithKeys();
    AppealWorkspace *ws = m_page->workspace();
    QVERIFY(m_page->isShowingWorkspace());
    QCOMPARE(ws->appealId(), m_oldest); // the most urgent
    QVERIFY(ws->review().heldByMe);
    QCOMPARE(ws->review().candidates.size(), 1);
    QCOMPARE(ws->review().candidates.first().account.id, m_account);
    // The phone differs from the account's: highlighted, and both values masked.
    auto *comparison = ws->findChild<QTableWidget *>(QStringLiteral("appealComparison"));
    bool phoneDiffers = false;
    for (int r = 0; r < comparison->rowCount(); ++r) {
        const QString appealValue = comparison->item(r, 1)->text();
        if (appealValue == ids::maskPhone(u"15512346621")) {
            phoneDiffers = comparison->item(r, 3)->text() != ws->tr("same");
            QCOMPARE(comparison->item(r, 2)->text(), ids::maskPhone(u"13900001111"));
        }
        QVERIFY(!comparison->item(r, 1)->text().contains(m_accountIdNumber));
    }
    QVERIFY(phoneDiffers);
    QVERIFY(ws->findChild<QListWidget *>(QStringLiteral("appealVerdicts"))->count() > 0);
    // The history names the claim in words, not as a code.
    auto *history = ws->findChild<QTableWidget *>(QStringLiteral("appealHistory"));
    bool claimShown = false;
    for (int r = 0; r < history->rowCount(); ++r)
        claimShown = claimShown
            || history->item(r, 2)->text() == QCoreApplication::translate("desk::LookupLabels", "Appeal claimed");
    QVERIFY(claimShown);
    // The documents: two pictures, decoded off the GUI thread; Alt+PageDown moves to the second.
    QCOMPARE(ws->viewer()->count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(ws->viewer()->isImageShown(), 15000);
    QTest::keyClick(ws->findChild<QListWidget *>(QStringLiteral("appealCandidates")), Qt::Key_PageDown,
                    Qt::AltModifier);
    QCOMPARE(ws->viewer()->currentIndex(), 1);
    test::saveScreenshot(m_window.get(), QStringLiteral("appeal-workspace"));
}

void TestAppealQueue::approveSendsThePasswordBySmsOnly()
{
    AppealWorkspace *ws = m_page->workspace();
    QSignalSpy decided(ws, &AppealWorkspace::decided);
    // The decision keys act once the workspace is no longer busy loading the appeal (slow on a loaded machine).
    QTRY_VERIFY_WITH_TIMEOUT(ws->findChild<QPushButton *>(QStringLiteral("appealApprove"))->isEnabled(), 15000);
    answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(ws->findChild<QListWidget *>(QStringLiteral("appealCandidates")), Qt::Key_A,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 15000);
    QCOMPARE(decided.first().at(1).toString(), QStringLiteral("approved"));
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT state FROM appeal WHERE id = ?"), {m_oldest}),
             QStringLiteral("approved"));
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT must_change_password FROM account WHERE id = ?"), {m_account})
                 .toLower()
                 .left(1),
             test::usingPostgres() ? QStringLiteral("t") : QStringLiteral("1"));
    const QString preview = scalarText(*m_db, QStringLiteral("SELECT preview FROM sms_outbox WHERE appeal_id = ?"),
                                       {m_oldest});
    QVERIFY2(preview.contains(AppealService::passwordMask()), qPrintable(preview));
    QVERIFY(preview.contains(QStringLiteral("liuyang2020")));
    // Nothing on screen shows the password: the workspace shows the decision only.
    const QString body = scalarText(*m_db, QStringLiteral("SELECT body FROM sms_outbox WHERE appeal_id = ?"), {m_oldest});
    QVERIFY(body != preview);
    for (QLabel *label : ws->findChildren<QLabel *>())
        QVERIFY(label->text().isEmpty() || !body.contains(label->text()) || label->text().size() < 8);
}

void TestAppealQueue::rejectWithATemplate()
{
    claimNextWithKeys();
    AppealWorkspace *ws = m_page->workspace();
    const qint64 id = ws->appealId();
    QVERIFY(id != m_oldest);
    QVERIFY(ws->review().candidates.isEmpty()); // nobody matches: "register anew"
    QSignalSpy decided(ws, &AppealWorkspace::decided);
    QTRY_VERIFY_WITH_TIMEOUT(ws->findChild<QPushButton *>(QStringLiteral("appealReject"))->isEnabled(), 15000);
    test::whenTopLevelAppears(QStringLiteral("appealReasonDialog"), [](QWidget *dialog) {
        auto *reasons = dialog->findChild<QComboBox *>(QStringLiteral("appealReasonTemplate"));
        reasons->setCurrentIndex(reasons->findData(QStringLiteral("no_account")));
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("appealReasonText"));
        text->setFocus();
        test::typeText(text, QStringLiteral("请在平台重新注册"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("appealReasonPreview"))->text().contains(
            QStringLiteral("重新注册")));
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::keyClick(ws->findChild<QListWidget *>(QStringLiteral("appealCandidates")), Qt::Key_R,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 15000);
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT state FROM appeal WHERE id = ?"), {id}),
             QStringLiteral("rejected"));
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT reason_code FROM appeal WHERE id = ?"), {id}),
             QStringLiteral("no_account"));
    QVERIFY(scalarText(*m_db, QStringLiteral("SELECT preview FROM sms_outbox WHERE appeal_id = ?"), {id})
                .contains(QStringLiteral("请在平台重新注册")));
}

void TestAppealQueue::askForDocumentsPausesTheDeadline()
{
    claimNextWithKeys();
    AppealWorkspace *ws = m_page->workspace();
    const qint64 id = ws->appealId();
    QSignalSpy decided(ws, &AppealWorkspace::decided);
    // The workspace takes decisions once the claimed appeal has loaded (slow on a busy machine).
    QTRY_VERIFY_WITH_TIMEOUT(ws->findChild<QPushButton *>(QStringLiteral("appealReject"))->isEnabled(), 15000);
    ws->askForDocuments(QStringLiteral("unclear_image"), QString());
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 15000);
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT state FROM appeal WHERE id = ?"), {id}),
             QStringLiteral("waiting_for_user"));
    QVERIFY(scalarText(*m_db, QStringLiteral("SELECT due_at FROM appeal WHERE id = ?"), {id}).isEmpty());
    QVERIFY(!scalarText(*m_db, QStringLiteral("SELECT sla_remaining_seconds FROM appeal WHERE id = ?"), {id}).isEmpty());
    // Back in the queue, the "waiting" tab lists it with a paused deadline.
    QTest::keyClick(ws->findChild<QListWidget *>(QStringLiteral("appealCandidates")), Qt::Key_Escape);
    QVERIFY(!m_page->isShowingWorkspace());
    m_page->findChild<QTabBar *>(QStringLiteral("appealStates"))->setCurrentIndex(2);
    waitForList();
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->index(0, 0).data(AppealListModel::SlaStateRole).toString(), QStringLiteral("paused"));
    m_page->findChild<QTabBar *>(QStringLiteral("appealStates"))->setCurrentIndex(0);
}

void TestAppealQueue::someoneElsesAppealCannotBeDecided()
{
    auto held = AppealService(m_otherReviewer).claimNext();
    QVERIFY2(held.ok(), held.ok() ? "" : qPrintable(held.error().message));
    m_page->openAppeal(held->id);
    AppealWorkspace *ws = m_page->workspace();
    QTRY_VERIFY_WITH_TIMEOUT(!ws->isLoading() && ws->appealId() == held->id && ws->review().appeal.id == held->id,
                             15000);
    QVERIFY(!ws->review().heldByMe);
    for (const char *name : {"appealApprove", "appealReject", "appealAskDocuments", "appealWorkspaceClaim"})
        QVERIFY2(!ws->findChild<QPushButton *>(QString::fromLatin1(name))->isEnabled(), name);
    QVERIFY(ws->findChild<QLabel *>(QStringLiteral("appealStatus"))->text().contains(m_otherReviewer->staff().login));
    // Deciding behind the buttons' back is refused by the service too.
    ws->reject(QStringLiteral("other"), QString());
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT state FROM appeal WHERE id = ?"), {held->id}),
             QStringLiteral("claimed"));
}

QTEST_MAIN(TestAppealQueue)
#include "tst_appealqueue.moc"
