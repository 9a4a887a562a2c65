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
    virtual bool isUniqueViolation(const QSqlError &error) const = 0;
    virtual bool isConnectionLost(const QSqlError &error) const = 0;
    virtual bool isAuthFailure(const QSqlError &error) const = 0;

    static std::unique_ptr<Dialect> create(DatabaseUrl::Driver driver);
};

// Escapes LIKE wildcards so user input is taken literally (escape character is '\').
QString escapeLike(const QString &text);

} // namespace desk
