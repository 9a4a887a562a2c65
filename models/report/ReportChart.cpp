#include "report/ReportChart.h"

#include "report/ReportCatalog.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace desk {

namespace {

// The labels read as the dashboard's (lupdate extracts the literal strings below, not this helper's argument).
QString queueName(const QString &queue)
{
    if (queue == QLatin1String("appeals"))
        return QCoreApplication::translate("desk::ReportChart", "Appeals");
    if (queue == QLatin1String("reviews"))
        return QCoreApplication::translate("desk::ReportChart", "Real-name reviews");
    if (queue == QLatin1String("merges"))
        return QCoreApplication::translate("desk::ReportChart", "Merges");
    return queue;
}

QString backlogStateName(const QString &state)
{
    if (state == QLatin1String("new"))
        return QCoreApplication::translate("desk::ReportChart", "waiting");
    if (state == QLatin1String("claimed"))
        return QCoreApplication::translate("desk::ReportChart", "in review");
    if (state == QLatin1String("waiting_for_user"))
        return QCoreApplication::translate("desk::ReportChart", "waiting for the user");
    if (state == QLatin1String("requested"))
        return QCoreApplication::translate("desk::ReportChart", "awaiting approval");
    return state;
}

QString queueLabel(const QStringList &values)
{
    return queueName(values.value(0));
}

QString backlogCategory(const QStringList &values)
{
    return queueName(values.value(0)) + QLatin1Char(' ') + backlogStateName(values.value(1));
}

QString ageLabel(const QStringList &values)
{
    return QCoreApplication::translate("desk::ReportChart", "%1 d").arg(values.value(0));
}

int columnIndex(const QVector<ExportColumn> &columns, const QString &key)
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].key == key)
            return i;
    return -1;
}

double cellNumber(const QVariant &v, bool *present)
{
    bool ok = false;
    const double d = v.isNull() ? 0 : v.toDouble(&ok);
    *present = ok;
    return ok ? d : 0;
}

// Value axis steps that never print the same label twice: 1, 2, 5, 10, 20, 50, ... (as the dashboard's).
void valueAxis(double max, bool percent, double *upper, double *step)
{
    if (percent) {
        *upper = 100;
        *step = 20;
        return;
    }
    const double top = max > 0 ? max * 1.1 : 1;
    double s = 1;
    while (top / s > 5)
        s *= QString::number(s).startsWith(QLatin1Char('2')) ? 2.5 : 2;
    *step = s;
    *upper = std::ceil(top / s) * s;
}

QString valueText(double v, bool percent)
{
    if (percent)
        return QString::number(v, 'f', 1);
    if (std::abs(v - std::round(v)) < 1e-9)
        return QString::number(qint64(std::llround(v)));
    return QString::number(v, 'f', 1);
}

bool isDark(const QColor &c)
{
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue() < 150;
}

} // namespace

std::optional<ChartSpec> chartSpecFor(const QString &reportName)
{
    const QString queue = QStringLiteral("queue");
    ChartSpec s;
    if (reportName == QLatin1String("backlog")) {
        s.title = QCoreApplication::translate("desk::ReportChart", "Open items by age in business days");
        s.categoryKeys = QStringList{queue, QStringLiteral("state")};
        s.seriesKey = QStringLiteral("age");
        s.valueKeys = QStringList{QStringLiteral("open_items")};
        s.stacked = true;
        s.ordinal = true;
        s.seriesOrder = ReportCatalog::ageBuckets();
        s.categoryLabel = backlogCategory;
        s.seriesLabel = ageLabel;
    } else if (reportName == QLatin1String("sla")) {
        s.title = QCoreApplication::translate("desk::ReportChart", "Decided on time per week (%)");
        s.categoryKeys = QStringList{QStringLiteral("week")};
        s.seriesKey = queue;
        s.valueKeys = QStringList{QStringLiteral("on_time_share")};
        s.percent = true;
        s.seriesLabel = queueLabel;
    } else if (reportName == QLatin1String("throughput")) {
        s.title = QCoreApplication::translate("desk::ReportChart", "Decisions per reviewer");
        s.categoryKeys = QStringList{QStringLiteral("reviewer")};
        s.seriesKey = queue;
        s.valueKeys = QStringList{QStringLiteral("decided")};
        s.seriesLabel = queueLabel;
    } else if (reportName == QLatin1String("reasons")) {
        s.title = QCoreApplication::translate("desk::ReportChart", "Decisions per reason");
        s.categoryKeys = QStringList{QStringLiteral("reason")};
        s.seriesKey = queue;
        s.valueKeys = QStringList{QStringLiteral("decisions")};
        s.seriesLabel = queueLabel;
    } else if (reportName == QLatin1String("migration")) {
        s.title = QCoreApplication::translate("desk::ReportChart", "Legacy accounts per migration case");
        s.categoryKeys = QStringList{QStringLiteral("migration_case")};
        s.valueKeys = QStringList{QStringLiteral("accounts")};
    } else if (reportName == QLatin1String("calls")) {
        s.title = QCoreApplication::translate("desk::ReportChart", "Calls per topic and outcome");
        s.categoryKeys = QStringList{QStringLiteral("topic")};
        s.seriesKey = QStringLiteral("outcome");
        s.valueKeys = QStringList{QStringLiteral("calls")};
    } else if (reportName == QLatin1String("qa")) {
        s.title = QCoreApplication::translate("desk::ReportChart", "QA agreement per reviewer (%)");
        s.categoryKeys = QStringList{QStringLiteral("reviewer")};
        s.valueKeys = QStringList{QStringLiteral("agreement")};
        s.percent = true;
    } else {
        return std::nullopt;
    }
    return s;
}

