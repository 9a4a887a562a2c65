#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace desk {

class Database;

struct DemoOptions
{
    qint64 persons = 20000;      // person accounts written (including those the Torch migration created)
    qint64 organizations = 5000; // organization accounts written
    quint64 seed = 1;            // same seed, same logins, names, ID numbers and codes
    // "Now" for the data: registration times, ID validity and delegation expiry are placed relative to it.
    // Invalid (the default) means the current time. Fix it for byte-identical data across days.
    QDateTime now;
    // Recovery appeals filed after the accounts (demo/DemoAppeals.h): -1 (the default) files
    // DemoAppeals::automaticCount(persons), i.e. max(40, persons / 500) but at most 300; 0 files none.
    qint64 appeals = -1;
    // Real-name review requests filed after the appeals (demo/DemoReviews.h): -1 (the default) files
    // DemoReviews::automaticCount(persons); 0 files none.
    qint64 reviews = -1;
    // The staff login the demo's claimed and decided appeals name (the demo reviewer the CLI creates).
    QString appealReviewer = QStringLiteral("reviewer01");
};

struct DemoReport
{
    qint64 persons = 0;
    qint64 organizations = 0;
    qint64 delegations = 0;
    qint64 projects = 0;
    qint64 legacyAccounts = 0;
    qint64 events = 0;
    qint64 appeals = 0;         // recovery appeals filed
    qint64 appealDocuments = 0; // documents stored with them
    bool appealPictures = true; // false: the sample pictures could not be drawn here (no QGuiApplication)
    qint64 reviews = 0;         // real-name review requests filed
    qint64 reviewDocuments = 0;
    double seconds = 0;
};

// Fills an empty IdentityDesk database with synthetic but realistic platform data, so that the look-up,
// review, appeal, merge and migration screens can be shown, tried and measured without real personal data.
// Besides ordinary person and organization accounts it writes the cases the help desk meets (DOMAIN.md):
// several accounts of one person (one of them verified at most), Torch legacy accounts for every migration
// case O1-O4 / P1-P4 and a few conflicts, HJ_ and WGZJXM logins, invalid legacy codes, renamed organizations,
// expired ID cards, failed and pending verifications, accounts awaiting activation and disabled ones.
// Then it files recovery appeals of every type with synthetic document pictures (demo/DemoAppeals.h), some
// of them already claimed, waiting for the user or decided.
//
// All rows go in one transaction; on SQLite the load runs with synchronous=OFF, a large page cache and the
// secondary indexes rebuilt at the end (a cancel or an error rolls all of it back).
// The database must hold no accounts yet.
class DemoGenerator
{
public:
    // Called on the calling thread about every 10,000 accounts, then after each index rebuilt and once more
    // just before the commit (done == total). Units: one per account, plus a quarter as many again for rebuilding
    // the indexes and committing. Return false to cancel: everything is rolled back and generate() returns
    // Error::Code::Cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit DemoGenerator(Database &db);

    // Runs on the calling thread's connection; migrates the schema first. Refuses (Error::Code::Conflict) a
    // database that already holds accounts. 2,000,000 persons and 500,000 organizations take about a minute and a
    // half on SQLite (tests/bench/bench_demo) and a 1.9 GB file.
    Result<DemoReport> generate(const DemoOptions &options, const Progress &progress = {});

private:
    Database &m_db;
};

} // namespace desk
