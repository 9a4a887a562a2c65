#include "workflow/WritePath.h"

#include "store/Database.h"
#include "workflow/Session.h"

namespace desk {

Database &WriteContext::database() const
{
    return m_session.database();
}

void WriteContext::audit(AuditEntry entry)
{
    m_entries.append(std::move(entry));
}

void WriteContext::audit(const QString &action, const QString &entityType, const QString &entityId,
                         const QJsonObject &before, const QJsonObject &after)
{
    audit(AuditEntry{action, entityType, entityId, before, after});
}

WriteScope::WriteScope(const Session &session) : m_context(session) {}

WriteScope::~WriteScope() = default;

Status WriteScope::begin()
{
    Database &db = m_context.database();
    auto conn = db.connection();
    if (!conn)
        return conn.error();
    m_tx = std::make_unique<Transaction>(db, *conn);
    return m_tx->begin();
}

Status WriteScope::commit()
{
    Database &db = m_context.database();
    AuditLog log(db);
    for (const AuditEntry &entry : std::as_const(m_context.m_entries))
        if (auto s = log.append(m_context.session().auditActor(), entry); !s)
            return s; // m_tx rolls back when the scope ends
    m_context.m_entries.clear();
    return m_tx->commit();
}

Status WritePath::requirePermission(const Session &session, Action action)
{
    return Permissions::require(session.staff(), action);
}

} // namespace desk
