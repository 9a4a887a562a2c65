#include "ExportReaders.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

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

QImage renderPdfPage(const QString &pdfPath, int page, int dpi)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    const QString n = QString::number(page);
    if (!runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), n,
                                              QStringLiteral("-l"), n, QStringLiteral("-png"),
                                              QStringLiteral("-singlefile"), pdfPath, prefix}))
        return {};
    return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

std::optional<QString> pdfPageText(const QString &pdfPath, int page)
{
    const QString n = QString::number(page);
    const auto text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), n,
                                                           QStringLiteral("-l"), n, pdfPath, QStringLiteral("-")});
    if (!text)
        return std::nullopt;
    // Qt's subset maps a CJK glyph shared with a Kangxi radical to either code point: compare in NFKC.
    return QString::fromUtf8(*text).normalized(QString::NormalizationForm_KC);
}

namespace {

bool coloured(QRgb p)
{
    const int hi = std::max({qRed(p), qGreen(p), qBlue(p)}), lo = std::min({qRed(p), qGreen(p), qBlue(p)});
    return hi - lo > 60;
}

} // namespace

QVector<Bar> barsIn(const QImage &image)
{
    QVector<int> lowest(image.width(), -1);
    int base = -1;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = image.height() - 1; y >= 0; --y) {
            if (coloured(image.pixel(x, y))) {
                lowest[x] = y;
                break;
            }
        }
        base = std::max(base, lowest[x]);
    }
    QVector<Bar> bars;
    if (base < 0)
        return bars;
    for (int x = 0; x < image.width();) {
        if (lowest[x] < base - 1) {
            ++x;
            continue;
        }
        Bar bar;
        bar.left = x;
        while (x < image.width() && lowest[x] >= base - 1)
            ++x;
        bar.right = x - 1;
        // A fifth into the bar: clear of its anti-aliased edge and of a value label centred in it.
        const int mid = std::min(bar.right, bar.left + std::max(1, (bar.right - bar.left) / 5));
        bar.bottom = lowest[mid];
        int y = bar.bottom;
        while (y >= 0 && coloured(image.pixel(mid, y)))
            --y;
        bar.height = bar.bottom - y;
        bar.bottomColour = QColor(image.pixel(mid, std::max(0, bar.bottom - 1)));
        bar.topColour = QColor(image.pixel(mid, std::min(bar.bottom, y + 2)));
        bars << bar;
    }
    return bars;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace desk::test
