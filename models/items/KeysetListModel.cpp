#include "items/KeysetListModel.h"

#include "store/Database.h"

#include <QMetaObject>
#include <QThread>

#include <algorithm>
#include <limits>
#include <utility>

namespace desk {

// One page the model asks for: everything the loader needs, so the two threads share nothing mutable (the fetch
// function is immutable and holds its own copy of the query).
struct KeysetPageRequest
{
    quint64 generation = 0;
    int pageIndex = 0;
    std::shared_ptr<const KeysetListModel::PageFetch> fetch;
    std::optional<std::any> after;
    int limit = 0;
};

// What the loader hands back to the GUI thread.
struct KeysetPageResult
{
    quint64 generation = 0;
    int pageIndex = 0;
    KeysetListModel::Page rows; // null on failure
    bool failed = false;
    QString error; // translated
};

} // namespace desk

Q_DECLARE_METATYPE(desk::KeysetPageResult)

namespace desk {

namespace {
constexpr quint64 kStopped = std::numeric_limits<quint64>::max();
constexpr int kMinCachedPages = 2; // a screenful may straddle two pages; fewer would make them evict each other
constexpr int kMaxPageSize = 10000;
} // namespace

// Runs the page queries of one model on its own thread and its own database connection, so that the GUI
// thread never waits for the database. Requests of a superseded query are skipped without touching SQL.
class KeysetPageLoader : public QObject
{
    Q_OBJECT
public:
    KeysetPageLoader(std::shared_ptr<Database> db, std::shared_ptr<std::atomic<quint64>> liveGeneration)
        : m_db(std::move(db)), m_liveGeneration(std::move(liveGeneration))
    {
    }

    void load(const KeysetPageRequest &request)
    {
        if (request.generation != m_liveGeneration->load(std::memory_order_acquire))
            return; // superseded while it waited in the queue: the model no longer wants it
        KeysetPageResult result;
        result.generation = request.generation;
        result.pageIndex = request.pageIndex;
        auto rows = (*request.fetch)(*m_db, request.after, request.limit);
        if (rows) {
            result.rows = std::move(rows).value();
        } else {
            result.failed = true;
            result.error = rows.error().message;
            // A lost connection is not reused: the next request opens a fresh one.
            if (rows.error().code == Error::Code::ConnectionFailed)
                m_db->closeThreadConnection();
        }
        Q_EMIT pageLoaded(result);
    }

    // Last call on the loader's thread: closes its connection, hands the object back to `owner` for deletion
    // and ends the thread.
    void shutdown(QThread *owner)
    {
        m_db->closeThreadConnection();
        moveToThread(owner);
        QThread::currentThread()->quit();
    }

Q_SIGNALS:
    void pageLoaded(const desk::KeysetPageResult &result);

private:
    std::shared_ptr<Database> m_db;
    std::shared_ptr<std::atomic<quint64>> m_liveGeneration;
};

KeysetListModel::KeysetListModel(std::shared_ptr<Database> db, int columnCount, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_columnCount(columnCount),
      m_liveGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<KeysetPageResult>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("KeysetPageLoader"));
    m_loader = new KeysetPageLoader(m_db, m_liveGeneration);
    m_loader->moveToThread(m_thread);
    connect(m_loader, &KeysetPageLoader::pageLoaded, this, &KeysetListModel::onPageLoaded, Qt::QueuedConnection);
    m_thread->start();
}

KeysetListModel::~KeysetListModel()
{
    // Queued requests are skipped; a query already running finishes, then the loader closes its connection.
    m_liveGeneration->store(kStopped, std::memory_order_release);
    KeysetPageLoader *loader = m_loader;
    QThread *owner = thread();
    QMetaObject::invokeMethod(
        loader, [loader, owner] { loader->shutdown(owner); }, Qt::QueuedConnection);
    m_thread->wait();
    delete m_loader;
    delete m_thread;
}

void KeysetListModel::restart()
{
    // The derived model's query as it is now; every page of this generation is read with it.
    auto fetch = std::make_shared<const PageFetch>(makePageFetch());
    beginResetModel();
    ++m_generation;
    m_liveGeneration->store(m_generation, std::memory_order_release);
    m_fetch = std::move(fetch);
    m_pages.clear();
    m_pendingPages.clear();
    m_lru.clear();
    m_wantedPages.clear();
    m_pageAnchors = {std::nullopt}; // the first page starts at the beginning
    m_rowCount = 0;
    m_atEnd = false;
    m_failed = false;
    endResetModel();
    requestPage(0);
    syncLoading();
}

int KeysetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int KeysetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

const KeysetListModel::PageRows *KeysetListModel::cachedPage(int row, int *offset) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / m_pageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd())
        return nullptr;
    const int inPage = row - page * m_pageSize;
    if (inPage >= it->size)
        return nullptr;
    if (offset)
        *offset = inPage;
    return it->rows.get();
}

QVariant KeysetListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rowCount || index.column() >= m_columnCount)
        return {};
    const int page = index.row() / m_pageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        // Evicted from the cache: show a placeholder and have the page loaded again.
        if (!requestsEvictedRows(role))
            return {};
        wantPage(page);
        return placeholderData(index.column(), role);
    }
    touch(page);
    const int offset = index.row() - page * m_pageSize;
    if (offset >= it->size)
        return {}; // the page came back shorter on reload: rows were deleted meanwhile
    return pageData(*it->rows, offset, index.column(), role);
}

