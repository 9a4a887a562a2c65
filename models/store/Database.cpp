#include "store/Database.h"

#include "store/OpenTransactions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <atomic>

namespace desk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("desk::Database", text);
}

struct Migration
{
    int version;
    const char *file;
};

// Numbered schema migrations; the same numbers exist for every dialect under resources/sql/<dialect>/.
constexpr Migration kMigrations[] = {
    {1, "001_initial.sql"},
    {2, "002_appeal_queue.sql"},
};

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed() == QLatin1String(";--")) {
            if (!current.trimmed().isEmpty())
                statements << current;
            current.clear();
        } else {
            current += line + QLatin1Char('\n');
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current;
    return statements;
}
} // namespace

Database::Database(DatabaseUrl url, QString password)
    : m_url(std::move(url)), m_password(std::move(password)), m_dialect(Dialect::create(m_url.driver)),
      m_instanceId(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
}

Database::~Database()
{
    QStringList names;
    {
        QMutexLocker lock(&m_mutex);
        m_statements.clear();
        names = m_connectionNames;
        m_connectionNames.clear();
    }
    for (const QString &name : names) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::userName() const
{
    return m_url.isPostgres() ? m_url.user : QString();
}

QString Database::threadConnectionName() const
{
    return QStringLiteral("desk-") + m_instanceId + QLatin1Char('-')
         + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

Status Database::open()
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    return {};
}

Result<QSqlDatabase> Database::connection()
{
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    if (!QSqlDatabase::isDriverAvailable(m_dialect->qtDriver()))
        return Error(Error::Code::ConnectionFailed,
                     tr("The Qt SQL driver %1 is not installed on this computer.").arg(m_dialect->qtDriver()));

    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(m_dialect->qtDriver(), name);
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connectionNames.contains(name))
            m_connectionNames << name;
    }
    if (m_url.isSqlite()) {
        const QFileInfo info(m_url.path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error(Error::Code::Io, tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setDatabaseName(m_url.database);
        db.setUserName(m_url.user);
        if (!m_password.isEmpty())
            db.setPassword(m_password);
        QString options = QStringLiteral("connect_timeout=5;application_name=IdentityDesk");
        if (!m_url.sslMode.isEmpty())
            options += QStringLiteral(";sslmode=") + m_url.sslMode;
        db.setConnectOptions(options);
    }
    if (!db.open()) {
        const QSqlError err = db.lastError();
        if (m_dialect->isAuthFailure(err))
            return Error(Error::Code::AuthFailed,
                         tr("The database refused the sign-in of \"%1\": wrong login name or password.")
                             .arg(m_url.user));
        return Error(Error::Code::ConnectionFailed,
                     tr("Cannot open the database %1: %2")
                         .arg(m_url.toString(), err.databaseText().isEmpty() ? err.text() : err.databaseText().trimmed()));
    }
    if (m_url.isSqlite()) {
        // Refuse a file that is not an SQLite database before anything writes to it.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            const QString detail = q.lastError().databaseText();
            q = QSqlQuery();
            db.close();
            return Error(Error::Code::InvalidInput,
                         tr("%1 is not an IdentityDesk database (%2).").arg(m_url.path, detail));
        }
    }
    for (const QString &statement : m_dialect->sessionSetup()) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return errorFrom(q.lastError(), tr("preparing the connection"));
    }
    return db;
}

void Database::closeThreadConnection()
{
    const QString name = threadConnectionName();
    {
        QMutexLocker lock(&m_mutex);
        m_statements.remove(name);
        m_connectionNames.removeAll(name);
    }
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int Database::latestSchemaVersion()
{
    return std::size(kMigrations);
}

Result<int> Database::schemaVersion()
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = *conn;
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
        return errorFrom(q.lastError(), tr("reading the schema version"));
    return q.next() ? q.value(0).toInt() : 0;
}

Status Database::ensureSchema(SchemaPolicy policy)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    auto version = schemaVersion();
    if (!version)
        return version.error();
    const int latest = latestSchemaVersion();
    if (*version > latest)
        return Error(Error::Code::SchemaTooNew,
                     tr("This database was written by a newer IdentityDesk (schema version %1; this program knows "
                        "up to %2). Install the newer IdentityDesk; nothing was changed.")
                         .arg(*version)
                         .arg(latest));
    if (*version == latest)
        return {};
    if (policy == SchemaPolicy::RequireCurrent) {
        if (*version == 0)
            return Error(Error::Code::SchemaTooNew,
                         tr("The database %1 holds no IdentityDesk schema yet. An administrator sets it up with "
                            "\"identitydesk-cli db migrate --db URL\".")
                             .arg(m_url.toString()));
        return Error(Error::Code::SchemaTooNew,
                     tr("The database schema is at version %1 but this program needs %2. An administrator "
                        "upgrades it with \"identitydesk-cli db migrate --db URL\".")
                         .arg(*version)
                         .arg(latest));
    }
    QSqlDatabase db = *conn;
    return runMigrations(db, *version);
}

