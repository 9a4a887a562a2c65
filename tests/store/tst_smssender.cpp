// SMS delivery through a real HTTP gateway on 127.0.0.1 (FakeSmsGateway): a delivered message is marked sent
// once and its body cleared; a gateway that is down, answers 5xx, 408, 429 or not at all gets the message again
// later with the same idempotency key; 4xx fails it for good; attempts run out; a crashed sender's claim lapses;
// two senders at once never send a message twice; only administrators deliver; plain http is refused outside
// tests; the text never reaches the audit log; the command line's `sms deliver`.
#include "CliRun.h"
#include "FakeSmsGateway.h"
#include "TestDatabase.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/PasswordHasher.h"
#include "store/SmsOutbox.h"
#include "store/StaffRepository.h"
#include "workflow/Session.h"
#include "workflow/SmsSender.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <optional>

using namespace desk;

namespace {

const QString kPassword = QStringLiteral("Pw9!xKq2#Lm");

QString bodyFor(const QString &login)
{
    return QStringLiteral("【政务服务平台】您的申诉已通过。登录名：%1，新密码：%2，请登录后立即修改密码。").arg(login, kPassword);
}

QString previewFor(const QString &login)
{
    return QStringLiteral("【政务服务平台】您的申诉已通过。登录名：%1，新密码：********，请登录后立即修改密码。").arg(login);
}

QString phoneFor(int i)
{
    return QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestSmsSender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void deliveryMarksSentAndClearsBody();
    void enqueueJoinsTheCallersTransaction();
    void enqueueRefusesBadInput();
    void gatewayDownRetriesLaterExactlyOnce();
    void serverErrorThenSuccessDeliversOnce();
    void retryableStatuses_data();
    void retryableStatuses();
    void clientErrorFailsForGood();
    void attemptsRunOut();
    void timeoutIsRetried();
    void lapsedClaimIsReclaimed();
    void concurrentSendersNeverSendTwice();
    void concurrentClaimsAreDisjoint();
    void onlyAdministratorsDeliver();
    void plainHttpOnlyForLoopbackTests();
    void backoffDoubles();
    void listShowsNoBody();
    void realStaffRoles();
    void cliDeliver();

private:
    std::shared_ptr<Session> session(StaffRole role = StaffRole::Administrator);
    SmsSender::Config config() const;
    std::unique_ptr<SmsSender> sender(SmsSender::Config cfg, StaffRole role = StaffRole::Administrator);
    std::unique_ptr<SmsSender> sender() { return sender(config()); }
    qint64 enqueue(const QString &key, int phoneIndex = 1, qint64 appealId = 0);
    QString storedBody(qint64 id);
    SmsOutboxRow row(qint64 id);
    QStringList auditActions(qint64 id);
    QStringList rows(const QString &sql);
    void verifyNoSecretInAudit();

    std::shared_ptr<Database> m_db;
    std::unique_ptr<test::FakeSmsGateway> m_gateway;
    QDateTime m_now;
};

void TestSmsSender::init()
{
    m_db = test::openTestDatabase();
    m_gateway = std::make_unique<test::FakeSmsGateway>();
    QVERIFY(m_gateway->start());
    m_now = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC);
}

void TestSmsSender::cleanup()
{
    if (m_db)
        verifyNoSecretInAudit();
    m_gateway.reset();
    m_db.reset();
}

std::shared_ptr<Session> TestSmsSender::session(StaffRole role)
{
    StaffMember staff;
    staff.login = QStringLiteral("sms_admin");
    staff.displayName = QStringLiteral("短信管理员");
    staff.role = role;
    return std::make_shared<Session>(m_db, staff, QStringLiteral("test:sms"));
}

SmsSender::Config TestSmsSender::config() const
{
    SmsSender::Config c;
    c.gatewayUrl = m_gateway->url();
    c.allowPlainHttpForLoopback = true;
    c.timeoutMs = 30000;
    c.backoffBaseSeconds = 60;
    c.backoffMaxSeconds = 3600;
    c.maxAttempts = 5;
    c.batchSize = 5;
    return c;
}

std::unique_ptr<SmsSender> TestSmsSender::sender(SmsSender::Config cfg, StaffRole role)
{
    auto s = std::make_unique<SmsSender>(session(role), cfg);
    s->setClock([this]() { return m_now; });
    return s;
}

qint64 TestSmsSender::enqueue(const QString &key, int phoneIndex, qint64 appealId)
{
    // As the appeal decision does: inside the caller's own transaction.
    auto conn = m_db->connection();
    if (!conn)
        qFatal("%s", qPrintable(conn.error().message));
    Transaction tx(*m_db, *conn);
    if (!tx.begin())
        qFatal("begin failed");
    auto id = SmsOutbox(*m_db).enqueue(key, phoneFor(phoneIndex), bodyFor(key), previewFor(key), appealId, m_now);
    if (!id)
        qFatal("enqueue failed: %s", qPrintable(id.error().message));
    if (!tx.commit())
        qFatal("commit failed");
    return *id;
}

