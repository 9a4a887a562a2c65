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
#include <optional>

#ifndef Q_OS_WIN
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace desk {

namespace {
struct Migration
{
    int version;
    const char *file;
};

// Numbered schema migrations; the same numbers exist for every dialect under resources/sql/<dialect>/.
constexpr Migration kMigrations[] = {
    {1, "001_initial.sql"},
    {2, "002_appeal_queue.sql"},
    {3, "003_server_rules.sql"},
    {4, "004_masked_reads.sql"},
    {5, "005_real_name_review.sql"},
    {6, "006_merges.sql"},
    {7, "007_reports.sql"},
    {8, "008_review_followups.sql"},
    {9, "009_dashboard.sql"},
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

bool mentions(const QString &text, std::initializer_list<const char *> fragments)
{
    for (const char *fragment : fragments)
        if (text.contains(QString::fromUtf8(fragment), Qt::CaseInsensitive))
            return true;
    return false;
}

// Where libpq looks for trusted root certificates when the URL names none.
QString defaultRootCertificate()
{
#ifdef Q_OS_WIN
    return qEnvironmentVariable("APPDATA") + QStringLiteral("/postgresql/root.crt");
#else
    return QDir::homePath() + QStringLiteral("/.postgresql/root.crt");
#endif
}

#ifndef Q_OS_WIN
// A file or folder and what went wrong with it (the system's words).
struct FileProblem
{
    QString path;
    QString reason;
};

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Creates the missing folders of `folder` with mode 0700 (the ones that exist are left alone).
std::optional<FileProblem> createPrivateFolder(const QString &folder)
{
    QStringList missing;
    for (QString dir = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()); !QFileInfo::exists(dir);
         dir = QFileInfo(dir).absolutePath()) {
        missing.prepend(dir);
        if (QFileInfo(dir).absolutePath() == dir)
            break;
    }
    for (const QString &dir : missing) {
        const QByteArray name = QFile::encodeName(dir);
        if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST)
            return FileProblem{dir, systemError()};
        ::chmod(name.constData(), 0700); // exactly 0700, whatever the umask
    }
    return std::nullopt;
}

// Creates an empty database file that only its owner may read, unless it exists (SQLite takes an empty file
// for a new database and gives its -wal, -shm and -journal files the same permissions).
std::optional<FileProblem> createPrivateFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno == EEXIST ? std::nullopt : std::optional<FileProblem>(FileProblem{path, systemError()});
    ::fchmod(fd, 0600);
    ::close(fd);
    return std::nullopt;
}

// A file that others could read or write, and whether narrowing it to 0600 failed.
struct Narrowed
{
    QString path;
    QString wasMode; // e.g. "0644"
    QString failure; // empty when it is now 0600
};

std::optional<Narrowed> narrowToOwner(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::stat(name.constData(), &st) != 0 || (st.st_mode & 077) == 0)
        return std::nullopt;
    Narrowed narrowed{path, QString::number(st.st_mode & 0777, 8).rightJustified(4, QLatin1Char('0')), {}};
    if (::chmod(name.constData(), 0600) != 0)
        narrowed.failure = systemError();
    return narrowed;
}
#endif
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
                     QCoreApplication::translate("desk::Database", "The Qt SQL driver %1 is not installed on this computer.").arg(m_dialect->qtDriver()));

    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(m_dialect->qtDriver(), name);
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connectionNames.contains(name))
            m_connectionNames << name;
    }
    if (auto s = prepareFirstOpen(); !s)
        return s.error();
    if (m_url.isSqlite()) {
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setDatabaseName(m_url.database);
        db.setUserName(m_url.user);
        if (!m_password.isEmpty())
            db.setPassword(m_password);
        db.setConnectOptions(m_url.connectOptions());
    }
    if (!db.open()) {
        const QSqlError err = db.lastError();
        if (m_dialect->isAuthFailure(err))
            return Error(Error::Code::AuthFailed,
                         QCoreApplication::translate("desk::Database", "The database refused the sign-in of \"%1\": wrong login name or password.")
                             .arg(m_url.user));
        return connectionFailure(m_url, err.databaseText().isEmpty() ? err.text() : err.databaseText().trimmed());
    }
    if (m_url.isSqlite()) {
        // Refuse a file that is not an SQLite database before anything writes to it.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            const QString detail = q.lastError().databaseText();
            q = QSqlQuery();
            db.close();
            return Error(Error::Code::InvalidInput,
                         QCoreApplication::translate("desk::Database", "%1 is not an IdentityDesk database (%2).").arg(m_url.path, detail));
        }
    }
    for (const QString &statement : m_dialect->sessionSetup()) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return errorFrom(q.lastError(), QCoreApplication::translate("desk::Database", "preparing the connection"));
    }
    return db;
}

