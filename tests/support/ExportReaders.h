#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
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
// One page of a PDF as poppler draws it (pdftoppm -r dpi -png); null when pdftoppm could not.
QImage renderPdfPage(const QString &pdfPath, int page, int dpi);
// pdftotext -layout of one page (1-based).
std::optional<QString> pdfPageText(const QString &pdfPath, int page);

// A bar of a chart found in a rendered page: a run of columns of coloured (clearly not grey) pixels that stand
// on the chart's base line.
struct Bar
{
    int left = 0;
    int right = 0;   // inclusive
    int bottom = 0;  // the lowest coloured row
    int height = 0;  // coloured pixels straight up from the bottom, a fifth into the bar (clear of centred labels)
    QColor bottomColour; // in that column, just above the bottom
    QColor topColour;    // in that column, just below the top
};
// The bars in `image` (left to right): the coloured columns whose lowest coloured pixel lies on the lowest
// such row (within a pixel), so that legend swatches above the plot are not taken for bars.
QVector<Bar> barsIn(const QImage &image);

// The files in the directory (hidden ones included), for "nothing was left behind".
QStringList filesIn(const QString &dir);

} // namespace desk::test
