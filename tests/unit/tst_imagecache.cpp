// The workstation image cache: AES-256-GCM files that round-trip, refuse any alteration and another key, are
// purged, and a memory-only cache where no keychain exists; the key comes from (or goes to) the key store.
#include "cache/CacheKeyStore.h"
#include "cache/ImageCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

namespace {

QByteArray randomBytes(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out)
        c = char(rng.bounded(256));
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

} // namespace

class TestImageCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sealRoundTripAndRefusals();
    void encryptedRoundTripOnDisk();
    void tamperedFileIsRefusedAndRemoved();
    void wrongKeyIsRefused();
    void purgeRemovesEverything();
    void openMakesAndStoresAKeyThenReusesIt();
    void noKeychainKeepsImagesInMemoryOnly();
    void keychainFailureFallsBackToMemory();
};

void TestImageCache::sealRoundTripAndRefusals()
{
    const QByteArray key = randomBytes(32, 1);
    const QByteArray plain = randomBytes(5000, 2);
    const QByteArray aad = QByteArrayLiteral("review:1/id_front");
    Result<QByteArray> sealed = ImageCache::seal(key, plain, aad);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed.value().size(), 4 + ImageCache::kNonceBytes + plain.size() + ImageCache::kTagBytes);
    QVERIFY(!sealed.value().contains(plain.left(64)));
    // A fresh nonce each time: the same picture never gives the same file.
    Result<QByteArray> again = ImageCache::seal(key, plain, aad);
    QVERIFY(again.ok());
    QVERIFY(sealed.value().mid(4, 12) != again.value().mid(4, 12));
    QVERIFY(sealed.value() != again.value());

    Result<QByteArray> opened = ImageCache::unseal(key, sealed.value(), aad);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value(), plain);
    // The empty picture too.
    Result<QByteArray> empty = ImageCache::seal(key, QByteArray(), aad);
    QVERIFY(empty.ok());
    QCOMPARE(ImageCache::unseal(key, empty.value(), aad).value(), QByteArray());

    // Any byte flipped (magic excluded: that is refused by format), another name, another key, a cut file.
    for (const qsizetype at : {qsizetype(5), qsizetype(4 + 12 + 100), sealed.value().size() - 1}) {
        QByteArray bad = sealed.value();
        bad[at] = char(bad[at] ^ 0x01);
        const Result<QByteArray> r = ImageCache::unseal(key, bad, aad);
        QVERIFY2(!r.ok(), qPrintable(QString::number(at)));
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
    }
    QVERIFY(!ImageCache::unseal(key, sealed.value(), QByteArrayLiteral("review:1/id_back")).ok());
    QVERIFY(!ImageCache::unseal(randomBytes(32, 3), sealed.value(), aad).ok());
    QVERIFY(!ImageCache::unseal(key, sealed.value().left(20), aad).ok());
    QVERIFY(!ImageCache::seal(QByteArray(16, 'k'), plain, aad).ok());
}

