#include "workflow/Permissions.h"

#include <QCoreApplication>

namespace desk {

bool Permissions::allows(StaffRole role, Action action)
{
    switch (action) {
    case Action::LookupAccounts:
    case Action::RevealPersonalData:
    case Action::LogCall:
    case Action::LookupMigration:
    case Action::FileAppeal:
    case Action::ViewReviews:
    case Action::ViewReports:
        return true; // every staff role answers callers
    case Action::FindDuplicates:
        return role != StaffRole::Agent; // administrators read the finder and the requests; they decide nothing
    case Action::ReviewAppeals:
    case Action::ReviewRealName:
    case Action::RequestMerge:
        return role == StaffRole::Reviewer || role == StaffRole::Supervisor;
    case Action::SuperviseAppeals:
    case Action::SampleReviews:
    case Action::DecideMerge:
    case Action::ExportUnmasked:
    case Action::RequeueSms:
        return role == StaffRole::Supervisor;
    case Action::SuperviseReports:
        return role == StaffRole::Supervisor || role == StaffRole::Administrator;
    case Action::ViewAuditLog:
        return role == StaffRole::Supervisor || role == StaffRole::Administrator;
    case Action::VerifyAuditLog:
    case Action::ManageStaff:
    case Action::GenerateDemoData:
    case Action::RunMigration:
    case Action::ImportData:
    case Action::ManageCalendar:
    case Action::ManageReasonTemplates:
    case Action::DeliverSms:
    case Action::ImportReviews:
        return role == StaffRole::Administrator;
    }
    return false;
}

Status Permissions::require(const StaffMember &staff, Action action)
{
    if (!staff.active)
        return Error(Error::Code::PermissionDenied,
                     QCoreApplication::translate("desk::Permissions", "The staff account \"%1\" is disabled.")
                         .arg(staff.login));
    if (allows(staff.role, action))
        return {};
    return Error(Error::Code::PermissionDenied,
                 QCoreApplication::translate("desk::Permissions", "The role %1 may not %2.")
                     .arg(staffRoleLabel(staff.role), actionLabel(action)));
}

QString Permissions::actionLabel(Action action)
{
    switch (action) {
    case Action::LookupAccounts: return QCoreApplication::translate("desk::Permissions", "look up accounts");
    case Action::RevealPersonalData: return QCoreApplication::translate("desk::Permissions", "reveal personal data");
    case Action::LogCall: return QCoreApplication::translate("desk::Permissions", "log calls");
    case Action::ViewAuditLog: return QCoreApplication::translate("desk::Permissions", "read the audit log");
    case Action::VerifyAuditLog: return QCoreApplication::translate("desk::Permissions", "verify the audit log");
    case Action::ManageStaff: return QCoreApplication::translate("desk::Permissions", "manage staff");
    case Action::GenerateDemoData: return QCoreApplication::translate("desk::Permissions", "generate demo data");
    case Action::RunMigration: return QCoreApplication::translate("desk::Permissions", "run a legacy account migration");
    case Action::LookupMigration:
        return QCoreApplication::translate("desk::Permissions", "look up legacy account migrations");
    case Action::ImportData: return QCoreApplication::translate("desk::Permissions", "import data from files");
    case Action::FileAppeal: return QCoreApplication::translate("desk::Permissions", "file recovery appeals");
    case Action::ReviewAppeals: return QCoreApplication::translate("desk::Permissions", "review recovery appeals");
    case Action::SuperviseAppeals:
        return QCoreApplication::translate("desk::Permissions", "release or reassign other reviewers' appeals");
    case Action::ManageCalendar:
        return QCoreApplication::translate("desk::Permissions", "edit the holiday calendar and queue settings");
    case Action::ManageReasonTemplates:
        return QCoreApplication::translate("desk::Permissions", "edit rejection reason templates");
    case Action::DeliverSms: return QCoreApplication::translate("desk::Permissions", "deliver text messages");
    case Action::ImportReviews:
        return QCoreApplication::translate("desk::Permissions", "import real-name review requests");
    case Action::ReviewRealName:
        return QCoreApplication::translate("desk::Permissions", "review real-name verification requests");
    case Action::ViewReviews:
        return QCoreApplication::translate("desk::Permissions", "read the real-name review queue");
    case Action::SampleReviews:
        return QCoreApplication::translate("desk::Permissions", "sample real-name review decisions for quality checks");
    case Action::FindDuplicates:
        return QCoreApplication::translate("desk::Permissions", "look for duplicate accounts");
    case Action::RequestMerge:
        return QCoreApplication::translate("desk::Permissions", "request account merges and project transfers");
    case Action::DecideMerge:
        return QCoreApplication::translate("desk::Permissions",
                                           "approve, reject or undo account merges and project transfers");
    case Action::ViewReports: return QCoreApplication::translate("desk::Permissions", "run reports");
    case Action::SuperviseReports:
        return QCoreApplication::translate("desk::Permissions", "run list reports and reviewers' figures");
    case Action::ExportUnmasked:
        return QCoreApplication::translate("desk::Permissions", "export personal data unmasked");
    case Action::RequeueSms:
        return QCoreApplication::translate("desk::Permissions", "send a failed text message again");
    }
    return {};
}

} // namespace desk
