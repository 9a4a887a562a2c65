#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace desk::crypto {

// Password hashing and secrets, all through OpenSSL 3. Nothing here logs or stores a password.

// Memory-hard salted hash for staff passwords on the embedded database:
// "$scrypt$ln=15,r=8,p=1$<salt base64>$<hash base64>" (32 MiB, about 0.1 s).
QString hashPassword(QStringView password);
bool verifyPassword(QStringView password, QStringView encoded);

// SCRAM-SHA-256 verifier as PostgreSQL stores it, computed here so that the clear password never
// travels in a CREATE ROLE statement (and so never reaches the server log).
QString scramSha256Verifier(QStringView password);

// A random password that meets the password policy (upper, lower, digit, symbol), from RAND_bytes.
QString randomPassword(int length = 14);

QByteArray randomBytes(int count);
QByteArray sha256(QByteArrayView data);

} // namespace desk::crypto
