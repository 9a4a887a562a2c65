#include "CliSupport.h"

#include "workflow/MergeService.h"
#include "workflow/Session.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace desk::cli {

namespace {

// Exit codes of the merge and transfer commands (contracts/merge-cli.md): 3 refused by a rule (four eyes, a
// conflict, a binding on both sides, a row changed since, the wrong role), 2 bad input, 1 anything else.
int exitFor(Context &ctx, const Error &error)
{
    ctx.err << error.message << Qt::endl;
    switch (error.code) {
    case Error::Code::Conflict:
    case Error::Code::PermissionDenied:
        return 3;
    case Error::Code::InvalidInput:
    case Error::Code::NotFound:
        return BadInput;
    default:
        return 1;
    }
}

bool parse(Context &ctx, QCommandLineParser &p, const QString &name, const QStringList &args)
{
    if (!p.parse(QStringList{name} + args)) {
        ctx.err << p.errorText() << Qt::endl;
        return false;
    }
    return true;
}

std::optional<qint64> requestId(Context &ctx, const QCommandLineParser &p, const QString &usage)
{
    bool ok = false;
    const qint64 id = p.positionalArguments().size() == 1 ? p.positionalArguments().constFirst().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        ctx.err << usage << Qt::endl;
        return std::nullopt;
    }
    return id;
}

QJsonArray candidatesJson(const QVector<MergeCandidate> &page)
{
    QJsonArray out;
    for (const MergeCandidate &c : page) {
        QJsonArray logins;
        QJsonArray details;
        for (const MergeAccount &a : c.accounts) {
            logins << a.login;
            details << QJsonObject{{QStringLiteral("login"), a.login},
                                   {QStringLiteral("kind"), a.kind},
                                   {QStringLiteral("name"), a.name},
                                   {QStringLiteral("real_name_status"), a.realNameStatus},
                                   {QStringLiteral("account_status"), a.accountStatus}};
        }
        out << QJsonObject{{QStringLiteral("reason"), c.reason},
                           {QStringLiteral("accounts"), logins},
                           {QStringLiteral("details"), details}};
    }
    return out;
}

