#include "CliSupport.h"

#include "domain/Identifiers.h"
#include "workflow/ReviewService.h"
#include "workflow/Session.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace desk::cli {

namespace {

// Exit codes of the review commands (contracts/review-cli.md): a rule's refusal is 3, bad input 2.
int refused(Context &ctx, const Error &error)
{
    ctx.err << error.message << Qt::endl;
    if (error.code == Error::Code::InvalidInput || error.code == Error::Code::NotFound)
        return BadInput;
    return Failure;
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject listEntry(const ReviewRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("ref"), r.ref},
                       {QStringLiteral("type"), r.type},
                       {QStringLiteral("login"), r.accountLogin},
                       {QStringLiteral("state"), r.state},
                       {QStringLiteral("due_at"), timeJson(r.dueAt)},
                       {QStringLiteral("submitted_at"), timeJson(r.submittedAt)},
                       {QStringLiteral("claimed_by"), r.claimedBy.isEmpty() ? QJsonValue() : QJsonValue(r.claimedBy)},
                       {QStringLiteral("already_bound"), !r.boundHolder.isEmpty()}};
}

QJsonObject claimJson(const ReviewRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("ref"), r.ref},
                       {QStringLiteral("claimed_by"), r.claimedBy},
                       {QStringLiteral("claim_expires_at"), timeJson(r.claimExpiresAt)}};
}

bool parse(Context &ctx, QCommandLineParser &p, const QString &name, const QStringList &args)
{
    if (!p.parse(QStringList{name} + args)) {
        ctx.err << p.errorText() << Qt::endl;
        return false;
    }
    return true;
}

int cmdImport(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("files"), tr("Folder the documents' \"file\" names are relative to."), QStringLiteral("DIR")});
    if (!parse(ctx, p, QStringLiteral("review import"), args))
        return BadInput;
    if (p.positionalArguments().size() != 1) {
        ctx.err << tr("Name exactly one JSON file of review requests to import.") << Qt::endl;
        return BadInput;
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    auto report = ReviewService(*session).importFile(p.positionalArguments().constFirst(), p.value(QStringLiteral("files")));
    if (!report)
        return report.error().code == Error::Code::InvalidInput ? (ctx.err << report.error().message << Qt::endl, BadInput)
                                                                : fail(ctx, report.error());
    printJson(ctx, report->toJson());
    for (const ReviewImportProblem &r : std::as_const(report->refused))
        ctx.err << tr("Entry %1 (%2) not recorded: %3").arg(r.index).arg(r.ref, r.reason) << Qt::endl;
    for (const ReviewImportProblem &r : std::as_const(report->documentRefusals))
        ctx.err << tr("Entry %1 (%2): document %3 refused: %4").arg(r.index).arg(r.ref, r.kind, r.reason) << Qt::endl;
    return report->refused.isEmpty() ? Ok : BadInput;
}

int cmdList(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("state"), tr("Only requests in this state."), QStringLiteral("S")});
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    p.addOption({QStringLiteral("limit"), tr("At most N requests (default 500)."), QStringLiteral("N")});
    if (!parse(ctx, p, QStringLiteral("review list"), args))
        return BadInput;
    ReviewListFilter filter;
    filter.state = p.value(QStringLiteral("state")).trimmed();
    if (p.isSet(QStringLiteral("limit")))
        filter.limit = p.value(QStringLiteral("limit")).toInt();
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    auto rows = ReviewService(*session).list(filter);
    if (!rows)
        return refused(ctx, rows.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const ReviewRecord &r : std::as_const(*rows))
            a.append(listEntry(r));
        printJson(ctx, a);
        return Ok;
    }
    for (const ReviewRecord &r : std::as_const(*rows))
        ctx.out << r.id << '\t' << r.ref << '\t' << r.type << '\t' << r.accountLogin << '\t' << r.state << '\t'
                << timeJson(r.dueAt).toString() << (r.boundHolder.isEmpty() ? QString() : tr("\talready bound"))
                << Qt::endl;
    return Ok;
}

int cmdClaim(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("next"), tr("Claim the most urgent waiting request.")});
    if (!parse(ctx, p, QStringLiteral("review claim"), args))
        return BadInput;
    const bool next = p.isSet(QStringLiteral("next"));
    if (next == (p.positionalArguments().size() == 1) || p.positionalArguments().size() > 1) {
        ctx.err << tr("Name one request (ID or ref), or --next.") << Qt::endl;
        return BadInput;
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    ReviewService service(*session);
    Result<ReviewRecord> rec = Error(Error::Code::Internal, QString());
    if (next) {
        rec = service.claimNext();
        if (!rec && rec.error().code == Error::Code::NotFound) {
            ctx.err << rec.error().message << Qt::endl;
            return NotFound;
        }
    } else {
        auto id = service.idFor(p.positionalArguments().constFirst());
        if (!id)
            return refused(ctx, id.error());
        rec = service.claim(*id);
    }
    if (!rec)
        return refused(ctx, rec.error());
    printJson(ctx, claimJson(*rec));
    return Ok;
}

