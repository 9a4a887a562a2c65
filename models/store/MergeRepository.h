#pragma once

#include "core/Result.h"
#include "store/AccountRepository.h" // DelegationRow

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace desk {

class Database;

// An account as the merge screens show it (no personal values).
// An account pending activation (待激活), with the organization that delegates to it, if any.
struct PendingAccountRow
{
    qint64 id = 0;
    QString login;
    QString name;
    QString kind;
    QDateTime createdAt;
    QString organizationLogin; // empty: no organization delegates to it
    QString organizationName;
};

struct MergeAccount
{
    qint64 id = 0;
    QString login;
    QString kind; // person, organization
    QString name;
    QString realNameStatus;
    QString accountStatus;
    bool bound() const;
};

// One entry of the duplicate finder: why, and the accounts involved. For same_id_number the account holding the
// real-name binding comes first; for o4_person the person accounts, then the organization; for former_name the old
// account(s), then the renamed one.
struct MergeCandidate
{
    QString reason; // same_id_number, o4_person, same_uscc, former_name
    QString key;    // the group's keyset key (an ID number's digest on PostgreSQL); not shown
    QVector<MergeAccount> accounts;
};

// The duplicate finder's keyset position: the reason (in reasons() order) and the last key shown.
struct CandidateKey
{
    QString reason;
    QString key;
};

// What executing a request would change, counted, and the conflicts with the rule applied to each.
struct MergePreview
{
    int delegations = 0;
    int projects = 0;
    int legacyLinks = 0;
    int openCases = 0; // open appeals and real-name reviews
    int events = 0;    // call history and other account events
    QJsonArray conflicts; // [{"kind", "rule", "rows": [ids]}]
    QJsonObject toJson() const;
};

// A ledger operation: a merge, rename recovery, transfer or undo, from request to execution.
struct MergeRequestRecord
{
    qint64 id = 0;
    QString kind;  // merge, rename, transfer, undo
    QString state; // stored: requested, rejected, applied, reverted
    qint64 sourceId = 0;
    qint64 targetId = 0;
    QString sourceLogin;
    QString targetLogin;
    QString requestedBy;
    QDateTime requestedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QDateTime executedAt;
    QString reason;
    QString decisionReason;
    qint64 undoesId = 0;
    QList<qint64> projectIds;
    QJsonObject preview;
    qint64 evidenceDocumentId = 0;
    // The contract's names: pending, executed, rejected, undone.
    static QString publicState(const QString &stored);
};

// Which requests a list shows: a stored state (empty: every state) and, for a bar of the dashboard's backlog, a
// span of request times (each bound applies when valid).
struct MergeRequestFilter
{
    QString storedState;
    QDateTime requestedFrom;   // inclusive
    QDateTime requestedBefore; // exclusive
    QDateTime requestedAfter;  // exclusive
    QDateTime requestedUntil;  // inclusive
};

// All SQL of merges, transfers and their ledger (schema 6). On PostgreSQL requests are recorded and decided by
// the server's functions (desk_merge_request, desk_merge_decide), which also execute them and write the audit rows;
// on SQLite the same steps run here, inside the caller's write-path transaction.
class MergeRepository
{
    Q_DECLARE_TR_FUNCTIONS(desk::MergeRepository)

public:
    explicit MergeRepository(Database &db) : m_db(db) {}

    static QStringList reasons();
    // One page of the duplicate finder after `after`, for one reason or (empty) all of them in reasons() order.
    Result<QVector<MergeCandidate>> candidates(const QString &reason, const std::optional<CandidateKey> &after,
                                               int limit);
    // The number of groups per reason (a full count).
    Result<QHash<QString, qint64>> candidateCounts();

    Result<std::optional<MergeAccount>> accountByLogin(const QString &login);
    Result<MergeAccount> account(qint64 id);
    Result<QList<qint64>> projectsOf(qint64 accountId, const QList<qint64> &among);
    // Whether one organization has delegated (unrevoked; b's unexpired) to both persons.
    Result<bool> sameOrganization(qint64 personA, qint64 personB);

    Result<MergePreview> preview(const QString &kind, const MergeAccount &source, const MergeAccount &target,
                                 const QList<qint64> &projectIds);

    Result<MergeRequestRecord> request(qint64 id);
    Result<QVector<MergeRequestRecord>> list(const QString &storedState, int limit);
    Result<QVector<MergeRequestRecord>> list(const MergeRequestFilter &filter, int limit);
    // Executed rows per table, from the ledger.
    Result<QHash<QString, int>> ledgerCounts(qint64 requestId);
    Result<bool> hasOpenUndo(qint64 requestId);
    // Unrevoked delegations whose expiry falls in [from, until), soonest first.
    Result<QVector<DelegationRow>> expiringDelegations(const QDateTime &from, const QDateTime &until, int limit);
    // Handlers (经办人): unrevoked delegations ordered by organization login, person login and id; keyset-paged after
    // the row `after` (id 0: the first page). personStatus is filled.
    Result<QVector<DelegationRow>> handlers(const DelegationRow &after, int limit);
    // Accounts pending activation (待激活), by id, after `afterId`.
    Result<QVector<PendingAccountRow>> pendingActivation(qint64 afterId, int limit);

    // ---- writes (inside the write path) ----
    // Whether the server writes the audit rows of requests and decisions (PostgreSQL).
    bool serverAudits() const;
    struct NewRequest
    {
        QString kind;
        qint64 sourceId = 0;
        qint64 targetId = 0;
        QString reason;
        QList<qint64> projectIds;
        qint64 undoesId = 0;
        QJsonObject preview;
        QString requestedBy; // SQLite; PostgreSQL takes session_user
        QDateTime at;
    };
    Result<qint64> insertRequest(const NewRequest &r);
    Result<qint64> insertEvidence(qint64 requestId, const QString &fileName, const QString &mimeType,
                                  const QByteArray &content, const QDateTime &at);
    // Approves (executing) or rejects a request. Refusals: Conflict (decided already, a rule, rows changed since,
    // naming them), PermissionDenied (four eyes). Returns the stored state.
    Result<QString> decide(const MergeRequestRecord &r, bool approve, const QString &reason, const QString &me,
                           const QDateTime &at);

private:
    Error serverError(const QSqlError &error, const QString &what) const;
    Status apply(const MergeRequestRecord &r, const QDateTime &at);
    Status revert(qint64 undoId, qint64 undoneId);
    Status change(qint64 requestId, const QString &table, qint64 rowId, const QStringList &columns,
                  const QVariantList &values, const QString &restoreImage = {});
    Result<QString> image(const QString &table, qint64 rowId);

    Database &m_db;
    QHash<qint64, int> m_seq; // the next ledger seq of a request being executed (SQLite)
};

} // namespace desk
