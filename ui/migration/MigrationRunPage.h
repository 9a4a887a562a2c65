#pragma once

#include "workflow/MigrationEngine.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace desk {

class Session;

// Administrators replay a legacy migration: a preview (dry run: every decision made, nothing kept) shows the
// counts per case and the conflicts; Apply runs the same migration for real after a confirmation. Both run on
// their own thread with progress and Cancel; a cancelled apply keeps the batches it committed.
class MigrationRunPage : public QWidget
{
    Q_OBJECT
public:
    explicit MigrationRunPage(std::shared_ptr<Session> session, QWidget *parent = nullptr);
    ~MigrationRunPage() override; // cancels and waits for a run in progress

    void preview();
    void apply(bool askFirst = true);
    void cancel();
    bool isRunning() const { return m_running; }
    // The last report shown (a preview or an applied run).
    const MigrationReport &report() const { return m_report; }
    bool lastWasPreview() const { return m_lastDryRun; }

Q_SIGNALS:
    void finished(bool ok);
    void statusMessage(const QString &text);

private:
    void start(bool dryRun);
    void showReport(const MigrationReport &report);
    void setRunning(bool running);

    std::shared_ptr<Session> m_session;
    QComboBox *m_system = nullptr;
    QCheckBox *m_retry = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_counts = nullptr;
    QTableWidget *m_conflicts = nullptr;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    MigrationReport m_report;
    bool m_running = false;
    bool m_lastDryRun = false;
    bool m_previewed = false;
};

} // namespace desk
