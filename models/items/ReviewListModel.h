#pragma once

#include "items/KeysetListModel.h"
#include "store/ReviewRepository.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

namespace desk {

// The manual real-name review queue: a lazy, paged list over ReviewRepository::page() (filter, order and keyset
// paging in SQL; loader thread and page cache in KeysetListModel), most urgent first. A request whose number is
// already bound to another account, or whose image is in another case, is flagged (FlagRole, a warning colour and
// the Flags column).
class ReviewListModel : public TypedKeysetListModel<ReviewRecord, ReviewKey>
{
    Q_OBJECT
public:
    enum class Column { Reference, Type, Account, State, Submitted, Due, Assignee, Flags, Count };
    enum Role {
        ReviewIdRole = Qt::UserRole + 1, // qint64
        LoadingRole,                     // bool
        FlagRole,                        // bool: already bound elsewhere or image reused
        BoundHolderRole,                 // QString: the login holding the binding
        OverdueRole,                     // bool: still open after its due time
    };

    explicit ReviewListModel(std::shared_ptr<Database> db, QObject *parent = nullptr);
    ~ReviewListModel() override;

    void setQuery(const ReviewListFilter &filter);
    const ReviewListFilter &filter() const { return m_filter; }
    void refresh();
    void setClock(std::function<QDateTime()> clock);

    std::optional<ReviewRecord> recordAt(int row) const;
    qint64 reviewIdAt(int row) const;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    RowFetch makeRowFetch() const override;
    ReviewKey keyOf(const ReviewRecord &row) const override;
    QVariant rowData(const ReviewRecord &row, int column, int role) const override;
    QVariant placeholderData(int column, int role) const override;
    bool requestsEvictedRows(int role) const override;

private:
    ReviewListFilter m_filter;
    std::function<QDateTime()> m_clock;
};

} // namespace desk