int cmdShow(Context &ctx, const QStringList &args)
{
    if (args.size() != 1) {
        ctx.err << tr("Name one request: review show ID") << Qt::endl;
        return BadInput;
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    ReviewService service(*session);
    auto id = service.idFor(args.constFirst());
    if (!id)
        return refused(ctx, id.error());
    auto d = service.detail(*id);
    if (!d)
        return refused(ctx, d.error());
    QJsonObject o = listEntry(d->record);
    o.insert(QStringLiteral("fields"), d->maskedFields());
    QJsonArray docs;
    for (const ReviewDocument &doc : std::as_const(d->documents))
        docs.append(QJsonObject{{QStringLiteral("id"), doc.id},
                                {QStringLiteral("kind"), doc.kind},
                                {QStringLiteral("sha256"), doc.sha256},
                                {QStringLiteral("size"), doc.sizeBytes},
                                {QStringLiteral("mime_type"), doc.mimeType},
                                {QStringLiteral("submission"), doc.submissionId},
                                {QStringLiteral("current"), doc.submissionId == d->record.currentSubmissionId}});
    o.insert(QStringLiteral("documents"), docs);
    o.insert(QStringLiteral("checks"), RealNameChecks::toJson(d->checks));
    QJsonArray decisions;
    for (const ReviewDecision &dec : std::as_const(d->decisions))
        decisions.append(QJsonObject{{QStringLiteral("id"), dec.id},
                                     {QStringLiteral("outcome"), dec.outcome},
                                     {QStringLiteral("reason_codes"), QJsonArray::fromStringList(dec.reasonCodes)},
                                     {QStringLiteral("text"), dec.freeText},
                                     {QStringLiteral("document_reasons"), dec.documentReasons},
                                     {QStringLiteral("decided_by"), dec.decidedBy},
                                     {QStringLiteral("decided_at"), timeJson(dec.decidedAt)}});
    o.insert(QStringLiteral("decisions"), decisions);
    o.insert(QStringLiteral("submissions"), int(d->submissions.size()));
    o.insert(QStringLiteral("claim_expires_at"), timeJson(d->record.claimExpiresAt));
    printJson(ctx, o);
    return Ok;
}

int cmdDecide(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("approve"), tr("Approve: verified_manual, the number bound to the account.")});
    p.addOption({QStringLiteral("reject"), tr("Reject with reason template codes."), QStringLiteral("CODE[,CODE]")});
    p.addOption({QStringLiteral("text"), tr("Free text for the user."), QStringLiteral("T")});
    p.addOption({QStringLiteral("document-reason"), tr("A reason for one document (repeatable)."),
                 QStringLiteral("KIND:CODE")});
    if (!parse(ctx, p, QStringLiteral("review decide"), args))
        return BadInput;
    const bool approve = p.isSet(QStringLiteral("approve"));
    const bool reject = p.isSet(QStringLiteral("reject"));
    if (p.positionalArguments().size() != 1 || approve == reject) {
        ctx.err << tr("Usage: review decide ID (--approve | --reject CODE[,CODE] [--text T])") << Qt::endl;
        return BadInput;
    }
    if (approve && (p.isSet(QStringLiteral("text")) || p.isSet(QStringLiteral("document-reason")))) {
        ctx.err << tr("--text and --document-reason go with --reject.") << Qt::endl;
        return BadInput;
    }
    QVector<ReviewDocumentReason> perDocument;
    for (const QString &v : p.values(QStringLiteral("document-reason"))) {
        const qsizetype colon = v.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            ctx.err << tr("--document-reason takes KIND:CODE, e.g. id_back:not_signed") << Qt::endl;
            return BadInput;
        }
        perDocument << ReviewDocumentReason{v.left(colon).trimmed(), v.mid(colon + 1).trimmed(), {}};
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    ReviewService service(*session);
    auto id = service.idFor(p.positionalArguments().constFirst());
    if (!id)
        return refused(ctx, id.error());
    auto outcome = approve ? service.approve(*id)
                           : service.reject(*id, p.value(QStringLiteral("reject")).split(QLatin1Char(','), Qt::SkipEmptyParts),
                                            p.value(QStringLiteral("text")), perDocument);
    if (!outcome)
        return refused(ctx, outcome.error());
    printJson(ctx, outcome->toJson());
    return Ok;
}

} // namespace

int cmdReview(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("import"))
        return cmdImport(ctx, args.mid(1));
    if (sub == QLatin1String("list"))
        return cmdList(ctx, args.mid(1));
    if (sub == QLatin1String("claim"))
        return cmdClaim(ctx, args.mid(1));
    if (sub == QLatin1String("show"))
        return cmdShow(ctx, args.mid(1));
    if (sub == QLatin1String("decide"))
        return cmdDecide(ctx, args.mid(1));
    ctx.err << tr("Unknown review command \"%1\". Usage: review import | list | claim | show | decide").arg(sub)
            << Qt::endl;
    return BadInput;
}

} // namespace desk::cli
