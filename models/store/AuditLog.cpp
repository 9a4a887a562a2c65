#include "store/AuditLog.h"

#include "store/Database.h"
#include "store/OpenTransactions.h"
#include "store/PasswordHasher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace desk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("desk::AuditLog", text);
}

const QString kLastRow = QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
const QString kInsert = QStringLiteral(
    "INSERT INTO audit_log (id, created_at, staff_login, action, entity_type, entity_id, before_json, after_json, "
    "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kColumns = QStringLiteral(
    "SELECT id, created_at, staff_login, action, entity_type, entity_id, before_json, after_json, prev_hash, hash "
    "FROM audit_log ");

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
    const QString canonical = row.prevHash + sep + QString::number(row.id) + sep + row.createdAt + sep
                            + row.staffLogin + sep + row.action + sep + row.entityType + sep + row.entityId + sep
                            + row.beforeJson + sep + row.afterJson;
    return QString::fromLatin1(crypto::sha256(canonical.toUtf8()).toHex());
}

Status AuditLog::append(const QString &staffLogin, const AuditEntry &entry)
{
    if (!openTransactions::isOpen(m_db))
        return Error(Error::Code::Internal, tr("An audit entry can only be written inside a write transaction."));
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    if (const QString lock = m_db.dialect().auditChainLock(); !lock.isEmpty()) {
        QSqlQuery q(*conn);
        if (!q.exec(lock))
            return m_db.errorFrom(q.lastError(), tr("locking the audit log"));
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
        return Error(ins.error().code, tr("Could not write the audit log, so nothing was changed: %1")
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
        return m_db.errorFrom(q.lastError(), tr("reading the audit log"));
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
                          ? tr("Row %1 is missing: the log jumps from row %2 to row %3 (a row was deleted).")
                                .arg(expectedId)
                                .arg(expectedId - 1)
                                .arg(row.id)
                          : tr("Row %1 appears out of order.").arg(row.id);
            break;
        }
        if (row.prevHash != prevHash) {
            v.ok = false;
            v.firstBadId = row.id;
            v.problem = tr("Row %1 does not chain to the row before it (a row was inserted or replaced).").arg(row.id);
            break;
        }
        if (computeHash(row) != row.hash) {
            v.ok = false;
            v.firstBadId = row.id;
            v.problem = tr("Row %1 was altered: its content no longer matches its hash.").arg(row.id);
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

} // namespace desk
