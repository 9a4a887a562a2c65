// Database layer: URLs, migrations, refusal of newer schemas, per-thread connections,
// and the one-binding-per-ID rule enforced by the database itself.
#include "TestData.h"
#include "TestDatabase.h"

#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace desk;

class TestDatabaseLayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesUrls_data();
    void parsesUrls();
    void rejectsBadUrls_data();
    void rejectsBadUrls();
    void freshDatabaseGetsCurrentSchema();
    void migratingTwiceChangesNothing();
    void refusesNewerSchema();
    void realNameBindingIsUniqueInTheDatabase();
    void unverifiedDuplicatesAreAllowed();
    void eachThreadHasItsOwnConnection();
    void missingSqliteFileIsCreated();
    void nonDatabaseFileIsRefused();
    void unreachableServerIsReported();
    void lostConnectionIsReportedAndRecovered();
    void newSqliteFileIsPrivate();
    void widerSqliteFileIsNarrowed();
    void tlsFailuresAreExplained_data();
    void tlsFailuresAreExplained();
    void serverWithoutTlsIsExplained();
};

namespace {
// Why the SQLite file-permission tests do not apply to this run, or nullptr.
const char *filePermissionsSkipReason()
{
    if (desk::test::usingPostgres())
        return "SQLite file permissions: covered by the SQLite run of this test";
#ifdef Q_OS_WIN
    return "On Windows the file is protected by the NTFS access control lists of the user's profile";
#else
    return nullptr;
#endif
}
} // namespace

#ifndef Q_OS_WIN
#include <sys/stat.h>

namespace {
// The permission bits of a file or folder, or -1 if it does not exist.
int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}
} // namespace
#endif

void TestDatabaseLayer::parsesUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("pathOrDb");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("sslMode");
    QTest::newRow("sqlite absolute") << "sqlite:/var/lib/desk/x.db" << false << "/var/lib/desk/x.db" << "" << 0 << "";
    QTest::newRow("sqlite triple slash") << "sqlite:///tmp/a.db" << false << "/tmp/a.db" << "" << 0 << "";
    QTest::newRow("postgres full") << "postgresql://alice@db.example.cn:6543/desk?sslmode=require" << true << "desk"
                                   << "alice" << 6543 << "require";
    QTest::newRow("postgres default port") << "postgres://bob@localhost/identity" << true << "identity" << "bob"
                                           << 5432 << "";
}

void TestDatabaseLayer::parsesUrls()
{
    QFETCH(QString, text);
    QFETCH(bool, postgres);
    QFETCH(QString, pathOrDb);
    QFETCH(QString, user);
    QFETCH(int, port);
    QFETCH(QString, sslMode);
    auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
    QCOMPARE(url->isPostgres(), postgres);
    if (postgres) {
        QCOMPARE(url->database, pathOrDb);
        QCOMPARE(url->user, user);
        QCOMPARE(url->port, port);
        QCOMPARE(url->sslMode, sslMode);
        // The keychain key is what the application and the CLI both look the password up by.
        QCOMPARE(url->keychainKey(),
                 user + QLatin1Char('@') + url->host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/')
                     + pathOrDb);
    } else {
        QCOMPARE(url->path, pathOrDb);
    }
}

void TestDatabaseLayer::rejectsBadUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("unknown scheme") << "mysql://x@y/z" << "sqlite:";
    QTest::newRow("no database") << "postgresql://alice@host:5432/" << "no database";
    QTest::newRow("password in url") << "postgresql://alice:secret@host/desk" << "password";
    QTest::newRow("bad sslmode") << "postgresql://alice@host/desk?sslmode=always" << "sslmode";
    QTest::newRow("unknown option") << "postgresql://alice@host/desk?timeout=3" << "timeout";
    QTest::newRow("bad channel binding") << "postgresql://alice@host/desk?channel_binding=always" << "channel_binding";
    QTest::newRow("root certificate with ;") << "postgresql://alice@host/desk?sslrootcert=/a%3Bb.crt" << "sslrootcert";
    QTest::newRow("empty root certificate") << "postgresql://alice@host/desk?sslrootcert=" << "sslrootcert";
    QTest::newRow("sqlite without file") << "sqlite:" << "no file";
}

void TestDatabaseLayer::rejectsBadUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    auto url = DatabaseUrl::parse(text);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().code, Error::Code::InvalidInput);
    QVERIFY2(url.error().message.contains(mentions, Qt::CaseInsensitive), qPrintable(url.error().message));
    QVERIFY(!url.error().message.contains(QStringLiteral("secret")));
}

