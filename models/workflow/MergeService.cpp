#include "workflow/MergeService.h"

#include "domain/DocumentCheck.h"
#include "store/Database.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace desk {

namespace {

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

Result<MergeEvidence> MergeEvidence::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::InvalidInput, MergeService::tr("Cannot read the evidence file %1: %2")
                                                    .arg(QDir::toNativeSeparators(path), f.errorString()));
    if (f.size() > DocumentCheck::kMaxBytes)
        return Error(Error::Code::InvalidInput, MergeService::tr("The evidence file %1 is larger than 1 MB.")
                                                    .arg(QDir::toNativeSeparators(path)));
    return MergeEvidence{QFileInfo(path).fileName(), f.readAll()};
}

MergeService::MergeService(std::shared_ptr<Session> session) : m_session(std::move(session)) {}

void MergeService::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime MergeService::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Result<QVector<MergeCandidate>> MergeService::candidates(const QString &reason,
                                                         const std::optional<CandidateKey> &after, int limit)
{
    if (auto s = Permissions::require(m_session->staff(), Action::FindDuplicates); !s)
        return s.error();
    if (limit < 1 || limit > 1000)
        return Error(Error::Code::InvalidInput, tr("The page size must be between 1 and 1000 (not %1).").arg(limit));
    return MergeRepository(m_session->database()).candidates(reason, after, limit);
}

Result<QHash<QString, qint64>> MergeService::candidateCounts()
{
    if (auto s = Permissions::require(m_session->staff(), Action::FindDuplicates); !s)
        return s.error();
    return MergeRepository(m_session->database()).candidateCounts();
}

Result<MergeAccount> MergeService::accountNamed(MergeRepository &repo, const QString &login) const
{
    if (login.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, tr("Name the account by its login."));
    auto a = repo.accountByLogin(login.trimmed());
    if (!a)
        return a.error();
    if (!*a)
        return Error(Error::Code::InvalidInput, tr("No account has the login \"%1\".").arg(login.trimmed()));
    return **a;
}

Status MergeService::checkPair(const QString &kind, const MergeAccount &source, const MergeAccount &target) const
{
    if (source.id == target.id)
        return Error(Error::Code::InvalidInput, tr("The source and the target are the same account (%1).").arg(source.login));
    for (const MergeAccount *a : {&source, &target})
        if (a->accountStatus == QLatin1String("merged"))
            return Error(Error::Code::Conflict,
                         tr("Rule \"merged accounts stay merged\": %1 is merged into another account already.")
                             .arg(a->login));
    if (kind == QLatin1String("transfer")) {
        if (source.kind != QLatin1String("person") || target.kind != QLatin1String("person"))
            return Error(Error::Code::InvalidInput, tr("A project transfer goes from one person account to another."));
        return {};
    }
    if (source.bound() && target.bound())
        return Error(Error::Code::Conflict,
                     tr("Rule \"one real-name binding\": %1 and %2 are both real-name bound; a merge is refused.")
                         .arg(source.login, target.login));
    if (kind == QLatin1String("rename")
        && (source.kind != QLatin1String("organization") || target.kind != QLatin1String("organization")))
        return Error(Error::Code::InvalidInput,
                     tr("A rename recovery moves projects between two organization accounts."));
    if (source.kind == QLatin1String("organization") && target.kind == QLatin1String("person"))
        return Error(Error::Code::InvalidInput,
                     tr("An organization account is not merged into a person account (%1).").arg(target.login));
    return {};
}

