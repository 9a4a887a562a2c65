// The help desk's Torch migration page and the administrators' migration run, driven through the real widgets
// offscreen on SQLite and PostgreSQL: a look-up by USCC, phone and organization name answers with the case, the
// login, the window and the seed's words; the guidance is copied; a call is logged with the keyboard alone and
// shows in the account's history and the audit log; an administrator previews (nothing changes) and applies.
#include "UiTestKit.h"

#include "TestData.h"
#include "TestDatabase.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "migration/MigrationPage.h"
#include "migration/MigrationRunPage.h"
#include "shell/MainWindow.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "workflow/MigrationEngine.h"
#include "workflow/Session.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace desk;

namespace {

const QString kO3 = test::validUscc("91440300MA5DC7QW2"); // its USCC is a person's login on the platform
const QString kO4 = test::validUscc("91320500MA1MXK3P4"); // the organization already has another login
const QString kPending = test::validUscc("91500000MA5UQQQQ9");
const QString kO3Login = QStringLiteral("HJ_") + kO3; // the login O3 gives it

void legacy(Database &db, const QString &login, const char *kind, const char *name)
{
    test::LegacySeed seed;
    seed.login = login;
    seed.kind = QString::fromLatin1(kind);
    seed.name = QString::fromUtf8(name);
    if (seed.kind == QLatin1String("organization"))
        seed.uscc = login;
    else
        seed.phone = login;
    seed.passwordHash = QStringLiteral("legacyhash");
    test::insertLegacyAccount(db, seed);
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
    if (!q || !q->next())
        qFatal("query failed: %s", qPrintable(sql));
    const qint64 v = q->value(0).toLongLong();
    q->finish();
    return v;
}

} // namespace

class TestMigrationPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void answersByUsccWithTheKeyboard();
    void copiesGuidanceAndLogin();
    void logsACallWithTheKeyboardAlone();
    void opensTheAccountDetailWithTheCall();
    void answersByOrganizationName();
    void answersP0AndExplainsUnknownLogins();
    void administratorPreviewsThenApplies();
    void cleanupTestCase();

private:
    void lookUpWithKeys(const QString &text);
    void activateMainWindow(); // after a dialog closed, as the user clicking back into the window
    QString labelText(const QString &name) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<TaskRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    MigrationPage *m_page = nullptr;
    std::shared_ptr<Session> m_admin;
};

void TestMigrationPage::initTestCase()
{
    test::prepareGuiTest();
    m_db = test::openTestDatabase();
    const test::StaffLogin agent = test::addStaff(*m_db, StaffRole::Agent);
    const test::StaffLogin admin = test::addStaff(*m_db, StaffRole::Administrator);

    test::insertAccount(*m_db, test::accountSeed(kO3, QStringLiteral("person"), QStringLiteral("陈晨")));
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("acme_org"), QStringLiteral("organization"),
                                                 QStringLiteral("阿克米科技有限公司"), kO4));
    legacy(*m_db, kO3, "organization", "前海科技有限公司");
    legacy(*m_db, kO4, "organization", "阿克米科技有限公司");
    legacy(*m_db, QStringLiteral("13800000001"), "person", "刘洋");

    auto adminSession = AuthService::signIn(test::lastTestDatabaseUrl(), admin.member.login, admin.password);
    QVERIFY2(adminSession.ok(), adminSession.ok() ? "" : qPrintable(adminSession.error().message));
    m_admin = *adminSession;
    auto report = MigrationEngine(m_admin).run({});
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->processed, 3);
    // Added after the run: pending until an administrator applies the migration again.
    legacy(*m_db, kPending, "organization", "待迁移有限公司");

    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), agent.member.login, agent.password);
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    m_runner = std::make_unique<TaskRunner>();
    m_window = std::make_unique<MainWindow>(*session, *m_runner);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = m_window->migrationPage();
    QVERIFY(m_page);
    // An agent does not get the administrators' run page.
    QVERIFY(!m_window->migrationRunPage());
}

void TestMigrationPage::cleanupTestCase()
{
    std::shared_ptr<Session> session = m_window ? m_window->session() : nullptr;
    m_window.reset();
    if (m_runner)
        releaseSession(*m_runner, std::move(session));
    m_runner.reset();
    if (m_admin)
        m_admin->database().closeThreadConnection();
    m_admin.reset();
    m_db.reset();
}

QString TestMigrationPage::labelText(const QString &name) const
{
    auto *l = m_page->findChild<QLabel *>(name);
    return l ? l->text() : QString();
}

void TestMigrationPage::activateMainWindow()
{
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
}

void TestMigrationPage::lookUpWithKeys(const QString &text)
{
    QSignalSpy answered(m_page, &MigrationPage::answered);
    activateMainWindow();
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
    auto *input = m_page->findChild<QLineEdit *>(QStringLiteral("migrationInput"));
    QTRY_VERIFY(input->hasFocus());
    input->selectAll();
    QTest::keyClick(input, Qt::Key_Backspace);
    test::typeText(input, text);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 15000);
}