QString TestSmsSender::storedBody(qint64 id)
{
    auto conn = m_db->connection();
    QSqlQuery q(*conn);
    q.prepare(QStringLiteral("SELECT body FROM sms_outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        qFatal("reading the body failed: %s", qPrintable(q.lastError().text()));
    return q.value(0).toString();
}

SmsOutboxRow TestSmsSender::row(qint64 id)
{
    auto r = SmsOutbox(*m_db).find(id);
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    return *r;
}

QStringList TestSmsSender::rows(const QString &sql)
{
    auto conn = m_db->connection();
    if (!conn)
        qFatal("%s", qPrintable(conn.error().message));
    QSqlQuery q(*conn);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList TestSmsSender::auditActions(qint64 id)
{
    auto rows = AuditLog(*m_db).forEntity(QStringLiteral("sms"), QString::number(id));
    if (!rows)
        qFatal("%s", qPrintable(rows.error().message));
    QStringList actions;
    for (auto it = rows->crbegin(); it != rows->crend(); ++it) // oldest first
        actions << it->action;
    return actions;
}

void TestSmsSender::verifyNoSecretInAudit()
{
    auto conn = m_db->connection();
    QVERIFY(conn.ok());
    QSqlQuery q(*conn);
    QVERIFY(q.exec(QStringLiteral("SELECT id, action, entity_id, before_json, after_json FROM audit_log")));
    while (q.next()) {
        for (int col = 1; col < 5; ++col) {
            const QString text = q.value(col).toString();
            QVERIFY2(!text.contains(kPassword), qPrintable(QStringLiteral("audit row %1 holds the password")
                                                               .arg(q.value(0).toLongLong())));
            QVERIFY2(!text.contains(QStringLiteral("新密码")),
                     qPrintable(QStringLiteral("audit row %1 holds message text").arg(q.value(0).toLongLong())));
        }
    }
    QVERIFY(AuditLog(*m_db).verify()->ok);
}

void TestSmsSender::deliveryMarksSentAndClearsBody()
{
    const qint64 id = enqueue(QStringLiteral("appeal-17-approve"), 1);
    QCOMPARE(storedBody(id), bodyFor(QStringLiteral("appeal-17-approve")));
    QCOMPARE(row(id).state, QStringLiteral("queued"));

    auto s = sender();
    QList<QPair<qint64, QString>> finished;
    connect(s.get(), &SmsSender::messageFinished, this,
            [&finished](qint64 mid, const QString &outcome) { finished << qMakePair(mid, outcome); });
    auto report = s->deliverOnce();
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->sent, 1);
    QCOMPARE(report->retrying, 0);
    QCOMPARE(report->failed, 0);
    QCOMPARE(report->toJson(), QJsonObject({{QStringLiteral("sent"), 1}, {QStringLiteral("retrying"), 0},
                                            {QStringLiteral("failed"), 0}}));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first, id);
    QCOMPARE(finished.first().second, QStringLiteral("sent"));

    // What the gateway received.
    QCOMPARE(m_gateway->requestCount(), 1);
    const auto &request = m_gateway->requests().first();
    QCOMPARE(request.method, QByteArrayLiteral("POST"));
    QCOMPARE(request.path, QByteArrayLiteral("/sms/send"));
    QCOMPARE(request.headers.value("idempotency-key"), QByteArrayLiteral("appeal-17-approve"));
    QVERIFY(request.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(request.json.value(QStringLiteral("id")).toString(), QStringLiteral("appeal-17-approve"));
    QCOMPARE(request.json.value(QStringLiteral("phone")).toString(), phoneFor(1));
    QCOMPARE(request.json.value(QStringLiteral("text")).toString(), bodyFor(QStringLiteral("appeal-17-approve")));
    QCOMPARE(m_gateway->deliveredKeys(), QStringList{QStringLiteral("appeal-17-approve")});

    // Marked sent with the gateway's id; the password is gone from the database.
    const SmsOutboxRow r = row(id);
    QCOMPARE(r.state, QStringLiteral("sent"));
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.gatewayMessageId, QStringLiteral("gw-1"));
    QCOMPARE(r.sentAt, m_now);
    QVERIFY(r.lastError.isEmpty());
    QVERIFY(!r.nextAttemptAt.isValid());
    QCOMPARE(storedBody(id), previewFor(QStringLiteral("appeal-17-approve")));
    QVERIFY(!storedBody(id).contains(kPassword));
    QCOMPARE(auditActions(id), QStringList{QStringLiteral("sms.sent")});

    // A second pass, even much later, sends nothing.
    m_now = m_now.addDays(1);
    report = s->deliverOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->sent + report->retrying + report->failed, 0);
    QCOMPARE(m_gateway->requestCount(), 1);
}

