#pragma once

#include "items/KeysetListModel.h"
#include "store/AccountRepository.h"

#include <memory>

namespace desk {

class Database;

// The look-up result list over tables of millions of accounts, in the DB4S manner: rows arrive in pages
// from a background loader (keyset paging, ORDER BY and WHERE in SQL), a bounded row cache keeps memory
// flat however far the user scrolls, and a generation counter drops pages of a superseded search (all of it
// in KeysetListModel). Personal data is masked in DisplayRole; nothing is ever revealed here.
class AccountListModel : public TypedKeysetListModel<AccountSummary, AccountKey>
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

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    qint64 accountIdAt(int row) const;

    // Inherited: rowCount, columnCount, data, canFetchMore, fetchMore, isLoading, atEnd, pageSize, setPageSize,
    // setCachedPageLimit, cachedPageCount; signals loadingChanged, searchFailed, firstPageLoaded.

protected:
    RowFetch makeRowFetch() const override;
    AccountKey keyOf(const AccountSummary &row) const override;
    QVariant rowData(const AccountSummary &row, int column, int role) const override;
    QVariant placeholderData(int column, int role) const override;
    bool requestsEvictedRows(int role) const override;

private:
    QString display(const AccountSummary &row, Column column) const;

    AccountSearch m_search;
};

} // namespace desk
