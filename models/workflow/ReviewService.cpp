#include "workflow/ReviewService.h"

#include "domain/CitizenTexts.h"
#include "domain/DocumentCheck.h"
#include "domain/Identifiers.h"
#include "domain/ImageHash.h"
#include "store/AppealRepository.h"
#include "store/ClaimEngine.h"
#include "store/Database.h"
#include "store/PasswordHasher.h"
#include "store/SmsOutbox.h"
#include "workflow/AppealContext.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace desk {

namespace {

constexpr int kMaxFreeText = 300;

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(ClaimEngine::timeValue(t)) : QJsonValue();
}

QJsonObject auditState(const ReviewRecord &r)
{
    return QJsonObject{{QStringLiteral("state"), r.state},
                       {QStringLiteral("version"), r.version},
                       {QStringLiteral("claimed_by"), r.claimedBy.isEmpty() ? QJsonValue() : QJsonValue(r.claimedBy)}};
}

void audit(WriteContext &w, const QString &action, qint64 id, const QJsonObject &before, const QJsonObject &after)
{
    w.audit(action, QStringLiteral("real_name_review"), QString::number(id), before, after);
}

bool isInfrastructure(const Error &e)
{
    return e.code == Error::Code::Database || e.code == Error::Code::ConnectionFailed;
}

struct DocumentInput
{
    QString kind;
    QString file;     // as named in the entry
    QString fileName; // its last part
    QByteArray content;
    QString error;
};

QVector<DocumentInput> readDocuments(const QJsonArray &docs, const QDir &dir, QString *shapeError)
{
    QVector<DocumentInput> out;
    const QString root = QDir::cleanPath(dir.absolutePath());
    for (int i = 0; i < docs.size(); ++i) {
        const QJsonObject d = docs.at(i).toObject();
        DocumentInput in;
        in.kind = d.value(QStringLiteral("kind")).toString().trimmed();
        in.file = d.value(QStringLiteral("file")).toString().trimmed();
        if (!docs.at(i).isObject() || in.kind.isEmpty() || in.file.isEmpty()) {
            *shapeError = ReviewService::tr("Document %1 needs a \"kind\" and a \"file\".").arg(i);
            return {};
        }
        in.fileName = QFileInfo(in.file).fileName();
        const QString path = QDir::cleanPath(dir.absoluteFilePath(in.file));
        QFile f(path);
        if (QDir::isAbsolutePath(in.file) || !path.startsWith(root + QLatin1Char('/')))
            in.error = ReviewService::tr("%1: the file must lie inside the --files folder.").arg(in.file);
        else if (!f.open(QIODevice::ReadOnly))
            in.error = ReviewService::tr("%1: cannot read the file (%2).").arg(in.file, f.errorString());
        else if (f.size() > DocumentCheck::kMaxBytes)
            in.error = ReviewService::tr("%1 is %2 bytes; at most 1 MB (%3 bytes) is accepted per file.")
                           .arg(in.file)
                           .arg(f.size())
                           .arg(DocumentCheck::kMaxBytes);
        else
            in.content = f.readAll();
        out << in;
    }
    return out;
}

QDateTime parseTime(const QString &text, bool *ok)
{
    *ok = true;
    if (text.trimmed().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid()) {
        *ok = false;
        return {};
    }
    if (t.timeSpec() == Qt::LocalTime) // no offset: China time
        t = QDateTime(t.date(), t.time(), Qt::OffsetFromUTC, 8 * 3600);
    return t.toUTC();
}

} // namespace

QJsonObject ReviewImportReport::toJson() const
{
    const auto problems = [](const QVector<ReviewImportProblem> &list, bool documents) {
        QJsonArray a;
        for (const ReviewImportProblem &p : list) {
            QJsonObject o{{QStringLiteral("index"), p.index},
                          {QStringLiteral("ref"), p.ref},
                          {QStringLiteral("reason"), p.reason}};
            if (documents) {
                o.insert(QStringLiteral("kind"), p.kind);
                o.insert(QStringLiteral("file"), p.file);
            }
            a.append(o);
        }
        return a;
    };
    return QJsonObject{{QStringLiteral("entries"), entries},
                       {QStringLiteral("recorded"), recorded},
                       {QStringLiteral("duplicates"), duplicates},
                       {QStringLiteral("resubmitted"), resubmitted},
                       {QStringLiteral("withdrawn"), withdrawn},
                       {QStringLiteral("refused"), problems(refused, false)},
                       {QStringLiteral("document_refusals"), problems(documentRefusals, true)}};
}

QJsonObject ReviewOutcome::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("ref"), ref},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("account_login"), accountLogin},
                       {QStringLiteral("real_name_status"), realNameStatus}};
}

QJsonObject ReviewDetail::maskedFields() const
{
    if (submissions.isEmpty())
        return {};
    QJsonObject f = submissions.constLast().fields;
    for (const QString &key : ReviewRepository::personalFields()) {
        if (!f.contains(key))
            continue;
        const QString v = f.value(key).toString();
        f.insert(key, key.endsWith(QLatin1String("phone")) ? ids::maskPhone(v) : ids::maskIdNumber(v));
    }
    return f;
}

