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

// A QStringList from plain literals (QT_NO_CAST_FROM_ASCII forbids the implicit conversion).
QStringList strings(std::initializer_list<const char *> items);

// Inserts one account and returns its id (fails the test through qFatal on error).
qint64 insertAccount(Database &db, const AccountSeed &seed);

} // namespace desk::test
