#include "CliSupport.h"

#include "domain/BusinessCalendar.h"
#include "workflow/CalendarService.h"
#include "workflow/Session.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace desk::cli {

namespace {

// Prints the coverage warning, if any, on stderr.
void warnIfUncovered(Context &ctx, const CalendarService::Coverage &coverage)
{
    if (!coverage.covered())
        ctx.err << tr("Warning: %1").arg(coverage.warning()) << Qt::endl;
}

// calendar import FILE.json: one year in the holiday-cn format replaces that year's rows.
int cmdCalendarImport(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), tr("A holiday-cn JSON file of one year."));
    if (!p.parse(QStringList{QStringLiteral("calendar import")} + args)) {
        ctx.err << p.errorText() << Qt::endl;
        return BadInput;
    }
    if (p.positionalArguments().size() != 1) {
        ctx.err << tr("Name exactly one holiday-cn JSON file to import.") << Qt::endl;
        return BadInput;
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    auto report = CalendarService(*session).importFile(p.positionalArguments().constFirst());
    if (!report)
        return fail(ctx, report.error());
    printJson(ctx, report->toJson());
    return Ok;
}

// calendar due --from ISO-TIME --days N: the due time on the database's calendar.
int cmdCalendarDue(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"),
                 tr("Start, ISO 8601 (e.g. 2026-02-13T10:00:00+08:00; without an offset it is China time)."),
                 QStringLiteral("ISO-TIME")});
    p.addOption({QStringLiteral("days"), tr("Business days."), QStringLiteral("N")});
    if (!p.parse(QStringList{QStringLiteral("calendar due")} + args)) {
        ctx.err << p.errorText() << Qt::endl;
        return BadInput;
    }
    const QString fromText = p.value(QStringLiteral("from")).trimmed();
    QDateTime from = QDateTime::fromString(fromText, Qt::ISODateWithMs);
    if (from.isValid() && from.timeSpec() == Qt::LocalTime)
        from = QDateTime(from.date(), from.time(), Qt::OffsetFromUTC, 8 * 3600);
    if (!from.isValid()) {
        ctx.err << tr("--from needs a date and time such as 2026-02-13T10:00:00+08:00.") << Qt::endl;
        return BadInput;
    }
    bool okDays = false;
    const int days = p.value(QStringLiteral("days")).toInt(&okDays);
    if (!okDays || days < 0 || days > 3650 || !p.positionalArguments().isEmpty()) {
        ctx.err << tr("--days takes a whole number of business days from 0 to 3650.") << Qt::endl;
        return BadInput;
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    auto calendar = CalendarService(*session).calendar();
    if (!calendar)
        return fail(ctx, calendar.error());
    const QDateTime due = calendar->dueAt(from, days);
    ctx.out << due.toString(Qt::ISODate) << Qt::endl;
    warnIfUncovered(ctx, CalendarService::coverageOf(*calendar, BusinessCalendar::toChinaTime(from).date(),
                                                     due.addMSecs(-1).date()));
    return Ok;
}

// calendar status [--today YYYY-MM-DD]: the covered years and whether the next 60 days are covered.
int cmdCalendarStatus(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("today"), tr("Check as if today were this day (YYYY-MM-DD)."),
                 QStringLiteral("DATE")});
    if (!p.parse(QStringList{QStringLiteral("calendar status")} + args)) {
        ctx.err << p.errorText() << Qt::endl;
        return BadInput;
    }
    QDate today;
    if (p.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            ctx.err << tr("--today needs a date of the form YYYY-MM-DD.") << Qt::endl;
            return BadInput;
        }
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    CalendarService service(*session);
    if (today.isValid())
        service.setClock([today]() { return QDateTime(today, QTime(12, 0), Qt::OffsetFromUTC, 8 * 3600); });
    auto coverage = service.coverage();
    if (!coverage)
        return fail(ctx, coverage.error());
    printJson(ctx, coverage->toJson());
    warnIfUncovered(ctx, *coverage);
    return Ok;
}

} // namespace

int cmdCalendar(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("import"))
        return cmdCalendarImport(ctx, args.mid(1));
    if (sub == QLatin1String("due"))
        return cmdCalendarDue(ctx, args.mid(1));
    if (sub == QLatin1String("status"))
        return cmdCalendarStatus(ctx, args.mid(1));
    ctx.err << tr("Unknown calendar command \"%1\": use import, due or status.").arg(sub) << Qt::endl;
    return BadInput;
}

} // namespace desk::cli
