#pragma once

#include "report/ExportTable.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class QColor;
class QFont;
class QPainter;
class QRectF;

namespace desk {

// How an aggregate report is charted in its PDF, as the dashboard charts it: which columns name a bar's category,
// where the series come from (the values of one column, or one series per numeric column), stacked or grouped,
// and the title. The PDF path has no QApplication (the CLI writes PDFs too), so the chart is painted with
// QPainter alone, never through Qt Charts.
struct ChartSpec
{
    using LabelFn = QString (*)(const QStringList &values);

    QString title;
    QStringList categoryKeys; // the column(s) whose values make a category, in the order of first appearance
    QString seriesKey;        // a column whose values name the series; empty: one series per value column
    QStringList valueKeys;    // the numeric column(s) charted; with seriesKey exactly one
    bool stacked = false;     // stacked bars (parts of a whole) rather than bars side by side
    bool percent = false;     // shares: an axis from 0 to 100, labels with one decimal
    bool ordinal = false;     // the series are ordered (age buckets): a light-to-dark palette
    QStringList seriesOrder;  // series always shown, in this order (before any others found in the rows)
    LabelFn categoryLabel = nullptr; // the label of a category from its key values; null: the values joined
    LabelFn seriesLabel = nullptr;   // the legend's name of a series value; null: the value
};

// The figures of one chart, summed per category and series from a report's rows.
struct ChartData
{
    QString title;
    QStringList categories;            // labels, in order
    QStringList series;                // legend names, in order
    QVector<QVector<double>> values;   // [series][category]; NaN where no row gave a value
    bool stacked = false;
    bool percent = false;
    bool ordinal = false;
};

// The chart of an aggregate report (backlog, sla, throughput, reasons, migration, calls, qa); nothing for a list.
std::optional<ChartSpec> chartSpecFor(const QString &reportName);
// Sums the rows (shaped as an export's, keyed by `columns`) into the chart's categories and series.
ChartData chartData(const ChartSpec &spec, const QVector<ExportColumn> &columns, const QVector<ExportRow> &rows);
// The colour of a series: a categorical palette, or light to dark for ordinal series.
QColor chartSeriesColor(int series, int seriesCount, bool ordinal);
// Paints the chart into `area`: title, legend, value axis with grid lines, bars with their values, category
// labels. Sizes follow `font` (the table's text) and the painter's device, so it reads the same at any resolution.
void paintChart(QPainter &painter, const QRectF &area, const ChartData &data, const QFont &font);

} // namespace desk