ChartData chartData(const ChartSpec &spec, const QVector<ExportColumn> &columns, const QVector<ExportRow> &rows)
{
    ChartData d;
    d.title = spec.title;
    d.stacked = spec.stacked;
    d.percent = spec.percent;
    d.ordinal = spec.ordinal;

    QVector<int> categoryColumns;
    for (const QString &key : spec.categoryKeys)
        categoryColumns << columnIndex(columns, key);
    QVector<int> valueColumns;
    for (const QString &key : spec.valueKeys)
        valueColumns << columnIndex(columns, key);
    const int seriesColumn = spec.seriesKey.isEmpty() ? -1 : columnIndex(columns, spec.seriesKey);

    QStringList seriesKeys = spec.seriesOrder; // the series as values (or value column indexes), in order
    if (seriesColumn < 0) {
        seriesKeys.clear();
        for (int i = 0; i < valueColumns.size(); ++i)
            seriesKeys << QString::number(i);
    }
    QStringList categoryKeys;
    QHash<QString, QHash<QString, double>> sums; // series -> category -> sum
    for (const ExportRow &row : rows) {
        QStringList parts;
        for (int c : categoryColumns)
            parts << (c >= 0 ? row.value(c).toString() : QString());
        const QString category = parts.join(QChar(0x1F));
        if (!categoryKeys.contains(category))
            categoryKeys << category;
        for (int v = 0; v < valueColumns.size(); ++v) {
            QString series = QString::number(v);
            if (seriesColumn >= 0) {
                if (v > 0)
                    break;
                series = row.value(seriesColumn).toString();
                if (!seriesKeys.contains(series))
                    seriesKeys << series;
            }
            bool present = false;
            const double value = valueColumns[v] >= 0 ? cellNumber(row.value(valueColumns[v]), &present) : 0;
            if (present)
                sums[series][category] += value;
        }
    }

    for (const QString &key : categoryKeys) {
        const QStringList parts = key.split(QChar(0x1F));
        QString label = spec.categoryLabel ? spec.categoryLabel(parts) : parts.join(QLatin1Char(' '));
        if (label.trimmed().isEmpty())
            label = QCoreApplication::translate("desk::ReportChart", "(none)"); // e.g. an approval gives no reason
        d.categories << label;
    }
    for (const QString &series : std::as_const(seriesKeys)) {
        if (seriesColumn < 0) {
            const int v = series.toInt();
            d.series << (v < columns.size() && valueColumns[v] >= 0 ? columns[valueColumns[v]].title : series);
        } else {
            QString label = spec.seriesLabel ? spec.seriesLabel(QStringList{series}) : series;
            d.series << (label.isEmpty() ? QCoreApplication::translate("desk::ReportChart", "(none)") : label);
        }
        QVector<double> values;
        const QHash<QString, double> bySeries = sums.value(series);
        for (const QString &category : std::as_const(categoryKeys))
            values << bySeries.value(category, std::numeric_limits<double>::quiet_NaN());
        d.values << values;
    }
    return d;
}

QColor chartSeriesColor(int series, int seriesCount, bool ordinal)
{
    // Tableau 10: distinct, readable in print and for most colour-blind readers.
    static const QRgb categorical[] = {0x4E79A7, 0xF28E2B, 0x59A14F, 0xE15759, 0x76B7B2,
                                       0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC};
    // Age: from fresh to overdue, yellow to dark red (ColorBrewer YlOrRd).
    static const QRgb sequential[] = {0xFED976, 0xFEB24C, 0xFD8D3C, 0xE31A1C, 0x800026};
    if (ordinal && seriesCount <= 5) {
        const int offset = 5 - std::max(seriesCount, 1);
        return QColor(sequential[std::min(4, offset + series)]);
    }
    return QColor(categorical[series % 10]);
}

