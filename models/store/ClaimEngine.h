#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QVariantList>

#include <optional>

namespace desk {

class Database;

// The columns of a work queue whose rows staff claim one at a time, with an expiring claim: the recovery-appeal
// queue today (AppealRepository::claimQueue()), the real-name review queue next. Names are fixed identifiers
// from the code, never user input.
struct ClaimQueue
{
    QString table;           // e.g. "appeal"
    QString idColumn;        // e.g. "id"
    QString stateColumn;     // e.g. "state"
    QString waitingState;    // the stored state of a row waiting in the queue, e.g. "new"
    QString claimedState;    // the stored state of a claimed row, e.g. "claimed"
    QString dueColumn;       // claim-next takes the earliest due first (no due time last), then the lowest id
    QString claimedByColumn; // staff login of the holder
    QString claimedAtColumn;
    QString expiresColumn; // when the claim lapses; an expired claim may be taken over
    QString versionColumn; // raised by every claim, release and reassignment
    QString sqliteIndex;   // optional: an index over the claimable rows in claim-next order (SQLite INDEXED BY)
    QString filedByColumn; // optional: who recorded the row; they never hold it (no self-dealing)
};

// Who held a claim that a claim took over (empty when the row was waiting).
struct ClaimOutcome
{
    qint64 id = 0;
    QString previousHolder;
};

// The SQL of exclusive claims with expiry, keep-alive, release and reassignment over a ClaimQueue. No permission
// checks; every call runs inside the caller's write transaction on this thread's connection (the write path).
class ClaimEngine
{
public:
    ClaimEngine(Database &db, ClaimQueue queue) : m_db(db), m_q(std::move(queue)) {}

    // Claims the most urgent claimable row (waiting, or claimed with an expired claim) for `staffLogin`:
    // exclusive across concurrent callers (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: the caller's
    // BEGIN IMMEDIATE transaction plus a conditional UPDATE). Empty when nothing is claimable.
    Result<std::optional<ClaimOutcome>> claimNext(const QString &staffLogin, const QDateTime &now,
                                                  const QDateTime &expiresAt);
    // Claims one row if it is waiting or its claim has expired; empty otherwise (the caller reads the row to say
    // why). Exclusive as claimNext() (PostgreSQL: row lock; SQLite: the caller's write transaction).
    Result<std::optional<ClaimOutcome>> claim(qint64 id, const QString &staffLogin, const QDateTime &now,
                                              const QDateTime &expiresAt);
    // Keep-alive: moves the expiry of a claim `staffLogin` holds (no version change); false when they do not.
    Result<bool> extend(qint64 id, const QString &staffLogin, const QDateTime &expiresAt);
    // Back to the queue: waiting, no holder; false when the version no longer matches.
    Result<bool> release(qint64 id, int expectedVersion);
    // Hands the row to `staffLogin` with a fresh claim; false when the version no longer matches.
    Result<bool> reassign(qint64 id, int expectedVersion, const QString &staffLogin, const QDateTime &now,
                          const QDateTime &expiresAt);

    // The instant as claim columns store it: ISO-8601 UTC with milliseconds.
    static QString timeValue(const QDateTime &t);

private:
    QString sql(QString text) const; // fills the queue's names into {table}, {state}, ...
    Result<bool> updateOne(const QString &text, const QVariantList &values); // true when one row changed
    // PostgreSQL: claims the row `pick` selects (its id and holder, locked) and returns it, in one statement.
    Result<std::optional<ClaimOutcome>> claimPicked(const QString &pick, QVariantList values, const QString &staffLogin,
                                                    const QString &now, const QString &expires);
    // SQLite: claims row `id` if it is still claimable (the caller's write transaction keeps others out).
    Result<std::optional<ClaimOutcome>> takeOver(qint64 id, const QString &previous, const QString &staffLogin,
                                                 const QString &now, const QString &expires);

    Database &m_db;
    ClaimQueue m_q;
};

} // namespace desk
