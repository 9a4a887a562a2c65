#pragma once

#include "core/Result.h"
#include "store/AuditLog.h"
#include "workflow/Permissions.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace desk {

class Database;
class Session;
class Transaction;

// What a use case's work sees inside the write path: the database (its statements run on this thread's
// connection, inside the open transaction) and the audit entries it records. The entries are appended with the
// session's actor just before the commit, so none can be written on its own.
class WriteContext
{
public:
    Database &database() const;
    const Session &session() const { return m_session; }

    void audit(AuditEntry entry);
    void audit(const QString &action, const QString &entityType, const QString &entityId, const QJsonObject &before,
               const QJsonObject &after);

private:
    friend class WriteScope;
    explicit WriteContext(const Session &session) : m_session(session) {}

    const Session &m_session;
    QVector<AuditEntry> m_entries;
};

// The transaction of one run of the write path (WritePath::run); not for direct use.
class WriteScope
{
public:
    explicit WriteScope(const Session &session);
    ~WriteScope(); // rolls back unless committed
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    Status begin(); // this thread's connection, then the write transaction
    WriteContext &context() { return m_context; }
    Status commit(); // appends the recorded audit entries, then commits; rolls back on any failure

private:
    WriteContext m_context;
    std::unique_ptr<Transaction> m_tx;
};

// The one way a use case changes data (STYLE.md, "The write path"):
//   permission (Permissions::require) -> this thread's connection -> transaction -> `work` (the repositories)
//   -> the audit entries work recorded -> commit.
// `work` takes a WriteContext & and returns a Result<T> (or Status); an error from any step rolls everything
// back, so nothing is half-written. Input checks that need no database belong before run(). A use case reads:
//
//     return WritePath::run(*m_session, Action::ManageCalendar, [&](WriteContext &w) -> Status {
//         CalendarRepository repo(w.database());
//         ...                                  // read, check, write; return an Error to roll back
//         w.audit(action, entityType, entityId, before, after);
//         return {};                           // unchanged data may return without an audit entry
//     });
class WritePath
{
public:
    template <typename F>
    static auto run(const Session &session, Action action, F &&work) -> std::invoke_result_t<F, WriteContext &>
    {
        if (auto s = requirePermission(session, action); !s)
            return s.error();
        WriteScope scope(session);
        if (auto s = scope.begin(); !s)
            return s.error();
        auto result = std::invoke(std::forward<F>(work), scope.context());
        if (!result)
            return result; // the scope rolls back
        if (auto s = scope.commit(); !s)
            return s.error();
        return result;
    }

private:
    static Status requirePermission(const Session &session, Action action);
};

} // namespace desk
