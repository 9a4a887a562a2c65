#pragma once

#include "core/Result.h"
#include "demo/DemoGenerator.h"

#include <QDateTime>

namespace desk {
class Database;
}

namespace desk::demo {

struct DemoAppealsReport
{
    qint64 appeals = 0;
    qint64 documents = 0;     // documents stored (refused ones are not)
    bool pictures = true;     // false: SampleDocuments could not draw here; no appeal has documents
    qint64 claimed = 0;
    qint64 waiting = 0;
    qint64 approved = 0;
    qint64 rejected = 0;
    qint64 withdrawn = 0;
    qint64 accountEvents = 0; // the account history rows the approvals added (one password reset each)
};

// The recovery appeals of the demo world, filed once the accounts exist (DemoGenerator runs it after its
// commit). Appeals of all four types go in through AppealService::record(), the path of the public platform's
// import and of the help desk, as the administrator "demo": most use the data of existing demo accounts (so the
// review finds candidates, a renamed organization under its name at registration), some match nothing, and a
// few arrive with a missing or damaged document (documents incomplete). Submission times are spread over the
// last five business days before `now` on the database's calendar, so the queue shows overdue, due-today and
// on-time appeals; a few are then claimed, waiting for the user, approved, rejected or withdrawn through
// AppealService with a clock set to the moment (the reviewer is DemoOptions::appealReviewer).
//
// The documents are the synthetic watermarked pictures of SampleDocuments: each kind is drawn once per run,
// plus a handful drawn with the data of the appeal they belong to; every other appeal reuses the bytes. Drawing
// needs a QGuiApplication (SampleDocuments::canRender()); without one the appeals are filed without documents.
// Deterministic for a seed and a `now`, apart from the audit times and the approvals' random passwords.
class DemoAppeals
{
public:
    // max(40, persons / 500), at most 300: enough to fill the queue's pages and SLA states, while the few
    // hundred kilobytes of pictures each appeal stores keep a large demo's file and time reasonable.
    static qint64 automaticCount(qint64 persons);
    // What DemoOptions::appeals asks for.
    static qint64 countFor(const DemoOptions &options);

    DemoAppeals(Database &db, const DemoOptions &options, const QDateTime &now);

    // Files `count` appeals on the calling thread's connection (each in its own transaction, with its audit
    // entry). Needs the schema, the calendar and the accounts in place.
    Result<DemoAppealsReport> run(qint64 count);

private:
    Database &m_db;
    const DemoOptions &m_options;
    QDateTime m_now;
};

} // namespace desk::demo