ReviewService::ReviewService(std::shared_ptr<Session> session)
    : m_session(session), m_context(std::make_shared<AppealContext>(std::move(session)))
{
}

ReviewService::~ReviewService() = default;

void ReviewService::setClock(std::function<QDateTime()> clock)
{
    m_context->setClock(std::move(clock));
}

Result<ReviewImportReport> ReviewService::importFile(const QString &jsonFile, const QString &filesDir)
{
    QFile f(jsonFile);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::InvalidInput, tr("Cannot read %1: %2").arg(jsonFile, f.errorString()));
    constexpr qint64 kMaxJson = 64LL * 1024 * 1024;
    if (f.size() > kMaxJson)
        return Error(Error::Code::InvalidInput,
                     tr("%1 is larger than %2 MB: split it into smaller files.").arg(jsonFile).arg(kMaxJson >> 20));
    return importJson(f.readAll(), filesDir);
}

Result<ReviewImportReport> ReviewService::importJson(const QByteArray &json, const QString &filesDir)
{
    if (auto s = Permissions::require(m_session->staff(), Action::ImportReviews); !s)
        return s.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Error::Code::InvalidInput, tr("The review file is not valid JSON (at byte %1: %2).")
                                                    .arg(parseError.offset)
                                                    .arg(parseError.errorString()));
    QJsonArray entries;
    if (doc.isArray())
        entries = doc.array();
    else if (doc.isObject() && doc.object().value(QStringLiteral("requests")).isArray())
        entries = doc.object().value(QStringLiteral("requests")).toArray();
    else
        return Error(Error::Code::InvalidInput,
                     tr("The review file must hold a JSON array of requests or an object {\"requests\": [...]}."));
    const QDir dir(filesDir.isEmpty() ? QDir::currentPath() : filesDir);
    if (!dir.exists())
        return Error(Error::Code::InvalidInput, tr("The documents folder %1 does not exist.").arg(filesDir));
    auto cfg = m_context->settings();
    if (!cfg)
        return cfg.error();

    Database &db = m_session->database();
    ReviewRepository repo(db);
    ReviewImportReport report;
    report.entries = int(entries.size());

    for (int index = 0; index < entries.size(); ++index) {
        const QJsonObject e = entries.at(index).toObject();
        const QString ref = e.value(QStringLiteral("ref")).toString().trimmed();
        const auto refuse = [&](const QString &reason) { report.refused << ReviewImportProblem{index, ref, reason, {}, {}}; };
        if (!entries.at(index).isObject()) {
            refuse(tr("The entry is not a JSON object."));
            continue;
        }
        if (ref.isEmpty()) {
            refuse(tr("The entry has no \"ref\" (the public platform's reference)."));
            continue;
        }
        const QString event = e.value(QStringLiteral("event")).toString(QStringLiteral("submit")).trimmed();
        if (event != QLatin1String("submit") && event != QLatin1String("resubmit")
            && event != QLatin1String("withdraw")) {
            refuse(tr("Unknown event \"%1\": use submit, resubmit or withdraw.").arg(event));
            continue;
        }
        auto known = repo.idForRef(ref);
        if (!known)
            return known.error();
        if (event == QLatin1String("submit") && known->has_value()) {
            ++report.duplicates;
            continue;
        }
        if (event != QLatin1String("submit") && !known->has_value()) {
            refuse(tr("No review request with the reference %1 is recorded.").arg(ref));
            continue;
        }
        if (event == QLatin1String("withdraw")) {
            auto rec = repo.record(**known);
            if (!rec)
                return rec.error();
            if (rec->state == QLatin1String("withdrawn")) {
                ++report.duplicates;
                continue;
            }
            auto done = WritePath::run(*m_session, Action::ImportReviews, [&](WriteContext &w) -> Status {
                auto changed = repo.withdraw(rec->id, rec->version);
                if (!changed)
                    return changed.error();
                if (!*changed)
                    return Error(Error::Code::Conflict,
                                 tr("Review %1 is %2 and can no longer be withdrawn.").arg(ref, rec->state));
                audit(w, QStringLiteral("review.withdraw"), rec->id, auditState(*rec),
                      QJsonObject{{QStringLiteral("state"), QStringLiteral("withdrawn")}});
                return {};
            });
            if (!done) {
                if (isInfrastructure(done.error()))
                    return done.error();
                refuse(done.error().message);
                continue;
            }
            ++report.withdrawn;
            continue;
        }

        // submit or resubmit: the declared data and the documents
        RealNameReviewType type = RealNameReviewType::Person;
        std::optional<ReviewRecord> existing;
        if (event == QLatin1String("resubmit")) {
            auto rec = repo.record(**known);
            if (!rec)
                return rec.error();
            existing = *rec;
            RealNameChecks::typeFromName(rec->type, &type);
        } else if (!RealNameChecks::typeFromName(e.value(QStringLiteral("type")).toString().trimmed(), &type)) {
            refuse(tr("\"type\" must be person, organization or primary_agent, not \"%1\".")
                       .arg(e.value(QStringLiteral("type")).toString()));
            continue;
        }
        if (!e.value(QStringLiteral("fields")).isObject()) {
            refuse(tr("The entry has no \"fields\" object."));
            continue;
        }
        QJsonObject fields = e.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            if (it->isString())
                *it = ids::foldFullWidth(it->toString()).trimmed();
        for (const char *upper : {"id_number", "uscc", "legal_rep_id_number", "agent_id_number"})
            if (fields.contains(QLatin1String(upper)))
                fields.insert(QLatin1String(upper), fields.value(QLatin1String(upper)).toString().toUpper());
        if (const QString problem = RealNameChecks::malformed(type, fields); !problem.isEmpty()) {
            refuse(problem);
            continue;
        }
        bool timeOk = false;
        QDateTime submittedAt = parseTime(e.value(QStringLiteral("submitted_at")).toString(), &timeOk);
        if (!timeOk) {
            refuse(tr("\"submitted_at\" is not an ISO 8601 time: %1").arg(e.value(QStringLiteral("submitted_at")).toString()));
            continue;
        }
        if (!submittedAt.isValid())
            submittedAt = m_context->now();
        const QJsonValue docsValue = e.value(QStringLiteral("documents"));
        if (!docsValue.isUndefined() && !docsValue.isArray()) {
            refuse(tr("\"documents\" must be an array of {\"kind\", \"file\"}."));
            continue;
        }
        QString shapeError;
        QVector<DocumentInput> docs = readDocuments(docsValue.toArray(), dir, &shapeError);
        if (!shapeError.isEmpty()) {
            refuse(shapeError);
            continue;
        }
        const QStringList kinds = RealNameChecks::documentKinds(type);
        struct Accepted
        {
            DocumentInput input;
            QString mime;
            std::optional<quint64> phash;
            QString sha256;
        };
        QVector<Accepted> accepted;
        QVector<ReviewImportProblem> docRefusals;
        for (const DocumentInput &d : std::as_const(docs)) {
            QString reason = d.error;
            if (reason.isEmpty() && !kinds.contains(d.kind))
                reason = tr("\"%1\" is not a document of a %2 request (%3).")
                             .arg(d.kind, RealNameChecks::typeName(type), kinds.join(QStringLiteral(", ")));
            DocumentCheck::Verdict verdict;
            if (reason.isEmpty()) {
                verdict = DocumentCheck::check(d.content, d.fileName, RealNameChecks::pdfAllowed(d.kind));
                if (!verdict.ok)
                    reason = verdict.reason;
            }
            if (!reason.isEmpty()) {
                docRefusals << ReviewImportProblem{index, ref, reason, d.kind, d.file};
                continue;
            }
            Accepted a{d, verdict.mimeType, std::nullopt, QString::fromLatin1(crypto::sha256(d.content).toHex())};
            if (verdict.mimeType.startsWith(QLatin1String("image/"))) {
                auto image = DocumentCheck::decodeImage(d.content, d.fileName);
                if (image)
                    a.phash = ImageHash::documentHash(*image, d.kind);
            }
            accepted << a;
        }

        // An account that exists, of the kind the request is about.
        auto account = repo.accountByLogin(e.value(QStringLiteral("login")).toString().trimmed());
        if (!account)
            return account.error();
        if (!existing) {
            const QString login = e.value(QStringLiteral("login")).toString().trimmed();
            if (!account->has_value()) {
                refuse(tr("No platform account has the login \"%1\".").arg(login));
                continue;
            }
            const QString wantKind = type == RealNameReviewType::Organization ? QStringLiteral("organization")
                                                                                : QStringLiteral("person");
            if ((*account)->kind != wantKind) {
                refuse(tr("The account \"%1\" is a %2 account; a %3 request needs a %4 account.")
                           .arg(login, (*account)->kind, RealNameChecks::typeName(type), wantKind));
                continue;
            }
        } else if (existing->state != QLatin1String("rejected")) {
            // Imported again: a resubmission whose documents are all in the current submission changes nothing.
            auto stored = repo.documents(existing->id);
            if (!stored)
                return stored.error();
            bool allStored = !accepted.isEmpty();
            for (const Accepted &a : std::as_const(accepted))
                allStored = allStored && std::any_of(stored->cbegin(), stored->cend(), [&](const ReviewDocument &d) {
                                return d.submissionId == existing->currentSubmissionId && d.sha256 == a.sha256;
                            });
            if (allStored) {
                ++report.duplicates;
                continue;
            }
            refuse(tr("Review %1 is %2: only a rejected request takes a resubmission.").arg(ref, existing->state));
            continue;
        }

        const QString subject = RealNameChecks::subjectNumber(type, fields);
        const QVector<RealNameCheck> checks =
            RealNameChecks::derive(type, fields, BusinessCalendar::toChinaTime(submittedAt).date());
        const QDateTime due = cfg->calendar.dueAt(submittedAt, cfg->slaBusinessDays);
        auto done = WritePath::run(*m_session, Action::ImportReviews, [&](WriteContext &w) -> Status {
            qint64 reviewId = existing ? existing->id : 0;
            int seq = 1;
            if (!existing) {
                auto id = repo.insertReview(ref, RealNameChecks::typeName(type), (*account)->id, subject, submittedAt,
                                            due, m_session->auditActor());
                if (!id)
                    return id.error();
                reviewId = *id;
            } else {
                auto subs = repo.submissions(reviewId);
                if (!subs)
                    return subs.error();
                seq = subs->isEmpty() ? 1 : subs->constLast().seq + 1;
            }
            auto submission = repo.insertSubmission({reviewId, seq, submittedAt, fields, checks});
            if (!submission)
                return submission.error();
            if (!existing) {
                if (auto s = repo.setFirstSubmission(reviewId, *submission); !s)
                    return s;
            } else {
                auto changed = repo.resubmit(reviewId, existing->version, *submission, subject, submittedAt, due);
                if (!changed)
                    return changed.error();
                if (!*changed)
                    return Error(Error::Code::Conflict, tr("Review %1 changed meanwhile; import it again.").arg(ref));
            }
            QJsonArray stored;
            for (const Accepted &a : std::as_const(accepted)) {
                auto id = repo.insertDocument(*submission, a.input.kind, a.input.fileName, a.mime, a.input.content,
                                              a.sha256, a.phash, submittedAt);
                if (!id)
                    return id.error();
                stored.append(QJsonObject{{QStringLiteral("id"), QString::number(*id)},
                                          {QStringLiteral("kind"), a.input.kind},
                                          {QStringLiteral("sha256"), a.sha256}});
            }
            // The account is now under review (实名认证审核中) until a decision.
            auto pendingFrom = repo.markAccountPending(existing ? existing->accountId : (*account)->id);
            if (!pendingFrom)
                return pendingFrom.error();
            if (!pendingFrom->isEmpty())
                w.audit(QStringLiteral("account.real_name"), QStringLiteral("account"),
                        QString::number(existing ? existing->accountId : (*account)->id),
                        QJsonObject{{QStringLiteral("real_name_status"), *pendingFrom}},
                        QJsonObject{{QStringLiteral("real_name_status"), QStringLiteral("manual_pending")},
                                    {QStringLiteral("review_id"), QString::number(reviewId)}});
            audit(w, existing ? QStringLiteral("review.resubmit") : QStringLiteral("review.import"), reviewId,
                  existing ? auditState(*existing) : QJsonObject{},
                  QJsonObject{{QStringLiteral("ref"), ref},
                              {QStringLiteral("type"), RealNameChecks::typeName(type)},
                              {QStringLiteral("state"), QStringLiteral("new")},
                              {QStringLiteral("submission"), seq},
                              {QStringLiteral("due_at"), timeJson(due)},
                              {QStringLiteral("documents"), stored}});
            return {};
        });
        if (!done) {
            if (isInfrastructure(done.error()))
                return done.error();
            refuse(done.error().message);
            continue;
        }
        if (existing)
            ++report.resubmitted;
        else
            ++report.recorded;
        report.documentRefusals += docRefusals;
    }
    return report;
}

