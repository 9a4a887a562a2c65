#include "demo/DemoGenerator.h"

#include "demo/DemoAppeals.h"
#include "demo/DemoReviews.h"
#include "demo/DemoFactory.h"
#include "demo/DemoLoad.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace desk {

namespace {

using namespace demo;

const QString kCountAccounts = QStringLiteral("SELECT COUNT(*) FROM account");
const QString kBusinessSystems = QStringLiteral("SELECT id, code FROM business_system");
const QString kSqliteIndexes =
    QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
                   "('account', 'account_event', 'delegation', 'project', 'legacy_account') ORDER BY name");
// Account ids are explicit (other rows point at them): move the identity sequence past them afterwards.
const QString kPostgresResetAccountSequence =
    QStringLiteral("SELECT setval(pg_get_serial_sequence('account', 'id'), (SELECT MAX(id) FROM account))");
const QStringList kLoadedTables = {QStringLiteral("account"), QStringLiteral("account_event"),
                                   QStringLiteral("delegation"), QStringLiteral("project"),
                                   QStringLiteral("legacy_account")};

const qint64 kEarliestNow = daysFromCivil(2023, 1, 1) * kSecsPerDay;

// ---- bulk-load settings ---------------------------------------------------------------------------------

// SQLite: no fsync, a big page cache and in-memory sorting while loading; restored afterwards.
class SqliteLoadSettings
{
public:
    explicit SqliteLoadSettings(QSqlDatabase connection, qint64 accounts) : m_connection(std::move(connection))
    {
        m_synchronous = pragma(QStringLiteral("synchronous"));
        m_cacheSize = pragma(QStringLiteral("cache_size"));
        m_tempStore = pragma(QStringLiteral("temp_store"));
        m_threads = pragma(QStringLiteral("threads"));
        // The whole load fits in the page cache up to about two million accounts (~0.8 KiB each, all tables).
        const qint64 cacheKiB = std::clamp<qint64>(accounts, 64 * 1024, 2 * 1024 * 1024);
        run(QStringLiteral("PRAGMA synchronous = OFF"));
        run(QStringLiteral("PRAGMA cache_size = -") + QString::number(cacheKiB));
        run(QStringLiteral("PRAGMA temp_store = MEMORY"));
        run(QStringLiteral("PRAGMA threads = 2"));
    }
    ~SqliteLoadSettings()
    {
        run(QStringLiteral("PRAGMA synchronous = ") + m_synchronous);
        run(QStringLiteral("PRAGMA cache_size = ") + m_cacheSize);
        run(QStringLiteral("PRAGMA temp_store = ") + m_tempStore);
        run(QStringLiteral("PRAGMA threads = ") + m_threads);
    }
    SqliteLoadSettings(const SqliteLoadSettings &) = delete;
    SqliteLoadSettings &operator=(const SqliteLoadSettings &) = delete;

private:
    QString pragma(const QString &name)
    {
        QSqlQuery q(m_connection);
        return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0).toString() : QString();
    }
    void run(const QString &sql)
    {
        if (sql.endsWith(QLatin1String("= ")))
            return;
        QSqlQuery q(m_connection);
        q.exec(sql);
    }

    QSqlDatabase m_connection;
    QString m_synchronous;
    QString m_cacheSize;
    QString m_tempStore;
    QString m_threads;
};

struct IndexDefinition
{
    QString name;
    QString sql;
};

} // namespace

DemoGenerator::DemoGenerator(Database &db) : m_db(db) {}

