// DatabaseUrl: the libpq options a URL turns into (TLS defaults for a server on another computer, an explicit
// sslmode kept), round trips through toString(), and the keychain key the application and the CLI share.
#include "store/DatabaseUrl.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectOptions_data();
    void connectOptions();
    void weakTlsForRemoteHost_data();
    void weakTlsForRemoteHost();
    void optionsSurviveToString();
    void keychainKeyNamesTheServer_data();
    void keychainKeyNamesTheServer();
    void keychainKeyUsesTheCanonicalFile();
};

namespace {
const QString kBase = QStringLiteral("connect_timeout=5;application_name=IdentityDesk");

DatabaseUrl parsed(const QString &text)
{
    auto url = DatabaseUrl::parse(text);
    if (!url)
        qFatal("cannot parse %s: %s", qPrintable(text), qPrintable(url.error().message));
    return *url;
}
} // namespace

void TestDatabaseUrl::connectOptions_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loopback");
    QTest::addColumn<QString>("options");
    const QString remoteDefault = kBase + QStringLiteral(";sslmode=verify-full;channel_binding=require");
    // Loopback: as before, libpq's own defaults.
    QTest::newRow("localhost") << "postgresql://a@localhost/desk" << true << kBase;
    QTest::newRow("LOCALHOST") << "postgresql://a@LOCALHOST:5433/desk" << true << kBase;
    QTest::newRow("127.0.0.1") << "postgresql://a@127.0.0.1/desk" << true << kBase;
    QTest::newRow("127.8.9.10") << "postgresql://a@127.8.9.10/desk" << true << kBase;
    QTest::newRow("::1") << "postgresql://a@[::1]:5432/desk" << true << kBase;
    QTest::newRow("loopback explicit") << "postgresql://a@127.0.0.1/desk?sslmode=verify-ca" << true
                                       << kBase + QStringLiteral(";sslmode=verify-ca");
    // Another computer: verify-full and channel binding unless the URL says otherwise.
    QTest::newRow("remote name") << "postgresql://a@db.example.cn:6543/desk" << false << remoteDefault;
    QTest::newRow("remote address") << "postgresql://a@10.0.0.5/desk" << false << remoteDefault;
    QTest::newRow("remote IPv6") << "postgresql://a@[fd00::5]/desk" << false << remoteDefault;
    QTest::newRow("not 127/8") << "postgresql://a@128.0.0.1/desk" << false << remoteDefault;
    QTest::newRow("localhost lookalike") << "postgresql://a@localhost.example.cn/desk" << false << remoteDefault;
    QTest::newRow("explicit require") << "postgresql://a@db.example.cn/desk?sslmode=require" << false
                                      << kBase + QStringLiteral(";sslmode=require;channel_binding=require");
    QTest::newRow("explicit verify-ca") << "postgresql://a@db.example.cn/desk?sslmode=verify-ca" << false
                                        << kBase + QStringLiteral(";sslmode=verify-ca;channel_binding=require");
    QTest::newRow("explicit disable") << "postgresql://a@db.example.cn/desk?sslmode=disable" << false
                                      << kBase + QStringLiteral(";sslmode=disable");
    QTest::newRow("explicit allow") << "postgresql://a@db.example.cn/desk?sslmode=allow" << false
                                    << kBase + QStringLiteral(";sslmode=allow");
    QTest::newRow("explicit channel binding")
        << "postgresql://a@db.example.cn/desk?channel_binding=prefer" << false
        << kBase + QStringLiteral(";sslmode=verify-full;channel_binding=prefer");
    QTest::newRow("root certificate") << "postgresql://a@db.example.cn/desk?sslrootcert=/etc/desk/root.crt" << false
                                      << remoteDefault + QStringLiteral(";sslrootcert=/etc/desk/root.crt");
    QTest::newRow("root certificate with space")
        << "postgresql://a@db.example.cn/desk?sslrootcert=/home/wang%20xy/ca%27s.crt" << false
        << remoteDefault + QStringLiteral(";sslrootcert='/home/wang xy/ca\\'s.crt'");
}