void TestSmsSender::enqueueJoinsTheCallersTransaction()
{
    auto conn = m_db->connection();
    QVERIFY(conn.ok());
    SmsOutbox outbox(*m_db);
    {
        Transaction tx(*m_db, *conn);
        QVERIFY(tx.begin().ok());
        auto id = outbox.enqueue(QStringLiteral("rolled-back"), phoneFor(2), bodyFor(QStringLiteral("a")),
                                 previewFor(QStringLiteral("a")), 0, m_now);
        QVERIFY(id.ok());
        QCOMPARE(outbox.list()->size(), 1); // visible inside the transaction
        tx.rollback();
    }
    QCOMPARE(outbox.list()->size(), 0);

    // A duplicate key is a Conflict that leaves the caller's transaction usable (PostgreSQL would otherwise abort it).
    const qint64 first = enqueue(QStringLiteral("dup-key"), 3);
    {
        Transaction tx(*m_db, *conn);
        QVERIFY(tx.begin().ok());
        auto dup = outbox.enqueue(QStringLiteral("dup-key"), phoneFor(4), bodyFor(QStringLiteral("b")),
                                  previewFor(QStringLiteral("b")), 0, m_now);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, Error::Code::Conflict);
        auto other = outbox.enqueue(QStringLiteral("other-key"), phoneFor(5), bodyFor(QStringLiteral("c")),
                                    previewFor(QStringLiteral("c")), 0, m_now);
        QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
        QVERIFY(tx.commit().ok());
    }
    const auto rows = outbox.list();
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(row(first).phone, phoneFor(3)); // the first message is untouched
    QCOMPARE(storedBody(first), bodyFor(QStringLiteral("dup-key")));
}

void TestSmsSender::enqueueRefusesBadInput()
{
    SmsOutbox outbox(*m_db);
    const QString body = bodyFor(QStringLiteral("x"));
    const QString preview = previewFor(QStringLiteral("x"));
    struct Case
    {
        QString key, phone, body, preview;
    };
    const Case cases[] = {
        {QString(), phoneFor(1), body, preview},
        {QStringLiteral("k1"), QStringLiteral("12345"), body, preview},
        {QStringLiteral("k2"), QStringLiteral("0101234567"), body, preview},
        {QStringLiteral("k3"), phoneFor(1), QStringLiteral("  "), preview},
        {QStringLiteral("k4"), phoneFor(1), QString(SmsOutbox::kMaxBodyLength + 1, QLatin1Char('x')), preview},
        {QStringLiteral("k5"), phoneFor(1), body, QString()},
    };
    for (const Case &c : cases) {
        auto id = outbox.enqueue(c.key, c.phone, c.body, c.preview, 0, m_now);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, Error::Code::InvalidInput);
        QVERIFY(!id.error().message.isEmpty());
        QVERIFY(!id.error().message.contains(QStringLiteral("12345"))); // the phone is masked in messages
    }
    QCOMPARE(outbox.list()->size(), 0);
}

void TestSmsSender::gatewayDownRetriesLaterExactlyOnce()
{
    const qint64 id = enqueue(QStringLiteral("down-1"), 6);
    const quint16 port = m_gateway->port();
    m_gateway->stop();
    auto s = sender();

    auto report = s->deliverOnce();
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->retrying, 1);
    QCOMPARE(report->sent, 0);
    SmsOutboxRow r = row(id);
    QCOMPARE(r.state, QStringLiteral("queued"));
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.nextAttemptAt, m_now.addSecs(60)); // back-off base
    QVERIFY(!r.lastError.isEmpty());
    QCOMPARE(storedBody(id), bodyFor(QStringLiteral("down-1"))); // still to be sent

    // The gateway is back, but the back-off has not passed: nothing is sent.
    QVERIFY(m_gateway->start(port));
    m_now = m_now.addSecs(59);
    report = s->deliverOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->sent + report->retrying + report->failed, 0);
    QCOMPARE(m_gateway->requestCount(), 0);
    QCOMPARE(row(id).attempts, 1);

    // Once it has: sent, exactly once.
    m_now = m_now.addSecs(1);
    report = s->deliverOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->sent, 1);
    QCOMPARE(m_gateway->requestCount(), 1);
    QCOMPARE(m_gateway->deliveriesOf(QStringLiteral("down-1")), 1);
    r = row(id);
    QCOMPARE(r.state, QStringLiteral("sent"));
    QCOMPARE(r.attempts, 2);
    QVERIFY(r.lastError.isEmpty());
    QCOMPARE(auditActions(id), QStringList({QStringLiteral("sms.retry"), QStringLiteral("sms.sent")}));

    m_now = m_now.addSecs(3600);
    report = s->deliverOnce();
    QVERIFY(report.ok());
    QCOMPARE(m_gateway->requestCount(), 1);
}