Result<QVector<ReviewRecord>> ReviewService::list(const ReviewListFilter &filter)
{
    if (auto s = Permissions::require(m_session->staff(), Action::ViewReviews); !s)
        return s.error();
    static const QStringList kStates{QStringLiteral("new"), QStringLiteral("claimed"), QStringLiteral("approved"),
                                     QStringLiteral("rejected"), QStringLiteral("withdrawn")};
    if (!filter.state.isEmpty() && !kStates.contains(filter.state))
        return Error(Error::Code::InvalidInput,
                     tr("\"%1\" is not a review state (%2).").arg(filter.state, kStates.join(QStringLiteral(", "))));
    return ReviewRepository(m_session->database()).list(filter);
}

Result<qint64> ReviewService::idFor(const QString &idOrRef)
{
    bool numeric = false;
    const qint64 id = idOrRef.trimmed().toLongLong(&numeric);
    if (numeric && id > 0)
        return id;
    auto found = ReviewRepository(m_session->database()).idForRef(idOrRef.trimmed());
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(Error::Code::NotFound, tr("No real-name review has the id or reference \"%1\".").arg(idOrRef));
    return **found;
}

Result<QByteArray> ReviewService::documentContent(qint64 documentId)
{
    return WritePath::run(*m_session, Action::ReviewRealName, [&](WriteContext &w) -> Result<QByteArray> {
        bool byServer = false;
        auto bytes = ReviewRepository(w.database()).documentContent(documentId, &byServer);
        if (!bytes)
            return bytes.error();
        if (!byServer)
            w.audit(QStringLiteral("document.open"), QStringLiteral("document"), QString::number(documentId), {},
                    QJsonObject{{QStringLiteral("owner_type"), QStringLiteral("review_submission")}});
        return bytes;
    });
}

