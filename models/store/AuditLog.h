#pragma once

#include "core/Result.h"

#include <QByteArray>
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
    QString clientAddr; // PostgreSQL: the address the server saw; empty on SQLite and local sockets
};

// The head of the chain at one moment, authenticated with a key kept outside the database, so that rows cut
// from the end of the log are noticed: the row it names must still be there with the same hash.
struct AuditCheckpoint
{
    qint64 id = 0;
    QString hash;
    QString createdAt;
    QString database; // what the checkpoint was taken of (the URL without password)
    QString writtenAt;
    QString mac; // HMAC-SHA256 over the fields above, hex

    QByteArray canonical() const;
    QJsonObject toJson() const;
    static AuditCheckpoint fromJson(const QJsonObject &o);
    void sign(const QByteArray &key);
    bool authentic(const QByteArray &key) const;
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
    // verify(), then holds the log against a checkpoint: the row it names must exist with the same hash and the
    // chain must reach it. A missing row means rows were cut from the end.
    Result<Verification> verify(const AuditCheckpoint &checkpoint);
    // The current head of the chain (id 0 and the genesis hash for an empty log).
    Result<AuditCheckpoint> head();

    Result<QVector<AuditRow>> forEntity(const QString &entityType, const QString &entityId, int limit = 200);
    Result<QVector<AuditRow>> recent(int limit = 200);

    static QString genesisHash(); // prev_hash of the first row
    static QString computeHash(const AuditRow &row);

private:
    Database &m_db;
};

} // namespace desk
