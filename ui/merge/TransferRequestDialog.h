#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace desk {

class Session;
class TaskRunner;

// Asks for a project transfer on departure (员工离职项目移送): the chosen projects of a person who leaves go to a
// colleague delegated by the same organization, on the organization's stamped declaration. A supervisor who did not
// request it approves it; it is undone like a merge.
class TransferRequestDialog : public QDialog
{
    Q_OBJECT
public:
    TransferRequestDialog(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);

    qint64 requestId() const { return m_requestId; }

Q_SIGNALS:
    void requestFinished(bool ok);

private:
    void submit();

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_projects = nullptr;
    QLineEdit *m_evidence = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_submit = nullptr;
    qint64 m_requestId = 0;
};

} // namespace desk
