#pragma once

#include "store/MergeRepository.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace desk {

class Session;
class TaskRunner;

// Asks for a merge (or an organization's rename recovery): source and target, a reason and optional evidence; shows
// the preview (what moves, the conflicts and the rule applied to each) before the request can be made. The request
// is then approved by a supervisor who did not make it.
class MergeRequestDialog : public QDialog
{
    Q_OBJECT
public:
    MergeRequestDialog(std::shared_ptr<Session> session, TaskRunner &runner, const QString &source,
                       const QString &target, QWidget *parent = nullptr);

    qint64 requestId() const { return m_requestId; }
    void setKind(const QString &kind); // merge or rename

Q_SIGNALS:
    void previewShown(bool ok);
    void requestFinished(bool ok);

private:
    void showPreview();
    void submit();
    void setBusy(bool busy);

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_evidence = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_submit = nullptr;
    qint64 m_requestId = 0;
    QString m_previewedFor; // kind|source|target the preview shows
};

} // namespace desk
