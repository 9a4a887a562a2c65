#include "report/RowSource.h"

#include "store/Database.h"
#include "store/Dialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

#ifdef DESK_RAW_SQLITE
#include <sqlite3.h>
#endif
#ifdef DESK_RAW_LIBPQ
#include <libpq-fe.h>
#endif

namespace desk {

// Reads the rows of a statement past QtSql, on the driver's own handle (RowSource's raw mode).
class RawReader
{
public:
    virtual ~RawReader() = default;
    // Hands up to batchSize rows to `each`; an invalid error when all went well.
    virtual QSqlError fetch(const std::function<void(const RawRow &)> &each, int batchSize, qint64 *count) = 0;
};

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

QString readingRows()
{
    return QCoreApplication::translate("desk::RowSource", "reading the rows to export");
}

#ifdef DESK_RAW_SQLITE
// SQLite through the sqlite3 handle of Qt's QSQLITE driver, which links the same system libsqlite3 as we do
// (DESK_RAW_SQLITE is only defined where that holds). value() builds what QSQLiteResult builds.
class SqliteReader final : public RawReader, private RawRow
{
public:
    ~SqliteReader() override { sqlite3_finalize(m_stmt); }
    int columnCount() const override { return m_columns; }

    // Null when this statement or its values are not for the raw path; `error` set when preparing failed.
    static std::unique_ptr<SqliteReader> open(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                              QSqlError *error)
    {
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return {};
        sqlite3 *conn = *static_cast<sqlite3 *const *>(handle.constData());
        if (!conn || !sameLibrary(db))
            return {};
        auto reader = std::unique_ptr<SqliteReader>(new SqliteReader(conn));
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(conn, text.constData(), int(text.size()), &reader->m_stmt, nullptr) != SQLITE_OK) {
            *error =
                reader->lastError(QCoreApplication::translate("desk::RowSource", "Unable to prepare the statement"));
            return {};
        }
        if (sqlite3_bind_parameter_count(reader->m_stmt) != values.size())
            return {};
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values[i];
            int rc = SQLITE_OK;
            if (v.isNull())
                rc = sqlite3_bind_null(reader->m_stmt, i + 1);
            else if (v.typeId() == QMetaType::QString) {
                const QByteArray utf8 = v.toString().toUtf8();
                rc = sqlite3_bind_text(reader->m_stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            } else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                rc = sqlite3_bind_int64(reader->m_stmt, i + 1, v.toLongLong());
            else if (v.typeId() == QMetaType::Double)
                rc = sqlite3_bind_double(reader->m_stmt, i + 1, v.toDouble());
            else
                return {}; // a type bound otherwise by QtSql: leave it to QtSql
            if (rc != SQLITE_OK) {
                *error = reader->lastError(QCoreApplication::translate("desk::RowSource", "Unable to bind the values"));
                return {};
            }
        }
        reader->m_columns = sqlite3_column_count(reader->m_stmt);
        return reader;
    }

    QSqlError fetch(const std::function<void(const RawRow &)> &each, int batchSize, qint64 *count) override
    {
        *count = 0;
        while (!m_done && *count < batchSize) {
            const int rc = sqlite3_step(m_stmt);
            if (rc == SQLITE_DONE) {
                m_done = true;
                break;
            }
            if (rc != SQLITE_ROW)
                return lastError(QCoreApplication::translate("desk::RowSource", "Unable to fetch row"));
            each(*this);
            ++*count;
        }
        return {};
    }

private:
    explicit SqliteReader(sqlite3 *conn) : m_conn(conn) {}

    // Whether the QSQLITE driver runs the SQLite we link (a Qt built with its own copy would hand us a handle of
    // another library): the source id the driver's SQLite reports must be ours.
    static bool sameLibrary(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next()
            && q.value(0).toString() == QLatin1String(sqlite3_sourceid());
    }

