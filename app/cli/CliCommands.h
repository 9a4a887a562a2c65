#pragma once

#include <QStringList>
#include <QTextStream>

namespace desk::cli {

// Exit codes shared by all subcommands.
enum ExitCode { Ok = 0, NotFound = 1, BadInput = 2, Failure = 3 };

// Runs one `identitydesk-cli` invocation; args[0] is the program name. `in` is standard input (the password of
// --as LOGIN); null: the process's stdin.
int run(const QStringList &args, QTextStream &out, QTextStream &err, QTextStream *in = nullptr);

} // namespace desk::cli