Result<ReviewDetail> ReviewService::detail(qint64 id)
{
    if (auto s = Permissions::require(m_session->staff(), Action::ViewReviews); !s)
        return s.error();
    ReviewRepository repo(m_session->database());
    ReviewDetail d;
    auto rec = repo.record(id);
    if (!rec)
        return rec.error();
    d.record = *rec;
    auto subs = repo.submissions(id);
    if (!subs)
        return subs.error();
    d.submissions = *subs;
    auto docs = repo.documents(id);
    if (!docs)
        return docs.error();
    d.documents = *docs;
    auto decisions = repo.decisions(id);
    if (!decisions)
        return decisions.error();
    d.decisions = *decisions;
    auto reuse = repo.imageReuse(id);
    if (!reuse)
        return reuse.error();
    d.imageReuse = *reuse;
    if (!d.submissions.isEmpty())
        d.checks = d.submissions.constLast().checks;

    RealNameCheck bound;
    bound.check = QStringLiteral("already_bound");
    bound.ok = d.record.boundHolder.isEmpty();
    bound.holder = d.record.boundHolder;
    bound.message = bound.ok ? tr("No other account is real-name bound to this number.")
                             : tr("This number is already bound to the account %1.").arg(d.record.boundHolder);
    d.checks << bound;

    RealNameCheck image;
    image.check = QStringLiteral("image_reused");
    // Only the current submission's pictures count.
    QVector<ImageReuse> current;
    for (const ImageReuse &r : std::as_const(d.imageReuse))
        for (const ReviewDocument &doc : std::as_const(d.documents))
            if (doc.id == r.documentId && doc.submissionId == d.record.currentSubmissionId)
                current << r;
    image.ok = current.isEmpty();
    if (!image.ok) {
        image.other = current.constFirst().otherRef;
        image.message = current.constFirst().sameFile
                            ? tr("The same image was submitted in %1 for a different ID number or USCC.").arg(image.other)
                            : tr("A nearly identical image (distance %1) was submitted in %2 for a different ID number "
                                 "or USCC.")
                                  .arg(current.constFirst().distance)
                                  .arg(image.other);
    } else {
        image.message = tr("No other case holds these images.");
    }
    d.checks << image;
    return d;
}

