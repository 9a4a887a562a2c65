#pragma once

#include "report/ReportService.h"
#include "store/AppealRepository.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabBar;

namespace desk {

class AppealListModel;
class AppealWorkspace;
class ListExportButton;
class PagedTableView;
class Session;
class TaskRunner;

// The reviewers' recovery-appeal queue: state tabs with counts, filters (type, SLA, assignee, submission dates,
// text) applied in SQL, the lazily paged list sorted by due time, and the review workspace of the appeal being
// worked on. Ctrl+N claims the most urgent unclaimed appeal and opens it; Enter on a row opens it (claiming it
// with Ctrl+Enter); F5 refreshes; Ctrl+F focuses the search; Ctrl+E exports every row of the filtered list
// (masked as shown); Esc in the workspace goes back to the list.
// Supervisors also release and reassign claims.
class AppealQueuePage : public QWidget
{
    Q_OBJECT
public:
    AppealQueuePage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);
    ~AppealQueuePage() override;

    AppealListModel *model() const { return m_model; }
    AppealWorkspace *workspace() const { return m_workspace; }
    PagedTableView *list() const { return m_list; }
    bool isShowingWorkspace() const;
    AppealFilter currentFilter() const;

    void claimNext();
    void claimSelected();
    void openSelected();
    void openAppeal(qint64 appealId);
    void showQueue();
    void refresh();
    void releaseSelected();
    void reassignSelected(const QString &staffLogin);
    // The queue filtered to one state (a stored name; empty: all) and submission days: what a bar of the
    // dashboard stands for.
    void showFiltered(const QString &state, QDate from, QDate to);
    // Every appeal decided as a throughput or reasons bar of the dashboard counts it (the decision parts of
    // `decisions`: time span, reviewer, reason code), until the tab changes or "Show all" is pressed, with `note`
    // saying so.
    void showDecisions(const AppealFilter &decisions, const QString &note);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void claimFinished(bool ok); // claimNext / claimSelected came back

private:
    void applyFilter();
    void setDecisions(const AppealFilter &decisions, const QString &note);
    void resetFilters(const QString &state, QDate from, QDate to); // the widgets only, no query
    std::optional<ListExport> describeExport() const;
    void refreshCounts();
    qint64 selectedId() const;
    void showError(const QString &text);

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_queueView = nullptr;
    QTabBar *m_states = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_sla = nullptr;
    QComboBox *m_assignee = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_claim = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_reassign = nullptr;
    ListExportButton *m_export = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_dashboardNote = nullptr;
    QPushButton *m_showAll = nullptr;
    AppealFilter m_decisions; // the dashboard's decision parts, when it opened the queue
    PagedTableView *m_list = nullptr;
    AppealListModel *m_model = nullptr;
    AppealWorkspace *m_workspace = nullptr;
    bool m_claiming = false;
};

} // namespace desk
