#pragma once

#include "core/Result.h"
#include "core/Staff.h"
#include "store/AuditLog.h"

#include <functional>
#include <memory>
#include <optional>

namespace desk {

class Session;
class StaffRepository;

// Administration of staff and the audit log, each action permission-checked and audited.
class StaffService
{
public:
    explicit StaffService(std::shared_ptr<Session> session);

    // Adds a staff member (on PostgreSQL: also the database role) in one transaction with its audit row.
    Status addStaff(const StaffMember &member, const QString &password);
    // Disabling ends the member's sign-in (PostgreSQL: NOLOGIN, open sessions ended); enabling restores it.
    Status setStaffActive(const QString &login, bool active);
    Status renameStaff(const QString &login, const QString &displayName);
    Status resetStaffPassword(const QString &login, const QString &password);
    Result<QVector<StaffMember>> listStaff();
    // With a checkpoint, rows cut from the end of the log are reported too.
    Result<AuditLog::Verification> verifyAuditLog(const std::optional<AuditCheckpoint> &checkpoint = {});
    Result<QVector<AuditRow>> auditTrail(const QString &entityType, const QString &entityId);

private:
    Status administer(const AuditEntry &entry, const std::function<Status(StaffRepository &)> &change);

    std::shared_ptr<Session> m_session;
};

} // namespace desk