void TestDatabaseLayer::freshDatabaseGetsCurrentSchema()
{
    auto db = test::openTestDatabase();
    auto version = db->schemaVersion();
    QVERIFY(version.ok());
    QCOMPARE(*version, Database::latestSchemaVersion());
    auto conn = db->connection();
    QVERIFY(conn.ok());
    const QStringList tables = conn->tables();
    for (const char *t : {"staff", "account", "account_event", "business_system", "delegation", "project", "document",
                          "legacy_account", "appeal", "real_name_review", "account_merge", "sms_outbox", "audit_log"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);
    auto systems = db->exec(QStringLiteral("SELECT COUNT(*) FROM business_system"));
    QVERIFY(systems.ok());
    QVERIFY(systems->next());
    QCOMPARE(systems->value(0).toInt(), 5);
    systems->finish();
}

void TestDatabaseLayer::migratingTwiceChangesNothing()
{
    auto db = test::openTestDatabase();
    QVERIFY(db->ensureSchema(Database::SchemaPolicy::Migrate).ok());
    // Migration numbers may skip (kMigrations): the highest is the latest.
    auto rows = db->exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    QVERIFY(rows.ok());
    QVERIFY(rows->next());
    QCOMPARE(rows->value(0).toInt(), Database::latestSchemaVersion());
    rows->finish();
    QVERIFY(db->ensureSchema(Database::SchemaPolicy::RequireCurrent).ok());
}

void TestDatabaseLayer::refusesNewerSchema()
{
    auto db = test::openTestDatabase();
    const int future = Database::latestSchemaVersion() + 1;
    QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, 'later')"), {future})
                .ok());
    for (auto policy : {Database::SchemaPolicy::Migrate, Database::SchemaPolicy::RequireCurrent}) {
        const Status s = db->ensureSchema(policy);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::SchemaTooNew);
        QVERIFY2(s.error().message.contains(QString::number(future)), qPrintable(s.error().message));
    }
}

void TestDatabaseLayer::realNameBindingIsUniqueInTheDatabase()
{
    auto db = test::openTestDatabase();
    test::AccountSeed a;
    a.login = QStringLiteral("zhangwei01");
    a.name = QStringLiteral("张伟");
    a.idNumber = QStringLiteral("41010519900307123X");
    a.realNameStatus = QStringLiteral("verified_national");
    test::insertAccount(*db, a);

    // A second account of the same person may exist, but it cannot also be verified: the index refuses it,
    // whatever code path tries.
    auto second = db->exec(QStringLiteral("INSERT INTO account (login, kind, name, id_number, real_name_status, "
                                          "created_at) VALUES ('zhangwei02', 'person', '张伟', ?, 'verified_manual', "
                                          "'2024-05-01T00:00:00.000Z')"),
                           {a.idNumber});
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, Error::Code::Conflict);

    test::AccountSeed org;
    org.login = QStringLiteral("91110108MA01ET88XL");
    org.kind = QStringLiteral("organization");
    org.name = QStringLiteral("北京示例科技有限公司");
    org.uscc = org.login;
    org.realNameStatus = QStringLiteral("verified_national");
    test::insertAccount(*db, org);
    auto orgDup = db->exec(QStringLiteral("INSERT INTO account (login, kind, name, uscc, real_name_status, created_at) "
                                          "VALUES ('HJ_91110108MA01ET88XL', 'organization', '北京示例科技有限公司', ?, "
                                          "'verified_manual', '2024-05-01T00:00:00.000Z')"),
                           {org.uscc});
    QVERIFY(!orgDup.ok());
    QCOMPARE(orgDup.error().code, Error::Code::Conflict);
}

void TestDatabaseLayer::unverifiedDuplicatesAreAllowed()
{
    auto db = test::openTestDatabase();
    for (const char *login : {"lina_a", "lina_b", "lina_c"}) {
        test::AccountSeed s;
        s.login = QLatin1String(login);
        s.name = QStringLiteral("李娜");
        s.idNumber = QStringLiteral("310104198511120048");
        s.realNameStatus = QStringLiteral("failed");
        test::insertAccount(*db, s);
    }
    auto n = db->exec(QStringLiteral("SELECT COUNT(*) FROM account WHERE id_number = ?"),
                      {QStringLiteral("310104198511120048")});
    QVERIFY(n.ok() && n->next());
    QCOMPARE(n->value(0).toInt(), 3);
    n->finish();
}

void TestDatabaseLayer::eachThreadHasItsOwnConnection()
{
    auto db = test::openTestDatabase();
    auto mainConn = db->connection();
    QVERIFY(mainConn.ok());
    QString workerName;
    bool workerOk = false;
    QThread *worker = QThread::create([&] {
        {
            auto c = db->connection();
            workerOk = c.ok() && c->isOpen();
            if (c.ok())
                workerName = c->connectionName();
        }
        auto q = db->exec(QStringLiteral("SELECT COUNT(*) FROM staff"));
        workerOk = workerOk && q.ok();
        if (q.ok())
            q->finish();
        db->closeThreadConnection();
    });
    worker->start();
    QVERIFY(worker->wait(20000));
    delete worker;
    QVERIFY(workerOk);
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainConn->connectionName());
    QVERIFY(!QSqlDatabase::contains(workerName));
}

