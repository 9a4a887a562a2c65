#include "report/TableWriter.h"

#include "report/ReportChart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cmath>
#include <filesystem>
#include <optional>
#include <system_error>

namespace desk {

namespace {

Error ioError(const QString &path, const QString &why)
{
    return Error(Error::Code::Io, QCoreApplication::translate("desk::TableWriter", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
}

QString timeText(const QDateTime &t)
{
    return t.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" (UTC+8)");
}

// ---- CSV ----

class CsvWriter final : public TableWriter
{
public:
    Status begin(const QString &path, const ExportMeta &, const QVector<ExportColumn> &columns) override
    {
        m_file = std::make_unique<QSaveFile>(path);
        if (!m_file->open(QIODevice::WriteOnly))
            return ioError(path, m_file->errorString());
        m_path = path;
        m_buffer.reserve(kFlushAt + 4096);
        m_buffer.append("\xEF\xBB\xBF");
        QStringList titles;
        for (const ExportColumn &c : columns)
            titles << c.title;
        appendLine(titles);
        return {};
    }

    Status writeRow(const ExportRow &row) override
    {
        bool first = true;
        for (const QVariant &v : row) {
            if (!first)
                m_buffer.append(',');
            first = false;
            appendCell(v.toString());
        }
        m_buffer.append("\r\n");
        return m_buffer.size() >= kFlushAt ? flush() : Status{};
    }

    bool takesEncodedRows() const override { return true; }

    Status writeEncodedRows(QByteArrayView rows) override
    {
        if (m_buffer.isEmpty() && rows.size() >= kFlushAt) { // a whole batch: no copy
            if (m_file->write(rows.data(), rows.size()) != rows.size())
                return ioError(m_path, m_file->errorString());
            return {};
        }
        m_buffer.append(rows);
        return m_buffer.size() >= kFlushAt ? flush() : Status{};
    }

    Status finish(qint64) override
    {
        if (auto s = flush(); !s)
            return s;
        if (!m_file->commit())
            return ioError(m_path, m_file->errorString());
        return {};
    }

private:
    static constexpr qsizetype kFlushAt = 256 * 1024;

    void appendLine(const QStringList &cells)
    {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                m_buffer.append(',');
            appendCell(cells[i]);
        }
        m_buffer.append("\r\n");
    }

    void appendCell(const QString &text) { appendCsvCell(&m_buffer, text); }

    Status flush()
    {
        if (m_file->write(m_buffer) != m_buffer.size())
            return ioError(m_path, m_file->errorString());
        m_buffer.resize(0); // keeps the capacity
        return {};
    }

    std::unique_ptr<QSaveFile> m_file; // destroyed without commit(): the temporary file goes, `path` is untouched
    QString m_path;
    QByteArray m_buffer;
};

// ---- XLSX ----

// libxlsxwriter writes the file itself: it writes to a temporary file beside the target, renamed at the end.
class XlsxWriter final : public TableWriter
{
public:
    ~XlsxWriter() override
    {
        if (m_workbook)
            lxw_workbook_free(m_workbook); // never closed: nothing is written, the temporary file is removed
    }

    Status begin(const QString &path, const ExportMeta &meta, const QVector<ExportColumn> &columns) override
    {
        m_path = path;
        m_columns = columns;
        const QFileInfo target(path);
        m_temp = std::make_unique<QTemporaryFile>(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                                                  + QStringLiteral(".XXXXXX.part"));
        if (!m_temp->open())
            return ioError(path, m_temp->errorString());
        m_temp->close();
        m_tempName = QFile::encodeName(m_temp->fileName());
        m_tmpDir = QFile::encodeName(target.absolutePath());

        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_tmpDir.data();
        options.use_zip64 = LXW_TRUE;
        m_workbook = workbook_new_opt(m_tempName.constData(), &options);
        if (!m_workbook)
            return ioError(path, QCoreApplication::translate("desk::TableWriter", "the spreadsheet library could not start"));
        m_sheet = workbook_add_worksheet(m_workbook, sheetName(meta.title).constData());
        m_info = workbook_add_worksheet(m_workbook, QCoreApplication::translate("desk::TableWriter", "Export").toUtf8().constData());
        if (!m_sheet || !m_info)
            return ioError(path, QCoreApplication::translate("desk::TableWriter", "the spreadsheet library could not add a sheet"));
        m_bold = workbook_add_format(m_workbook);
        format_set_bold(m_bold);
        format_set_bg_color(m_bold, 0xDDEBF7);
        format_set_border(m_bold, LXW_BORDER_THIN);

        for (int c = 0; c < columns.size(); ++c) {
            const double width = std::max(columns[c].width, int(columns[c].title.size()) * 2 + 2);
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
            worksheet_write_string(m_sheet, 0, lxw_col_t(c), columns[c].title.toUtf8().constData(), m_bold);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);

        // The second sheet: what this is, who exported it and when.
        worksheet_set_column(m_info, 0, 0, 18, nullptr);
        worksheet_set_column(m_info, 1, 1, 80, nullptr);
        int r = 0;
        auto info = [&](const QString &label, const QString &value) {
            worksheet_write_string(m_info, lxw_row_t(r), 0, label.toUtf8().constData(), m_bold);
            worksheet_write_string(m_info, lxw_row_t(r), 1, value.toUtf8().constData(), nullptr);
            ++r;
        };
        info(QCoreApplication::translate("desk::TableWriter", "Report"), meta.title);
        info(QCoreApplication::translate("desk::TableWriter", "Name"), meta.reportName);
        info(QCoreApplication::translate("desk::TableWriter", "Query"), meta.query);
        for (const auto &f : meta.filters)
            info(QCoreApplication::translate("desk::TableWriter", "Filter: %1").arg(f.first), f.second);
        info(QCoreApplication::translate("desk::TableWriter", "Exported by"), meta.exportedBy);
        info(QCoreApplication::translate("desk::TableWriter", "Exported at"), timeText(meta.exportedAt));
        info(QCoreApplication::translate("desk::TableWriter", "Personal data"), meta.masked ? QCoreApplication::translate("desk::TableWriter", "masked") : QCoreApplication::translate("desk::TableWriter", "unmasked (audited)"));
        m_infoRow = r;
        return {};
    }

