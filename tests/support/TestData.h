#pragma once

#include "store/Database.h"

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace desk::test {

// Minimal account rows for store and GUI tests; fields not given get neutral defaults.
struct AccountSeed
{
    QString login;
    QString kind = QStringLiteral("person");
    QString name;
    QString uscc;
    QString idNumber;
    QString phone;
    QString email;
    QString realNameStatus = QStringLiteral("unverified");
    QString accountStatus = QStringLiteral("active");
    QString formerName;
    QString createdAt = QStringLiteral("2024-03-01T08:00:00.000Z");
};

// An account seed from login, kind, name and USCC (the other fields keep their defaults).
AccountSeed accountSeed(const QString &login, const QString &kind, const QString &name, const QString &uscc = {});

// A valid USCC: the 17 given characters plus their GB 32100-2015 check character.
QString validUscc(const char *first17);

// One legacy (Torch) account as the migration finds it, not yet migrated.
struct LegacySeed
{
    QString system = QStringLiteral("torch");
    QString login;
    QString kind = QStringLiteral("person");
    QString name;
    QString uscc;
    QString phone;
    QString idNumber;
    QString passwordHash = QStringLiteral("$torch$md5$0123456789abcdef");
    QString registeredAt = QStringLiteral("2019-05-01T00:00:00.000Z");
};

// Inserts one legacy account (fails the test through qFatal on error).
void insertLegacyAccount(Database &db, const LegacySeed &seed);

// A QStringList from plain literals (QT_NO_CAST_FROM_ASCII forbids the implicit conversion).
QStringList strings(std::initializer_list<const char *> items);

// Inserts one account and returns its id (fails the test through qFatal on error).
qint64 insertAccount(Database &db, const AccountSeed &seed);

// Writes `content` to `path` and returns the path (fails the test through qFatal on error).
QString writeFile(const QString &path, const QByteArray &content);

// A made-up year in the holiday-cn format (with "$schema" and "papers" as the published files have them):
// 1 to 3 January off, the first Sunday of February worked.
QByteArray madeUpHolidayYear(int year);

} // namespace desk::test