int cmdCandidates(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("reason"), tr("Only this reason: same_id_number, o4_person, same_uscc or former_name."),
                 QStringLiteral("R")});
    p.addOption({QStringLiteral("limit"), tr("At most N entries (default 100)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    p.addOption({QStringLiteral("counts"), tr("Print the number of entries per reason instead.")});
    if (!parse(ctx, p, QStringLiteral("merge candidates"), args))
        return BadInput;
    bool ok = true;
    const int limit = p.isSet(QStringLiteral("limit")) ? p.value(QStringLiteral("limit")).toInt(&ok) : 100;
    if (!ok || limit < 1 || limit > 1000) {
        ctx.err << tr("--limit takes a number from 1 to 1000.") << Qt::endl;
        return BadInput;
    }
    const QString reason = p.value(QStringLiteral("reason"));
    if (!reason.isEmpty() && !MergeRepository::reasons().contains(reason)) {
        ctx.err << tr("--reason must be one of %1.").arg(MergeRepository::reasons().join(QStringLiteral(", ")))
                << Qt::endl;
        return BadInput;
    }
    auto session = openSession(ctx);
    if (!session)
        return exitFor(ctx, session.error());
    MergeService service(*session);
    if (p.isSet(QStringLiteral("counts"))) {
        auto counts = service.candidateCounts();
        if (!counts)
            return exitFor(ctx, counts.error());
        QJsonObject o;
        for (const QString &r : MergeRepository::reasons())
            o.insert(r, counts->value(r));
        printJson(ctx, o);
        return Ok;
    }
    auto page = service.candidates(reason, std::nullopt, limit);
    if (!page)
        return exitFor(ctx, page.error());
    if (p.isSet(QStringLiteral("json"))) {
        printJson(ctx, candidatesJson(*page));
        return Ok;
    }
    for (const MergeCandidate &c : std::as_const(*page)) {
        QStringList logins;
        for (const MergeAccount &a : c.accounts)
            logins << a.login;
        ctx.out << c.reason << '\t' << logins.join(QStringLiteral(", ")) << Qt::endl;
    }
    return Ok;
}

std::optional<MergeEvidence> evidenceFrom(Context &ctx, const QCommandLineParser &p, int *exitCode)
{
    if (!p.isSet(QStringLiteral("evidence")))
        return std::nullopt;
    auto e = MergeEvidence::load(p.value(QStringLiteral("evidence")));
    if (!e) {
        *exitCode = exitFor(ctx, e.error());
        return std::nullopt;
    }
    return *e;
}

int cmdRequest(Context &ctx, const QStringList &args, const QString &kind)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("source"), tr("The account that is merged and disabled."), QStringLiteral("LOGIN")});
    p.addOption({QStringLiteral("target"), tr("The account that remains."), QStringLiteral("LOGIN")});
    p.addOption({QStringLiteral("reason"), tr("Why (recorded with the request)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("evidence"), tr("A stamped declaration (PDF, JPEG or PNG)."), QStringLiteral("FILE")});
    const QString name = kind == QLatin1String("rename") ? QStringLiteral("merge rename") : QStringLiteral("merge request");
    if (!parse(ctx, p, name, args))
        return BadInput;
    if (!p.isSet(QStringLiteral("source")) || !p.isSet(QStringLiteral("target")) || !p.isSet(QStringLiteral("reason"))) {
        ctx.err << tr("Usage: %1 --source LOGIN --target LOGIN --reason TEXT [--evidence FILE]").arg(name) << Qt::endl;
        return BadInput;
    }
    int code = Ok;
    const auto evidence = evidenceFrom(ctx, p, &code);
    if (code != Ok)
        return code;
    auto session = openSession(ctx);
    if (!session)
        return exitFor(ctx, session.error());
    auto r = MergeService(*session).requestMerge(kind, p.value(QStringLiteral("source")), p.value(QStringLiteral("target")),
                                                 p.value(QStringLiteral("reason")), evidence);
    if (!r)
        return exitFor(ctx, r.error());
    printJson(ctx, MergeService::toJson(*r));
    return Ok;
}

int cmdDecide(Context &ctx, const QStringList &args, bool approve, const QString &name)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("reason"), approve ? tr("A note recorded with the approval.") : tr("Why it is rejected."),
                 QStringLiteral("TEXT")});
    if (!parse(ctx, p, name, args))
        return BadInput;
    const auto id = requestId(ctx, p, approve ? tr("Usage: %1 ID").arg(name) : tr("Usage: %1 ID --reason TEXT").arg(name));
    if (!id)
        return BadInput;
    if (!approve && p.value(QStringLiteral("reason")).trimmed().isEmpty()) {
        ctx.err << tr("A rejection needs a reason (--reason TEXT).") << Qt::endl;
        return BadInput;
    }
    auto session = openSession(ctx);
    if (!session)
        return exitFor(ctx, session.error());
    MergeService service(*session);
    auto r = approve ? service.approve(*id, p.value(QStringLiteral("reason")))
                     : service.reject(*id, p.value(QStringLiteral("reason")));
    if (!r)
        return exitFor(ctx, r.error());
    QHash<QString, int> ledger;
    if (approve) {
        auto counts = service.ledgerCounts(*id);
        if (counts)
            ledger = *counts;
    }
    printJson(ctx, MergeService::toJson(*r, ledger));
    return Ok;
}

int cmdUndo(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("reason"), tr("Why it is undone."), QStringLiteral("TEXT")});
    if (!parse(ctx, p, QStringLiteral("merge undo"), args))
        return BadInput;
    const auto id = requestId(ctx, p, tr("Usage: merge undo ID [--reason TEXT]"));
    if (!id)
        return BadInput;
    auto session = openSession(ctx);
    if (!session)
        return exitFor(ctx, session.error());
    auto r = MergeService(*session).requestUndo(*id, p.value(QStringLiteral("reason")));
    if (!r)
        return exitFor(ctx, r.error());
    printJson(ctx, MergeService::toJson(*r));
    return Ok;
}

int cmdShow(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    if (!parse(ctx, p, QStringLiteral("merge show"), args))
        return BadInput;
    const auto id = requestId(ctx, p, tr("Usage: merge show ID"));
    if (!id)
        return BadInput;
    auto session = openSession(ctx);
    if (!session)
        return exitFor(ctx, session.error());
    MergeService service(*session);
    auto r = service.show(*id);
    if (!r)
        return exitFor(ctx, r.error());
    auto counts = service.ledgerCounts(*id);
    if (!counts)
        return exitFor(ctx, counts.error());
    QJsonObject o = MergeService::toJson(*r, *counts);
    if (counts->isEmpty() && (r->state == QLatin1String("applied") || r->state == QLatin1String("reverted")))
        o.insert(QStringLiteral("ledger"), QJsonObject{});
    printJson(ctx, o);
    return Ok;
}

