#pragma once

#include <QString>

namespace desk {

// The four staff roles of DOMAIN.md. Stored in the database as their English names.
enum class StaffRole { Agent, Reviewer, Supervisor, Administrator };

QString staffRoleName(StaffRole role);                    // "agent", ...: database and CLI
bool staffRoleFromName(const QString &name, StaffRole *out);
QString staffRoleLabel(StaffRole role);                   // translated, for the screen
QString staffGroupRole(StaffRole role);                   // PostgreSQL group role: "desk_agent", ...

// A signed-in (or listed) member of staff.
struct StaffMember
{
    qint64 id = 0;
    QString login;
    QString displayName;
    StaffRole role = StaffRole::Agent;
    bool active = true;
};

} // namespace desk