    Status writeRow(const ExportRow &row) override
    {
        if (m_row >= kMaxRows)
            return Error(Error::Code::InvalidInput,
                         QCoreApplication::translate("desk::TableWriter", "An XLSX sheet holds at most %1 rows; narrow the date range or export CSV.")
                             .arg(kMaxRows - 1));
        for (int c = 0; c < row.size() && c < m_columns.size(); ++c) {
            const QVariant &v = row[c];
            if (v.isNull())
                continue;
            if (m_columns[c].kind == ExportColumn::Kind::Number) {
                bool ok = false;
                const double d = v.toDouble(&ok);
                if (ok) {
                    worksheet_write_number(m_sheet, m_row, lxw_col_t(c), d, nullptr);
                    continue;
                }
            }
            const QByteArray text = v.toString().toUtf8();
            if (!text.isEmpty())
                worksheet_write_string(m_sheet, m_row, lxw_col_t(c), text.constData(), nullptr);
        }
        ++m_row;
        return {};
    }

    Status finish(qint64 rowCount) override
    {
        if (!m_columns.isEmpty())
            worksheet_autofilter(m_sheet, 0, 0, m_row > 0 ? m_row - 1 : 0, lxw_col_t(m_columns.size() - 1));
        worksheet_write_string(m_info, lxw_row_t(m_infoRow), 0, QCoreApplication::translate("desk::TableWriter", "Rows").toUtf8().constData(), m_bold);
        worksheet_write_number(m_info, lxw_row_t(m_infoRow), 1, double(rowCount), nullptr);
        const lxw_error e = workbook_close(m_workbook);
        m_workbook = nullptr; // closed (and freed) whatever the outcome
        if (e != LXW_NO_ERROR)
            return ioError(m_path, QString::fromUtf8(lxw_strerror(e)));
        std::error_code ec;
        std::filesystem::rename(std::filesystem::path(m_tempName.constData()),
                                std::filesystem::path(QFile::encodeName(m_path).constData()), ec);
        if (ec)
            return ioError(m_path, QString::fromLocal8Bit(ec.message().c_str()));
        m_temp->setAutoRemove(false);
        return {};
    }

private:
    static constexpr lxw_row_t kMaxRows = 1048576;

    static QByteArray sheetName(const QString &title)
    {
        QString name = title;
        for (const char c : {'[', ']', ':', '*', '?', '/', '\\'})
            name.remove(QLatin1Char(c));
        if (name.isEmpty())
            name = QStringLiteral("Data");
        return name.left(31).toUtf8();
    }

    QString m_path;
    QVector<ExportColumn> m_columns;
    std::unique_ptr<QTemporaryFile> m_temp;
    QByteArray m_tempName;
    QByteArray m_tmpDir;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_worksheet *m_info = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_row_t m_row = 1;
    int m_infoRow = 0;
};

// ---- PDF ----

// A4 landscape through QPdfWriter, with a CJK font that Qt embeds (as a subset) so the text can be searched and
// copied. Every page repeats the column header and carries its number. With a chart (aggregate reports) the rows
// are held back until finish(), up to kChartRows, so that the chart of all of them comes first on page 1.
class PdfWriter final : public TableWriter
{
public:
    ~PdfWriter() override
    {
        if (m_painter.isActive())
            m_painter.end();
    }

