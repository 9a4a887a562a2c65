// The main window as a help-desk agent uses it: sign in through the dialog, look up an organization by
// USCC and persons by name, open the detail, reveal an ID number with a reason and find the audit entry
// in the history. Widgets are found by objectName and driven with keys and clicks.
#include "UiTestKit.h"

#include "TestData.h"
#include "TestDatabase.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "domain/Identifiers.h"
#include "lookup/AccountDetailPanel.h"
#include "lookup/LookupPage.h"
#include "shell/DeskSettings.h"
#include "shell/MainWindow.h"
#include "shell/SignInDialog.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "widgets/PagedTableView.h"
#include "workflow/Session.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace desk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shellShowsStaffRoleAndDatabase();
    void findsOrganizationByUscc();
    void findsPersonsByNamePrefix();
    void revealAsksForReasonAndIsAudited();
    void headersSortInTheDatabase();
    void invalidInputIsExplainedNotSearched();
    void badCheckCharacterWarnsButSearches();
    void keyboard();
    void settingsStoreTheLanguage();
    void signOutIsOffered();
    void cleanupTestCase();

private:
    void search(const QString &text);
    QAbstractItemModel *results() const;
    QLabel *label(const QString &name) const;
    QString textOf(const QString &labelName) const; // empty while the label does not exist
    bool historyContains(const QString &text) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<TaskRunner> m_runner;
    test::StaffLogin m_staff;
    std::unique_ptr<MainWindow> m_window;
    QString m_personId;   // ID number of 张三
    QString m_legalRepId; // of the organization's legal representative
    qint64 m_orgId = 0;
    qint64 m_personAccount = 0;
};

