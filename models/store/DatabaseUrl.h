#pragma once

#include "core/Result.h"

#include <QString>

namespace desk {

// Where the data lives, as staff and scripts write it:
//   sqlite:/path/to/file.db
//   postgresql://user@host:port/dbname?sslmode=require
// A password never appears in the URL: it comes from the sign-in dialog, the keychain or PGPASSWORD.
struct DatabaseUrl
{
    enum class Driver { Sqlite, Postgres };

    Driver driver = Driver::Sqlite;
    QString path;     // SQLite file
    QString user;     // PostgreSQL role
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString sslMode;  // disable, allow, prefer, require, verify-ca, verify-full

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl defaultEmbedded(); // sqlite file in the user's application-data folder
    static QString defaultEmbeddedPath();

    bool isSqlite() const { return driver == Driver::Sqlite; }
    bool isPostgres() const { return driver == Driver::Postgres; }
    QString toString() const; // never contains a password
    // Key under which the system keychain keeps the password of `user` (service "IdentityDesk").
    QString keychainKey() const;
};

} // namespace desk
