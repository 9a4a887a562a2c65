#include "report/RowSource.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

namespace desk {

RowSource::RowSource(Database &db, QString sql, QVariantList values, int batchSize)
    : m_db(db), m_sql(std::move(sql)), m_values(std::move(values)), m_batchSize(std::max(1, batchSize))
{
}

namespace {

const char *const kCursor = "desk_export_rows";

// The statement with its values written in as the driver quotes them (a cursor cannot be declared with
// parameters through the driver's PREPARE).
Result<QString> inlineValues(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QString out;
    qsizetype from = 0;
    for (const QVariant &v : values) {
        const qsizetype at = sql.indexOf(QLatin1Char('?'), from);
        if (at < 0)
            break;
        QSqlField field(QStringLiteral("v"), v.metaType());
        field.setValue(v);
        out += sql.mid(from, at - from) + db.driver()->formatValue(field);
        from = at + 1;
    }
    return QString(out + sql.mid(from));
}

} // namespace

RowSource::~RowSource()
{
    if (m_query)
        m_query->finish();
    if (m_cursor) {
        if (auto conn = m_db.connection()) {
            QSqlQuery close(*conn);
            close.exec(QStringLiteral("CLOSE ") + QLatin1String(kCursor));
            conn->commit();
        }
    }
}

Status RowSource::open()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    m_query = std::make_unique<QSqlQuery>(*conn);
    m_query->setForwardOnly(true);
    if (m_db.dialect().name() == QLatin1String("postgresql")) {
        auto sql = inlineValues(*conn, m_sql, m_values);
        if (!sql)
            return sql.error();
        m_query->setForwardOnly(false); // each FETCH arrives as one result, not row by row
        QSqlDatabase db = *conn;
        if (!db.transaction())
            return m_db.errorFrom(db.lastError(), QCoreApplication::translate("desk::RowSource", "starting the export"));
        m_cursor = true;
        if (!m_query->exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(QLatin1String(kCursor), *sql)))
            return m_db.errorFrom(m_query->lastError(),
                                  QCoreApplication::translate("desk::RowSource", "reading the rows to export"));
        return {};
    }
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
    if (!m_query || m_done)
        return {};
    if (m_cursor) {
        if (!m_query->exec(QStringLiteral("FETCH FORWARD %1 FROM %2").arg(m_batchSize).arg(QLatin1String(kCursor))))
            return m_db.errorFrom(m_query->lastError(),
                                  QCoreApplication::translate("desk::RowSource", "reading the rows to export"));
        m_columns = m_query->record().count();
    }
    while (rows->size() < m_batchSize && m_query->next()) {
        ExportRow row(m_columns);
        for (int c = 0; c < m_columns; ++c)
            row[c] = m_query->value(c);
        rows->append(std::move(row));
    }
    if (rows->isEmpty() && m_query->lastError().isValid())
        return m_db.errorFrom(m_query->lastError(),
                              QCoreApplication::translate("desk::RowSource", "reading the rows to export"));
    if (m_cursor && rows->size() < m_batchSize)
        m_done = true; // the cursor is exhausted: no need to ask again
    return {};
}

} // namespace desk
