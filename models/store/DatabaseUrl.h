#pragma once

#include "core/Result.h"

#include <QString>

namespace desk {

// Where the data lives, as staff and scripts write it:
//   sqlite:/path/to/file.db
//   postgresql://user@host:port/dbname?sslmode=verify-full&sslrootcert=/path/root.crt&channel_binding=require
// A password never appears in the URL: it comes from the sign-in dialog, the keychain or PGPASSWORD.
struct DatabaseUrl
{
    enum class Driver { Sqlite, Postgres };

    Driver driver = Driver::Sqlite;
    QString path; // SQLite file
    QString user; // PostgreSQL role
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    // As written in the URL; empty means the default (see effectiveSslMode()).
    QString sslMode;        // disable, allow, prefer, require, verify-ca, verify-full
    QString channelBinding; // disable, prefer, require
    QString sslRootCert;    // file of trusted root certificates (libpq default: ~/.postgresql/root.crt)

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl defaultEmbedded(); // sqlite file in the user's application-data folder
    static QString defaultEmbeddedPath();

    bool isSqlite() const { return driver == Driver::Sqlite; }
    bool isPostgres() const { return driver == Driver::Postgres; }
    QString toString() const; // never contains a password

    // localhost, 127.0.0.0/8, ::1 or a Unix-socket folder: traffic that never leaves this computer.
    bool isLoopback() const;
    // The sslmode libpq gets: the URL's, else verify-full for a server on another computer, else libpq's default.
    QString effectiveSslMode() const;
    QString effectiveChannelBinding() const;
    // An explicit sslmode that lets a server on another computer go unauthenticated or unencrypted.
    bool hasWeakTlsForRemoteHost() const;
    // The libpq options for QSqlDatabase::setConnectOptions (QPSQL turns each ';' into a space).
    QString connectOptions() const;

    // Key under which the system keychain keeps the password of `user` (service keychainService()):
    // "<login>@<host>:<port>/<database>" or "<login>@sqlite:<canonical file path>". The application and the
    // command-line tool both look passwords up by it.
    QString keychainKey() const;
    static QString keychainService();
};

} // namespace desk
