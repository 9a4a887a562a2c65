#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

namespace desk {

class CacheKeyStore;

// Document pictures kept on the reviewer's workstation, so that going back to a request does not fetch its
// pictures again. On disk every file is encrypted with AES-256-GCM (OpenSSL 3): a random 96-bit nonce per file,
// the document's cache name bound in as associated data, the tag checked on every read, so a file that was
// altered, swapped or written with another key is refused. The key lives in the system keychain (CacheKeyStore);
// where there is none the pictures stay in memory only. Nothing outlives a session: purge() on sign-out and on
// quit, and open() clears what a crashed session may have left. Thread-safe: loaders on worker threads use it.
class ImageCache
{
    Q_DECLARE_TR_FUNCTIONS(desk::ImageCache)

public:
    enum class Mode {
        MemoryOnly, // no key (yet, or no keychain): nothing touches the disk
        Encrypted,  // files in directory(), sealed with the key
    };

    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;

    // `directory`: where encrypted files go (created owner-only when the key is known).
    explicit ImageCache(QString directory);
    ~ImageCache(); // purges

    ImageCache(const ImageCache &) = delete;
    ImageCache &operator=(const ImageCache &) = delete;

    // Clears what an earlier session left, then reads the key from `store`, or makes a random one and stores it
    // there; encrypted on disk when that worked, memory only otherwise (memoryOnlyReason() says why). `done` is
    // called once with the mode, possibly later (the keychain answers asynchronously).
    void open(CacheKeyStore &store, std::function<void(Mode)> done = {});
    // Encrypted with this key (32 bytes); an unusable key gives memory-only mode and false.
    bool openWithKey(const QByteArray &key);
    void openInMemory(const QString &reason);

    Mode mode() const;
    QString memoryOnlyReason() const;
    QString directory() const { return m_directory; }

    Status put(const QString &id, const QByteArray &bytes);
    // NotFound when not cached; InvalidInput (with a message) for a file altered, damaged or sealed with another
    // key, which is then removed.
    Result<QByteArray> get(const QString &id) const;
    bool contains(const QString &id) const;
    int count() const;
    // The file an id is kept in (Encrypted mode); the name is a hash, the id does not show in the folder.
    QString pathFor(const QString &id) const;

    // Forgets every picture: the files are removed, memory cleared. The key stays for the next session.
    void purge();

    // The file format: "IDC1" | nonce (12) | ciphertext | tag (16); `aad` is authenticated, not stored.
    static Result<QByteArray> seal(const QByteArray &key, const QByteArray &plain, const QByteArray &aad);
    static Result<QByteArray> unseal(const QByteArray &key, const QByteArray &sealed, const QByteArray &aad);

private:
    void removeFiles() const;
    static QByteArray aadFor(const QString &id);

    const QString m_directory;
    mutable QMutex m_mutex;
    Mode m_mode = Mode::MemoryOnly;
    QString m_reason;
    QByteArray m_key;
    QHash<QString, QByteArray> m_memory;
};

} // namespace desk
