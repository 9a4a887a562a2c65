// Measures the demo data generator: prints one JSON object with the row counts, the time and the rates.
//   bench_demo [--persons N] [--organizations M] [--seed S] [--db URL] [--keep]
// Without --db the data goes into a new SQLite file in a temporary folder (removed afterwards unless --keep).
// For PostgreSQL the password comes from PGPASSWORD; the database must exist and hold no accounts.

#include "demo/DemoGenerator.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace desk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of the IdentityDesk demo data generator"));
    parser.addHelpOption();
    const QCommandLineOption persons(QStringLiteral("persons"), QStringLiteral("Person accounts."), QStringLiteral("N"),
                                     QStringLiteral("2000000"));
    const QCommandLineOption organizations(QStringLiteral("organizations"), QStringLiteral("Organization accounts."),
                                           QStringLiteral("M"), QStringLiteral("500000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Database URL (default: a temporary SQLite file)."),
                                QStringLiteral("URL"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the temporary SQLite file."));
    parser.addOptions({persons, organizations, seed, db, keep});
    parser.process(app);

    QTemporaryDir dir;
    DatabaseUrl url;
    if (parser.isSet(db)) {
        auto parsed = DatabaseUrl::parse(parser.value(db));
        if (!parsed) {
            std::fprintf(stderr, "%s\n", qPrintable(parsed.error().message));
            return 2;
        }
        url = *parsed;
    } else {
        dir.setAutoRemove(!parser.isSet(keep));
        url.driver = DatabaseUrl::Driver::Sqlite;
        url.path = dir.filePath(QStringLiteral("bench-demo.db"));
    }

    Database database(url, url.isPostgres() ? qEnvironmentVariable("PGPASSWORD") : QString());
    DemoOptions options;
    options.persons = parser.value(persons).toLongLong();
    options.organizations = parser.value(organizations).toLongLong();
    options.seed = parser.value(seed).toULongLong();

    DemoGenerator generator(database);
    qint64 lastTenth = -1;
    auto report = generator.generate(options, [&](qint64 done, qint64 total) {
        const qint64 tenth = total > 0 ? done * 10 / total : 10;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            std::fprintf(stderr, "%lld / %lld accounts\n", static_cast<long long>(done), static_cast<long long>(total));
        }
        return true;
    });
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return 1;
    }

    const qint64 accounts = report->persons + report->organizations;
    const qint64 rows = accounts + report->events + report->delegations + report->projects + report->legacyAccounts;
    QJsonObject json{
        {QStringLiteral("database"), url.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
        {QStringLiteral("persons"), report->persons},
        {QStringLiteral("organizations"), report->organizations},
        {QStringLiteral("events"), report->events},
        {QStringLiteral("delegations"), report->delegations},
        {QStringLiteral("projects"), report->projects},
        {QStringLiteral("legacy_accounts"), report->legacyAccounts},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("seconds"), report->seconds},
        {QStringLiteral("accounts_per_second"), report->seconds > 0 ? double(accounts) / report->seconds : 0.0},
        {QStringLiteral("rows_per_second"), report->seconds > 0 ? double(rows) / report->seconds : 0.0},
    };
    if (url.isSqlite()) {
        json.insert(QStringLiteral("file_bytes"), QFileInfo(url.path).size());
        if (parser.isSet(keep))
            json.insert(QStringLiteral("file"), url.path);
    }
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Indented).constData());
    return 0;
}