void TestSmsSender::serverErrorThenSuccessDeliversOnce()
{
    const qint64 id = enqueue(QStringLiteral("flaky-1"), 7);
    const qint64 other = enqueue(QStringLiteral("flaky-2"), 8);
    m_gateway->queueStatuses({500}); // the first request fails, the second succeeds
    auto s = sender();
    auto report = s->deliverOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->retrying, 1);
    QCOMPARE(report->sent, 1);
    QCOMPARE(row(id).state, QStringLiteral("queued"));
    QVERIFY(row(id).lastError.contains(QStringLiteral("500")));
    QCOMPARE(row(other).state, QStringLiteral("sent"));

    m_now = m_now.addSecs(61);
    report = s->deliverOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->sent, 1);
    QCOMPARE(report->retrying, 0);

    // The gateway saw the same key on the retry and delivered each message once.
    QCOMPARE(m_gateway->requestKeys(),
             QStringList({QStringLiteral("flaky-1"), QStringLiteral("flaky-2"), QStringLiteral("flaky-1")}));
    QCOMPARE(m_gateway->requests().at(2).json.value(QStringLiteral("id")).toString(), QStringLiteral("flaky-1"));
    QCOMPARE(m_gateway->deliveriesOf(QStringLiteral("flaky-1")), 1);
    QCOMPARE(m_gateway->deliveriesOf(QStringLiteral("flaky-2")), 1);
    QCOMPARE(m_gateway->duplicates(), 0);
    const SmsOutboxRow r = row(id);
    QCOMPARE(r.state, QStringLiteral("sent"));
    QCOMPARE(r.attempts, 2);
    QCOMPARE(auditActions(id), QStringList({QStringLiteral("sms.retry"), QStringLiteral("sms.sent")}));
    QCOMPARE(auditActions(other), QStringList({QStringLiteral("sms.sent")}));
}

void TestSmsSender::retryableStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("408") << 408;
    QTest::newRow("429") << 429;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
}

void TestSmsSender::retryableStatuses()
{
    QFETCH(int, status);
    const qint64 id = enqueue(QStringLiteral("retryable"), 9);
    m_gateway->queueStatuses({status});
    auto s = sender();
    auto report = s->deliverOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->retrying, 1);
    QCOMPARE(row(id).state, QStringLiteral("queued"));
    QVERIFY(row(id).lastError.contains(QString::number(status)));
    m_now = m_now.addSecs(60);
    report = s->deliverOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->sent, 1);
    QCOMPARE(m_gateway->deliveriesOf(QStringLiteral("retryable")), 1);
}

void TestSmsSender::clientErrorFailsForGood()
{
    const qint64 id = enqueue(QStringLiteral("bad-1"), 10);
    m_gateway->setDefaultStatus(400);
    auto s = sender();
    auto report = s->deliverOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->failed, 1);
    const SmsOutboxRow r = row(id);
    QCOMPARE(r.state, QStringLiteral("failed"));
    QVERIFY(r.lastError.contains(QStringLiteral("400")));
    QVERIFY(!r.nextAttemptAt.isValid());
    QCOMPARE(storedBody(id), previewFor(QStringLiteral("bad-1"))); // the password does not stay behind
    QCOMPARE(auditActions(id), QStringList{QStringLiteral("sms.failed")});

    m_gateway->setDefaultStatus(200);
    m_now = m_now.addDays(2);
    report = s->deliverOnce();
    QVERIFY(report.ok());
    QCOMPARE(m_gateway->requestCount(), 1); // never again
    QCOMPARE(m_gateway->deliveredKeys().size(), 0);
}

void TestSmsSender::attemptsRunOut()
{
    const qint64 id = enqueue(QStringLiteral("doomed"), 11);
    m_gateway->setDefaultStatus(503);
    SmsSender::Config cfg = config();
    cfg.maxAttempts = 3;
    auto s = sender(cfg);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        auto report = s->deliverOnce();
        QVERIFY(report.ok());
        QCOMPARE(row(id).attempts, attempt);
        if (attempt < 3) {
            QCOMPARE(report->retrying, 1);
            // 60 s, then 120 s
            QCOMPARE(row(id).nextAttemptAt, m_now.addSecs(60LL << (attempt - 1)));
            m_now = row(id).nextAttemptAt;
        } else {
            QCOMPARE(report->failed, 1);
        }
    }
    const SmsOutboxRow r = row(id);
    QCOMPARE(r.state, QStringLiteral("failed"));
    QVERIFY(r.lastError.contains(QStringLiteral("3")));
    QCOMPARE(m_gateway->requestCount(), 3);
    QCOMPARE(auditActions(id), QStringList({QStringLiteral("sms.retry"), QStringLiteral("sms.retry"),
                                            QStringLiteral("sms.failed")}));
    m_now = m_now.addDays(1);
    QVERIFY(s->deliverOnce().ok());
    QCOMPARE(m_gateway->requestCount(), 3);
}