    QSqlError lastError(const QString &what) const
    {
        return QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_conn)), QSqlError::StatementError,
                         QString::number(sqlite3_extended_errcode(m_conn)));
    }

    bool text(int column, QByteArrayView *bytes) const override
    {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_NULL:
            *bytes = {};
            return true;
        case SQLITE_TEXT: {
            const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
            *bytes = QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
            return bytes->isValidUtf8(); // otherwise QtSql's text (SQLite's UTF-16 of it) decides
        }
        default:
            return false;
        }
    }

    QVariant value(int column) const override
    {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_BLOB:
            return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                              sqlite3_column_bytes(m_stmt, column));
        case SQLITE_INTEGER:
            return qlonglong(sqlite3_column_int64(m_stmt, column));
        case SQLITE_FLOAT:
            return sqlite3_column_double(m_stmt, column);
        case SQLITE_NULL:
            return QVariant(QMetaType::fromType<QString>());
        default:
            return QString(static_cast<const QChar *>(sqlite3_column_text16(m_stmt, column)),
                           sqlite3_column_bytes16(m_stmt, column) / qsizetype(sizeof(QChar)));
        }
    }

    sqlite3 *m_conn = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_columns = 0;
    bool m_done = false;
};
#endif

#ifdef DESK_RAW_LIBPQ
// PostgreSQL through the PGconn of Qt's QPSQL driver: FETCH with libpq, the text of each cell as the server sends
// it. Only for cursors whose columns are all text or integers (QPSQL makes the text into the same QString, an
// integer into the same digits); value() builds what QPSQLResult builds.
class PgReader final : public RawReader, private RawRow
{
public:
    ~PgReader() override
    {
        if (m_pending)
            PQclear(receive()); // a FETCH sent ahead: the connection is free again once its rows have arrived
        PQclear(m_result);
    }
    int columnCount() const override { return int(m_types.size()); }

