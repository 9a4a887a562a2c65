#include "cache/ImageCache.h"

#include "cache/CacheKeyStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutexLocker>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace desk {

namespace {

const QByteArray kMagic = QByteArrayLiteral("IDC1");
const QString kSuffix = QStringLiteral(".idc");

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

Error cryptoError(const QString &what)
{
    return Error(Error::Code::Internal, ImageCache::tr("The image cache cannot %1 (OpenSSL).").arg(what));
}

Error refused()
{
    return Error(Error::Code::InvalidInput,
                 ImageCache::tr("A cached image was altered, damaged or written with another key; it is refused "
                                "and will be fetched again."));
}

} // namespace

ImageCache::ImageCache(QString directory) : m_directory(std::move(directory))
{
    m_reason = tr("The image cache has not been opened.");
}

ImageCache::~ImageCache()
{
    purge();
}

QByteArray ImageCache::aadFor(const QString &id)
{
    QByteArray aad = kMagic;
    aad.append(id.toUtf8());
    return aad;
}

Result<QByteArray> ImageCache::seal(const QByteArray &key, const QByteArray &plain, const QByteArray &aad)
{
    if (key.size() != kKeyBytes)
        return Error(Error::Code::InvalidInput, tr("The image cache key must be %1 bytes.").arg(kKeyBytes));
    QByteArray out(kMagic.size() + kNonceBytes + plain.size() + kTagBytes, Qt::Uninitialized);
    memcpy(out.data(), kMagic.constData(), size_t(kMagic.size()));
    auto *nonce = reinterpret_cast<unsigned char *>(out.data() + kMagic.size());
    if (RAND_bytes(nonce, kNonceBytes) != 1)
        return cryptoError(tr("draw a random nonce"));
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    auto *cipher = reinterpret_cast<unsigned char *>(out.data() + kMagic.size() + kNonceBytes);
    int len = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                           nonce) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                          int(aad.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), cipher, &len, reinterpret_cast<const unsigned char *>(plain.constData()),
                          int(plain.size())) != 1)
        return cryptoError(tr("encrypt"));
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), cipher + total, &len) != 1)
        return cryptoError(tr("encrypt"));
    total += len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, cipher + total) != 1)
        return cryptoError(tr("encrypt"));
    return out;
}

Result<QByteArray> ImageCache::unseal(const QByteArray &key, const QByteArray &sealed, const QByteArray &aad)
{
    if (key.size() != kKeyBytes)
        return Error(Error::Code::InvalidInput, tr("The image cache key must be %1 bytes.").arg(kKeyBytes));
    const qsizetype header = kMagic.size() + kNonceBytes;
    if (sealed.size() < header + kTagBytes || !sealed.startsWith(kMagic))
        return refused();
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData() + kMagic.size());
    const auto *cipher = reinterpret_cast<const unsigned char *>(sealed.constData() + header);
    const int cipherBytes = int(sealed.size() - header - kTagBytes);
    QByteArray tag = sealed.right(kTagBytes);
    QByteArray plain(cipherBytes, Qt::Uninitialized);
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                           nonce) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                          int(aad.size())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &len, cipher, cipherBytes) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1)
        return cryptoError(tr("decrypt"));
    int tail = 0;
    // The tag is checked here: anything altered (nonce, ciphertext, tag, name) or another key fails.
    if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + len, &tail) != 1) {
        plain.fill('\0');
        return refused();
    }
    return plain;
}

void ImageCache::open(CacheKeyStore &store, std::function<void(Mode)> done)
{
    removeFiles(); // whatever a crashed session left behind
    store.readKey([this, &store, done = std::move(done)](const CacheKeyStore::Reply &reply) mutable {
        auto finish = [this, done](void) {
            if (done)
                done(mode());
        };
        switch (reply.status) {
        case CacheKeyStore::Status::Ok:
            if (!openWithKey(reply.key))
                openInMemory(tr("The image cache key in the keychain is unusable; images are kept in memory only."));
            finish();
            return;
        case CacheKeyStore::Status::NotFound: {
            QByteArray key(kKeyBytes, Qt::Uninitialized);
            if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), kKeyBytes) != 1) {
                openInMemory(tr("No random key could be made for the image cache; images are kept in memory only."));
                finish();
                return;
            }
            store.writeKey(key, [this, key, finish](const CacheKeyStore::Reply &written) {
                if (written.status == CacheKeyStore::Status::Ok)
                    openWithKey(key);
                else
                    openInMemory(tr("The image cache key cannot be stored in the keychain (%1); images are kept "
                                    "in memory only.")
                                     .arg(written.message));
                finish();
            });
            return;
        }
        case CacheKeyStore::Status::Unavailable:
            openInMemory(tr("No system keychain is available; images are kept in memory only."));
            finish();
            return;
        case CacheKeyStore::Status::Failed:
            openInMemory(tr("The keychain refused the image cache key (%1); images are kept in memory only.")
                             .arg(reply.message));
            finish();
            return;
        }
    });
}

