#pragma once

// What the identitydesk-cli subcommands share: the output streams, the database, signing in, JSON output.
// Each group of subcommands lives in its own file and is dispatched from CliCommands.cpp.

#include "CliCommands.h"
#include "core/Result.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace desk {
class Session;
}

namespace desk::cli {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("desk::cli", text);
}

struct Context
{
    QTextStream &out;
    QTextStream &err;
    DatabaseUrl url;
    QString asLogin;          // --as LOGIN: sign in as this staff member (SQLite: password on standard input)
    QTextStream *in = nullptr; // standard input; null: the process's stdin
};

// Prints the error and returns BadInput for invalid input, Failure otherwise.
int fail(Context &ctx, const Error &error);
// Signs in as the CLI does everywhere: embedded file as cli:<os user>, or with --as LOGIN as that staff member
// with the password read from standard input (one line); PostgreSQL with PGPASSWORD or the keychain.
Result<std::shared_ptr<Session>> openSession(Context &ctx,
                                             Database::SchemaPolicy policy = Database::SchemaPolicy::RequireCurrent);
void printJson(Context &ctx, const QJsonValue &value);

int cmdAppeal(Context &ctx, const QStringList &args); // AppealCommands.cpp
int cmdSms(Context &ctx, const QStringList &args);    // SmsCommands.cpp
int cmdCalendar(Context &ctx, const QStringList &args); // CalendarCommands.cpp
int cmdReview(Context &ctx, const QStringList &args);   // ReviewCommands.cpp
int cmdMerge(Context &ctx, const QStringList &args);    // MergeCommands.cpp
int cmdTransfer(Context &ctx, const QStringList &args); // MergeCommands.cpp
int cmdReport(Context &ctx, const QStringList &args);   // ReportCommands.cpp

} // namespace desk::cli
