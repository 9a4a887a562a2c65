#pragma once

#include "report/ReportService.h"
#include "store/MergeRepository.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace desk {

class Session;
class TaskRunner;

// The merge area: the duplicate finder (疑似重复账号, paged by keyset, with counts per reason), merge requests with
// their approval by a second supervisor and their undo, and in tabs the watch list of delegations expiring within 30
// days, the handlers (经办人, with admin flag, validity and expiry) and the accounts pending activation (待激活).
// All database work runs on the task runner; the page shows logins and names only, never personal numbers. Each
// list has an export of every row (Ctrl+E: the finder's, with its reason filter).
class MergePage : public QWidget
{
    Q_OBJECT
public:
    MergePage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);

    QTableWidget *candidates() const { return m_candidates; }
    QTableWidget *requests() const { return m_requests; }
    QTableWidget *expiring() const { return m_expiring; }
    // The organization's people: handlers (经办人) and accounts pending activation (待激活), keyset-paged.
    QTableWidget *handlers() const { return m_handlers; }
    QTableWidget *pending() const { return m_pending; }
    QTabWidget *peopleTabs() const { return m_peopleTabs; }
    // Reloads the counts, the finder's first page, the requests and the watch list.
    void refresh();
    // Opens the request dialog for the selected finder entry.
    void requestForSelected();
    // Opens the dialog for a project transfer on departure.
    void requestTransfer();
    // Shows only the requests `filter` names (a bar of the dashboard: a state and a span of request times), with
    // `note` saying so above the list until the state filter changes or "Show all" is pressed.
    void showRequests(const MergeRequestFilter &filter, const QString &note);
    const MergeRequestFilter &requestFilter() const { return m_requestFilter; }

Q_SIGNALS:
    void candidatesLoaded();
    void requestsLoaded();
    void handlersLoaded();
    void pendingLoaded();
    void decisionFinished(bool ok);
    void statusMessage(const QString &text);

private:
    void loadCandidates(bool more);
    void loadRequests();
    void loadExpiring();
    void loadHandlers(bool more);
    void loadPending(bool more);
    // The list `name` as an export: duplicates, merge_requests, expiring_delegations, handlers, pending_activation.
    std::optional<ListExport> describeExport(const QString &name) const;
    void decide(const QString &what);
    qint64 selectedRequest() const;
    void setMessage(const QString &text, bool error);

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    QLabel *m_counts = nullptr;
    QComboBox *m_reason = nullptr;
    QTableWidget *m_candidates = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_request = nullptr;
    QPushButton *m_transfer = nullptr;
    QTableWidget *m_requests = nullptr;
    QComboBox *m_requestState = nullptr;
    QLabel *m_requestsNote = nullptr;
    QPushButton *m_requestsShowAll = nullptr;
    MergeRequestFilter m_requestFilter;
    int m_requestsGeneration = 0;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_undo = nullptr;
    QTableWidget *m_expiring = nullptr;
    QTabWidget *m_peopleTabs = nullptr;
    QTableWidget *m_handlers = nullptr;
    QPushButton *m_handlersMore = nullptr;
    QTableWidget *m_pending = nullptr;
    QPushButton *m_pendingMore = nullptr;
    DelegationRow m_handlersAfter; // id 0: the first page
    qint64 m_pendingAfter = 0;
    int m_handlersGeneration = 0;
    int m_pendingGeneration = 0;
    QLabel *m_message = nullptr;
    std::optional<CandidateKey> m_after;
    int m_generation = 0; // drops pages of an earlier filter
};

} // namespace desk
