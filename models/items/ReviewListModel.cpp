#include "items/ReviewListModel.h"

#include "domain/BusinessCalendar.h"
#include "domain/RealNameChecks.h"
#include "store/Database.h"

#include <QColor>

namespace desk {

namespace {

QString chinaTimeText(const QDateTime &t)
{
    return t.isValid() ? BusinessCalendar::toChinaTime(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("new"))
        return ReviewListModel::tr("Waiting");
    if (state == QLatin1String("claimed"))
        return ReviewListModel::tr("In review");
    if (state == QLatin1String("approved"))
        return ReviewListModel::tr("Approved");
    if (state == QLatin1String("rejected"))
        return ReviewListModel::tr("Rejected");
    if (state == QLatin1String("withdrawn"))
        return ReviewListModel::tr("Withdrawn");
    return state;
}

bool isOpen(const ReviewRecord &r)
{
    return r.state == QLatin1String("new") || r.state == QLatin1String("claimed");
}

} // namespace

ReviewListModel::ReviewListModel(std::shared_ptr<Database> db, QObject *parent)
    : TypedKeysetListModel(std::move(db), int(Column::Count), parent),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

ReviewListModel::~ReviewListModel() = default;

void ReviewListModel::setQuery(const ReviewListFilter &filter)
{
    m_filter = filter;
    restart();
}

void ReviewListModel::refresh()
{
    if (hasQuery())
        restart();
}

void ReviewListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

ReviewListModel::RowFetch ReviewListModel::makeRowFetch() const
{
    return [filter = m_filter](Database &db, const std::optional<ReviewKey> &after, int limit) {
        return ReviewRepository(db).page(filter, after, limit);
    };
}

ReviewKey ReviewListModel::keyOf(const ReviewRecord &row) const
{
    return ReviewKey{row.dueAt, row.id};
}

std::optional<ReviewRecord> ReviewListModel::recordAt(int row) const
{
    const ReviewRecord *r = cachedRow(row);
    if (!r)
        return std::nullopt;
    return *r;
}

qint64 ReviewListModel::reviewIdAt(int row) const
{
    const ReviewRecord *r = cachedRow(row);
    return r ? r->id : 0;
}

QVariant ReviewListModel::rowData(const ReviewRecord &row, int column, int role) const
{
    const bool flagged = !row.boundHolder.isEmpty() || row.imageReused;
    switch (role) {
    case ReviewIdRole: return row.id;
    case LoadingRole: return false;
    case FlagRole: return flagged;
    case BoundHolderRole: return row.boundHolder;
    case OverdueRole: return isOpen(row) && row.dueAt.isValid() && row.dueAt < m_clock();
    case Qt::ForegroundRole:
        if (flagged)
            return QColor(0xb0, 0x30, 0x20);
        return {};
    case Qt::ToolTipRole:
        if (!row.boundHolder.isEmpty())
            return tr("This number is already bound to the account %1.").arg(row.boundHolder);
        if (row.imageReused)
            return tr("An image of this request was submitted in another case for a different number.");
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (Column(column)) {
    case Column::Reference: return row.ref;
    case Column::Type: {
        RealNameReviewType t;
        return RealNameChecks::typeFromName(row.type, &t) ? RealNameChecks::typeLabel(t) : row.type;
    }
    case Column::Account: return row.accountLogin;
    case Column::State: return stateLabel(row.state);
    case Column::Submitted: return chinaTimeText(row.submittedAt);
    case Column::Due: return chinaTimeText(row.dueAt);
    case Column::Assignee: return row.claimedBy;
    case Column::Flags: {
        QStringList flags;
        if (!row.boundHolder.isEmpty())
            flags << tr("bound to %1").arg(row.boundHolder);
        if (row.imageReused)
            flags << tr("image reused");
        return flags.join(QStringLiteral(", "));
    }
    case Column::Count: break;
    }
    return {};
}

QVariant ReviewListModel::placeholderData(int column, int role) const
{
    if (role == LoadingRole)
        return true;
    if (role == Qt::DisplayRole && column == int(Column::Reference))
        return tr("loading…");
    return {};
}

bool ReviewListModel::requestsEvictedRows(int role) const
{
    return role == Qt::DisplayRole || role == ReviewIdRole;
}

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Reference: return tr("Reference");
    case Column::Type: return tr("Type");
    case Column::Account: return tr("Account");
    case Column::State: return tr("State");
    case Column::Submitted: return tr("Submitted");
    case Column::Due: return tr("Due");
    case Column::Assignee: return tr("Reviewer");
    case Column::Flags: return tr("Flags");
    case Column::Count: break;
    }
    return {};
}

} // namespace desk
