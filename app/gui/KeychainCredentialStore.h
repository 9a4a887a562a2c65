#pragma once

#include "shell/CredentialStore.h"

namespace desk {

// CredentialStore over QtKeychain: Windows Credential Manager, macOS Keychain, Secret Service or KWallet.
// Never falls back to a plain-text file: where no keychain exists, every call answers Unavailable.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    static QString serviceName();
};

} // namespace desk
