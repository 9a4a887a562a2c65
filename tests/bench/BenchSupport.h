#pragma once

// Helpers the benchmarks share: failing loudly, reading one number from the database, timing statistics, peak
// memory from /proc, and filling an empty database with demo data. Messages are prefixed with the application
// name (QCoreApplication::applicationName(), e.g. "bench_lookup").

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include "core/Staff.h"

#include <memory>

namespace desk {
class Database;
}

namespace desk::bench {

// Prints "<application>: <message>" on stderr and exits with status 1.
[[noreturn]] void fail(const QString &message);

// The first column of the first row of `sql` (0 when there is no row); fails on a database error.
qint64 scalar(Database &db, const QString &sql);

// The value at rank p (0..1) of the sorted values, nearest rank; 0 for no values.
double percentile(QVector<double> values, double p);

// {"n", "p50_ms", "p99_ms", "max_ms", "mean_ms"} of durations in milliseconds.
QJsonObject stats(const QVector<double> &ms);

double elapsedMs(const QElapsedTimer &timer);

// Reads a "VmHWM:   1234 kB" style line of /proc/self/status, in MB; -1 when unavailable.
double procStatusMb(const char *field);

// Forgets the peak resident memory so far, so that VmHWM covers what follows only.
bool resetPeakMemory();

// Fills an empty database with `persons` + `organizations` demo accounts (DemoGenerator, progress on stderr),
// then closes this thread's connection so the next one starts with a cold cache like a desk would. Warns when the
// database already holds fewer accounts than wanted (the generator fills only an empty database). Writes
// "generated_s" (when it generated), "accounts" and "accounts_wanted" into `out`.
void ensureData(Database &db, qint64 persons, qint64 organizations, quint64 seed, QJsonObject &out);

// A staff member added for this run and a database opened under their own login, so that the timings include what
// the server does for staff (masking views, exact search through desk_find_ids, transition guards). PostgreSQL: a
// fresh login role (unique name, random password) in the group of `role`. SQLite has no roles: `setup` itself,
// with a staff row under the same name. `out` gets "read_as": the login and role.
struct StaffConnection
{
    std::shared_ptr<Database> db;
    StaffMember staff;
    QString password;
    // Another connection as the same member (for a thread of its own).
    std::shared_ptr<Database> openAnother() const;
};
StaffConnection connectAsStaff(const std::shared_ptr<Database> &setup, StaffRole role, const QString &prefix);

// Returns freed heap memory to the system (glibc), so that RSS figures reflect what is still in use.
void trimHeap();

} // namespace desk::bench
