#include "items/AccountListModel.h"

#include "domain/Identifiers.h"
#include "domain/AccountLabels.h"
#include "store/Database.h"

#include <QMetaObject>
#include <QThread>

#include <algorithm>
#include <limits>
#include <utility>

namespace desk {

// One page the model asks for: everything the loader needs, copied, so the two threads share nothing mutable.
struct AccountPageRequest
{
    quint64 generation = 0;
    int pageIndex = 0;
    AccountSearch search;
    std::optional<AccountKey> after;
    int limit = 0;
};

// What the loader hands back to the GUI thread.
struct AccountPageResult
{
    quint64 generation = 0;
    int pageIndex = 0;
    QVector<AccountSummary> rows;
    QString error; // translated; empty on success
};

} // namespace desk

Q_DECLARE_METATYPE(desk::AccountPageResult)

namespace desk {

namespace {
constexpr quint64 kStopped = std::numeric_limits<quint64>::max();
constexpr int kMinCachedPages = 2; // a screenful may straddle two pages; fewer would make them evict each other
constexpr int kMaxPageSize = 10000;
} // namespace

// Runs the page queries of one model on its own thread and its own database connection, so that the GUI
// thread never waits for the database. Requests of a superseded search are skipped without touching SQL.
class AccountPageLoader : public QObject
{
    Q_OBJECT
public:
    AccountPageLoader(std::shared_ptr<Database> db, std::shared_ptr<std::atomic<quint64>> liveGeneration)
        : m_db(std::move(db)), m_liveGeneration(std::move(liveGeneration))
    {
    }

    void load(const AccountPageRequest &request)
    {
        if (request.generation != m_liveGeneration->load(std::memory_order_acquire))
            return; // superseded while it waited in the queue: the model no longer wants it
        AccountPageResult result;
        result.generation = request.generation;
        result.pageIndex = request.pageIndex;
        AccountRepository repository(*m_db);
        auto rows = repository.search(request.search, request.limit, request.after);
        if (rows) {
            result.rows = std::move(rows).value();
        } else {
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
    void pageLoaded(const desk::AccountPageResult &result);

private:
    std::shared_ptr<Database> m_db;
    std::shared_ptr<std::atomic<quint64>> m_liveGeneration;
};

AccountListModel::AccountListModel(std::shared_ptr<Database> db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_liveGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<AccountPageResult>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("AccountPageLoader"));
    m_loader = new AccountPageLoader(m_db, m_liveGeneration);
    m_loader->moveToThread(m_thread);
    connect(m_loader, &AccountPageLoader::pageLoaded, this, &AccountListModel::onPageLoaded, Qt::QueuedConnection);
    m_thread->start();
}

AccountListModel::~AccountListModel()
{
    // Queued requests are skipped; a query already running finishes, then the loader closes its connection.
    m_liveGeneration->store(kStopped, std::memory_order_release);
    AccountPageLoader *loader = m_loader;
    QThread *owner = thread();
    QMetaObject::invokeMethod(
        loader, [loader, owner] { loader->shutdown(owner); }, Qt::QueuedConnection);
    m_thread->wait();
    delete m_loader;
    delete m_thread;
}

void AccountListModel::setSearch(const AccountSearch &search)
{
    m_search = search;
    restart();
}

void AccountListModel::restart()
{
    beginResetModel();
    ++m_generation;
    m_liveGeneration->store(m_generation, std::memory_order_release);
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

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

const AccountSummary *AccountListModel::cachedRow(int row) const
{
    const int page = row / m_pageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd())
        return nullptr;
    const int offset = row - page * m_pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rowCount ||
        index.column() >= int(Column::Count))
        return {};
    const int page = index.row() / m_pageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        // Evicted from the cache: show a placeholder and have the page loaded again.
        if (role != Qt::DisplayRole && role != LoadingRole && role != AccountIdRole)
            return {};
        wantPage(page);
        if (role == LoadingRole)
            return true;
        if (role == Qt::DisplayRole && index.column() == int(Column::Login))
            return tr("loading…");
        return {};
    }
    touch(page);
    const int offset = index.row() - page * m_pageSize;
    if (offset >= it->size())
        return {}; // the page came back shorter on reload: accounts were deleted meanwhile
    const AccountSummary &row = it->at(offset);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, Column(index.column()));
    case AccountIdRole:
        return row.id;
    case LoadingRole:
        return false;
    default:
        return {};
    }
}

QString AccountListModel::display(const AccountSummary &row, Column column) const
{
    switch (column) {
    case Column::Login:
        return row.login;
    case Column::Kind:
        return AccountLabels::kind(row.kind);
    case Column::Name:
        return row.name;
    case Column::Uscc:
        return ids::maskUscc(row.uscc);
    case Column::IdNumber:
        return row.idNumber.isEmpty() ? QString() : ids::maskIdNumber(row.idNumber);
    case Column::Phone:
        return row.phone.isEmpty() ? QString() : ids::maskPhone(row.phone);
    case Column::RealNameStatus:
        return AccountLabels::realNameStatus(row.realNameStatus);
    case Column::AccountStatus:
        return AccountLabels::accountStatus(row.accountStatus);
    case Column::CreatedAt:
        return row.createdAt.isValid() ? row.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                       : QString();
    case Column::Count:
        break;
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Login:
        return tr("Login");
    case Column::Kind:
        return tr("Type");
    case Column::Name:
        return tr("Name");
    case Column::Uscc:
        return tr("USCC");
    case Column::IdNumber:
        return tr("ID number");
    case Column::Phone:
        return tr("Phone");
    case Column::RealNameStatus:
        return tr("Real-name status");
    case Column::AccountStatus:
        return tr("Account status");
    case Column::CreatedAt:
        return tr("Created");
    case Column::Count:
        break;
    }
    return {};
}

