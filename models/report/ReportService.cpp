#include "report/ReportService.h"

#include "domain/Identifiers.h"
#include "domain/LookupQuery.h"
#include "report/CsvRowEncoder.h"
#include "report/ReportChart.h"
#include "report/RowSource.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <algorithm>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

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

Result<QHash<QString, QVector<ExportRow>>> ReportService::figuresOf(const QStringList &reports,
                                                                   const ReportParams &params, int threads,
                                                                   QHash<QString, double> *elapsedMs)
{
    // Costliest first (the SLA's weeks, then the decisions), so that no thread is left with a long one at the end.
    static const QStringList cost{QStringLiteral("sla"), QStringLiteral("throughput"), QStringLiteral("reasons"),
                                  QStringLiteral("backlog")};
    QStringList order;
    for (const ReportDefinition *def : available())
        if (reports.contains(def->name))
            order << def->name;
    std::stable_sort(order.begin(), order.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &n) { return cost.contains(n) ? cost.indexOf(n) : cost.size(); };
        return rank(a) < rank(b);
    });

    if (order.isEmpty())
        return QHash<QString, QVector<ExportRow>>{};
    std::atomic<int> next{0};
    std::mutex lock;
    QHash<QString, QVector<ExportRow>> figures;
    std::optional<Error> failure;
    auto session = m_session;
    const auto work = [&, session]() {
        ReportService service(session);
        for (int i = next++; i < order.size(); i = next++) {
            QElapsedTimer timer;
            timer.start();
            auto rows = service.figures(order[i], params);
            const double ms = timer.nsecsElapsed() / 1e6;
            const std::lock_guard<std::mutex> guard(lock);
            if (elapsedMs)
                elapsedMs->insert(order[i], ms);
            if (!rows) {
                if (!failure)
                    failure = rows.error();
                next = int(order.size());
                break;
            }
            figures.insert(order[i], std::move(rows).value());
        }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < std::clamp(threads, 1, int(order.size())); ++t)
        workers.emplace_back([&, session]() {
            work();
            session->database().closeThreadConnection(); // the worker's connection ends with it
        });
    work(); // the calling thread takes a share too, on its own connection
    for (std::thread &w : workers)
        w.join();
    if (failure)
        return *failure;
    return figures;
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
    if (const auto chart = chartSpecFor(def->name); chart && !def->isList)
        writer->setChart(*chart);
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

QVector<ExportColumn> ListExport::textColumns(const QStringList &titles)
{
    QVector<ExportColumn> columns;
    for (int c = 0; c < titles.size(); ++c) {
        ExportColumn column;
        column.key = QStringLiteral("c%1").arg(c);
        column.title = titles[c];
        column.width = std::max(12, int(titles[c].size()) * 2 + 4);
        columns << column;
    }
    return columns;
}

QString ListExport::maskedSearch(const QString &text)
{
    const LookupQuery query = LookupQuery::parse(text);
    switch (query.kind) {
    case LookupQuery::Kind::IdNumber:
    case LookupQuery::Kind::Code18: return ids::maskIdNumber(query.text);
    case LookupQuery::Kind::Phone: return ids::maskPhone(query.text);
    default: return text.trimmed();
    }
}

Result<ExportOutcome> ReportService::exportList(const ListExport &list, ExportFormat format, const QString &path,
                                                const Progress &progress, const std::atomic<bool> *cancel)
{
    if (auto s = Permissions::require(m_session->staff(), list.action); !s)
        return s.error();
    if (path.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::ReportService", "Name the file to write."));
    if (list.columns.isEmpty() || !list.pager)
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::ReportService", "There is no list to export."));

    ExportMeta meta;
    meta.title = list.title;
    meta.reportName = list.name;
    QStringList words;
    for (const auto &f : list.filters)
        words << QStringLiteral("%1: %2").arg(f.first, f.second);
    meta.query = words.isEmpty() ? QCoreApplication::translate("desk::ReportService", "the whole list") : words.join(QStringLiteral("; "));
    meta.filters = list.filters;
    meta.exportedBy = m_session->staff().displayName.isEmpty()
        ? m_session->auditActor()
        : QStringLiteral("%1 (%2)").arg(m_session->staff().displayName, m_session->auditActor());
    meta.exportedAt = QDateTime::currentDateTimeUtc();
    meta.masked = true;

    auto writer = TableWriter::create(format);
    if (auto s = writer->begin(path, meta, list.columns); !s)
        return s.error();
    Database &db = m_session->database();
    qint64 done = 0;
    for (;;) {
        if (cancel && cancel->load())
            return Error(Error::Code::Cancelled, QCoreApplication::translate("desk::ReportService", "The export was cancelled; no file was written."));
        auto batch = list.pager(db, 2000);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        for (const ExportRow &row : std::as_const(*batch))
            if (auto s = writer->writeRow(row); !s)
                return s.error();
        done += batch->size();
        if (progress)
            progress(done, std::max(list.expectedRows, done));
    }
    QJsonObject filters;
    for (const auto &f : list.filters)
        filters.insert(f.first, f.second);
    auto audited = WritePath::run(*m_session, list.action, [&](WriteContext &w) -> Status {
        w.audit(QStringLiteral("list.export"), QStringLiteral("list"), list.name, {},
                QJsonObject{{QStringLiteral("list"), list.name},
                            {QStringLiteral("filters"), filters},
                            {QStringLiteral("rows"), done},
                            {QStringLiteral("format"), exportFormatName(format)},
                            {QStringLiteral("masked"), true}});
        return {};
    });
    if (!audited)
        return audited.error(); // the writer goes without finish(): no file under the name
    if (auto s = writer->finish(done); !s)
        return s.error();
    return ExportOutcome{list.name, format, done, path};
}

} // namespace desk
