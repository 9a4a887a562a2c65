#pragma once

#include "store/DatabaseUrl.h"

#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>

namespace desk {

// Everything that differs between SQLite and PostgreSQL, in one place.
// Repositories ask the dialect instead of branching on the driver.
class Dialect
{
public:
    virtual ~Dialect() = default;

    virtual QString name() const = 0;          // "sqlite" / "postgresql": also the migrations folder
    virtual QString qtDriver() const = 0;      // QSQLITE / QPSQL
    virtual QStringList sessionSetup() const = 0; // statements run on every new connection
    virtual QString beginWrite() const = 0;    // starts a transaction that will write
    // The column compared byte-wise (code-point order), so that prefix LIKE, ORDER BY and keyset paging use the
    // same index and sort alike on both databases.
    virtual QString binaryText(const QString &column) const = 0;
    // WHERE fragment for "column starts with :param" that can use the column's index.
    virtual QString startsWith(const QString &column, const QString &param) const = 0;
    // Where staff read a table that holds personal data (account, appeal, legacy_account, sms_outbox). PostgreSQL: its
    // masking view (004_masked_reads.sql), full values only for the work item the reader holds. SQLite: the
    // table itself; the application masks.
    virtual QString personalRead(const QString &table) const = 0;
    // WHERE fragment "column equals one of `count` (1-3) bound values" for a personal column of `table`, with
    // exactly `count` placeholders. PostgreSQL asks desk_find_ids(), which answers the matching ids and never the
    // values; `idColumn` names the row id in the caller's statement (e.g. "a.id").
    virtual QString personalMatch(const QString &table, const QString &column, int count,
                                  const QString &idColumn = QStringLiteral("id")) const = 0;
    // The statement that reveals one personal value of an account and writes the audit row on the server in the
    // same statement (PostgreSQL: desk_reveal(entity, id, field, reason)); empty where the application reads
    // the value and appends the audit row itself (SQLite).
    virtual QString serverReveal() const = 0;
    virtual bool isUniqueViolation(const QSqlError &error) const = 0;
    virtual bool isConnectionLost(const QSqlError &error) const = 0;
    virtual bool isAuthFailure(const QSqlError &error) const = 0;

    static std::unique_ptr<Dialect> create(DatabaseUrl::Driver driver);
};

// Escapes LIKE wildcards so user input is taken literally (escape character is '\').
QString escapeLike(const QString &text);

} // namespace desk
