// The image cache as the desk wires it: its key in the keychain through the CredentialStore (memory only without a
// keychain), purged when a session is released (sign-out, quit), and used by the prefetcher so that a document is
// fetched once and a tampered cached copy is fetched again.
#include "UiTestKit.h"

#include "TestDocuments.h"
#include "cache/ImageCache.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "shell/CacheKeychain.h"
#include "widgets/ImagePrefetcher.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

class TestImageCacheKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keyIsMadeOnceAndKeptInTheKeychain();
    void noKeychainMeansMemoryOnly();
    void releasingTheSessionPurgesTheCache();
    void prefetcherFetchesOnceThroughTheCache();
};

void TestImageCacheKeychain::initTestCase()
{
    test::prepareGuiTest();
}

void TestImageCacheKeychain::keyIsMadeOnceAndKeptInTheKeychain()
{
    QTemporaryDir dir;
    test::MemoryCredentialStore credentials;
    CredentialCacheKeyStore keys(credentials);
    ImageCache cache(dir.filePath(QStringLiteral("images")));
    bool opened = false;
    cache.open(keys, [&opened](ImageCache::Mode) { opened = true; });
    QTRY_VERIFY(opened); // the keychain answers asynchronously
    QCOMPARE(cache.mode(), ImageCache::Mode::Encrypted);
    const QString stored = credentials.secrets.value(CredentialCacheKeyStore::kKeychainKey);
    QCOMPARE(QByteArray::fromBase64(stored.toLatin1()).size(), ImageCache::kKeyBytes);
    QVERIFY(cache.put(QStringLiteral("a"), QByteArrayLiteral("picture")).ok());

    // The next session finds the key and reads what is cached with it.
    ImageCache next(dir.filePath(QStringLiteral("images")));
    opened = false;
    next.open(keys, [&opened](ImageCache::Mode) { opened = true; });
    QTRY_VERIFY(opened);
    QCOMPARE(next.mode(), ImageCache::Mode::Encrypted);
    QCOMPARE(credentials.secrets.value(CredentialCacheKeyStore::kKeychainKey), stored);
    QVERIFY(next.put(QStringLiteral("b"), QByteArrayLiteral("other")).ok());
    QCOMPARE(cache.get(QStringLiteral("b")).value(), QByteArrayLiteral("other"));
}

void TestImageCacheKeychain::noKeychainMeansMemoryOnly()
{
    QTemporaryDir dir;
    NoCredentialStore none;
    CredentialCacheKeyStore keys(none);
    ImageCache cache(dir.filePath(QStringLiteral("images")));
    bool opened = false;
    ImageCache::Mode mode = ImageCache::Mode::Encrypted;
    cache.open(keys, [&](ImageCache::Mode m) {
        opened = true;
        mode = m;
    });
    QTRY_VERIFY(opened);
    QCOMPARE(mode, ImageCache::Mode::MemoryOnly);
    QVERIFY(cache.put(QStringLiteral("a"), QByteArrayLiteral("picture")).ok());
    QCOMPARE(cache.get(QStringLiteral("a")).value(), QByteArrayLiteral("picture"));
    QVERIFY(!QDir(dir.filePath(QStringLiteral("images"))).exists() ||
            QDir(dir.filePath(QStringLiteral("images"))).entryList(QDir::Files).isEmpty());
}

void TestImageCacheKeychain::releasingTheSessionPurgesTheCache()
{
    QTemporaryDir dir;
    ImageCache encrypted(dir.filePath(QStringLiteral("images")));
    QVERIFY(encrypted.openWithKey(QByteArray(32, 'k')));
    ImageCache memory(dir.filePath(QStringLiteral("memory")));
    memory.openInMemory(QStringLiteral("test"));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(encrypted.put(QString::number(i), QByteArrayLiteral("picture")).ok());
        QVERIFY(memory.put(QString::number(i), QByteArrayLiteral("picture")).ok());
    }
    QCOMPARE(QDir(encrypted.directory()).entryList(QDir::Files).size(), 3);
    TaskRunner runner;
    releaseSession(runner, nullptr, &encrypted); // what GuiShell does on sign-out and on quit
    releaseSession(runner, nullptr, &memory);
    QVERIFY(QDir(encrypted.directory()).entryList(QDir::Files).isEmpty());
    QCOMPARE(encrypted.count(), 0);
    QCOMPARE(memory.count(), 0);
}

void TestImageCacheKeychain::prefetcherFetchesOnceThroughTheCache()
{
    QTemporaryDir dir;
    ImageCache cache(dir.filePath(QStringLiteral("images")));
    QVERIFY(cache.openWithKey(QByteArray(32, 'q')));
    ImagePrefetcher prefetcher;
    prefetcher.setCache(&cache);
    QAtomicInt fetches;
    const QByteArray png = test::picture("PNG", Qt::darkCyan, QSize(320, 200));
    const ImagePrefetcher::Source source{
        QStringLiteral("review:1/id_front"), QStringLiteral("front.png"), {}, [&fetches, png]() -> Result<QByteArray> {
            fetches.fetchAndAddOrdered(1);
            return png;
        }};
    prefetcher.request(source);
    QTRY_VERIFY(prefetcher.isReady(source.id));
    QCOMPARE(prefetcher.image(source.id).size(), QSize(320, 200));
    QCOMPARE(fetches.loadAcquire(), 1);
    QVERIFY(cache.contains(source.id));
    QCOMPARE(cache.get(source.id).value(), png);

    // Forgotten by the prefetcher (the reviewer moved on) and asked for again: read from the cache, not fetched.
    prefetcher.clear();
    prefetcher.request(source);
    QTRY_VERIFY(prefetcher.isReady(source.id));
    QVERIFY(prefetcher.error(source.id).isEmpty());
    QCOMPARE(fetches.loadAcquire(), 1);

    // A cached copy altered on disk is refused and fetched again.
    QFile file(cache.pathFor(source.id));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray data = file.readAll();
    data[40] = char(data[40] ^ 0x10);
    file.seek(0);
    file.write(data);
    file.close();
    prefetcher.clear();
    prefetcher.request(source);
    QTRY_VERIFY(prefetcher.isReady(source.id));
    QVERIFY(prefetcher.error(source.id).isEmpty());
    QCOMPARE(prefetcher.image(source.id).size(), QSize(320, 200));
    QCOMPARE(fetches.loadAcquire(), 2);
    QCOMPARE(ImagePrefetcher::decodesOnGuiThread(), 0);
}

QTEST_MAIN(TestImageCacheKeychain)
#include "tst_imagecachekeychain.moc"
