#include "ExportReaders.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

namespace desk::test {

bool toolAvailable(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

std::optional<QByteArray> runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    return p.readAllStandardOutput();
}

std::optional<QByteArray> unzipEntry(const QString &zipPath, const QString &entry)
{
    return runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), zipPath, entry});
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace desk::test
