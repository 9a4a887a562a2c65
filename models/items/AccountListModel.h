#pragma once

#include "store/AccountRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace desk {

class Database;
class AccountPageLoader;
struct AccountPageResult;

// The look-up result list over tables of millions of accounts, in the DB4S manner: rows arrive in pages
// from a background loader (keyset paging, ORDER BY and WHERE in SQL), a bounded row cache keeps memory
// flat however far the user scrolls, and a generation counter drops pages of a superseded search.
// Personal data is masked in DisplayRole; nothing is ever revealed here.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Login, Kind, Name, Uscc, IdNumber, Phone, RealNameStatus, AccountStatus, CreatedAt, Count };
    enum Role { AccountIdRole = Qt::UserRole + 1, LoadingRole };

    explicit AccountListModel(std::shared_ptr<Database> db, QObject *parent = nullptr);
    ~AccountListModel() override;

    // Starts a new search; rows already shown are dropped and the first page loads in the background.
    void setSearch(const AccountSearch &search);
    const AccountSearch &search() const { return m_search; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    bool isLoading() const;
    bool atEnd() const { return m_atEnd; }
    qint64 accountIdAt(int row) const;
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    void setCachedPageLimit(int pages); // how many pages of rows stay in memory
    int cachedPageCount() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void searchFailed(const QString &message);
    void firstPageLoaded();

private:
    void restart();
    void requestPage(int pageIndex);
    void onPageLoaded(const AccountPageResult &result);
    void wantPage(int pageIndex) const;
    void flushWantedPages();
    void touch(int pageIndex) const;
    void evictIfNeeded(int keepPage);
    void syncLoading();
    const AccountSummary *cachedRow(int row) const;
    QString display(const AccountSummary &row, Column column) const;

    std::shared_ptr<Database> m_db;
    AccountSearch m_search;
    quint64 m_generation = 0;                               // 0: no search yet
    std::shared_ptr<std::atomic<quint64>> m_liveGeneration; // read by the loader to skip superseded requests
    int m_pageSize = 200;
    int m_cachedPageLimit = 20;
    int m_rowCount = 0;
    bool m_atEnd = true;
    bool m_failed = false; // the last load failed: no more requests until the next search
    bool m_reportedLoading = false;
    QVector<std::optional<AccountKey>> m_pageAnchors; // keyset anchor of every page seen (the key before it)
    QHash<int, QVector<AccountSummary>> m_pages;      // cached pages
    QSet<int> m_pendingPages;                         // pages being loaded for the current generation
    mutable QVector<int> m_lru;                       // cached pages, least recently used first
    mutable QSet<int> m_wantedPages;                  // evicted pages data() asked for, requested on the next turn
    mutable bool m_flushScheduled = false;
    QThread *m_thread = nullptr;           // owned; stopped and deleted by the destructor
    AccountPageLoader *m_loader = nullptr; // owned; lives in m_thread until the destructor
};

} // namespace desk
