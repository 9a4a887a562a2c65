#include "shell/CredentialStore.h"

#include "store/DatabaseUrl.h"

#include <QMetaObject>
#include <QPointer>

namespace desk {

QString CredentialStore::keyFor(const DatabaseUrl &url, const QString &login)
{
    DatabaseUrl forLogin = url;
    forLogin.user = login.trimmed(); // on PostgreSQL the staff login is the database role
    return forLogin.keychainKey();
}

CredentialStore::Reply NoCredentialStore::unavailable()
{
    return {Status::Unavailable,
            {},
            tr("No system keychain is available on this computer, so the password cannot be remembered.")};
}

namespace {
void answerLater(QObject *context, CredentialStore::Callback done, CredentialStore::Reply reply)
{
    // Answer asynchronously, like a real keychain, so callers never see a re-entrant callback.
    QMetaObject::invokeMethod(
        context, [done = std::move(done), reply = std::move(reply)]() { done(reply); }, Qt::QueuedConnection);
}
} // namespace

void NoCredentialStore::read(const QString &, QObject *context, Callback done)
{
    answerLater(context, std::move(done), unavailable());
}

void NoCredentialStore::write(const QString &, const QString &, QObject *context, Callback done)
{
    answerLater(context, std::move(done), unavailable());
}

void NoCredentialStore::remove(const QString &, QObject *context, Callback done)
{
    answerLater(context, std::move(done), unavailable());
}

} // namespace desk
