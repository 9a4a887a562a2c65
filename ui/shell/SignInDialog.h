#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace desk {

class CredentialStore;
class Session;
class TaskRunner;

// Asks for the database and the staff member's login and password, signs in on the worker thread
// (scrypt and a remote server take time) and shows what went wrong in the dialog itself.
// Offers to remember the password in the system keychain, and says so when there is none.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(TaskRunner &runner, CredentialStore &credentials, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Prefills (the command line's --db and --login); the defaults come from the settings.
    void setDatabaseUrl(const QString &url);
    void setLogin(const QString &login);
    // For scripted sign-in (the password read from standard input); never shown.
    void setPassword(const QString &password);
    // Signs in with what the fields hold, as if "Sign in" were pressed.
    void submit() { signIn(); }

    // The signed-in session once the dialog is accepted.
    std::shared_ptr<Session> session() const { return m_session; }
    bool isSigningIn() const { return m_busy; }

    void reject() override;

private:
    void signIn();
    void onSignedIn(const QString &databaseUrl, const QString &login, const QString &password);
    void showError(const QString &message, QWidget *focus);
    void setBusy(bool busy, const QString &status = {});
    void lookUpRememberedPassword();
    void setKeychainUnavailable(const QString &message);

    TaskRunner &m_runner;
    CredentialStore &m_credentials;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signInButton = nullptr;
    bool m_busy = false;
    bool m_keychainAvailable = true;
    QString m_keychainKeyRead; // the key whose remembered password was last looked up
    std::shared_ptr<Session> m_session;
};

} // namespace desk
