#pragma once

#include "core/Result.h"
#include "core/Staff.h"
#include "store/AuditLog.h"

#include <memory>

namespace desk {

class Session;

// Administration of staff and the audit log, each action permission-checked and audited.
class StaffService
{
public:
    explicit StaffService(std::shared_ptr<Session> session);

    // Adds a staff member (on PostgreSQL: also the database role) in one transaction with its audit row.
    Status addStaff(const StaffMember &member, const QString &password);
    Result<QVector<StaffMember>> listStaff();
    Result<AuditLog::Verification> verifyAuditLog();
    Result<QVector<AuditRow>> auditTrail(const QString &entityType, const QString &entityId);

private:
    std::shared_ptr<Session> m_session;
};

} // namespace desk