Result<MergePreview> MergeService::preview(const QString &kind, const QString &sourceLogin, const QString &targetLogin,
                                           const QList<qint64> &projectIds)
{
    if (auto s = Permissions::require(m_session->staff(), Action::RequestMerge); !s)
        return s.error();
    if (kind != QLatin1String("merge") && kind != QLatin1String("rename") && kind != QLatin1String("transfer"))
        return Error(Error::Code::InvalidInput, tr("\"%1\" is not merge, rename or transfer.").arg(kind));
    MergeRepository repo(m_session->database());
    auto source = accountNamed(repo, sourceLogin);
    if (!source)
        return source.error();
    auto target = accountNamed(repo, targetLogin);
    if (!target)
        return target.error();
    if (auto s = checkPair(kind, *source, *target); !s)
        return s.error();
    return repo.preview(kind, *source, *target, projectIds);
}

Result<MergeRequestRecord> MergeService::record(const QString &kind, const MergeAccount &source,
                                                const MergeAccount &target, const QString &reason,
                                                const QList<qint64> &projects, qint64 undoes,
                                                const MergePreview &preview,
                                                const std::optional<MergeEvidence> &evidence)
{
    const QDateTime at = now();
    QString mime;
    if (evidence) {
        const DocumentCheck::Verdict v = DocumentCheck::check(evidence->content, evidence->fileName, true);
        if (!v.ok)
            return Error(Error::Code::InvalidInput, v.reason);
        mime = v.mimeType;
    }
    const Action action = kind == QLatin1String("undo") ? Action::DecideMerge : Action::RequestMerge;
    Database &db = m_session->database();
    return WritePath::run(*m_session, action, [&](WriteContext &w) -> Result<MergeRequestRecord> {
        MergeRepository repo(db);
        MergeRepository::NewRequest in;
        in.kind = kind;
        in.sourceId = source.id;
        in.targetId = target.id;
        in.reason = reason;
        in.projectIds = projects;
        in.undoesId = undoes;
        in.preview = preview.toJson();
        in.requestedBy = m_session->staff().login;
        in.at = at;
        auto id = repo.insertRequest(in);
        if (!id)
            return id.error();
        qint64 documentId = 0;
        if (evidence) {
            auto doc = repo.insertEvidence(*id, evidence->fileName, mime, evidence->content, at);
            if (!doc)
                return doc.error();
            documentId = *doc;
        }
        if (!repo.serverAudits()) {
            QJsonArray projectList;
            for (qint64 p : projects)
                projectList << QString::number(p);
            w.audit(QStringLiteral("merge.request"), QStringLiteral("account_merge"), QString::number(*id), {},
                    QJsonObject{{QStringLiteral("kind"), kind},
                                {QStringLiteral("source_account_id"), QString::number(source.id)},
                                {QStringLiteral("target_account_id"), QString::number(target.id)},
                                {QStringLiteral("reason"), reason},
                                {QStringLiteral("undoes"), undoes ? QJsonValue(QString::number(undoes)) : QJsonValue()},
                                {QStringLiteral("projects"), projectList}});
        }
        if (documentId)
            w.audit(QStringLiteral("document.attach"), QStringLiteral("document"), QString::number(documentId), {},
                    QJsonObject{{QStringLiteral("owner"), QStringLiteral("account_merge")},
                                {QStringLiteral("owner_id"), QString::number(*id)},
                                {QStringLiteral("file_name"), evidence->fileName}});
        return repo.request(*id);
    });
}

Result<MergeRequestRecord> MergeService::requestMerge(const QString &kind, const QString &sourceLogin,
                                                      const QString &targetLogin, const QString &reasonIn,
                                                      const std::optional<MergeEvidence> &evidence)
{
    if (auto s = Permissions::require(m_session->staff(), Action::RequestMerge); !s)
        return s.error();
    if (kind != QLatin1String("merge") && kind != QLatin1String("rename"))
        return Error(Error::Code::InvalidInput, tr("\"%1\" is not merge or rename.").arg(kind));
    const QString reason = reasonIn.trimmed();
    if (reason.isEmpty())
        return Error(Error::Code::InvalidInput, tr("A merge request needs a reason."));
    MergeRepository repo(m_session->database());
    auto source = accountNamed(repo, sourceLogin);
    if (!source)
        return source.error();
    auto target = accountNamed(repo, targetLogin);
    if (!target)
        return target.error();
    if (auto s = checkPair(kind, *source, *target); !s)
        return s.error();
    auto preview = repo.preview(kind, *source, *target, {});
    if (!preview)
        return preview.error();
    return record(kind, *source, *target, reason, {}, 0, *preview, evidence);
}

