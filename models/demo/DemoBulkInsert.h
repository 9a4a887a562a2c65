#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace desk {
class Database;
}

namespace desk::demo {

// Appends rows to one table through a prepared multi-row INSERT ("VALUES (:v0,..),(:v17,..),...") reused for
// every full batch: one statement execution per batch instead of per row, which matters most on PostgreSQL.
// Columns that hold the same value in every row (`constants`: column name and SQL literal) are written into the
// statement instead of being bound. Rows are buffered; flushFull() writes the full batches and keeps the rest,
// flushAll() writes everything.
class BulkInserter
{
public:
    struct Constant
    {
        QString column;
        QString literal;
    };

    // rowsPerStatement: 0 picks a batch that suits the dialect for this many columns.
    BulkInserter(Database &db, QSqlDatabase connection, QString table, QStringList columns, int rowsPerStatement = 0,
                 QList<Constant> constants = {});

    // Slots for the next row, one per column, all null. Valid until the next call.
    QVariant *newRow();
    qsizetype pendingRows() const { return qsizetype(m_buffer.size()) / m_columnCount; }
    qint64 writtenRows() const { return m_written; }

    Status flushFull();
    Status flushAll();

private:
    QString insertSql(int rows) const;
    Status execute(QSqlQuery &query, qsizetype firstRow, int rows);
    const QString &placeholder(int index) const;
    QSqlQuery *statement(int rows, Status &status);

    Database &m_db;
    QSqlDatabase m_connection;
    QString m_table;
    QStringList m_columns;
    QList<Constant> m_constants;
    int m_columnCount;
    int m_rowsPerStatement;
    QHash<int, QSqlQuery> m_statements; // by rows per statement: the full batch and the remainders
    std::vector<QVariant> m_buffer;
    qint64 m_written = 0;
    mutable QStringList m_placeholders;
};

} // namespace desk::demo
