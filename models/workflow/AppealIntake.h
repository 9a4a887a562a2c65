#pragma once

// Import of recovery appeals from the public platform: `identitydesk-cli appeal import FILE.json --files DIR`.
//
// The file is UTF-8 JSON: an array of entries, or an object {"appeals": [entries]}. An entry is one of
//
//   a new appeal (no "event", or "event": "submit"):
//     {
//       "ref": "MOST-2025-000123",              public-platform reference, required, unique; an entry whose ref
//                                               is already recorded is a duplicate and changes nothing
//       "type": "person_recovery",              person_recovery | organization_recovery |
//                                               assisted_registration | modify_organization
//       "submitted_at": "2025-03-14T09:30:00+08:00",  ISO 8601 with offset or Z (no offset: China time)
//       "fields": { "name": "张三", "identity_region": "mainland", "id_type": "resident_id",
//                   "id_number": "11010519491231002X", "phone": "13912345678" },
//       "documents": [ {"kind": "id_front", "file": "MOST-2025-000123/front.jpg"},
//                      {"kind": "id_back",  "file": "MOST-2025-000123/back.png"} ]
//     }
//     The fields of each type are listed in workflow/AppealService.h (AppealForms). Document kinds: id_front,
//     id_back, licence, authorization, declaration, handler_id; "file" is relative to --files DIR (never
//     outside it). Each file is checked by content: JPEG or PNG (PDF only for licence, authorization and
//     declaration), at most 1 MB, an image that decodes and is not a decompression bomb. A refused or missing
//     file does not refuse the appeal: it is recorded as needing documents (documents_complete = 0) and the
//     refusal is reported. A malformed entry (unknown type, missing or invalid field such as an ID number with
//     a wrong check digit) is reported with its index and ref and not recorded.
//
//   new documents for an appeal waiting for the user:
//     {"event": "resubmit", "ref": "MOST-2025-000123", "documents": [{"kind": "id_front", "file": "..."}]}
//     The appeal goes back to the queue (state new, documents complete) and its SLA clock resumes with the
//     business time that was left. A refused file refuses the entry (the appeal keeps waiting). Re-importing
//     it (the same documents already stored) is a duplicate.
//
//   the user withdrew the appeal:
//     {"event": "withdraw", "ref": "MOST-2025-000123", "reason": "已自行找回"}
//     An appeal already withdrawn is a duplicate.
//
// Every entry is recorded in its own transaction with its audit entry; one bad entry never stops the others.
// The command prints
//   {"entries": N, "recorded": N, "duplicates": N, "needing_documents": N, "resubmitted": N, "withdrawn": N,
//    "refused": [{"index": I, "ref": "...", "reason": "..."}],
//    "document_refusals": [{"index": I, "ref": "...", "kind": "...", "file": "...", "reason": "..."}]}
// (index counts entries from 0) and exits 0 when no entry was refused, 2 when an entry was refused or the file
// is not valid JSON of this shape (then nothing is recorded), 3 on a database failure.

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <memory>

namespace desk {

class Session;

struct AppealImportProblem
{
    int index = 0; // the entry's position in the file, from 0
    QString ref;
    QString reason; // translated
    QString kind;   // document refusals: the slot
    QString file;   // document refusals: the file as named in the entry
};

struct AppealImportReport
{
    int entries = 0;
    int recorded = 0;
    int duplicates = 0;
    int needingDocuments = 0; // recorded appeals lacking an accepted document
    int resubmitted = 0;
    int withdrawn = 0;
    QVector<AppealImportProblem> refused;          // entries not recorded
    QVector<AppealImportProblem> documentRefusals; // documents refused; their appeals were recorded

    QJsonObject toJson() const;
};

class AppealIntake
{
    Q_DECLARE_TR_FUNCTIONS(desk::AppealIntake)

public:
    explicit AppealIntake(std::shared_ptr<Session> session);

    // Action::FileAppeal. Fails (nothing recorded) when the file cannot be read or is not JSON of the shape
    // above; otherwise reports every entry.
    Result<AppealImportReport> importFile(const QString &jsonFile, const QString &filesDir);
    Result<AppealImportReport> importJson(const QByteArray &json, const QString &filesDir);

private:
    std::shared_ptr<Session> m_session;
};

} // namespace desk
