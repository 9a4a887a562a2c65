#include "TestDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace desk::test {

namespace {
DatabaseUrl g_lastUrl;

struct PgEnv
{
    QString url;
    QString password;
};

PgEnv readPgEnv()
{
    PgEnv env;
    const QString file = qEnvironmentVariable("DESK_TEST_PG_ENV");
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
        qFatal("DESK_TEST_PG_ENV does not name the PostgreSQL test server's env file; run through ctest, "
               "which starts the server (fixture pg_server_start)");
    for (const QByteArray &line : f.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (key == "DESK_TEST_PG_URL")
            env.url = value;
        else if (key == "DESK_TEST_PG_PASSWORD")
            env.password = value;
    }
    return env;
}

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

bool usingPostgres()
{
    return qEnvironmentVariable("DESK_TEST_DB") == QLatin1String("postgresql");
}

QString adminPassword()
{
    return usingPostgres() ? readPgEnv().password : QString();
}

QString uniqueLogin(const QString &prefix)
{
    return prefix + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

DatabaseUrl lastTestDatabaseUrl()
{
    return g_lastUrl;
}

std::unique_ptr<Database> openTestDatabase()
{
    static int counter = 0;
    DatabaseUrl url;
    QString password;
    std::unique_ptr<Database> server; // PostgreSQL: holds the migration lock below
    if (usingPostgres()) {
        const PgEnv env = readPgEnv();
        auto admin = DatabaseUrl::parse(env.url);
        if (!admin)
            qFatal("bad DESK_TEST_PG_URL: %s", qPrintable(admin.error().message));
        const QString name = QStringLiteral("desk_t_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        server = std::make_unique<Database>(*admin, env.password);
        auto conn = server->connection();
        if (!conn)
            qFatal("cannot reach the PostgreSQL test server: %s", qPrintable(conn.error().message));
        QSqlQuery q(*conn);
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + name))
            qFatal("CREATE DATABASE failed: %s", qPrintable(q.lastError().text()));
        // The schema creates and grants cluster-wide roles (desk_staff, desk_owner, ...): two test processes
        // migrating their databases at the same moment race on those (a duplicate role, "tuple concurrently
        // updated"). An advisory lock in the server's own database, which every test process connects to, lets one
        // migrate at a time.
        if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(7406250)")))
            qFatal("taking the migration lock failed: %s", qPrintable(q.lastError().text()));
        url = *admin;
        url.database = name;
        password = env.password;
    } else {
        if (!tempDir().isValid())
            qFatal("no temporary folder");
        url.driver = DatabaseUrl::Driver::Sqlite;
        url.path = tempDir().filePath(QStringLiteral("test-%1.db").arg(++counter));
    }
    auto db = std::make_unique<Database>(url, password);
    if (auto s = db->ensureSchema(Database::SchemaPolicy::Migrate); !s)
        qFatal("migrating the test database failed: %s", qPrintable(s.error().message));
    if (server) {
        auto conn = server->connection();
        QSqlQuery q(*conn);
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(7406250)"));
    }
    g_lastUrl = url;
    return db;
}

} // namespace desk::test
