// The tamper-evident audit log: appends chain, and altering, inserting or deleting a row is found.
#include "CliRun.h"
#include "TestDatabase.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/StaffRepository.h"
#include "workflow/Session.h"

#include <QSqlQuery>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace desk;

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsChainedRows();
    void detectsAlteredRow();
    void detectsDeletedRow();
    void detectsInsertedRow();
    void rollbackLeavesNoRow();
    void concurrentAppendersKeepTheChain();
    void staffCannotRewriteTheLog();
    void checkpointCatchesACutTail();
    void checkpointThroughTheCli();

private:
    static void appendN(Database &db, int n, const QString &actor = QStringLiteral("tester"));
};

void TestAuditLog::appendN(Database &db, int n, const QString &actor)
{
    auto conn = db.connection();
    QVERIFY(conn.ok());
    for (int i = 0; i < n; ++i) {
        Transaction tx(db, *conn);
        QVERIFY(tx.begin().ok());
        AuditEntry e;
        e.action = QStringLiteral("account.reveal");
        e.entityType = QStringLiteral("account");
        e.entityId = QString::number(100 + i);
        e.after = QJsonObject{{QStringLiteral("field"), QStringLiteral("phone")},
                              {QStringLiteral("reason"), QStringLiteral("来电核实 %1").arg(i)}};
        const Status s = AuditLog(db).append(actor, e);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QVERIFY(tx.commit().ok());
    }
}

void TestAuditLog::appendsChainedRows()
{
    auto db = test::openTestDatabase();
    appendN(*db, 5);
    auto rows = AuditLog(*db).recent(10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 5);
    // Newest first; each row's prev_hash is the hash of the row before it.
    for (int i = 0; i + 1 < rows->size(); ++i)
        QCOMPARE(rows->at(i).prevHash, rows->at(i + 1).hash);
    QCOMPARE(rows->last().prevHash, AuditLog::genesisHash());
    QCOMPARE(rows->first().id, qint64(5));
    QCOMPARE(rows->first().staffLogin, QStringLiteral("tester"));
    auto v = AuditLog(*db).verify();
    QVERIFY(v.ok());
    QVERIFY(v->ok);
    QCOMPARE(v->rowsChecked, qint64(5));
    QCOMPARE(v->lastHash, rows->first().hash);
    auto forEntity = AuditLog(*db).forEntity(QStringLiteral("account"), QStringLiteral("102"));
    QVERIFY(forEntity.ok());
    QCOMPARE(forEntity->size(), 1);
    QVERIFY(forEntity->first().afterJson.contains(QStringLiteral("来电核实 2")));
}

void TestAuditLog::detectsAlteredRow()
{
    auto db = test::openTestDatabase();
    appendN(*db, 6);
    QVERIFY(db->exec(QStringLiteral("UPDATE audit_log SET staff_login = 'someone_else' WHERE id = 4")).ok());
    auto v = AuditLog(*db).verify();
    QVERIFY(v.ok());
    QVERIFY(!v->ok);
    QCOMPARE(v->firstBadId, qint64(4));
    QVERIFY(v->problem.contains(QStringLiteral("4")));
}