void TestImageCache::encryptedRoundTripOnDisk()
{
    QTemporaryDir dir;
    ImageCache cache(dir.filePath(QStringLiteral("images")));
    QVERIFY(cache.openWithKey(randomBytes(32, 4)));
    QCOMPARE(cache.mode(), ImageCache::Mode::Encrypted);
    const QByteArray front = randomBytes(300 * 1024, 5);
    const QByteArray back = randomBytes(1000, 6);
    QVERIFY(cache.put(QStringLiteral("review:7/id_front"), front).ok());
    QVERIFY(cache.put(QStringLiteral("review:7/id_back"), back).ok());
    QCOMPARE(cache.count(), 2);
    QVERIFY(cache.contains(QStringLiteral("review:7/id_front")));
    QVERIFY(!cache.contains(QStringLiteral("review:8/id_front")));
    QCOMPARE(cache.get(QStringLiteral("review:7/id_front")).value(), front);
    QCOMPARE(cache.get(QStringLiteral("review:7/id_back")).value(), back);
    const Result<QByteArray> missing = cache.get(QStringLiteral("review:8/id_front"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);

    // On disk: neither the picture nor the id shows, and only the owner may read.
    const QString path = cache.pathFor(QStringLiteral("review:7/id_front"));
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFileInfo(path).fileName().contains(QLatin1String("review")));
    const QByteArray onDisk = readFile(path);
    QVERIFY(onDisk.startsWith("IDC1"));
    QVERIFY(!onDisk.contains(front.mid(1000, 64)));
    QVERIFY(!(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    QVERIFY(!(QFileInfo(cache.directory()).permissions() & (QFileDevice::ReadOther | QFileDevice::ExeOther)));

    // Putting again replaces.
    QVERIFY(cache.put(QStringLiteral("review:7/id_back"), front).ok());
    QCOMPARE(cache.get(QStringLiteral("review:7/id_back")).value(), front);
}

void TestImageCache::tamperedFileIsRefusedAndRemoved()
{
    QTemporaryDir dir;
    ImageCache cache(dir.filePath(QStringLiteral("images")));
    QVERIFY(cache.openWithKey(randomBytes(32, 7)));
    const QString a = QStringLiteral("review:1/id_front");
    const QString b = QStringLiteral("review:1/id_back");
    QVERIFY(cache.put(a, randomBytes(2000, 8)).ok());
    QVERIFY(cache.put(b, randomBytes(2000, 9)).ok());

    // One bit of the ciphertext changed.
    QByteArray data = readFile(cache.pathFor(a));
    data[100] = char(data[100] ^ 0x80);
    writeFile(cache.pathFor(a), data);
    Result<QByteArray> got = cache.get(a);
    QVERIFY(!got.ok());
    QCOMPARE(got.error().code, Error::Code::InvalidInput);
    QVERIFY(got.error().message.contains(QLatin1String("refused")));
    QVERIFY(!QFile::exists(cache.pathFor(a))); // never read again
    QCOMPARE(cache.get(a).error().code, Error::Code::NotFound);

    // A sound file moved under another document's name: its name is authenticated too.
    QVERIFY(cache.put(a, randomBytes(2000, 10)).ok());
    QFile::remove(cache.pathFor(b));
    QVERIFY(QFile::copy(cache.pathFor(a), cache.pathFor(b)));
    QCOMPARE(cache.get(b).error().code, Error::Code::InvalidInput);
    QVERIFY(cache.get(a).ok());

    // Cut short.
    writeFile(cache.pathFor(a), readFile(cache.pathFor(a)).left(30));
    QCOMPARE(cache.get(a).error().code, Error::Code::InvalidInput);
}

void TestImageCache::wrongKeyIsRefused()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("images"));
    const QString id = QStringLiteral("review:3/licence");
    const QByteArray picture = randomBytes(4096, 11);
    {
        ImageCache first(folder);
        QVERIFY(first.openWithKey(randomBytes(32, 12)));
        QVERIFY(first.put(id, picture).ok());
        // Read by another cache with another key before the first one purges.
        ImageCache second(folder + QStringLiteral("/../images"));
        QVERIFY(second.openWithKey(randomBytes(32, 13)));
        QVERIFY(second.contains(id));
        const Result<QByteArray> got = second.get(id);
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, Error::Code::InvalidInput);
        QVERIFY(!got.error().message.isEmpty());
    }
    // An unusable key leaves the cache in memory.
    ImageCache third(folder);
    QVERIFY(!third.openWithKey(QByteArray(31, 'k')));
    QCOMPARE(third.mode(), ImageCache::Mode::MemoryOnly);
}

void TestImageCache::purgeRemovesEverything()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("images"));
    {
        ImageCache cache(folder);
        QVERIFY(cache.openWithKey(randomBytes(32, 14)));
        for (int i = 0; i < 5; ++i)
            QVERIFY(cache.put(QStringLiteral("review:%1/id_front").arg(i), randomBytes(1000, 15 + i)).ok());
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 5);
        cache.purge(); // sign-out
        QCOMPARE(cache.count(), 0);
        QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
        QCOMPARE(cache.get(QStringLiteral("review:0/id_front")).error().code, Error::Code::NotFound);
        // Still usable for the next session.
        QVERIFY(cache.put(QStringLiteral("review:9/id_front"), randomBytes(10, 30)).ok());
        QCOMPARE(cache.count(), 1);
    }
    // Quit: the destructor purges.
    QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());

    // A crashed session's files are cleared when the next one opens.
    writeFile(folder + QStringLiteral("/leftover.idc"), QByteArrayLiteral("IDC1 old"));
    MemoryCacheKeyStore store;
    ImageCache cache(folder);
    bool done = false;
    cache.open(store, [&done](ImageCache::Mode) { done = true; });
    QVERIFY(done);
    QVERIFY(!QFile::exists(folder + QStringLiteral("/leftover.idc")));

    // Memory mode purges too.
    ImageCache memory(folder);
    memory.openInMemory(QStringLiteral("test"));
    QVERIFY(memory.put(QStringLiteral("a"), QByteArrayLiteral("b")).ok());
    QCOMPARE(memory.count(), 1);
    memory.purge();
    QCOMPARE(memory.count(), 0);
    QVERIFY(!memory.contains(QStringLiteral("a")));
}

