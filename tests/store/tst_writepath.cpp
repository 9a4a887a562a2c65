// The write path (workflow/WritePath): a use case's work and its audit entries are committed together or not at
// all; a permission refusal writes nothing; no audit row can be appended outside a write transaction.
#include "TestDatabase.h"

#include "store/AuditLog.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/OpenTransactions.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace desk;

class TestWritePath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void commitsTheWorkWithItsAudit();
    void failingStepRollsBack();
    void failingStatementRollsBack();
    void auditFailureRollsBackTheChange();
    void permissionRefusalWritesNothing();
    void appendOutsideTransactionIsRefused();

private:
    std::shared_ptr<Session> session(StaffRole role) const;
    QString idleMinutes();
    qint64 auditRows();
    // Runs one statement outside the prepared-statement cache (trigger and function bodies cannot be prepared).
    void run(const QString &sql);
    // The work of a typical use case: change a setting through its repository and record the audit entry.
    static Status changeIdleMinutes(WriteContext &w, const QString &value);

    std::shared_ptr<Database> m_db;
};

void TestWritePath::init()
{
    m_db = test::openTestDatabase();
    QCOMPARE(idleMinutes(), QStringLiteral("30"));
    QCOMPARE(auditRows(), qint64(0));
}

std::shared_ptr<Session> TestWritePath::session(StaffRole role) const
{
    StaffMember member;
    member.login = QStringLiteral("writer");
    member.role = role;
    return std::make_shared<Session>(m_db, member, member.login);
}

QString TestWritePath::idleMinutes()
{
    auto v = CalendarRepository(*m_db).setting(QStringLiteral("claim_idle_minutes"));
    if (!v || !v->has_value())
        qFatal("cannot read claim_idle_minutes");
    return **v;
}

qint64 TestWritePath::auditRows()
{
    auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    if (!q || !q->next())
        qFatal("cannot count audit rows");
    const qint64 n = q->value(0).toLongLong();
    q->finish();
    return n;
}

void TestWritePath::run(const QString &sql)
{
    auto conn = m_db->connection();
    QVERIFY(conn.ok());
    QSqlQuery q(*conn);
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
}

Status TestWritePath::changeIdleMinutes(WriteContext &w, const QString &value)
{
    if (auto s = CalendarRepository(w.database()).setSetting(QStringLiteral("claim_idle_minutes"), value); !s)
        return s;
    w.audit(QStringLiteral("setting.change"), QStringLiteral("desk_setting"), QStringLiteral("claim_idle_minutes"),
            QJsonObject{{QStringLiteral("value"), QStringLiteral("30")}},
            QJsonObject{{QStringLiteral("value"), value}});
    return {};
}

void TestWritePath::commitsTheWorkWithItsAudit()
{
    auto admin = session(StaffRole::Administrator);
    const Result<int> done = WritePath::run(*admin, Action::ManageCalendar, [](WriteContext &w) -> Result<int> {
        if (auto s = changeIdleMinutes(w, QStringLiteral("45")); !s)
            return s.error();
        return 45;
    });
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QCOMPARE(*done, 45);
    QCOMPARE(idleMinutes(), QStringLiteral("45"));
    auto rows = AuditLog(*m_db).recent(10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).action, QStringLiteral("setting.change"));
    QCOMPARE(rows->at(0).staffLogin, QStringLiteral("writer"));
    QVERIFY(!openTransactions::isOpen(*m_db));
}

void TestWritePath::failingStepRollsBack()
{
    auto admin = session(StaffRole::Administrator);
    const Status done = WritePath::run(*admin, Action::ManageCalendar, [](WriteContext &w) -> Status {
        if (auto s = changeIdleMinutes(w, QStringLiteral("45")); !s)
            return s;
        return Error(Error::Code::Conflict, QStringLiteral("a later step refuses"));
    });
    QVERIFY(!done.ok());
    QCOMPARE(done.error().code, Error::Code::Conflict);
    QCOMPARE(idleMinutes(), QStringLiteral("30"));
    QCOMPARE(auditRows(), qint64(0));
    QVERIFY(!openTransactions::isOpen(*m_db));
}

void TestWritePath::failingStatementRollsBack()
{
    auto admin = session(StaffRole::Administrator);
    const Status done = WritePath::run(*admin, Action::ManageCalendar, [](WriteContext &w) -> Status {
        if (auto s = changeIdleMinutes(w, QStringLiteral("45")); !s)
            return s;
        // The key exists: the database refuses the second row.
        auto q = w.database().exec(QStringLiteral("INSERT INTO desk_setting (key, value) VALUES (?, ?)"),
                                   {QStringLiteral("claim_idle_minutes"), QStringLiteral("50")});
        if (!q)
            return q.error();
        q->finish();
        return {};
    });
    QVERIFY(!done.ok());
    QCOMPARE(idleMinutes(), QStringLiteral("30"));
    QCOMPARE(auditRows(), qint64(0));
}

void TestWritePath::auditFailureRollsBackTheChange()
{
    if (test::usingPostgres()) {
        run(QStringLiteral("CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN RAISE EXCEPTION 'audit refused'; END $$"));
        run(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW "
                           "EXECUTE FUNCTION refuse_audit()"));
    } else {
        run(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit refused'); END"));
    }
    auto admin = session(StaffRole::Administrator);
    const Status done = WritePath::run(*admin, Action::ManageCalendar,
                                       [](WriteContext &w) { return changeIdleMinutes(w, QStringLiteral("45")); });
    QVERIFY(!done.ok());
    QCOMPARE(idleMinutes(), QStringLiteral("30"));
    QCOMPARE(auditRows(), qint64(0));
    QVERIFY(!openTransactions::isOpen(*m_db));
}

void TestWritePath::permissionRefusalWritesNothing()
{
    auto agent = session(StaffRole::Agent);
    bool ran = false;
    const Status done = WritePath::run(*agent, Action::ManageCalendar, [&ran](WriteContext &w) {
        ran = true;
        return changeIdleMinutes(w, QStringLiteral("45"));
    });
    QVERIFY(!done.ok());
    QCOMPARE(done.error().code, Error::Code::PermissionDenied);
    QVERIFY(!ran);
    QCOMPARE(idleMinutes(), QStringLiteral("30"));
    QCOMPARE(auditRows(), qint64(0));
}

void TestWritePath::appendOutsideTransactionIsRefused()
{
    const AuditEntry entry{QStringLiteral("account.reveal"), QStringLiteral("account"), QStringLiteral("7"), {}, {}};
    const Status outside = AuditLog(*m_db).append(QStringLiteral("writer"), entry);
    QVERIFY(!outside.ok());
    QCOMPARE(outside.error().code, Error::Code::Internal);
    QCOMPARE(auditRows(), qint64(0));

    // After a transaction has ended (committed or rolled back) the next append is outside again.
    auto conn = m_db->connection();
    QVERIFY(conn.ok());
    {
        Transaction tx(*m_db, *conn);
        QVERIFY(tx.begin().ok());
        QVERIFY(openTransactions::isOpen(*m_db));
        QVERIFY(AuditLog(*m_db).append(QStringLiteral("writer"), entry).ok());
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(!openTransactions::isOpen(*m_db));
    QVERIFY(!AuditLog(*m_db).append(QStringLiteral("writer"), entry).ok());
    QCOMPARE(auditRows(), qint64(1));
}

QTEST_GUILESS_MAIN(TestWritePath)
#include "tst_writepath.moc"