Status Database::runMigrations(QSqlDatabase &db, int from)
{
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                   "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")))
            return errorFrom(q.lastError(), tr("creating the schema version table"));
    }
    for (const Migration &m : kMigrations) {
        if (m.version <= from)
            continue;
        const QString path = QStringLiteral(":/sql/") + m_dialect->name() + QLatin1Char('/') + QLatin1String(m.file);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Error::Code::Internal, tr("Migration %1 is missing from the program.").arg(path));
        const QString script = QString::fromUtf8(file.readAll());

        Transaction tx(*this, db);
        if (auto s = tx.begin(); !s)
            return s;
        // Another client may have migrated meanwhile: re-check inside the transaction.
        {
            QSqlQuery check(db);
            check.prepare(QStringLiteral("SELECT 1 FROM schema_version WHERE version = ?"));
            check.addBindValue(m.version);
            if (!check.exec())
                return errorFrom(check.lastError(), tr("checking migration %1").arg(m.version));
            if (check.next())
                continue;
        }
        for (const QString &statement : splitStatements(script)) {
            QSqlQuery q(db);
            if (!q.exec(statement))
                return errorFrom(q.lastError(), tr("applying schema migration %1").arg(m.version));
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        record.addBindValue(m.version);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!record.exec())
            return errorFrom(record.lastError(), tr("recording schema migration %1").arg(m.version));
        if (auto s = tx.commit(); !s)
            return s;
    }
    return {};
}

Result<QSqlQuery *> Database::prepared(const QString &sql)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    const QString name = conn->connectionName();
    {
        QMutexLocker lock(&m_mutex);
        auto &cache = m_statements[name];
        auto it = cache.constFind(sql);
        if (it != cache.constEnd())
            return it->get();
    }
    auto q = std::make_shared<QSqlQuery>(*conn);
    q->setForwardOnly(true);
    if (!q->prepare(sql))
        return errorFrom(q->lastError(), tr("preparing a statement"));
    QMutexLocker lock(&m_mutex);
    m_statements[name].insert(sql, q);
    return q.get();
}

Result<QSqlQuery *> Database::exec(const QString &sql, const QVariantList &values)
{
    auto q = prepared(sql);
    if (!q)
        return q.error();
    q->finish(); // a previous use may not have read to the end
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec()) {
        const Error error = errorFrom(q->lastError(), tr("running a query"));
        if (error.code == Error::Code::ConnectionFailed)
            closeThreadConnection(); // the next call reconnects; nothing is retried behind the caller's back
        return error;
    }
    return q;
}

Error Database::errorFrom(const QSqlError &error, const QString &whatFailed) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText().trimmed();
    if (m_dialect->isConnectionLost(error))
        return Error(Error::Code::ConnectionFailed,
                     tr("The connection to the database was lost while %1. Nothing was saved; try again when "
                        "the server is reachable. (%2)")
                         .arg(whatFailed, detail));
    if (m_dialect->isUniqueViolation(error))
        return Error(Error::Code::Conflict, tr("Conflict while %1: %2").arg(whatFailed, detail));
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return Error(Error::Code::PermissionDenied,
                     tr("The database does not allow your role to do this (%1): %2").arg(whatFailed, detail));
    return Error(Error::Code::Database, tr("Database error while %1: %2").arg(whatFailed, detail));
}

Transaction::Transaction(Database &db, QSqlDatabase connection) : m_db(db), m_connection(std::move(connection)) {}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::begin()
{
    QSqlQuery q(m_connection);
    if (!q.exec(m_db.dialect().beginWrite()))
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate("desk::Database", "starting a transaction"));
    m_active = true;
    openTransactions::opened(m_db);
    return {};
}

Status Transaction::commit()
{
    QSqlQuery q(m_connection);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = m_db.errorFrom(q.lastError(), QCoreApplication::translate("desk::Database", "committing"));
        rollback();
        return e;
    }
    m_active = false;
    openTransactions::closed(m_db);
    return {};
}

void Transaction::rollback()
{
    QSqlQuery q(m_connection);
    q.exec(QStringLiteral("ROLLBACK"));
    if (m_active)
        openTransactions::closed(m_db);
    m_active = false;
}

} // namespace desk
