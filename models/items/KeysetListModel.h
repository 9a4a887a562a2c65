#pragma once

#include "core/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <any>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace desk {

class Database;
class KeysetPageLoader;
struct KeysetPageRequest;
struct KeysetPageResult;

// Reads every row of a list's query for an export: each call returns up to `limit` rows after the last row it
// returned (the first call starts at the top), each row the list's cells as shown (masked as on screen); an
// empty batch is the end. Runs on the calling thread's connection, so an export thread streams the whole result
// however long it is, a page at a time.
using ListRowPager = std::function<Result<QVector<QVector<QVariant>>>(Database &db, int limit)>;

// The machinery of a lazy list over a table of millions of rows, in the DB4S manner: rows arrive in pages from a
// background loader with its own database connection (keyset paging, ORDER BY and WHERE in SQL), a bounded LRU
// cache of pages keeps memory flat however far the user scrolls, and a generation counter drops pages of a
// superseded query.
//
// A derived model owns its query and calls restart() whenever it changes. Rows are type-erased per page; most
// models derive from TypedKeysetListModel<Row, Key> below, which hides the erasure. The hooks:
//   makePageFetch()  called on the GUI thread by restart(); returns a function object that holds a copy of the
//                    query and runs on the loader thread for every page of that query (also for evicted pages
//                    loaded again), so the two threads share nothing mutable.
//   keyAfter()       the keyset anchor of the page after `page` (the key of its last row); called on the GUI
//                    thread while the query is the one the page was fetched for.
//   pageData()       what data() returns for a cached row.
//   placeholderData() / requestsEvictedRows()  what data() returns for a row whose page was evicted, and which
//                    roles ask for that page to be loaded again.
class KeysetListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    ~KeysetListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoading() const;
    bool atEnd() const { return m_atEnd; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);         // restarts the current query: page numbers and anchors depend on the size
    void setCachedPageLimit(int pages); // how many pages of rows stay in memory (at least 2)
    int cachedPageCount() const;

    // The current query for an export: every row, not only the loaded ones, in the list's order, with the
    // columns and texts the list shows (DisplayRole). The pager holds a copy of the query and uses the model only
    // for the cell texts, so the model must outlive it (the export dialog is modal over the page).
    virtual ListRowPager exportPager() const = 0;
    // The column titles as the header shows them.
    QStringList columnTitles() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void searchFailed(const QString &message);
    void firstPageLoaded();

protected:
    // The rows of one page; derived classes subclass it (see TypedPage).
    struct PageRows
    {
        virtual ~PageRows() = default;
        virtual int size() const = 0;
    };
    template<typename Row>
    struct TypedPage final : PageRows
    {
        explicit TypedPage(QVector<Row> r) : rows(std::move(r)) {}
        int size() const override { return int(rows.size()); }
        QVector<Row> rows;
    };
    using Page = std::shared_ptr<const PageRows>;
    using Key = std::any; // the derived model's keyset position, e.g. an AccountKey
    // Runs on the loader thread: up to `limit` rows after `after` (from the start when empty).
    using PageFetch = std::function<Result<Page>(Database &db, const std::optional<Key> &after, int limit)>;

    KeysetListModel(std::shared_ptr<Database> db, int columnCount, QObject *parent);

    // Drops every row and loads the first page of the query makePageFetch() captures now.
    void restart();
    bool hasQuery() const { return m_generation != 0; } // restart() has run at least once
    const std::shared_ptr<Database> &database() const { return m_db; }

    virtual PageFetch makePageFetch() const = 0;
    virtual Key keyAfter(const PageRows &page) const = 0; // `page` is never empty
    virtual QVariant pageData(const PageRows &page, int offset, int column, int role) const = 0;
    virtual QVariant placeholderData(int column, int role) const;
    virtual bool requestsEvictedRows(int role) const { return role == Qt::DisplayRole; }

    // The cached page holding `row` and the row's offset in it; null when the page is not in memory (or the row
    // is past its end). Does not count as a use for the LRU order.
    const PageRows *cachedPage(int row, int *offset) const;

