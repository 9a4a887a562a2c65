#include "demo/DemoBulkInsert.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>

namespace desk::demo {

// Named placeholders: binding by position makes Qt format a name for every value, binding by name does not.
const QString &BulkInserter::placeholder(int index) const
{
    while (m_placeholders.size() <= index)
        m_placeholders.append(QStringLiteral(":v") + QString::number(m_placeholders.size()));
    return m_placeholders.at(index);
}

BulkInserter::BulkInserter(Database &db, QSqlDatabase connection, QString table, QStringList columns,
                           int rowsPerStatement, QList<Constant> constants)
    : m_db(db), m_connection(std::move(connection)), m_table(std::move(table)), m_columns(std::move(columns)),
      m_constants(std::move(constants)), m_columnCount(int(m_columns.size())), m_rowsPerStatement(rowsPerStatement)
{
    // SQLite looks named parameters up by a linear scan: past about two hundred per statement larger batches get
    // slower again. PostgreSQL pays a round trip per statement and takes large batches.
    if (m_rowsPerStatement <= 0)
        m_rowsPerStatement = std::max(1, (db.url().isPostgres() ? 2000 : 192) / m_columnCount);
    m_buffer.reserve(size_t(m_columnCount) * size_t(m_rowsPerStatement) * 4);
}

QVariant *BulkInserter::newRow()
{
    const size_t start = m_buffer.size();
    m_buffer.resize(start + size_t(m_columnCount));
    return m_buffer.data() + start;
}

QString BulkInserter::insertSql(int rows) const
{
    QStringList columns = m_columns;
    QString constants;
    for (const Constant &constant : m_constants) {
        columns << constant.column;
        constants += QLatin1Char(',') + constant.literal;
    }
    QString sql = QStringLiteral("INSERT INTO ") + m_table + QStringLiteral(" (") + columns.join(QLatin1Char(',')) +
                  QStringLiteral(") VALUES ");
    int p = 0;
    for (int r = 0; r < rows; ++r) {
        sql += r == 0 ? QStringLiteral("(") : QStringLiteral(",(");
        for (int c = 0; c < m_columnCount; ++c) {
            if (c > 0)
                sql += QLatin1Char(',');
            sql += placeholder(p++);
        }
        sql += constants + QLatin1Char(')');
    }
    return sql;
}

Status BulkInserter::execute(QSqlQuery &query, qsizetype firstRow, int rows)
{
    const QVariant *values = m_buffer.data() + firstRow * m_columnCount;
    const int count = rows * m_columnCount;
    for (int i = 0; i < count; ++i)
        query.bindValue(placeholder(i), values[i]);
    if (!query.exec())
        return m_db.errorFrom(query.lastError(), QCoreApplication::translate("desk::DemoGenerator", "writing demo rows into %1").arg(m_table));
    m_written += rows;
    return {};
}

QSqlQuery *BulkInserter::statement(int rows, Status &status)
{
    auto it = m_statements.find(rows);
    if (it != m_statements.end())
        return &it.value();
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.prepare(insertSql(rows))) {
        status = m_db.errorFrom(query.lastError(), QCoreApplication::translate("desk::DemoGenerator", "preparing the demo insert into %1").arg(m_table));
        return nullptr;
    }
    return &m_statements.insert(rows, query).value();
}

Status BulkInserter::flushFull()
{
    const qsizetype rows = pendingRows();
    if (rows < m_rowsPerStatement)
        return {};
    Status status;
    QSqlQuery *full = statement(m_rowsPerStatement, status);
    if (!full)
        return status;
    qsizetype done = 0;
    while (rows - done >= m_rowsPerStatement) {
        if (auto s = execute(*full, done, m_rowsPerStatement); !s)
            return s;
        done += m_rowsPerStatement;
    }
    // Keep the incomplete batch for later.
    const size_t consumed = size_t(done) * size_t(m_columnCount);
    std::move(m_buffer.begin() + qsizetype(consumed), m_buffer.end(), m_buffer.begin());
    m_buffer.resize(m_buffer.size() - consumed);
    return {};
}

Status BulkInserter::flushAll()
{
    if (auto s = flushFull(); !s)
        return s;
    const qsizetype rows = pendingRows();
    if (rows == 0)
        return {};
    Status status;
    QSqlQuery *rest = statement(int(rows), status);
    if (!rest)
        return status;
    if (auto s = execute(*rest, 0, int(rows)); !s)
        return s;
    m_buffer.clear();
    return {};
}

} // namespace desk::demo
