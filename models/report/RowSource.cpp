#include "report/RowSource.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace desk {

RowSource::RowSource(Database &db, QString sql, QVariantList values, int batchSize)
    : m_db(db), m_sql(std::move(sql)), m_values(std::move(values)), m_batchSize(std::max(1, batchSize))
{
}

RowSource::~RowSource()
{
    if (m_query)
        m_query->finish();
}

Status RowSource::open()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    m_query = std::make_unique<QSqlQuery>(*conn);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(m_sql))
        return m_db.errorFrom(m_query->lastError(),
                              QCoreApplication::translate("desk::RowSource", "preparing the export"));
    for (const QVariant &v : std::as_const(m_values))
        m_query->addBindValue(v);
    if (!m_query->exec())
        return m_db.errorFrom(m_query->lastError(),
                              QCoreApplication::translate("desk::RowSource", "reading the rows to export"));
    m_columns = m_query->record().count();
    return {};
}

Status RowSource::fetch(QVector<ExportRow> *rows)
{
    rows->clear();
    if (!m_query)
        return {};
    while (rows->size() < m_batchSize && m_query->next()) {
        ExportRow row(m_columns);
        for (int c = 0; c < m_columns; ++c)
            row[c] = m_query->value(c);
        rows->append(std::move(row));
    }
    if (rows->isEmpty() && m_query->lastError().isValid())
        return m_db.errorFrom(m_query->lastError(),
                              QCoreApplication::translate("desk::RowSource", "reading the rows to export"));
    return {};
}

} // namespace desk
