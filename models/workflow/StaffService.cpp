#include "workflow/StaffService.h"

#include "domain/Identifiers.h"
#include "store/Database.h"
#include "store/StaffRepository.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"

namespace desk {

StaffService::StaffService(std::shared_ptr<Session> session) : m_session(std::move(session)) {}

Status StaffService::addStaff(const StaffMember &member, const QString &password)
{
    if (auto s = Permissions::require(m_session->staff(), Action::ManageStaff); !s)
        return s;
    if (const auto check = ids::checkPassword(password); !check.ok)
        return Error(Error::Code::InvalidInput, check.message);
    Database &db = m_session->database();
    auto conn = db.connection();
    if (!conn)
        return conn.error();
    Transaction tx(db, *conn);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = StaffRepository(db).add(member, password); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("staff.add");
    entry.entityType = QStringLiteral("staff");
    entry.entityId = member.login;
    entry.after = QJsonObject{{QStringLiteral("login"), member.login},
                              {QStringLiteral("display_name"), member.displayName},
                              {QStringLiteral("role"), staffRoleName(member.role)}};
    if (auto s = AuditLog(db).append(m_session->auditActor(), entry); !s)
        return s;
    return tx.commit();
}

Result<QVector<StaffMember>> StaffService::listStaff()
{
    if (auto s = Permissions::require(m_session->staff(), Action::ManageStaff); !s)
        return s.error();
    return StaffRepository(m_session->database()).list();
}

Result<AuditLog::Verification> StaffService::verifyAuditLog()
{
    if (auto s = Permissions::require(m_session->staff(), Action::VerifyAuditLog); !s)
        return s.error();
    return AuditLog(m_session->database()).verify();
}

Result<QVector<AuditRow>> StaffService::auditTrail(const QString &entityType, const QString &entityId)
{
    if (auto s = Permissions::require(m_session->staff(), Action::LookupAccounts); !s)
        return s.error();
    return AuditLog(m_session->database()).forEntity(entityType, entityId);
}

} // namespace desk
