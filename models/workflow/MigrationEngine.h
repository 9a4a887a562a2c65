#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

namespace desk {

class Session;

// A legacy account the migration could not place, with the reason recorded in legacy_account.conflict_reason.
struct MigrationConflict
{
    qint64 legacyId = 0;
    QString legacyLogin;
    QString reason; // translated
};

// What one run did (or, for a dry run, would do).
struct MigrationReport
{
    QString system;
    bool dryRun = false;
    int processed = 0;          // legacy accounts looked at (pending ones only)
    int total = 0;              // legacy accounts that were pending when the run started
    bool cancelled = false;     // stopped by the caller before all pending accounts were done
    QMap<QString, int> counts;  // "O1".."O4", "P1".."P4" -> legacy accounts placed in that case
    QVector<MigrationConflict> conflicts;

    int count(const QString &caseCode) const { return counts.value(caseCode); }
    QJsonObject toJson() const; // counts per case (all eight, zeros included) and conflicts
};

// Replays a legacy migration (DOMAIN.md, "Migration engine rules") against the platform accounts: every legacy
// account of the system that has neither a case nor a conflict yet is linked to, or creates, exactly one platform
// account, or is recorded as a conflict. Existing accounts are never changed. Work is committed in batches, each in
// one transaction with one "migration.run" audit entry, so an interruption leaves no half-migrated account and a
// second run continues where the first stopped. A dry run makes the same decisions inside a transaction that is
// rolled back.
class MigrationEngine
{
    Q_DECLARE_TR_FUNCTIONS(desk::MigrationEngine)

public:
    struct Options
    {
        QString system = QStringLiteral("torch");
        bool dryRun = false;
        int batchSize = 500;
        // Also try again the legacy accounts recorded as conflicts (after the blocking account was fixed).
        bool retryConflicts = false;
        // Called after every batch with the legacy accounts done so far and the total; returning false stops the
        // run after that batch (a dry run then rolls back and answers Cancelled; a real run keeps what it
        // committed and reports it with `cancelled` set).
        std::function<bool(int done, int total)> progress;
    };

    explicit MigrationEngine(std::shared_ptr<Session> session);

    Result<MigrationReport> run(const Options &options);

    static QStringList caseCodes(); // O1..O4, P1..P4 in rule order
    // The business systems an O4 person account is delegated for: the Torch systems for "torch".
    static QStringList delegatedSystems(const QString &system);
    static QString delegatedRole(); // 事项办理员

private:
    std::shared_ptr<Session> m_session;
};

} // namespace desk
