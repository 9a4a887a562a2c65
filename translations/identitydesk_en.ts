<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>desk::AccountDetailPanel</name>
    <message>
        <source>Select an account in the list to see its details.</source>
        <translation>Select an account in the list to see its details.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(revealed, audited)</source>
        <translation>(revealed, audited)</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Reveal…</translation>
    </message>
    <message>
        <source>Show the %1 in clear. You will be asked for a reason, which is audited.</source>
        <translation>Show the %1 in clear. You will be asked for a reason, which is audited.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>Login name:</translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation>Account type:</translation>
    </message>
    <message>
        <source>Organization name:</source>
        <translation>Organization name:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Name at registration:</source>
        <translation>Name at registration:</translation>
    </message>
    <message>
        <source>Account status:</source>
        <translation>Account status:</translation>
    </message>
    <message>
        <source>Real-name verification:</source>
        <translation>Real-name verification:</translation>
    </message>
    <message>
        <source>Identity region:</source>
        <translation>Identity region:</translation>
    </message>
    <message>
        <source>ID document type:</source>
        <translation>ID document type:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>ID valid:</source>
        <translation>ID valid:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>long-term</translation>
    </message>
    <message>
        <source>Reserved phone:</source>
        <translation>Reserved phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registered:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origin:</translation>
    </message>
    <message>
        <source>Merged into:</source>
        <translation>Merged into:</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>account %1</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>must be changed at the next sign-in</source>
        <translation>must be changed at the next sign-in</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>check character is wrong (legacy data)</source>
        <translation>check character is wrong (legacy data)</translation>
    </message>
    <message>
        <source>USCC:</source>
        <translation>USCC:</translation>
    </message>
    <message>
        <source>Legal person type:</source>
        <translation>Legal person type:</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>Legal representative:</translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID:</source>
        <translation>Legal representative&apos;s ID:</translation>
    </message>
    <message>
        <source>Primary agent:</source>
        <translation>Primary agent:</translation>
    </message>
    <message>
        <source>Delegations granted</source>
        <translation>Delegations granted</translation>
    </message>
    <message>
        <source>Delegations held</source>
        <translation>Delegations held</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Legacy accounts and migration</source>
        <translation>Legacy accounts and migration</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>No delegations.</source>
        <translation>No delegations.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Business system</source>
        <translation>Business system</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>No projects.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Not linked to a legacy account.</source>
        <translation>Not linked to a legacy account.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Legacy login</source>
        <translation>Legacy login</translation>
    </message>
    <message>
        <source>Migration case</source>
        <translation>Migration case</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>Migrated</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>No history.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Organization details</source>
        <translation>Organization details</translation>
    </message>
    <message>
        <source>%1 (legacy data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: the organization&apos;s administrator re-delegates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, expires within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account pending activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::AccountLabels</name>
    <message>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organization</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished">Not verified</translation>
    </message>
    <message>
        <source>Verified (national platform)</source>
        <translation type="unfinished">Verified (national platform)</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation type="unfinished">Verification failed</translation>
    </message>
    <message>
        <source>Manual review pending</source>
        <translation type="unfinished">Manual review pending</translation>
    </message>
    <message>
        <source>Verified (manual review)</source>
        <translation type="unfinished">Verified (manual review)</translation>
    </message>
    <message>
        <source>Pending activation</source>
        <translation type="unfinished">Pending activation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished">Disabled</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished">Merged</translation>
    </message>
</context>
<context>
    <name>desk::AccountListModel</name>
    <message>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>USCC</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Real-name status</source>
        <translation>Real-name status</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Account status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>desk::AccountRepository</name>
    <message>
        <source>Account %1 does not exist.</source>
        <translation>Account %1 does not exist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not personal data that can be revealed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::AppealForms</name>
    <message>
        <source>Unknown appeal type &quot;%1&quot;: use person_recovery, organization_recovery, assisted_registration or modify_organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a valid resident ID number: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 may hold only letters and digits (5 to 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not 18 characters of the code&apos;s alphabet (digits and upper-case letters without I, O, S, V, Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a wrong check character (expected %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a mainland mobile number (11 digits starting 13 to 19).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be 8 to 20 letters, digits or underscores starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a valid 18-digit ID number: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid USCC: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::AppealIntake</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 needs a &quot;kind&quot; and a &quot;file&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file must lie inside the --files folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes; at most 1 MB (%3 bytes) is accepted per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal file is not valid JSON (at byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal file must hold a JSON array of appeals or an object {&quot;appeals&quot;: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no &quot;ref&quot; (the public platform&apos;s reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;documents&quot; must be an array of {&quot;kind&quot;, &quot;file&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appeal with the reference %1 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot;: use submit, resubmit or withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;submitted_at&quot; is not an ISO 8601 time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no &quot;fields&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::AppealListModel</name>
    <message>
        <source>loading…</source>
        <translation type="unfinished">loading…</translation>
    </message>
    <message>
        <source>%1 of business time left when the clock was paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused (waiting for the user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Reference</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organization</translation>
    </message>
    <message>
        <source>ID number / USCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished">Submitted</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::AppealQueuePage</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (waiting for the user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, USCC, ID number, mobile or reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished">Submitted</translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims the most urgent unclaimed appeal (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appeals match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff login of the reviewer who takes it over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>The queue is empty: no unclaimed appeal is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 released to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 reassigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::AppealRepository</name>
    <message>
        <source>Appeal %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new appeal&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal column &quot;%1&quot; cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 does not exist.</source>
        <translation type="unfinished">Account %1 does not exist.</translation>
    </message>
    <message>
        <source>The database did not return the new document&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal document %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new note&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new template&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason template %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::AppealService</name>
    <message>
        <source>An appeal with the reference %1 is already recorded (appeal %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a document of a %3 appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal reference is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal was not filed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resubmission of appeal %1 needs at least one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 is not waiting for documents from the user (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents for appeal %1 were not accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 changed meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for withdrawing is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 is already closed (%2) and cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appeal is waiting to be claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 is being reviewed by %2 (claim until %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 is waiting for documents from the user and cannot be claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 is already closed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 is now held by %2; your claim has lapsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not hold appeal %1 (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 is not claimed by anyone (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 is held by %2: only they or a supervisor may release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take appeals: only active reviewers and supervisors review them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 cannot be reassigned while it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim appeal %1 before deciding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 is held by %2: only the holder may decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 changed since you opened it (version %2, now %3): reload it before deciding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 changed while you were deciding it: reload it and decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is not one of the accounts matching appeal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is %2; approve the appeal for an account in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 has no mainland mobile number to send the new password to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset by recovery appeal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active rejection reason; choose one of the reason templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to the user is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which documents the user must send again: choose a reason or write an explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active reason; choose one of the reason templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 has no mainland mobile number to ask for documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal names the former name &quot;%1&quot;; the organization is now registered as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USCC is registered under the name &quot;%1&quot;, not &quot;%2&quot;: the organization may have been renamed (the appeal must use the name at registration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 makes the holder %2 years old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 makes the holder %2 years old, too young to act for an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1 (%2 years old).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID document is valid without an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID document is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID document expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USCC&apos;s check character is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USCC &quot;%1&quot; fails the GB 32100 check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone is a mainland mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone is not a mainland mobile number: no SMS can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason code &quot;%1&quot; must be 1 to 40 lower-case letters, digits or underscores starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason title must be 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text sent to the user must be 1 to 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason template with the code &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason template %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded appeal %2, so another reviewer must handle it: whoever files an appeal for a caller never claims or decides it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::AppealTexts</name>
    <message>
        <source>Person password recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization password recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted organization registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization information change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished">Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Withdrawn</translation>
    </message>
    <message>
        <source>ID front (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID back (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration (e.g. name change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler holding the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Identity region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished">ID number</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s ID front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s ID back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry screenshot (National Enterprise Credit Information Publicity System)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::AppealWorkspace</name>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished">ID number</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation type="unfinished">USCC</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>former name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished">Submitted</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished">By</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note for colleagues; Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other open appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">History</translation>
    </message>
    <message>
        <source>Matching accounts (the one chosen is compared and approved):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Loading…</translation>
    </message>
    <message>
        <source>Appeal %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed by you until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline paused while waiting for the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents missing or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3; matched by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform account matches: the answer is &quot;register anew&quot; (reject with the template &quot;no matching account&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other open appeals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent decisions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve appeal %1 for the account %2 (%3)? A new password is generated and sent with the login by SMS to %4; nobody at the desk sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 approved: the login and a new password are queued for SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 rejected; the user is told why by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 waits for the user&apos;s documents; its deadline is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the user should know besides the template (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user will read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Also tell the user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the user for documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal %1 released to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::AuditLog</name>
    <message>
        <source>Could not write the audit log, so nothing was changed: %1</source>
        <translation>Could not write the audit log, so nothing was changed: %1</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>reading the audit log</translation>
    </message>
    <message>
        <source>Row %1 is missing: the log jumps from row %2 to row %3 (a row was deleted).</source>
        <translation>Row %1 is missing: the log jumps from row %2 to row %3 (a row was deleted).</translation>
    </message>
    <message>
        <source>Row %1 appears out of order.</source>
        <translation>Row %1 appears out of order.</translation>
    </message>
    <message>
        <source>Row %1 does not chain to the row before it (a row was inserted or replaced).</source>
        <translation>Row %1 does not chain to the row before it (a row was inserted or replaced).</translation>
    </message>
    <message>
        <source>Row %1 was altered: its content no longer matches its hash.</source>
        <translation>Row %1 was altered: its content no longer matches its hash.</translation>
    </message>
    <message>
        <source>An audit entry can only be written inside a write transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at row %1, but the checkpoint of %2 saw row %3: %4 row(s) were cut from the end of the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not the row the checkpoint of %2 saw: the end of the log was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::AuthService</name>
    <message>
        <source>Enter your staff login name.</source>
        <translation>Enter your staff login name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Wrong login name or password.</source>
        <translation>Wrong login name or password.</translation>
    </message>
    <message>
        <source>The database role &quot;%1&quot; is not registered as IdentityDesk staff.</source>
        <translation>The database role &quot;%1&quot; is not registered as IdentityDesk staff.</translation>
    </message>
    <message>
        <source>The staff account &quot;%1&quot; is disabled.</source>
        <translation>The staff account &quot;%1&quot; is disabled.</translation>
    </message>
    <message>
        <source>Name your database role in the URL: postgresql://ROLE@host:port/dbname</source>
        <translation>Name your database role in the URL: postgresql://ROLE@host:port/dbname</translation>
    </message>
    <message>
        <source>Only an embedded database can be opened without a password.</source>
        <translation>Only an embedded database can be opened without a password.</translation>
    </message>
</context>
<context>
    <name>desk::BusinessCalendar</name>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (waiting for the user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::CalendarDayDialog</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a calendar day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday: nobody works, the SLA clock stands still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up working day: a Saturday or Sunday that is worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. National Day, Spring Festival make-up day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>desk::CalendarPage</name>
    <message>
        <source>Make-up working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add… (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Days not listed follow the normal week: Monday to Friday are working days. The SLA clock of the appeal queue runs through whole working days and stands still on the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewer&apos;s claim on an appeal lapses after this many minutes without work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appeals are due this many business days after they were submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim lapses after &amp;idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals are due within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators change the calendar and the queue settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the holiday calendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the queue settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no holidays or make-up working days entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holidays, %3 make-up working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete calendar day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2, %3) from the calendar? It then counts as a normal %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: every desk uses these values from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a whole year with a holiday-cn JSON file (one year per file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a holiday calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday-cn JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar already holds exactly these days for %1: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 holidays and %3 make-up working days (replacing %4 entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue settings (for every desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors&apos; quality sampling draws this share of a period&apos;s real-name review decisions for a second look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name &amp;QA sample share:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::CalendarRepository</name>
    <message>
        <source>The holiday calendar holds an unreadable row (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::CalendarService</name>
    <message>
        <source>claim idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the holiday or make-up working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is outside the years the calendar covers (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day %1 a name, e.g. National Day or National Day make-up working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the day is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekday, which is a working day anyway: a make-up working day must fall on a Saturday or Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar has no entry for %1: nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be between %2 and %3 (not %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday calendar covers %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: due times from %2 to %3 ignore the public holidays and make-up working days of %4. An administrator imports the calendar for %4 (Holiday calendar page, Import…, or identitydesk-cli calendar import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold one JSON object with &quot;year&quot; and &quot;days&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;year&quot; must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;days&quot; must be a list of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;days&quot; lists no day for %1: an empty year is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of &quot;days&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object with &quot;name&quot;, &quot;date&quot; and &quot;isOffDay&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;date&quot; is missing or not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the year %2 the file states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice (also entry %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;isOffDay&quot; is missing or not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between years</comment>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>share of review decisions sampled for quality checks (percent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::CallDialog</name>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number or landline with area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller asked and what you told them (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::CallLog</name>
    <message>
        <source>Torch account migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account merge or project transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Other</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided to self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advised to file an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s number &quot;%1&quot; is neither a mainland mobile number nor a landline with area code (e.g. 010-68512345).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the call was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome of the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2 fit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::CsvImporter</name>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid login &quot;%1&quot; (4 to 64 letters, digits or underscores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (person or organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown real-name status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown organization type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ID type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organization needs a USCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid resident ID &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mainland mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed created_at &quot;%1&quot; (ISO 8601 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legacy login is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed registered_at &quot;%1&quot; (ISO 8601 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the legacy system, e.g. torch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8, and this build cannot read GB18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; the first line must be the header: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of %1 must be
  %2
but is
  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(row not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists with a different %1; left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid USCC &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 number &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::DashboardPage</name>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Loading…</translation>
    </message>
    <message>
        <source>Updated in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items by age in business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on time per week (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available to your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the dashboard: %1, %2, open for %3 business days, submitted %4 – %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the dashboard: %1 submitted %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the dashboard: %1 decided by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the dashboard: %1 decided with the reason %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed on this computer.</source>
        <translation>The Qt SQL driver %1 is not installed on this computer.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>The database refused the sign-in of &quot;%1&quot;: wrong login name or password.</source>
        <translation>The database refused the sign-in of &quot;%1&quot;: wrong login name or password.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an IdentityDesk database (%2).</source>
        <translation>%1 is not an IdentityDesk database (%2).</translation>
    </message>
    <message>
        <source>preparing the connection</source>
        <translation>preparing the connection</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>reading the schema version</translation>
    </message>
    <message>
        <source>This database was written by a newer IdentityDesk (schema version %1; this program knows up to %2). Install the newer IdentityDesk; nothing was changed.</source>
        <translation>This database was written by a newer IdentityDesk (schema version %1; this program knows up to %2). Install the newer IdentityDesk; nothing was changed.</translation>
    </message>
    <message>
        <source>The database %1 holds no IdentityDesk schema yet. An administrator sets it up with &quot;identitydesk-cli db migrate --db URL&quot;.</source>
        <translation>The database %1 holds no IdentityDesk schema yet. An administrator sets it up with &quot;identitydesk-cli db migrate --db URL&quot;.</translation>
    </message>
    <message>
        <source>The database schema is at version %1 but this program needs %2. An administrator upgrades it with &quot;identitydesk-cli db migrate --db URL&quot;.</source>
        <translation>The database schema is at version %1 but this program needs %2. An administrator upgrades it with &quot;identitydesk-cli db migrate --db URL&quot;.</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>creating the schema version table</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program.</source>
        <translation>Migration %1 is missing from the program.</translation>
    </message>
    <message>
        <source>checking migration %1</source>
        <translation>checking migration %1</translation>
    </message>
    <message>
        <source>applying schema migration %1</source>
        <translation>applying schema migration %1</translation>
    </message>
    <message>
        <source>recording schema migration %1</source>
        <translation>recording schema migration %1</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>preparing a statement</translation>
    </message>
    <message>
        <source>running a query</source>
        <translation>running a query</translation>
    </message>
    <message>
        <source>The connection to the database was lost while %1. Nothing was saved; try again when the server is reachable. (%2)</source>
        <translation>The connection to the database was lost while %1. Nothing was saved; try again when the server is reachable. (%2)</translation>
    </message>
    <message>
        <source>Conflict while %1: %2</source>
        <translation>Conflict while %1: %2</translation>
    </message>
    <message>
        <source>The database does not allow your role to do this (%1): %2</source>
        <translation>The database does not allow your role to do this (%1): %2</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Database error while %1: %2</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished">starting a transaction</translation>
    </message>
    <message>
        <source>committing</source>
        <translation type="unfinished">committing</translation>
    </message>
    <message>
        <source>The database URL asks for sslmode=%1 to reach %2, another computer: the server&apos;s identity is not checked (and the connection may not even be encrypted), so a machine in between could read or change what is sent. Without sslmode in the URL IdentityDesk uses verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 could be read by other users of this computer (permissions %2); its permissions are now 0600 (only you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 can be read by other users of this computer (permissions %2) and could not be narrowed: %3. Ask its owner to run: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the database administrator for the certificate of the authority that signed the server&apos;s certificate, and install it as %1, or name it in the database URL with ?sslrootcert=/path/to/root.crt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the database server %1 cannot be checked: this computer has no trusted root certificate for it. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the database server is not valid for the host name %1: it was issued for another name. Connect with the host name the certificate names (ask the database administrator), or have the certificate reissued for %1. Do not sign in until this is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the database server %1 could not be verified against the trusted root certificate. If the right root certificate is not installed yet: %2 If it is, the server may not be the one it claims to be: do not sign in, and tell the database administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 does not accept encrypted (TLS) connections, and this connection requires one (sslmode=%2). Ask the database administrator to enable TLS on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 did not sign you in with channel binding, which IdentityDesk requires for a server on another computer: without it, a machine in between could pose as the server. Ask the database administrator to offer SCRAM-SHA-256 password authentication over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection to the database server %1 broke off unexpectedly: the server closed it, or something on the network (a firewall or proxy) interfered. Try again; if it keeps happening, tell the database administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::DatabaseUrl</name>
    <message>
        <source>The database URL is empty.</source>
        <translation>The database URL is empty.</translation>
    </message>
    <message>
        <source>The SQLite URL names no file: write sqlite:/path/to/file.db</source>
        <translation>The SQLite URL names no file: write sqlite:/path/to/file.db</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is malformed (%1). Write postgresql://user@host:port/dbname</source>
        <translation>The PostgreSQL URL is malformed (%1). Write postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>Do not put a password in the database URL: it would end up in settings and logs. Leave it out; IdentityDesk asks for it.</source>
        <translation>Do not put a password in the database URL: it would end up in settings and logs. Leave it out; IdentityDesk asks for it.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database: write postgresql://user@host:port/dbname</source>
        <translation>The PostgreSQL URL names no database: write postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>The port in the database URL is out of range.</source>
        <translation>The port in the database URL is out of range.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;: use one of %2.</source>
        <translation>Unknown sslmode &quot;%1&quot;: use one of %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL: it must start with sqlite: or postgresql://</source>
        <translation>&quot;%1&quot; is not a database URL: it must start with sqlite: or postgresql://</translation>
    </message>
    <message>
        <source>Unknown channel_binding &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslrootcert must name a certificate file whose path has no &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the database URL: only sslmode, sslrootcert and channel_binding are understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::DemoAppeals</name>
    <message>
        <source>Demo appeal %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo appeal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::DemoGenerator</name>
    <message>
        <source>The numbers of persons and organizations cannot be negative.</source>
        <translation>The numbers of persons and organizations cannot be negative.</translation>
    </message>
    <message>
        <source>Demo data is placed after the Torch migration of March 2022: choose a date from 2023 on.</source>
        <translation>Demo data is placed after the Torch migration of March 2022: choose a date from 2023 on.</translation>
    </message>
    <message>
        <source>counting accounts</source>
        <translation>counting accounts</translation>
    </message>
    <message>
        <source>The database already holds %1 accounts; demo data goes into an empty database only.</source>
        <translation>The database already holds %1 accounts; demo data goes into an empty database only.</translation>
    </message>
    <message>
        <source>reading the business systems</source>
        <translation>reading the business systems</translation>
    </message>
    <message>
        <source>The business system &quot;%1&quot; is missing from the database.</source>
        <translation>The business system &quot;%1&quot; is missing from the database.</translation>
    </message>
    <message>
        <source>reading the index definitions</source>
        <translation>reading the index definitions</translation>
    </message>
    <message>
        <source>preparing the demo load</source>
        <translation>preparing the demo load</translation>
    </message>
    <message>
        <source>creating the index %1</source>
        <translation>creating the index %1</translation>
    </message>
    <message>
        <source>advancing the account id sequence</source>
        <translation>advancing the account id sequence</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; nothing was written.</source>
        <translation type="unfinished">Demo data generation was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>writing the registration events</source>
        <translation type="unfinished">writing the registration events</translation>
    </message>
    <message>
        <source>writing demo rows into %1</source>
        <translation type="unfinished">writing demo rows into %1</translation>
    </message>
    <message>
        <source>preparing the demo insert into %1</source>
        <translation type="unfinished">preparing the demo insert into %1</translation>
    </message>
    <message>
        <source>The demo accounts were written, but filing the demo appeals failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo accounts were written, but filing the demo real-name review requests failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::DemoReviews</name>
    <message>
        <source>No temporary folder for the demo documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo review request was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::DocumentCheck</name>
    <message>
        <source>GIF picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMP picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEIC picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archive or Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes; at most 1 MB (%3 bytes) is accepted per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG or PNG pictures and PDF documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG or PNG pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, whatever its name says; only %3 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is of an unknown type: its content is not a JPEG, PNG or PDF file, whatever its name says; only %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PDF document, but only JPEG or PNG pictures are accepted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts like a PDF document, but its header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an incomplete PDF document: the %%EOF end marker is missing, so the file was probably cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2 pictures cannot be read on this computer (the Qt image plugin for %2 is not installed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged %2 picture: its header, which gives the picture size, cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares a picture of %2 × %3 pixels, more than the %4 megapixels (at most %5 pixels a side) accepted; it is refused as a possible decompression bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an incomplete %2 picture: the file ends before the picture does (it was probably cut off while uploading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged %2 picture: its internal structure is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged %2 picture and cannot be decoded: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::DocumentContent</name>
    <message>
        <source>Document %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 is kept in external storage (%2), which this program cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::DocumentViewer</name>
    <message>
        <source>Previous document (PageUp, P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next document (PageDown, N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window (F, Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate left (Shift+R, L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the document to a private temporary folder and opens it with the system&apos;s PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document — open externally
“%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document cannot be shown.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 / 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF document cannot be saved for the PDF viewer: no temporary folder could be created (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF document cannot be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to open PDF documents was found. The document is saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnifier under the cursor (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darker (Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brighter (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less contrast (Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More contrast (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset brightness and contrast (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contrast %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset brightness and contrast (X): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+−, Ctrl+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F, Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R / Shift+R, L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right / left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys, drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnifier under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B / Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brighter / darker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C / Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More / less contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset brightness and contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PageDown, N / PageUp, P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ExportDialog</name>
    <message>
        <source>Export a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (UTF-8, for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmasked personal data (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the full values are needed (at least %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of the list is written as shown, with personal data masked. Full values are revealed one at a time in the account detail, or exported by a supervisor in the appeals and real-name review reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::FileAppealDialog</name>
    <message>
        <source>File a recovery appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (JPEG or PNG, at most 1 MB each; PDF where marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PDF allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still to fill in or correct before the appeal can be filed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures and PDF documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; at most 1 MB is accepted per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1: refused, not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing: %1. The appeal can be filed without them; it is then marked as needing documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>Filing the appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the appeal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal has not been filed. Discard what you entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>desk::GuiMain</name>
    <message>
        <source>IdentityDesk: help-desk and review back office of the unified identity platform.</source>
        <translation>IdentityDesk: help-desk and review back office of the unified identity platform.</translation>
    </message>
    <message>
        <source>Database to sign in to: sqlite:/path/file.db or postgresql://host:port/dbname (never with a password).</source>
        <translation>Database to sign in to: sqlite:/path/file.db or postgresql://host:port/dbname (never with a password).</translation>
    </message>
    <message>
        <source>Interface language for this run: zh_CN (default) or en.</source>
        <translation>Interface language for this run: zh_CN (default) or en.</translation>
    </message>
    <message>
        <source>Staff login name to fill in.</source>
        <translation>Staff login name to fill in.</translation>
    </message>
    <message>
        <source>Look this up right after signing in.</source>
        <translation>Look this up right after signing in.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>Unknown language &quot;%1&quot;: use zh_CN or en.</translation>
    </message>
    <message>
        <source>Open the Torch migration look-up with this USCC, mobile number, login or name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ImageCache</name>
    <message>
        <source>The image cache cannot %1 (OpenSSL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cached image was altered, damaged or written with another key; it is refused and will be fetched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cache has not been opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cache key must be %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw a random nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cache key in the keychain is unusable; images are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random key could be made for the image cache; images are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cache key cannot be stored in the keychain (%1); images are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available; images are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the image cache key (%1); images are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cache key must be %1 bytes; images are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cache folder %1 cannot be created; images are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cached image cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cached image cannot be read from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ImageCompareView</name>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side or one at a time (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous document (P, PageUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next document (N, PageDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side / one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N, PageDown / P, PageUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 / %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ListExportButton</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every row of this list to CSV, XLSX or PDF, masked as shown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every row of this list to CSV, XLSX or PDF, masked as shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::LookupLabels</name>
    <message>
        <source>Enterprise legal person</source>
        <translation>Enterprise legal person</translation>
    </message>
    <message>
        <source>Social organization legal person</source>
        <translation>Social organization legal person</translation>
    </message>
    <message>
        <source>Public institution legal person</source>
        <translation>Public institution legal person</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Mainland</source>
        <translation>Mainland</translation>
    </message>
    <message>
        <source>Hong Kong, Macao or Taiwan</source>
        <translation>Hong Kong, Macao or Taiwan</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>Hong Kong/Macao permit</source>
        <translation>Hong Kong/Macao permit</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>Taiwan permit</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>O1 kept: login is the USCC, Torch password kept</source>
        <translation>O1 kept: login is the USCC, Torch password kept</translation>
    </message>
    <message>
        <source>O2 pre-existing: an organization account with this login existed</source>
        <translation>O2 pre-existing: an organization account with this login existed</translation>
    </message>
    <message>
        <source>O3 renamed: login is HJ_ + USCC, Torch password kept</source>
        <translation>O3 renamed: login is HJ_ + USCC, Torch password kept</translation>
    </message>
    <message>
        <source>O4 converted: became a person account delegated by the organization</source>
        <translation>O4 converted: became a person account delegated by the organization</translation>
    </message>
    <message>
        <source>P1 kept: login and Torch password kept</source>
        <translation>P1 kept: login and Torch password kept</translation>
    </message>
    <message>
        <source>P2 pre-existing: a person account with this login existed</source>
        <translation>P2 pre-existing: a person account with this login existed</translation>
    </message>
    <message>
        <source>P3 renamed: login is HJ_ + phone, Torch password kept</source>
        <translation>P3 renamed: login is HJ_ + phone, Torch password kept</translation>
    </message>
    <message>
        <source>P4 lost login: recover through a person appeal</source>
        <translation>P4 lost login: recover through a person appeal</translation>
    </message>
    <message>
        <source>Not migrated (conflict)</source>
        <translation>Not migrated (conflict)</translation>
    </message>
    <message>
        <source>Torch Center</source>
        <translation>Torch Center</translation>
    </message>
    <message>
        <source>Foreign experts system</source>
        <translation>Foreign experts system</translation>
    </message>
    <message>
        <source>Registered on the platform</source>
        <translation>Registered on the platform</translation>
    </message>
    <message>
        <source>Migrated from the Torch Center</source>
        <translation>Migrated from the Torch Center</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>Personal data revealed</translation>
    </message>
    <message>
        <source>%1; reason: %2</source>
        <translation>%1; reason: %2</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>Migrated</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Reserved phone changed</source>
        <translation>Reserved phone changed</translation>
    </message>
    <message>
        <source>Verification documents uploaded</source>
        <translation>Verification documents uploaded</translation>
    </message>
    <message>
        <source>Real-name verified</source>
        <translation>Real-name verified</translation>
    </message>
    <message>
        <source>Real-name verification failed</source>
        <translation>Real-name verification failed</translation>
    </message>
    <message>
        <source>self-service</source>
        <translation>self-service</translation>
    </message>
    <message>
        <source>by the national platform</source>
        <translation>by the national platform</translation>
    </message>
    <message>
        <source>by manual review</source>
        <translation>by manual review</translation>
    </message>
    <message>
        <source>by SMS code</source>
        <translation>by SMS code</translation>
    </message>
    <message>
        <source>after a recovery appeal</source>
        <translation>after a recovery appeal</translation>
    </message>
    <message>
        <source>documents uploaded</source>
        <translation>documents uploaded</translation>
    </message>
    <message>
        <source>Help-desk call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset after an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal filed by the help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal received from the public platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim kept alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal released to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::LookupPage</name>
    <message>
        <source>Login name, USCC, ID number, mobile number or name (Ctrl+F)</source>
        <translation>Login name, USCC, ID number, mobile number or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>Persons only</source>
        <translation>Persons only</translation>
    </message>
    <message>
        <source>Organizations only</source>
        <translation>Organizations only</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Type what the caller tells you: a login name, a USCC, an ID number, a mobile number or the beginning of a name, then press Enter.</source>
        <translation>Type what the caller tells you: a login name, a USCC, an ID number, a mobile number or the beginning of a name, then press Enter.</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Search failed</translation>
    </message>
    <message>
        <source>login name</source>
        <translation>login name</translation>
    </message>
    <message>
        <source>unified social credit code (USCC)</source>
        <translation>unified social credit code (USCC)</translation>
    </message>
    <message>
        <source>resident ID number</source>
        <translation>resident ID number</translation>
    </message>
    <message>
        <source>legacy 18-character code</source>
        <translation>legacy 18-character code</translation>
    </message>
    <message>
        <source>mobile phone number</source>
        <translation>mobile phone number</translation>
    </message>
    <message>
        <source>name (beginning of)</source>
        <translation>name (beginning of)</translation>
    </message>
    <message>
        <source>not searchable</source>
        <translation>not searchable</translation>
    </message>
    <message>
        <source>Recognises login names, USCCs, ID numbers, mobile numbers, names and legacy codes.</source>
        <translation>Recognises login names, USCCs, ID numbers, mobile numbers, names and legacy codes.</translation>
    </message>
    <message>
        <source>Recognised as %1: %2</source>
        <translation>Recognised as %1: %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No account found</source>
        <translation>No account found</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+ accounts</source>
        <translation>%1+ accounts</translation>
    </message>
    <message>
        <source>Account look-up results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::LookupQuery</name>
    <message>
        <source>The search text has %1 characters; at most %2 are searched. Type one login name, USCC, ID number, mobile number or name.</source>
        <translation>The search text has %1 characters; at most %2 are searched. Type one login name, USCC, ID number, mobile number or name.</translation>
    </message>
    <message>
        <source>Platform login names have at least 4 characters: only a legacy login can match.</source>
        <translation>Platform login names have at least 4 characters: only a legacy login can match.</translation>
    </message>
    <message>
        <source>Platform login names have at most 64 characters: only a legacy login can match.</source>
        <translation>Platform login names have at most 64 characters: only a legacy login can match.</translation>
    </message>
    <message>
        <source>E-mail addresses are not searched. Type the login name, mobile number, ID number, USCC or name instead.</source>
        <translation>E-mail addresses are not searched. Type the login name, mobile number, ID number, USCC or name instead.</translation>
    </message>
    <message>
        <source>The character %1 cannot appear in a login name, USCC, ID number, mobile number or name.</source>
        <translation>The character %1 cannot appear in a login name, USCC, ID number, mobile number or name.</translation>
    </message>
    <message>
        <source>These %1 digits are neither a mobile number (11 digits starting 13 to 19) nor an 18-character ID number or USCC.</source>
        <translation>These %1 digits are neither a mobile number (11 digits starting 13 to 19) nor an 18-character ID number or USCC.</translation>
    </message>
    <message>
        <source>There is nothing to search for: no letters or digits.</source>
        <translation>There is nothing to search for: no letters or digits.</translation>
    </message>
    <message>
        <source>As a resident ID number the last character should be %1, not %2; as a USCC it should be %3. Searching for it as a legacy code.</source>
        <translation type="unfinished">As a resident ID number the last character should be %1, not %2; as a USCC it should be %3. Searching for it as a legacy code.</translation>
    </message>
    <message>
        <source>This is not a resident ID number (digits 7 to 14, %1, are not a possible birth date), and as a USCC the last character should be %2, not %3. Searching for it as a legacy code.</source>
        <translation type="unfinished">This is not a resident ID number (digits 7 to 14, %1, are not a possible birth date), and as a USCC the last character should be %2, not %3. Searching for it as a legacy code.</translation>
    </message>
    <message>
        <source>The check character of this USCC should be %1, not %2: mistyped, or a legacy code that was never valid. Searching for it as a legacy code.</source>
        <translation type="unfinished">The check character of this USCC should be %1, not %2: mistyped, or a legacy code that was never valid. Searching for it as a legacy code.</translation>
    </message>
    <message>
        <source>This 18-character code is neither a USCC nor a resident ID number (a USCC never contains %1). Searching for it as a legacy code.</source>
        <translation type="unfinished">This 18-character code is neither a USCC nor a resident ID number (a USCC never contains %1). Searching for it as a legacy code.</translation>
    </message>
    <message>
        <source>%1 Searching for it as a legacy code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::LookupService</name>
    <message>
        <source>Type a login, USCC, ID number, phone number or name.</source>
        <translation>Type a login, USCC, ID number, phone number or name.</translation>
    </message>
    <message>
        <source>Give a reason for revealing this data (at least 4 characters), e.g. the call or case.</source>
        <translation>Give a reason for revealing this data (at least 4 characters), e.g. the call or case.</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Reserved phone</source>
        <translation>Reserved phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID number</source>
        <translation>Legal representative&apos;s ID number</translation>
    </message>
</context>
<context>
    <name>desk::MainWindow</name>
    <message>
        <source>IdentityDesk – %1</source>
        <translation>IdentityDesk – %1</translation>
    </message>
    <message>
        <source>Account look-up</source>
        <translation>Account look-up</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About IdentityDesk</source>
        <translation>&amp;About IdentityDesk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About IdentityDesk</source>
        <translation>About IdentityDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IdentityDesk %1&lt;/h3&gt;&lt;p&gt;Help-desk and review back office of the unified identity platform: account look-up, appeals, real-name review, merges and reports.&lt;/p&gt;&lt;p&gt;Personal data is masked unless revealed with a reason; every reveal and change is recorded in a tamper-evident audit log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IdentityDesk %1&lt;/h3&gt;&lt;p&gt;Help-desk and review back office of the unified identity platform: account look-up, appeals, real-name review, merges and reports.&lt;/p&gt;&lt;p&gt;Personal data is masked unless revealed with a reason; every reveal and change is recorded in a tamper-evident audit log.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recovery appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torch migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a recovery &amp;appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal was filed and waits in the reviewers&apos; queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review quality sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list to open for this bar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::MergePage</name>
    <message>
        <source>Same ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O4 person account of an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same USCC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished">Rejected</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a departing member&apos;s projects to a colleague of the same organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts (login, name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge, rename and transfer requests (a second supervisor approves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organization</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <source>Business system</source>
        <translation type="unfinished">Business system</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Role</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished">Expires</translation>
    </message>
    <message>
        <source>Delegations expiring within 30 days (the organization&apos;s administrator re-delegates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge request %1 recorded; a supervisor who did not request it approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer request %1 recorded; a supervisor who did not request it approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is request %1 rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is request %1 undone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo request %1 recorded; another supervisor approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished">Administrator</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished">Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Created</translation>
    </message>
    <message>
        <source>Delegated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending activation</source>
        <translation type="unfinished">Pending activation</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-term</source>
        <translation type="unfinished">long-term</translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge, rename and transfer requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts pending activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::MergeRepository</name>
    <message>
        <source>&quot;%1&quot; is not a reason of the duplicate finder (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merge or transfer request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deciding request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;decided once&quot;: request %1 was decided already (%2, by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;four eyes&quot;: %1 requested %2 and cannot decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;undo what was executed&quot;: request %1 is not executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger does not record table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;merged accounts stay merged&quot;: %1 is merged into another account already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;one real-name binding&quot;: %1 and %2 are both real-name bound; a merge is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;projects of the source&quot;: project %1 does not belong to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;same organization&quot;: %1 and %2 are not delegated by the same organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;undo restores exactly&quot;: changed since request %1 executed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::MergeRequestDialog</name>
    <message>
        <source>What moves to the target: %1 delegations, %2 projects, %3 legacy links, %4 open appeals and reviews, %5 history entries (calls and events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two delegations for one business system: the later expiry is kept, delegation %1 ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organization is not delegated to: delegation %1 ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request an account merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge: the source is disabled and merged into the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename recovery: also record the source&apos;s name as the target&apos;s former name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (for example: registered twice, FAQ 8.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped declaration (PDF, JPEG or PNG), optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (remains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview what moves before you request the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the merge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::MergeService</name>
    <message>
        <source>Cannot read the evidence file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file %1 is larger than 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size must be between 1 and 1000 (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account by its login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account has the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and the target are the same account (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;merged accounts stay merged&quot;: %1 is merged into another account already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project transfer goes from one person account to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;one real-name binding&quot;: %1 and %2 are both real-name bound; a merge is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rename recovery moves projects between two organization accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization account is not merged into a person account (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not merge, rename or transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not merge or rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge request needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer request needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one project to transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer needs the organization&apos;s stamped declaration as evidence (--evidence FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;projects of the source&quot;: project %1 does not belong to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;same organization&quot;: %1 and %2 are not delegated by the same organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo of request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;undo what was executed&quot;: request %1 is %2 (%3), nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;one undo at a time&quot;: an undo of request %1 is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;decided once&quot;: request %1 was decided already (%2, by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;four eyes&quot;: %1 requested %2 and cannot decide it; another supervisor does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a reason (--reason TEXT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state (pending, executed, rejected, undone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::MigrationEngine</name>
    <message>
        <source>The business system &quot;%1&quot; is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy account has no login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new account %1 got no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would need a new account, but the login %2 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy account %1 was migrated by another run meanwhile; run the migration again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the legacy system to migrate, e.g. torch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating the legacy account %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::MigrationLookup</name>
    <message>
        <source>The check character of this USCC should be %1, not %2: a mistyped code, or a legacy code that Torch accepted. Searched as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid USCC (it holds characters a USCC never has): searched as a legacy code, as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USCC has 18 letters and digits; &quot;%1&quot; does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mainland mobile number (11 digits starting 13 to 19).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a legacy login: 1 to 100 characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the organization&apos;s full name as registered (2 to 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Searched as a legacy code, as typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::MigrationPage</name>
    <message>
        <source>Recognised: USCC (organization, Torch login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised: mobile number (person, Torch login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised: Torch login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised: organization name (current or former)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization that delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing organization account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified owner of the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USCC, mobile number, Torch login or organization name (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished">Login</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Real-name status</source>
        <translation type="unfinished">Real-name status</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the caller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts involved (Enter opens the detail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O0 not in Torch: register an organization account (or sign in to the existing one) and verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P0 not in Torch: register a person account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not migrated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization (legal person) sign-in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person (natural person) sign-in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the caller gives you and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a USCC, a mobile number, a Torch login or an organization name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Torch organization is known under the name &quot;%1&quot;. Ask the caller for the USCC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Torch account has the login &quot;%1&quot;. Ask for the USCC (organizations) or the mobile number (persons) it was registered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source> (legacy login %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (no platform login yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the migration could not place it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no platform account to log this call against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login %1 copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logged against the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::MigrationRunPage</name>
    <message>
        <source>Also retry the legacy accounts recorded as conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes every decision and keeps none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Legacy &amp;system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m legacy accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the migration to see what it would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy login</source>
        <translation type="unfinished">Legacy login</translation>
    </message>
    <message>
        <source>Why it could not be placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate %1 legacy accounts onto the platform? Accounts and delegations are created as previewed; this is recorded in the audit log and is not undone by cancelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to migrate: every legacy account of this system has a case or a recorded conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1 legacy accounts would be placed, %2 would be conflicts. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 legacy accounts were migrated and kept; run again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated %1 legacy accounts; %2 conflicts were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::NoCredentialStore</name>
    <message>
        <source>No system keychain is available on this computer, so the password cannot be remembered.</source>
        <translation>No system keychain is available on this computer, so the password cannot be remembered.</translation>
    </message>
</context>
<context>
    <name>desk::PagedTableView</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>desk::Permissions</name>
    <message>
        <source>The staff account &quot;%1&quot; is disabled.</source>
        <translation>The staff account &quot;%1&quot; is disabled.</translation>
    </message>
    <message>
        <source>The role %1 may not %2.</source>
        <translation>The role %1 may not %2.</translation>
    </message>
    <message>
        <source>look up accounts</source>
        <translation>look up accounts</translation>
    </message>
    <message>
        <source>reveal personal data</source>
        <translation>reveal personal data</translation>
    </message>
    <message>
        <source>log calls</source>
        <translation>log calls</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation>verify the audit log</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>manage staff</translation>
    </message>
    <message>
        <source>generate demo data</source>
        <translation>generate demo data</translation>
    </message>
    <message>
        <source>run a legacy account migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up legacy account migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import data from files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file recovery appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review recovery appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release or reassign other reviewers&apos; appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the holiday calendar and queue settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit rejection reason templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliver text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import real-name review requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review real-name verification requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the real-name review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample real-name review decisions for quality checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look for duplicate accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request account merges and project transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve, reject or undo account merges and project transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run list reports and reviewers&apos; figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export personal data unmasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a failed text message again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::RealNameChecks</name>
    <message>
        <source>Person</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organization</translation>
    </message>
    <message>
        <source>Primary agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID document type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a resident ID number has 18 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date (YYYY-MM-DD) or long_term, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date (YYYY-MM-DD), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an organization type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uscc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;agent_phone&quot; is not a mainland mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;legal_rep_sex&quot; must be male or female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identity region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sex&quot; must be male or female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;phone&quot; is not a mainland mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 number has no check digit to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of the ID number is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date cannot be read from this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared birth date %1, the ID number says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declared birth date matches the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex cannot be read from this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sex declared; the ID number says %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared sex %1, the ID number says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declared sex matches the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No birth date to tell the age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An age of %1 years at submission is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal representative is %1 years old: a legal representative is an adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary agent is %1 years old: an agent is an adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years old at submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity period is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID expired on %1, before the submission on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID is valid only from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expired; the length cannot be checked without a birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-term</source>
        <translation type="unfinished">long-term</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued at the age of %1, the ID should be valid for %2, but the declared period is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 to %2</translation>
    </message>
    <message>
        <source>Valid (%1, issued at the age of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USCC&apos;s check character and parts are valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ReasonTemplateDialog</name>
    <message>
        <source>Change reason template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reason template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. unclear_image (lower-case letters, digits, underscores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What reviewers see in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the user is told by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates are listed by this number, smallest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: reviewers can choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code cannot change once the template is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SMS text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ReasonTemplatesPage</name>
    <message>
        <source>Rejection reasons: what reviewers choose when they reject an appeal or ask for documents, and the text the user then gets by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add… (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Title</translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Active</translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators change the reason templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the reason templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the reason template &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate reason template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot; (%2)? Reviewers can no longer choose it; decisions that used it keep it. It can be made active again with Change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated the reason template &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ReportCatalog</name>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">Organization</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished">ID number</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation type="unfinished">USCC</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished">Submitted</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished">Account</translation>
    </message>
    <message>
        <source>Backlog by age in business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (business days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput per reviewer per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished">Reviewer</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished">Rejected</translation>
    </message>
    <message>
        <source>Decisions and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help-desk calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name QA agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ReportChart</name>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items by age in business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on time per week (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions per reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions per reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy accounts per migration case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per topic and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA agreement per reviewer (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ReportService</name>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (a snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;. The reports are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first and the last day as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (%1) is before the first day (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue &quot;%1&quot; is not appeals, reviews or merges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report &quot;%1&quot; is a list; export it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unmasked export needs a reason of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::RevealDialog</name>
    <message>
        <source>Reveal %1</source>
        <translation>Reveal %1</translation>
    </message>
    <message>
        <source>Why do you need to see the %1 of %2 in clear?</source>
        <translation>Why do you need to see the %1 of %2 in clear?</translation>
    </message>
    <message>
        <source>Your name, the field and this reason are recorded in the audit log.</source>
        <translation>Your name, the field and this reason are recorded in the audit log.</translation>
    </message>
    <message>
        <source>e.g. caller verification, call of 14:05, appeal number</source>
        <translation>e.g. caller verification, call of 14:05, appeal number</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Reveal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>desk::ReviewListModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished">Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Withdrawn</translation>
    </message>
    <message>
        <source>This number is already bound to the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image of this request was submitted in another case for a different number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished">loading…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Reference</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished">Account</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished">Submitted</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished">Reviewer</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ReviewQaPage</name>
    <message>
        <source>The share of decisions drawn is a setting for every desk; administrators change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws decisions of the period at random until the share is reached (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a verdict only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Reference</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished">Reviewer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sample to review the decision again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (needed when you disagree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement per reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share drawn: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions were made in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drew %1 new samples: %2 of %3 decisions in the period are sampled (%4 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished">Rejected</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made this decision: another supervisor judges it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict on %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ReviewQaRepository</name>
    <message>
        <source>There is no decision %1 to sample.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ReviewQaService</name>
    <message>
        <source>Give the first and the last day of the period to sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample at most %1 days at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another supervisor drew samples at the same moment; draw again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no quality sample %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether you agree or disagree with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the note why you disagree with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made the decision on %1: another supervisor judges it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quality sample %1 changed meanwhile; reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quality sample %1 disappeared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ReviewQueuePage</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished">Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">Withdrawn</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to another account only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference or account login (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims the most urgent waiting request (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review requests match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request (Enter) or claim the next one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation for the user (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – earlier submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved: %2 is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected; the user is told by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID copies carry the user&apos;s signature (须签字).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s documents carry the company seal (加盖公章).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons per document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name review requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">Search</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ReviewRepository</name>
    <message>
        <source>No real-name review %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new review&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new submission&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new document&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new decision&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ReviewService</name>
    <message>
        <source>Document %1 needs a &quot;kind&quot; and a &quot;file&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file must lie inside the --files folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes; at most 1 MB (%3 bytes) is accepted per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file is not valid JSON (at byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file must hold a JSON array of requests or an object {&quot;requests&quot;: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no &quot;ref&quot; (the public platform&apos;s reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot;: use submit, resubmit or withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review request with the reference %1 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 is %2 and can no longer be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;type&quot; must be person, organization or primary_agent, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no &quot;fields&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;submitted_at&quot; is not an ISO 8601 time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;documents&quot; must be an array of {&quot;kind&quot;, &quot;file&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document of a %2 request (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform account has the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is a %2 account; a %3 request needs a %4 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 is %2: only a rejected request takes a resubmission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 changed meanwhile; import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review state (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No real-name review has the id or reference &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other account is real-name bound to this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is already bound to the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same image was submitted in %1 for a different ID number or USCC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nearly identical image (distance %1) was submitted in %2 for a different ID number or USCC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other case holds these images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded review %2, so another reviewer must handle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 is held by %2 (claim until %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 is already closed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No real-name review is waiting to be claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 is not claimed (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 is held by %2: only they or a supervisor may release it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 changed meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded review %2, so another reviewer must decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim review %1 before deciding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 is held by %2: only the holder may decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your claim on review %1 expired at %2: claim it again before deciding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 cannot be approved: this USCC is already real-name bound to the account %2. One USCC is bound to one account only. Next step: the organization recovers the account %2 with a recovery appeal, or a supervisor merges the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 cannot be approved: this ID number is already real-name bound to the account %2. One ID number is bound to one account only. Next step: the user recovers the account %2 with a recovery appeal, or a supervisor merges the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 has no submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 changed meanwhile; reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(another account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one reason code for the rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active rejection reason; choose one of the reason templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document of a %2 request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is wrong with the document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to the user is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1: tick &quot;signature present&quot; once you have seen the signatures, or reject the request with the reason &quot;not signed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1: tick &quot;seal present&quot; once you have seen the company seal, or reject the request with the reason &quot;no seal&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::RowSource</name>
    <message>
        <source>starting the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the rows to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::SampleDocuments</name>
    <message>
        <source>ID card front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name-change declaration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The new language applies after IdentityDesk is restarted.</source>
        <translation>The new language applies after IdentityDesk is restarted.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>desk::SignInDialog</name>
    <message>
        <source>Sign in – IdentityDesk</source>
        <translation>Sign in – IdentityDesk</translation>
    </message>
    <message>
        <source>IdentityDesk</source>
        <translation>IdentityDesk</translation>
    </message>
    <message>
        <source>Help-desk and review back office of the unified identity platform</source>
        <translation>Help-desk and review back office of the unified identity platform</translation>
    </message>
    <message>
        <source>sqlite:/path/to/file.db or postgresql://host:5432/dbname</source>
        <translation>sqlite:/path/to/file.db or postgresql://host:5432/dbname</translation>
    </message>
    <message>
        <source>The database to work on. Never put a password in the URL.</source>
        <translation>The database to work on. Never put a password in the URL.</translation>
    </message>
    <message>
        <source>Your staff login name</source>
        <translation>Your staff login name</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Remember the password in the system keychain</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>The system keychain could not be read: %1</translation>
    </message>
    <message>
        <source>Signing in to %1 …</source>
        <translation>Signing in to %1 …</translation>
    </message>
</context>
<context>
    <name>desk::SmsOutbox</name>
    <message>
        <source>A text message needs an idempotency key of 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send a text message to %1: not a mainland mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text message to %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text message to %1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text message to %1 has no preview for staff (pass the text itself when it holds no secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time a text message is queued is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text message with the key %1 is already in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text message %1 in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message %1 carries the password of account %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message %1 does not carry a new password for account %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::SmsOutboxPage</name>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a finally failed message again (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::SmsOutboxService</name>
    <message>
        <source>&quot;%1&quot; is not a message state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is not a failed message; only those can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::SmsSender</name>
    <message>
        <source>Name the SMS gateway&apos;s address (https://...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway address &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway address &quot;%1&quot; is not encrypted: text messages carry new passwords and go only over https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway address &quot;%1&quot; must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Qt has no TLS support: cannot reach an https:// gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway time-out must be between 100 ms and 10 minutes (not %1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of attempts must be between 1 and 100 (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retry back-off must be at least 1 second and its maximum at least the base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size must be between 1 and 1000 (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up after %1 attempts. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database role may not read the outbox: delivering text messages needs a role that is a member of desk_sms_sender. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message %1 has no place for the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not issue the new password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::Staff</name>
    <message>
        <source>Help-desk agent</source>
        <translation>Help-desk agent</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>desk::StaffRepository</name>
    <message>
        <source>There is no staff member &quot;%1&quot;.</source>
        <translation>There is no staff member &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid staff login: 3 to 32 characters, lower-case letters, digits and underscore, starting with a letter.</source>
        <translation>&quot;%1&quot; is not a valid staff login: 3 to 32 characters, lower-case letters, digits and underscore, starting with a letter.</translation>
    </message>
    <message>
        <source>The staff member needs a display name.</source>
        <translation>The staff member needs a display name.</translation>
    </message>
    <message>
        <source>The staff login &quot;%1&quot; is already taken.</source>
        <translation>The staff login &quot;%1&quot; is already taken.</translation>
    </message>
    <message>
        <source>Could not add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing whether %1 may sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting a new password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::StaffService</name>
    <message>
        <source>You cannot disable yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::TableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet library could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet library could not add a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmasked (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows; narrow the date range or export CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by %1 at %2; personal data %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart: more than %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::TransferRequestDialog</name>
    <message>
        <source>Request a project transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the person who leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the colleague of the same organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project numbers, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s stamped declaration (PDF, JPEG or PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee left the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished">Projects</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::cli</name>
    <message>
        <source>No password for %1: set PGPASSWORD, or sign in once with the application and let it remember the password in the system keychain.</source>
        <translation>No password for %1: set PGPASSWORD, or sign in once with the application and let it remember the password in the system keychain.</translation>
    </message>
    <message>
        <source>Schema is at version %1.</source>
        <translation>Schema is at version %1.</translation>
    </message>
    <message>
        <source>Unknown db command &quot;%1&quot;: use migrate, version or path.</source>
        <translation>Unknown db command &quot;%1&quot;: use migrate, version or path.</translation>
    </message>
    <message>
        <source>Person accounts.</source>
        <translation>Person accounts.</translation>
    </message>
    <message>
        <source>Organization accounts.</source>
        <translation>Organization accounts.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Random seed.</translation>
    </message>
    <message>
        <source>No progress display.</source>
        <translation>No progress display.</translation>
    </message>
    <message>
        <source>--persons, --organizations and --seed take whole numbers of zero or more.</source>
        <translation>--persons, --organizations and --seed take whole numbers of zero or more.</translation>
    </message>
    <message>
        <source>The database already holds %1 accounts; demo data only goes into an empty database.</source>
        <translation>The database already holds %1 accounts; demo data only goes into an empty database.</translation>
    </message>
    <message>
        <source>Generating demo data: %1% (%2 of %3 rows, %4 s)</source>
        <translation>Generating demo data: %1% (%2 of %3 rows, %4 s)</translation>
    </message>
    <message>
        <source>Staff passwords are shown only this once.</source>
        <translation>Staff passwords are shown only this once.</translation>
    </message>
    <message>
        <source>Staff login.</source>
        <translation>Staff login.</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Display name.</translation>
    </message>
    <message>
        <source>Role.</source>
        <translation>Role.</translation>
    </message>
    <message>
        <source>Read the new password from standard input.</source>
        <translation>Read the new password from standard input.</translation>
    </message>
    <message>
        <source>staff add needs --login and --name.</source>
        <translation>staff add needs --login and --name.</translation>
    </message>
    <message>
        <source>--role must be agent, reviewer, supervisor or administrator.</source>
        <translation>--role must be agent, reviewer, supervisor or administrator.</translation>
    </message>
    <message>
        <source>The password is shown only this once.</source>
        <translation>The password is shown only this once.</translation>
    </message>
    <message>
        <source>Most matches to print.</source>
        <translation>Most matches to print.</translation>
    </message>
    <message>
        <source>Login, USCC, ID number, phone or name.</source>
        <translation>Login, USCC, ID number, phone or name.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 10000.</source>
        <translation>--limit takes a number from 1 to 10000.</translation>
    </message>
    <message>
        <source>Give something to look up: a login, USCC, ID number, phone number or name.</source>
        <translation>Give something to look up: a login, USCC, ID number, phone number or name.</translation>
    </message>
    <message>
        <source>Entries.</source>
        <translation>Entries.</translation>
    </message>
    <message>
        <source>--db needs a URL, e.g. sqlite:/path/to/file.db or postgresql://role@host:5432/dbname</source>
        <translation>--db needs a URL, e.g. sqlite:/path/to/file.db or postgresql://role@host:5432/dbname</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Prefix for the demo staff logins (PostgreSQL roles are shared by all databases of a server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo staff login &quot;%1&quot; is already taken on this server; choose another with --staff-prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy system code, e.g. torch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide every case but change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy accounts per transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the legacy system: --system torch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch takes a number from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy accounts that could not be migrated: %1 (see &quot;conflicts&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown migration command &quot;%1&quot;: use lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s USCC (its Torch login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s mobile number (their Torch login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Torch login as the caller gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legacy account has the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown import command &quot;%1&quot;: use accounts or legacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows and write the bad ones to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip-bad needs a file name for the bad rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bad rows: nothing was imported. Fix them, or import the good rows with --skip-bad BADFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bad rows were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows differ from what is stored and were not imported (see &quot;conflict_rows&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also try again the legacy accounts recorded as conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s full registered name (current or former).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --uscc, --phone, --login or --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legacy organization is known under the name &quot;%1&quot;; ask the caller for the USCC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the documents&apos; &quot;file&quot; names are relative to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one JSON file of appeals to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--files needs the folder that holds the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2) not recorded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2): document %3 refused: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown appeal command &quot;%1&quot;. Usage: appeal import FILE.json --files DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: identitydesk-cli sms deliver --gateway https://HOST/PATH [--once] [--interval SECONDS] [--timeout MS]
  Sends the queued text messages to the SMS gateway. --once: one pass, then print the counts as JSON
  {&quot;sent&quot;, &quot;retrying&quot;, &quot;failed&quot;}; otherwise a pass every few seconds until interrupted (Ctrl+C), then
  the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pass, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to wait for the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the SMS gateway with --gateway https://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval takes a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering text messages to %1 every %2 s; Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1, retrying %2, failed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sms command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample document pictures cannot be drawn here; the demo appeals are written without documents (marked as needing documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holiday-cn JSON file of one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one holiday-cn JSON file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, ISO 8601 (e.g. 2026-02-13T10:00:00+08:00; without an offset it is China time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from needs a date and time such as 2026-02-13T10:00:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days takes a whole number of business days from 0 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check as if today were this day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today needs a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown calendar command &quot;%1&quot;: use import, due or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff %1 needs exactly one staff login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff rename needs --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown staff command &quot;%1&quot;: use add, list, disable, enable, rename or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the checkpoint key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint key %1 is too short (at least 32 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint key %1 does not exist: verify with the key that wrote the checkpoint (--key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the checkpoint key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the checkpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an audit checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint %1 is not authentic: it was altered, or written with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit checkpoint needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkpoint written by audit checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown audit command &quot;%1&quot;: use verify, checkpoint or log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as needs a staff login; the password follows on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as %1: give the staff member&apos;s password on standard input (one line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On PostgreSQL the role in the URL signs in: name %1 in the URL (postgresql://%1@host/db) instead of --as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one JSON file of review requests to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N requests (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>	already bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the most urgent waiting request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one request (ID or ref), or --next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one request: review show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve: verified_manual, the number bound to the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject with reason template codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text for the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason for one document (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: review decide ID (--approve | --reject CODE[,CODE] [--text T])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--text and --document-reason go with --reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document-reason takes KIND:CODE, e.g. id_back:not_signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown review command &quot;%1&quot;. Usage: review import | list | claim | show | decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: identitydesk-cli [--db URL] [--as LOGIN] COMMAND [options]

Commands:
  db migrate                 create or upgrade the schema (PostgreSQL: as the database owner)
  db version                 print the schema version of the database and of this program
  db path                    print where the database is (the embedded file by default)
  demo [--persons N] [--organizations M] [--seed S]
                             fill an empty database with synthetic demo data and one staff member per role
  staff add --login L --name NAME --role agent|reviewer|supervisor|administrator [--password-stdin]
  staff list
  staff disable LOGIN | staff enable LOGIN | staff rename LOGIN --name NAME
  staff password LOGIN [--password-stdin]
                             disable (PostgreSQL: no more sign-in, open sessions end), re-enable, rename a
                             staff member, or give them a new password (generated and printed once)
  lookup QUERY [--limit N]   find accounts by login, USCC, ID number, phone or name; prints JSON
  audit verify [--checkpoint FILE] [--key FILE]
                             check the audit log&apos;s hash chain; with a checkpoint also rows cut from the end
  audit checkpoint --out FILE [--key FILE]
                             write the head of the chain (row, hash, time) authenticated with a key kept
                             outside the database (created on first use, see the README)
  audit log [--limit N]      print the newest audit entries as JSON
  migrate --system torch [--dry-run] [--retry-conflicts] [--batch N]
                             migrate the legacy accounts of a system onto the platform; prints counts per
                             case and conflicts as JSON (--dry-run: decide everything, change nothing;
                             --retry-conflicts: also try the accounts recorded as conflicts again)
  migration lookup (--uscc X | --phone X | --login X | --name X)
                             what became of a legacy account and what to tell the caller; prints JSON
  import accounts FILE.csv [--skip-bad BADFILE]
  import legacy --system torch FILE.csv [--skip-bad BADFILE]
                             import platform or legacy accounts from CSV (UTF-8 or GB18030); any bad row
                             stops the import unless --skip-bad writes the bad rows to BADFILE; existing
                             rows are never overwritten; prints counts as JSON
  appeal import FILE.json --files DIR
                             record recovery appeals from the public platform with their documents (format
                             in the README); refused documents leave the appeal needing documents; JSON counts
  review import FILE.json --files DIR
                             record real-name review requests with their documents (format in the README)
  review list [--state S] [--json]
  review claim (ID | --next) claim a request (exit 1: nothing waiting, 3: refused by a rule)
  review show ID             the request (masked), its documents, decisions and checklist as JSON
  review decide ID (--approve | --reject CODE[,CODE] [--text T] [--document-reason KIND:CODE])
                             decide a request you hold (exit 3: refused by a rule, 2: bad input)
  merge candidates [--reason same_id_number|o4_person|same_uscc|former_name] [--limit N] [--json] [--counts]
                             the duplicate finder; --counts: entries per reason
  merge request --source LOGIN --target LOGIN --reason TEXT [--evidence FILE]
  merge rename --source OLD --target RENAMED --reason TEXT [--evidence FILE]
                             request a merge (or an organization&apos;s rename recovery); prints the preview
  merge approve ID | merge reject ID --reason TEXT | merge undo ID | merge show ID | merge list [--state S]
                             a supervisor other than the requester decides; approval executes (exit 3:
                             refused by a rule, 2: bad input, 1: anything else)
  transfer request --from LOGIN --to LOGIN --projects ID[,ID] --evidence FILE --reason TEXT
  transfer approve ID        move a departing member&apos;s projects to a colleague of the same organization
  calendar import FILE.json  replace one year of the holiday calendar with a holiday-cn file; JSON summary
  calendar due --from ISO-TIME --days N
                             the due time after N business days on the database&apos;s calendar (China time)
  calendar status [--today YYYY-MM-DD]
                             the years the calendar covers and whether it covers the next 60 days; JSON
  sms deliver --gateway https://HOST/PATH [--once] [--interval SECONDS] [--timeout MS]
                             send queued text messages to the SMS gateway (HTTPS, idempotency key, retry
                             with back-off); --once: one pass, then print the counts as JSON
  report list [--json]       the reports: name, title, formats
  report run NAME --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --out FILE
             [--queue Q] [--unmasked --reason TEXT]
                             write a report (exit 2: bad input, 3: not permitted); JSON summary

--db defaults to the embedded database in the user&apos;s data folder. On PostgreSQL the role in the URL
signs in with the password from PGPASSWORD or the system keychain. On the embedded database --as LOGIN
acts as that staff member, with the password read from standard input (one line).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this reason: same_id_number, o4_person, same_uscc or former_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the number of entries per reason instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 1000.</source>
        <translation type="unfinished">--limit takes a number from 1 to 10000. {1 ?} {1000.?}</translation>
    </message>
    <message>
        <source>--reason must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account that is merged and disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account that remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (recorded with the request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stamped declaration (PDF, JPEG or PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 --source LOGIN --target LOGIN --reason TEXT [--evidence FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note recorded with the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 ID --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a reason (--reason TEXT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: merge undo ID [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: merge show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending, executed, rejected or undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person account that leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colleague&apos;s person account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project ids, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s stamped declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: transfer request --from LOGIN --to LOGIN --projects ID[,ID...] --evidence FILE --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--projects takes project ids separated by commas; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee left the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown merge command &quot;%1&quot;. Usage: merge candidates | request | rename | approve | reject | undo | show | list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown transfer command &quot;%1&quot;. Usage: transfer request | approve | reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: identitydesk-cli report list [--json]
       identitydesk-cli report run NAME --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --out FILE
                                    [--queue appeals|reviews|merges] [--unmasked --reason TEXT]
  Runs a report as the signed-in staff member and writes it to FILE (nothing is left there if it fails).
  Prints {&quot;report&quot;, &quot;format&quot;, &quot;rows&quot;, &quot;out&quot;}. Exit codes: 0 done, 2 bad input, 3 not permitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, xlsx or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data in full (supervisors; audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the export is unmasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take a day as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv, xlsx or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason goes with --unmasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unmasked needs --reason with at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ids</name>
    <message numerus="yes">
        <source>The password has %n character(s); at least 8 are required.</source>
        <translation>
            <numerusform>The password has %n character; at least 8 are required.</numerusform>
            <numerusform>The password has %n characters; at least 8 are required.</numerusform>
        </translation>
    </message>
    <message>
        <source>upper-case letters</source>
        <translation>upper-case letters</translation>
    </message>
    <message>
        <source>lower-case letters</source>
        <translation>lower-case letters</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>digits</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>symbols</translation>
    </message>
    <message>
        <source>The password must mix at least 3 of: upper-case letters, lower-case letters, digits, symbols. Missing: %1.</source>
        <translation>The password must mix at least 3 of: upper-case letters, lower-case letters, digits, symbols. Missing: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters.</source>
        <translation type="unfinished">A resident ID number has 18 characters.</translation>
    </message>
    <message>
        <source>A resident ID number is 17 digits followed by a digit or an upper-case X.</source>
        <translation type="unfinished">A resident ID number is 17 digits followed by a digit or an upper-case X.</translation>
    </message>
    <message>
        <source>Digits 7 to 14 of the resident ID number are not a possible birth date.</source>
        <translation type="unfinished">Digits 7 to 14 of the resident ID number are not a possible birth date.</translation>
    </message>
    <message>
        <source>The last character of the resident ID number does not match the check digit of the first 17 digits: the number was mistyped or is not genuine.</source>
        <translation type="unfinished">The last character of the resident ID number does not match the check digit of the first 17 digits: the number was mistyped or is not genuine.</translation>
    </message>
    <message>
        <source>A USCC has 18 characters, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USCC holds only digits and the upper-case letters A to Y without I, O, S, V and Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (the last) of the USCC should be %1, not %2: the code was mistyped or is not genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character 1 of a USCC is the registration authority (GB 32100: 1 to 9, A, N or Y), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character 2 of a USCC is the entity type, and registration authority %1 has only %2 (GB 32100), not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a USCC are the administrative division code of the registering office (GB/T 2260) and must be digits, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 1 and 2 of a resident ID number are a province-level code of GB/T 2260 (11 to 15, 21 to 23, 31 to 37, 41 to 46, 50 to 54, 61 to 65, 71, 81 or 82), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers starting 83 are Taiwan residents&apos; residence permits (ID type tw_permit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers starting with 9 and a province-level code are foreigners&apos; permanent residence ID cards (ID type other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An 18-digit Hong Kong or Macao permit number is a residence permit and starts 81 (Hong Kong) or 82 (Macao), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An 18-digit Taiwan permit number is a residence permit and starts 83, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreigner&apos;s permanent residence ID card number starts with 9 and the province-level code (GB/T 2260) of the office that issued it, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