void TestSmsSender::timeoutIsRetried()
{
    const qint64 id = enqueue(QStringLiteral("slow-1"), 12);
    m_gateway->setDefaultStatus(0); // accepts the request and never answers
    SmsSender::Config cfg = config();
    cfg.timeoutMs = 300;
    auto s = sender(cfg);
    auto report = s->deliverOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->retrying, 1);
    QCOMPARE(m_gateway->requestCount(), 1);
    const SmsOutboxRow r = row(id);
    QCOMPARE(r.state, QStringLiteral("queued"));
    QVERIFY(r.lastError.contains(QStringLiteral("300 ms")));

    m_gateway->setDefaultStatus(200);
    m_now = m_now.addSecs(60);
    report = s->deliverOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->sent, 1);
    QCOMPARE(m_gateway->requestKeys(), QStringList({QStringLiteral("slow-1"), QStringLiteral("slow-1")}));
    QCOMPARE(m_gateway->deliveriesOf(QStringLiteral("slow-1")), 1);
}

void TestSmsSender::lapsedClaimIsReclaimed()
{
    const qint64 id = enqueue(QStringLiteral("crash-1"), 13);
    // A sender claimed the message and died before it could send or mark it.
    auto claimed = SmsOutbox(*m_db).claimDue(m_now, 10);
    QVERIFY(claimed.ok());
    QCOMPARE(claimed->size(), 1);
    QCOMPARE(claimed->first().id, id);
    QCOMPARE(claimed->first().body, bodyFor(QStringLiteral("crash-1")));
    QCOMPARE(claimed->first().attempts, 1);
    QCOMPARE(row(id).state, QStringLiteral("sending"));
    // Claimed again at once: nothing (the claim holds).
    QCOMPARE(SmsOutbox(*m_db).claimDue(m_now, 10)->size(), 0);

    auto s = sender();
    auto report = s->deliverOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->sent, 0);
    QCOMPARE(m_gateway->requestCount(), 0);

    // After the lease the message goes out, with the same key.
    m_now = m_now.addSecs(SmsOutbox::kDefaultLeaseSeconds + 1);
    report = s->deliverOnce();
    QVERIFY(report.ok());
    QCOMPARE(report->sent, 1);
    QCOMPARE(m_gateway->requestKeys(), QStringList{QStringLiteral("crash-1")});
    QCOMPARE(row(id).state, QStringLiteral("sent"));
    QCOMPARE(row(id).attempts, 2);

    // The dead sender wakes up and tries to record its outcome: the message is no longer its to mark.
    auto late = SmsOutbox(*m_db).markRetry(id, QStringLiteral("late"), m_now);
    QVERIFY(late.ok());
    QVERIFY(!*late);
    QCOMPARE(row(id).state, QStringLiteral("sent"));
}

void TestSmsSender::concurrentSendersNeverSendTwice()
{
    constexpr int kMessages = 30;
    QVector<qint64> ids;
    for (int i = 0; i < kMessages; ++i)
        ids << enqueue(QStringLiteral("bulk-%1").arg(i), 100 + i);
    m_gateway->setDelayMs(5); // let the two senders overlap
    m_db->closeThreadConnection();

    SmsSender::Config cfg = config();
    cfg.batchSize = 2;
    auto shared = session();
    std::optional<Result<SmsSender::Report>> results[2];
    QThread *threads[2];
    for (int t = 0; t < 2; ++t) {
        threads[t] = QThread::create([this, cfg, shared, &results, t]() {
            SmsSender s(shared, cfg);
            s.setClock([this]() { return m_now; });
            results[t] = s.deliverOnce();
            shared->database().closeThreadConnection(); // this thread's own connection
        });
        threads[t]->start();
    }
    // The gateway answers on this thread: keep its event loop running until both senders are done.
    QTRY_VERIFY_WITH_TIMEOUT(threads[0]->isFinished() && threads[1]->isFinished(), 300000);
    delete threads[0];
    delete threads[1];

    int sent = 0;
    for (const auto &r : results) {
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), r->ok() ? "" : qPrintable(r->error().message));
        QCOMPARE(r->value().retrying + r->value().failed, 0);
        sent += r->value().sent;
    }
    qInfo("the two senders sent %d and %d messages", results[0]->value().sent, results[1]->value().sent);
    QCOMPARE(sent, kMessages);
    QCOMPARE(m_gateway->requestCount(), kMessages);
    const QStringList keys = m_gateway->requestKeys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), kMessages);
    QCOMPARE(m_gateway->duplicates(), 0);
    for (qint64 id : ids) {
        const SmsOutboxRow r = row(id);
        QCOMPARE(r.state, QStringLiteral("sent"));
        QCOMPARE(r.attempts, 1);
        QCOMPARE(auditActions(id), QStringList{QStringLiteral("sms.sent")});
    }
}

