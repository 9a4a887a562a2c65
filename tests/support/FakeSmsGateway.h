#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace desk::test {

// A real HTTP/1.1 SMS gateway on 127.0.0.1 for the delivery tests. It records every request, answers as told
// (200 with a message id, 500, 400, 429, ... or not at all) and, like a real gateway, delivers a message only
// once per Idempotency-Key: a repeated key after a success is answered 200 with the first message id but not
// delivered again. Lives on the thread that created it; that thread's event loop must run for it to answer.
class FakeSmsGateway : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QJsonObject json;
        int status = 0; // what the gateway answered (0: no answer)
    };

    explicit FakeSmsGateway(QObject *parent = nullptr);
    ~FakeSmsGateway() override;

    // Listens on 127.0.0.1 (a random port, or `port` to come back where it was). False when it cannot.
    bool start(quint16 port = 0);
    // Closes the listening socket and every open connection: the gateway is down (connection refused).
    void stop();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    QUrl url() const; // http://127.0.0.1:<port>/sms/send

    // The status for requests without a queued answer (default 200). 0: never answer (hang).
    void setDefaultStatus(int status) { m_defaultStatus = status; }
    // Answers for the next requests, in order, before the default applies again.
    void queueStatuses(const QList<int> &statuses) { m_queued += statuses; }
    // Waits this long before answering each request (0: at once).
    void setDelayMs(int ms) { m_delayMs = ms; }

    const QList<Request> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    // Keys of the messages delivered (answered 2xx the first time), in order.
    const QStringList &deliveredKeys() const { return m_delivered; }
    int deliveriesOf(const QString &key) const { return int(m_delivered.count(key)); }
    // Requests for keys already delivered (dropped as duplicates).
    int duplicates() const { return m_duplicates; }
    QStringList requestKeys() const; // the Idempotency-Key header of each request

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int requestIndex);

    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_sockets;
    QList<Request> m_requests;
    QList<int> m_queued;
    int m_defaultStatus = 200;
    int m_delayMs = 0;
    QStringList m_delivered;
    QHash<QString, QString> m_messageIds; // key -> message id of its delivery
    int m_duplicates = 0;
    int m_nextId = 1;
};

} // namespace desk::test
