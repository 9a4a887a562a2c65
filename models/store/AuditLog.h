#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace desk {

class Database;

// One change or reveal to record: what was done to which entity, with the state before and after.
struct AuditEntry
{
    QString action;     // e.g. "account.reveal", "staff.add"
    QString entityType; // e.g. "account"
    QString entityId;
    QJsonObject before;
    QJsonObject after;
};

struct AuditRow
{
    qint64 id = 0;
    QString createdAt; // ISO 8601 UTC with milliseconds, exactly as hashed
    QString staffLogin;
    QString action;
    QString entityType;
    QString entityId;
    QString beforeJson;
    QString afterJson;
    QString prevHash;
    QString hash;
};

// The tamper-evident audit log: every row's SHA-256 covers its content and the previous row's hash,
// and ids run without gaps, so an altered, inserted or deleted row breaks the chain.
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    // Appends one row on this thread's connection. Must run inside the caller's write transaction,
    // so that the change and its audit row are committed together or not at all.
    Status append(const QString &staffLogin, const AuditEntry &entry);

    struct Verification
    {
        bool ok = true;
        qint64 rowsChecked = 0;
        qint64 firstBadId = 0; // the first row that does not fit the chain
        QString problem;       // translated explanation
        QString lastHash;
    };
    Result<Verification> verify();

    Result<QVector<AuditRow>> forEntity(const QString &entityType, const QString &entityId, int limit = 200);
    Result<QVector<AuditRow>> recent(int limit = 200);

    static QString genesisHash(); // prev_hash of the first row
    static QString computeHash(const AuditRow &row);

private:
    Database &m_db;
};

} // namespace desk