Result<MergeRequestRecord> MergeService::requestTransfer(const QString &fromLogin, const QString &toLogin,
                                                         const QList<qint64> &projectIds, const QString &reasonIn,
                                                         const std::optional<MergeEvidence> &evidence)
{
    if (auto s = Permissions::require(m_session->staff(), Action::RequestMerge); !s)
        return s.error();
    const QString reason = reasonIn.trimmed();
    if (reason.isEmpty())
        return Error(Error::Code::InvalidInput, tr("A transfer request needs a reason."));
    if (projectIds.isEmpty())
        return Error(Error::Code::InvalidInput, tr("Name at least one project to transfer."));
    if (!evidence)
        return Error(Error::Code::InvalidInput,
                     tr("A transfer needs the organization's stamped declaration as evidence (--evidence FILE)."));
    QList<qint64> projects;
    for (qint64 p : projectIds)
        if (!projects.contains(p))
            projects << p;
    MergeRepository repo(m_session->database());
    auto source = accountNamed(repo, fromLogin);
    if (!source)
        return source.error();
    auto target = accountNamed(repo, toLogin);
    if (!target)
        return target.error();
    if (auto s = checkPair(QStringLiteral("transfer"), *source, *target); !s)
        return s.error();
    auto owned = repo.projectsOf(source->id, projects);
    if (!owned)
        return owned.error();
    QStringList foreign;
    for (qint64 p : std::as_const(projects))
        if (!owned->contains(p))
            foreign << QString::number(p);
    if (!foreign.isEmpty())
        return Error(Error::Code::Conflict, tr("Rule \"projects of the source\": project %1 does not belong to %2.")
                                                .arg(foreign.join(QStringLiteral(", ")), source->login));
    auto same = repo.sameOrganization(source->id, target->id);
    if (!same)
        return same.error();
    if (!*same)
        return Error(Error::Code::Conflict,
                     tr("Rule \"same organization\": %1 and %2 are not delegated by the same organization.")
                         .arg(source->login, target->login));
    auto preview = repo.preview(QStringLiteral("transfer"), *source, *target, projects);
    if (!preview)
        return preview.error();
    return record(QStringLiteral("transfer"), *source, *target, reason, projects, 0, *preview, evidence);
}

Result<MergeRequestRecord> MergeService::requestUndo(qint64 id, const QString &reasonIn)
{
    if (auto s = Permissions::require(m_session->staff(), Action::DecideMerge); !s)
        return s.error();
    const QString reason = reasonIn.trimmed().isEmpty() ? tr("undo of request %1").arg(id) : reasonIn.trimmed();
    MergeRepository repo(m_session->database());
    auto undone = repo.request(id);
    if (!undone)
        return undone.error().code == Error::Code::NotFound ? Error(Error::Code::InvalidInput, undone.error().message)
                                                            : undone.error();
    if (undone->kind == QLatin1String("undo") || undone->state != QLatin1String("applied"))
        return Error(Error::Code::Conflict, tr("Rule \"undo what was executed\": request %1 is %2 (%3), nothing to undo.")
                                                .arg(id)
                                                .arg(undone->kind, MergeRequestRecord::publicState(undone->state)));
    auto open = repo.hasOpenUndo(id);
    if (!open)
        return open.error();
    if (*open)
        return Error(Error::Code::Conflict,
                     tr("Rule \"one undo at a time\": an undo of request %1 is waiting for approval.").arg(id));
    auto source = repo.account(undone->sourceId);
    if (!source)
        return source.error();
    auto target = repo.account(undone->targetId);
    if (!target)
        return target.error();
    auto counts = repo.ledgerCounts(id);
    if (!counts)
        return counts.error();
    MergePreview p;
    p.delegations = counts->value(QStringLiteral("delegation"));
    p.projects = counts->value(QStringLiteral("project"));
    p.legacyLinks = counts->value(QStringLiteral("legacy_account"));
    p.openCases = counts->value(QStringLiteral("appeal")) + counts->value(QStringLiteral("real_name_review"));
    p.events = counts->value(QStringLiteral("account_event"));
    return record(QStringLiteral("undo"), *source, *target, reason, {}, id, p, std::nullopt);
}

