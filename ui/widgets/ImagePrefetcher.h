#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QVector>

#include <atomic>
#include <functional>

namespace desk {

class ImageCache;

// Loads and decodes document pictures on worker threads, ahead of time, and keeps the decoded pictures of the
// documents on screen and of those about to be: a reviewer moving to the next request sees its pictures at once
// instead of waiting for a decode, and the GUI thread never decodes (a 1 MB JPEG takes tens of milliseconds).
// Decoding goes through DocumentCheck::decodeImage, so a decompression bomb or a damaged file comes back as its
// reason, not as a frozen or crashed desk. Viewers share one prefetcher; each picture is keyed by a document id.
class ImagePrefetcher : public QObject
{
    Q_OBJECT
public:
    // Fetches a document's bytes (from the database, the workstation cache, ...). Runs on a worker thread.
    using Loader = std::function<Result<QByteArray>()>;

    struct Source
    {
        QString id;         // unique among the documents of the desk, e.g. "review:42/id_front"
        QString fileName;   // as uploaded; named in error messages
        QByteArray content; // the bytes, or empty when `loader` fetches them
        Loader loader = {};
    };

    static constexpr int kDefaultCapacity = 12; // decoded pictures kept, least recently used dropped first

    explicit ImagePrefetcher(QObject *parent = nullptr);
    ~ImagePrefetcher() override;

    // Starts loading and decoding `source` unless it is already decoded or on its way. Never blocks.
    void request(const Source &source);
    void prefetch(const QVector<Source> &sources);

    bool contains(const QString &id) const { return m_entries.contains(id); }
    bool isReady(const QString &id) const;   // decoded, or failed with a reason
    bool isPending(const QString &id) const; // requested and not back yet
    QImage image(const QString &id) const;   // null unless ready and decoded
    QString error(const QString &id) const;  // the reason, when ready and failed

    // Forgets every picture but these (a decode still running for a forgotten one is dropped when it returns).
    void retainOnly(const QStringList &ids);
    void clear();

    // Bytes fetched by a loader are kept in `cache` (encrypted on disk, or in memory), and a document found there is
    // not fetched again. The cache must outlive the prefetcher. None by default.
    void setCache(ImageCache *cache) { m_cache = cache; }

    void setCapacity(int pictures);
    int capacity() const { return m_capacity; }
    int pendingCount() const { return m_pending; }
    // Drops a reference to a picture on a worker thread: freeing the last reference to a decoded 1 MB JPEG
    // (about 15 MB of pixels) takes the GUI thread a few milliseconds.
    static void releaseLater(QImage image);

    // Decodes that ran on the GUI thread since the start: 0 by design; the tests and the benchmark check it.
    static int decodesOnGuiThread();
    // Decodes run so far (on any thread), for the tests.
    int decodeCount() const { return m_decodes; }

Q_SIGNALS:
    // `id` is ready: decoded, or failed (error(id) says why).
    void finished(const QString &id);

private:
    struct Entry
    {
        quint64 ticket = 0; // a result for an older ticket of the same id is dropped
        bool ready = false;
        QImage image;
        QString error;
        quint64 lastUse = 0;
    };
    struct Outcome
    {
        QString id;
        quint64 ticket = 0;
        QImage image;
        QString error;
    };

    static Outcome decode(const Source &source, quint64 ticket, ImageCache *cache);
    void done(const Outcome &outcome);
    void evict();

    QHash<QString, Entry> m_entries;
    quint64 m_nextTicket = 0;
    quint64 m_clock = 0;
    int m_capacity = kDefaultCapacity;
    int m_pending = 0;
    int m_decodes = 0;
    ImageCache *m_cache = nullptr;
    QThreadPool m_pool;
    static std::atomic<int> s_guiThreadDecodes;
};

} // namespace desk
