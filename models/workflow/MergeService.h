#pragma once

// Account merges, organization rename recovery, project transfers on departure and their undo (issue 10).
//
// Every ledger operation is a request that a second staff member decides: reviewers and supervisors request merges,
// renames and transfers; a supervisor who did not request it approves (which executes it in the same transaction)
// or rejects it. An undo is itself a request, made by a supervisor and approved by another; it restores what the
// ledger recorded, or is refused naming the rows that changed since, and changes nothing. On PostgreSQL the server
// enforces the same rules (006_merges.sql); the checks here give the same refusals before anything is written.

#include "core/Result.h"
#include "store/MergeRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace desk {

class Session;

// An evidence file (the organization's stamped declaration), checked by content before it is stored.
struct MergeEvidence
{
    QString fileName;
    QByteArray content;
    static Result<MergeEvidence> load(const QString &path);
};

class MergeService
{
    Q_DECLARE_TR_FUNCTIONS(desk::MergeService)

public:
    explicit MergeService(std::shared_ptr<Session> session);

    void setClock(std::function<QDateTime()> clock);

    // Action::FindDuplicates.
    Result<QVector<MergeCandidate>> candidates(const QString &reason, const std::optional<CandidateKey> &after,
                                               int limit);
    Result<QHash<QString, qint64>> candidateCounts();
    // What a merge (kind merge or rename) or transfer would move, and its conflicts; refused as the request would be.
    Result<MergePreview> preview(const QString &kind, const QString &sourceLogin, const QString &targetLogin,
                                 const QList<qint64> &projectIds = {});
    Result<MergeRequestRecord> show(qint64 id);
    Result<QHash<QString, int>> ledgerCounts(qint64 id);
    Result<QVector<MergeRequestRecord>> list(const QString &publicState, int limit = 200);
    // The requests a filter names (its stored state; the dashboard's span of request times).
    Result<QVector<MergeRequestRecord>> list(const MergeRequestFilter &filter, int limit = 200);
    // The watch list: delegations expiring within `days` days from now, soonest first (Action::FindDuplicates).
    Result<QVector<DelegationRow>> expiringDelegations(int days = 30, int limit = 500);
    // Handlers (经办人): unrevoked delegations by organization then person, keyset-paged after `after` (default: the
    // first page); role admin is the organization's administrator (Action::FindDuplicates).
    Result<QVector<DelegationRow>> handlers(const DelegationRow &after = {}, int limit = 200);
    // Accounts pending activation (待激活), keyset-paged by id (Action::FindDuplicates).
    Result<QVector<PendingAccountRow>> pendingActivation(qint64 afterId = 0, int limit = 200);

    // Action::RequestMerge. kind: merge or rename.
    Result<MergeRequestRecord> requestMerge(const QString &kind, const QString &sourceLogin, const QString &targetLogin,
                                            const QString &reason, const std::optional<MergeEvidence> &evidence);
    Result<MergeRequestRecord> requestTransfer(const QString &fromLogin, const QString &toLogin,
                                               const QList<qint64> &projectIds, const QString &reason,
                                               const std::optional<MergeEvidence> &evidence);
    // Action::DecideMerge.
    Result<MergeRequestRecord> requestUndo(qint64 id, const QString &reason);
    Result<MergeRequestRecord> approve(qint64 id, const QString &note = {});
    Result<MergeRequestRecord> reject(qint64 id, const QString &reason);

    // The contract's JSON of a request (contracts/merge-cli.md); with the ledger's counts once executed.
    static QJsonObject toJson(const MergeRequestRecord &r, const QHash<QString, int> &ledger = {});

private:
    QDateTime now() const;
    Result<MergeAccount> accountNamed(MergeRepository &repo, const QString &login) const;
    Status checkPair(const QString &kind, const MergeAccount &source, const MergeAccount &target) const;
    Result<MergeRequestRecord> record(const QString &kind, const MergeAccount &source, const MergeAccount &target,
                                      const QString &reason, const QList<qint64> &projects, qint64 undoes,
                                      const MergePreview &preview, const std::optional<MergeEvidence> &evidence);
    Result<MergeRequestRecord> decide(qint64 id, bool approve, const QString &reason);

    std::shared_ptr<Session> m_session;
    std::function<QDateTime()> m_clock;
};

} // namespace desk
