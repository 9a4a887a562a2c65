#include "reports/DashboardPage.h"

#include "common/TaskRunner.h"
#include "reports/ExportDialog.h"
#include "workflow/CalendarService.h"
#include "workflow/ReasonTemplates.h"
#include "workflow/Session.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace desk {

namespace {

// The aggregate reports the dashboard charts, in the order of the grid.
const QStringList &chartedReports()
{
    static const QStringList names{QStringLiteral("backlog"), QStringLiteral("sla"),     QStringLiteral("throughput"),
                                   QStringLiteral("reasons"), QStringLiteral("migration"), QStringLiteral("calls"),
                                   QStringLiteral("qa")};
    return names;
}

QString queueLabel(const QString &queue)
{
    if (queue == QLatin1String("appeals"))
        return DashboardPage::tr("Appeals");
    if (queue == QLatin1String("reviews"))
        return DashboardPage::tr("Real-name reviews");
    if (queue == QLatin1String("merges"))
        return DashboardPage::tr("Merges");
    return queue;
}

// The backlog's open states, as the queue pages name them.
QString backlogStateLabel(const QString &state)
{
    if (state == QLatin1String("new"))
        return DashboardPage::tr("waiting");
    if (state == QLatin1String("claimed"))
        return DashboardPage::tr("in review");
    if (state == QLatin1String("waiting_for_user"))
        return DashboardPage::tr("waiting for the user");
    if (state == QLatin1String("requested"))
        return DashboardPage::tr("awaiting approval");
    return state;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void attachAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, double max)
{
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // Counts are whole numbers: a step of 1, 2, 5, 10, 20, 50, ... so that no two ticks print the same label.
    const double top = max > 0 ? max * 1.1 : 1;
    double step = 1;
    while (top / step > 5)
        step *= (QString::number(step).startsWith(QLatin1Char('2')) ? 2.5 : 2);
    const double upper = std::ceil(top / step) * step;
    auto *y = new QValueAxis;
    y->setRange(0, upper);
    y->setTickCount(static_cast<int>(upper / step) + 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

DashboardPage::DashboardPage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("dashboardPage"));
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
    m_from = new QDateEdit(today.addDays(-27), this);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_queue = new QComboBox(this);
    m_queue->setObjectName(QStringLiteral("dashboardQueue"));
    m_queue->addItem(tr("All queues"), QString());
    for (const char *q : {"appeals", "reviews", "merges"})
        m_queue->addItem(queueLabel(QString::fromLatin1(q)), QString::fromLatin1(q));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("dashboardExport"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_queue);
    filters->addWidget(m_refresh);
    filters->addStretch(1);
    filters->addWidget(m_message);
    filters->addWidget(m_export);

    auto *grid = new QGridLayout;
    const QStringList names = chartedReports();
    for (int i = 0; i < names.size(); ++i) {
        auto *view = new QChartView(newChart(QString()), this);
        view->setObjectName(QStringLiteral("chart_") + names[i]);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        m_charts.insert(names[i], view);
        grid->addWidget(view, i / 2, i % 2);
    }
    auto *charts = new QWidget(this);
    charts->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardCharts"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(charts);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(scroll, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPage::refresh);
    connect(m_queue, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::openExportDialog);
    refresh();
}

QDate DashboardPage::from() const
{
    return m_from->date();
}

QDate DashboardPage::to() const
{
    return m_to->date();
}

void DashboardPage::setRange(QDate from, QDate to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void DashboardPage::setQueue(const QString &queue)
{
    m_queue->setCurrentIndex(std::max(0, m_queue->findData(queue))); // refreshes when it changes
}

ReportParams DashboardPage::params() const
{
    ReportParams p;
    p.from = m_from->date();
    p.to = m_to->date();
    p.queue = m_queue->currentData().toString();
    return p;
}

namespace {
// What one refresh reads off the GUI thread: the figures, the backlog's age limits (for its bars' lists) and the
// reason templates' titles (for the reasons chart).
struct Loaded
{
    QHash<QString, QVector<ExportRow>> figures;
    QVector<QDateTime> ageLimits;
    QHash<QString, QString> reasonTitles;
    qint64 ms = 0;
};
} // namespace

void DashboardPage::refresh()
{
    const int generation = ++m_generation;
    const ReportParams p = params();
    m_message->setText(tr("Loading…"));
    auto session = m_session;
    m_runner.run(
        this,
        [session, p]() -> Result<Loaded> {
            QElapsedTimer timer;
            timer.start();
            Loaded loaded;
            // The charts' aggregates on two connections at once (ReportService::figuresOf).
            auto figures = ReportService(session).figuresOf(chartedReports(), p);
            if (!figures)
                return figures.error();
            loaded.figures = std::move(figures).value();
            loaded.ms = timer.elapsed();
            if (auto calendar = CalendarService(session).calendar())
                loaded.ageLimits = ReportCatalog::ageLimits(*calendar, p.now);
            if (auto templates = ReasonTemplates(session).list(false))
                for (const ReasonTemplate &t : std::as_const(*templates))
                    loaded.reasonTitles.insert(t.code, t.title);
            return loaded;
        },
        [this, generation, p](Result<Loaded> result) {
            if (generation != m_generation)
                return; // the filters changed meanwhile: a newer refresh is on its way
            if (!result) {
                m_message->setText(result.error().message);
                return;
            }
            m_shown = p;
            m_ageLimits = result->ageLimits;
            m_reasonTitles = result->reasonTitles;
            show(result->figures);
            m_message->setText(tr("Updated in %1 ms").arg(result->ms));
            Q_EMIT refreshed();
        });
}

void DashboardPage::show(const QHash<QString, QVector<ExportRow>> &figures)
{
    m_figures = figures;
    showBacklog();
    showSla();
    showSimple(QStringLiteral("throughput"), 1, 2, 3);
    showSimple(QStringLiteral("reasons"), 2, 0, 3);
    showSimple(QStringLiteral("migration"), 0, -1, 2);
    showSimple(QStringLiteral("calls"), 0, 1, 2);
    showSimple(QStringLiteral("qa"), 0, -1, 5);
}

void DashboardPage::showBacklog()
{
    const QString name = QStringLiteral("backlog");
    QChart *chart = newChart(tr("Open items by age in business days"));
    m_backlogCategories.clear();
    QHash<QString, QHash<QString, double>> counts; // category -> bucket -> open items
    for (const ExportRow &row : m_figures.value(name)) {
        const QString category = row.value(0).toString() + QLatin1Char('/') + row.value(1).toString();
        if (!m_backlogCategories.contains(category))
            m_backlogCategories << category;
        counts[category][row.value(2).toString()] += row.value(3).toDouble();
    }
    auto *series = new QStackedBarSeries;
    double max = 0;
    QVector<double> totals(m_backlogCategories.size(), 0);
    for (const QString &bucket : ReportCatalog::ageBuckets()) {
        auto *set = new QBarSet(tr("%1 d").arg(bucket));
        for (int i = 0; i < m_backlogCategories.size(); ++i) {
            const double v = counts.value(m_backlogCategories[i]).value(bucket);
            *set << v;
            totals[i] += v;
        }
        const int bucketIndex = int(ReportCatalog::ageBuckets().indexOf(bucket));
        connect(set, &QBarSet::clicked, this, [this, bucketIndex](int index) { openBacklog(bucketIndex, index); });
        series->append(set);
    }
    for (double t : totals)
        max = std::max(max, t);
    QStringList labels;
    for (const QString &c : m_backlogCategories) {
        const QStringList parts = c.split(QLatin1Char('/'));
        labels << queueLabel(parts.value(0)) + QLatin1Char(' ') + backlogStateLabel(parts.value(1));
    }
    attachAxes(chart, series, labels, max);
    replaceChart(m_charts.value(name), chart);
}

void DashboardPage::showSla()
{
    const QString name = QStringLiteral("sla");
    QChart *chart = newChart(tr("Decided on time per week (%)"));
    m_slaWeeks.clear();
    QHash<QString, QHash<QString, double>> share; // queue -> week -> share
    QStringList queues;
    for (const ExportRow &row : m_figures.value(name)) {
        const QString week = row.value(0).toString(), queue = row.value(1).toString();
        if (!m_slaWeeks.contains(week))
            m_slaWeeks << week;
        if (!queues.contains(queue))
            queues << queue;
        share[queue][week] = row.value(5).toDouble();
    }
    auto *series = new QBarSeries;
    for (const QString &queue : queues) {
        auto *set = new QBarSet(queueLabel(queue));
        for (const QString &week : m_slaWeeks)
            *set << share.value(queue).value(week);
        connect(set, &QBarSet::clicked, this, [this, queue](int index) { openSla(queue, index); });
        series->append(set);
    }
    attachAxes(chart, series, m_slaWeeks, 100 / 1.1);
    replaceChart(m_charts.value(name), chart);
}

void DashboardPage::showSimple(const QString &report, int labelColumn, int setColumn, int valueColumn)
{
    QChartView *view = m_charts.value(report);
    if (!view)
        return;
    const ReportDefinition *def = ReportCatalog::find(report);
    QChart *chart = newChart(def ? def->title : report);
    QStringList categories, sets;
    QHash<QString, QHash<QString, double>> values; // set -> category -> value
    for (const ExportRow &row : m_figures.value(report)) {
        const QString category = row.value(labelColumn).toString(); // as stored; shown by categoryLabel()
        const QString set = setColumn >= 0 ? row.value(setColumn).toString() : (def ? def->columns.value(valueColumn).title : QString());
        if (!categories.contains(category))
            categories << category;
        if (!sets.contains(set))
            sets << set;
        values[set][category] += row.value(valueColumn).toDouble();
    }
    auto *series = new QBarSeries;
    double max = 0;
    for (const QString &s : sets) {
        auto *set = new QBarSet(setColumn == 0 || setColumn == 2 ? queueLabel(s) : s);
        for (const QString &c : categories) {
            const double v = values.value(s).value(c);
            *set << v;
            max = std::max(max, v);
        }
        connect(set, &QBarSet::clicked, this,
                [this, report, s, categories](int index) { openSimple(report, s, categories.value(index)); });
        series->append(set);
    }
    QStringList labels;
    for (const QString &c : categories)
        labels << categoryLabel(report, c);
    attachAxes(chart, series, labels, max);
    if (!m_figures.contains(report))
        chart->setTitle(chart->title() + QStringLiteral(" — ") + tr("not available to your role"));
    replaceChart(view, chart);
}

QString DashboardPage::categoryLabel(const QString &report, const QString &category) const
{
    if (report == QLatin1String("reasons")) {
        if (category.isEmpty())
            return tr("(none)"); // e.g. an approval gives no reason code
        return m_reasonTitles.value(category, category); // the template's title; a code without one as it is
    }
    return category;
}

void DashboardPage::openBacklog(int bucket, int category)
{
    const QStringList parts = m_backlogCategories.value(category).split(QLatin1Char('/'));
    if (parts.size() != 2 || bucket < 0)
        return;
    DashboardDrill drill;
    drill.queue = parts[0];
    drill.state = parts[1];
    drill.from = m_shown.from;
    drill.to = m_shown.to;
    if (!m_ageLimits.isEmpty())
        drill.submitted = ReportCatalog::ageSpan(m_ageLimits, bucket, ReportCatalog::chinaMidnight(m_shown.from),
                                                 ReportCatalog::chinaMidnight(m_shown.to.addDays(1)));
    drill.note = tr("From the dashboard: %1, %2, open for %3 business days, submitted %4 – %5")
                     .arg(queueLabel(drill.queue), backlogStateLabel(drill.state),
                          ReportCatalog::ageBuckets().value(bucket), m_shown.from.toString(Qt::ISODate),
                          m_shown.to.toString(Qt::ISODate));
    Q_EMIT drillDown(drill);
}

void DashboardPage::openSla(const QString &queue, int week)
{
    const QDate monday = QDate::fromString(m_slaWeeks.value(week), Qt::ISODate);
    if (!monday.isValid())
        return;
    DashboardDrill drill;
    drill.queue = queue;
    drill.from = std::max(monday, m_shown.from); // the week as the chart counted it: within the range
    drill.to = std::min(monday.addDays(6), m_shown.to);
    drill.submitted = InstantSpan{ReportCatalog::chinaMidnight(drill.from), true,
                                  ReportCatalog::chinaMidnight(drill.to.addDays(1)), false};
    drill.note = tr("From the dashboard: %1 submitted %2 – %3")
                     .arg(queueLabel(queue), drill.from.toString(Qt::ISODate), drill.to.toString(Qt::ISODate));
    Q_EMIT drillDown(drill);
}

void DashboardPage::openSimple(const QString &report, const QString &set, const QString &category)
{
    DashboardDrill drill;
    drill.from = m_shown.from;
    drill.to = m_shown.to;
    drill.decidedFrom = ReportCatalog::chinaMidnight(m_shown.from);
    drill.decidedBefore = ReportCatalog::chinaMidnight(m_shown.to.addDays(1));
    const QString days = tr("%1 – %2").arg(m_shown.from.toString(Qt::ISODate), m_shown.to.toString(Qt::ISODate));
    if (report == QLatin1String("throughput")) {
        drill.queue = set;
        drill.decidedBy = category;
        drill.note = tr("From the dashboard: %1 decided by %2, %3").arg(queueLabel(set), category, days);
    } else if (report == QLatin1String("reasons")) {
        drill.queue = set;
        drill.byReason = true;
        drill.reason = category;
        drill.note = tr("From the dashboard: %1 decided with the reason %2, %3")
                         .arg(queueLabel(set), categoryLabel(report, category), days);
    } else if (report == QLatin1String("qa")) {
        drill.queue = QStringLiteral("qa");
        drill.decidedBy = category;
    } else {
        return; // migration cases and calls have no list behind them
    }
    Q_EMIT drillDown(drill);
}

void DashboardPage::openExportDialog()
{
    auto *dialog = new ExportDialog(m_session, params(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace desk