void TestMigrationPage::answersByUsccWithTheKeyboard()
{
    // Ctrl+2 is the second work area: the migration page.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
                 static_cast<QWidget *>(m_page));
    lookUpWithKeys(kO3.toLower());
    QCOMPARE(m_page->answer().results.size(), 1);
    QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("migrationCard"))->isVisible());
    QVERIFY(labelText(QStringLiteral("migrationCase")).startsWith(QStringLiteral("O3")));
    QCOMPARE(labelText(QStringLiteral("migrationLogin")), kO3Login);
    QCOMPARE(labelText(QStringLiteral("migrationWindow")), MigrationPage::windowLabel(QStringLiteral("organization")));
    const QString guidance = m_page->findChild<QTextBrowser *>(QStringLiteral("migrationGuidance"))->toPlainText();
    QVERIFY2(guidance.contains(kO3Login), qPrintable(guidance));
    QVERIFY(guidance.contains(QStringLiteral("法人登陆窗口")));
    auto *accounts = m_page->findChild<QTableWidget *>(QStringLiteral("migrationAccounts"));
    QCOMPARE(accounts->rowCount(), 1);
    QCOMPARE(accounts->item(0, 1)->text(), kO3Login);
    test::saveScreenshot(m_window.get(), QStringLiteral("migration-o3"));
}

void TestMigrationPage::copiesGuidanceAndLogin()
{
    QApplication::clipboard()->clear();
    QTest::keyClick(m_page->findChild<QLineEdit *>(QStringLiteral("migrationInput")), Qt::Key_C,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(),
             m_page->findChild<QTextBrowser *>(QStringLiteral("migrationGuidance"))->toPlainText());
    QTest::keyClick(m_page->findChild<QLineEdit *>(QStringLiteral("migrationInput")), Qt::Key_L,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), kO3Login);
}

void TestMigrationPage::logsACallWithTheKeyboardAlone()
{
    const qint64 account = scalar(*m_db, QStringLiteral("SELECT id FROM account WHERE login = ?"),
                                  {kO3Login});
    const qint64 callsBefore =
        scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM account_event WHERE kind = 'call' AND account_id = ?"), {account});

    QWidget *dialog = nullptr;
    QTest::keyClick(m_page->findChild<QLineEdit *>(QStringLiteral("migrationInput")), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY((dialog = test::visibleTopLevel(QStringLiteral("callDialog"))) != nullptr);
    QTRY_VERIFY(QApplication::focusWidget() == dialog->findChild<QLineEdit *>(QStringLiteral("callPhone")));

    // A wrong number first: the dialog stays, says what is wrong and keeps what was typed.
    test::typeText(QApplication::focusWidget(), QStringLiteral("12345"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("callError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("12345")));
    QVERIFY(dialog->isVisible());

    // Fix it, Tab to the outcome, choose "escalated" with the keyboard, type a note, Ctrl+Enter is not needed:
    // Tab to the Save button's default and press Enter in the number box.
    auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("callPhone"));
    QTRY_VERIFY(phone->hasFocus());
    phone->selectAll();
    test::typeText(phone, QStringLiteral("15512346621"));
    QTest::keyClick(phone, Qt::Key_Tab); // topic
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // outcome
    auto *outcome = dialog->findChild<QComboBox *>(QStringLiteral("callOutcome"));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(outcome));
    QTest::keyClick(outcome, Qt::Key_Down);
    QCOMPARE(outcome->currentData().toString(), QStringLiteral("guided_self_service"));
    QTest::keyClick(outcome, Qt::Key_Tab); // note
    auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("callNote"));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(note));
    test::typeText(note, QStringLiteral("told to sign in as HJ_ at the organization window"));
    QSignalSpy logged(m_page, &MigrationPage::callLogged);
    QTest::keyClick(phone, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(logged.count(), 1, 15000);
    QCOMPARE(logged.first().first().toLongLong(), account);
    QTRY_VERIFY(!test::visibleTopLevel(QStringLiteral("callDialog")));

    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM account_event WHERE kind = 'call' AND account_id = ?"),
                    {account}),
             callsBefore + 1);
    auto audit = AuditLog(*m_db).forEntity(QStringLiteral("account"), QString::number(account));
    QVERIFY(audit.ok());
    QVERIFY(std::any_of(audit->cbegin(), audit->cend(), [](const AuditRow &r) {
        return r.action == QLatin1String("account.call") && r.afterJson.contains(QStringLiteral("155****6621"))
            && r.afterJson.contains(QStringLiteral("guided_self_service"))
            && r.afterJson.contains(QStringLiteral("torch O3"));
    }));
}

