#include "items/AccountListModel.h"

#include "domain/AccountLabels.h"
#include "domain/Identifiers.h"
#include "store/Database.h"

namespace desk {

AccountListModel::AccountListModel(std::shared_ptr<Database> db, QObject *parent)
    : TypedKeysetListModel(std::move(db), int(Column::Count), parent)
{
}

AccountListModel::~AccountListModel() = default;

void AccountListModel::setSearch(const AccountSearch &search)
{
    m_search = search;
    restart();
}

AccountListModel::RowFetch AccountListModel::makeRowFetch() const
{
    return [search = m_search](Database &db, const std::optional<AccountKey> &after, int limit) {
        return AccountRepository(db).search(search, limit, after);
    };
}

AccountKey AccountListModel::keyOf(const AccountSummary &row) const
{
    return AccountRepository::keyOf(row, m_search.sort);
}

bool AccountListModel::requestsEvictedRows(int role) const
{
    return role == Qt::DisplayRole || role == LoadingRole || role == AccountIdRole;
}

QVariant AccountListModel::placeholderData(int column, int role) const
{
    if (role == LoadingRole)
        return true;
    if (role == Qt::DisplayRole && column == int(Column::Login))
        return tr("loading…");
    return {};
}

QVariant AccountListModel::rowData(const AccountSummary &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(row, Column(column));
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
    if (hasQuery())
        restart();
}

qint64 AccountListModel::accountIdAt(int row) const
{
    const AccountSummary *summary = cachedRow(row);
    return summary ? summary->id : 0;
}

} // namespace desk
