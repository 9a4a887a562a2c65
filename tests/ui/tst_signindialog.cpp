// The sign-in dialog, driven like a user: errors appear in the dialog, a wrong password does not sign in,
// the keychain is offered only where one exists, and no password reaches the settings.
#include "UiTestKit.h"

#include "TestDatabase.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "shell/CredentialStore.h"
#include "shell/DeskSettings.h"
#include "shell/SignInDialog.h"
#include "store/Database.h"
#include "workflow/Session.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace desk;

class TestSignInDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wrongPasswordShowsErrorAndStaysOpen();
    void malformedUrlIsExplained();
    void unreachableServerIsExplained();
    void newerSchemaIsRefused();
    void noKeychainIsSaidAndNothingStored();
    void signsInAndRemembersInKeychain();
    void cleanupTestCase();

private:
    void fill(SignInDialog &dialog, const QString &url, const QString &login, const QString &password);

    std::unique_ptr<Database> m_db;
    test::StaffLogin m_staff;
    QString m_url;
    std::unique_ptr<TaskRunner> m_runner;
};

void TestSignInDialog::initTestCase()
{
    test::prepareGuiTest();
    m_db = test::openTestDatabase();
    m_staff = test::addStaff(*m_db, StaffRole::Agent);
    m_url = test::lastTestDatabaseUrl().toString();
    m_runner = std::make_unique<TaskRunner>();
}

void TestSignInDialog::cleanupTestCase()
{
    m_runner.reset();
    m_db.reset();
}

void TestSignInDialog::fill(SignInDialog &dialog, const QString &url, const QString &login, const QString &password)
{
    test::typeInto(&dialog, QStringLiteral("databaseUrl"), url);
    test::typeInto(&dialog, QStringLiteral("login"), login);
    test::typeInto(&dialog, QStringLiteral("password"), password);
}

void TestSignInDialog::wrongPasswordShowsErrorAndStaysOpen()
{
    NoCredentialStore keychain;
    SignInDialog dialog(*m_runner, keychain);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, m_url, m_staff.member.login, QStringLiteral("Wrong#Password1"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("signInError"));
    QVERIFY(error);
    QVERIFY(!error->isVisible());

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QVERIFY(dialog.isSigningIn());
    QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("signInProgress"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSigningIn(), 20000);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(!error->text().contains(QStringLiteral("Wrong#Password1")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.session());
    // The wrong password is gone from the field; the login stays for the next try.
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("login"))->text(), m_staff.member.login);
    QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("signInProgress"))->isVisible());
}

void TestSignInDialog::malformedUrlIsExplained()
{
    NoCredentialStore keychain;
    SignInDialog dialog(*m_runner, keychain);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, QStringLiteral("mysql://db.example/desk"), m_staff.member.login, m_staff.password);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("signInError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("mysql://db.example/desk")));
    QVERIFY(!dialog.isSigningIn());
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrl"))->hasFocus());

    // A password inside the URL is refused, never stored.
    fill(dialog, QStringLiteral("postgresql://agent:secret@localhost/desk"), m_staff.member.login, m_staff.password);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().contains(QStringLiteral("secret")));
    QVERIFY(!dialog.session());
}

void TestSignInDialog::unreachableServerIsExplained()
{
    NoCredentialStore keychain;
    SignInDialog dialog(*m_runner, keychain);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Port 1 on the loopback: nothing listens there, the connection is refused at once.
    fill(dialog, QStringLiteral("postgresql://127.0.0.1:1/identitydesk"), m_staff.member.login, m_staff.password);
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSigningIn(), 20000);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("signInError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("127.0.0.1")));
    QVERIFY(!dialog.session());
    QVERIFY(dialog.isVisible());
}

void TestSignInDialog::newerSchemaIsRefused()
{
    // A database a newer IdentityDesk has written: this program must not touch it.
    auto newer = test::openTestDatabase();
    const test::StaffLogin staff = test::addStaff(*newer, StaffRole::Agent);
    const QString url = test::lastTestDatabaseUrl().toString();
    auto bumped = newer->exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                              {Database::latestSchemaVersion() + 1, QStringLiteral("2030-01-01T00:00:00.000Z")});
    QVERIFY2(bumped, bumped ? "" : qPrintable(bumped.error().message));

    NoCredentialStore keychain;
    SignInDialog dialog(*m_runner, keychain);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, url, staff.member.login, staff.password);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSigningIn(), 20000);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("signInError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("更新版本")), qPrintable(error->text())); // "a newer IdentityDesk"
    QVERIFY(!dialog.session());
}

void TestSignInDialog::noKeychainIsSaidAndNothingStored()
{
    NoCredentialStore keychain;
    DeskSettings::setDatabaseUrl(m_url);
    DeskSettings::setLastLogin(m_staff.member.login);
    SignInDialog dialog(*m_runner, keychain);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("keychainNote"));
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
    QTRY_VERIFY(note->isVisible());
    QVERIFY(!note->text().isEmpty());
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    // The saved database and login are filled in; the password is not.
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrl"))->text(), m_url);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("login"))->text(), m_staff.member.login);
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
}

void TestSignInDialog::signsInAndRemembersInKeychain()
{
    test::MemoryCredentialStore keychain;
    {
        SignInDialog dialog(*m_runner, keychain);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fill(dialog, m_url, m_staff.member.login, m_staff.password);
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
        QVERIFY(remember->isEnabled());
        if (!remember->isChecked())
            QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(4, remember->height() / 2));
        QVERIFY(remember->isChecked());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.session());
        QCOMPARE(dialog.session()->staff().login, m_staff.member.login);
        QCOMPARE(dialog.session()->staff().role, StaffRole::Agent);
        releaseSession(*m_runner, dialog.session());
    }
    QTRY_COMPARE(keychain.secrets.size(), 1);
    QCOMPARE(keychain.secrets.constBegin().value(), m_staff.password);

    // The settings keep the database and login, and no trace of the password.
    QSettings settings;
    QCOMPARE(DeskSettings::databaseUrl(), m_url);
    QCOMPARE(DeskSettings::lastLogin(), m_staff.member.login);
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        QVERIFY2(!settings.value(key).toString().contains(m_staff.password), qPrintable(key));

    // Next time the password comes from the keychain.
    SignInDialog again(*m_runner, keychain);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *password = again.findChild<QLineEdit *>(QStringLiteral("password"));
    QTRY_VERIFY(!password->text().isEmpty());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isChecked());
    again.reject();
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
