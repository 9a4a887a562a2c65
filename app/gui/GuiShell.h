#pragma once

#include "KeychainCredentialStore.h"
#include "cache/ImageCache.h"
#include "common/TaskRunner.h"
#include "shell/CacheKeychain.h"

#include <QObject>
#include <QString>

#include <memory>

namespace desk {

class MainWindow;
class Session;
class SignInDialog;

// What the command line asks of the window program.
struct GuiOptions
{
    QString databaseUrl; // --db
    QString login;       // --login
    QString lookup;      // --lookup: searched right after signing in
    QString migration;   // --migration: looked up on the Torch migration page right after signing in
    int area = 0;        // --area N: the work area shown first (1 = the first; 0 = the default)
    QString screenshot;  // --screenshot FILE: save the window (and FILE-signin.png) and quit
    QString password;    // read from standard input with --password-stdin; never from argv
};

// The composition root of the window program: owns the worker thread and the keychain, runs
// sign-in → main window → sign-out → sign-in, and lets each session go on the thread that used it.
class GuiShell : public QObject
{
    Q_OBJECT
public:
    explicit GuiShell(GuiOptions options, QObject *parent = nullptr);
    ~GuiShell() override;

    // Shows the sign-in dialog; false if the user gave up (the program then ends).
    bool start();

private:
    bool signIn();
    void openMainWindow(std::shared_ptr<Session> session);
    void closeMainWindow();
    void signOut();
    void quit();
    void scriptSignIn(SignInDialog *dialog);
    void scriptScreenshot();

    GuiOptions m_options;
    TaskRunner m_runner;
    KeychainCredentialStore m_credentials;
    // Document pictures cached on this workstation: encrypted with a key from the keychain (memory only without
    // one), opened with each session and purged when it ends. Pages that show documents use it through an
    // ImagePrefetcher (ImagePrefetcher::setCache).
    CredentialCacheKeyStore m_cacheKeys{m_credentials};
    ImageCache m_imageCache;
    std::unique_ptr<MainWindow> m_window;
    bool m_firstSignIn = true;
};

} // namespace desk
