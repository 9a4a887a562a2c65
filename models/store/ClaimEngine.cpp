#include "store/ClaimEngine.h"

#include "store/Database.h"

namespace desk {

QString ClaimEngine::timeValue(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString ClaimEngine::sql(QString text) const
{
    const auto quoted = [](const QString &s) -> QString { return QLatin1Char('\'') + s + QLatin1Char('\''); };
    text.replace(QStringLiteral("{table}"), m_q.table)
        .replace(QStringLiteral("{id}"), m_q.idColumn)
        .replace(QStringLiteral("{state}"), m_q.stateColumn)
        .replace(QStringLiteral("{waiting}"), quoted(m_q.waitingState))
        .replace(QStringLiteral("{claimed}"), quoted(m_q.claimedState))
        .replace(QStringLiteral("{due}"), m_q.dueColumn)
        .replace(QStringLiteral("{by}"), m_q.claimedByColumn)
        .replace(QStringLiteral("{at}"), m_q.claimedAtColumn)
        .replace(QStringLiteral("{expires}"), m_q.expiresColumn)
        .replace(QStringLiteral("{version}"), m_q.versionColumn)
        // Rows the claimer recorded themself are never theirs to hold.
        .replace(QStringLiteral("{not_filer}"),
                 m_q.filedByColumn.isEmpty()
                     ? QStringLiteral("(CAST(? AS TEXT) IS NOT NULL)")
                     : QStringLiteral("(%1 IS NULL OR %1 <> ?)").arg(m_q.filedByColumn));
    return text;
}

Result<std::optional<ClaimOutcome>> ClaimEngine::takeOver(qint64 id, const QString &previous, const QString &staffLogin,
                                                          const QString &now, const QString &expires)
{
    std::optional<ClaimOutcome> outcome;
    auto q = m_db.exec(sql(QStringLiteral("UPDATE {table} SET {state} = {claimed}, {by} = ?, {at} = ?, {expires} = ?, "
                                          "{version} = {version} + 1 WHERE {id} = ? AND ({state} = {waiting} OR "
                                          "({state} = {claimed} AND {expires} < ?)) AND {not_filer}")),
                       {staffLogin, now, expires, id, now, staffLogin});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 1)
        outcome = ClaimOutcome{id, previous};
    q->finish();
    return outcome;
}

Result<std::optional<ClaimOutcome>> ClaimEngine::claimPicked(const QString &pick, QVariantList values,
                                                             const QString &staffLogin, const QString &now,
                                                             const QString &expires)
{
    values << staffLogin << now << expires;
    auto q = m_db.exec(sql(QStringLiteral("WITH pick AS (") + pick +
                           QStringLiteral(") UPDATE {table} AS a SET {state} = {claimed}, {by} = ?, {at} = ?, "
                                          "{expires} = ?, {version} = a.{version} + 1 FROM pick "
                                          "WHERE a.{id} = pick.{id} RETURNING a.{id}, pick.{by}")),
                       values);
    if (!q)
        return q.error();
    std::optional<ClaimOutcome> outcome;
    if (q->next())
        outcome = ClaimOutcome{q->value(0).toLongLong(), q->value(1).toString()};
    q->finish();
    return outcome;
}

Result<std::optional<ClaimOutcome>> ClaimEngine::claimNext(const QString &staffLogin, const QDateTime &now,
                                                           const QDateTime &expiresAt)
{
    const QString nowText = timeValue(now);
    const QString expires = timeValue(expiresAt);
    std::optional<ClaimOutcome> outcome;
    if (m_db.url().isPostgres()) {
        // The row lock decides: concurrent claimers skip each other's candidates instead of waiting for them.
        return claimPicked(QStringLiteral("SELECT {id}, {by} FROM {table} WHERE {state} IN ({waiting}, {claimed}) AND "
                                          "({state} = {waiting} OR {expires} < ?) AND {not_filer} "
                                          "ORDER BY {due}, {id} LIMIT 1 FOR UPDATE SKIP LOCKED"),
                           {nowText, staffLogin}, staffLogin, nowText, expires);
    }
    // SQLite: the caller's BEGIN IMMEDIATE makes this the only writer; the conditional UPDATE and its row count
    // still guard against a change between the SELECT and the UPDATE. The named index is read from its first
    // qualifying entry, no sort: without statistics the planner would rather read every waiting row and sort.
    const QString indexed = m_q.sqliteIndex.isEmpty() ? QString() : QStringLiteral(" INDEXED BY ") + m_q.sqliteIndex;
    for (int attempt = 0; attempt < 3 && !outcome; ++attempt) {
        auto pick = m_db.exec(sql(QStringLiteral("SELECT {id}, {by} FROM {table}") + indexed +
                                  QStringLiteral(" WHERE {state} IN ({waiting}, {claimed}) AND ({state} = {waiting} "
                                                 "OR {expires} < ?) AND {not_filer} "
                                                 "ORDER BY ({due} IS NULL), {due}, {id} LIMIT 1")),
                              {nowText, staffLogin});
        if (!pick)
            return pick.error();
        if (!pick->next()) {
            pick->finish();
            return outcome;
        }
        const qint64 id = pick->value(0).toLongLong();
        const QString previous = pick->value(1).toString();
        pick->finish();
        auto taken = takeOver(id, previous, staffLogin, nowText, expires);
        if (!taken)
            return taken.error();
        outcome = *taken;
    }
    return outcome;
}

Result<std::optional<ClaimOutcome>> ClaimEngine::claim(qint64 id, const QString &staffLogin, const QDateTime &now,
                                                       const QDateTime &expiresAt)
{
    const QString nowText = timeValue(now);
    const QString expires = timeValue(expiresAt);
    if (m_db.url().isPostgres()) {
        // Waits for a concurrent claimer of the same row, then re-checks the condition on the row it left.
        return claimPicked(QStringLiteral("SELECT {id}, {by} FROM {table} WHERE {id} = ? AND ({state} = {waiting} OR "
                                          "({state} = {claimed} AND {expires} < ?)) AND {not_filer} FOR UPDATE"),
                           {id, nowText, staffLogin}, staffLogin, nowText, expires);
    }
    auto pick = m_db.exec(sql(QStringLiteral("SELECT {by} FROM {table} WHERE {id} = ?")), {id});
    if (!pick)
        return pick.error();
    const QString previous = pick->next() ? pick->value(0).toString() : QString();
    pick->finish();
    return takeOver(id, previous, staffLogin, nowText, expires);
}

Result<bool> ClaimEngine::updateOne(const QString &text, const QVariantList &values)
{
    auto q = m_db.exec(sql(text), values);
    if (!q)
        return q.error();
    const bool changed = q->numRowsAffected() == 1;
    q->finish();
    return changed;
}

Result<bool> ClaimEngine::extend(qint64 id, const QString &staffLogin, const QDateTime &expiresAt)
{
    return updateOne(
        QStringLiteral("UPDATE {table} SET {expires} = ? WHERE {id} = ? AND {state} = {claimed} AND {by} = ?"),
        {timeValue(expiresAt), id, staffLogin});
}

Result<bool> ClaimEngine::release(qint64 id, int expectedVersion)
{
    return updateOne(QStringLiteral("UPDATE {table} SET {state} = {waiting}, {by} = NULL, {at} = NULL, "
                                    "{expires} = NULL, {version} = {version} + 1 WHERE {id} = ? AND {version} = ?"),
                     {id, expectedVersion});
}

Result<bool> ClaimEngine::reassign(qint64 id, int expectedVersion, const QString &staffLogin, const QDateTime &now,
                                   const QDateTime &expiresAt)
{
    return updateOne(QStringLiteral("UPDATE {table} SET {state} = {claimed}, {by} = ?, {at} = ?, {expires} = ?, "
                                    "{version} = {version} + 1 WHERE {id} = ? AND {version} = ?"),
                     {staffLogin, timeValue(now), timeValue(expiresAt), id, expectedVersion});
}

} // namespace desk
