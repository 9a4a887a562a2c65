#pragma once

#include "core/Result.h"
#include "report/ReportCatalog.h"
#include "report/TableWriter.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace desk {

class Database;
class Session;

// One export asked for: which report, over which days, into which file and format; `unmasked` with a reason
// for the full personal data.
struct ExportRequest
{
    QString report;
    ReportParams params;
    ExportFormat format = ExportFormat::Csv;
    QString path;
    QString reason; // needed with params.unmasked
};

// An export of a list as the staff member sees it on screen (the look-up results, a queue, the duplicate finder,
// the watch and people lists): the list's columns and cell texts, masked as on screen, and every row of its
// current query, not only the loaded ones, read a page at a time. The pager runs on the exporting thread's
// connection; each call continues after the last row it gave; an empty batch ends the list.
using ListPager = std::function<Result<QVector<ExportRow>>(Database &db, int limit)>;
struct ListExport
{
    QString name;  // fixed, for the audit log and the file name: "lookup", "appeals", "reviews", "duplicates", ...
    QString title; // the file's heading, e.g. 账号查询结果
    Action action = Action::LookupAccounts;   // what seeing the list takes
    QVector<ExportColumn> columns;
    QVector<QPair<QString, QString>> filters; // the list's filters in words, as on screen (masked)
    ListPager pager;
    qint64 expectedRows = 0; // for the progress bar; 0 when unknown

    // Text columns with these titles (a list's cells are the texts it shows).
    static QVector<ExportColumn> textColumns(const QStringList &titles);
    // A search text as a filter shows it: an ID number or a mobile number typed into a search box masked.
    static QString maskedSearch(const QString &text);
};

struct ExportOutcome
{
    QString report;
    ExportFormat format = ExportFormat::Csv;
    qint64 rows = 0;
    QString path;
};

// Runs reports for a signed-in staff member: the dashboard's figures (small SQL aggregates) and exports that
// stream any number of rows into a file. It checks who may run which report, masks personal data unless an
// unmasked export was asked for by a role permitted to (then audited with the row count: by the server on
// PostgreSQL, by the write path on SQLite). Call from any thread: it uses that thread's connection.
class ReportService
{
public:
    explicit ReportService(std::shared_ptr<Session> session);

    // done rows and the total (0 when unknown); called after each batch.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // InvalidInput: unknown report, bad range, unmasked without a reason; PermissionDenied: role; Cancelled when
    // `cancel` became true (no file is left at the path); Io, Database otherwise.
    Result<ExportOutcome> exportReport(const ExportRequest &request, const Progress &progress = {},
                                       const std::atomic<bool> *cancel = nullptr);
    // Writes a list as shown: masked always (the full values stay behind reveal and the unmasked reports); every
    // run is audited ("list.export" with the list, its filters, the format and the row count) before the file
    // takes its name. InvalidInput: no path or no columns; PermissionDenied: the list's action; Cancelled.
    Result<ExportOutcome> exportList(const ListExport &list, ExportFormat format, const QString &path,
                                     const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);
    // The rows of an aggregate report (never a list report), masked; for the dashboard's charts.
    Result<QVector<ExportRow>> figures(const QString &report, ReportParams params);
    // The figures of several aggregate reports at once, as the dashboard refreshes: the reports are shared out
    // among `threads` worker threads, each on a connection of its own (closed when it ends), costliest first, so
    // the refresh takes about as long as its slowest share rather than the sum. Reports this staff member may not
    // run are left out; the first error of any report is the answer. `elapsedMs` (optional) gets each report's time.
    Result<QHash<QString, QVector<ExportRow>>> figuresOf(const QStringList &reports, const ReportParams &params,
                                                         int threads = 2, QHash<QString, double> *elapsedMs = nullptr);
    // The reports this staff member may run.
    QVector<const ReportDefinition *> available() const;

    static constexpr int kMinReasonLength = 4;

private:
    Status checkRequest(const ReportDefinition *def, const ReportParams &params, const QString &name) const;
    Status prepareParams(const ReportDefinition &def, ReportParams *params);

    std::shared_ptr<Session> m_session;
};

} // namespace desk
