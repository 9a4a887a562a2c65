#pragma once

#include "core/Result.h"
#include "report/ExportTable.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace desk {

class Database;

// The rows of one statement, read forward only, a batch at a time, so that an export of millions of rows keeps
// a batch in memory and never the result: SQLite steps through the statement; PostgreSQL reads it through a
// server-side cursor, FETCH by FETCH, in a transaction of its own that is committed when the source closes (an
// audited unmasked read keeps its audit row even when the export is cancelled). Runs on the calling thread's
// connection.
class RowSource
{
public:
    RowSource(Database &db, QString sql, QVariantList values, int batchSize = 2000);
    ~RowSource();
    RowSource(const RowSource &) = delete;
    RowSource &operator=(const RowSource &) = delete;

    Status open();
    int columnCount() const { return m_columns; }
    // Replaces `rows` with up to batchSize rows; an empty batch means the end.
    Status fetch(QVector<ExportRow> *rows);

private:
    Database &m_db;
    QString m_sql;
    QVariantList m_values;
    int m_batchSize;
    int m_columns = 0;
    std::unique_ptr<QSqlQuery> m_query;
    bool m_cursor = false; // PostgreSQL: a cursor is open in our transaction
    bool m_done = false;
};

} // namespace desk
