#pragma once

#include "TestDatabase.h"

#include "CliCommands.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace desk::test {

// One in-process run of identitydesk-cli against a test database, with what it printed.
struct CliRun
{
    int code = 0;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// Runs `identitydesk-cli --db URL args...`; on PostgreSQL the setup role's password comes from PGPASSWORD,
// as it would for an administrator. Demo staff become server-wide roles there, so each run gets its own prefix.
inline CliRun runCli(const DatabaseUrl &url, QStringList args)
{
    if (args.value(0) == QLatin1String("demo"))
        args << QStringLiteral("--staff-prefix") << uniqueLogin(QStringLiteral("t")) + QLatin1Char('_');
    CliRun run;
    QTextStream o(&run.out), e(&run.err);
    QStringList argv{QStringLiteral("identitydesk-cli"), QStringLiteral("--db"), url.toString()};
    argv += args;
    if (usingPostgres())
        qputenv("PGPASSWORD", adminPassword().toUtf8());
    run.code = cli::run(argv, o, e);
    o.flush();
    e.flush();
    return run;
}

} // namespace desk::test