void TestSmsSender::concurrentClaimsAreDisjoint()
{
    // The claim itself under contention: two connections claiming one message at a time as fast as they can.
    constexpr int kMessages = 150;
    {
        auto conn = m_db->connection();
        QVERIFY(conn.ok());
        Transaction tx(*m_db, *conn);
        QVERIFY(tx.begin().ok());
        for (int i = 0; i < kMessages; ++i)
            QVERIFY(SmsOutbox(*m_db)
                        .enqueue(QStringLiteral("race-%1").arg(i), phoneFor(i), bodyFor(QStringLiteral("r")),
                                 previewFor(QStringLiteral("r")), 0, m_now)
                        .ok());
        QVERIFY(tx.commit().ok());
    }
    m_db->closeThreadConnection();
    QVector<qint64> claimed[2];
    QString errors[2];
    QThread *threads[2];
    for (int t = 0; t < 2; ++t) {
        threads[t] = QThread::create([this, &claimed, &errors, t]() {
            SmsOutbox outbox(*m_db);
            for (;;) {
                auto batch = outbox.claimDue(m_now, 1);
                if (!batch) {
                    errors[t] = batch.error().message;
                    break;
                }
                if (batch->isEmpty())
                    break;
                for (const SmsMessage &m : std::as_const(*batch))
                    claimed[t] << m.id;
            }
            m_db->closeThreadConnection();
        });
    }
    threads[0]->start();
    threads[1]->start();
    QVERIFY(threads[0]->wait(300000));
    QVERIFY(threads[1]->wait(300000));
    delete threads[0];
    delete threads[1];
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
    qInfo("the two connections claimed %d and %d messages", int(claimed[0].size()), int(claimed[1].size()));
    QSet<qint64> all(claimed[0].begin(), claimed[0].end());
    for (qint64 id : std::as_const(claimed[1]))
        QVERIFY2(!all.contains(id), qPrintable(QStringLiteral("message %1 claimed twice").arg(id)));
    all.unite(QSet<qint64>(claimed[1].begin(), claimed[1].end()));
    QCOMPARE(int(all.size()), kMessages);
    QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM sms_outbox WHERE state = 'sending' AND attempts = 1")),
             QStringList{QString::number(kMessages)});
}

void TestSmsSender::onlyAdministratorsDeliver()
{
    const qint64 id = enqueue(QStringLiteral("perm-1"), 14);
    for (StaffRole role : {StaffRole::Agent, StaffRole::Reviewer, StaffRole::Supervisor}) {
        auto s = sender(config(), role);
        auto report = s->deliverOnce();
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, Error::Code::PermissionDenied);
    }
    QCOMPARE(m_gateway->requestCount(), 0);
    QCOMPARE(row(id).state, QStringLiteral("queued"));
    QCOMPARE(row(id).attempts, 0);
}

void TestSmsSender::plainHttpOnlyForLoopbackTests()
{
    const qint64 id = enqueue(QStringLiteral("tls-1"), 15);
    SmsSender::Config cfg = config();
    cfg.allowPlainHttpForLoopback = false; // as in production
    auto s = sender(cfg);
    auto report = s->deliverOnce();
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, Error::Code::InvalidInput);
    QVERIFY(report.error().message.contains(QStringLiteral("https://")));
    QCOMPARE(m_gateway->requestCount(), 0);
    QCOMPARE(row(id).attempts, 0);

    SmsSender::Config c = config();
    c.gatewayUrl = QUrl(QStringLiteral("http://sms.example.cn/send"));
    QCOMPARE(SmsSender::checkConfig(c).error().code, Error::Code::InvalidInput); // not loopback
    c.gatewayUrl = QUrl(QStringLiteral("ftp://127.0.0.1/send"));
    QVERIFY(!SmsSender::checkConfig(c).ok());
    c.gatewayUrl = QUrl();
    QVERIFY(!SmsSender::checkConfig(c).ok());
    c.gatewayUrl = QUrl(QStringLiteral("https://sms.example.cn/send"));
    QVERIFY(SmsSender::checkConfig(c).ok());
    c.allowPlainHttpForLoopback = true;
    c.gatewayUrl = QUrl(QStringLiteral("http://[::1]:8080/send"));
    QVERIFY(SmsSender::checkConfig(c).ok());
    c.gatewayUrl = QUrl(QStringLiteral("http://localhost:8080/send"));
    QVERIFY(SmsSender::checkConfig(c).ok());
    c.timeoutMs = 0;
    QVERIFY(!SmsSender::checkConfig(c).ok());
}

void TestSmsSender::backoffDoubles()
{
    SmsSender::Config c = config();
    c.backoffBaseSeconds = 30;
    c.backoffMaxSeconds = 600;
    QCOMPARE(SmsSender::backoffSeconds(c, 1), qint64(30));
    QCOMPARE(SmsSender::backoffSeconds(c, 2), qint64(60));
    QCOMPARE(SmsSender::backoffSeconds(c, 3), qint64(120));
    QCOMPARE(SmsSender::backoffSeconds(c, 5), qint64(480));
    QCOMPARE(SmsSender::backoffSeconds(c, 6), qint64(600));
    QCOMPARE(SmsSender::backoffSeconds(c, 60), qint64(600));
}

