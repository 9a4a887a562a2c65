#pragma once

#include "core/Result.h"
#include "report/ExportTable.h"

#include <QByteArrayView>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

namespace desk {

class Database;
class RawReader;

// One row read past QtSql (RowSource's raw mode): a cell as the database's own UTF-8 text where QtSql would
// have made exactly that text into a QString, and otherwise the value QSqlQuery::value() would have given.
class RawRow
{
public:
    virtual int columnCount() const = 0;
    // The cell's bytes (valid UTF-8; a NULL is empty); false when the cell is not text: use value().
    virtual bool text(int column, QByteArrayView *bytes) const = 0;
    // The cell as QSqlQuery::value() gives it.
    virtual QVariant value(int column) const = 0;

protected:
    ~RawRow() = default;
};

// The rows of one statement, read forward only, a batch at a time, so that an export of millions of rows keeps
// a batch in memory and never the result: SQLite steps through the statement; PostgreSQL reads it through a
// server-side cursor, FETCH by FETCH, in a transaction of its own that is committed when the source closes (an
// audited unmasked read keeps its audit row even when the export is cancelled). Runs on the calling thread's
// connection. Opened raw (the CSV export), it reads past QtSql on the driver's own handle where this build can
// (libsqlite3, libpq): the cells as the database's UTF-8, no QVariant per cell.
class RowSource
{
public:
    RowSource(Database &db, QString sql, QVariantList values, int batchSize = 2000);
    ~RowSource();
    RowSource(const RowSource &) = delete;
    RowSource &operator=(const RowSource &) = delete;

    // `raw`: read past QtSql where this build and the driver allow it (fetchRaw), else as usual (fetch).
    Status open(bool raw = false);
    int columnCount() const { return m_columns; }
    // Replaces `rows` with up to batchSize rows; an empty batch means the end.
    Status fetch(QVector<ExportRow> *rows);

    // True when open(true) could read past QtSql: then call fetchRaw, never fetch.
    bool isRaw() const { return m_raw != nullptr; }
    // Whether this build reads the dialect ("sqlite", "postgresql") past QtSql at all.
    static bool rawBuilt(const QString &dialect);
    // Hands up to batchSize rows to `each`, one at a time (a row is valid only during its call); `*count` is
    // how many, 0 at the end.
    Status fetchRaw(const std::function<void(const RawRow &)> &each, qint64 *count);

private:
    Database &m_db;
    QString m_sql;
    QVariantList m_values;
    int m_batchSize;
    int m_columns = 0;
    std::unique_ptr<QSqlQuery> m_query;
    std::unique_ptr<RawReader> m_raw;
    bool m_cursor = false; // PostgreSQL: a cursor is open in our transaction
    bool m_done = false;
};

} // namespace desk