    // Null when the cursor's columns are not all of the types read here (QtSql reads it then).
    static std::unique_ptr<PgReader> open(const QSqlDatabase &db)
    {
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() ||
            (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
            return {};
        PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
        if (!conn || qstrcmp(pg_encoding_to_char(PQclientEncoding(conn)), "UTF8") != 0)
            return {};
        PGresult *described = PQdescribePortal(conn, kCursor);
        std::unique_ptr<PgReader> reader;
        if (PQresultStatus(described) == PGRES_COMMAND_OK) {
            reader.reset(new PgReader(conn));
            const int n = PQnfields(described);
            for (int c = 0; c < n && reader; ++c) {
                const Oid type = PQftype(described, c);
                if (type == kText || type == kVarchar || type == kBpchar || type == kName)
                    reader->m_types.append(QMetaType::QString);
                else if (type == kInt2 || type == kInt4)
                    reader->m_types.append(QMetaType::Int);
                else if (type == kInt8)
                    reader->m_types.append(QMetaType::LongLong);
                else
                    reader.reset();
            }
        }
        PQclear(described);
        return reader;
    }

    // The next FETCH is sent before the rows of this one are handed over, so that the server reads on while
    // they are written.
    QSqlError fetch(const std::function<void(const RawRow &)> &each, int batchSize, qint64 *count) override
    {
        *count = 0;
        if (m_done)
            return {};
        if (m_fetch.isEmpty())
            m_fetch =
                QByteArray("FETCH FORWARD ").append(QByteArray::number(batchSize)).append(" FROM ").append(kCursor);
        if (!m_pending && !send())
            return failure();
        PQclear(m_result);
        m_result = receive();
        if (PQresultStatus(m_result) != PGRES_TUPLES_OK) {
            m_done = true;
            return failure();
        }
        const int rows = PQntuples(m_result);
        if (rows < batchSize)
            m_done = true; // the cursor is exhausted
        else if (!send())
            return failure();
        for (m_row = 0; m_row < rows; ++m_row)
            each(*this);
        *count = rows;
        return {};
    }

private:
    // pg_type OIDs (server/catalog/pg_type_d.h is not in libpq-dev).
    static constexpr Oid kText = 25, kVarchar = 1043, kBpchar = 1042, kName = 19, kInt2 = 21, kInt4 = 23, kInt8 = 20;

    explicit PgReader(PGconn *conn) : m_conn(conn) {}

    bool send()
    {
        m_pending = PQsendQuery(m_conn, m_fetch.constData()) == 1;
        return m_pending;
    }

    // The result of the FETCH sent, once all of it has arrived.
    PGresult *receive()
    {
        m_pending = false;
        PGresult *result = PQgetResult(m_conn);
        while (PGresult *more = PQgetResult(m_conn))
            PQclear(more);
        return result;
    }

    QSqlError failure() const
    {
        const char *code = m_result ? PQresultErrorField(m_result, PG_DIAG_SQLSTATE) : nullptr;
        const char *message =
            m_result && *PQresultErrorMessage(m_result) ? PQresultErrorMessage(m_result) : PQerrorMessage(m_conn);
        return QSqlError(QCoreApplication::translate("desk::RowSource", "Unable to fetch row"),
                         QString::fromUtf8(message),
                         PQstatus(m_conn) == CONNECTION_BAD ? QSqlError::ConnectionError : QSqlError::StatementError,
                         code ? QString::fromLatin1(code) : QString());
    }

    bool text(int column, QByteArrayView *bytes) const override
    {
        if (m_types[column] != QMetaType::QString)
            return false;
        *bytes = QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
        return true; // the server sends valid UTF-8 and a NULL as ""
    }

    QVariant value(int column) const override
    {
        const QMetaType type(m_types[column]);
        if (PQgetisnull(m_result, m_row, column))
            return QVariant(type);
        const char *val = PQgetvalue(m_result, m_row, column);
        switch (m_types[column]) {
        case QMetaType::Int:
            return atoi(val);
        case QMetaType::LongLong: {
            const auto digits = QByteArray::fromRawData(val, qstrlen(val));
            return val[0] == '-' ? QVariant(digits.toLongLong()) : QVariant(digits.toULongLong());
        }
        default:
            return QString::fromUtf8(val);
        }
    }

    PGconn *m_conn = nullptr;
    PGresult *m_result = nullptr;
    QByteArray m_fetch;
    bool m_pending = false; // a FETCH was sent and its result not yet taken
    QVector<int> m_types;
    int m_row = 0;
    bool m_done = false;
};
#endif

} // namespace

RowSource::~RowSource()
{
    m_raw.reset();
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

Status RowSource::open(bool raw)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
#ifdef DESK_RAW_SQLITE
    if (raw && m_db.dialect().name() == QLatin1String("sqlite")) {
        QSqlError error;
        auto reader = SqliteReader::open(*conn, m_sql, m_values, &error);
        if (error.isValid())
            return m_db.errorFrom(error, QCoreApplication::translate("desk::RowSource", "preparing the export"));
        if (reader) {
            m_columns = reader->columnCount();
            m_raw = std::move(reader);
            return {};
        }
    }
#endif
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
#ifdef DESK_RAW_LIBPQ
        if (raw) {
            if (auto reader = PgReader::open(db)) {
                m_columns = reader->columnCount();
                m_raw = std::move(reader);
            }
        }
#endif
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

bool RowSource::rawBuilt(const QString &dialect)
{
#ifdef DESK_RAW_SQLITE
    if (dialect == QLatin1String("sqlite"))
        return true;
#endif
#ifdef DESK_RAW_LIBPQ
    if (dialect == QLatin1String("postgresql"))
        return true;
#endif
    Q_UNUSED(dialect);
    return false;
}

Status RowSource::fetchRaw(const std::function<void(const RawRow &)> &each, qint64 *count)
{
    *count = 0;
    if (!m_raw || m_done)
        return {};
    const QSqlError error = m_raw->fetch(each, m_batchSize, count);
    if (error.isValid())
        return m_db.errorFrom(error, readingRows());
    if (*count == 0)
        m_done = true;
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