void TestMainWindow::initTestCase()
{
    test::prepareGuiTest();
    m_db = test::openTestDatabase();
    m_staff = test::addStaff(*m_db, StaffRole::Agent);

    const QString personFirst17 = QStringLiteral("11010519491231002");
    m_personId = personFirst17 + ids::residentIdCheckCharacter(personFirst17);
    const QString repFirst17 = QStringLiteral("41010519800101123");
    m_legalRepId = repFirst17 + ids::residentIdCheckCharacter(repFirst17);
    QVERIFY(ids::isValidResidentId(m_personId));
    QVERIFY(ids::isValidUscc(QStringLiteral("91110108MA01ET88XL")));

    test::AccountSeed person;
    person.login = QStringLiteral("15500006621");
    person.name = QStringLiteral("张三");
    person.idNumber = m_personId;
    person.phone = QStringLiteral("15500006621");
    person.realNameStatus = QStringLiteral("verified_national");
    m_personAccount = test::insertAccount(*m_db, person);

    test::AccountSeed namesake;
    namesake.login = QStringLiteral("zhangsanfeng");
    namesake.name = QStringLiteral("张三丰");
    namesake.phone = QStringLiteral("13900001111");
    test::insertAccount(*m_db, namesake);

    test::AccountSeed other;
    other.login = QStringLiteral("lisi_2020");
    other.name = QStringLiteral("李四");
    test::insertAccount(*m_db, other);

    test::AccountSeed org;
    org.login = QStringLiteral("91110108MA01ET88XL");
    org.kind = QStringLiteral("organization");
    org.name = QStringLiteral("北京星河智联科技有限公司");
    org.uscc = org.login;
    org.phone = QStringLiteral("15512346621");
    org.realNameStatus = QStringLiteral("verified_national");
    m_orgId = test::insertAccount(*m_db, org);

    // Organization details, a delegation to 张三, a project, a Torch link and an account event.
    auto ok = [](const auto &r) {
        if (!r)
            qFatal("seeding failed: %s", qPrintable(r.error().message));
    };
    ok(m_db->exec(
        QStringLiteral("UPDATE account SET organization_type = ?, legal_rep_name = ?, legal_rep_id_number = ?, "
                       "primary_agent_id = ? WHERE id = ?"),
        {QStringLiteral("enterprise"), QStringLiteral("王五"), m_legalRepId, m_personAccount, m_orgId}));
    ok(m_db->exec(
        QStringLiteral("INSERT INTO delegation (organization_id, person_id, business_system_id, role, granted_at) "
                       "SELECT ?, ?, id, ?, ? FROM business_system WHERE code = 'hte'"),
        {m_orgId, m_personAccount, QStringLiteral("事项办理员"), QStringLiteral("2024-03-02T09:00:00.000Z")}));
    ok(m_db->exec(
        QStringLiteral("INSERT INTO project (account_id, business_system_id, reference, title, status, created_at) "
                       "SELECT ?, id, ?, ?, ?, ? FROM business_system WHERE code = 'hte'"),
        {m_orgId, QStringLiteral("GX2024-0001"), QStringLiteral("高新技术企业认定申请"), QStringLiteral("submitted"),
         QStringLiteral("2024-04-01T10:00:00.000Z")}));
    ok(m_db->exec(QStringLiteral("INSERT INTO legacy_account (system, legacy_login, kind, name, uscc, migration_case, "
                                 "platform_account_id, migrated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {QStringLiteral("torch"), org.login, QStringLiteral("organization"), org.name, org.uscc,
                   QStringLiteral("O1"), m_orgId, QStringLiteral("2024-01-15T02:00:00.000Z")}));
    ok(m_db->exec(
        QStringLiteral("INSERT INTO account_event (account_id, occurred_at, kind, detail) VALUES (?, ?, ?, ?)"),
        {m_orgId, QStringLiteral("2024-03-01T08:00:00.000Z"), QStringLiteral("registered"),
         QStringLiteral("自助注册")}));

    m_runner = std::make_unique<TaskRunner>();

    // Sign in the way a user does.
    NoCredentialStore keychain;
    SignInDialog dialog(*m_runner, keychain);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    test::typeInto(&dialog, QStringLiteral("databaseUrl"), test::lastTestDatabaseUrl().toString());
    test::typeInto(&dialog, QStringLiteral("login"), m_staff.member.login);
    test::typeInto(&dialog, QStringLiteral("password"), m_staff.password);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    QVERIFY(dialog.session());

    m_window = std::make_unique<MainWindow>(dialog.session(), *m_runner);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanupTestCase()
{
    std::shared_ptr<Session> session = m_window ? m_window->session() : nullptr;
    m_window.reset();
    if (m_runner)
        releaseSession(*m_runner, std::move(session));
    m_runner.reset();
    m_db.reset();
}

QAbstractItemModel *TestMainWindow::results() const
{
    return m_window->findChild<PagedTableView *>(QStringLiteral("lookupResults"))->model();
}

QLabel *TestMainWindow::label(const QString &name) const
{
    auto *l = m_window->findChild<QLabel *>(name);
    if (!l)
        qFatal("no label %s", qPrintable(name));
    return l;
}

QString TestMainWindow::textOf(const QString &labelName) const
{
    auto *l = m_window->findChild<QLabel *>(labelName);
    return l ? l->text() : QString();
}

void TestMainWindow::search(const QString &text)
{
    auto *box = m_window->findChild<QLineEdit *>(QStringLiteral("lookupSearch"));
    box->setFocus();
    box->selectAll();
    QTest::keyClick(box, Qt::Key_Backspace);
    test::typeText(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

bool TestMainWindow::historyContains(const QString &text) const
{
    auto *history = m_window->findChild<QTableWidget *>(QStringLiteral("detailHistory"));
    if (!history)
        return false;
    for (int r = 0; r < history->rowCount(); ++r)
        for (int c = 0; c < history->columnCount(); ++c)
            if (history->item(r, c) && history->item(r, c)->text().contains(text))
                return true;
    return false;
}

void TestMainWindow::shellShowsStaffRoleAndDatabase()
{
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    // An agent's areas: the look-up and the Torch migration answers; the reviewers', supervisors' and
    // administrators' areas are absent. Each area has its Ctrl+digit shortcut.
    QCOMPARE(navigation->count(), 2);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("账号查询"));
    const QString migration = QCoreApplication::translate("desk::MainWindow", "Torch migration");
    QVERIFY(migration != QLatin1String("Torch migration")); // translated
    QCOMPARE(navigation->item(1)->text(), migration);
    QVERIFY(!m_window->appealQueuePage());
    QVERIFY(!m_window->calendarPage());
    QVERIFY(!m_window->migrationRunPage());
    // Agents file appeals for callers from the File menu.
    auto *fileAppeal = m_window->findChild<QAction *>(QStringLiteral("actionFileAppeal"));
    QVERIFY(fileAppeal);
    QCOMPARE(fileAppeal->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QVERIFY(textOf(QStringLiteral("statusStaff")).contains(m_staff.member.login));
    QCOMPARE(textOf(QStringLiteral("statusRole")), staffRoleLabel(StaffRole::Agent));
    QCOMPARE(textOf(QStringLiteral("statusRole")), QStringLiteral("客服"));
    const QString database = textOf(QStringLiteral("statusDatabase"));
    QCOMPARE(database, m_window->session()->database().url().toString());
    QVERIFY(!database.contains(m_staff.password));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("身份服务台")));
}

void TestMainWindow::findsOrganizationByUscc()
{
    search(QStringLiteral("91110108MA01ET88XL"));
    QVERIFY(textOf(QStringLiteral("lookupRecognised")).contains(QStringLiteral("统一社会信用代码")));
    QTRY_COMPARE(results()->rowCount(), 1);
    QTRY_COMPARE(textOf(QStringLiteral("lookupCount")), QStringLiteral("1 个账号"));
    // A single match opens at once.
    QTRY_COMPARE(textOf(QStringLiteral("detailTitle")), QStringLiteral("北京星河智联科技有限公司"));
    QVERIFY(textOf(QStringLiteral("field_uscc")).startsWith(QStringLiteral("91110108MA01ET88XL")));
    QCOMPARE(textOf(QStringLiteral("field_legal_rep_name")), QStringLiteral("王五"));
    QCOMPARE(textOf(QStringLiteral("field_legal_rep_id_number")), ids::maskIdNumber(m_legalRepId));
    QCOMPARE(textOf(QStringLiteral("field_phone")), QStringLiteral("155****6621"));
    QVERIFY(textOf(QStringLiteral("field_primary_agent")).contains(QStringLiteral("张三")));
    auto *delegations = m_window->findChild<QTableWidget *>(QStringLiteral("detailDelegations"));
    QVERIFY(delegations);
    QCOMPARE(delegations->rowCount(), 1);
    QCOMPARE(delegations->item(0, 1)->text(), QStringLiteral("高新技术企业认定"));
    auto *legacy = m_window->findChild<QTableWidget *>(QStringLiteral("detailLegacy"));
    QVERIFY(legacy);
    QVERIFY(legacy->item(0, 2)->text().startsWith(QStringLiteral("O1")));
    QVERIFY(m_window->findChild<QTableWidget *>(QStringLiteral("detailProjects")));
    QVERIFY(historyContains(QStringLiteral("自助注册")));
}

void TestMainWindow::findsPersonsByNamePrefix()
{
    search(QStringLiteral("张三"));
    QTRY_COMPARE(results()->rowCount(), 2);
    QVERIFY(textOf(QStringLiteral("lookupRecognised")).contains(QStringLiteral("姓名")));
    QCOMPARE(textOf(QStringLiteral("lookupCount")), QStringLiteral("2 个账号"));
    // Sorted by name: 张三 before 张三丰. The detail panel waits for a choice.
    QCOMPARE(results()->index(0, 2).data().toString(), QStringLiteral("张三"));
    QCOMPARE(results()->index(1, 2).data().toString(), QStringLiteral("张三丰"));
    QCOMPARE(results()->index(0, 4).data().toString(), ids::maskIdNumber(m_personId));
    test::saveScreenshot(m_window.get(), QStringLiteral("name-search"));

    // Down arrow from the search box into the list, Enter opens the detail.
    auto *view = m_window->findChild<PagedTableView *>(QStringLiteral("lookupResults"));
    auto *box = m_window->findChild<QLineEdit *>(QStringLiteral("lookupSearch"));
    QTest::keyClick(box, Qt::Key_Down);
    QVERIFY(view->hasFocus());
    QCOMPARE(view->currentRow(), 0);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(textOf(QStringLiteral("detailTitle")), QStringLiteral("张三"));
    QCOMPARE(textOf(QStringLiteral("field_id_number")), ids::maskIdNumber(m_personId));
    QVERIFY(textOf(QStringLiteral("field_id_number")).contains(QStringLiteral("************")));
    QCOMPARE(textOf(QStringLiteral("field_phone")), QStringLiteral("155****6621"));
    // The person's delegation from the organization.
    auto *delegations = m_window->findChild<QTableWidget *>(QStringLiteral("detailDelegations"));
    QVERIFY(delegations);
    QVERIFY(delegations->item(0, 0)->text().contains(QStringLiteral("北京星河智联科技有限公司")));
}

void TestMainWindow::revealAsksForReasonAndIsAudited()
{
    auto *panel = m_window->findChild<AccountDetailPanel *>(QStringLiteral("accountDetail"));
    QCOMPARE(panel->accountId(), m_personAccount);
    auto *reveal = m_window->findChild<QPushButton *>(QStringLiteral("reveal_id_number"));
    QVERIFY(reveal);
    const QString reason = QStringLiteral("来电核实身份 工单 2024-118");

    bool answered = false;
    test::whenTopLevelAppears(QStringLiteral("revealDialog"), [&](QWidget *dialog) {
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("revealConfirm"));
        QVERIFY(!confirm->isEnabled()); // no reason, no reveal
        test::typeText(dialog->findChild<QLineEdit *>(QStringLiteral("revealReason")), reason);
        QVERIFY(confirm->isEnabled());
        test::saveScreenshot(dialog, QStringLiteral("reveal-dialog"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        answered = true;
    });
    QTest::mouseClick(reveal, Qt::LeftButton);
    QTRY_VERIFY(answered);
    QTRY_COMPARE(textOf(QStringLiteral("field_id_number")), m_personId);
    QVERIFY(!test::visibleTopLevel(QStringLiteral("revealDialog")));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("reveal_id_number")));
    // The phone stays masked; only what was asked for is revealed.
    QCOMPARE(textOf(QStringLiteral("field_phone")), QStringLiteral("155****6621"));

    // The audit entry is in the history, with the reason, and in the database.
    QTRY_VERIFY(historyContains(reason));
    QVERIFY(historyContains(m_staff.member.login));
    test::saveScreenshot(m_window.get(), QStringLiteral("after-reveal"));
    auto trail = AuditLog(*m_db).forEntity(QStringLiteral("account"), QString::number(m_personAccount));
    QVERIFY(trail);
    QCOMPARE(trail->size(), 1);
    QCOMPARE(trail->at(0).action, QStringLiteral("account.reveal"));
    QCOMPARE(trail->at(0).staffLogin, m_staff.member.login);
    QVERIFY(trail->at(0).afterJson.contains(reason));

    // Another account: masked again.
    search(QStringLiteral("15500006621"));
    QTRY_COMPARE(results()->rowCount(), 1);
    QTRY_COMPARE(textOf(QStringLiteral("field_id_number")), ids::maskIdNumber(m_personId));
}