void TestDatabaseLayer::missingSqliteFileIsCreated()
{
    if (test::usingPostgres())
        return; // SQLite file handling: covered by the SQLite run of this test
    QTemporaryDir dir;
    DatabaseUrl url;
    url.path = dir.filePath(QStringLiteral("nested/folder/new.db"));
    Database db(url);
    QVERIFY(db.open().ok());
    QVERIFY(db.ensureSchema(Database::SchemaPolicy::Migrate).ok());
    QVERIFY(QFile::exists(url.path));
    QCOMPARE(*db.schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabaseLayer::nonDatabaseFileIsRefused()
{
    if (test::usingPostgres())
        return; // SQLite file handling: covered by the SQLite run of this test
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    DatabaseUrl url;
    url.path = path;
    Database db(url);
    const Status s = db.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(path), qPrintable(s.error().message));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray(4096, 'x')); // untouched
}

void TestDatabaseLayer::unreachableServerIsReported()
{
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/desk"));
    QVERIFY(url.ok());
    Database db(*url, QStringLiteral("x"));
    const Status s = db.open();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::ConnectionFailed);
    QVERIFY2(s.error().message.contains(QStringLiteral("127.0.0.1")), qPrintable(s.error().message));
}

void TestDatabaseLayer::lostConnectionIsReportedAndRecovered()
{
    if (!test::usingPostgres())
        return; // an embedded file cannot lose its server; the PostgreSQL run covers this
    auto admin = test::openTestDatabase();
    Database client(test::lastTestDatabaseUrl(), test::adminPassword());
    auto pid = client.exec(QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY(pid.ok() && pid->next());
    const int backend = pid->value(0).toInt();
    pid->finish();
    // The server drops the client's connection, as a restart or a network cut would.
    QVERIFY(admin->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {backend}).ok());
    QTest::qWait(200);
    auto lost = client.exec(QStringLiteral("SELECT COUNT(*) FROM account"));
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().code, Error::Code::ConnectionFailed);
    QVERIFY2(lost.error().message.contains(QStringLiteral("Nothing was saved")), qPrintable(lost.error().message));
    // The next action reconnects.
    auto again = client.exec(QStringLiteral("SELECT COUNT(*) FROM account"));
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    again->finish();
}

void TestDatabaseLayer::newSqliteFileIsPrivate()
{
    if (const char *why = filePermissionsSkipReason())
        QSKIP(why);
#ifndef Q_OS_WIN
    QTemporaryDir dir;
    DatabaseUrl url;
    url.path = dir.filePath(QStringLiteral("made/by/us/new.db"));
    Database db(url);
    QVERIFY(db.open().ok());
    QVERIFY(db.ensureSchema(Database::SchemaPolicy::Migrate).ok()); // writes, so the -wal and -shm files exist
    QCOMPARE(modeOf(url.path), 0600);
    for (const char *folder : {"made", "made/by", "made/by/us"})
        QCOMPARE(modeOf(dir.filePath(QLatin1String(folder))), 0700);
    for (const char *companion : {"-wal", "-shm"}) {
        const int mode = modeOf(url.path + QLatin1String(companion));
        QVERIFY2(mode == -1 || mode == 0600, companion);
    }
    QVERIFY(db.notices().isEmpty());
#endif
}

void TestDatabaseLayer::widerSqliteFileIsNarrowed()
{
    if (const char *why = filePermissionsSkipReason())
        QSKIP(why);
#ifndef Q_OS_WIN
    QTemporaryDir dir;
    DatabaseUrl url;
    url.path = dir.filePath(QStringLiteral("shared.db"));
    const auto wide = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    for (const char *suffix : {"", "-journal"}) {
        QFile file(url.path + QLatin1String(suffix));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.setPermissions(wide));
        QCOMPARE(modeOf(file.fileName()), 0644);
    }
    const QString folderMode = QString::number(modeOf(dir.path()), 8);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("shared\\.db .*0644.*0600")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("shared\\.db-journal .*0644.*0600")));
    Database db(url);
    QVERIFY(db.open().ok());
    QCOMPARE(modeOf(url.path), 0600);
    const int journal = modeOf(url.path + QStringLiteral("-journal"));
    QVERIFY(journal == -1 || journal == 0600);
    const QStringList notices = db.notices();
    QCOMPARE(notices.size(), 2);
    QVERIFY2(notices.first().contains(url.path) && notices.first().contains(QStringLiteral("0644")),
             qPrintable(notices.first()));
    QCOMPARE(QString::number(modeOf(dir.path()), 8), folderMode); // a folder we did not create is left alone

    // Once narrowed, there is nothing more to say.
    Database again(url);
    QVERIFY(again.open().ok());
    QVERIFY(again.notices().isEmpty());
