#pragma once

#include "report/ReportService.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace desk {

class Session;
class TaskRunner;

// The list behind a bar of a chart, for the page that shows it: a queue and its stored state (empty: every
// state), the dashboard's days, and what the bar narrows them to (each applies when set).
struct DashboardDrill
{
    QString queue; // appeals, reviews, merges, qa
    QString state;
    QDate from;
    QDate to;
    InstantSpan submitted;       // backlog: the age bucket's submissions; SLA: the week's (invalid ends: open)
    QDateTime decidedFrom;       // throughput, reasons: decided within [decidedFrom, decidedBefore)
    QDateTime decidedBefore;
    QString decidedBy;           // throughput
    QString reason;              // reasons: the code ("" none), when byReason
    bool byReason = false;
    QString note;                // what the bar stands for, for the list to say so
};

// The supervisors' start page (统计报表): backlog by age in business days, SLA per week, throughput per reviewer,
// decisions and reasons, migration cases, help-desk calls and QA agreement, each a chart over the figures the
// reports compute in SQL. The date range and the queue filter apply to every chart. A click on a bar of the
// backlog or the SLA asks for the list behind it (drillDown); Export… writes any report to a file.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);

    void setRange(QDate from, QDate to);
    void setQueue(const QString &queue); // "", "appeals", "reviews", "merges"
    void refresh();
    QDate from() const;
    QDate to() const;
    // The figures on screen, per report name (what the charts show).
    const QHash<QString, QVector<ExportRow>> &figures() const { return m_figures; }
    QChartView *chart(const QString &report) const { return m_charts.value(report); }
    void openExportDialog();

Q_SIGNALS:
    // The list behind a bar that was clicked.
    void drillDown(const desk::DashboardDrill &drill);
    void refreshed(); // the charts show the figures of the current filters
    void statusMessage(const QString &text);

private:
    void show(const QHash<QString, QVector<ExportRow>> &figures);
    void showBacklog();
    void showSla();
    void showSimple(const QString &report, int labelColumn, int labelColumn2, int valueColumn);
    // A bar of throughput, reasons or QA: its set (a queue, or the value's title) and category (reviewer, code).
    void openSimple(const QString &report, const QString &set, const QString &category);
    void openBacklog(int bucket, int category);
    void openSla(const QString &queue, int week);
    QString categoryLabel(const QString &report, const QString &category) const;
    ReportParams params() const;

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_queue = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, QChartView *> m_charts;
    QHash<QString, QVector<ExportRow>> m_figures;
    QStringList m_backlogCategories; // "queue/state" per backlog bar
    QStringList m_slaWeeks;
    ReportParams m_shown;                   // the filters of the figures on screen
    QVector<QDateTime> m_ageLimits;         // the backlog's age limits when they were counted
    QHash<QString, QString> m_reasonTitles; // reason code -> the reason template's title
    int m_generation = 0;
};

} // namespace desk
