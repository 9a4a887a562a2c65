#pragma once

#include "workflow/AppealService.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace desk {

class DocumentViewer;
class Session;
class TaskRunner;

// One recovery appeal under review: the submitted data side by side with each matching account (mismatches
// highlighted, personal data masked), the validators' verdicts, other open appeals and recent decisions for the
// same person or organization, internal notes, the history, and the documents in the viewer. The holder of the
// claim decides: approve for the chosen account (the new password goes by SMS, unseen), reject with a reason
// template, or ask the user for documents.
// Keys: Ctrl+Shift+A approve, Ctrl+Shift+R reject, Ctrl+Shift+D ask for documents, Ctrl+Return claim,
// Ctrl+N next appeal, Alt+PageDown / Alt+PageUp next / previous document, Esc back to the queue.
// While the reviewer works in the workspace (keys, clicks), the claim is kept alive every few minutes; an idle
// workspace lets it lapse after the configured idle time, so a forgotten screen does not block the queue.
class AppealWorkspace : public QWidget
{
    Q_OBJECT
public:
    AppealWorkspace(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);
    ~AppealWorkspace() override;

    void showAppeal(qint64 appealId);
    void reload();
    qint64 appealId() const { return m_appealId; }
    bool isLoading() const { return m_loading; }
    const AppealReview &review() const { return m_review; }
    DocumentViewer *viewer() const { return m_viewer; }

    // Decisions; with askFirst the reviewer confirms (approve) or picks the reason in a dialog (reject, ask).
    void approveSelected(bool askFirst = true);
    void reject(const QString &reasonCode, const QString &freeText);
    void askForDocuments(const QString &reasonCode, const QString &freeText);
    void rejectWithDialog();
    void askForDocumentsWithDialog();
    void claim();
    void release();
    void addNote(const QString &body);
    // The candidate chosen for approval (row in the candidates list).
    void selectCandidate(int index);
    int selectedCandidate() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void loaded(qint64 appealId);
    void failed(const QString &message);
    void decided(qint64 appealId, const QString &state); // AppealStates::name(): approved / rejected / waiting_for_user
    void changed();          // the appeal changed (claim, decision, note): the queue refreshes
    void backRequested();
    void nextRequested();
    void statusMessage(const QString &text);

private:
    void render();
    void renderComparison();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);
    void runDecision(const QString &what, std::function<Status(AppealService &)> job,
                     std::optional<AppealState> newState);
    bool reasonDialog(const QString &title, QString *code, QString *text);
    void keepClaimAlive();

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    qint64 m_appealId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_busy = false;
    AppealReview m_review;
    QVector<ReasonTemplate> m_templates;
    QTimer *m_keepAlive = nullptr;
    bool m_activeSinceTouch = false;

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_claim = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_ask = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QListWidget *m_candidates = nullptr;
    QLabel *m_renameHint = nullptr;
    QTableWidget *m_comparison = nullptr;
    QListWidget *m_verdicts = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_related = nullptr;
    QTableWidget *m_decisions = nullptr;
    QListWidget *m_notes = nullptr;
    QLineEdit *m_noteInput = nullptr;
    QTableWidget *m_history = nullptr;
    DocumentViewer *m_viewer = nullptr;
};

} // namespace desk