void TestDatabaseUrl::connectOptions()
{
    QFETCH(QString, url);
    QFETCH(bool, loopback);
    QFETCH(QString, options);
    const DatabaseUrl u = parsed(url);
    QCOMPARE(u.isLoopback(), loopback);
    QCOMPARE(u.connectOptions(), options);
}

void TestDatabaseUrl::weakTlsForRemoteHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("weak");
    QTest::newRow("remote default") << "postgresql://a@db.example.cn/desk" << false;
    for (const char *mode : {"disable", "allow", "prefer", "require"})
        QTest::addRow("remote %s", mode) << QStringLiteral("postgresql://a@db.example.cn/desk?sslmode=%1")
                                                .arg(QLatin1String(mode))
                                         << true;
    QTest::newRow("remote verify-ca") << "postgresql://a@db.example.cn/desk?sslmode=verify-ca" << false;
    QTest::newRow("loopback disable") << "postgresql://a@127.0.0.1/desk?sslmode=disable" << false;
    QTest::newRow("sqlite") << "sqlite:/tmp/x.db" << false;
}

void TestDatabaseUrl::weakTlsForRemoteHost()
{
    QFETCH(QString, url);
    QFETCH(bool, weak);
    QCOMPARE(parsed(url).hasWeakTlsForRemoteHost(), weak);
}

void TestDatabaseUrl::optionsSurviveToString()
{
    // The application saves the URL with toString(): every option must come back as it was.
    const DatabaseUrl u = parsed(QStringLiteral("postgresql://alice@db.example.cn:6543/desk?sslmode=verify-ca&"
                                                "sslrootcert=/opt/CA%20%26%20roots/root.crt&channel_binding=prefer"));
    QCOMPARE(u.sslRootCert, QStringLiteral("/opt/CA & roots/root.crt"));
    const DatabaseUrl again = parsed(u.toString());
    QCOMPARE(again.sslMode, QStringLiteral("verify-ca"));
    QCOMPARE(again.sslRootCert, u.sslRootCert);
    QCOMPARE(again.channelBinding, QStringLiteral("prefer"));
    QCOMPARE(again.toString(), u.toString());
    QCOMPARE(parsed(QStringLiteral("postgresql://a@h:1/d?sslmode=require")).toString(),
             QStringLiteral("postgresql://a@h:1/d?sslmode=require"));
    const DatabaseUrl v6 = parsed(QStringLiteral("postgresql://a@[::1]:5433/d"));
    QCOMPARE(parsed(v6.toString()).host, QStringLiteral("::1"));
}

void TestDatabaseUrl::keychainKeyNamesTheServer_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::newRow("name") << "postgresql://alice@db.example.cn:6543/desk?sslmode=require"
                          << "alice@db.example.cn:6543/desk";
    QTest::newRow("default port") << "postgres://bob@localhost/identity" << "bob@localhost:5432/identity";
    QTest::newRow("IPv6") << "postgresql://carol@[::1]:5433/desk" << "carol@[::1]:5433/desk";
}

void TestDatabaseUrl::keychainKeyNamesTheServer()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QCOMPARE(parsed(url).keychainKey(), key);
    QCOMPARE(DatabaseUrl::keychainService(), QStringLiteral("IdentityDesk"));
}

void TestDatabaseUrl::keychainKeyUsesTheCanonicalFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString real = QDir(dir.path()).canonicalPath() + QStringLiteral("/real");
    QVERIFY(QDir().mkpath(real));
    QVERIFY(QFile::link(real, dir.filePath(QStringLiteral("link"))));

    // Through a symbolic link and "..", before and after the file exists: one key.
    DatabaseUrl url = parsed(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("link/../link/desk.db")));
    url.user = QStringLiteral("wang_xy");
    const QString expected = QStringLiteral("wang_xy@sqlite:") + real + QStringLiteral("/desk.db");
    QCOMPARE(url.keychainKey(), expected);
    QFile file(real + QStringLiteral("/desk.db"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(url.keychainKey(), expected);

    // A file in a folder that does not exist yet.
    url.path = dir.filePath(QStringLiteral("link/new/deeper/desk.db"));
    QCOMPARE(url.keychainKey(), QStringLiteral("wang_xy@sqlite:") + real + QStringLiteral("/new/deeper/desk.db"));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