void TestSmsSender::listShowsNoBody()
{
    const qint64 a = enqueue(QStringLiteral("list-a"), 16, 0);
    const qint64 b = enqueue(QStringLiteral("list-b"), 17, 0);
    m_gateway->queueStatuses({200, 400});
    QVERIFY(sender()->deliverOnce().ok());
    SmsOutbox outbox(*m_db);
    auto all = outbox.list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).id, b); // newest first
    QCOMPARE(all->at(1).id, a);
    QCOMPARE(all->at(1).preview, previewFor(QStringLiteral("list-a")));
    QCOMPARE(all->at(1).createdAt, m_now);
    auto sent = outbox.list(QStringLiteral("sent"));
    QVERIFY(sent.ok());
    QCOMPARE(sent->size(), 1);
    QCOMPARE(sent->first().idempotencyKey, QStringLiteral("list-a"));
    auto failed = outbox.list(QStringLiteral("failed"));
    QCOMPARE(failed->size(), 1);
    QCOMPARE(failed->first().idempotencyKey, QStringLiteral("list-b"));
    QCOMPARE(outbox.list(QStringLiteral("queued"))->size(), 0);
    for (const SmsOutboxRow &r : *all) {
        QVERIFY(!r.preview.contains(kPassword));
        QVERIFY(!r.lastError.contains(kPassword));
    }
}

void TestSmsSender::realStaffRoles()
{
    // Staff signed in with their own database roles (on PostgreSQL: the grants of schema 2 apply).
    auto signIn = [this](StaffRole role) {
        StaffMember member;
        member.login = test::uniqueLogin(QStringLiteral("sms"));
        member.displayName = QStringLiteral("短信测试");
        member.role = role;
        const QString password = QStringLiteral("Sms#2026pw");
        if (auto s = StaffRepository(*m_db).add(member, password); !s)
            qFatal("adding staff failed: %s", qPrintable(s.error().message));
        auto session = AuthService::signIn(test::lastTestDatabaseUrl(), member.login, password);
        if (!session)
            qFatal("sign-in failed: %s", qPrintable(session.error().message));
        return *session;
    };
    // A reviewer's decision queues the message inside its own transaction and sees it without the body.
    auto reviewer = signIn(StaffRole::Reviewer);
    Database &rdb = reviewer->database();
    {
        auto conn = rdb.connection();
        QVERIFY(conn.ok());
        Transaction tx(rdb, *conn);
        QVERIFY(tx.begin().ok());
        auto id = SmsOutbox(rdb).enqueue(QStringLiteral("role-1"), phoneFor(20), bodyFor(QStringLiteral("role-1")),
                                         previewFor(QStringLiteral("role-1")), 0, m_now);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        if (test::usingPostgres()) {
            // On PostgreSQL a message comes only from the decision that causes it (schema 3): a reviewer's message
            // without a decision is refused when the transaction commits, and nothing is queued.
            const Status committed = tx.commit();
            QVERIFY(!committed.ok());
            QCOMPARE(committed.error().code, Error::Code::PermissionDenied);
            QCOMPARE(SmsOutbox(rdb).list()->size(), 0);
        } else {
            QVERIFY(tx.commit().ok());
        }
    }
    if (test::usingPostgres()) {
        // The message of a decision, as tst_pgsecurity and tst_appealservice queue it; written here by the set-up
        // role so that the rest of this test delivers it.
        auto conn = m_db->connection();
        Transaction tx(*m_db, *conn);
        QVERIFY(tx.begin().ok());
        QVERIFY(SmsOutbox(*m_db).enqueue(QStringLiteral("role-1"), phoneFor(20), bodyFor(QStringLiteral("role-1")),
                                         previewFor(QStringLiteral("role-1")), 0, m_now)
                    .ok());
        QVERIFY(tx.commit().ok());
    }
    auto listed = SmsOutbox(rdb).list();
    QVERIFY2(listed.ok(), listed.ok() ? "" : qPrintable(listed.error().message));
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().preview, previewFor(QStringLiteral("role-1")));
    // Reviewers do not deliver.
    auto denied = SmsSender(reviewer, config()).deliverOnce();
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, Error::Code::PermissionDenied);

    // An administrator delivers; on PostgreSQL only with a role in desk_sms_sender, since the body is not readable
    // to staff roles: the refusal says so and nothing changes.
    auto admin = signIn(StaffRole::Administrator);
    SmsSender sender(admin, config());
    sender.setClock([this]() { return m_now; });
    auto report = sender.deliverOnce();
    if (test::usingPostgres()) {
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, Error::Code::PermissionDenied);
        QVERIFY(report.error().message.contains(QStringLiteral("desk_sms_sender")));
        QCOMPARE(m_gateway->requestCount(), 0);
        QCOMPARE(row(listed->first().id).state, QStringLiteral("queued"));
        QCOMPARE(row(listed->first().id).attempts, 0);
        // The SMS service delivers: a login role of its own in desk_sms_sender, not a staff member.
        const QString service = test::uniqueLogin(QStringLiteral("sms_svc"));
        {
            QSqlQuery create(*m_db->connection());
            QVERIFY2(create.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE desk_sms_sender")
                                     .arg(service, crypto::scramSha256Verifier(QStringLiteral("Svc#2026pw")))),
                     qPrintable(create.lastError().text()));
        }
        DatabaseUrl serviceUrl = test::lastTestDatabaseUrl();
        serviceUrl.user = service;
        auto serviceSession = AuthService::signInForCli(serviceUrl, QStringLiteral("Svc#2026pw"),
                                                        Database::SchemaPolicy::RequireCurrent);
        QVERIFY2(serviceSession.ok(), serviceSession.ok() ? "" : qPrintable(serviceSession.error().message));
        // It reads bodies and writes delivery state, nothing else.
        Database &sdb = (*serviceSession)->database();
        QCOMPARE(sdb.exec(QStringLiteral("SELECT id FROM account LIMIT 1")).error().code, Error::Code::PermissionDenied);
        QCOMPARE(sdb.exec(QStringLiteral("UPDATE sms_outbox SET phone = '13700000000'")).error().code,
                 Error::Code::PermissionDenied);
        QCOMPARE(sdb.exec(QStringLiteral("INSERT INTO sms_outbox (idempotency_key, phone, body, created_at) "
                                         "VALUES ('svc-x', '13700000000', 'x', now())"))
                     .error()
                     .code,
                 Error::Code::PermissionDenied);
        SmsSender serviceSender(*serviceSession, config());
        serviceSender.setClock([this]() { return m_now; });
        report = serviceSender.deliverOnce();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(AuditLog(*m_db).forEntity(QStringLiteral("sms"), QString::number(listed->first().id))->first().staffLogin,
                 service);
    }
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->sent, 1);
    QCOMPARE(m_gateway->deliveriesOf(QStringLiteral("role-1")), 1);
    QCOMPARE(auditActions(listed->first().id), QStringList{QStringLiteral("sms.sent")});
    if (!test::usingPostgres()) {
        auto rows = AuditLog(*m_db).forEntity(QStringLiteral("sms"), QString::number(listed->first().id));
        QCOMPARE(rows->first().staffLogin, admin->auditActor());
    }
}

