#pragma once

#include "store/MergeRepository.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace desk {

class Session;
class TaskRunner;

// The merge area: the duplicate finder (疑似重复账号, paged by keyset, with counts per reason), merge requests with
// their approval by a second supervisor and their undo, and the watch list of delegations expiring within 30 days.
// All database work runs on the task runner; the page shows logins and names only, never personal numbers.
class MergePage : public QWidget
{
    Q_OBJECT
public:
    MergePage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);

    QTableWidget *candidates() const { return m_candidates; }
    QTableWidget *requests() const { return m_requests; }
    QTableWidget *expiring() const { return m_expiring; }
    // Reloads the counts, the finder's first page, the requests and the watch list.
    void refresh();
    // Opens the request dialog for the selected finder entry.
    void requestForSelected();
    // Opens the dialog for a project transfer on departure.
    void requestTransfer();

Q_SIGNALS:
    void candidatesLoaded();
    void requestsLoaded();
    void decisionFinished(bool ok);
    void statusMessage(const QString &text);

private:
    void loadCandidates(bool more);
    void loadRequests();
    void loadExpiring();
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
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_undo = nullptr;
    QTableWidget *m_expiring = nullptr;
    QLabel *m_message = nullptr;
    std::optional<CandidateKey> m_after;
    int m_generation = 0; // drops pages of an earlier filter
};

} // namespace desk