Result<DemoReport> DemoGenerator::generate(const DemoOptions &options, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (options.persons < 0 || options.organizations < 0)
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::DemoGenerator", "The numbers of persons and organizations cannot be negative."));
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    if (nowSecs < kEarliestNow)
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("desk::DemoGenerator", "Demo data is placed after the Torch migration of March 2022: choose a date from 2023 on."));

    if (auto s = m_db.ensureSchema(Database::SchemaPolicy::Migrate); !s)
        return s.error();
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlDatabase connection = *conn;
    const bool postgres = m_db.url().isPostgres();

    QHash<QString, qint64> systems;
    {
        QSqlQuery q(connection);
        if (!q.exec(kCountAccounts) || !q.next())
            return m_db.errorFrom(q.lastError(), QCoreApplication::translate("desk::DemoGenerator", "counting accounts"));
        if (const qint64 existing = q.value(0).toLongLong(); existing > 0)
            return Error(Error::Code::Conflict,
                         QCoreApplication::translate("desk::DemoGenerator", "The database already holds %1 accounts; demo data goes into an empty database only.")
                             .arg(existing));
        if (!q.exec(kBusinessSystems))
            return m_db.errorFrom(q.lastError(), QCoreApplication::translate("desk::DemoGenerator", "reading the business systems"));
        while (q.next())
            systems.insert(q.value(1).toString(), q.value(0).toLongLong());
        for (const char *code : {"hgr", "hte", "tsme", "fex", "torch"}) {
            if (!systems.contains(QLatin1String(code)))
                return Error(Error::Code::Internal,
                             QCoreApplication::translate("desk::DemoGenerator", "The business system \"%1\" is missing from the database.").arg(QLatin1String(code)));
        }
    }

    std::optional<SqliteLoadSettings> sqliteSettings;
    if (!postgres)
        sqliteSettings.emplace(connection, options.persons + options.organizations);

    Transaction tx(m_db, connection);
    if (auto s = tx.begin(); !s)
        return s.error();

    // SQLite builds an index faster from sorted data than row by row: drop the secondary indexes of the
    // loaded tables inside the transaction and create them again from their own definitions at the end.
    std::vector<IndexDefinition> indexes;
    if (!postgres) {
        QSqlQuery q(connection);
        if (!q.exec(kSqliteIndexes))
            return m_db.errorFrom(q.lastError(), QCoreApplication::translate("desk::DemoGenerator", "reading the index definitions"));
        while (q.next())
            indexes.push_back({q.value(0).toString(), q.value(1).toString()});
        for (const IndexDefinition &index : indexes) {
            if (!q.exec(QStringLiteral("DROP INDEX ") + index.name))
                return m_db.errorFrom(q.lastError(), QCoreApplication::translate("desk::DemoGenerator", "preparing the demo load"));
        }
    }

    // Progress counts accounts, then a quarter as much again for rebuilding the indexes and committing
    // (about the share of the time they take on SQLite).
    const qint64 accounts = options.persons + options.organizations;
    const qint64 finishing = std::max<qint64>(1, accounts / 4);
    const qint64 total = accounts + finishing;
    const Error cancelled(Error::Code::Cancelled, QCoreApplication::translate("desk::DemoGenerator", "Demo data generation was cancelled; nothing was written."));

    auto load = std::make_unique<DemoLoad>(m_db, connection, options, nowSecs, systems);
    if (auto s = load->run(progress, total); !s)
        return s.error(); // the transaction rolls back: indexes and all

    QSqlQuery q(connection);
    for (size_t i = 0; i < indexes.size(); ++i) {
        if (!q.exec(indexes[i].sql))
            return m_db.errorFrom(q.lastError(), QCoreApplication::translate("desk::DemoGenerator", "creating the index %1").arg(indexes[i].name));
        if (progress && !progress(accounts + finishing * qint64(i + 1) / qint64(indexes.size() + 1), total))
            return cancelled;
    }
    if (progress && !progress(total, total))
        return cancelled;
    if (postgres) {
        if (!q.exec(kPostgresResetAccountSequence))
            return m_db.errorFrom(q.lastError(), QCoreApplication::translate("desk::DemoGenerator", "advancing the account id sequence"));
    }
    if (auto s = tx.commit(); !s)
        return s.error();

    // The recovery appeals go in through the appeal service once the accounts exist (its own transactions, still
    // under the SQLite load settings). A failure here leaves the accounts in place and says so.
    DemoReport report = load->report();
    demo::DemoAppeals appeals(m_db, options, now);
    const qint64 appealCount = demo::DemoAppeals::countFor(options);
    auto filed = appeals.run(appealCount);
    if (!filed)
        return Error(filed.error().code,
                     QCoreApplication::translate("desk::DemoGenerator", "The demo accounts were written, but filing the demo appeals failed: %1")
                         .arg(filed.error().message));
    report.appeals = filed->appeals;
    report.appealDocuments = filed->documents;
    report.appealPictures = filed->pictures || appealCount <= 0;
    report.events += filed->accountEvents;
    demo::DemoReviews reviews(m_db, options, now);
    auto requested = reviews.run(demo::DemoReviews::countFor(options));
    if (!requested)
        return Error(requested.error().code,
                     QCoreApplication::translate("desk::DemoGenerator", "The demo accounts were written, but filing the demo real-name review requests failed: %1")
                         .arg(requested.error().message));
    report.reviews = requested->requests;
    report.reviewDocuments = requested->documents;
    sqliteSettings.reset();

    // Planner statistics for the new data, and the SQLite write-ahead log folded back into the file.
    if (postgres) {
        for (const QString &table : kLoadedTables)
            q.exec(QStringLiteral("ANALYZE ") + table);
    } else {
        q.exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
        q.exec(QStringLiteral("ANALYZE"));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace desk