bool AccountListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_generation == 0 || m_atEnd || m_failed)
        return false;
    // Only the page after the last one shown can grow the list; while it loads there is nothing more to ask.
    return !m_pendingPages.contains(int(m_pageAnchors.size()) - 1);
}

void AccountListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(int(m_pageAnchors.size()) - 1);
    syncLoading();
}

void AccountListModel::sort(int column, Qt::SortOrder order)
{
    AccountSort sort = AccountSort::Login;
    switch (Column(column)) {
    case Column::Login:
        sort = AccountSort::Login;
        break;
    case Column::Name:
        sort = AccountSort::Name;
        break;
    case Column::CreatedAt:
        sort = AccountSort::CreatedAt;
        break;
    default:
        return; // only indexed columns can be sorted over millions of rows
    }
    const bool descending = order == Qt::DescendingOrder;
    if (m_search.sort == sort && m_search.descending == descending)
        return;
    m_search.sort = sort;
    m_search.descending = descending;
    if (m_generation != 0)
        restart();
}

bool AccountListModel::isLoading() const
{
    return !m_pendingPages.isEmpty();
}

qint64 AccountListModel::accountIdAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return 0;
    const AccountSummary *summary = cachedRow(row);
    return summary ? summary->id : 0;
}

void AccountListModel::setPageSize(int rows)
{
    rows = std::clamp(rows, 1, kMaxPageSize);
    if (rows == m_pageSize)
        return;
    m_pageSize = rows;
    if (m_generation != 0)
        restart(); // page numbers and anchors depend on the size
}

void AccountListModel::setCachedPageLimit(int pages)
{
    m_cachedPageLimit = std::max(kMinCachedPages, pages);
    evictIfNeeded(-1);
}

int AccountListModel::cachedPageCount() const
{
    return int(m_pages.size());
}

void AccountListModel::requestPage(int pageIndex)
{
    if (m_failed || pageIndex < 0 || pageIndex >= m_pageAnchors.size() || m_pendingPages.contains(pageIndex))
        return;
    m_pendingPages.insert(pageIndex);
    AccountPageRequest request;
    request.generation = m_generation;
    request.pageIndex = pageIndex;
    request.search = m_search;
    request.after = m_pageAnchors.at(pageIndex);
    request.limit = m_pageSize;
    AccountPageLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        loader, [loader, request] { loader->load(request); }, Qt::QueuedConnection);
}

void AccountListModel::onPageLoaded(const AccountPageResult &result)
{
    if (result.generation != m_generation || !m_pendingPages.remove(result.pageIndex))
        return; // a page of a superseded search or sort
    const int page = result.pageIndex;

    if (!result.error.isEmpty()) {
        m_failed = true;
        syncLoading();
        Q_EMIT searchFailed(result.error);
        return;
    }

    const int tailPage = int(m_pageAnchors.size()) - 1;
    if (page == tailPage && !m_atEnd) {
        // The next page of the list: the rows are appended.
        const int count = int(result.rows.size());
        if (count == m_pageSize)
            m_pageAnchors.append(AccountRepository::keyOf(result.rows.constLast(), m_search.sort));
        else
            m_atEnd = true;
        if (count > 0) {
            m_pages.insert(page, result.rows);
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
    QVector<AccountSummary> rows = result.rows;
    if (rows.size() > last - first + 1)
        rows.resize(last - first + 1); // accounts added meanwhile stay out until the next search
    m_pages.insert(page, rows);
    touch(page);
    evictIfNeeded(page);
    syncLoading();
    Q_EMIT dataChanged(index(first, 0), index(last, int(Column::Count) - 1));
}

void AccountListModel::wantPage(int pageIndex) const
{
    if (m_pendingPages.contains(pageIndex) || m_wantedPages.contains(pageIndex))
        return;
    m_wantedPages.insert(pageIndex);
    if (m_flushScheduled)
        return;
    // data() may run while a view paints: the request goes out on the next turn of the event loop.
    m_flushScheduled = true;
    auto *self = const_cast<AccountListModel *>(this);
    QMetaObject::invokeMethod(self, &AccountListModel::flushWantedPages, Qt::QueuedConnection);
}

void AccountListModel::flushWantedPages()
{
    m_flushScheduled = false;
    const QSet<int> wanted = std::exchange(m_wantedPages, {});
    for (const int page : wanted) {
        if (!m_pages.contains(page))
            requestPage(page);
    }
    syncLoading();
}

void AccountListModel::touch(int pageIndex) const
{
    if (!m_lru.isEmpty() && m_lru.constLast() == pageIndex)
        return;
    m_lru.removeOne(pageIndex);
    m_lru.append(pageIndex);
}

void AccountListModel::evictIfNeeded(int keepPage)
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

void AccountListModel::syncLoading()
{
    const bool loading = isLoading();
    if (loading == m_reportedLoading)
        return;
    m_reportedLoading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace desk

#include "AccountListModel.moc"