Result<MergeRequestRecord> MergeService::decide(qint64 id, bool approve, const QString &reason)
{
    const QDateTime at = now();
    const QString me = m_session->staff().login;
    Database &db = m_session->database();
    return WritePath::run(*m_session, Action::DecideMerge, [&](WriteContext &w) -> Result<MergeRequestRecord> {
        MergeRepository repo(db);
        auto rec = repo.request(id);
        if (!rec)
            return rec.error().code == Error::Code::NotFound ? Error(Error::Code::InvalidInput, rec.error().message)
                                                             : rec.error();
        if (rec->state != QLatin1String("requested"))
            return Error(Error::Code::Conflict, tr("Rule \"decided once\": request %1 was decided already (%2, by %3).")
                                                    .arg(id)
                                                    .arg(MergeRequestRecord::publicState(rec->state), rec->decidedBy));
        if (rec->requestedBy == me)
            return Error(Error::Code::PermissionDenied,
                         tr("Rule \"four eyes\": %1 requested %2 and cannot decide it; another supervisor does.")
                             .arg(me)
                             .arg(id));
        auto state = repo.decide(*rec, approve, reason, me, at);
        if (!state)
            return state.error();
        auto after = repo.request(id);
        if (!after)
            return after.error();
        if (!repo.serverAudits()) {
            auto counts = repo.ledgerCounts(id);
            if (!counts)
                return counts.error();
            int rows = 0;
            for (int n : std::as_const(*counts))
                rows += n;
            w.audit(approve ? QStringLiteral("merge.execute") : QStringLiteral("merge.reject"),
                    QStringLiteral("account_merge"), QString::number(id),
                    QJsonObject{{QStringLiteral("state"), rec->state}},
                    QJsonObject{{QStringLiteral("state"), *state},
                                {QStringLiteral("kind"), rec->kind},
                                {QStringLiteral("source_account_id"), QString::number(rec->sourceId)},
                                {QStringLiteral("target_account_id"), QString::number(rec->targetId)},
                                {QStringLiteral("undoes"), rec->undoesId ? QJsonValue(QString::number(rec->undoesId))
                                                                         : QJsonValue()},
                                {QStringLiteral("rows"), rows},
                                {QStringLiteral("reason"), textOrNull(reason)}});
        }
        return *after;
    });
}

Result<MergeRequestRecord> MergeService::approve(qint64 id, const QString &note)
{
    return decide(id, true, note.trimmed());
}

Result<MergeRequestRecord> MergeService::reject(qint64 id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, tr("A rejection needs a reason (--reason TEXT)."));
    return decide(id, false, reason.trimmed());
}

Result<MergeRequestRecord> MergeService::show(qint64 id)
{
    if (auto s = Permissions::require(m_session->staff(), Action::FindDuplicates); !s)
        return s.error();
    auto r = MergeRepository(m_session->database()).request(id);
    if (!r && r.error().code == Error::Code::NotFound)
        return Error(Error::Code::InvalidInput, r.error().message);
    return r;
}

Result<QHash<QString, int>> MergeService::ledgerCounts(qint64 id)
{
    if (auto s = Permissions::require(m_session->staff(), Action::FindDuplicates); !s)
        return s.error();
    return MergeRepository(m_session->database()).ledgerCounts(id);
}