    void setChart(const ChartSpec &spec) override { m_chart = spec; }

    Status begin(const QString &path, const ExportMeta &meta, const QVector<ExportColumn> &columns) override
    {
        m_path = path;
        m_meta = meta;
        m_columns = columns;
        m_file = std::make_unique<QSaveFile>(path);
        if (!m_file->open(QIODevice::WriteOnly))
            return ioError(path, m_file->errorString());
        m_pdf = std::make_unique<QPdfWriter>(m_file.get());
        m_pdf->setPageSize(QPageSize(QPageSize::A4));
        m_pdf->setPageOrientation(QPageLayout::Landscape);
        m_pdf->setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        m_pdf->setResolution(144);
        m_pdf->setTitle(meta.title);
        m_pdf->setCreator(QStringLiteral("IdentityDesk"));
        if (!m_painter.begin(m_pdf.get()))
            return ioError(path, QCoreApplication::translate("desk::TableWriter", "the PDF could not be started"));

        // Latin text from a Latin font: Qt's subset of the CJK font maps some of its Latin glyph variants to no
        // Unicode, and their text could not be copied. Chinese text falls through to the CJK font.
        m_font = QFont(QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Arial"),
                                   QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                   QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun")});
        m_font.setPointSizeF(8);
        m_bold = m_font;
        m_bold.setBold(true);
        m_titleFont = m_font;
        m_titleFont.setPointSizeF(14);
        m_titleFont.setBold(true);
        m_page = m_painter.viewport();
        m_page = QRect(0, 0, m_pdf->width(), m_pdf->height());
        m_lineHeight = QFontMetricsF(m_font, m_pdf.get()).height() * 1.35;

        // Column widths in proportion to their hints, filling the page.
        int total = 0;
        for (const ExportColumn &c : columns)
            total += std::max(4, c.width);
        double x = 0;
        for (const ExportColumn &c : columns) {
            const double w = m_page.width() * std::max(4, c.width) / double(std::max(total, 1));
            m_x << x;
            m_w << w;
            x += w;
        }
        if (m_chart)
            m_holding = true; // the first page waits for the chart
        else
            startPage(true);
        return {};
    }

    Status writeRow(const ExportRow &row) override
    {
        if (m_holding) {
            if (m_held.size() < kChartRows) {
                m_held << row;
                return {};
            }
            release(nullptr); // more rows than a chart can show: the table alone, streamed from here on
        }
        drawRow(row);
        return {};
    }

    Status finish(qint64 rowCount) override
    {
        if (m_holding) {
            const ChartData chart = chartData(*m_chart, m_columns, m_held);
            release(&chart);
        }
        m_painter.setFont(m_bold);
        if (m_y + 2 * m_lineHeight > m_bottom) {
            m_pdf->newPage();
            startPage(false);
        }
        m_painter.drawText(QRectF(0, m_y + m_lineHeight * 0.5, m_page.width(), m_lineHeight),
                           Qt::AlignLeft | Qt::AlignVCenter, QCoreApplication::translate("desk::TableWriter", "%n row(s)", nullptr, int(rowCount)));
        if (!m_painter.end())
            return ioError(m_path, QCoreApplication::translate("desk::TableWriter", "the PDF could not be finished"));
        m_pdf.reset();
        if (!m_file->commit())
            return ioError(m_path, m_file->errorString());
        return {};
    }

private:
    static constexpr qsizetype kChartRows = 10000;

    // Starts the first page (with the chart, or a word on why there is none) and draws the rows held back.
    void release(const ChartData *chart)
    {
        m_holding = false;
        startPage(true, chart);
        for (const ExportRow &held : std::as_const(m_held))
            drawRow(held);
        m_held.clear();
        m_held.squeeze();
    }

    void drawRow(const ExportRow &row)
    {
        if (m_y + m_lineHeight > m_bottom) {
            m_pdf->newPage();
            startPage(false);
        }
        m_painter.setFont(m_font);
        const QFontMetricsF fm(m_font, m_pdf.get());
        if (m_rowOnPage % 2 == 1)
            m_painter.fillRect(QRectF(0, m_y, m_page.width(), m_lineHeight), QColor(0xF2, 0xF2, 0xF2));
        for (int c = 0; c < row.size() && c < m_columns.size(); ++c) {
            const QString text = row[c].toString();
            if (text.isEmpty())
                continue;
            const QRectF cell(m_x[c] + m_pad, m_y, m_w[c] - 2 * m_pad, m_lineHeight);
            const Qt::Alignment align = m_columns[c].kind == ExportColumn::Kind::Number ? Qt::AlignRight : Qt::AlignLeft;
            m_painter.drawText(cell, align | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, cell.width()));
        }
        m_y += m_lineHeight;
        ++m_rowOnPage;
    }

