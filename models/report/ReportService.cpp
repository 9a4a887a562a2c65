#include "report/ReportService.h"

#include "report/CsvRowEncoder.h"
#include "report/RowSource.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace desk {

namespace {

QString dayText(QDate d)
{
    return d.toString(Qt::ISODate);
}

// The metadata an export records about itself.
ExportMeta metaFor(const ReportDefinition &def, const ReportParams &p, const Session &session, const QString &sql)
{
    ExportMeta meta;
    meta.title = def.title;
    meta.reportName = def.name;
    meta.query = sql;
    if (def.usesRange)
        meta.filters.append({QCoreApplication::translate("desk::ReportService", "Days"), QStringLiteral("%1 – %2").arg(dayText(p.from), dayText(p.to))});
    else
        meta.filters.append({QCoreApplication::translate("desk::ReportService", "Days"), QCoreApplication::translate("desk::ReportService", "all (a snapshot)")});
    if (!p.queue.isEmpty())
        meta.filters.append({QCoreApplication::translate("desk::ReportService", "Queue"), p.queue});
    meta.exportedBy = session.staff().displayName.isEmpty()
        ? session.auditActor()
        : QStringLiteral("%1 (%2)").arg(session.staff().displayName, session.auditActor());
    meta.exportedAt = QDateTime::currentDateTimeUtc();
    meta.masked = !p.unmasked;
    return meta;
}

// The cells as a writer gets them: instants in China time, masks applied unless unmasked, numbers as numbers.
void shape(const QVector<ExportColumn> &columns, bool unmasked, ExportRow *row)
{
    for (int c = 0; c < row->size() && c < columns.size(); ++c)
        shapeCell(columns[c], unmasked, &(*row)[c]);
}

} // namespace

ReportService::ReportService(std::shared_ptr<Session> session) : m_session(std::move(session)) {}

QVector<const ReportDefinition *> ReportService::available() const
{
    QVector<const ReportDefinition *> out;
    for (const ReportDefinition &def : ReportCatalog::all())
        if (m_session->staff().active && Permissions::allows(m_session->staff().role, def.action))
            out << &def;
    return out;
}

Status ReportService::checkRequest(const ReportDefinition *def, const ReportParams &params, const QString &name) const
{
    if (!def) {
        QStringList names;
        for (const ReportDefinition &d : ReportCatalog::all())
            names << d.name;
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("desk::ReportService", "There is no report \"%1\". The reports are: %2.").arg(name, names.join(QStringLiteral(", "))));
    }
    if (!params.from.isValid() || !params.to.isValid())
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::ReportService", "Give the first and the last day as YYYY-MM-DD."));
    if (params.to < params.from)
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("desk::ReportService", "The last day (%1) is before the first day (%2).").arg(dayText(params.to), dayText(params.from)));
    if (!params.queue.isEmpty() && params.queue != QLatin1String("appeals") && params.queue != QLatin1String("reviews")
        && params.queue != QLatin1String("merges"))
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("desk::ReportService", "The queue \"%1\" is not appeals, reviews or merges.").arg(params.queue));
    return Permissions::require(m_session->staff(), def->action);
}

Status ReportService::prepareParams(const ReportDefinition &def, ReportParams *params)
{
    if (def.name == QLatin1String("backlog")) {
        auto calendar = CalendarRepository(m_session->database()).load();
        if (!calendar)
            return calendar.error();
        params->calendar = *calendar;
    }
    return {};
}

Result<QVector<ExportRow>> ReportService::figures(const QString &report, ReportParams params)
{
    const ReportDefinition *def = ReportCatalog::find(report);
    params.unmasked = false;
    if (auto s = checkRequest(def, params, report); !s)
        return s.error();
    if (def->isList)
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::ReportService", "The report \"%1\" is a list; export it instead.").arg(report));
    if (auto s = prepareParams(*def, &params); !s)
        return s.error();
    Database &db = m_session->database();
    const ReportQuery q = def->query(db.dialect(), params);
    RowSource source(db, q.sql, q.values, 1000);
    if (auto s = source.open(); !s)
        return s.error();
    QVector<ExportRow> all, batch;
    do {
        if (auto s = source.fetch(&batch); !s)
            return s.error();
        for (ExportRow &row : batch) {
            shape(def->columns, false, &row);
            all << std::move(row);
        }
    } while (!batch.isEmpty());
    return all;
}

