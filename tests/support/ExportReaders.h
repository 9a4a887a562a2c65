#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace desk::test {

// Independent readers for exported files: the tools a user's machine or CI has (unzip, poppler's pdffonts and
// pdftotext, from scripts/setup-deps.sh), run as processes, so a test never reads a file with the code that wrote it.
bool toolAvailable(const QString &program);
// What `program args...` printed on stdout; nullopt when it could not run or failed.
std::optional<QByteArray> runTool(const QString &program, const QStringList &args);
// One member of a zip file (an XLSX part such as "xl/worksheets/sheet1.xml").
std::optional<QByteArray> unzipEntry(const QString &zipPath, const QString &entry);
// The files in the directory (hidden ones included), for "nothing was left behind".
QStringList filesIn(const QString &dir);

} // namespace desk::test
