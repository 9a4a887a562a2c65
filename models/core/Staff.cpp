#include "core/Staff.h"

#include <QCoreApplication>

namespace desk {

QString staffRoleName(StaffRole role)
{
    switch (role) {
    case StaffRole::Agent: return QStringLiteral("agent");
    case StaffRole::Reviewer: return QStringLiteral("reviewer");
    case StaffRole::Supervisor: return QStringLiteral("supervisor");
    case StaffRole::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

bool staffRoleFromName(const QString &name, StaffRole *out)
{
    for (StaffRole r : {StaffRole::Agent, StaffRole::Reviewer, StaffRole::Supervisor, StaffRole::Administrator}) {
        if (staffRoleName(r) == name) {
            *out = r;
            return true;
        }
    }
    return false;
}

QString staffRoleLabel(StaffRole role)
{
    switch (role) {
    case StaffRole::Agent: return QCoreApplication::translate("desk::Staff", "Help-desk agent");
    case StaffRole::Reviewer: return QCoreApplication::translate("desk::Staff", "Reviewer");
    case StaffRole::Supervisor: return QCoreApplication::translate("desk::Staff", "Supervisor");
    case StaffRole::Administrator: return QCoreApplication::translate("desk::Staff", "Administrator");
    }
    return {};
}

QString staffGroupRole(StaffRole role)
{
    return QStringLiteral("desk_") + staffRoleName(role);
}

} // namespace desk