Result<ExportOutcome> ReportService::exportReport(const ExportRequest &request, const Progress &progress,
                                                  const std::atomic<bool> *cancel)
{
    const ReportDefinition *def = ReportCatalog::find(request.report);
    ReportParams params = request.params;
    const QString reason = request.reason.trimmed();
    if (params.unmasked && reason.size() < kMinReasonLength)
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("desk::ReportService", "An unmasked export needs a reason of at least %1 characters.").arg(kMinReasonLength));
    if (auto s = checkRequest(def, params, request.report); !s)
        return s.error();
    if (params.unmasked)
        if (auto s = Permissions::require(m_session->staff(), Action::ExportUnmasked); !s)
            return s.error();
    if (request.path.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::ReportService", "Name the file to write."));
    if (!def->personal)
        params.unmasked = false; // nothing to unmask: no audit either
    if (auto s = prepareParams(*def, &params); !s)
        return s.error();

    Database &db = m_session->database();
    const bool serverAudits = db.dialect().name() == QLatin1String("postgresql");

    // How many rows (progress; and the audit of an unmasked export where the application writes it).
    qint64 total = 0;
    {
        const ReportQuery cq = def->countQuery(db.dialect(), params);
        auto q = db.exec(cq.sql, cq.values);
        if (!q)
            return q.error();
        total = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
    }
    if (params.unmasked && !serverAudits) {
        auto audited = WritePath::run(*m_session, Action::ExportUnmasked, [&](WriteContext &w) -> Status {
            w.audit(QStringLiteral("report.export_unmasked"), QStringLiteral("report"), def->name, {},
                    QJsonObject{{QStringLiteral("report"), def->name},
                                {QStringLiteral("from"), dayText(params.from)},
                                {QStringLiteral("to"), dayText(params.to)},
                                {QStringLiteral("rows"), total},
                                {QStringLiteral("format"), exportFormatName(request.format)},
                                {QStringLiteral("reason"), reason}});
            return {};
        });
        if (!audited)
            return audited.error();
    }

    const ReportQuery q = def->query(db.dialect(), params, reason);
    const ExportMeta meta = metaFor(*def, params, *m_session, q.sql);
    auto writer = TableWriter::create(request.format);
    if (auto s = writer->begin(request.path, meta, def->columns); !s)
        return s.error();
    // CSV reads past QtSql where it can, in bigger batches (PostgreSQL: fewer FETCH turns, each FETCH is sent
    // while the previous batch is written); progress and the cancel check come between batches.
    const bool encoded = writer->takesEncodedRows();
    RowSource source(db, q.sql, q.values, encoded ? 10000 : 2000);
    if (auto s = source.open(encoded); !s)
        return s.error();
    qint64 done = 0;
    const CsvRowEncoder encoder(def->columns, params.unmasked);
    QByteArray lines;
    QVector<ExportRow> batch;
    for (;;) {
        if (cancel && cancel->load())
            return Error(Error::Code::Cancelled, QCoreApplication::translate("desk::ReportService", "The export was cancelled; no file was written."));
        qint64 rows = 0;
        if (source.isRaw()) {  // CSV straight from the database's text
            lines.resize(0); // keeps the capacity
            if (auto s = source.fetchRaw([&](const RawRow &row) { encoder.encode(row, &lines); }, &rows); !s)
                return s.error();
            if (auto s = writer->writeEncodedRows(lines); !s)
                return s.error();
        } else {
            if (auto s = source.fetch(&batch); !s)
                return s.error();
            for (ExportRow &row : batch) {
                shape(def->columns, params.unmasked, &row);
                if (auto s = writer->writeRow(row); !s)
                    return s.error();
            }
            rows = batch.size();
        }
        if (rows == 0)
            break;
        done += rows;
        if (progress)
            progress(done, std::max(total, done));
    }
    if (auto s = writer->finish(done); !s)
        return s.error();
    return ExportOutcome{def->name, request.format, done, request.path};
}

} // namespace desk
