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
    FileAppeal,      // record a recovery appeal for a caller, or import appeals from the public platform
    ReviewAppeals,   // claim, inspect and decide recovery appeals (reviewers and supervisors)
    SuperviseAppeals, // release or reassign another reviewer's claim (supervisors)
    ManageCalendar,  // edit the holiday calendar and the shared queue settings (administrators)
    ManageReasonTemplates, // edit rejection reason templates (administrators)
    DeliverSms,      // run the SMS outbox delivery (administrators; the service role on PostgreSQL)
    ImportReviews,   // record real-name review requests from the public platform (administrators' batch job)
    ReviewRealName,  // claim, inspect and decide manual real-name reviews (reviewers and supervisors)
    ViewReviews,     // read the real-name review queue and its checklists (everyone; documents stay hidden)
    SampleReviews,   // draw decided real-name reviews for a second look and record agreement (supervisors)
    FindDuplicates,  // the duplicate finder and merge/transfer requests as read (all but agents)
    RequestMerge,    // request a merge, rename recovery or project transfer (reviewers and supervisors)
    DecideMerge,     // approve (execute) or reject another member's request; request an undo (supervisors)
    ViewReports,     // aggregate reports that name neither citizens nor staff: backlog, SLA, reasons, migration, calls
    SuperviseReports, // list reports and per-reviewer figures: appeals, reviews, throughput, QA (supervisors, admins)
    ExportUnmasked,  // export personal data unmasked, with a reason, audited (supervisors)
    RequeueSms,      // see the SMS outbox and send a finally failed message again, audited (supervisors)
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