Result<QVector<MergeRequestRecord>> MergeService::list(const QString &publicState, int limit)
{
    if (auto s = Permissions::require(m_session->staff(), Action::FindDuplicates); !s)
        return s.error();
    QString stored;
    if (publicState == QLatin1String("pending"))
        stored = QStringLiteral("requested");
    else if (publicState == QLatin1String("executed"))
        stored = QStringLiteral("applied");
    else if (publicState == QLatin1String("undone"))
        stored = QStringLiteral("reverted");
    else if (publicState == QLatin1String("rejected") || publicState.isEmpty())
        stored = publicState;
    else
        return Error(Error::Code::InvalidInput,
                     tr("\"%1\" is not a state (pending, executed, rejected, undone).").arg(publicState));
    return MergeRepository(m_session->database()).list(stored, limit);
}

Result<QVector<MergeRequestRecord>> MergeService::list(const MergeRequestFilter &filter, int limit)
{
    if (auto s = Permissions::require(m_session->staff(), Action::FindDuplicates); !s)
        return s.error();
    return MergeRepository(m_session->database()).list(filter, limit);
}

Result<QVector<DelegationRow>> MergeService::expiringDelegations(int days, int limit)
{
    if (auto s = Permissions::require(m_session->staff(), Action::FindDuplicates); !s)
        return s.error();
    const QDateTime from = now();
    return MergeRepository(m_session->database()).expiringDelegations(from, from.addDays(days), limit);
}

Result<QVector<DelegationRow>> MergeService::handlers(const DelegationRow &after, int limit)
{
    if (auto s = Permissions::require(m_session->staff(), Action::FindDuplicates); !s)
        return s.error();
    return MergeRepository(m_session->database()).handlers(after, limit);
}

Result<QVector<PendingAccountRow>> MergeService::pendingActivation(qint64 afterId, int limit)
{
    if (auto s = Permissions::require(m_session->staff(), Action::FindDuplicates); !s)
        return s.error();
    return MergeRepository(m_session->database()).pendingActivation(afterId, limit);
}

QJsonObject MergeService::toJson(const MergeRequestRecord &r, const QHash<QString, int> &ledger)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("state"), MergeRequestRecord::publicState(r.state)},
                  {QStringLiteral("source"), r.sourceLogin},
                  {QStringLiteral("target"), r.targetLogin},
                  {QStringLiteral("requested_by"), r.requestedBy},
                  {QStringLiteral("requested_at"), timeJson(r.requestedAt)},
                  {QStringLiteral("reason"), r.reason},
                  {QStringLiteral("preview"), r.preview}};
    if (r.kind == QLatin1String("transfer")) {
        QJsonArray projects;
        for (qint64 p : r.projectIds)
            projects << p;
        o.insert(QStringLiteral("projects"), projects);
    }
    if (r.undoesId)
        o.insert(QStringLiteral("undoes"), r.undoesId);
    if (!r.decidedBy.isEmpty()) {
        o.insert(r.state == QLatin1String("rejected") ? QStringLiteral("rejected_by") : QStringLiteral("approved_by"),
                 r.decidedBy);
        o.insert(QStringLiteral("decided_at"), timeJson(r.decidedAt));
    }
    if (r.executedAt.isValid())
        o.insert(QStringLiteral("executed_at"), timeJson(r.executedAt));
    if (!r.decisionReason.isEmpty())
        o.insert(QStringLiteral("decision_reason"), r.decisionReason);
    if (r.evidenceDocumentId)
        o.insert(QStringLiteral("evidence_document_id"), r.evidenceDocumentId);
    if (!ledger.isEmpty()) {
        QJsonObject counts;
        for (auto it = ledger.cbegin(); it != ledger.cend(); ++it)
            counts.insert(it.key(), it.value());
        o.insert(QStringLiteral("ledger"), counts);
    }
    return o;
}

} // namespace desk