namespace {
Result<QDateTime> claimExpiry(AppealContext &context, const QDateTime &at)
{
    auto cfg = context.settings();
    if (!cfg)
        return cfg.error();
    return at.addSecs(qint64(cfg->claimIdleMinutes) * 60);
}
} // namespace

Result<ReviewRecord> ReviewService::claim(qint64 id)
{
    const QDateTime at = m_context->now();
    auto expires = claimExpiry(*m_context, at);
    if (!expires)
        return expires.error();
    const QString me = m_session->staff().login;
    Database &db = m_session->database();
    return WritePath::run(*m_session, Action::ReviewRealName, [&](WriteContext &w) -> Result<ReviewRecord> {
        ReviewRepository repo(db);
        ClaimEngine engine(db, ReviewRepository::claimQueue());
        auto current = repo.record(id);
        if (!current)
            return current.error();
        if (current->filedBy == me)
            return Error(Error::Code::PermissionDenied,
                         tr("%1 recorded review %2, so another reviewer must handle it.").arg(me, current->ref));
        if (current->state == QLatin1String("claimed") && current->claimedBy == me) {
            auto extended = engine.extend(id, me, *expires);
            if (!extended)
                return extended.error();
            return repo.record(id);
        }
        auto outcome = engine.claim(id, me, at, *expires);
        if (!outcome)
            return outcome.error();
        if (!outcome->has_value()) {
            if (current->state == QLatin1String("claimed"))
                return Error(Error::Code::Conflict,
                             tr("Review %1 is held by %2 (claim until %3).")
                                 .arg(current->ref, current->claimedBy,
                                      BusinessCalendar::toChinaTime(current->claimExpiresAt)
                                          .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            return Error(Error::Code::Conflict, tr("Review %1 is already closed (%2).").arg(current->ref, current->state));
        }
        auto rec = repo.record(id);
        if (!rec)
            return rec.error();
        audit(w, QStringLiteral("review.claim"), id, auditState(*current),
              QJsonObject{{QStringLiteral("state"), QStringLiteral("claimed")},
                          {QStringLiteral("claimed_by"), me},
                          {QStringLiteral("claim_expires_at"), timeJson(*expires)},
                          {QStringLiteral("version"), rec->version},
                          {QStringLiteral("previous_holder"), (*outcome)->previousHolder}});
        return rec;
    });
}

Result<ReviewRecord> ReviewService::claimNext()
{
    const QDateTime at = m_context->now();
    auto expires = claimExpiry(*m_context, at);
    if (!expires)
        return expires.error();
    const QString me = m_session->staff().login;
    Database &db = m_session->database();
    return WritePath::run(*m_session, Action::ReviewRealName, [&](WriteContext &w) -> Result<ReviewRecord> {
        ClaimEngine engine(db, ReviewRepository::claimQueue());
        auto outcome = engine.claimNext(me, at, *expires);
        if (!outcome)
            return outcome.error();
        if (!outcome->has_value())
            return Error(Error::Code::NotFound, tr("No real-name review is waiting to be claimed."));
        auto rec = ReviewRepository(db).record((*outcome)->id);
        if (!rec)
            return rec.error();
        audit(w, QStringLiteral("review.claim"), rec->id,
              QJsonObject{{QStringLiteral("state"), (*outcome)->previousHolder.isEmpty() ? QStringLiteral("new")
                                                                                         : QStringLiteral("claimed")}},
              QJsonObject{{QStringLiteral("state"), QStringLiteral("claimed")},
                          {QStringLiteral("claimed_by"), me},
                          {QStringLiteral("claim_expires_at"), timeJson(*expires)},
                          {QStringLiteral("version"), rec->version},
                          {QStringLiteral("next_in_queue"), true}});
        return rec;
    });
}

Status ReviewService::release(qint64 id)
{
    const QString me = m_session->staff().login;
    Database &db = m_session->database();
    return WritePath::run(*m_session, Action::ReviewRealName, [&](WriteContext &w) -> Status {
        ReviewRepository repo(db);
        auto rec = repo.record(id);
        if (!rec)
            return rec.error();
        if (rec->state != QLatin1String("claimed"))
            return Error(Error::Code::Conflict, tr("Review %1 is not claimed (it is %2).").arg(rec->ref, rec->state));
        if (rec->claimedBy != me) {
            if (auto s = Permissions::require(m_session->staff(), Action::SuperviseAppeals); !s)
                return Error(Error::Code::PermissionDenied,
                             tr("Review %1 is held by %2: only they or a supervisor may release it.")
                                 .arg(rec->ref, rec->claimedBy));
        }
        auto changed = ClaimEngine(db, ReviewRepository::claimQueue()).release(id, rec->version);
        if (!changed)
            return changed.error();
        if (!*changed)
            return Error(Error::Code::Conflict, tr("Review %1 changed meanwhile; try again.").arg(rec->ref));
        audit(w, QStringLiteral("review.release"), id, auditState(*rec),
              QJsonObject{{QStringLiteral("state"), QStringLiteral("new")}, {QStringLiteral("version"), rec->version + 1}});
        return {};
    });
}

Result<ReviewRecord> ReviewService::loadHeld(qint64 id)
{
    auto rec = ReviewRepository(m_session->database()).record(id);
    if (!rec)
        return rec.error();
    const QString me = m_session->staff().login;
    if (rec->filedBy == me)
        return Error(Error::Code::PermissionDenied,
                     tr("%1 recorded review %2, so another reviewer must decide it.").arg(me, rec->ref));
    if (rec->state == QLatin1String("new"))
        return Error(Error::Code::Conflict, tr("Claim review %1 before deciding it.").arg(rec->ref));
    if (rec->state != QLatin1String("claimed"))
        return Error(Error::Code::Conflict, tr("Review %1 is already closed (%2).").arg(rec->ref, rec->state));
    if (rec->claimedBy != me)
        return Error(Error::Code::Conflict,
                     tr("Review %1 is held by %2: only the holder may decide it.").arg(rec->ref, rec->claimedBy));
    if (rec->claimExpiresAt <= m_context->now())
        return Error(Error::Code::Conflict,
                     tr("Your claim on review %1 expired at %2: claim it again before deciding.")
                         .arg(rec->ref, BusinessCalendar::toChinaTime(rec->claimExpiresAt)
                                            .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    return rec;
}

Error ReviewService::boundRefusal(const ReviewRecord &rec, const QString &holder) const
{
    return Error(Error::Code::Conflict,
                 (rec.type == QLatin1String("organization")
                      ? tr("Review %1 cannot be approved: this USCC is already real-name bound to the account %2. "
                           "One USCC is bound to one account only. Next step: the organization recovers the account "
                           "%2 with a recovery appeal, or a supervisor merges the accounts.")
                      : tr("Review %1 cannot be approved: this ID number is already real-name bound to the account "
                           "%2. One ID number is bound to one account only. Next step: the user recovers the account "
                           "%2 with a recovery appeal, or a supervisor merges the accounts."))
                     .arg(rec.ref, holder));
}

bool ReviewTicks::sealApplies(const QString &reviewType)
{
    return reviewType == QLatin1String("organization") || reviewType == QLatin1String("primary_agent");
}

QJsonObject ReviewTicks::toJson(const QString &reviewType) const
{
    QJsonObject o{{QStringLiteral("signature_present"), signaturePresent}};
    if (sealApplies(reviewType))
        o.insert(QStringLiteral("seal_present"), sealPresent);
    return o;
}

Result<ReviewOutcome> ReviewService::approve(qint64 id, const std::optional<ReviewTicks> &ticks)
{
    const QDateTime at = m_context->now();
    Database &db = m_session->database();
    const QString me = m_session->staff().login;
    bool bindingLost = false;
    ReviewRecord seen;
    auto result = WritePath::run(*m_session, Action::ReviewRealName, [&](WriteContext &w) -> Result<ReviewOutcome> {
        ReviewRepository repo(db);
        auto rec = loadHeld(id);
        if (!rec)
            return rec.error();
        seen = *rec;
        if (!rec->boundHolder.isEmpty())
            return boundRefusal(*rec, rec->boundHolder);
        if (ticks && !ticks->signaturePresent)
            return Error(Error::Code::InvalidInput,
                         tr("Review %1: tick \"signature present\" once you have seen the signatures, or reject the "
                            "request with the reason \"not signed\".")
                             .arg(rec->ref));
        if (ticks && ReviewTicks::sealApplies(rec->type) && !ticks->sealPresent)
            return Error(Error::Code::InvalidInput,
                         tr("Review %1: tick \"seal present\" once you have seen the company seal, or reject the "
                            "request with the reason \"no seal\".")
                             .arg(rec->ref));
        auto subs = repo.submissions(id);
        if (!subs)
            return subs.error();
        if (subs->isEmpty())
            return Error(Error::Code::Internal, tr("Review %1 has no submission.").arg(rec->ref));
        const ReviewSubmission &current = subs->constLast();
        auto changed = repo.close(id, rec->version, QStringLiteral("approved"), me, at,
                                  CitizenTexts::reviewApprovedReason(rec->accountLogin));
        if (!changed)
            return changed.error();
        if (!*changed)
            return Error(Error::Code::Conflict, tr("Review %1 changed meanwhile; reload it.").arg(rec->ref));
        ReviewDecision decision;
        decision.submissionId = current.id;
        decision.outcome = QStringLiteral("approved");
        decision.decidedBy = me;
        decision.decidedAt = at;
        auto decisionId = repo.insertDecision(id, decision);
        if (!decisionId)
            return decisionId.error();
        if (auto s = repo.bindAccount(rec->accountId, rec->type, rec->subjectNumber); !s) {
            bindingLost = s.error().code == Error::Code::Conflict;
            return s.error();
        }
        const QString phone = current.fields.value(rec->type == QLatin1String("organization") ? QStringLiteral("agent_phone")
                                                                                           : QStringLiteral("phone"))
                                  .toString();
        qint64 smsId = 0;
        if (ids::isMainlandMobile(phone)) {
            const QString body = CitizenTexts::reviewApprovedSms(rec->ref, rec->accountLogin);
            auto sms = SmsOutbox(db).enqueueForReview(
                QStringLiteral("review-%1-v%2-approved").arg(id).arg(rec->version + 1), phone, body, id, at);
            if (!sms)
                return sms.error();
            smsId = *sms;
        }
        QJsonObject approvedAfter{{QStringLiteral("state"), QStringLiteral("approved")},
                                  {QStringLiteral("version"), rec->version + 1},
                                  {QStringLiteral("decision_id"), QString::number(*decisionId)},
                                  {QStringLiteral("account_login"), rec->accountLogin},
                                  {QStringLiteral("sms_id"), smsId ? QJsonValue(QString::number(smsId)) : QJsonValue()}};
        if (ticks)
            approvedAfter.insert(QStringLiteral("ticks"), ticks->toJson(rec->type));
        audit(w, QStringLiteral("review.approve"), id, auditState(*rec), approvedAfter);
        w.audit(QStringLiteral("account.real_name"), QStringLiteral("account"), QString::number(rec->accountId), {},
                QJsonObject{{QStringLiteral("real_name_status"), QStringLiteral("verified_manual")},
                            {rec->type == QLatin1String("organization") ? QStringLiteral("uscc")
                                                                        : QStringLiteral("id_number"),
                             rec->type == QLatin1String("organization") ? rec->subjectNumber
                                                                        : ids::maskIdNumber(rec->subjectNumber)},
                            {QStringLiteral("review_id"), QString::number(id)}});
        ReviewOutcome o;
        o.id = id;
        o.ref = rec->ref;
        o.state = QStringLiteral("approved");
        o.accountLogin = rec->accountLogin;
        o.realNameStatus = QStringLiteral("verified_manual");
        return o;
    });
    if (!result && bindingLost) {
        // Another approval bound the number first (the unique index decided): name its account.
        auto again = ReviewRepository(db).record(id);
        if (again && !again->boundHolder.isEmpty())
            return boundRefusal(seen, again->boundHolder);
        return boundRefusal(seen, tr("(another account)"));
    }
    return result;
}

Result<ReviewOutcome> ReviewService::reject(qint64 id, const QStringList &codesIn, const QString &freeTextIn,
                                            const QVector<ReviewDocumentReason> &documentReasons,
                                            const std::optional<ReviewTicks> &ticks)
{
    const QString freeText = freeTextIn.trimmed();
    QStringList codes;
    for (const QString &c : codesIn)
        if (!c.trimmed().isEmpty() && !codes.contains(c.trimmed()))
            codes << c.trimmed();
    if (codes.isEmpty() && documentReasons.isEmpty())
        return Error(Error::Code::InvalidInput, tr("Give at least one reason code for the rejection."));
    if (freeText.size() > kMaxFreeText)
        return Error(Error::Code::InvalidInput, tr("The explanation is longer than %1 characters.").arg(kMaxFreeText));
    const QDateTime at = m_context->now();
    Database &db = m_session->database();
    const QString me = m_session->staff().login;
    return WritePath::run(*m_session, Action::ReviewRealName, [&](WriteContext &w) -> Result<ReviewOutcome> {
        ReviewRepository repo(db);
        AppealRepository templates(db); // the reason templates are shared with appeals
        QHash<QString, QString> titles;
        const auto title = [&](const QString &code) -> Result<QString> {
            if (titles.contains(code))
                return titles.value(code);
            auto t = templates.reasonTemplate(code);
            if (!t)
                return t.error();
            if (!t->has_value() || !(*t)->active)
                return Error(Error::Code::InvalidInput,
                             tr("\"%1\" is not an active rejection reason; choose one of the reason templates.")
                                 .arg(code));
            titles.insert(code, (*t)->title);
            return (*t)->title;
        };
        QStringList texts;
        for (const QString &code : std::as_const(codes)) {
            auto t = title(code);
            if (!t)
                return t.error();
            texts << *t;
        }
        auto rec = loadHeld(id);
        if (!rec)
            return rec.error();
        auto subs = repo.submissions(id);
        if (!subs)
            return subs.error();
        if (subs->isEmpty())
            return Error(Error::Code::Internal, tr("Review %1 has no submission.").arg(rec->ref));
        const ReviewSubmission &current = subs->constLast();
        RealNameReviewType type = RealNameReviewType::Person;
        RealNameChecks::typeFromName(rec->type, &type);
        QJsonArray perDocument;
        for (const ReviewDocumentReason &r : documentReasons) {
            if (!RealNameChecks::documentKinds(type).contains(r.kind))
                return Error(Error::Code::InvalidInput,
                             tr("\"%1\" is not a document of a %2 request.").arg(r.kind, rec->type));
            QString text = r.text.trimmed();
            if (!r.code.isEmpty()) {
                auto t = title(r.code.trimmed());
                if (!t)
                    return t.error();
                text = text.isEmpty() ? *t : *t + QStringLiteral("，") + text;
                if (!codes.contains(r.code.trimmed()))
                    codes << r.code.trimmed();
            }
            if (text.isEmpty())
                return Error(Error::Code::InvalidInput, tr("Say what is wrong with the document %1.").arg(r.kind));
            texts << CitizenTexts::reviewDocumentLabel(r.kind) + QStringLiteral("：") + text;
            perDocument.append(QJsonObject{{QStringLiteral("kind"), r.kind},
                                           {QStringLiteral("code"), r.code},
                                           {QStringLiteral("reason"), text}});
        }
        const QString body = CitizenTexts::reviewRejectedSms(rec->ref, texts, freeText);
        if (body.size() > SmsOutbox::kMaxBodyLength)
            return Error(Error::Code::InvalidInput,
                         tr("The message to the user is longer than %1 characters.").arg(SmsOutbox::kMaxBodyLength));
        const QString reason = texts.join(QStringLiteral("；")) + (freeText.isEmpty() ? QString() : QStringLiteral(": ") + freeText);
        auto changed = repo.close(id, rec->version, QStringLiteral("rejected"), me, at, reason);
        if (!changed)
            return changed.error();
        if (!*changed)
            return Error(Error::Code::Conflict, tr("Review %1 changed meanwhile; reload it.").arg(rec->ref));
        ReviewDecision decision;
        decision.submissionId = current.id;
        decision.outcome = QStringLiteral("rejected");
        decision.reasonCodes = codes;
        decision.freeText = freeText;
        decision.documentReasons = perDocument;
        decision.decidedBy = me;
        decision.decidedAt = at;
        auto decisionId = repo.insertDecision(id, decision);
        if (!decisionId)
            return decisionId.error();
        if (auto s = repo.failAccount(rec->accountId); !s)
            return s.error();
        const QString phone = current.fields.value(rec->type == QLatin1String("organization") ? QStringLiteral("agent_phone")
                                                                                           : QStringLiteral("phone"))
                                  .toString();
        qint64 smsId = 0;
        if (ids::isMainlandMobile(phone)) {
            auto sms = SmsOutbox(db).enqueueForReview(
                QStringLiteral("review-%1-v%2-rejected").arg(id).arg(rec->version + 1), phone, body, id, at);
            if (!sms)
                return sms.error();
            smsId = *sms;
        }
        QJsonObject rejectedAfter{{QStringLiteral("state"), QStringLiteral("rejected")},
                                  {QStringLiteral("version"), rec->version + 1},
                                  {QStringLiteral("decision_id"), QString::number(*decisionId)},
                                  {QStringLiteral("reason_codes"), QJsonArray::fromStringList(codes)},
                                  {QStringLiteral("document_reasons"), perDocument},
                                  {QStringLiteral("sms_id"), smsId ? QJsonValue(QString::number(smsId)) : QJsonValue()}};
        if (ticks)
            rejectedAfter.insert(QStringLiteral("ticks"), ticks->toJson(rec->type));
        audit(w, QStringLiteral("review.reject"), id, auditState(*rec), rejectedAfter);
        auto account = repo.accountByLogin(rec->accountLogin);
        if (!account)
            return account.error();
        ReviewOutcome o;
        o.id = id;
        o.ref = rec->ref;
        o.state = QStringLiteral("rejected");
        o.accountLogin = rec->accountLogin;
        o.realNameStatus = account->has_value() ? (*account)->realNameStatus : QString();
        return o;
    });
}

} // namespace desk
