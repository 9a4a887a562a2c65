#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

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
