#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace desk {

struct DatabaseUrl;

// Where a staff member's database password may be remembered: the operating system's keychain
// (Windows Credential Manager, macOS Keychain, Secret Service). The sign-in dialog talks to this
// interface; app/gui supplies the QtKeychain implementation, tests an in-memory one. Never QSettings.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,    // the keychain works but holds nothing for this key
        Unavailable, // no keychain on this computer (no Secret Service, ...): nothing can be stored
        Failed,      // the keychain refused or failed; message says why
    };
    struct Reply
    {
        Status status = Status::Failed;
        QString secret;  // the password, for a successful read
        QString message; // translated, for Unavailable and Failed; never contains the secret
    };
    using Callback = std::function<void(const Reply &)>;

    using QObject::QObject;

    // Each call answers once, on the GUI thread, through `done` — unless `context` is gone by then.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // The key for one staff login on one server and database (DatabaseUrl::keychainKey): "<login>@<host>:<port>/<db>"
    // on PostgreSQL, "<login>@sqlite:<canonical file path>" for the embedded file.
    static QString keyFor(const DatabaseUrl &url, const QString &login);
};

// The store used where no keychain exists: every call answers Unavailable and nothing is kept.
class NoCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    static Reply unavailable();
};

} // namespace desk
