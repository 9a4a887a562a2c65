#include "shell/SignInDialog.h"

#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "shell/CredentialStore.h"
#include "shell/DeskSettings.h"
#include "store/DatabaseUrl.h"
#include "workflow/Session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace desk {

SignInDialog::SignInDialog(TaskRunner &runner, CredentialStore &credentials, QWidget *parent)
    : QDialog(parent), m_runner(runner), m_credentials(credentials)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in – IdentityDesk"));
    setMinimumWidth(520);

    auto *title = new QLabel(tr("IdentityDesk"), this);
    title->setObjectName(QStringLiteral("signInTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Help-desk and review back office of the unified identity platform"), this);
    subtitle->setWordWrap(true);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("databaseUrl"));
    m_url->setPlaceholderText(tr("sqlite:/path/to/file.db or postgresql://host:5432/dbname"));
    m_url->setToolTip(tr("The database to work on. Never put a password in the URL."));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setPlaceholderText(tr("Your staff login name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_remember = new QCheckBox(tr("Remember the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(DeskSettings::rememberPassword());
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setForegroundRole(QPalette::PlaceholderText);
    m_keychainNote->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Database:"), m_url);
    form->addRow(tr("&Login name:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setRange(0, 0); // busy indicator: how long the server takes is unknown
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_status->hide();
    m_progress->hide();

    m_buttons = new QDialogButtonBox(this);
    m_signInButton = m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    const QString savedUrl = DeskSettings::databaseUrl();
    m_url->setText(savedUrl.isEmpty() ? DatabaseUrl::defaultEmbedded().toString() : savedUrl);
    m_login->setText(DeskSettings::lastLogin());
    connect(m_url, &QLineEdit::editingFinished, this, &SignInDialog::lookUpRememberedPassword);
    connect(m_login, &QLineEdit::editingFinished, this, &SignInDialog::lookUpRememberedPassword);
    lookUpRememberedPassword();

    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setDatabaseUrl(const QString &url)
{
    m_url->setText(url);
    lookUpRememberedPassword();
}

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    m_password->setFocus();
    lookUpRememberedPassword();
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void SignInDialog::lookUpRememberedPassword()
{
    auto url = DatabaseUrl::parse(m_url->text());
    if (!url)
        return;
    // With no login yet this only finds out whether a keychain exists: nothing is stored under that key.
    const QString login = m_login->text().trimmed();
    const QString key = CredentialStore::keyFor(*url, login);
    if (key == m_keychainKeyRead)
        return;
    m_keychainKeyRead = key;
    m_credentials.read(key, this, [this, key](const CredentialStore::Reply &reply) {
        if (key != m_keychainKeyRead || m_busy)
            return; // the user has moved on to another database or login
        switch (reply.status) {
        case CredentialStore::Status::Ok:
            if (m_password->text().isEmpty() && !m_login->text().trimmed().isEmpty()) {
                m_password->setText(reply.secret);
                m_remember->setChecked(true);
            }
            break;
        case CredentialStore::Status::NotFound:
            break;
        case CredentialStore::Status::Unavailable:
            setKeychainUnavailable(reply.message);
            break;
        case CredentialStore::Status::Failed:
            m_keychainNote->setText(tr("The system keychain could not be read: %1").arg(reply.message));
            m_keychainNote->show();
            break;
        }
    });
}

void SignInDialog::setKeychainUnavailable(const QString &message)
{
    m_keychainAvailable = false;
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_keychainNote->setText(message);
    m_keychainNote->show();
}

void SignInDialog::showError(const QString &message, QWidget *focus)
{
    m_error->setText(message);
    m_error->show();
    if (focus) {
        focus->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(focus))
            edit->selectAll();
    }
}

void SignInDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_url->setEnabled(!busy);
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_remember->setEnabled(!busy && m_keychainAvailable);
    m_signInButton->setEnabled(!busy);
    m_status->setText(status);
    m_status->setVisible(busy);
    m_progress->setVisible(busy);
}

void SignInDialog::signIn()
{
    if (m_busy)
        return;
    m_error->hide();
    auto url = DatabaseUrl::parse(m_url->text());
    if (!url) {
        showError(url.error().message, m_url);
        return;
    }
    const QString login = m_login->text().trimmed();
    const QString password = m_password->text();
    const DatabaseUrl target = *url;
    setBusy(true, tr("Signing in to %1 …").arg(target.toString()));
    m_runner.run(
        this, [target, login, password]() { return AuthService::signIn(target, login, password); },
        [this, login, target](Result<std::shared_ptr<Session>> result) {
            if (!m_busy) { // cancelled meanwhile: let the session go
                if (result)
                    releaseSession(m_runner, std::move(result.value()));
                return;
            }
            setBusy(false);
            if (!result) {
                const Error &e = result.error();
                QWidget *focus = m_password;
                if (e.code == Error::Code::ConnectionFailed || e.code == Error::Code::SchemaTooNew)
                    focus = m_url;
                else if (e.code == Error::Code::InvalidInput && login.isEmpty())
                    focus = m_login;
                if (e.code == Error::Code::AuthFailed)
                    m_password->clear();
                showError(e.message, focus);
                return;
            }
            m_session = std::move(result.value());
            onSignedIn(target.toString(), login, m_password->text());
        });
}

void SignInDialog::onSignedIn(const QString &databaseUrl, const QString &login, const QString &password)
{
    DeskSettings::setDatabaseUrl(databaseUrl);
    DeskSettings::setLastLogin(login);
    if (m_keychainAvailable) {
        DeskSettings::setRememberPassword(m_remember->isChecked());
        auto url = DatabaseUrl::parse(databaseUrl);
        const QString key = CredentialStore::keyFor(*url, login);
        auto report = [](const CredentialStore::Reply &reply) {
            if (reply.status == CredentialStore::Status::Failed)
                qWarning("IdentityDesk: keychain: %s", qPrintable(reply.message));
        };
        // The store outlives the dialog: it answers to itself.
        if (m_remember->isChecked())
            m_credentials.write(key, password, &m_credentials, report);
        else
            m_credentials.remove(key, &m_credentials, report);
    }
    m_password->clear();
    accept();
}

void SignInDialog::reject()
{
    setBusy(false); // a sign-in still running is dropped when it answers
    QDialog::reject();
}

} // namespace desk
