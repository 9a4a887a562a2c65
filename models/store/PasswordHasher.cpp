#include "store/PasswordHasher.h"

#include <QStringList>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <stdexcept>

namespace desk::crypto {

namespace {
constexpr int kScryptLogN = 15;
constexpr int kScryptR = 8;
constexpr int kScryptP = 1;
constexpr int kHashBytes = 32;

QByteArray scrypt(const QByteArray &password, const QByteArray &salt, int logN, int r, int p)
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    const uint64_t n = uint64_t(1) << logN;
    const uint64_t maxMem = 128 * n * uint64_t(r) * uint64_t(p) + (64 << 20);
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()), n, uint64_t(r),
                       uint64_t(p), maxMem, reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()))
        != 1)
        return {};
    return out;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char *>(data.constData()),
         size_t(data.size()), out, &len);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        throw std::runtime_error("OpenSSL RAND_bytes failed"); // no safe fallback for secrets
    return bytes;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()),
           reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QString hashPassword(QStringView password)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray hash = scrypt(password.toUtf8(), salt, kScryptLogN, kScryptR, kScryptP);
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$").arg(kScryptLogN).arg(kScryptR).arg(kScryptP)
         + QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') + QString::fromLatin1(hash.toBase64());
}

bool verifyPassword(QStringView password, QStringView encoded)
{
    // $scrypt$ln=15,r=8,p=1$salt$hash  -> ["", "scrypt", "ln=15,r=8,p=1", salt, hash]
    const QStringList parts = encoded.toString().split(QLatin1Char('$'));
    if (parts.size() != 5 || parts[1] != QLatin1String("scrypt"))
        return false;
    int logN = 0, r = 0, p = 0;
    for (const QString &kv : parts[2].split(QLatin1Char(','))) {
        const auto pair = kv.split(QLatin1Char('='));
        if (pair.size() != 2)
            return false;
        const int v = pair[1].toInt();
        if (pair[0] == QLatin1String("ln"))
            logN = v;
        else if (pair[0] == QLatin1String("r"))
            r = v;
        else if (pair[0] == QLatin1String("p"))
            p = v;
    }
    if (logN < 10 || logN > 22 || r < 1 || r > 32 || p < 1 || p > 16)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray actual = scrypt(password.toUtf8(), salt, logN, r, p);
    return !actual.isEmpty() && constantTimeEquals(actual, expected);
}

QString scramSha256Verifier(QStringView password)
{
    constexpr int iterations = 4096; // PostgreSQL's default scram_iterations
    const QByteArray salt = randomBytes(16);
    const QByteArray pw = password.toUtf8();
    QByteArray salted(32, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(pw.constData(), int(pw.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                      int(salt.size()), iterations, EVP_sha256(), int(salted.size()),
                      reinterpret_cast<unsigned char *>(salted.data()));
    const QByteArray clientKey = hmacSha256(salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = sha256(clientKey);
    const QByteArray serverKey = hmacSha256(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:").arg(iterations) + QString::fromLatin1(salt.toBase64())
         + QLatin1Char('$') + QString::fromLatin1(storedKey.toBase64()) + QLatin1Char(':')
         + QString::fromLatin1(serverKey.toBase64());
}

QString randomPassword(int length)
{
    // No look-alike characters (0/O, 1/l/I): the password is read from an SMS and typed by hand.
    static const QString classes[4] = {QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ"),
                                       QStringLiteral("abcdefghijkmnpqrstuvwxyz"), QStringLiteral("23456789"),
                                       QStringLiteral("!#%+-=?@")};
    length = std::max(length, 8);
    auto pick = [](const QString &set) {
        // Rejection sampling: no modulo bias.
        const int limit = 256 - (256 % int(set.size()));
        for (;;) {
            const unsigned char b = static_cast<unsigned char>(randomBytes(1)[0]);
            if (b < limit)
                return set[b % set.size()];
        }
    };
    QString out;
    for (const QString &set : classes)
        out += pick(set);
    const QString all = classes[0] + classes[1] + classes[2] + classes[3];
    while (out.size() < length)
        out += pick(all);
    // Shuffle (Fisher-Yates) so the class order is not predictable.
    for (qsizetype i = out.size() - 1; i > 0; --i) {
        const quint32 r = *reinterpret_cast<const quint32 *>(randomBytes(4).constData());
        std::swap(out[i], out[qsizetype(r % quint32(i + 1))]);
    }
    return out;
}

} // namespace desk::crypto
