#include "store/AuditLog.h"

#include "store/Database.h"
#include "store/OpenTransactions.h"
#include "store/PasswordHasher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>

namespace desk {

namespace {
const QString kLastRow = QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
const QString kInsert = QStringLiteral(
    "INSERT INTO audit_log (id, created_at, staff_login, action, entity_type, entity_id, before_json, after_json, "
    "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kColumns = QStringLiteral(
    "SELECT id, created_at, staff_login, action, entity_type, entity_id, before_json, after_json, prev_hash, hash, "
    "client_addr FROM audit_log ");
// PostgreSQL: the server appends, under session_user, and chains the row itself (003_server_rules.sql).
const QString kServerAppend = QStringLiteral("SELECT desk_audit_append(?, ?, ?, ?, ?, ?)");
const QString kServerHead = QStringLiteral("SELECT id, hash, created_at FROM desk_audit_head()");
const QString kLastRowTime = QStringLiteral("SELECT id, hash, created_at FROM audit_log ORDER BY id DESC LIMIT 1");

QString compactJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

AuditRow rowFrom(const QSqlQuery &q)
{
    AuditRow r;
    r.id = q.value(0).toLongLong();
    r.createdAt = q.value(1).toString();
    r.staffLogin = q.value(2).toString();
    r.action = q.value(3).toString();
    r.entityType = q.value(4).toString();
    r.entityId = q.value(5).toString();
    r.beforeJson = q.value(6).toString();
    r.afterJson = q.value(7).toString();
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    r.clientAddr = q.value(10).toString();
    return r;
}
} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const AuditRow &row)
{
    // Fields joined with a unit separator that cannot appear in them unescaped; the id is part of the hash so
    // that rows cannot be reordered.
    const QChar sep(0x1f);
    QString canonical = row.prevHash + sep + QString::number(row.id) + sep + row.createdAt + sep
                            + row.staffLogin + sep + row.action + sep + row.entityType + sep + row.entityId + sep
                            + row.beforeJson + sep + row.afterJson;
    // The client address is part of the chain where the server recorded one (PostgreSQL over TCP).
    if (!row.clientAddr.isEmpty())
        canonical += sep + row.clientAddr;
    return QString::fromLatin1(crypto::sha256(canonical.toUtf8()).toHex());
}

Status AuditLog::append(const QString &staffLogin, const AuditEntry &entry)
{
    if (!openTransactions::isOpen(m_db))
        return Error(Error::Code::Internal, QCoreApplication::translate("desk::AuditLog", "An audit entry can only be written inside a write transaction."));
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    if (m_db.url().isPostgres()) {
        // The server names the actor from session_user; staffLogin counts only for the set-up role's batch jobs.
        auto q = m_db.exec(kServerAppend, {staffLogin, entry.action, entry.entityType, entry.entityId,
                                           compactJson(entry.before), compactJson(entry.after)});
        if (!q)
            return Error(q.error().code, QCoreApplication::translate("desk::AuditLog", "Could not write the audit log, so nothing was changed: %1")
                                             .arg(q.error().message));
        q->finish();
        return {};
    }
    AuditRow row;
    {
        auto last = m_db.exec(kLastRow);
        if (!last)
            return last.error();
        if (last->next()) {
            row.id = last->value(0).toLongLong() + 1;
            row.prevHash = last->value(1).toString();
        } else {
            row.id = 1;
            row.prevHash = genesisHash();
        }
        last->finish();
    }
    row.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    row.staffLogin = staffLogin;
    row.action = entry.action;
    row.entityType = entry.entityType;
    row.entityId = entry.entityId;
    row.beforeJson = compactJson(entry.before);
    row.afterJson = compactJson(entry.after);
    row.hash = computeHash(row);

    auto ins = m_db.exec(kInsert, {row.id, row.createdAt, row.staffLogin, row.action, row.entityType, row.entityId,
                                   row.beforeJson, row.afterJson, row.prevHash, row.hash});
    if (!ins)
        return Error(ins.error().code, QCoreApplication::translate("desk::AuditLog", "Could not write the audit log, so nothing was changed: %1")
                                           .arg(ins.error().message));
    return {};
}

Result<AuditLog::Verification> AuditLog::verify()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(*conn);
    q.setForwardOnly(true);
    if (!q.exec(kColumns + QStringLiteral("ORDER BY id")))
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate("desk::AuditLog", "reading the audit log"));
    Verification v;
    QString prevHash = genesisHash();
    qint64 expectedId = 1;
    while (q.next()) {
        const AuditRow row = rowFrom(q);
        ++v.rowsChecked;
        if (row.id != expectedId) {
            v.ok = false;
            v.firstBadId = row.id;
            v.problem = row.id > expectedId
                          ? QCoreApplication::translate("desk::AuditLog", "Row %1 is missing: the log jumps from row %2 to row %3 (a row was deleted).")
                                .arg(expectedId)
                                .arg(expectedId - 1)
                                .arg(row.id)
                          : QCoreApplication::translate("desk::AuditLog", "Row %1 appears out of order.").arg(row.id);
            break;
        }
        if (row.prevHash != prevHash) {
            v.ok = false;
            v.firstBadId = row.id;
            v.problem = QCoreApplication::translate("desk::AuditLog", "Row %1 does not chain to the row before it (a row was inserted or replaced).").arg(row.id);
            break;
        }
        if (computeHash(row) != row.hash) {
            v.ok = false;
            v.firstBadId = row.id;
            v.problem = QCoreApplication::translate("desk::AuditLog", "Row %1 was altered: its content no longer matches its hash.").arg(row.id);
            break;
        }
        prevHash = row.hash;
        ++expectedId;
    }
    v.lastHash = prevHash;
    return v;
}

