#pragma once

#include "workflow/CallLog.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace desk {

class Session;
class TaskRunner;

// Logs one help-desk call against an account: caller's number, topic, outcome and a note. Saving runs off the GUI
// thread; an error keeps the dialog open with everything typed, and names the field that is wrong.
class CallDialog : public QDialog
{
    Q_OBJECT
public:
    struct AccountChoice
    {
        qint64 id = 0;
        QString label; // login and name
    };

    CallDialog(std::shared_ptr<Session> session, TaskRunner &runner, const QVector<AccountChoice> &accounts,
               QWidget *parent = nullptr);

    void setCallerPhone(const QString &phone);
    void setTopic(const QString &topic);
    void setContext(const QString &context);
    qint64 loggedEventId() const { return m_eventId; }
    qint64 accountId() const;

    void accept() override;

private:
    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    QComboBox *m_account = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_topic = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_context;
    qint64 m_eventId = 0;
    bool m_saving = false;
};

} // namespace desk
