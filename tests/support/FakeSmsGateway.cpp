#include "FakeSmsGateway.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace desk::test {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 202: return QByteArrayLiteral("Accepted");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 404: return QByteArrayLiteral("Not Found");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    default: return QByteArrayLiteral("Status");
    }
}
} // namespace

FakeSmsGateway::FakeSmsGateway(QObject *parent) : QObject(parent) {}

FakeSmsGateway::~FakeSmsGateway()
{
    stop();
}

bool FakeSmsGateway::start(quint16 port)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &FakeSmsGateway::onNewConnection);
    }
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void FakeSmsGateway::stop()
{
    if (m_server)
        m_server->close();
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket) {
            socket->abort();
            socket->deleteLater();
        }
    }
    m_sockets.clear();
    m_buffers.clear();
}

bool FakeSmsGateway::isRunning() const
{
    return m_server && m_server->isListening();
}

QUrl FakeSmsGateway::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/sms/send").arg(m_port));
}

QStringList FakeSmsGateway::requestKeys() const
{
    QStringList keys;
    for (const Request &r : m_requests)
        keys << QString::fromUtf8(r.headers.value(QByteArrayLiteral("idempotency-key")));
    return keys;
}

void FakeSmsGateway::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_sockets << socket;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeSmsGateway::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value(QByteArrayLiteral("content-length")).toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still coming
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.json = QJsonDocument::fromJson(request.body).object();
        request.status = m_queued.isEmpty() ? m_defaultStatus : m_queued.takeFirst();
        m_requests << request;
        const int index = int(m_requests.size()) - 1;
        if (request.status == 0)
            continue; // hang: never answer
        if (m_delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(m_delayMs, this, [this, guard, index]() {
                if (guard)
                    answer(guard, index);
            });
        } else {
            answer(socket, index);
        }
    }
}

void FakeSmsGateway::answer(QTcpSocket *socket, int requestIndex)
{
    Request &request = m_requests[requestIndex];
    const int status = request.status;
    QJsonObject reply;
    if (status >= 200 && status < 300) {
        QString key = QString::fromUtf8(request.headers.value(QByteArrayLiteral("idempotency-key")));
        if (key.isEmpty())
            key = request.json.value(QStringLiteral("id")).toString();
        if (m_messageIds.contains(key)) {
            ++m_duplicates; // already delivered: answer as before, deliver nothing
        } else {
            m_messageIds.insert(key, QStringLiteral("gw-%1").arg(m_nextId++));
            m_delivered << key;
        }
        reply.insert(QStringLiteral("message_id"), m_messageIds.value(key));
        reply.insert(QStringLiteral("status"), QStringLiteral("accepted"));
    } else {
        reply.insert(QStringLiteral("error"), QStringLiteral("refused by the fake gateway"));
    }
    const QByteArray body = QJsonDocument(reply).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
                        + "Content-Type: application/json\r\n"
                        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                        + "Connection: close\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace desk::test
