#include "workflow/StaffService.h"

#include "domain/Identifiers.h"
#include "store/Database.h"
#include "store/StaffRepository.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QCoreApplication>

namespace desk {

StaffService::StaffService(std::shared_ptr<Session> session) : m_session(std::move(session)) {}

Status StaffService::addStaff(const StaffMember &member, const QString &password)
{
    if (const auto check = ids::checkPassword(password); !check.ok)
        return Error(Error::Code::InvalidInput, check.message);
    AuditEntry entry;
    entry.action = QStringLiteral("staff.add");
    entry.entityType = QStringLiteral("staff");
    entry.entityId = member.login;
    entry.after = QJsonObject{{QStringLiteral("login"), member.login},
                              {QStringLiteral("display_name"), member.displayName},
                              {QStringLiteral("role"), staffRoleName(member.role)}};
    return administer(entry, [&](StaffRepository &repo) { return repo.add(member, password); });
}

Status StaffService::setStaffActive(const QString &login, bool active)
{
    if (!active && login == m_session->staff().login)
        return Error(Error::Code::PermissionDenied, QCoreApplication::translate("desk::StaffService",
                                                                                "You cannot disable yourself."));
    AuditEntry entry;
    entry.action = active ? QStringLiteral("staff.enable") : QStringLiteral("staff.disable");
    entry.entityType = QStringLiteral("staff");
    entry.entityId = login;
    entry.after = QJsonObject{{QStringLiteral("active"), active}};
    return administer(entry, [&](StaffRepository &repo) { return repo.setActive(login, active); });
}

Status StaffService::renameStaff(const QString &login, const QString &displayName)
{
    AuditEntry entry;
    entry.action = QStringLiteral("staff.rename");
    entry.entityType = QStringLiteral("staff");
    entry.entityId = login;
    entry.after = QJsonObject{{QStringLiteral("name"), displayName.trimmed()}};
    return administer(entry, [&](StaffRepository &repo) { return repo.rename(login, displayName); });
}

Status StaffService::resetStaffPassword(const QString &login, const QString &password)
{
    if (const auto check = ids::checkPassword(password); !check.ok)
        return Error(Error::Code::InvalidInput, check.message);
    AuditEntry entry;
    entry.action = QStringLiteral("staff.password");
    entry.entityType = QStringLiteral("staff");
    entry.entityId = login;
    entry.after = QJsonObject{{QStringLiteral("password"), QStringLiteral("reset")}};
    return administer(entry, [&](StaffRepository &repo) { return repo.setPassword(login, password); });
}

Status StaffService::administer(const AuditEntry &entry, const std::function<Status(StaffRepository &)> &change)
{
    return WritePath::run(*m_session, Action::ManageStaff, [&](WriteContext &w) -> Status {
        StaffRepository repo(w.database());
        if (auto s = change(repo); !s)
            return s;
        // On PostgreSQL the staff functions audit on the server, under session_user.
        if (!repo.serverAudits())
            w.audit(entry);
        return {};
    });
}

Result<QVector<StaffMember>> StaffService::listStaff()
{
    if (auto s = Permissions::require(m_session->staff(), Action::ManageStaff); !s)
        return s.error();
    return StaffRepository(m_session->database()).list();
}

Result<AuditLog::Verification> StaffService::verifyAuditLog(const std::optional<AuditCheckpoint> &checkpoint)
{
    if (auto s = Permissions::require(m_session->staff(), Action::VerifyAuditLog); !s)
        return s.error();
    if (checkpoint)
        return AuditLog(m_session->database()).verify(*checkpoint);
    return AuditLog(m_session->database()).verify();
}

Result<QVector<AuditRow>> StaffService::auditTrail(const QString &entityType, const QString &entityId)
{
    if (auto s = Permissions::require(m_session->staff(), Action::LookupAccounts); !s)
        return s.error();
    return AuditLog(m_session->database()).forEntity(entityType, entityId);
}

} // namespace desk
