#pragma once

#include "cache/CacheKeyStore.h"

#include <QObject>
#include <QString>

namespace desk {

class CredentialStore;

// The image cache's key in the system keychain, through the desk's CredentialStore (QtKeychain in the program,
// memory in tests): stored as Base64 text under kKeychainKey, in the same keychain service as the passwords.
class CredentialCacheKeyStore : public CacheKeyStore
{
public:
    static inline const QString kKeychainKey = QStringLiteral("identitydesk-image-cache-key");

    explicit CredentialCacheKeyStore(CredentialStore &store) : m_store(store) {}

    void readKey(Callback done) override;
    void writeKey(const QByteArray &key, Callback done) override;

private:
    CredentialStore &m_store;
    QObject m_context; // the keychain's answers are dropped if this store goes first
};

} // namespace desk