void TestAuditLog::detectsDeletedRow()
{
    auto db = test::openTestDatabase();
    appendN(*db, 6);
    QVERIFY(db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")).ok());
    auto v = AuditLog(*db).verify();
    QVERIFY(v.ok());
    QVERIFY(!v->ok);
    QCOMPARE(v->firstBadId, qint64(4));
    QVERIFY2(v->problem.contains(QStringLiteral("3")), qPrintable(v->problem));
}

void TestAuditLog::detectsInsertedRow()
{
    auto db = test::openTestDatabase();
    appendN(*db, 3);
    // A forged row appended at the end with a made-up hash, and one squeezed in by renumbering.
    QVERIFY(db->exec(QStringLiteral("INSERT INTO audit_log (id, created_at, staff_login, action, entity_type, "
                                    "entity_id, prev_hash, hash) VALUES (4, '2026-01-01T00:00:00.000Z', 'x', "
                                    "'account.reveal', 'account', '1', ?, ?)"),
                     {QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b'))})
                .ok());
    auto v = AuditLog(*db).verify();
    QVERIFY(v.ok());
    QVERIFY(!v->ok);
    QCOMPARE(v->firstBadId, qint64(4));
}

void TestAuditLog::rollbackLeavesNoRow()
{
    auto db = test::openTestDatabase();
    appendN(*db, 1);
    auto conn = db->connection();
    {
        Transaction tx(*db, *conn);
        QVERIFY(tx.begin().ok());
        AuditEntry e{QStringLiteral("staff.add"), QStringLiteral("staff"), QStringLiteral("x"), {}, {}};
        QVERIFY(AuditLog(*db).append(QStringLiteral("tester"), e).ok());
        // no commit: the transaction rolls back when it goes out of scope
    }
    auto rows = AuditLog(*db).recent(10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    appendN(*db, 1);
    auto v = AuditLog(*db).verify();
    QVERIFY(v.ok() && v->ok);
    QCOMPARE(v->rowsChecked, qint64(2));
}

void TestAuditLog::concurrentAppendersKeepTheChain()
{
    auto db = test::openTestDatabase();
    constexpr int threads = 4;
    constexpr int perThread = 15;
    QList<QThread *> workers;
    QAtomicInt failures = 0;
    for (int t = 0; t < threads; ++t) {
        workers << QThread::create([&db, &failures, t] {
            auto conn = db->connection();
            if (!conn) {
                failures.fetchAndAddRelaxed(perThread);
                return;
            }
            for (int i = 0; i < perThread; ++i) {
                Transaction tx(*db, *conn);
                AuditEntry e{QStringLiteral("account.reveal"), QStringLiteral("account"),
                             QString::number(t * 1000 + i), {}, {}};
                if (!tx.begin() || !AuditLog(*db).append(QStringLiteral("t%1").arg(t), e) || !tx.commit())
                    failures.fetchAndAddRelaxed(1);
            }
            db->closeThreadConnection();
        });
    }
    for (QThread *w : workers)
        w->start();
    for (QThread *w : workers) {
        QVERIFY(w->wait(120000));
        delete w;
    }
    QCOMPARE(failures.loadRelaxed(), 0);
    auto v = AuditLog(*db).verify();
    QVERIFY(v.ok());
    QVERIFY2(v->ok, qPrintable(v->problem));
    QCOMPARE(v->rowsChecked, qint64(threads * perThread));
}

void TestAuditLog::staffCannotRewriteTheLog()
{
    auto db = test::openTestDatabase();
    appendN(*db, 2);
    StaffMember m;
    m.login = test::uniqueLogin(QStringLiteral("rev"));
    m.displayName = QStringLiteral("审核员");
    m.role = StaffRole::Reviewer;
    const QString password = QStringLiteral("Str0ng!Pass");
    QVERIFY(StaffRepository(*db).add(m, password).ok());
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), m.login, password);
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    Database &staffDb = (*session)->database();
    if (!test::usingPostgres()) {
        // On the embedded file the file permissions are the boundary; the chain still exposes any rewrite.
        QVERIFY(staffDb.exec(QStringLiteral("UPDATE audit_log SET action = 'x' WHERE id = 1")).ok());
        auto v = AuditLog(*db).verify();
        QVERIFY(v.ok() && !v->ok);
        return;
    }
    auto upd = staffDb.exec(QStringLiteral("UPDATE audit_log SET action = 'x' WHERE id = 1"));
    QVERIFY(!upd.ok());
    QCOMPARE(upd.error().code, Error::Code::PermissionDenied);
    auto del = staffDb.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
    QVERIFY(!del.ok());
    QCOMPARE(del.error().code, Error::Code::PermissionDenied);
    // ...but appending works for every staff role.
    auto conn = staffDb.connection();
    Transaction tx(staffDb, *conn);
    QVERIFY(tx.begin().ok());
    AuditEntry e{QStringLiteral("account.reveal"), QStringLiteral("account"), QStringLiteral("7"), {}, {}};
    const Status s = AuditLog(staffDb).append(m.login, e);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QVERIFY(tx.commit().ok());
    auto v = AuditLog(*db).verify();
    QVERIFY(v.ok() && v->ok);
    // Two appended above, the server's own row for adding the reviewer, and the reviewer's.
    QCOMPARE(v->rowsChecked, qint64(4));
    auto rows = AuditLog(*db).recent(1);
    QVERIFY(rows.ok() && !rows->isEmpty());
    QCOMPARE(rows->first().staffLogin, m.login);
}

void TestAuditLog::checkpointCatchesACutTail()
{
    auto db = test::openTestDatabase();
    appendN(*db, 5);
    auto head = AuditLog(*db).head();
    QVERIFY(head);
    QCOMPARE(head->id, qint64(5));
    const QByteArray key("0123456789abcdef0123456789abcdef");
    head->sign(key);
    const AuditCheckpoint read = AuditCheckpoint::fromJson(head->toJson());
    QVERIFY(read.authentic(key));
    QVERIFY(!read.authentic(QByteArray("fedcba9876543210fedcba9876543210")));
    AuditCheckpoint moved = read;
    moved.id = 3; // someone edits the file to match a shortened log
    QVERIFY(!moved.authentic(key));

    auto v = AuditLog(*db).verify(read);
    QVERIFY(v && v->ok);
    appendN(*db, 2); // rows after the checkpoint are fine
    v = AuditLog(*db).verify(read);
    QVERIFY2(v && v->ok, v ? qPrintable(v->problem) : "");
    // Cutting the newest rows leaves a chain that is sound as far as it goes...
    QVERIFY(db->exec(QStringLiteral("DELETE FROM audit_log WHERE id >= 4")));
    auto plain = AuditLog(*db).verify();
    QVERIFY(plain && plain->ok);
    QCOMPARE(plain->rowsChecked, qint64(3));
    // ...but not as far as the checkpoint saw.
    auto cut = AuditLog(*db).verify(read);
    QVERIFY(cut);
    QVERIFY(!cut->ok);
    QVERIFY2(cut->problem.contains(QStringLiteral("cut")), qPrintable(cut->problem));
    QVERIFY2(cut->problem.contains(QStringLiteral("5")), qPrintable(cut->problem));
}

void TestAuditLog::checkpointThroughTheCli()
{
    auto db = test::openTestDatabase();
    appendN(*db, 3);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("head.json"));
    const QString keyFile = dir.filePath(QStringLiteral("checkpoint.key"));
    auto written = test::runCli(test::lastTestDatabaseUrl(),
                                {QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--out"), file,
                                 QStringLiteral("--key"), keyFile});
    QVERIFY2(written.code == 0, qPrintable(written.err));
    QCOMPARE(written.json().value(QStringLiteral("id")).toString(), QStringLiteral("3"));
    QVERIFY(QFile::exists(keyFile));
    QCOMPARE(QFile::permissions(keyFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), file,
                             QStringLiteral("--key"), keyFile};
    auto good = test::runCli(test::lastTestDatabaseUrl(), verify);
    QVERIFY2(good.code == 0, qPrintable(good.err));
    QVERIFY(db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
    auto bad = test::runCli(test::lastTestDatabaseUrl(), verify);
    QVERIFY(bad.code != 0);
    QVERIFY2(bad.err.contains(QStringLiteral("cut")), qPrintable(bad.err));
    // A checkpoint file edited to fit the shortened log is not authentic.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    f.close();
    json.replace("\"id\": \"3\"", "\"id\": \"2\"");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json);
    f.close();
    auto forged = test::runCli(test::lastTestDatabaseUrl(), verify);
    QCOMPARE(forged.code, 2);
    QVERIFY2(forged.err.contains(QStringLiteral("not authentic")), qPrintable(forged.err));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
