#pragma once

#include "core/Result.h"
#include "store/SmsOutbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace desk {

class Session;

// Delivers the SMS outbox to the SMS gateway over HTTPS (Action::DeliverSms).
//
// One pass (deliverOnce) claims the messages that are due and POSTs each as JSON
// {"id": idempotency key, "phone": ..., "text": ...} with the header "Idempotency-Key: <key>":
//   2xx                               sent (an optional "message_id" in the JSON reply is kept); body cleared
//   4xx other than 408 and 429        failed for good
//   5xx, 408, 429, network, timeout   queued again with exponential back-off (base * 2^(attempt-1), capped,
//                                     at least Retry-After), failed once maxAttempts attempts are used up
// Each outcome is written with its audit entry (entity "sms") in one transaction; neither the audit log nor any
// log output ever holds the text. A message that was sent is marked sent once; should the sender die between
// the gateway's answer and marking the message, the claim lapses, the message goes out again with the same key,
// and the gateway drops the duplicate.
//
// deliverOnce() is synchronous: it runs a local event loop for each request, so call it from a thread that may
// block (the command line, a worker thread). Each thread uses its own database connection.
class SmsSender : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl gatewayUrl;               // https://...
        int timeoutMs = 15000;         // per request, connection included
        int maxAttempts = 8;
        int backoffBaseSeconds = 60;   // first retry after this, then doubling
        int backoffMaxSeconds = 6 * 3600;
        int batchSize = 20;            // messages claimed at a time
        // TLS certificates are always verified. Tests only: also accept plain http:// to a loopback address
        // (127.0.0.1, ::1, localhost).
        bool allowPlainHttpForLoopback = false;
    };

    struct Report
    {
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        QJsonObject toJson() const; // {"sent": n, "retrying": n, "failed": n}
    };

    SmsSender(std::shared_ptr<Session> session, Config config, QObject *parent = nullptr);
    ~SmsSender() override;

    // InvalidInput naming the problem: no URL, not https (unless the loopback exception applies), bad numbers.
    static Status checkConfig(const Config &config);
    // Seconds to wait before the next attempt after `attempts` attempts (1 = the first one failed).
    static qint64 backoffSeconds(const Config &config, int attempts);

    // The clock (UTC); tests set a controllable one. Default: the system clock.
    void setClock(std::function<QDateTime()> clock);

    // One pass over the messages due now. Fails before claiming anything on a bad configuration or a missing
    // permission; a database error stops the pass (a message then in flight is retried after its claim lapses).
    Result<Report> deliverOnce();

Q_SIGNALS:
    void progress(int done, int claimed);
    // outcome: "sent", "retrying" or "failed"
    void messageFinished(qint64 messageId, const QString &outcome);
    void finished(const desk::SmsSender::Report &report);

private:
    struct Outcome;
    Outcome post(QNetworkAccessManager &network, const SmsMessage &message);
    // Generates the new password an approval's message carries and stores its hash (write path); the password.
    Result<QString> issuePassword(const SmsMessage &message);
    Status record(const SmsMessage &message, const Outcome &outcome, Report &report);
    QDateTime now() const;

    std::shared_ptr<Session> m_session;
    Config m_config;
    std::function<QDateTime()> m_clock;
};

} // namespace desk