void TestImageCache::openMakesAndStoresAKeyThenReusesIt()
{
    QTemporaryDir dir;
    MemoryCacheKeyStore store;
    ImageCache cache(dir.filePath(QStringLiteral("images")));
    QCOMPARE(cache.mode(), ImageCache::Mode::MemoryOnly); // until opened
    ImageCache::Mode mode = ImageCache::Mode::MemoryOnly;
    cache.open(store, [&mode](ImageCache::Mode m) { mode = m; });
    QCOMPARE(mode, ImageCache::Mode::Encrypted);
    QCOMPARE(store.writes, 1);
    QCOMPARE(store.stored.size(), ImageCache::kKeyBytes);
    QVERIFY(cache.put(QStringLiteral("x"), QByteArrayLiteral("picture")).ok());
    const QByteArray sealed = readFile(cache.pathFor(QStringLiteral("x")));
    QCOMPARE(ImageCache::unseal(store.stored, sealed, QByteArrayLiteral("IDC1x")).value(),
             QByteArrayLiteral("picture"));

    // The next session reads the same key and writes none.
    ImageCache next(dir.filePath(QStringLiteral("images2")));
    next.open(store);
    QCOMPARE(next.mode(), ImageCache::Mode::Encrypted);
    QCOMPARE(store.writes, 1);
    QCOMPARE(store.reads, 2);
}

void TestImageCache::noKeychainKeepsImagesInMemoryOnly()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("images"));
    MemoryCacheKeyStore none;
    none.available = false;
    ImageCache cache(folder);
    ImageCache::Mode mode = ImageCache::Mode::Encrypted;
    cache.open(none, [&mode](ImageCache::Mode m) { mode = m; });
    QCOMPARE(mode, ImageCache::Mode::MemoryOnly);
    QVERIFY(cache.memoryOnlyReason().contains(QLatin1String("memory only")));
    const QByteArray picture = randomBytes(100 * 1024, 40);
    QVERIFY(cache.put(QStringLiteral("review:5/id_front"), picture).ok());
    QCOMPARE(cache.get(QStringLiteral("review:5/id_front")).value(), picture);
    QCOMPARE(cache.count(), 1);
    // Nothing on disk, not even the folder.
    QVERIFY(!QDir(folder).exists() || QDir(folder).entryList(QDir::Files).isEmpty());
    cache.purge();
    QCOMPARE(cache.get(QStringLiteral("review:5/id_front")).error().code, Error::Code::NotFound);
}

void TestImageCache::keychainFailureFallsBackToMemory()
{
    // A keychain that reads "nothing yet" but refuses to store the new key.
    class RefusingStore : public CacheKeyStore
    {
    public:
        void readKey(Callback done) override { done({Status::NotFound, {}, {}}); }
        void writeKey(const QByteArray &, Callback done) override
        {
            done({Status::Failed, {}, QStringLiteral("denied")});
        }
    };
    QTemporaryDir dir;
    RefusingStore store;
    ImageCache cache(dir.filePath(QStringLiteral("images")));
    cache.open(store);
    QCOMPARE(cache.mode(), ImageCache::Mode::MemoryOnly);
    QVERIFY(cache.memoryOnlyReason().contains(QLatin1String("denied")));
    QVERIFY(cache.put(QStringLiteral("a"), QByteArrayLiteral("b")).ok());
    QVERIFY(QDir(dir.filePath(QStringLiteral("images"))).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestImageCache)
#include "tst_imagecache.moc"
