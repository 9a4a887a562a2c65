#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace desk {

// Where the workstation image cache keeps its key: the system keychain in the program (an adapter over the
// desk's CredentialStore), memory in tests. A small interface so the cache is tested without a keychain.
class CacheKeyStore
{
public:
    enum class Status {
        Ok,
        NotFound,    // the keychain works and holds no key yet
        Unavailable, // no keychain on this computer
        Failed,      // the keychain refused or failed; message says why
    };
    struct Reply
    {
        Status status = Status::Failed;
        QByteArray key; // for a successful read
        QString message;
    };
    using Callback = std::function<void(const Reply &)>;

    virtual ~CacheKeyStore() = default;

    // Each call answers once through `done`, now or later from the event loop of the calling thread.
    virtual void readKey(Callback done) = 0;
    virtual void writeKey(const QByteArray &key, Callback done) = 0;
};

// A keychain in memory (tests), or none at all (available = false).
class MemoryCacheKeyStore : public CacheKeyStore
{
public:
    void readKey(Callback done) override;
    void writeKey(const QByteArray &key, Callback done) override;

    bool available = true;
    QByteArray stored;
    int reads = 0;
    int writes = 0;
};

} // namespace desk
