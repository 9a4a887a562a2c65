#include "widgets/ImagePrefetcher.h"

#include "cache/ImageCache.h"
#include "domain/DocumentCheck.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace desk {

std::atomic<int> ImagePrefetcher::s_guiThreadDecodes{0};

namespace {

// Decoding yields to the GUI thread: a decoder competing for the CPU on equal terms stalls the event loop on a
// two-core workstation. Linux ignores thread priorities under its normal scheduler, so there the thread's own
// nice value is raised instead.
// Nice 5: the GUI thread (nice 0) weighs three times as much with the scheduler, while decoding still runs well ahead
// of background work such as builds or indexers (usually nice 10 and more).
constexpr int kDecoderNice = 5;

void yieldToTheGuiThread()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    QThread::currentThread()->setPriority(QThread::LowPriority);
#ifdef Q_OS_LINUX
    const auto tid = id_t(syscall(SYS_gettid));
    const int current = getpriority(PRIO_PROCESS, tid);
    if (current < kDecoderNice)
        setpriority(PRIO_PROCESS, tid, kDecoderNice);
#endif
}

} // namespace

ImagePrefetcher::ImagePrefetcher(QObject *parent) : QObject(parent)
{
    // Two pictures of a pair decode side by side; more decoders would only take turns with the GUI thread.
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 1, 2));
}

ImagePrefetcher::~ImagePrefetcher()
{
    // Queued decodes are not started; a running one touches nothing of ours and its result is dropped.
    m_pool.clear();
    m_pool.waitForDone();
}

void ImagePrefetcher::releaseLater(QImage image)
{
    if (image.isNull())
        return;
    // The global pool: a prefetcher may be gone by the time this runs.
    (void)QtConcurrent::run([image = std::move(image)]() mutable { image = QImage(); });
}

int ImagePrefetcher::decodesOnGuiThread()
{
    return s_guiThreadDecodes.load();
}

ImagePrefetcher::Outcome ImagePrefetcher::decode(const Source &source, quint64 ticket, ImageCache *cache)
{
    if (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread())
        ++s_guiThreadDecodes;
    else
        yieldToTheGuiThread();
    Outcome outcome;
    outcome.id = source.id;
    outcome.ticket = ticket;
    QByteArray bytes = source.content;
    if (bytes.isEmpty() && source.loader) {
        Result<QByteArray> cached = cache ? cache->get(source.id) : Result<QByteArray>(Error());
        if (cached.ok()) {
            bytes = std::move(cached).value();
        } else {
            Result<QByteArray> loaded = source.loader();
            if (!loaded.ok()) {
                outcome.error = loaded.error().message;
                return outcome;
            }
            bytes = std::move(loaded).value();
            if (cache) {
                const Status kept = cache->put(source.id, bytes);
                if (!kept.ok())
                    qWarning("IdentityDesk: %s", qPrintable(kept.error().message));
            }
        }
    }
    Result<QImage> image = DocumentCheck::decodeImage(bytes, source.fileName);
    if (!image.ok()) {
        outcome.error = image.error().message;
        return outcome;
    }
    outcome.image = std::move(image).value();
    // Converted here, so painting on the GUI thread needs no conversion.
    outcome.image.convertTo(outcome.image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                            : QImage::Format_RGB32);
    return outcome;
}

void ImagePrefetcher::request(const Source &source)
{
    if (source.id.isEmpty() || m_entries.contains(source.id)) {
        if (m_entries.contains(source.id))
            m_entries[source.id].lastUse = ++m_clock;
        return;
    }
    Entry &entry = m_entries[source.id];
    entry.ticket = ++m_nextTicket;
    entry.lastUse = ++m_clock;
    const quint64 ticket = entry.ticket;
    ++m_pending;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        --m_pending;
        ++m_decodes;
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        done(outcome);
    });
    watcher->setFuture(
        QtConcurrent::run(&m_pool, [source, ticket, cache = m_cache] { return decode(source, ticket, cache); }));
}

void ImagePrefetcher::prefetch(const QVector<Source> &sources)
{
    for (const Source &source : sources)
        request(source);
}

void ImagePrefetcher::done(const Outcome &outcome)
{
    auto it = m_entries.find(outcome.id);
    if (it == m_entries.end() || it->ticket != outcome.ticket)
        return; // forgotten or asked again since
    it->ready = true;
    it->image = outcome.image;
    it->error = outcome.error;
    evict();
    Q_EMIT finished(outcome.id);
}

void ImagePrefetcher::evict()
{
    int ready = 0;
    for (const Entry &e : std::as_const(m_entries))
        ready += e.ready ? 1 : 0;
    while (ready > m_capacity) {
        auto oldest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->ready && (oldest == m_entries.end() || it->lastUse < oldest->lastUse))
                oldest = it;
        }
        if (oldest == m_entries.end())
            break;
        releaseLater(std::move(oldest->image));
        m_entries.erase(oldest);
        --ready;
    }
}

bool ImagePrefetcher::isReady(const QString &id) const
{
    auto it = m_entries.constFind(id);
    return it != m_entries.constEnd() && it->ready;
}

bool ImagePrefetcher::isPending(const QString &id) const
{
    auto it = m_entries.constFind(id);
    return it != m_entries.constEnd() && !it->ready;
}

QImage ImagePrefetcher::image(const QString &id) const
{
    auto it = m_entries.constFind(id);
    return it != m_entries.constEnd() && it->ready ? it->image : QImage();
}

QString ImagePrefetcher::error(const QString &id) const
{
    auto it = m_entries.constFind(id);
    return it != m_entries.constEnd() && it->ready ? it->error : QString();
}

void ImagePrefetcher::retainOnly(const QStringList &ids)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (ids.contains(it.key())) {
            ++it;
        } else {
            releaseLater(std::move(it->image));
            it = m_entries.erase(it);
        }
    }
}

void ImagePrefetcher::clear()
{
    for (Entry &e : m_entries)
        releaseLater(std::move(e.image));
    m_entries.clear();
}

void ImagePrefetcher::setCapacity(int pictures)
{
    m_capacity = std::max(1, pictures);
    evict();
}

} // namespace desk