int cmdList(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("state"), tr("pending, executed, rejected or undone."), QStringLiteral("S")});
    if (!parse(ctx, p, QStringLiteral("merge list"), args))
        return BadInput;
    auto session = openSession(ctx);
    if (!session)
        return exitFor(ctx, session.error());
    auto rows = MergeService(*session).list(p.value(QStringLiteral("state")));
    if (!rows)
        return exitFor(ctx, rows.error());
    QJsonArray out;
    for (const MergeRequestRecord &r : std::as_const(*rows))
        out << MergeService::toJson(r);
    printJson(ctx, out);
    return Ok;
}

int cmdTransferRequest(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"), tr("The person account that leaves."), QStringLiteral("LOGIN")});
    p.addOption({QStringLiteral("to"), tr("The colleague's person account."), QStringLiteral("LOGIN")});
    p.addOption({QStringLiteral("projects"), tr("The project ids, comma-separated."), QStringLiteral("ID[,ID...]")});
    p.addOption({QStringLiteral("evidence"), tr("The organization's stamped declaration."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("reason"), tr("Why (recorded with the request)."), QStringLiteral("TEXT")});
    if (!parse(ctx, p, QStringLiteral("transfer request"), args))
        return BadInput;
    const QString usage = tr("Usage: transfer request --from LOGIN --to LOGIN --projects ID[,ID...] --evidence FILE "
                             "--reason TEXT");
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to")) || !p.isSet(QStringLiteral("projects"))
        || !p.isSet(QStringLiteral("evidence"))) {
        ctx.err << usage << Qt::endl;
        return BadInput;
    }
    QList<qint64> projects;
    for (const QString &part : p.value(QStringLiteral("projects")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            ctx.err << tr("--projects takes project ids separated by commas; \"%1\" is not one.").arg(part) << Qt::endl;
            return BadInput;
        }
        projects << id;
    }
    const QString reason = p.isSet(QStringLiteral("reason")) ? p.value(QStringLiteral("reason"))
                                                             : tr("employee left the organization");
    int code = Ok;
    const auto evidence = evidenceFrom(ctx, p, &code);
    if (code != Ok)
        return code;
    auto session = openSession(ctx);
    if (!session)
        return exitFor(ctx, session.error());
    auto r = MergeService(*session).requestTransfer(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")),
                                                    projects, reason, evidence);
    if (!r)
        return exitFor(ctx, r.error());
    printJson(ctx, MergeService::toJson(*r));
    return Ok;
}

} // namespace

int cmdMerge(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("candidates"))
        return cmdCandidates(ctx, args.mid(1));
    if (sub == QLatin1String("request"))
        return cmdRequest(ctx, args.mid(1), QStringLiteral("merge"));
    if (sub == QLatin1String("rename"))
        return cmdRequest(ctx, args.mid(1), QStringLiteral("rename"));
    if (sub == QLatin1String("approve"))
        return cmdDecide(ctx, args.mid(1), true, QStringLiteral("merge approve"));
    if (sub == QLatin1String("reject"))
        return cmdDecide(ctx, args.mid(1), false, QStringLiteral("merge reject"));
    if (sub == QLatin1String("undo"))
        return cmdUndo(ctx, args.mid(1));
    if (sub == QLatin1String("show"))
        return cmdShow(ctx, args.mid(1));
    if (sub == QLatin1String("list"))
        return cmdList(ctx, args.mid(1));
    ctx.err << tr("Unknown merge command \"%1\". Usage: merge candidates | request | rename | approve | reject | undo | "
                  "show | list")
                   .arg(sub)
            << Qt::endl;
    return BadInput;
}

int cmdTransfer(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("request"))
        return cmdTransferRequest(ctx, args.mid(1));
    if (sub == QLatin1String("approve"))
        return cmdDecide(ctx, args.mid(1), true, QStringLiteral("transfer approve"));
    if (sub == QLatin1String("reject"))
        return cmdDecide(ctx, args.mid(1), false, QStringLiteral("transfer reject"));
    ctx.err << tr("Unknown transfer command \"%1\". Usage: transfer request | approve | reject").arg(sub) << Qt::endl;
    return BadInput;
}

} // namespace desk::cli