bool ImageCache::openWithKey(const QByteArray &key)
{
    if (key.size() != kKeyBytes) {
        openInMemory(tr("The image cache key must be %1 bytes; images are kept in memory only.").arg(kKeyBytes));
        return false;
    }
    QDir dir(m_directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        openInMemory(tr("The image cache folder %1 cannot be created; images are kept in memory only.")
                         .arg(QDir::toNativeSeparators(m_directory)));
        return false;
    }
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QMutexLocker lock(&m_mutex);
    m_key = key;
    m_mode = Mode::Encrypted;
    m_reason.clear();
    return true;
}

void ImageCache::openInMemory(const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    m_key.fill('\0');
    m_key.clear();
    m_mode = Mode::MemoryOnly;
    m_reason = reason;
}

ImageCache::Mode ImageCache::mode() const
{
    QMutexLocker lock(&m_mutex);
    return m_mode;
}

QString ImageCache::memoryOnlyReason() const
{
    QMutexLocker lock(&m_mutex);
    return m_reason;
}

QString ImageCache::pathFor(const QString &id) const
{
    const QByteArray input = QByteArrayLiteral("identitydesk-image:") + id.toUtf8();
    const QByteArray name = QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex();
    return m_directory + QLatin1Char('/') + QString::fromLatin1(name) + kSuffix;
}

Status ImageCache::put(const QString &id, const QByteArray &bytes)
{
    QMutexLocker lock(&m_mutex);
    if (m_mode == Mode::MemoryOnly) {
        m_memory.insert(id, bytes);
        return {};
    }
    Result<QByteArray> sealed = seal(m_key, bytes, aadFor(id));
    if (!sealed.ok())
        return sealed.error();
    QSaveFile file(pathFor(id));
    if (!file.open(QIODevice::WriteOnly) || file.write(sealed.value()) != sealed.value().size() || !file.commit())
        return Error(Error::Code::Io, tr("A cached image cannot be written to %1: %2")
                                          .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    QFile::setPermissions(pathFor(id), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<QByteArray> ImageCache::get(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    if (m_mode == Mode::MemoryOnly) {
        auto it = m_memory.constFind(id);
        if (it == m_memory.constEnd())
            return Error(Error::Code::NotFound, tr("The image is not in the cache."));
        return *it;
    }
    QFile file(pathFor(id));
    if (!file.exists())
        return Error(Error::Code::NotFound, tr("The image is not in the cache."));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("A cached image cannot be read from %1: %2")
                                          .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    const QByteArray sealed = file.readAll();
    file.close();
    Result<QByteArray> plain = unseal(m_key, sealed, aadFor(id));
    if (!plain.ok() && plain.error().code == Error::Code::InvalidInput)
        QFile::remove(file.fileName()); // never trusted again
    return plain;
}

bool ImageCache::contains(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    if (m_mode == Mode::MemoryOnly)
        return m_memory.contains(id);
    return QFile::exists(pathFor(id));
}

int ImageCache::count() const
{
    QMutexLocker lock(&m_mutex);
    if (m_mode == Mode::MemoryOnly)
        return int(m_memory.size());
    return int(QDir(m_directory).entryList({QLatin1Char('*') + kSuffix}, QDir::Files).size());
}

void ImageCache::removeFiles() const
{
    QDir dir(m_directory);
    if (!dir.exists())
        return;
    for (const QString &name : dir.entryList({QLatin1Char('*') + kSuffix}, QDir::Files))
        dir.remove(name);
}

void ImageCache::purge()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_memory.begin(); it != m_memory.end(); ++it)
        it->fill('\0');
    m_memory.clear();
    removeFiles();
}

} // namespace desk