void TestMainWindow::headersSortInTheDatabase()
{
    search(QStringLiteral("张三"));
    QTRY_COMPARE(results()->rowCount(), 2);
    auto *view = m_window->findChild<PagedTableView *>(QStringLiteral("lookupResults"));
    QHeaderView *header = view->horizontalHeader();
    auto clickHeader = [header](int section) {
        const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    const int name = 2;
    QCOMPARE(header->sortIndicatorSection(), name); // a name search is sorted by name
    clickHeader(name);                              // again: descending, in SQL
    QTRY_COMPARE(results()->rowCount(), 2);
    QTRY_COMPARE(results()->index(0, name).data().toString(), QStringLiteral("张三丰"));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // A column without an index cannot be sorted over millions of rows: the indicator stays on the real order.
    const int uscc = 3;
    clickHeader(uscc);
    QTRY_COMPARE(header->sortIndicatorSection(), name);
    QCOMPARE(results()->index(0, name).data().toString(), QStringLiteral("张三丰"));
}

void TestMainWindow::invalidInputIsExplainedNotSearched()
{
    search(QStringLiteral("张三"));
    QTRY_COMPARE(results()->rowCount(), 2);
    search(QStringLiteral("zhang@example.cn"));
    QTest::qWait(200);
    auto *recognised = label(QStringLiteral("lookupRecognised"));
    QVERIFY(recognised->text().contains(QStringLiteral("@")) || !recognised->text().isEmpty());
    QCOMPARE(results()->rowCount(), 2); // the previous list stays; nothing was searched
    const LookupQuery query = LookupQuery::parse(QStringLiteral("zhang@example.cn"));
    QCOMPARE(query.kind, LookupQuery::Kind::Invalid);
    QCOMPARE(recognised->text(), query.message);
}

void TestMainWindow::badCheckCharacterWarnsButSearches()
{
    search(QStringLiteral("91110108MA01ET88XA"));
    const LookupQuery query = LookupQuery::parse(QStringLiteral("91110108MA01ET88XA"));
    QCOMPARE(query.kind, LookupQuery::Kind::Code18);
    QVERIFY(textOf(QStringLiteral("lookupRecognised")).contains(query.warning));
    QTRY_COMPARE(textOf(QStringLiteral("lookupCount")), QStringLiteral("未找到账号"));
}

void TestMainWindow::keyboard()
{
    auto *box = m_window->findChild<QLineEdit *>(QStringLiteral("lookupSearch"));
    search(QStringLiteral("李四"));
    QTRY_COMPARE(results()->rowCount(), 1);
    // Shortcuts go to the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *view = m_window->findChild<PagedTableView *>(QStringLiteral("lookupResults"));
    view->setFocus();
    QVERIFY(!box->hasFocus());
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(box->hasFocus());
    QCOMPARE(box->selectedText(), QStringLiteral("李四"));
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(box->text().isEmpty());
    QCOMPARE(results()->rowCount(), 0);
    QVERIFY(label(QStringLiteral("detailMessage"))->isVisible());
}

void TestMainWindow::settingsStoreTheLanguage()
{
    QCOMPARE(DeskSettings::language(), QStringLiteral("zh_CN")); // the default
    bool saved = false;
    test::whenTopLevelAppears(QStringLiteral("settingsDialog"), [&](QWidget *dialog) {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("settingsSave")), Qt::LeftButton);
        saved = true;
    });
    m_window->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger(); // modal until saved
    QVERIFY(saved);
    QCOMPARE(DeskSettings::language(), QStringLiteral("en"));
    // Applied after a restart: the running window keeps its language.
    QCOMPARE(m_window->findChild<QListWidget *>(QStringLiteral("navigation"))->item(0)->text(),
             QStringLiteral("账号查询"));
    DeskSettings::setLanguage(QStringLiteral("zh_CN"));
}

void TestMainWindow::signOutIsOffered()
{
    auto *signOut = m_window->findChild<QAction *>(QStringLiteral("actionSignOut"));
    QVERIFY(signOut);
    QSignalSpy spy(m_window.get(), &MainWindow::signOutRequested);
    signOut->trigger();
    QCOMPARE(spy.count(), 1);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionSettings")));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionAbout")));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionQuit")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
