#include "workflow/SmsSender.h"

#include "domain/CitizenTexts.h"
#include "domain/Identifiers.h"
#include "store/Database.h"
#include "store/PasswordHasher.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslSocket>
#endif

namespace desk {

namespace {
bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

struct SmsSender::Outcome
{
    enum class Kind { Sent, Retry, Failed };
    Kind kind = Kind::Retry;
    QString error;             // what went wrong, never the text
    QString gatewayMessageId;
    qint64 retryAfterSeconds = 0;
};

QJsonObject SmsSender::Report::toJson() const
{
    return QJsonObject{{QStringLiteral("sent"), sent},
                       {QStringLiteral("retrying"), retrying},
                       {QStringLiteral("failed"), failed}};
}

SmsSender::SmsSender(std::shared_ptr<Session> session, Config config, QObject *parent)
    : QObject(parent), m_session(std::move(session)), m_config(std::move(config)),
      m_clock([]() { return QDateTime::currentDateTimeUtc(); })
{
}

SmsSender::~SmsSender() = default;

void SmsSender::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime SmsSender::now() const
{
    return m_clock().toUTC();
}

Status SmsSender::checkConfig(const Config &config)
{
    const QUrl &url = config.gatewayUrl;
    if (url.isEmpty())
        return Error(Error::Code::InvalidInput, tr("Name the SMS gateway's address (https://...)."));
    if (!url.isValid() || url.host().isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("The SMS gateway address \"%1\" is not a valid URL.").arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!config.allowPlainHttpForLoopback || !isLoopbackHost(url.host()))
            return Error(Error::Code::InvalidInput,
                         tr("The SMS gateway address \"%1\" is not encrypted: text messages carry new passwords and "
                            "go only over https://.")
                             .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    } else if (scheme != QLatin1String("https")) {
        return Error(Error::Code::InvalidInput,
                     tr("The SMS gateway address \"%1\" must start with https://.")
                         .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    }
#if !QT_CONFIG(ssl)
    if (scheme == QLatin1String("https"))
        return Error(Error::Code::Internal, tr("This build of Qt has no TLS support: cannot reach an https:// gateway."));
#endif
    if (config.timeoutMs < 100 || config.timeoutMs > 600000)
        return Error(Error::Code::InvalidInput,
                     tr("The gateway time-out must be between 100 ms and 10 minutes (not %1 ms).").arg(config.timeoutMs));
    if (config.maxAttempts < 1 || config.maxAttempts > 100)
        return Error(Error::Code::InvalidInput,
                     tr("The number of attempts must be between 1 and 100 (not %1).").arg(config.maxAttempts));
    if (config.backoffBaseSeconds < 1 || config.backoffMaxSeconds < config.backoffBaseSeconds)
        return Error(Error::Code::InvalidInput,
                     tr("The retry back-off must be at least 1 second and its maximum at least the base."));
    if (config.batchSize < 1 || config.batchSize > 1000)
        return Error(Error::Code::InvalidInput,
                     tr("The batch size must be between 1 and 1000 (not %1).").arg(config.batchSize));
    return {};
}

qint64 SmsSender::backoffSeconds(const Config &config, int attempts)
{
    const int doublings = qBound(0, attempts - 1, 30);
    const qint64 delay = qint64(config.backoffBaseSeconds) << doublings;
    return qMin<qint64>(delay, config.backoffMaxSeconds);
}

SmsSender::Outcome SmsSender::post(QNetworkAccessManager &network, const SmsMessage &message)
{
    QNetworkRequest request(m_config.gatewayUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), message.idempotencyKey.toUtf8());
    // A redirect of a POST is not followed: the text goes only to the configured address.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
#if QT_CONFIG(ssl)
    if (m_config.gatewayUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
    }
#endif
    const QJsonObject payload{{QStringLiteral("id"), message.idempotencyKey},
                              {QStringLiteral("phone"), message.phone},
                              {QStringLiteral("text"), message.body}};
    QNetworkReply *reply = network.post(request, QJsonDocument(payload).toJson(QJsonDocument::Compact));

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&]() {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        timer.start(m_config.timeoutMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    timer.stop();

    Outcome outcome;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (timedOut) {
        outcome.kind = Outcome::Kind::Retry;
        outcome.error = tr("The gateway did not answer within %1 ms.").arg(m_config.timeoutMs);
    } else if (status == 0) {
        outcome.kind = Outcome::Kind::Retry;
        outcome.error = tr("Cannot reach the gateway: %1").arg(reply->errorString());
    } else if (status >= 200 && status < 300) {
        outcome.kind = Outcome::Kind::Sent;
        const QJsonValue id = QJsonDocument::fromJson(answer).object().value(QStringLiteral("message_id"));
        if (id.isString())
            outcome.gatewayMessageId = id.toString();
        else if (id.isDouble())
            outcome.gatewayMessageId = QString::number(id.toInteger());
    } else {
        // The gateway's answer body is not kept: it might quote the text.
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().left(80);
        outcome.error = tr("The gateway answered HTTP %1 %2").arg(status).arg(reason).trimmed();
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            outcome.kind = Outcome::Kind::Failed;
        } else {
            outcome.kind = Outcome::Kind::Retry;
            bool ok = false;
            const qint64 after = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toLongLong(&ok);
            if (ok && after > 0)
                outcome.retryAfterSeconds = qMin<qint64>(after, m_config.backoffMaxSeconds);
        }
    }
    reply->deleteLater();
    return outcome;
}

Status SmsSender::record(const SmsMessage &message, const Outcome &outcome, Report &report)
{
    Outcome::Kind kind = outcome.kind;
    QString error = outcome.error;
    if (kind == Outcome::Kind::Retry && message.attempts >= m_config.maxAttempts) {
        kind = Outcome::Kind::Failed;
        error = tr("Gave up after %1 attempts. %2").arg(message.attempts).arg(outcome.error);
    }
    const QDateTime at = now();
    auto changed = WritePath::run(*m_session, Action::DeliverSms, [&](WriteContext &w) -> Result<bool> {
        SmsOutbox outbox(w.database());
        AuditEntry entry;
        entry.entityType = QStringLiteral("sms");
        entry.entityId = QString::number(message.id);
        QJsonObject after{{QStringLiteral("idempotency_key"), message.idempotencyKey},
                          {QStringLiteral("phone"), ids::maskPhone(message.phone)},
                          {QStringLiteral("attempts"), message.attempts}};
        if (message.appealId > 0)
            after.insert(QStringLiteral("appeal_id"), message.appealId);
        // Built once (not assigned in each branch): GCC's -Wmaybe-uninitialized misreads a reassigned variant.
        const auto mark = [&]() -> Result<bool> {
            switch (kind) {
            case Outcome::Kind::Sent:
                entry.action = QStringLiteral("sms.sent");
                if (!outcome.gatewayMessageId.isEmpty())
                    after.insert(QStringLiteral("gateway_message_id"), outcome.gatewayMessageId);
                return outbox.markSent(message.id, outcome.gatewayMessageId, at);
            case Outcome::Kind::Retry: {
                const qint64 delay = qMax(backoffSeconds(m_config, message.attempts), outcome.retryAfterSeconds);
                const QDateTime next = at.addSecs(delay);
                entry.action = QStringLiteral("sms.retry");
                after.insert(QStringLiteral("error"), error);
                after.insert(QStringLiteral("next_attempt_at"), SmsOutbox::timestamp(next));
                return outbox.markRetry(message.id, error, next);
            }
            case Outcome::Kind::Failed:
                entry.action = QStringLiteral("sms.failed");
                after.insert(QStringLiteral("error"), error);
                return outbox.markFailed(message.id, error);
            }
            return false;
        };
        const Result<bool> marked = mark();
        if (!marked || !*marked) {
            // Not marked: another sender reclaimed the message after this one's claim lapsed and has finished
            // it; its outcome stands (the gateway saw the same key twice and delivered once).
            return marked;
        }
        after.insert(QStringLiteral("state"), kind == Outcome::Kind::Sent    ? QStringLiteral("sent")
                                              : kind == Outcome::Kind::Retry ? QStringLiteral("queued")
                                                                             : QStringLiteral("failed"));
        entry.after = after;
        entry.before = QJsonObject{{QStringLiteral("state"), QStringLiteral("sending")}};
        w.audit(entry);
        return true;
    });
    if (!changed)
        return changed.error();
    if (!*changed)
        return {};
    QString outcomeName;
    switch (kind) {
    case Outcome::Kind::Sent:
        ++report.sent;
        outcomeName = QStringLiteral("sent");
        break;
    case Outcome::Kind::Retry:
        ++report.retrying;
        outcomeName = QStringLiteral("retrying");
        break;
    case Outcome::Kind::Failed:
        ++report.failed;
        outcomeName = QStringLiteral("failed");
        break;
    }
    Q_EMIT messageFinished(message.id, outcomeName);
    return {};
}

Result<QString> SmsSender::issuePassword(const SmsMessage &message)
{
    if (!message.body.contains(CitizenTexts::newPasswordSlot()))
        return Error(Error::Code::Internal, tr("Text message %1 has no place for the new password.").arg(message.id));
    const QString password = crypto::randomPassword(14);
    const QString hash = crypto::hashPassword(password);
    auto stored = WritePath::run(*m_session, Action::DeliverSms, [&](WriteContext &w) -> Status {
        auto byServer = SmsOutbox(w.database()).issuePassword(message.id, message.passwordFor, hash);
        if (!byServer)
            return byServer.error();
        if (!*byServer)
            w.audit(QStringLiteral("account.password_issued"), QStringLiteral("account"),
                    QString::number(message.passwordFor), {},
                    QJsonObject{{QStringLiteral("sms_id"), QString::number(message.id)},
                                {QStringLiteral("appeal_id"), QString::number(message.appealId)}});
        return {};
    });
    if (!stored)
        return stored.error();
    return password;
}

Result<SmsSender::Report> SmsSender::deliverOnce()
{
    if (auto s = Permissions::require(m_session->staff(), Action::DeliverSms); !s)
        return s.error();
    if (auto s = checkConfig(m_config); !s)
        return s.error();

    Database &db = m_session->database();
    SmsOutbox outbox(db);
    // Messages are due as of the start of the pass: one that fails now is retried in a later pass, not this one.
    const QDateTime passStart = now();
    // The claim must outlast a whole batch of requests that each run into the time-out.
    const int leaseSeconds = qMax<int>(SmsOutbox::kDefaultLeaseSeconds,
                                       int(qint64(m_config.batchSize) * m_config.timeoutMs / 1000 * 2));
    QNetworkAccessManager network;
    Report report;
    int claimed = 0;
    int done = 0;
    for (;;) {
        auto batch = outbox.claimDue(passStart, m_config.batchSize, leaseSeconds);
        if (!batch) {
            Error error = batch.error();
            if (error.code == Error::Code::PermissionDenied)
                error.message = tr("The database role may not read the outbox: delivering text messages needs a "
                                   "role that is a member of desk_sms_sender. (%1)")
                                    .arg(error.message);
            return error;
        }
        if (batch->isEmpty())
            break;
        claimed += int(batch->size());
        Q_EMIT progress(done, claimed);
        for (const SmsMessage &claimedMessage : std::as_const(*batch)) {
            SmsMessage message = claimedMessage;
            Outcome outcome;
            if (message.passwordFor > 0) {
                // An approval's message: the new password is born here, its hash goes to the account (checked
                // by the server on PostgreSQL) before the text leaves, and it exists nowhere else.
                auto issued = issuePassword(message);
                if (!issued) {
                    outcome.kind = Outcome::Kind::Failed;
                    outcome.error = tr("Could not issue the new password: %1").arg(issued.error().message);
                } else {
                    message.body.replace(CitizenTexts::newPasswordSlot(), *issued);
                }
            }
            if (outcome.kind != Outcome::Kind::Failed)
                outcome = post(network, message);
            if (auto s = record(message, outcome, report); !s)
                return s.error();
            ++done;
            Q_EMIT progress(done, claimed);
        }
    }
    Q_EMIT finished(report);
    return report;
}

} // namespace desk
