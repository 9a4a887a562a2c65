// ClaimEngine over a queue that is not the appeal queue: a stand-in for the real-name review queue with its own
// table and column names, to show that claiming (claim-next by urgency, exclusive claims with expiry, keep-alive,
// release, reassignment) needs only a ClaimQueue description. Runs on SQLite and PostgreSQL.
#include "TestDatabase.h"

#include "store/ClaimEngine.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace desk;

class TestClaimEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void claimNextTakesTheMostUrgent();
    void claimIsExclusiveUntilItLapses();
    void theFilerNeverHoldsTheirOwnTask();
    void keepAliveReleaseAndReassign();

private:
    static ClaimQueue queue();
    void run(const QString &sql);
    QString value(const QString &column, qint64 id);
    // Runs `work` in a write transaction and commits it.
    template <typename F> auto inTransaction(F work) -> decltype(work(std::declval<ClaimEngine &>()));

    std::unique_ptr<Database> m_db;
    const QDateTime m_now = QDateTime::fromString(QStringLiteral("2025-03-10T02:00:00.000Z"), Qt::ISODateWithMs);
};

ClaimQueue TestClaimEngine::queue()
{
    return ClaimQueue{.table = QStringLiteral("review_task"),
                      .idColumn = QStringLiteral("task_id"),
                      .stateColumn = QStringLiteral("status"),
                      .waitingState = QStringLiteral("pending"),
                      .claimedState = QStringLiteral("in_review"),
                      .dueColumn = QStringLiteral("deadline"),
                      .claimedByColumn = QStringLiteral("reviewer"),
                      .claimedAtColumn = QStringLiteral("taken_at"),
                      .expiresColumn = QStringLiteral("lapses_at"),
                      .versionColumn = QStringLiteral("revision"),
                      .sqliteIndex = {},
                      .filedByColumn = QStringLiteral("submitted_by")};
}

void TestClaimEngine::run(const QString &sql)
{
    auto conn = m_db->connection();
    QVERIFY(conn.ok());
    QSqlQuery q(*conn);
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
}

QString TestClaimEngine::value(const QString &column, qint64 id)
{
    auto q =
        m_db->exec(QStringLiteral("SELECT ") + column + QStringLiteral(" FROM review_task WHERE task_id = ?"), {id});
    if (!q || !q->next())
        qFatal("no task %lld", id);
    const QString v = q->value(0).toString();
    q->finish();
    return v;
}

template <typename F> auto TestClaimEngine::inTransaction(F work) -> decltype(work(std::declval<ClaimEngine &>()))
{
    auto conn = m_db->connection();
    if (!conn)
        qFatal("no connection");
    Transaction tx(*m_db, *conn);
    if (!tx.begin())
        qFatal("cannot begin");
    ClaimEngine engine(*m_db, queue());
    auto result = work(engine);
    if (!tx.commit())
        qFatal("cannot commit");
    return result;
}

void TestClaimEngine::init()
{
    m_db = test::openTestDatabase();
    run(QStringLiteral("CREATE TABLE review_task (task_id INTEGER PRIMARY KEY, status TEXT NOT NULL, deadline TEXT, "
                       "reviewer TEXT, taken_at TEXT, lapses_at TEXT, revision INTEGER NOT NULL DEFAULT 0, submitted_by TEXT)"));
    // Task 3 is the most urgent, task 1 next, task 2 has no deadline, task 4 is finished.
    // rev_filer recorded task 3 (for a caller).
    run(QStringLiteral("INSERT INTO review_task (task_id, status, deadline, submitted_by) VALUES "
                       "(1, 'pending', '2025-03-11T00:00:00.000Z', NULL), (2, 'pending', NULL, NULL), "
                       "(3, 'pending', '2025-03-10T05:00:00.000Z', 'rev_filer'), "
                       "(4, 'done', '2025-03-01T00:00:00.000Z', NULL)"));
}

void TestClaimEngine::theFilerNeverHoldsTheirOwnTask()
{
    const QDateTime expires = m_now.addSecs(1800);
    // The most urgent task is the filer's own: "next" passes over it, and a direct claim is refused.
    auto next = inTransaction([&](ClaimEngine &e) { return e.claimNext(QStringLiteral("rev_filer"), m_now, expires); });
    QVERIFY(next.ok() && next->has_value());
    QCOMPARE((*next)->id, qint64(1));
    auto own = inTransaction([&](ClaimEngine &e) { return e.claim(3, QStringLiteral("rev_filer"), m_now, expires); });
    QVERIFY(own.ok());
    QVERIFY(!own->has_value());
    QCOMPARE(value(QStringLiteral("status"), 3), QStringLiteral("pending"));
    // Anyone else takes it.
    auto other = inTransaction([&](ClaimEngine &e) { return e.claimNext(QStringLiteral("rev_a"), m_now, expires); });
    QVERIFY(other.ok() && other->has_value());
    QCOMPARE((*other)->id, qint64(3));
}

