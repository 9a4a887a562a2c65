#include "KeychainCredentialStore.h"

#include "store/DatabaseUrl.h"

#include <qt6keychain/keychain.h>

namespace desk {

namespace {
CredentialStore::Reply replyFrom(QKeychain::Job *job)
{
    CredentialStore::Reply reply;
    const bool isRead = qobject_cast<QKeychain::ReadPasswordJob *>(job) != nullptr;
    switch (job->error()) {
    case QKeychain::NoError:
        reply.status = CredentialStore::Status::Ok;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            reply.secret = read->textData();
        break;
    case QKeychain::EntryNotFound:
        reply.status = CredentialStore::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        reply = NoCredentialStore::unavailable();
        break;
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        if (isRead) {
            // On Linux without a Secret Service (no D-Bus session, no keyring daemon) QtKeychain reports
            // OtherError ("Unknown error"): for the user that means there is no keychain to use.
            qInfo("IdentityDesk: no usable system keychain: %s", qPrintable(job->errorString()));
            reply = NoCredentialStore::unavailable();
            break;
        }
        reply.status = CredentialStore::Status::Failed;
        reply.message = job->errorString();
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
        reply.status = CredentialStore::Status::Failed;
        reply.message = job->errorString();
        break;
    }
    return reply;
}

void startJob(QKeychain::Job *job, const QString &key, QObject *context, CredentialStore::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a password in a plain file
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) { done(replyFrom(finished)); });
    job->start();
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent) : CredentialStore(parent) {}

QString KeychainCredentialStore::serviceName()
{
    return DatabaseUrl::keychainService();
}

void KeychainCredentialStore::read(const QString &key, QObject *context, Callback done)
{
    startJob(new QKeychain::ReadPasswordJob(serviceName(), this), key, context, std::move(done));
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setTextData(secret);
    startJob(job, key, context, std::move(done));
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    startJob(new QKeychain::DeletePasswordJob(serviceName(), this), key, context, std::move(done));
}

} // namespace desk
