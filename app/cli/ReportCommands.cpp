#include "CliSupport.h"

#include "report/ReportService.h"
#include "workflow/Session.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace desk::cli {

namespace {

const char *const kReportUsage = QT_TRANSLATE_NOOP("desk::cli",
    "Usage: identitydesk-cli report list [--json]\n"
    "       identitydesk-cli report run NAME --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --out FILE\n"
    "                                    [--queue appeals|reviews|merges] [--unmasked --reason TEXT]\n"
    "  Runs a report as the signed-in staff member and writes it to FILE (nothing is left there if it fails).\n"
    "  Prints {\"report\", \"format\", \"rows\", \"out\"}. Exit codes: 0 done, 2 bad input, 3 not permitted.");

QJsonArray formatsJson()
{
    QJsonArray formats;
    for (const QString &f : ReportCatalog::formats())
        formats.append(f);
    return formats;
}

int cmdReportList(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!p.parse(QStringList{QStringLiteral("report list")} + args) || !p.positionalArguments().isEmpty()) {
        ctx.err << (p.errorText().isEmpty() ? tr("Unexpected argument.") : p.errorText()) << Qt::endl
                << tr(kReportUsage) << Qt::endl;
        return BadInput;
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    // Every report, so that a script sees the names; `run` says which this role may not run.
    QJsonArray list;
    for (const ReportDefinition &def : ReportCatalog::all()) {
        if (p.isSet(QStringLiteral("json")))
            list.append(QJsonObject{{QStringLiteral("name"), def.name},
                                    {QStringLiteral("title"), def.title},
                                    {QStringLiteral("formats"), formatsJson()}});
        else
            ctx.out << def.name.leftJustified(12) << def.title << Qt::endl;
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(ctx, list);
    return Ok;
}

int cmdReportRun(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"), tr("First day."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), tr("Last day."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("format"), tr("csv, xlsx or pdf."), QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("queue"), tr("Only one queue."), QStringLiteral("QUEUE")});
    p.addOption({QStringLiteral("unmasked"), tr("Personal data in full (supervisors; audited).")});
    p.addOption({QStringLiteral("reason"), tr("Why the export is unmasked."), QStringLiteral("TEXT")});
    if (!p.parse(QStringList{QStringLiteral("report run")} + args)) {
        ctx.err << p.errorText() << Qt::endl << tr(kReportUsage) << Qt::endl;
        return BadInput;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1) {
        ctx.err << tr("Name one report.") << Qt::endl << tr(kReportUsage) << Qt::endl;
        return BadInput;
    }
    for (const char *required : {"from", "to", "format", "out"}) {
        if (p.value(QString::fromLatin1(required)).trimmed().isEmpty()) {
            ctx.err << tr("--%1 is required.").arg(QString::fromLatin1(required)) << Qt::endl
                    << tr(kReportUsage) << Qt::endl;
            return BadInput;
        }
    }
    ExportRequest request;
    request.report = positional.constFirst();
    request.params.from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    request.params.to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    if (!request.params.from.isValid() || !request.params.to.isValid()) {
        ctx.err << tr("--from and --to take a day as YYYY-MM-DD.") << Qt::endl;
        return BadInput;
    }
    if (!exportFormatFromName(p.value(QStringLiteral("format")), &request.format)) {
        ctx.err << tr("--format is csv, xlsx or pdf.") << Qt::endl;
        return BadInput;
    }
    request.path = QFileInfo(p.value(QStringLiteral("out"))).absoluteFilePath();
    if (!QFileInfo(QFileInfo(request.path).absolutePath()).isDir()) {
        ctx.err << tr("The folder of %1 does not exist.").arg(p.value(QStringLiteral("out"))) << Qt::endl;
        return BadInput;
    }
    request.params.queue = p.value(QStringLiteral("queue"));
    request.params.unmasked = p.isSet(QStringLiteral("unmasked"));
    request.reason = p.value(QStringLiteral("reason"));
    if (!request.params.unmasked && !request.reason.isEmpty()) {
        ctx.err << tr("--reason goes with --unmasked.") << Qt::endl;
        return BadInput;
    }
    if (request.params.unmasked && request.reason.trimmed().size() < ReportService::kMinReasonLength) {
        ctx.err << tr("--unmasked needs --reason with at least %1 characters.").arg(ReportService::kMinReasonLength)
                << Qt::endl;
        return BadInput;
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    auto done = ReportService(*session).exportReport(request);
    if (!done)
        return fail(ctx, done.error());
    printJson(ctx, QJsonObject{{QStringLiteral("report"), done->report},
                               {QStringLiteral("format"), exportFormatName(done->format)},
                               {QStringLiteral("rows"), done->rows},
                               {QStringLiteral("out"), done->path}});
    return Ok;
}

} // namespace

int cmdReport(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return cmdReportList(ctx, args.mid(1));
    if (sub == QLatin1String("run"))
        return cmdReportRun(ctx, args.mid(1));
    ctx.err << tr(kReportUsage) << Qt::endl;
    return BadInput;
}

} // namespace desk::cli
