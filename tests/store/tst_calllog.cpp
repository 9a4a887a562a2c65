// Calls logged by the help desk: each call is an account event (so it shows in the account's history) and an
// audit entry with the caller's number masked, written together; bad input names the field and writes nothing.
#include "TestData.h"
#include "TestDatabase.h"

#include "domain/Identifiers.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "workflow/CallLog.h"
#include "workflow/Session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace desk;

class TestCallLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void callAppearsInHistoryAndAudit();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void unknownAccountWritesNothing();
    void landlineAndMasking();

private:
    qint64 count(const QString &sql);

    std::shared_ptr<Database> m_db;
    std::shared_ptr<Session> m_session;
    qint64 m_account = 0;
};

void TestCallLog::initTestCase()
{
    m_db = test::openTestDatabase();
    StaffMember agent;
    agent.login = QStringLiteral("agent_calls");
    agent.role = StaffRole::Agent;
    m_session = std::make_shared<Session>(m_db, agent, QStringLiteral("agent_calls"));
    m_account = test::insertAccount(*m_db, test::accountSeed(QStringLiteral("13800000011"), QStringLiteral("person"),
                                                             QStringLiteral("刘洋")));
    QVERIFY(m_account > 0);
}

qint64 TestCallLog::count(const QString &sql)
{
    auto q = m_db->exec(sql);
    if (!q || !q->next())
        qFatal("count failed: %s", qPrintable(sql));
    const qint64 n = q->value(0).toLongLong();
    q->finish();
    return n;
}

void TestCallLog::callAppearsInHistoryAndAudit()
{
    CallRecord call;
    call.accountId = m_account;
    call.callerPhone = QStringLiteral("+86 155 1234 6621");
    call.topic = QStringLiteral("migration");
    call.outcome = QStringLiteral("guided_self_service");
    call.note = QStringLiteral("  told to sign in as HJ_13800000011 at the person window ");
    call.context = QStringLiteral("torch P3 13800000011");
    auto id = CallLog(m_session).log(call);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
    QVERIFY(*id > 0);

    auto detail = AccountRepository(*m_db).detail(m_account);
    QVERIFY(detail.ok());
    const auto calls = std::count_if(detail->events.cbegin(), detail->events.cend(),
                                     [](const AccountEventRow &e) { return e.kind == QLatin1String("call"); });
    QCOMPARE(calls, 1);
    const AccountEventRow &event = *std::find_if(detail->events.cbegin(), detail->events.cend(),
                                                 [](const AccountEventRow &e) { return e.kind == QLatin1String("call"); });
    const QJsonObject stored = QJsonDocument::fromJson(event.detail.toUtf8()).object();
    QCOMPARE(stored.value(QStringLiteral("caller_phone")).toString(), QStringLiteral("15512346621"));
    QCOMPARE(stored.value(QStringLiteral("note")).toString(),
             QStringLiteral("told to sign in as HJ_13800000011 at the person window"));
    QCOMPARE(stored.value(QStringLiteral("staff")).toString(), QStringLiteral("agent_calls"));
    // What the history shows: labels and the masked number, never the clear one.
    const QString line = CallLog::describe(event.detail);
    QVERIFY2(line.contains(QStringLiteral("155****6621")), qPrintable(line));
    QVERIFY(!line.contains(QStringLiteral("15512346621")));

    auto audit = AuditLog(*m_db).forEntity(QStringLiteral("account"), QString::number(m_account));
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    const AuditRow &row = audit->first();
    QCOMPARE(row.action, QStringLiteral("account.call"));
    QCOMPARE(row.staffLogin, QStringLiteral("agent_calls"));
    QVERIFY(row.afterJson.contains(QStringLiteral("155****6621")));
    QVERIFY(!row.afterJson.contains(QStringLiteral("15512346621")));
    QVERIFY(row.afterJson.contains(QStringLiteral("torch P3")));
    auto verify = AuditLog(*m_db).verify();
    QVERIFY(verify.ok() && verify->ok);
}

void TestCallLog::badInputWritesNothing_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("noteLength");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("short number") << "12345" << "password" << "answered" << 10 << "12345";
    QTest::newRow("not a mobile") << "23800000001" << "password" << "answered" << 10 << "23800000001";
    QTest::newRow("no topic") << "13800000011" << "" << "answered" << 10 << "";
    QTest::newRow("unknown outcome") << "13800000011" << "password" << "solved?" << 10 << "";
    QTest::newRow("long note") << "13800000011" << "password" << "answered" << CallLog::kMaxNote + 1
                               << QString::number(CallLog::kMaxNote + 1);
}

void TestCallLog::badInputWritesNothing()
{
    QFETCH(QString, phone);
    QFETCH(QString, topic);
    QFETCH(QString, outcome);
    QFETCH(int, noteLength);
    QFETCH(QString, mentions);
    const qint64 events = count(QStringLiteral("SELECT COUNT(*) FROM account_event"));
    const qint64 audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    CallRecord call{m_account, phone, topic, outcome, QString(noteLength, QLatin1Char('x')), {}};
    auto id = CallLog(m_session).log(call);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, Error::Code::InvalidInput);
    QVERIFY2(id.error().message.contains(mentions), qPrintable(id.error().message));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account_event")), events);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
}

void TestCallLog::unknownAccountWritesNothing()
{
    const qint64 events = count(QStringLiteral("SELECT COUNT(*) FROM account_event"));
    const qint64 audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto id = CallLog(m_session).log(
        CallRecord{987654321, QStringLiteral("13800000011"), QStringLiteral("other"), QStringLiteral("answered"), {}, {}});
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, Error::Code::NotFound);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account_event")), events);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
}

void TestCallLog::landlineAndMasking()
{
    QVERIFY(CallLog::isCallerPhone(QStringLiteral("010-68512345")));
    QVERIFY(CallLog::isCallerPhone(QStringLiteral("0755 2345 6789")));
    QVERIFY(CallLog::isCallerPhone(QStringLiteral("１３８００００００１１"))); // full-width digits
    QVERIFY(!CallLog::isCallerPhone(QStringLiteral("110")));
    QVERIFY(!CallLog::isCallerPhone(QString()));
    QCOMPARE(CallLog::maskedPhone(QStringLiteral("13800000011")), ids::maskPhone(u"13800000011"));
    QVERIFY(!CallLog::maskedPhone(QStringLiteral("010-68512345")).contains(QStringLiteral("6851")));
    auto id = CallLog(m_session).log(CallRecord{m_account, QStringLiteral("010-68512345"), QStringLiteral("real_name"),
                                                QStringLiteral("escalated"), {}, {}});
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
}

QTEST_GUILESS_MAIN(TestCallLog)
#include "tst_calllog.moc"