void TestSmsSender::cliDeliver()
{
    const qint64 id = enqueue(QStringLiteral("cli-1"), 18);
    const DatabaseUrl url = test::lastTestDatabaseUrl();
    m_db->closeThreadConnection(); // SQLite: let the CLI's connection write

    test::CliRun noGateway = test::runCli(url, {QStringLiteral("sms"), QStringLiteral("deliver"), QStringLiteral("--once")});
    QCOMPARE(noGateway.code, 2);
    QVERIFY(noGateway.err.contains(QStringLiteral("--gateway")));

    // The command line never sends over plain http, not even to the test gateway.
    test::CliRun plain = test::runCli(url, {QStringLiteral("sms"), QStringLiteral("deliver"), QStringLiteral("--gateway"),
                                            m_gateway->url().toString(), QStringLiteral("--once")});
    QCOMPARE(plain.code, 2);
    QVERIFY(plain.err.contains(QStringLiteral("https://")));
    QCOMPARE(m_gateway->requestCount(), 0);

    test::CliRun bad = test::runCli(url, {QStringLiteral("sms"), QStringLiteral("frobnicate")});
    QCOMPARE(bad.code, 2);

    // https to a closed loopback port: the connection is refused, the message waits for the next pass.
    test::CliRun once = test::runCli(url, {QStringLiteral("sms"), QStringLiteral("deliver"), QStringLiteral("--gateway"),
                                           QStringLiteral("https://127.0.0.1:1/sms/send"), QStringLiteral("--once")});
    QVERIFY2(once.code == 0, qPrintable(once.err));
    QCOMPARE(once.json(), QJsonObject({{QStringLiteral("sent"), 0}, {QStringLiteral("retrying"), 1},
                                       {QStringLiteral("failed"), 0}}));
    m_db->closeThreadConnection();
    const SmsOutboxRow r = row(id);
    QCOMPARE(r.state, QStringLiteral("queued"));
    QCOMPARE(r.attempts, 1);
    QVERIFY(!r.lastError.isEmpty());
    QVERIFY(!once.out.contains(kPassword));
    QVERIFY(!once.err.contains(kPassword));
}

QTEST_GUILESS_MAIN(TestSmsSender)
#include "tst_smssender.moc"
