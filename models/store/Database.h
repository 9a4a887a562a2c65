#pragma once

#include "core/Result.h"
#include "store/DatabaseUrl.h"
#include "store/Dialect.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace desk {

// One database as the application uses it: the URL, the signed-in credentials (in memory only),
// the dialect, and one named QSqlDatabase connection per thread that uses it.
class Database
{
public:
    enum class SchemaPolicy {
        Migrate,        // bring the schema up to date (embedded SQLite; `identitydesk-cli db migrate`)
        RequireCurrent, // refuse to work on an older or newer schema (staff signing in to PostgreSQL)
    };

    explicit Database(DatabaseUrl url, QString password = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    const Dialect &dialect() const { return *m_dialect; }
    QString userName() const; // the PostgreSQL role or empty for SQLite

    // Opens this thread's connection (creating the SQLite file and folder if needed).
    Status open();
    // This thread's connection, opened on first use.
    Result<QSqlDatabase> connection();
    // Closes and forgets this thread's connection; worker threads call it before they end.
    void closeThreadConnection();

    Status ensureSchema(SchemaPolicy policy);
    Result<int> schemaVersion();
    static int latestSchemaVersion();

    // A prepared statement on this thread's connection, prepared once and reused. The query stays owned by
    // the cache; call finish() on it when done reading so that SQLite releases its read lock.
    Result<QSqlQuery *> prepared(const QString &sql);
    // Prepares (cached), binds positional values and executes.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &values = {});

    // Turns a driver error into an Error whose message says what was being done.
    Error errorFrom(const QSqlError &error, const QString &whatFailed) const;
    // Why a connection could not be opened, from the driver's text: TLS and channel-binding failures get a
    // message that says what happened and what to do; anything else names the database and the driver's text.
    static Error connectionFailure(const DatabaseUrl &url, const QString &driverText);

    // Warnings met while opening (a database file readable by others that was narrowed, a weak sslmode for a
    // server on another computer), translated, each given once; they are also logged with qWarning.
    QStringList notices() const;

private:
    QString threadConnectionName() const;
    Status runMigrations(QSqlDatabase &db, int from);
    // Before the first open: warns about a weak sslmode; creates the SQLite file 0600 in a 0700 folder, or
    // narrows an existing one (and its -wal, -shm, -journal companions) to 0600.
    Status prepareFirstOpen();
    void addNotice(const QString &notice);

    DatabaseUrl m_url;
    QString m_password;
    std::unique_ptr<Dialect> m_dialect;
    QString m_instanceId;
    mutable QMutex m_mutex;
    QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> m_statements; // connection name -> sql -> query
    QStringList m_connectionNames;
    QStringList m_notices;
    QMutex m_firstOpenMutex;
    bool m_firstOpenDone = false;
};

// A write transaction on one connection; rolled back unless committed.
class Transaction
{
public:
    Transaction(Database &db, QSqlDatabase connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    Database &m_db;
    QSqlDatabase m_connection;
    bool m_active = false;
};

} // namespace desk