private:
    friend struct KeysetPageRequest;
    friend struct KeysetPageResult;
    friend class KeysetPageLoader;

    struct CachedPage
    {
        Page rows;
        int size = 0; // rows shown of `rows`: a page loaded again may have grown meanwhile
    };

    void requestPage(int pageIndex);
    void onPageLoaded(const KeysetPageResult &result);
    void wantPage(int pageIndex) const;
    void flushWantedPages();
    void touch(int pageIndex) const;
    void evictIfNeeded(int keepPage);
    void syncLoading();

    std::shared_ptr<Database> m_db;
    int m_columnCount = 0;
    std::shared_ptr<const PageFetch> m_fetch;               // the current query's, shared with queued requests
    quint64 m_generation = 0;                               // 0: no query yet
    std::shared_ptr<std::atomic<quint64>> m_liveGeneration; // read by the loader to skip superseded requests
    int m_pageSize = 200;
    int m_cachedPageLimit = 20;
    int m_rowCount = 0;
    bool m_atEnd = true;
    bool m_failed = false; // the last load failed: no more requests until the next restart
    bool m_reportedLoading = false;
    QVector<std::optional<Key>> m_pageAnchors; // keyset anchor of every page seen (the key before it)
    QHash<int, CachedPage> m_pages;            // cached pages
    QSet<int> m_pendingPages;                  // pages being loaded for the current generation
    mutable QVector<int> m_lru;                // cached pages, least recently used first
    mutable QSet<int> m_wantedPages;           // evicted pages data() asked for, requested on the next turn
    mutable bool m_flushScheduled = false;
    QThread *m_thread = nullptr;          // owned; stopped and deleted by the destructor
    KeysetPageLoader *m_loader = nullptr; // owned; lives in m_thread until the destructor
};

// KeysetListModel over pages of QVector<Row>, anchored by a Key (e.g. AccountSummary and AccountKey).
template<typename Row, typename KeyType>
class TypedKeysetListModel : public KeysetListModel
{
protected:
    // Runs on the loader thread; must hold a copy of the query (it is created on the GUI thread).
    using RowFetch = std::function<Result<QVector<Row>>(Database &db, const std::optional<KeyType> &after, int limit)>;

    TypedKeysetListModel(std::shared_ptr<Database> db, int columnCount, QObject *parent)
        : KeysetListModel(std::move(db), columnCount, parent)
    {
    }

    virtual RowFetch makeRowFetch() const = 0;
    virtual KeyType keyOf(const Row &row) const = 0; // GUI thread, for the current query; also the export thread
    virtual QVariant rowData(const Row &row, int column, int role) const = 0;
    // A cell as an export writes it: what the list shows. Called on the export thread, so it reads only the row
    // and state that does not change while the export runs.
    virtual QVariant exportCell(const Row &row, int column) const { return rowData(row, column, Qt::DisplayRole); }

public:
    ListRowPager exportPager() const final
    {
        auto after = std::make_shared<std::optional<KeyType>>();
        const int columns = columnCount();
        return [this, fetch = makeRowFetch(), after, columns](Database &db, int limit)
                   -> Result<QVector<QVector<QVariant>>> {
            auto rows = fetch(db, *after, limit);
            if (!rows)
                return rows.error();
            QVector<QVector<QVariant>> out;
            out.reserve(rows->size());
            for (const Row &row : std::as_const(*rows)) {
                QVector<QVariant> cells(columns);
                for (int c = 0; c < columns; ++c)
                    cells[c] = exportCell(row, c);
                out.append(std::move(cells));
            }
            if (!rows->isEmpty())
                *after = keyOf(rows->constLast());
            return out;
        };
    }

protected:

    // The row if its page is in memory (no LRU use), else null.
    const Row *cachedRow(int row) const
    {
        int offset = 0;
        const PageRows *page = cachedPage(row, &offset);
        return page ? &rowsOf(*page).at(offset) : nullptr;
    }

private:
    static const QVector<Row> &rowsOf(const PageRows &page) { return static_cast<const TypedPage<Row> &>(page).rows; }

    PageFetch makePageFetch() const final
    {
        return [fetch = makeRowFetch()](Database &db, const std::optional<Key> &after, int limit) -> Result<Page> {
            std::optional<KeyType> key;
            if (after)
                key = std::any_cast<const KeyType &>(*after);
            auto rows = fetch(db, key, limit);
            if (!rows)
                return rows.error();
            return Page(std::make_shared<const TypedPage<Row>>(std::move(rows).value()));
        };
    }
    Key keyAfter(const PageRows &page) const final { return Key(keyOf(rowsOf(page).constLast())); }
    QVariant pageData(const PageRows &page, int offset, int column, int role) const final
    {
        return rowData(rowsOf(page).at(offset), column, role);
    }
};

} // namespace desk