Status Database::prepareFirstOpen()
{
    QMutexLocker lock(&m_firstOpenMutex);
    if (m_firstOpenDone)
        return {};
    if (m_url.hasWeakTlsForRemoteHost())
        addNotice(QCoreApplication::translate("desk::Database", "The database URL asks for sslmode=%1 to reach %2, another computer: the server's identity is "
                     "not checked (and the connection may not even be encrypted), so a machine in between could "
                     "read or change what is sent. Without sslmode in the URL IdentityDesk uses verify-full.")
                      .arg(m_url.sslMode, m_url.host));
    if (m_url.isSqlite()) {
#ifdef Q_OS_WIN
        // The user's profile folder is private through its NTFS access control lists.
        const QString folder = QFileInfo(m_url.path).absolutePath();
        if (!QDir().mkpath(folder))
            return Error(Error::Code::Io, QCoreApplication::translate("desk::Database", "Cannot create the folder %1 for the database.").arg(folder));
#else
        if (const auto problem = createPrivateFolder(QFileInfo(m_url.path).absolutePath()))
            return Error(Error::Code::Io,
                         QCoreApplication::translate("desk::Database", "Cannot create the folder %1 for the database: %2").arg(problem->path, problem->reason));
        if (const auto problem = createPrivateFile(m_url.path))
            return Error(Error::Code::Io,
                         QCoreApplication::translate("desk::Database", "Cannot create the database file %1: %2").arg(problem->path, problem->reason));
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            const auto wide = narrowToOwner(m_url.path + QLatin1String(suffix));
            if (!wide)
                continue;
            if (wide->failure.isEmpty())
                addNotice(QCoreApplication::translate("desk::Database", "The database file %1 could be read by other users of this computer (permissions %2); "
                             "its permissions are now 0600 (only you).")
                              .arg(wide->path, wide->wasMode));
            else
                addNotice(QCoreApplication::translate("desk::Database", "The database file %1 can be read by other users of this computer (permissions %2) and "
                             "could not be narrowed: %3. Ask its owner to run: chmod 600 %1")
                              .arg(wide->path, wide->wasMode, wide->failure));
        }
#endif
    }
    m_firstOpenDone = true;
    return {};
}

void Database::addNotice(const QString &notice)
{
    qWarning("IdentityDesk: %s", qUtf8Printable(notice));
    QMutexLocker lock(&m_mutex);
    m_notices << notice;
}

QStringList Database::notices() const
{
    QMutexLocker lock(&m_mutex);
    return m_notices;
}

