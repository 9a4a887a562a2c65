#pragma once

#include "core/Result.h"
#include "core/Staff.h"

namespace desk {

// What a staff member may do. Every use case asks here, and only here.
enum class Action {
    LookupAccounts,
    RevealPersonalData,
    LogCall,
    ViewAuditLog,
    VerifyAuditLog,
    ManageStaff,
    GenerateDemoData,
    RunMigration,    // replay a legacy migration (administrators)
    LookupMigration, // tell a caller what became of their legacy account (everyone)
    ImportData,      // bulk-import accounts or legacy accounts from CSV (administrators)
};

class Permissions
{
public:
    static bool allows(StaffRole role, Action action);
    // PermissionDenied with a translated message naming the action, or success.
    static Status require(const StaffMember &staff, Action action);
    static QString actionLabel(Action action);
};

} // namespace desk