Result<QVector<AuditRow>> AuditLog::forEntity(const QString &entityType, const QString &entityId, int limit)
{
    auto q = m_db.exec(kColumns + QStringLiteral("WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC LIMIT ?"),
                       {entityType, entityId, limit});
    if (!q)
        return q.error();
    QVector<AuditRow> rows;
    while (q->next())
        rows << rowFrom(*q);
    q->finish();
    return rows;
}

Result<QVector<AuditRow>> AuditLog::recent(int limit)
{
    auto q = m_db.exec(kColumns + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
    if (!q)
        return q.error();
    QVector<AuditRow> rows;
    while (q->next())
        rows << rowFrom(*q);
    q->finish();
    return rows;
}

Result<AuditCheckpoint> AuditLog::head()
{
    auto q = m_db.exec(m_db.url().isPostgres() ? kServerHead : kLastRowTime);
    if (!q)
        return q.error();
    AuditCheckpoint c;
    c.hash = genesisHash();
    if (q->next() && !q->value(0).isNull()) {
        c.id = q->value(0).toLongLong();
        c.hash = q->value(1).toString();
        c.createdAt = q->value(2).toString();
    }
    q->finish();
    c.database = m_db.url().toString();
    c.writtenAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return c;
}

Result<AuditLog::Verification> AuditLog::verify(const AuditCheckpoint &checkpoint)
{
    auto v = verify();
    if (!v || !v->ok || checkpoint.id == 0)
        return v;
    // The chain is sound as far as it goes; does it still reach the row the checkpoint saw?
    auto q = m_db.exec(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {checkpoint.id});
    if (!q)
        return q.error();
    const bool found = q->next();
    const QString hash = found ? q->value(0).toString() : QString();
    q->finish();
    if (!found) {
        v->ok = false;
        v->firstBadId = v->rowsChecked + 1;
        v->problem = QCoreApplication::translate("desk::AuditLog", "The log ends at row %1, but the checkpoint of %2 saw row %3: %4 row(s) were cut from the "
                        "end of the log.")
                         .arg(v->rowsChecked)
                         .arg(checkpoint.writtenAt)
                         .arg(checkpoint.id)
                         .arg(checkpoint.id - v->rowsChecked);
    } else if (hash != checkpoint.hash) {
        v->ok = false;
        v->firstBadId = checkpoint.id;
        v->problem = QCoreApplication::translate("desk::AuditLog", "Row %1 is not the row the checkpoint of %2 saw: the end of the log was rewritten.")
                         .arg(checkpoint.id)
                         .arg(checkpoint.writtenAt);
    }
    return v;
}

QByteArray AuditCheckpoint::canonical() const
{
    const QChar sep(0x1f);
    return (QStringLiteral("identitydesk-audit-checkpoint-v1") + sep + QString::number(id) + sep + hash + sep
            + createdAt + sep + database + sep + writtenAt)
        .toUtf8();
}

QJsonObject AuditCheckpoint::toJson() const
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("identitydesk-audit-checkpoint-v1")},
                       {QStringLiteral("id"), QString::number(id)},
                       {QStringLiteral("hash"), hash},
                       {QStringLiteral("created_at"), createdAt},
                       {QStringLiteral("database"), database},
                       {QStringLiteral("written_at"), writtenAt},
                       {QStringLiteral("hmac_sha256"), mac}};
}

AuditCheckpoint AuditCheckpoint::fromJson(const QJsonObject &o)
{
    AuditCheckpoint c;
    c.id = o.value(QStringLiteral("id")).toString().toLongLong();
    c.hash = o.value(QStringLiteral("hash")).toString();
    c.createdAt = o.value(QStringLiteral("created_at")).toString();
    c.database = o.value(QStringLiteral("database")).toString();
    c.writtenAt = o.value(QStringLiteral("written_at")).toString();
    c.mac = o.value(QStringLiteral("hmac_sha256")).toString();
    return c;
}

void AuditCheckpoint::sign(const QByteArray &key)
{
    mac = QString::fromLatin1(
        QMessageAuthenticationCode::hash(canonical(), key, QCryptographicHash::Sha256).toHex());
}

bool AuditCheckpoint::authentic(const QByteArray &key) const
{
    if (key.isEmpty() || mac.isEmpty())
        return false;
    const QByteArray expected = QMessageAuthenticationCode::hash(canonical(), key, QCryptographicHash::Sha256).toHex();
    const QByteArray given = mac.toLatin1();
    // Constant-time comparison: the check must not tell how much of a forged code was right.
    if (given.size() != expected.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        diff |= static_cast<unsigned char>(given.at(i) ^ expected.at(i));
    return diff == 0;
}

} // namespace desk
