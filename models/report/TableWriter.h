#pragma once

#include "core/Result.h"
#include "report/ExportTable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <QVector>

#include <memory>

namespace desk {

struct ChartSpec;

enum class ExportFormat { Csv, Xlsx, Pdf };

QString exportFormatName(ExportFormat format); // "csv", "xlsx", "pdf"
bool exportFormatFromName(const QString &name, ExportFormat *out);

// Writes one table to a file, a row at a time, so that memory stays flat however many rows come. The writer
// owns the output until finish(): it writes to a temporary file beside `path` and renames it to `path` only
// when finish() succeeds, so a cancelled or failed export (the writer destroyed without finish) leaves no
// file under the chosen name.
class TableWriter
{
public:
    virtual ~TableWriter() = default;

    // Asks for a chart of the rows before the table (aggregate reports; call before begin()). The PDF writer
    // holds the rows back (a few dozen, capped) to draw it first; the other formats ignore it.
    virtual void setChart(const ChartSpec &) {}

    virtual Status begin(const QString &path, const ExportMeta &meta, const QVector<ExportColumn> &columns) = 0;
    // Masking is the caller's: the writer prints what it gets.
    virtual Status writeRow(const ExportRow &row) = 0;
    virtual Status finish(qint64 rowCount) = 0;
    // Whole rows already encoded in this writer's format (the CSV export's fast path, CsvRowEncoder); only the
    // CSV writer takes them.
    virtual bool takesEncodedRows() const { return false; }
    virtual Status writeEncodedRows(QByteArrayView rows);

    static std::unique_ptr<TableWriter> create(ExportFormat format);
};

// CSV for Chinese Excel: UTF-8 with a BOM, CRLF line ends, a header row, quotes where needed, and a cell that
// begins with = + - @ a tab or a carriage return gets a leading apostrophe, so a spreadsheet never runs it as a
// formula (OWASP "CSV injection").
QString neutraliseCsvCell(const QString &text);
// Appends one cell as the CSV writer writes it: neutralised, quoted where needed, UTF-8.
void appendCsvCell(QByteArray *out, const QString &text);

} // namespace desk
