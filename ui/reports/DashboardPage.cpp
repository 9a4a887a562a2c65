#include "reports/DashboardPage.h"

#include "common/TaskRunner.h"
#include "reports/ExportDialog.h"
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

void DashboardPage::refresh()
{
    const int generation = ++m_generation;
    const ReportParams p = params();
    m_message->setText(tr("Loading…"));
    auto session = m_session;
    using Figures = QHash<QString, QVector<ExportRow>>;
    m_runner.run(
        this,
        [session, p]() -> Result<std::pair<Figures, qint64>> {
            QElapsedTimer timer;
            timer.start();
            ReportService service(session);
            Figures figures;
            for (const ReportDefinition *def : service.available()) {
                if (!chartedReports().contains(def->name))
                    continue;
                auto rows = service.figures(def->name, p);
                if (!rows)
                    return rows.error();
                figures.insert(def->name, *rows);
            }
            return std::pair{figures, timer.elapsed()};
        },
        [this, generation](Result<std::pair<Figures, qint64>> result) {
            if (generation != m_generation)
                return; // the filters changed meanwhile: a newer refresh is on its way
            if (!result) {
                m_message->setText(result.error().message);
                return;
            }
            show(result->first);
            m_message->setText(tr("Updated in %1 ms").arg(result->second));
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
        connect(set, &QBarSet::clicked, this, [this](int index) {
            const QStringList parts = m_backlogCategories.value(index).split(QLatin1Char('/'));
            if (parts.size() == 2)
                Q_EMIT drillDown(parts[0], parts[1], m_from->date(), m_to->date());
        });
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
        connect(set, &QBarSet::clicked, this, [this, queue](int index) {
            const QDate week = QDate::fromString(m_slaWeeks.value(index), Qt::ISODate);
            if (week.isValid())
                Q_EMIT drillDown(queue, QString(), week, week.addDays(6));
        });
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
        QString category = row.value(labelColumn).toString();
        if (category.isEmpty())
            category = tr("(none)"); // e.g. an approval gives no reason code
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
        series->append(set);
    }
    attachAxes(chart, series, categories, max);
    if (!m_figures.contains(report))
        chart->setTitle(chart->title() + QStringLiteral(" — ") + tr("not available to your role"));
    replaceChart(view, chart);
}

void DashboardPage::openExportDialog()
{
    auto *dialog = new ExportDialog(m_session, params(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace desk
