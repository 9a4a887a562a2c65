// Claiming recovery appeals under contention: eight reviewers, each on their own connection (SQLite: the same
// file; PostgreSQL: the same database), drain one queue with claimNext() until it is empty; every appeal must be
// claimed exactly once, none lost, none twice. Also: urgency order, expired claims are reclaimable, and eight
// reviewers racing for one chosen appeal produce one holder.
#include "TestDatabase.h"

#include "domain/BusinessCalendar.h"
#include "store/AppealRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "workflow/AppealService.h"
#include "workflow/Session.h"

#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>

using namespace desk;

namespace {

constexpr int kThreads = 8;
constexpr int kAppeals = 200;

QDateTime china(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

// Appeals straight into the table (the workflow of filing is tested elsewhere), due one minute apart in a
// shuffled order so that the id order is not the due order.
QVector<qint64> seedQueue(Database &db, int count)
{
    AppealRepository repo(db);
    auto conn = db.connection();
    if (!conn)
        qFatal("no connection: %s", qPrintable(conn.error().message));
    Transaction tx(db, *conn);
    if (!tx.begin())
        qFatal("cannot begin");
    QVector<qint64> ids;
    const QDateTime base = china(2025, 3, 3, 9);
    for (int i = 0; i < count; ++i) {
        AppealRecord a;
        a.type = QStringLiteral("person_recovery");
        a.state = AppealState::New;
        a.applicantName = QStringLiteral("申诉人%1").arg(i);
        a.phone = QStringLiteral("13800000000");
        a.submittedAt = base;
        a.dueAt = base.addSecs(qint64((i * 37) % count) * 60);
        auto id = repo.insert(a);
        if (!id)
            qFatal("seeding: %s", qPrintable(id.error().message));
        ids << *id;
    }
    if (!tx.commit())
        qFatal("cannot commit");
    return ids;
}

QString scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto conn = db.connection();
    QSqlQuery q(*conn);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toString();
}

// A reviewer working on their own connection to the test database.
struct Reviewer
{
    std::shared_ptr<Database> db;
    std::shared_ptr<Session> session;
    std::unique_ptr<AppealService> service;

    explicit Reviewer(const QString &login)
    {
        db = std::make_shared<Database>(test::lastTestDatabaseUrl(), test::adminPassword());
        StaffMember staff;
        staff.login = login;
        staff.displayName = login;
        staff.role = StaffRole::Reviewer;
        session = std::make_shared<Session>(db, staff, login);
        service = std::make_unique<AppealService>(session);
    }
};

// Runs `work(index)` on kThreads threads at once and waits for all of them.
void runConcurrently(const std::function<void(int)> &work)
{
    std::atomic<int> ready{0};
    QVector<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads << QThread::create([t, &work, &ready] {
            ++ready;
            while (ready.load() < kThreads) // start together
                QThread::yieldCurrentThread();
            work(t);
        });
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
}

} // namespace

class TestAppealClaims : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void eightReviewersDrainTheQueue();
    void mostUrgentFirst();
    void expiredClaimsAreReclaimable();
    void oneWinnerForOneAppeal();

private:
    std::shared_ptr<Database> m_db;
};

void TestAppealClaims::init()
{
    m_db = test::openTestDatabase();
}

void TestAppealClaims::cleanup()
{
    m_db.reset();
}

void TestAppealClaims::eightReviewersDrainTheQueue()
{
    const QVector<qint64> ids = seedQueue(*m_db, kAppeals);
    QMutex mutex;
    QHash<qint64, QStringList> claimedBy; // appeal -> every reviewer that got it from claimNext()
    QStringList failures;
    QVector<int> perThread(kThreads, 0);

    runConcurrently([&](int t) {
        const QString login = QStringLiteral("rev_%1").arg(t);
        Reviewer reviewer(login);
        for (;;) {
            auto claimed = reviewer.service->claimNext();
            if (!claimed) {
                if (claimed.error().code != Error::Code::NotFound) {
                    QMutexLocker lock(&mutex);
                    failures << login + QStringLiteral(": ") + claimed.error().message;
                }
                break;
            }
            QMutexLocker lock(&mutex);
            claimedBy[claimed->id] << login;
            ++perThread[t];
            if (claimed->claimedBy != login)
                failures << QStringLiteral("%1 got appeal %2 held by %3")
                                .arg(login)
                                .arg(claimed->id)
                                .arg(claimed->claimedBy);
        }
        reviewer.db->closeThreadConnection();
    });

    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(claimedBy.size(), kAppeals); // none lost
    for (auto it = claimedBy.cbegin(); it != claimedBy.cend(); ++it)
        QVERIFY2(
            it.value().size() == 1,
            qPrintable(
                QStringLiteral("appeal %1 claimed by %2").arg(it.key()).arg(it.value().join(QStringLiteral(", ")))));
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), QSet<qint64>(claimedBy.keyBegin(), claimedBy.keyEnd()));
    int total = 0;
    for (int n : perThread)
        total += n;
    QCOMPARE(total, kAppeals);

    // The database agrees: every appeal claimed once, by the reviewer who was told so, at version 1.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal WHERE state = 'claimed' AND version = 1")),
             QString::number(kAppeals));
    for (auto it = claimedBy.cbegin(); it != claimedBy.cend(); ++it)
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT claimed_by FROM appeal WHERE id = ?"), {it.key()}),
                 it.value().constFirst());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'appeal.claim'")),
             QString::number(kAppeals));
    auto verify = AuditLog(*m_db).verify();
    QVERIFY(verify);
    QVERIFY2(verify->ok, qPrintable(verify->problem));
}

