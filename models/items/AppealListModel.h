#pragma once

#include "items/KeysetListModel.h"
#include "store/AppealRepository.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

namespace desk {

class Database;

// The recovery-appeal queue: a lazy, paged list over AppealRepository::page() (filter, order and keyset paging in
// SQL; loader thread, page cache and superseded queries in KeysetListModel). Personal data is masked in
// DisplayRole (ID numbers, phone numbers); USCCs are public register data and shown as they are.
class AppealListModel : public TypedKeysetListModel<AppealSummary, AppealKey>
{
    Q_OBJECT
public:
    enum class Column {
        Reference, // the public platform's reference, or "#<id>" for appeals filed by the help desk
        Type,
        State,
        Applicant,
        Organization,
        Identifier, // ID number masked, or USCC
        Phone,      // masked
        Submitted,  // China time
        Due,        // China time
        TimeLeft,
        Assignee,
        Documents,
        Count
    };
    enum Role {
        AppealIdRole = Qt::UserRole + 1, // qint64
        LoadingRole,                     // bool: true while the row's page is being loaded again
        SlaStateRole,                    // "on_time" | "due_today" | "overdue" | "paused" | "" (decided)
        VersionRole,                     // int, for decisions that name the version they saw
        SummaryRole                      // QVariant::fromValue(AppealSummary), raw (unmasked) data
    };

    explicit AppealListModel(std::shared_ptr<Database> db, QObject *parent = nullptr);
    ~AppealListModel() override;

    // Starts a new query; rows already shown are dropped and the first page loads in the background.
    void setQuery(const AppealFilter &filter, AppealSort sort = AppealSort::DueAt, bool descending = false);
    const AppealFilter &filter() const { return m_filter; }
    AppealSort sortOrder() const { return m_sort; }
    bool descending() const { return m_descending; }
    // The same query again (e.g. after a claim or a decision); nothing before the first setQuery().
    void refresh();
    // "now" for the SLA states and the time left, read on the GUI thread (default: the system clock, UTC). A
    // query's SLA-state filter uses the time of setQuery() / refresh() for all its pages.
    void setClock(std::function<QDateTime()> clock);

    // The row if its page is in memory, else empty / 0 (no page is loaded for it).
    std::optional<AppealSummary> summaryAt(int row) const;
    qint64 appealIdAt(int row) const;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Submitted -> AppealSort::SubmittedAt, Due and TimeLeft -> AppealSort::DueAt, Reference -> AppealSort::Id;
    // other columns are not sortable and ignored.
    void sort(int column, Qt::SortOrder order) override;

    // Inherited: rowCount, columnCount, data, canFetchMore, fetchMore, isLoading, atEnd, pageSize, setPageSize,
    // setCachedPageLimit, cachedPageCount; signals loadingChanged, searchFailed, firstPageLoaded.

protected:
    RowFetch makeRowFetch() const override;
    AppealKey keyOf(const AppealSummary &row) const override;
    QVariant rowData(const AppealSummary &row, int column, int role) const override;
    QVariant placeholderData(int column, int role) const override;
    bool requestsEvictedRows(int role) const override;

private:
    QString display(const AppealSummary &row, Column column, const QDateTime &now) const;
    QString slaStateName(const AppealSummary &row, const QDateTime &now) const;

    AppealFilter m_filter;
    AppealSort m_sort = AppealSort::DueAt;
    bool m_descending = false;
    std::function<QDateTime()> m_clock;
};

} // namespace desk
