#include "CliSupport.h"

#include "workflow/AppealIntake.h"
#include "workflow/Session.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace desk::cli {

namespace {

// appeal import FILE.json --files DIR: see workflow/AppealIntake.h for the format.
int cmdAppealImport(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("files"), tr("Folder the documents' \"file\" names are relative to."), QStringLiteral("DIR")});
    if (!p.parse(QStringList{QStringLiteral("appeal import")} + args)) {
        ctx.err << p.errorText() << Qt::endl;
        return BadInput;
    }
    if (p.positionalArguments().size() != 1) {
        ctx.err << tr("Name exactly one JSON file of appeals to import.") << Qt::endl;
        return BadInput;
    }
    const QString file = p.positionalArguments().constFirst();
    QString dir = p.value(QStringLiteral("files"));
    if (p.isSet(QStringLiteral("files")) && dir.isEmpty()) {
        ctx.err << tr("--files needs the folder that holds the documents.") << Qt::endl;
        return BadInput;
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    auto report = AppealIntake(*session).importFile(file, dir);
    if (!report)
        return fail(ctx, report.error());
    printJson(ctx, report->toJson());
    for (const AppealImportProblem &r : std::as_const(report->refused))
        ctx.err << tr("Entry %1 (%2) not recorded: %3").arg(r.index).arg(r.ref, r.reason) << Qt::endl;
    for (const AppealImportProblem &r : std::as_const(report->documentRefusals))
        ctx.err << tr("Entry %1 (%2): document %3 refused: %4").arg(r.index).arg(r.ref, r.kind, r.reason) << Qt::endl;
    return report->refused.isEmpty() ? Ok : BadInput;
}

} // namespace

int cmdAppeal(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("import"))
        return cmdAppealImport(ctx, args.mid(1));
    ctx.err << tr("Unknown appeal command \"%1\". Usage: appeal import FILE.json --files DIR").arg(sub) << Qt::endl;
    return BadInput;
}

} // namespace desk::cli