void TestAppealClaims::mostUrgentFirst()
{
    const QVector<qint64> ids = seedQueue(*m_db, 20);
    Reviewer reviewer(QStringLiteral("rev_order"));
    QVector<QDateTime> dues;
    for (int i = 0; i < 20; ++i) {
        auto claimed = reviewer.service->claimNext();
        QVERIFY(claimed);
        dues << claimed->dueAt;
    }
    QCOMPARE(reviewer.service->claimNext().error().code, Error::Code::NotFound);
    for (int i = 1; i < dues.size(); ++i)
        QVERIFY2(dues[i - 1] < dues[i],
                 qPrintable(QStringLiteral("claim %1 is due before claim %2").arg(i).arg(i - 1)));
}

void TestAppealClaims::expiredClaimsAreReclaimable()
{
    const QVector<qint64> ids = seedQueue(*m_db, 1);
    const qint64 id = ids[0];
    QDateTime now = china(2025, 3, 3, 10);
    Reviewer a(QStringLiteral("rev_first"));
    Reviewer b(QStringLiteral("rev_second"));
    a.service->setClock([&now] { return now; });
    b.service->setClock([&now] { return now; });

    auto claimed = a.service->claimNext();
    QVERIFY(claimed);
    QCOMPARE(claimed->claimExpiresAt, now.addSecs(30 * 60));

    now = now.addSecs(29 * 60); // not yet expired
    QCOMPARE(b.service->claimNext().error().code, Error::Code::NotFound);
    auto early = b.service->claim(id);
    QVERIFY(!early);
    QCOMPARE(early.error().code, Error::Code::Conflict);
    QVERIFY(early.error().message.contains(QLatin1String("rev_first")));

    now = now.addSecs(2 * 60); // 31 minutes after the claim: lapsed
    auto taken = b.service->claimNext();
    QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
    QCOMPARE(taken->id, id);
    QCOMPARE(taken->claimedBy, QStringLiteral("rev_second"));
    QCOMPARE(taken->version, 2);
    // The audit entry names the holder whose claim lapsed.
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT before_json FROM audit_log WHERE action = 'appeal.claim' "
                                         "ORDER BY id DESC LIMIT 1"))
                .contains(QLatin1String("rev_first")));
    // The first reviewer's stale screen can no longer decide.
    auto late = a.service->reject(id, QStringLiteral("other"), {}, claimed->version);
    QVERIFY(!late);
    QCOMPARE(late.error().code, Error::Code::Conflict);
    QVERIFY(late.error().message.contains(QLatin1String("rev_second")));
    QCOMPARE(a.service->touch(id).error().code, Error::Code::Conflict);

    // touch() keeps a claim alive: 25 minutes later, touched, then 25 more: still held.
    now = now.addSecs(25 * 60);
    QVERIFY(b.service->touch(id));
    now = now.addSecs(25 * 60);
    QCOMPARE(a.service->claim(id).error().code, Error::Code::Conflict);
    // ... and lapses once left alone; claim() by id takes it over then.
    now = now.addSecs(10 * 60);
    auto retaken = a.service->claim(id);
    QVERIFY2(retaken, qPrintable(retaken ? QString() : retaken.error().message));
    QCOMPARE(retaken->claimedBy, QStringLiteral("rev_first"));
}

void TestAppealClaims::oneWinnerForOneAppeal()
{
    const QVector<qint64> ids = seedQueue(*m_db, 1);
    const qint64 id = ids[0];
    QMutex mutex;
    QStringList winners;
    QStringList others;
    runConcurrently([&](int t) {
        const QString login = QStringLiteral("rev_race_%1").arg(t);
        Reviewer reviewer(login);
        auto claimed = reviewer.service->claim(id);
        QMutexLocker lock(&mutex);
        if (claimed)
            winners << login;
        else if (claimed.error().code == Error::Code::Conflict)
            others << claimed.error().message;
        else
            others << QStringLiteral("unexpected: ") + claimed.error().message;
        reviewer.db->closeThreadConnection();
    });
    QCOMPARE(winners.size(), 1);
    QCOMPARE(others.size(), kThreads - 1);
    for (const QString &message : std::as_const(others))
        QVERIFY2(message.contains(winners[0]), qPrintable(message));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT claimed_by FROM appeal WHERE id = ?"), {id}), winners[0]);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT version FROM appeal WHERE id = ?"), {id}), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestAppealClaims)
#include "tst_appealclaims.moc"