void TestClaimEngine::claimNextTakesTheMostUrgent()
{
    const QDateTime expires = m_now.addSecs(1800);
    QList<qint64> order;
    for (int i = 0; i < 4; ++i) {
        auto next = inTransaction([&](ClaimEngine &e) { return e.claimNext(QStringLiteral("rev_a"), m_now, expires); });
        QVERIFY(next.ok());
        if (!next->has_value())
            break;
        QVERIFY((*next)->previousHolder.isEmpty());
        order << (*next)->id;
    }
    QCOMPARE(order, (QList<qint64>{3, 1, 2})); // by deadline, no deadline last; the finished task never
    QCOMPARE(value(QStringLiteral("status"), 3), QStringLiteral("in_review"));
    QCOMPARE(value(QStringLiteral("reviewer"), 3), QStringLiteral("rev_a"));
    QCOMPARE(value(QStringLiteral("revision"), 3), QStringLiteral("1"));
}

void TestClaimEngine::claimIsExclusiveUntilItLapses()
{
    const QDateTime expires = m_now.addSecs(1800);
    auto first = inTransaction([&](ClaimEngine &e) { return e.claim(1, QStringLiteral("rev_a"), m_now, expires); });
    QVERIFY(first.ok() && first->has_value());
    auto second = inTransaction([&](ClaimEngine &e) { return e.claim(1, QStringLiteral("rev_b"), m_now, expires); });
    QVERIFY(second.ok());
    QVERIFY(!second->has_value());
    QCOMPARE(value(QStringLiteral("reviewer"), 1), QStringLiteral("rev_a"));
    QVERIFY(!inTransaction([&](ClaimEngine &e) {
                 return e.claim(4, QStringLiteral("rev_b"), m_now, expires);
             })->has_value()); // finished

    // After the claim lapsed, another reviewer takes it over, and claim-next offers it again.
    const QDateTime later = expires.addSecs(60);
    auto takeover =
        inTransaction([&](ClaimEngine &e) { return e.claim(1, QStringLiteral("rev_b"), later, later.addSecs(1800)); });
    QVERIFY(takeover.ok() && takeover->has_value());
    QCOMPARE((*takeover)->previousHolder, QStringLiteral("rev_a"));
    QCOMPARE(value(QStringLiteral("reviewer"), 1), QStringLiteral("rev_b"));
    QCOMPARE(value(QStringLiteral("revision"), 1), QStringLiteral("2"));
}

void TestClaimEngine::keepAliveReleaseAndReassign()
{
    const QDateTime expires = m_now.addSecs(1800);
    QVERIFY(inTransaction([&](ClaimEngine &e) {
                return e.claim(2, QStringLiteral("rev_a"), m_now, expires);
            })->has_value());
    const QDateTime extended = expires.addSecs(600);
    QVERIFY(*inTransaction([&](ClaimEngine &e) { return e.extend(2, QStringLiteral("rev_a"), extended); }));
    QVERIFY(!*inTransaction([&](ClaimEngine &e) { return e.extend(2, QStringLiteral("rev_b"), extended); }));
    QCOMPARE(value(QStringLiteral("lapses_at"), 2), ClaimEngine::timeValue(extended));
    QCOMPARE(value(QStringLiteral("revision"), 2), QStringLiteral("1")); // keep-alive is not a new version

    QVERIFY(!*inTransaction([&](ClaimEngine &e) { return e.release(2, 0); })); // stale version
    QVERIFY(*inTransaction([&](ClaimEngine &e) { return e.release(2, 1); }));
    QCOMPARE(value(QStringLiteral("status"), 2), QStringLiteral("pending"));
    QVERIFY(value(QStringLiteral("reviewer"), 2).isEmpty());

    QVERIFY(*inTransaction([&](ClaimEngine &e) { return e.reassign(2, 2, QStringLiteral("rev_c"), m_now, expires); }));
    QCOMPARE(value(QStringLiteral("status"), 2), QStringLiteral("in_review"));
    QCOMPARE(value(QStringLiteral("reviewer"), 2), QStringLiteral("rev_c"));
    QCOMPARE(value(QStringLiteral("revision"), 2), QStringLiteral("3"));
}

QTEST_GUILESS_MAIN(TestClaimEngine)
#include "tst_claimengine.moc"
