#pragma once

#include "report/ReportService.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace desk {

class Session;

// Exports a report to CSV, XLSX or PDF: masked by default; unmasked only for the roles permitted to (with a
// reason; audited). The export runs on a thread of its own with progress and Cancel, so the window stays
// responsive; a cancelled or failed export leaves no file under the chosen name.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(std::shared_ptr<Session> session, ReportParams params, QWidget *parent = nullptr);
    // Exports a list as shown on screen (always masked): the look-up results, a queue, the duplicate finder...
    ExportDialog(std::shared_ptr<Session> session, ListExport list, QWidget *parent = nullptr);
    ~ExportDialog() override; // cancels and waits for a running export

    void setReport(const QString &name);
    void setPath(const QString &path);
    void setFormat(ExportFormat format);
    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

protected:
    void reject() override;

private:
    void build();
    QString suggestedName() const;
    void browse();
    void updateState();
    void done(const Result<ExportOutcome> &result);

    std::shared_ptr<Session> m_session;
    ReportParams m_params;
    std::optional<ListExport> m_list; // set: a list export, not a report
    QComboBox *m_report = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_unmasked = nullptr;
    QLineEdit *m_reason = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
};

} // namespace desk