Error Database::connectionFailure(const DatabaseUrl &url, const QString &driverText)
{
    // libpq's own words, in English or (with its translations installed) in Chinese; OpenSSL's are English only.
    const QString &d = driverText;
    const QString rootCertHelp =
        QCoreApplication::translate("desk::Database", "Ask the database administrator for the certificate of the authority that signed the server's "
           "certificate, and install it as %1, or name it in the database URL with ?sslrootcert=/path/to/root.crt.")
            .arg(QDir::toNativeSeparators(defaultRootCertificate()));
    QString message;
    if (mentions(d, {"root certificate file", "根认证文件", "根证书文件"})) {
        message = QCoreApplication::translate("desk::Database", "The certificate of the database server %1 cannot be checked: this computer has no trusted root "
                     "certificate for it. %2")
                      .arg(url.host, rootCertHelp);
    } else if (mentions(d, {"does not match host name", "与主机名不匹配"})) {
        message = QCoreApplication::translate("desk::Database", "The certificate of the database server is not valid for the host name %1: it was issued for "
                     "another name. Connect with the host name the certificate names (ask the database "
                     "administrator), or have the certificate reissued for %1. Do not sign in until this is "
                     "resolved.")
                      .arg(url.host);
    } else if (mentions(d, {"certificate verify failed"})) {
        message = QCoreApplication::translate("desk::Database", "The certificate of the database server %1 could not be verified against the trusted root "
                     "certificate. If the right root certificate is not installed yet: %2 If it is, the server may not "
                     "be the one it claims to be: do not sign in, and tell the database administrator.")
                      .arg(url.host, rootCertHelp);
    } else if (mentions(d, {"server does not support SSL", "服务器不支持 SSL"})) {
        message = QCoreApplication::translate("desk::Database", "The database server %1 does not accept encrypted (TLS) connections, and this connection "
                     "requires one (sslmode=%2). Ask the database administrator to enable TLS on the server.")
                      .arg(url.host, url.effectiveSslMode());
    } else if (mentions(d, {"channel binding", "通道绑定"})) {
        message = QCoreApplication::translate("desk::Database", "The database server %1 did not sign you in with channel binding, which IdentityDesk requires "
                     "for a server on another computer: without it, a machine in between could pose as the server. "
                     "Ask the database administrator to offer SCRAM-SHA-256 password authentication over TLS.")
                      .arg(url.host);
    } else if (mentions(d, {"SSL SYSCALL"})) {
        message = QCoreApplication::translate("desk::Database", "The encrypted connection to the database server %1 broke off unexpectedly: the server closed "
                     "it, or something on the network (a firewall or proxy) interfered. Try again; if it keeps "
                     "happening, tell the database administrator.")
                      .arg(url.host);
    } else {
        return Error(Error::Code::ConnectionFailed, QCoreApplication::translate("desk::Database", "Cannot open the database %1: %2").arg(url.toString(), d));
    }
    return Error(Error::Code::ConnectionFailed, message + QStringLiteral(" (") + d + QLatin1Char(')'));
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
    return kMigrations[std::size(kMigrations) - 1].version; // numbers may skip (see kMigrations)
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
        return errorFrom(q.lastError(), QCoreApplication::translate("desk::Database", "reading the schema version"));
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
                     QCoreApplication::translate("desk::Database", "This database was written by a newer IdentityDesk (schema version %1; this program knows "
                        "up to %2). Install the newer IdentityDesk; nothing was changed.")
                         .arg(*version)
                         .arg(latest));
    if (*version == latest)
        return {};
    if (policy == SchemaPolicy::RequireCurrent) {
        if (*version == 0)
            return Error(Error::Code::SchemaTooNew,
                         QCoreApplication::translate("desk::Database", "The database %1 holds no IdentityDesk schema yet. An administrator sets it up with "
                            "\"identitydesk-cli db migrate --db URL\".")
                             .arg(m_url.toString()));
        return Error(Error::Code::SchemaTooNew,
                     QCoreApplication::translate("desk::Database", "The database schema is at version %1 but this program needs %2. An administrator "
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
            return errorFrom(q.lastError(), QCoreApplication::translate("desk::Database", "creating the schema version table"));
    }
    for (const Migration &m : kMigrations) {
        if (m.version <= from)
            continue;
        const QString path = QStringLiteral(":/sql/") + m_dialect->name() + QLatin1Char('/') + QLatin1String(m.file);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Error::Code::Internal, QCoreApplication::translate("desk::Database", "Migration %1 is missing from the program.").arg(path));
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
                return errorFrom(check.lastError(), QCoreApplication::translate("desk::Database", "checking migration %1").arg(m.version));
            if (check.next())
                continue;
        }
        for (const QString &statement : splitStatements(script)) {
            QSqlQuery q(db);
            if (!q.exec(statement))
                return errorFrom(q.lastError(), QCoreApplication::translate("desk::Database", "applying schema migration %1").arg(m.version));
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        record.addBindValue(m.version);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!record.exec())
            return errorFrom(record.lastError(), QCoreApplication::translate("desk::Database", "recording schema migration %1").arg(m.version));
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
        return errorFrom(q->lastError(), QCoreApplication::translate("desk::Database", "preparing a statement"));
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
        const Error error = errorFrom(q->lastError(), QCoreApplication::translate("desk::Database", "running a query"));
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
                     QCoreApplication::translate("desk::Database", "The connection to the database was lost while %1. Nothing was saved; try again when "
                        "the server is reachable. (%2)")
                         .arg(whatFailed, detail));
    if (m_dialect->isUniqueViolation(error))
        return Error(Error::Code::Conflict, QCoreApplication::translate("desk::Database", "Conflict while %1: %2").arg(whatFailed, detail));
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return Error(Error::Code::PermissionDenied,
                     QCoreApplication::translate("desk::Database", "The database does not allow your role to do this (%1): %2").arg(whatFailed, detail));
    return Error(Error::Code::Database, QCoreApplication::translate("desk::Database", "Database error while %1: %2").arg(whatFailed, detail));
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
