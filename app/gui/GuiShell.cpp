#include "GuiShell.h"

#include "common/SessionCleanup.h"
#include "lookup/AccountDetailPanel.h"
#include "lookup/LookupPage.h"
#include "migration/MigrationPage.h"
#include "shell/MainWindow.h"
#include "shell/SignInDialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

namespace desk {

GuiShell::GuiShell(GuiOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_imageCache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/images"))
{
}

GuiShell::~GuiShell()
{
    closeMainWindow();
}

bool GuiShell::start()
{
    return signIn();
}

bool GuiShell::signIn()
{
    SignInDialog dialog(m_runner, m_credentials);
    if (m_firstSignIn) {
        if (!m_options.databaseUrl.isEmpty())
            dialog.setDatabaseUrl(m_options.databaseUrl);
        if (!m_options.login.isEmpty())
            dialog.setLogin(m_options.login);
        if (!m_options.screenshot.isEmpty())
            QTimer::singleShot(700, &dialog, [this, &dialog]() { scriptSignIn(&dialog); });
    }
    m_firstSignIn = false;
    if (dialog.exec() != QDialog::Accepted || !dialog.session())
        return false;
    openMainWindow(dialog.session());
    return true;
}

void GuiShell::openMainWindow(std::shared_ptr<Session> session)
{
    m_imageCache.open(m_cacheKeys, [](ImageCache::Mode mode) {
        if (mode == ImageCache::Mode::MemoryOnly)
            qInfo("IdentityDesk: document pictures are cached in memory only");
    });
    m_window = std::make_unique<MainWindow>(std::move(session), m_runner);
    m_window->setImageCache(&m_imageCache);
    // Queued: the window is deleted outside the signal of its own menu action.
    connect(m_window.get(), &MainWindow::signOutRequested, this, &GuiShell::signOut, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::quitRequested, this, &GuiShell::quit, Qt::QueuedConnection);
    m_window->show();
    if (m_window->lookupPage() && !m_options.lookup.isEmpty())
        m_window->lookupPage()->lookUp(m_options.lookup);
    if (m_options.area > 0)
        m_window->showWorkAreaAt(m_options.area - 1);
    if (m_window->migrationPage() && !m_options.migration.isEmpty()) {
        m_window->showWorkArea(m_window->migrationPage());
        m_window->migrationPage()->lookUp(m_options.migration);
    }
    if (!m_options.screenshot.isEmpty())
        scriptScreenshot();
}

void GuiShell::closeMainWindow()
{
    if (!m_window)
        return;
    std::shared_ptr<Session> session = m_window->session();
    m_window->close();
    m_window.reset(); // its pages and list models (and their loader threads) go first
    releaseSession(m_runner, std::move(session), &m_imageCache);
}

void GuiShell::signOut()
{
    // Between the main window closing and the next one opening only the sign-in dialog is shown:
    // the application must not take the closed main window for the last one and quit.
    QApplication::setQuitOnLastWindowClosed(false);
    closeMainWindow();
    const bool signedIn = signIn();
    QApplication::setQuitOnLastWindowClosed(true);
    if (!signedIn)
        QApplication::quit();
}

void GuiShell::quit()
{
    closeMainWindow();
    QApplication::quit();
}

void GuiShell::scriptSignIn(SignInDialog *dialog)
{
    const QFileInfo file(m_options.screenshot);
    dialog->grab().save(file.path() + QLatin1Char('/') + file.completeBaseName() + QStringLiteral("-signin.png"));
    if (m_options.password.isEmpty())
        return;
    dialog->setPassword(m_options.password);
    m_options.password.clear();
    dialog->submit();
}

void GuiShell::scriptScreenshot()
{
    auto save = [this]() {
        if (!m_window)
            return;
        m_window->grab().save(m_options.screenshot);
        // The whole detail, beyond what its scroll area shows.
        if (auto *detail = m_window->findChild<QWidget *>(QStringLiteral("detailContent"))) {
            const QFileInfo file(m_options.screenshot);
            detail->grab().save(file.path() + QLatin1Char('/') + file.completeBaseName() +
                                QStringLiteral("-detail.png"));
        }
        quit();
    };
    if (m_window->migrationPage() && !m_options.migration.isEmpty()) {
        connect(m_window->migrationPage(), &MigrationPage::answered, this, [save]() { QTimer::singleShot(400, save); });
        QTimer::singleShot(8000, this, save);
    } else if (m_window->lookupPage() && !m_options.lookup.isEmpty()) {
        // Wait for the looked-up account's detail (a single match opens by itself), at most a few seconds.
        connect(m_window->lookupPage()->detailPanel(), &AccountDetailPanel::loaded, this,
                [save]() { QTimer::singleShot(400, save); });
        QTimer::singleShot(8000, this, save);
    } else {
        QTimer::singleShot(1500, this, save);
    }
}

} // namespace desk