    void startPage(bool first, const ChartData *chart = nullptr)
    {
        ++m_pageNumber;
        m_rowOnPage = 0;
        m_bottom = m_page.height() - m_lineHeight * 1.5;
        double y = 0;
        const QFontMetricsF titleMetrics(m_titleFont, m_pdf.get());
        m_painter.setFont(m_titleFont);
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(0, y, m_page.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                           m_meta.title);
        y += titleMetrics.height() * 1.2;
        if (first) {
            m_painter.setFont(m_font);
            QStringList lines;
            for (const auto &f : m_meta.filters)
                lines << f.first + QStringLiteral(": ") + f.second;
            lines << QCoreApplication::translate("desk::TableWriter", "Exported by %1 at %2; personal data %3")
                         .arg(m_meta.exportedBy, timeText(m_meta.exportedAt),
                              m_meta.masked ? QCoreApplication::translate("desk::TableWriter", "masked") : QCoreApplication::translate("desk::TableWriter", "unmasked (audited)"));
            if (m_chart && !chart)
                lines << QCoreApplication::translate("desk::TableWriter", "No chart: more than %1 rows.").arg(kChartRows);
            for (const QString &line : lines) {
                m_painter.drawText(QRectF(0, y, m_page.width(), m_lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                                   line);
                y += m_lineHeight;
            }
            y += m_lineHeight * 0.5;
            if (chart) { // about half the page above the table; a few lines when there is nothing to draw
                const double height = std::round(chart->categories.isEmpty() ? m_lineHeight * 4 : m_page.height() * 0.5);
                paintChart(m_painter, QRectF(0, y, m_page.width(), height), *chart, m_font);
                y += height + m_lineHeight;
            }
        }
        // The column header, on every page.
        m_painter.fillRect(QRectF(0, y, m_page.width(), m_lineHeight), QColor(0xDD, 0xEB, 0xF7));
        m_painter.setFont(m_bold);
        const QFontMetricsF fm(m_bold, m_pdf.get());
        for (int c = 0; c < m_columns.size(); ++c) {
            const QRectF cell(m_x[c] + m_pad, y, m_w[c] - 2 * m_pad, m_lineHeight);
            const Qt::Alignment align = m_columns[c].kind == ExportColumn::Kind::Number ? Qt::AlignRight : Qt::AlignLeft;
            m_painter.drawText(cell, align | Qt::AlignVCenter,
                               fm.elidedText(m_columns[c].title, Qt::ElideRight, cell.width()));
        }
        y += m_lineHeight;
        m_painter.drawLine(QPointF(0, y), QPointF(m_page.width(), y));
        m_y = y;
        // The page number at the foot.
        m_painter.setFont(m_font);
        m_painter.drawText(QRectF(0, m_page.height() - m_lineHeight, m_page.width(), m_lineHeight),
                           Qt::AlignRight | Qt::AlignVCenter, QCoreApplication::translate("desk::TableWriter", "Page %1").arg(m_pageNumber));
    }

    QString m_path;
    ExportMeta m_meta;
    QVector<ExportColumn> m_columns;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_pdf;
    QPainter m_painter;
    QFont m_font, m_bold, m_titleFont;
    QRect m_page;
    QVector<double> m_x, m_w;
    double m_lineHeight = 0;
    double m_pad = 4;
    double m_y = 0;
    double m_bottom = 0;
    int m_pageNumber = 0;
    int m_rowOnPage = 0;
    std::optional<ChartSpec> m_chart;
    bool m_holding = false;    // rows are held for the chart; no page is started yet
    QVector<ExportRow> m_held;
};

} // namespace

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Xlsx: return QStringLiteral("xlsx");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

bool exportFormatFromName(const QString &name, ExportFormat *out)
{
    for (ExportFormat f : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf}) {
        if (name.compare(exportFormatName(f), Qt::CaseInsensitive) == 0) {
            *out = f;
            return true;
        }
    }
    return false;
}

std::unique_ptr<TableWriter> TableWriter::create(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return std::make_unique<CsvWriter>();
    case ExportFormat::Xlsx: return std::make_unique<XlsxWriter>();
    case ExportFormat::Pdf: return std::make_unique<PdfWriter>();
    }
    return nullptr;
}

Status TableWriter::writeEncodedRows(QByteArrayView)
{
    return Error(Error::Code::InvalidInput, QStringLiteral("This writer takes no encoded rows."));
}

void appendCsvCell(QByteArray *out, const QString &text)
{
    const QString cell = neutraliseCsvCell(text);
    bool quote = false;
    for (const QChar c : cell) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out->append(cell.toUtf8());
        return;
    }
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    out->append('"');
    out->append(quoted.toUtf8());
    out->append('"');
}

QString neutraliseCsvCell(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar c = text.front();
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return QLatin1Char('\'') + text;
    return text;
}

} // namespace desk
