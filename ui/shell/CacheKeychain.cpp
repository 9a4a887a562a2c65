#include "shell/CacheKeychain.h"

#include "shell/CredentialStore.h"

namespace desk {

namespace {

CacheKeyStore::Status statusFrom(CredentialStore::Status status)
{
    switch (status) {
    case CredentialStore::Status::Ok:
        return CacheKeyStore::Status::Ok;
    case CredentialStore::Status::NotFound:
        return CacheKeyStore::Status::NotFound;
    case CredentialStore::Status::Unavailable:
        return CacheKeyStore::Status::Unavailable;
    case CredentialStore::Status::Failed:
        break;
    }
    return CacheKeyStore::Status::Failed;
}

} // namespace

void CredentialCacheKeyStore::readKey(Callback done)
{
    m_store.read(kKeychainKey, &m_context, [done = std::move(done)](const CredentialStore::Reply &reply) {
        Reply answer{statusFrom(reply.status), {}, reply.message};
        if (answer.status == Status::Ok)
            answer.key = QByteArray::fromBase64(reply.secret.toLatin1());
        done(answer);
    });
}

void CredentialCacheKeyStore::writeKey(const QByteArray &key, Callback done)
{
    m_store.write(kKeychainKey, QString::fromLatin1(key.toBase64()), &m_context,
                  [done = std::move(done)](const CredentialStore::Reply &reply) {
                      done({statusFrom(reply.status), {}, reply.message});
                  });
}

} // namespace desk