#endif
}

void TestDatabaseLayer::tlsFailuresAreExplained_data()
{
    // libpq's words (English, and Chinese where its translations are installed) and what the message must say.
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QStringList>("mentions");
    const QStringList rootCert{QStringLiteral("db.example.cn"), QStringLiteral("root.crt"),
                               QStringLiteral("sslrootcert")};
    QTest::newRow("verify failed") << "SSL error: certificate verify failed"
                                   << (rootCert + QStringList{QStringLiteral("verified")});
    QTest::newRow("verify failed zh") << "SSL 错误: certificate verify failed"
                                      << (rootCert + QStringList{QStringLiteral("verified")});
    QTest::newRow("host name") << "server certificate for \"other.example.cn\" does not match host name "
                                  "\"db.example.cn\""
                               << QStringList{QStringLiteral("host name db.example.cn"),
                                              QStringLiteral("other.example.cn")};
    QTest::newRow("host name, other names")
        << "server certificate for \"a.example.cn\" (and 2 other names) does not match host name \"db.example.cn\""
        << QStringList{QStringLiteral("host name db.example.cn")};
    QTest::newRow("host name zh") << "\"other.example.cn\"的服务器证书与主机名不匹配\"db.example.cn\""
                                  << QStringList{QStringLiteral("host name db.example.cn")};
    QTest::newRow("no root certificate")
        << "root certificate file \"/home/wang/.postgresql/root.crt\" does not exist\nEither provide the file or "
           "change sslmode to disable server certificate verification."
        << (rootCert + QStringList{QStringLiteral("no trusted root certificate")});
    QTest::newRow("no root certificate zh") << "根认证文件\"/home/wang/.postgresql/root.crt\"不存在"
                                            << (rootCert + QStringList{QStringLiteral("no trusted root")});
    QTest::newRow("SSL SYSCALL") << "SSL SYSCALL error: EOF detected"
                                 << QStringList{QStringLiteral("db.example.cn"), QStringLiteral("broke off")};
    QTest::newRow("no TLS on server") << "server does not support SSL, but SSL was required"
                                      << QStringList{QStringLiteral("db.example.cn"), QStringLiteral("TLS"),
                                                     QStringLiteral("sslmode=verify-full")};
    QTest::newRow("no TLS on server zh") << "服务器不支持 SSL, 但是要求使用 SSL"
                                         << QStringList{QStringLiteral("does not accept encrypted")};
    QTest::newRow("channel binding")
        << "channel binding required, but server authenticated client without channel binding"
        << QStringList{QStringLiteral("db.example.cn"), QStringLiteral("channel binding"),
                       QStringLiteral("SCRAM-SHA-256")};
    QTest::newRow("channel binding zh") << "需要通道绑定，但服务器验证的客户端没有通道绑定"
                                        << QStringList{QStringLiteral("SCRAM-SHA-256")};
    QTest::newRow("anything else") << "could not translate host name \"db.example.cn\" to address"
                                   << QStringList{QStringLiteral("Cannot open the database"),
                                                  QStringLiteral("postgresql://wang@db.example.cn:5432/desk")};
}

void TestDatabaseLayer::tlsFailuresAreExplained()
{
    QFETCH(QString, detail);
    QFETCH(QStringList, mentions);
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://wang@db.example.cn/desk"));
    QVERIFY(url.ok());
    const Error e = Database::connectionFailure(*url, detail);
    QCOMPARE(e.code, Error::Code::ConnectionFailed);
    for (const QString &m : mentions)
        QVERIFY2(e.message.contains(m), qPrintable(e.message + QStringLiteral(" lacks ") + m));
    QVERIFY2(e.message.contains(detail), qPrintable(e.message)); // libpq's own words stay for the administrator
}

void TestDatabaseLayer::serverWithoutTlsIsExplained()
{
    if (!test::usingPostgres())
        QSKIP("needs the PostgreSQL test server; the SQLite run has no server");
    // The test server offers no TLS: requiring a verified certificate must fail with the explanation.
    auto db = test::openTestDatabase();
    DatabaseUrl url = test::lastTestDatabaseUrl();
    url.sslMode = QStringLiteral("verify-full");
    Database client(url, test::adminPassword());
    const Status s = client.open();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::ConnectionFailed);
    QVERIFY2(s.error().message.contains(QStringLiteral("does not accept encrypted (TLS) connections")),
             qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(url.host), qPrintable(s.error().message));
}

QTEST_GUILESS_MAIN(TestDatabaseLayer)
#include "tst_database.moc"
