#include "items/AppealListModel.h"

#include "domain/BusinessCalendar.h"
#include "domain/Identifiers.h"
#include "store/Database.h"

#include <QColor>

namespace desk {

namespace {

QString chinaTimeText(const QDateTime &t)
{
    return t.isValid() ? BusinessCalendar::toChinaTime(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

bool slaClockRuns(AppealState state)
{
    return state == AppealState::New || state == AppealState::Claimed;
}

} // namespace

AppealListModel::AppealListModel(std::shared_ptr<Database> db, QObject *parent)
    : TypedKeysetListModel(std::move(db), int(Column::Count), parent),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

AppealListModel::~AppealListModel() = default;

void AppealListModel::setQuery(const AppealFilter &filter, AppealSort sort, bool descending)
{
    m_filter = filter;
    m_sort = sort;
    m_descending = descending;
    restart();
}

void AppealListModel::refresh()
{
    if (hasQuery())
        restart();
}

void AppealListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
    // SLA states and time left follow the new clock; rows and their order stay until the next query.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

AppealListModel::RowFetch AppealListModel::makeRowFetch() const
{
    // One "now" for every page of the query, so that the SLA-state filter does not move between pages.
    return [filter = m_filter, sort = m_sort, descending = m_descending,
            now = m_clock()](Database &db, const std::optional<AppealKey> &after, int limit) {
        return AppealRepository(db).page(filter, sort, descending, after, limit, now);
    };
}

AppealKey AppealListModel::keyOf(const AppealSummary &row) const
{
    return AppealRepository::keyOf(row, m_sort);
}

std::optional<AppealSummary> AppealListModel::summaryAt(int row) const
{
    const AppealSummary *summary = cachedRow(row);
    if (!summary)
        return std::nullopt;
    return *summary;
}

qint64 AppealListModel::appealIdAt(int row) const
{
    const AppealSummary *summary = cachedRow(row);
    return summary ? summary->id : 0;
}

bool AppealListModel::requestsEvictedRows(int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case AppealIdRole:
    case LoadingRole:
    case SlaStateRole:
    case VersionRole:
    case SummaryRole:
        return true;
    default:
        return false;
    }
}

QVariant AppealListModel::placeholderData(int column, int role) const
{
    if (role == LoadingRole)
        return true;
    if (role == Qt::DisplayRole && column == int(Column::Reference))
        return tr("loading…");
    return {};
}

QString AppealListModel::slaStateName(const AppealSummary &row, const QDateTime &now) const
{
    if (slaClockRuns(row.state))
        return BusinessCalendar::slaStateName(BusinessCalendar::slaState(row.dueAt, now));
    if (row.state == AppealState::WaitingForUser)
        return BusinessCalendar::slaStateName(BusinessCalendar::SlaState::Paused);
    return {}; // decided or withdrawn: no SLA any more
}

QVariant AppealListModel::rowData(const AppealSummary &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(row, Column(column), m_clock());
    case Qt::ToolTipRole:
        if (Column(column) == Column::TimeLeft && row.state == AppealState::WaitingForUser && row.slaRemainingSeconds)
            return tr("%1 of business time left when the clock was paused")
                .arg(BusinessCalendar::durationLabel(*row.slaRemainingSeconds));
        return {};
    case Qt::ForegroundRole: {
        const QString sla = slaStateName(row, m_clock());
        if (sla == QLatin1String("overdue"))
            return QColor(0x9c, 0x1c, 0x1c);
        if (sla == QLatin1String("paused"))
            return QColor(0x80, 0x80, 0x80);
        return {};
    }
    case Qt::BackgroundRole: {
        const QString sla = slaStateName(row, m_clock());
        if (sla == QLatin1String("overdue"))
            return QColor(0xfd, 0xe2, 0xe2);
        if (sla == QLatin1String("due_today"))
            return QColor(0xff, 0xf0, 0xc8);
        return {};
    }
    case AppealIdRole:
        return row.id;
    case LoadingRole:
        return false;
    case SlaStateRole:
        return slaStateName(row, m_clock());
    case VersionRole:
        return row.version;
    case SummaryRole:
        return QVariant::fromValue(row);
    default:
        return {};
    }
}

QString AppealListModel::display(const AppealSummary &row, Column column, const QDateTime &now) const
{
    switch (column) {
    case Column::Reference:
        return row.externalRef.isEmpty() ? QString(QLatin1Char('#') + QString::number(row.id)) : row.externalRef;
    case Column::Type:
        return AppealTexts::typeLabel(row.type);
    case Column::State:
        return AppealTexts::stateLabel(row.state);
    case Column::Applicant:
        return row.applicantName;
    case Column::Organization:
        return row.organizationName;
    case Column::Identifier:
        if (AppealTexts::isOrganizationType(row.type) && !row.uscc.isEmpty())
            return ids::maskUscc(row.uscc); // public register data: shown as it is
        return row.idNumber.isEmpty() ? QString() : ids::maskIdNumber(row.idNumber);
    case Column::Phone:
        return row.phone.isEmpty() ? QString() : ids::maskPhone(row.phone);
    case Column::Submitted:
        return chinaTimeText(row.submittedAt);
    case Column::Due:
        return chinaTimeText(row.dueAt);
    case Column::TimeLeft:
        if (row.state == AppealState::WaitingForUser)
            return tr("paused (waiting for the user)");
        if (slaClockRuns(row.state))
            return BusinessCalendar::timeLeftLabel(row.dueAt, now);
        return {};
    case Column::Assignee:
        return row.claimedBy;
    case Column::Documents:
        return row.documentsComplete ? tr("complete") : tr("needs documents");
    case Column::Count:
        break;
    }
    return {};
}

QVariant AppealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Reference:
        return tr("Reference");
    case Column::Type:
        return tr("Type");
    case Column::State:
        return tr("State");
    case Column::Applicant:
        return tr("Applicant");
    case Column::Organization:
        return tr("Organization");
    case Column::Identifier:
        return tr("ID number / USCC");
    case Column::Phone:
        return tr("Phone");
    case Column::Submitted:
        return tr("Submitted");
    case Column::Due:
        return tr("Due");
    case Column::TimeLeft:
        return tr("Time left");
    case Column::Assignee:
        return tr("Assignee");
    case Column::Documents:
        return tr("Documents");
    case Column::Count:
        break;
    }
    return {};
}

void AppealListModel::sort(int column, Qt::SortOrder order)
{
    AppealSort sort = AppealSort::DueAt;
    switch (Column(column)) {
    case Column::Submitted:
        sort = AppealSort::SubmittedAt;
        break;
    case Column::Due:
    case Column::TimeLeft:
        sort = AppealSort::DueAt;
        break;
    case Column::Reference:
        sort = AppealSort::Id;
        break;
    default:
        return; // only indexed columns can be sorted over the whole queue
    }
    const bool descending = order == Qt::DescendingOrder;
    if (m_sort == sort && m_descending == descending)
        return;
    m_sort = sort;
    m_descending = descending;
    if (hasQuery())
        restart();
}

} // namespace desk
