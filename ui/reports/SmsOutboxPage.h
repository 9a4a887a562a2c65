#pragma once

#include "report/SmsOutboxService.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace desk {

class Session;
class TaskRunner;

// The supervisors' view of the SMS outbox: every message's state, attempts, last error and masked phone, never its
// text; a finally failed message can be sent again (audited). The newest 200 first, more on demand.
class SmsOutboxPage : public QWidget
{
    Q_OBJECT
public:
    SmsOutboxPage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void refresh();
    void loadMore();
    void requeueSelected();

Q_SIGNALS:
    void loaded();
    void statusMessage(const QString &text);

private:
    void append(const QVector<OutboxEntry> &entries);
    void updateButtons();

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    QComboBox *m_state = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_requeue = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    qint64 m_lastId = 0;
    int m_generation = 0;
};

} // namespace desk