QVariant KeysetListModel::placeholderData(int column, int role) const
{
    Q_UNUSED(column);
    Q_UNUSED(role);
    return {};
}

bool KeysetListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_generation == 0 || m_atEnd || m_failed)
        return false;
    // Only the page after the last one shown can grow the list; while it loads there is nothing more to ask.
    return !m_pendingPages.contains(int(m_pageAnchors.size()) - 1);
}

void KeysetListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(int(m_pageAnchors.size()) - 1);
    syncLoading();
}

bool KeysetListModel::isLoading() const
{
    return !m_pendingPages.isEmpty();
}

void KeysetListModel::setPageSize(int rows)
{
    rows = std::clamp(rows, 1, kMaxPageSize);
    if (rows == m_pageSize)
        return;
    m_pageSize = rows;
    if (m_generation != 0)
        restart();
}

void KeysetListModel::setCachedPageLimit(int pages)
{
    m_cachedPageLimit = std::max(kMinCachedPages, pages);
    evictIfNeeded(-1);
}

int KeysetListModel::cachedPageCount() const
{
    return int(m_pages.size());
}

void KeysetListModel::requestPage(int pageIndex)
{
    if (m_failed || pageIndex < 0 || pageIndex >= m_pageAnchors.size() || m_pendingPages.contains(pageIndex))
        return;
    m_pendingPages.insert(pageIndex);
    KeysetPageRequest request;
    request.generation = m_generation;
    request.pageIndex = pageIndex;
    request.fetch = m_fetch;
    request.after = m_pageAnchors.at(pageIndex);
    request.limit = m_pageSize;
    KeysetPageLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        loader, [loader, request] { loader->load(request); }, Qt::QueuedConnection);
}

void KeysetListModel::onPageLoaded(const KeysetPageResult &result)
{
    if (result.generation != m_generation || !m_pendingPages.remove(result.pageIndex))
        return; // a page of a superseded query
    const int page = result.pageIndex;

    if (result.failed) {
        m_failed = true;
        syncLoading();
        Q_EMIT searchFailed(result.error);
        return;
    }
    const Page &rows = result.rows;
    const int count = rows ? rows->size() : 0;

    const int tailPage = int(m_pageAnchors.size()) - 1;
    if (page == tailPage && !m_atEnd) {
        // The next page of the list: the rows are appended.
        if (count == m_pageSize)
            m_pageAnchors.append(keyAfter(*rows));
        else
            m_atEnd = true;
        if (count > 0) {
            m_pages.insert(page, CachedPage{rows, count});
            touch(page);
            evictIfNeeded(page);
            beginInsertRows({}, m_rowCount, m_rowCount + count - 1);
            m_rowCount += count;
            endInsertRows();
        }
        syncLoading();
        if (page == 0)
            Q_EMIT firstPageLoaded();
        return;
    }

    // An evicted page loaded again from its anchor.
    const int first = page * m_pageSize;
    const int last = std::min(first + m_pageSize, m_rowCount) - 1;
    if (last < first) {
        syncLoading();
        return;
    }
    // Rows added meanwhile stay out until the next restart.
    m_pages.insert(page, CachedPage{rows, std::min(count, last - first + 1)});
    touch(page);
    evictIfNeeded(page);
    syncLoading();
    Q_EMIT dataChanged(index(first, 0), index(last, m_columnCount - 1));
}

void KeysetListModel::wantPage(int pageIndex) const
{
    if (m_pendingPages.contains(pageIndex) || m_wantedPages.contains(pageIndex))
        return;
    m_wantedPages.insert(pageIndex);
    if (m_flushScheduled)
        return;
    // data() may run while a view paints: the request goes out on the next turn of the event loop.
    m_flushScheduled = true;
    auto *self = const_cast<KeysetListModel *>(this);
    QMetaObject::invokeMethod(self, &KeysetListModel::flushWantedPages, Qt::QueuedConnection);
}

void KeysetListModel::flushWantedPages()
{
    m_flushScheduled = false;
    const QSet<int> wanted = std::exchange(m_wantedPages, {});
    for (const int page : wanted) {
        if (!m_pages.contains(page))
            requestPage(page);
    }
    syncLoading();
}

void KeysetListModel::touch(int pageIndex) const
{
    if (!m_lru.isEmpty() && m_lru.constLast() == pageIndex)
        return;
    m_lru.removeOne(pageIndex);
    m_lru.append(pageIndex);
}

void KeysetListModel::evictIfNeeded(int keepPage)
{
    // Evicted rows keep their place in the list and show the placeholder until data() asks for them again.
    // No dataChanged here: the evicted pages are the least recently painted, and a repaint of a visible one
    // would only ask for it back.
    while (m_pages.size() > m_cachedPageLimit) {
        const auto victim = std::find_if(m_lru.cbegin(), m_lru.cend(), [keepPage](int p) { return p != keepPage; });
        if (victim == m_lru.cend())
            break;
        m_pages.remove(*victim);
        m_lru.erase(victim);
    }
}

void KeysetListModel::syncLoading()
{
    const bool loading = isLoading();
    if (loading == m_reportedLoading)
        return;
    m_reportedLoading = loading;
    Q_EMIT loadingChanged(loading);
}

QStringList KeysetListModel::columnTitles() const
{
    QStringList titles;
    for (int c = 0; c < columnCount(); ++c)
        titles << headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return titles;
}

} // namespace desk

#include "KeysetListModel.moc"