void TestMigrationPage::opensTheAccountDetailWithTheCall()
{
    // Down from the box reaches the accounts, Enter opens the detail.
    activateMainWindow();
    auto *input = m_page->findChild<QLineEdit *>(QStringLiteral("migrationInput"));
    input->setFocus();
    QTest::keyClick(input, Qt::Key_Down);
    auto *accounts = m_page->findChild<QTableWidget *>(QStringLiteral("migrationAccounts"));
    QTRY_VERIFY(accounts->hasFocus());
    QTest::keyClick(accounts, Qt::Key_Return);
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = test::visibleTopLevel(QStringLiteral("migrationAccountDialog"))) != nullptr);
    auto historyHasCall = [dialog]() {
        auto *history = dialog->findChild<QTableWidget *>(QStringLiteral("detailHistory"));
        if (!history)
            return false;
        for (int r = 0; r < history->rowCount(); ++r)
            for (int c = 0; c < history->columnCount(); ++c)
                if (history->item(r, c) && history->item(r, c)->text().contains(QStringLiteral("155****6621")))
                    return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(historyHasCall(), 15000);
    test::saveScreenshot(dialog, QStringLiteral("migration-account-detail"));
    dialog->close();
    QTRY_VERIFY(!test::visibleTopLevel(QStringLiteral("migrationAccountDialog")));
}

void TestMigrationPage::answersByOrganizationName()
{
    lookUpWithKeys(QStringLiteral("阿克米科技有限公司"));
    QVERIFY(!m_page->answer().results.isEmpty());
    QVERIFY(labelText(QStringLiteral("migrationCase")).startsWith(QStringLiteral("O4")));
    QCOMPARE(labelText(QStringLiteral("migrationWindow")), MigrationPage::windowLabel(QStringLiteral("person")));
    auto *accounts = m_page->findChild<QTableWidget *>(QStringLiteral("migrationAccounts"));
    QCOMPARE(accounts->rowCount(), 2);
    QCOMPARE(accounts->item(1, 1)->text(), QStringLiteral("acme_org"));
}

void TestMigrationPage::answersP0AndExplainsUnknownLogins()
{
    lookUpWithKeys(QStringLiteral("13700000000"));
    QVERIFY(labelText(QStringLiteral("migrationCase")).startsWith(QStringLiteral("P0")));
    auto *logCall = m_page->findChild<QPushButton *>(QStringLiteral("migrationLogCall"));
    QVERIFY(!logCall->isEnabled()); // no account to log against

    lookUpWithKeys(QStringLiteral("nobody_here"));
    QVERIFY(m_page->answer().results.isEmpty());
    QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("migrationCard"))->isVisible());
    QVERIFY(labelText(QStringLiteral("migrationMessage")).contains(QStringLiteral("nobody_here")));

    // Not yet migrated: the card says so.
    lookUpWithKeys(kPending);
    QCOMPARE(m_page->answer().results.size(), 1);
    QVERIFY(!m_page->answer().results.first().migrated);
    QCOMPARE(labelText(QStringLiteral("migrationCase")), MigrationPage::caseTitle(QString()));

    // Esc clears the page.
    QTest::keyClick(m_page->findChild<QLineEdit *>(QStringLiteral("migrationInput")), Qt::Key_Escape);
    QVERIFY(m_page->findChild<QLineEdit *>(QStringLiteral("migrationInput"))->text().isEmpty());
    QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("migrationCard"))->isVisible());
}

void TestMigrationPage::administratorPreviewsThenApplies()
{
    MigrationRunPage page(m_admin);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *apply = page.findChild<QPushButton *>(QStringLiteral("migrationRunApply"));
    QVERIFY(!apply->isEnabled()); // preview first

    const qint64 accountsBefore = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM account"));
    QSignalSpy finished(&page, &MigrationRunPage::finished);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("migrationRunPreview")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(page.lastWasPreview());
    QCOMPARE(page.report().total, 1);
    QCOMPARE(page.report().count(QStringLiteral("O1")), 1);
    auto *counts = page.findChild<QTableWidget *>(QStringLiteral("migrationRunCounts"));
    QCOMPARE(counts->rowCount(), 8);
    QCOMPARE(counts->item(0, 1)->data(Qt::UserRole).toInt(), 1); // O1
    // The preview changed nothing.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM account")), accountsBefore);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM legacy_account WHERE migration_case IS NULL")), 1);
    QVERIFY(apply->isEnabled());

    page.apply(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QCOMPARE(finished.last().first().toBool(), true);
    QVERIFY(!page.lastWasPreview());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM legacy_account WHERE migration_case IS NULL")), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM account")), accountsBefore + 1);
    QVERIFY(!apply->isEnabled()); // a new preview is needed before applying again
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("migrationRunSummary"))->text().contains(QLatin1Char('1')));
}

QTEST_MAIN(TestMigrationPage)
#include "tst_migrationpage.moc"