void paintChart(QPainter &painter, const QRectF &area, const ChartData &data, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPaintDevice *device = painter.device();

    QFont titleFont = font;
    titleFont.setPointSizeF(font.pointSizeF() * 1.35);
    titleFont.setBold(true);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    QFont smallBold = small;
    smallBold.setBold(true);
    const QFontMetricsF fm(font, device), tfm(titleFont, device), sfm(small, device), sbfm(smallBold, device);
    const double unit = fm.height();
    const QColor text(0x33, 0x33, 0x33), muted(0x66, 0x66, 0x66), grid(0xE2, 0xE2, 0xE2), axis(0x99, 0x99, 0x99);

    // A light frame keeps the chart apart from the table.
    painter.setPen(QPen(QColor(0xD5, 0xD5, 0xD5), std::max(1.0, unit * 0.05)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(area, unit * 0.3, unit * 0.3);
    const double pad = unit * 0.8;
    const QRectF inner = area.adjusted(pad, pad * 0.6, -pad, -pad * 0.6);

    // Title.
    double y = inner.top();
    painter.setFont(titleFont);
    painter.setPen(text);
    painter.drawText(QRectF(inner.left(), y, inner.width(), tfm.height()), Qt::AlignHCenter | Qt::AlignVCenter,
                     data.title);
    y += tfm.height() * 1.2;
    if (data.categories.isEmpty()) { // nothing to draw: say so under the title
        painter.setFont(font);
        painter.setPen(muted);
        painter.drawText(QRectF(inner.left(), y, inner.width(), std::max(unit, inner.bottom() - y)), Qt::AlignCenter,
                         QCoreApplication::translate("desk::ReportChart", "No figures in this period"));
        painter.restore();
        return;
    }

    // Legend: a swatch and the name of each series, centred, wrapped onto more lines when needed.
    if (!data.series.isEmpty()) {
        const double swatch = fm.ascent() * 0.8, gap = unit * 0.3, spacing = unit * 1.2;
        QVector<QVector<int>> lines{{}};
        QVector<double> widths{0};
        for (int s = 0; s < data.series.size(); ++s) {
            const double w = swatch + gap + fm.horizontalAdvance(data.series[s]);
            if (!lines.last().isEmpty() && widths.last() + spacing + w > inner.width()) {
                lines.append(QVector<int>());
                widths.append(0);
            }
            widths.last() += (lines.last().isEmpty() ? 0 : spacing) + w;
            lines.last() << s;
        }
        painter.setFont(font);
        for (int l = 0; l < lines.size(); ++l) {
            double x = inner.left() + (inner.width() - widths[l]) / 2;
            for (int s : lines[l]) {
                const QColor c = chartSeriesColor(s, data.series.size(), data.ordinal);
                painter.setPen(Qt::NoPen);
                painter.setBrush(c);
                painter.drawRect(QRectF(x, y + (unit - swatch) / 2, swatch, swatch));
                x += swatch + gap;
                painter.setPen(text);
                const double w = fm.horizontalAdvance(data.series[s]);
                painter.drawText(QRectF(x, y, w + 1, unit), Qt::AlignLeft | Qt::AlignVCenter, data.series[s]);
                x += w + spacing;
            }
            y += unit * 1.15;
        }
        y += unit * 0.3;
    }

    // The value axis.
    const int nCat = int(data.categories.size()), nSeries = int(data.series.size());
    double max = 0;
    for (int c = 0; c < nCat; ++c) {
        double total = 0;
        for (int s = 0; s < nSeries; ++s) {
            const double v = data.values[s].value(c);
            if (std::isnan(v))
                continue;
            if (data.stacked)
                total += std::max(0.0, v);
            else
                max = std::max(max, v);
        }
        max = std::max(max, total);
    }
    double upper = 1, step = 1;
    valueAxis(max, data.percent, &upper, &step);
    double axisWidth = 0;
    for (double v = 0; v <= upper + step / 2; v += step)
        axisWidth = std::max(axisWidth, sfm.horizontalAdvance(valueText(v, false)));
    axisWidth += unit * 0.5;

    // Category labels: one line when they fit, else two lines, else slanted (cut to about fourteen characters), and
    // for a long run of days or weeks only every k-th of them.
    const double plotLeft = inner.left() + axisWidth;
    const double slot = nCat > 0 ? (inner.right() - plotLeft) / nCat : 0;
    double widest = 0;
    for (const QString &c : data.categories)
        widest = std::max(widest, sfm.horizontalAdvance(c));
    int every = 1;
    int labelLines = 1;
    bool slanted = false;
    const double slantedWidth = std::min(widest, sfm.averageCharWidth() * 14);
    double labelHeight = sfm.height() * (labelLines + 0.4);
    if (nCat > 0 && widest > slot * 0.95) {
        if (nCat <= 12 && widest < slot * 1.8) {
            labelLines = 2;
            labelHeight = sfm.height() * (labelLines + 0.4);
        } else {
            slanted = true;
            every = std::max(1, int(std::ceil(sfm.height() * 1.5 / slot)));
            labelHeight = (slantedWidth + sfm.height()) * std::sqrt(0.5) + sfm.height() * 0.4;
        }
    }
    const QRectF plot(plotLeft, y + sfm.height() * 0.6, inner.right() - plotLeft,
                      inner.bottom() - labelHeight - (y + sfm.height() * 0.6));
    if (plot.height() <= unit) {
        painter.restore();
        return;
    }
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * std::clamp(v / upper, 0.0, 1.0); };

    painter.setFont(small);
    for (double v = 0; v <= upper + step / 2; v += step) {
        const double gy = yOf(v);
        if (v > 0) {
            painter.setPen(QPen(grid, std::max(1.0, unit * 0.04)));
            painter.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy));
        }
        painter.setPen(muted);
        painter.drawText(QRectF(inner.left(), gy - sfm.height() / 2, axisWidth - unit * 0.3, sfm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, valueText(v, false));
    }

    // Bars with their values.
    const double groupWidth = std::min(slot * 0.72, (data.stacked ? 1 : std::max(nSeries, 1)) * unit * 3.2);
    const double barWidth = data.stacked ? groupWidth : groupWidth / std::max(nSeries, 1);
    for (int c = 0; c < nCat; ++c) {
        const double left = plot.left() + slot * c + (slot - groupWidth) / 2;
        double base = 0;
        bool any = false;
        for (int s = 0; s < nSeries; ++s) {
            const double v = data.values[s].value(c);
            if (std::isnan(v))
                continue;
            any = true;
            const QColor colour = chartSeriesColor(s, nSeries, data.ordinal);
            const double x = data.stacked ? left : left + barWidth * s;
            const double from = data.stacked ? base : 0, to = from + std::max(0.0, v);
            const QRectF bar(QPointF(x + barWidth * 0.04, yOf(to)), QPointF(x + barWidth * 0.96, yOf(from)));
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            if (bar.height() > 0)
                painter.drawRect(bar);
            const QString label = valueText(v, data.percent);
            const double labelWidth = sfm.horizontalAdvance(label);
            if (data.stacked) {
                // A segment's own value inside it, where it fits.
                if (v > 0 && bar.height() >= sfm.height() && labelWidth <= bar.width() * 0.95 && nSeries > 1) {
                    painter.setPen(isDark(colour) ? QColor(Qt::white) : text);
                    painter.drawText(bar, Qt::AlignCenter, label);
                }
                base = to;
            } else if (labelWidth <= barWidth * 1.25) {
                painter.setPen(text);
                painter.drawText(QRectF(x + barWidth / 2 - labelWidth, bar.top() - sfm.height(), labelWidth * 2,
                                        sfm.height()),
                                 Qt::AlignHCenter | Qt::AlignBottom, label);
            }
        }
        if (data.stacked && any) {
            const QString total = valueText(base, data.percent);
            const double w = sbfm.horizontalAdvance(total);
            if (w <= slot * 0.95) {
                painter.setFont(smallBold);
                painter.setPen(text);
                painter.drawText(QRectF(left + groupWidth / 2 - w, yOf(base) - sbfm.height(), w * 2, sbfm.height()),
                                 Qt::AlignHCenter | Qt::AlignBottom, total);
                painter.setFont(small);
            }
        }
        // The category's label under the axis.
        if (slanted && c % every == 0) { // ending under its bar, rising to the right
            painter.setPen(text);
            painter.save();
            painter.translate(plot.left() + slot * c + slot / 2 + sfm.height() * 0.3, plot.bottom() + sfm.height() * 0.4);
            painter.rotate(-45);
            painter.drawText(QRectF(-slantedWidth, -sfm.height() / 2, slantedWidth, sfm.height()),
                             Qt::AlignRight | Qt::AlignVCenter,
                             sfm.elidedText(data.categories[c], Qt::ElideRight, slantedWidth));
            painter.restore();
        } else if (!slanted) {
            painter.setPen(text);
            const QRectF rect(plot.left() + slot * c + slot * 0.01, plot.bottom() + sfm.height() * 0.25, slot * 0.98,
                              sfm.height() * labelLines);
            const QString shown = labelLines > 1 ? data.categories[c]
                                                 : sfm.elidedText(data.categories[c], Qt::ElideRight, rect.width());
            int flags = Qt::AlignHCenter | Qt::AlignTop;
            if (labelLines > 1)
                flags |= Qt::TextWordWrap;
            painter.drawText(rect, flags, shown);
        }
    }

    // The base line.
    painter.setPen(QPen(axis, std::max(1.0, unit * 0.06)));
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    painter.restore();
}

} // namespace desk
