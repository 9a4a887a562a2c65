#include "workflow/AppealService.h"

#include "domain/BusinessCalendar.h"
#include "domain/DocumentCheck.h"
#include "domain/Identifiers.h"
#include "domain/ImageHash.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/PasswordHasher.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QJsonArray>

#include <algorithm>

namespace desk {

namespace {
constexpr int kMaxNote = 2000;
} // namespace

AppealService::AppealService(std::shared_ptr<Session> session)
    : m_session(session), m_context(std::make_shared<AppealContext>(session)), m_claims(m_context),
      m_decisions(m_context), m_templates(std::move(session))
{
}

AppealService::~AppealService() = default;

void AppealService::setClock(std::function<QDateTime()> clock)
{
    m_context->setClock(std::move(clock));
}

QDateTime AppealService::now() const
{
    return m_context->now();
}

QString AppealService::passwordMask()
{
    return AppealDecisions::passwordMask();
}

// ---- filing ----

Result<qint64> AppealService::file(const AppealSubmission &submission)
{
    auto filed = recordInternal(submission, false);
    if (!filed)
        return filed.error();
    if (filed->duplicate)
        return Error(Error::Code::Conflict, tr("An appeal with the reference %1 is already recorded (appeal %2).")
                                                .arg(submission.externalRef)
                                                .arg(filed->appealId));
    return filed->appealId;
}

Result<AppealFiled> AppealService::record(const AppealSubmission &submission)
{
    return recordInternal(submission, true);
}

namespace {
struct CheckedDocument
{
    AppealDocumentInput input;
    DocumentCheck::Verdict verdict;
};

// Checks each document against the slots of the appeal type; accepted ones in `accepted`, the rest refused.
void checkDocuments(const QString &type, const QVector<AppealDocumentInput> &documents,
                    QVector<CheckedDocument> &accepted, QVector<AppealDocumentRefusal> &refusals)
{
    const QVector<AppealDocumentSlot> slots = AppealForms::documents(type);
    for (const AppealDocumentInput &doc : documents) {
        const auto slot = std::find_if(slots.cbegin(), slots.cend(),
                                       [&doc](const AppealDocumentSlot &s) { return s.kind == doc.kind; });
        if (slot == slots.cend()) {
            refusals << AppealDocumentRefusal{doc.kind, doc.fileName,
                                              AppealService::tr("%1: \"%2\" is not a document of a %3 appeal.")
                                                  .arg(doc.fileName, doc.kind, AppealTexts::typeLabel(type))};
            continue;
        }
        const DocumentCheck::Verdict verdict = DocumentCheck::check(doc.content, doc.fileName, slot->pdfAllowed);
        if (!verdict.ok) {
            refusals << AppealDocumentRefusal{doc.kind, doc.fileName, verdict.reason};
            continue;
        }
        accepted << CheckedDocument{doc, verdict};
    }
}

QStringList missingKinds(const QString &type, const QStringList &present)
{
    QStringList missing;
    for (const AppealDocumentSlot &slot : AppealForms::documents(type))
        if (slot.required && !present.contains(slot.kind))
            missing << slot.kind;
    return missing;
}

Result<qint64> storeDocument(AppealRepository &repo, qint64 appealId, const CheckedDocument &doc, const QDateTime &at)
{
    AppealDocument meta;
    meta.appealId = appealId;
    meta.kind = doc.input.kind;
    meta.fileName = doc.input.fileName;
    meta.mimeType = doc.verdict.mimeType;
    meta.sizeBytes = doc.input.content.size();
    meta.sha256 = QString::fromLatin1(crypto::sha256(doc.input.content).toHex());
    meta.uploadedAt = at;
    // The perceptual hash, as for review documents: a look-alike of this picture in a real-name review request
    // about another number is flagged there (ReviewRepository::imageReuse).
    if (meta.mimeType.startsWith(QLatin1String("image/"))) {
        if (auto image = DocumentCheck::decodeImage(doc.input.content, doc.input.fileName))
            meta.phash = ImageHash::documentHash(*image, meta.kind);
    }
    return repo.insertDocument(meta, doc.input.content);
}

QJsonArray refusalsJson(const QVector<AppealDocumentRefusal> &refusals)
{
    QJsonArray out;
    for (const AppealDocumentRefusal &r : refusals)
        out.append(QJsonObject{{QStringLiteral("kind"), r.kind},
                               {QStringLiteral("file"), r.fileName},
                               {QStringLiteral("reason"), r.reason}});
    return out;
}
} // namespace

Result<AppealFiled> AppealService::recordInternal(const AppealSubmission &submission, bool keepWhenRefused)
{
    const QDateTime at = now();
    QJsonObject fields;
    const QVector<AppealFieldProblem> problems =
        AppealForms::validate(submission.type, submission.fields, &fields, BusinessCalendar::toChinaTime(at).date());
    if (!problems.isEmpty())
        return Error(Error::Code::InvalidInput, AppealForms::describe(problems));
    const QString ref = submission.externalRef.trimmed();
    if (ref.size() > 100)
        return Error(Error::Code::InvalidInput, tr("The appeal reference is longer than 100 characters."));

    QVector<CheckedDocument> accepted;
    QVector<AppealDocumentRefusal> refusals;
    checkDocuments(submission.type, submission.documents, accepted, refusals);
    if (!refusals.isEmpty() && !keepWhenRefused) {
        QStringList reasons;
        for (const AppealDocumentRefusal &r : std::as_const(refusals))
            reasons << r.reason;
        return Error(Error::Code::InvalidInput, tr("The appeal was not filed: %1").arg(reasons.join(QLatin1Char(' '))));
    }
    auto cfg = m_context->settings();
    if (!cfg)
        return cfg.error();

    Database &db = m_session->database();
    AppealRepository repo(db);
    return WritePath::run(*m_session, Action::FileAppeal, [&](WriteContext &w) -> Result<AppealFiled> {
        AppealFiled filed;
        if (!ref.isEmpty()) {
            auto existing = repo.idForExternalRef(ref);
            if (!existing)
                return existing.error();
            if (existing->has_value()) {
                filed.appealId = **existing;
                filed.duplicate = true;
                return filed;
            }
        }
        AppealRecord a;
        a.type = submission.type;
        a.state = AppealState::New;
        a.externalRef = ref;
        a.filedBy = w.session().staff().login; // never claims or decides it (PostgreSQL: set by the server)
        a.submittedAt = submission.submittedAt.isValid() ? submission.submittedAt.toUTC() : at;
        a.dueAt = cfg->calendar.dueAt(a.submittedAt, cfg->slaBusinessDays);
        const QString applicantKey = AppealTexts::applicantField(a.type);
        a.applicantName = fields.take(applicantKey).toString();
        a.organizationName = fields.take(QStringLiteral("organization_name")).toString();
        a.uscc = fields.take(QStringLiteral("uscc")).toString();
        a.idNumber = fields.take(QStringLiteral("id_number")).toString();
        a.phone = fields.take(QStringLiteral("phone")).toString();
        a.payload = fields;
        QStringList present;
        for (const CheckedDocument &d : std::as_const(accepted))
            present << d.input.kind;
        filed.missingDocuments = missingKinds(a.type, present);
        filed.documentsComplete = filed.missingDocuments.isEmpty();
        filed.refusals = refusals;
        a.documentsComplete = filed.documentsComplete;
        auto id = repo.insert(a);
        if (!id)
            return id.error();
        filed.appealId = *id;
        for (const CheckedDocument &d : std::as_const(accepted))
            if (auto docId = storeDocument(repo, *id, d, at); !docId)
                return docId.error();
        QJsonObject after{{QStringLiteral("type"), a.type},
                          {QStringLiteral("state"), AppealStates::name(a.state)},
                          {QStringLiteral("submitted_at"), AppealContext::timeJson(a.submittedAt)},
                          {QStringLiteral("due_at"), AppealContext::timeJson(a.dueAt)},
                          {QStringLiteral("documents"), QJsonArray::fromStringList(present)},
                          {QStringLiteral("documents_complete"), a.documentsComplete}};
        if (!ref.isEmpty())
            after.insert(QStringLiteral("external_ref"), ref);
        if (!refusals.isEmpty())
            after.insert(QStringLiteral("refused_documents"), refusalsJson(refusals));
        AppealContext::audit(w, ref.isEmpty() ? QStringLiteral("appeal.file") : QStringLiteral("appeal.import"), *id,
                             {}, after);
        return filed;
    });
}

Status AppealService::resubmit(qint64 appealId, const QVector<AppealDocumentInput> &documents)
{
    if (documents.isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("A resubmission of appeal %1 needs at least one document.").arg(appealId));
    auto cfg = m_context->settings();
    if (!cfg)
        return cfg.error();
    Database &db = m_session->database();
    AppealRepository repo(db);
    const QDateTime at = now();
    return WritePath::run(*m_session, Action::FileAppeal, [&](WriteContext &w) -> Status {
        auto rec = repo.record(appealId);
        if (!rec)
            return rec.error();
        if (rec->state != AppealState::WaitingForUser)
            return Error(Error::Code::Conflict, tr("Appeal %1 is not waiting for documents from the user (it is %2).")
                                                    .arg(appealId)
                                                    .arg(AppealTexts::stateLabel(rec->state)));
        QVector<CheckedDocument> accepted;
        QVector<AppealDocumentRefusal> refusals;
        checkDocuments(rec->type, documents, accepted, refusals);
        if (!refusals.isEmpty()) {
            QStringList reasons;
            for (const AppealDocumentRefusal &r : std::as_const(refusals))
                reasons << r.reason;
            return Error(Error::Code::InvalidInput, tr("The documents for appeal %1 were not accepted: %2")
                                                        .arg(appealId)
                                                        .arg(reasons.join(QLatin1Char(' '))));
        }
        auto stored = repo.documents(appealId);
        if (!stored)
            return stored.error();
        QStringList present;
        for (const AppealDocument &d : std::as_const(*stored))
            present << d.kind;
        QStringList added;
        for (const CheckedDocument &d : std::as_const(accepted)) {
            if (auto docId = storeDocument(repo, appealId, d, at); !docId)
                return docId.error();
            present << d.input.kind;
            added << d.input.kind;
        }
        const bool complete = missingKinds(rec->type, present).isEmpty();
        const qint64 remaining = rec->slaRemainingSeconds.value_or(qint64(cfg->slaBusinessDays) * 86400);
        const QDateTime due = cfg->calendar.resumedDue(at, remaining);
        auto changed = repo.update(appealId, rec->version,
                                   {{QStringLiteral("state"), AppealStates::name(AppealState::New)},
                                    {QStringLiteral("due_at"), due},
                                    {QStringLiteral("sla_remaining_seconds"), QVariant()},
                                    {QStringLiteral("waiting_since"), QVariant()},
                                    {QStringLiteral("documents_complete"), complete}});
        if (!changed)
            return changed.error();
        if (!*changed)
            return Error(Error::Code::Conflict, tr("Appeal %1 changed meanwhile; try again.").arg(appealId));
        AppealContext::audit(w, QStringLiteral("appeal.resubmit"), appealId, AppealContext::auditState(*rec),
                             QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::New)},
                                         {QStringLiteral("version"), rec->version + 1},
                                         {QStringLiteral("due_at"), AppealContext::timeJson(due)},
                                         {QStringLiteral("resumed_with_seconds"), remaining},
                                         {QStringLiteral("documents"), QJsonArray::fromStringList(added)},
                                         {QStringLiteral("documents_complete"), complete}});
        return {};
    });
}

Status AppealService::withdraw(qint64 appealId, const QString &reasonIn)
{
    const QString reason = reasonIn.trimmed();
    if (reason.size() > AppealContext::kMaxFreeText)
        return Error(Error::Code::InvalidInput,
                     tr("The reason for withdrawing is longer than %1 characters.").arg(AppealContext::kMaxFreeText));
    Database &db = m_session->database();
    AppealRepository repo(db);
    const QDateTime at = now();
    return WritePath::run(*m_session, Action::FileAppeal, [&](WriteContext &w) -> Status {
        auto rec = repo.record(appealId);
        if (!rec)
            return rec.error();
        if (!AppealStates::isOpen(rec->state))
            return Error(Error::Code::Conflict, tr("Appeal %1 is already closed (%2) and cannot be withdrawn.")
                                                    .arg(appealId)
                                                    .arg(AppealTexts::stateLabel(rec->state)));
        auto changed =
            repo.update(appealId, rec->version,
                        {{QStringLiteral("state"), AppealStates::name(AppealState::Withdrawn)},
                         {QStringLiteral("decided_by"), m_session->staff().login},
                         {QStringLiteral("decided_at"), at},
                         {QStringLiteral("decision_reason"), reason.isEmpty() ? QVariant() : QVariant(reason)},
                         {QStringLiteral("claimed_by"), QVariant()},
                         {QStringLiteral("claim_expires_at"), QVariant()}});
        if (!changed)
            return changed.error();
        if (!*changed)
            return Error(Error::Code::Conflict, tr("Appeal %1 changed meanwhile; try again.").arg(appealId));
        AppealContext::audit(w, QStringLiteral("appeal.withdraw"), appealId, AppealContext::auditState(*rec),
                             QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::Withdrawn)},
                                         {QStringLiteral("version"), rec->version + 1},
                                         {QStringLiteral("reason"), reason}});
        return {};
    });
}

// ---- claiming and deciding: AppealClaims, AppealDecisions ----

Result<AppealRecord> AppealService::claimNext()
{
    return m_claims.claimNext();
}

Result<AppealRecord> AppealService::claim(qint64 appealId)
{
    return m_claims.claim(appealId);
}

Result<QDateTime> AppealService::touch(qint64 appealId)
{
    return m_claims.touch(appealId);
}

Status AppealService::release(qint64 appealId)
{
    return m_claims.release(appealId);
}

Status AppealService::reassign(qint64 appealId, const QString &staffLogin)
{
    return m_claims.reassign(appealId, staffLogin);
}

Status AppealService::approve(qint64 appealId, qint64 accountId, int expectedVersion)
{
    return m_decisions.approve(appealId, accountId, expectedVersion);
}

Status AppealService::reject(qint64 appealId, const QString &reasonCode, const QString &freeText, int expectedVersion)
{
    return m_decisions.reject(appealId, reasonCode, freeText, expectedVersion);
}

Status AppealService::askForDocuments(qint64 appealId, const QString &reasonCode, const QString &freeText,
                                      int expectedVersion)
{
    return m_decisions.askForDocuments(appealId, reasonCode, freeText, expectedVersion);
}

Result<QVector<AppealCandidate>> AppealService::candidates(qint64 appealId)
{
    return m_decisions.candidates(appealId);
}

// ---- reading ----

namespace {
QVector<ValidatorVerdict> verdictsFor(const AppealRecord &a, const QDate &today)
{
    QVector<ValidatorVerdict> out;
    const QJsonObject fields = a.fields();
    const QString idType = fields.value(QStringLiteral("id_type")).toString();
    if (!a.idNumber.isEmpty() && (idType.isEmpty() || idType == QLatin1String("resident_id"))) {
        const ids::ResidentIdCheck check = ids::checkResidentId(a.idNumber, today);
        const bool digitOk = check.problem != ids::ResidentIdCheck::Problem::CheckDigit &&
                             check.problem != ids::ResidentIdCheck::Problem::Length &&
                             check.problem != ids::ResidentIdCheck::Problem::Characters;
        out << ValidatorVerdict{QStringLiteral("id_check_digit"), digitOk,
                                digitOk ? AppealService::tr("The ID number's check digit is correct.")
                                        : check.message()};
        bool birthOk = check.birthDate.isValid() && check.birthDate <= today;
        QString birthText;
        if (!birthOk) {
            birthText = AppealService::tr("The birth date in the ID number is not a real date.");
        } else {
            int age = today.year() - check.birthDate.year();
            if (QDate(today.year(), check.birthDate.month(), qMin(check.birthDate.day(), 28)) > today)
                --age;
            if (age > 120) {
                birthOk = false;
                birthText = AppealService::tr("The birth date %1 makes the holder %2 years old.")
                                .arg(check.birthDate.toString(Qt::ISODate))
                                .arg(age);
            } else if (age < 16 && AppealTexts::isOrganizationType(a.type)) {
                birthOk = false;
                birthText = AppealService::tr("The birth date %1 makes the holder %2 years old, too young to act for "
                                              "an organization.")
                                .arg(check.birthDate.toString(Qt::ISODate))
                                .arg(age);
            } else {
                birthText =
                    AppealService::tr("Born %1 (%2 years old).").arg(check.birthDate.toString(Qt::ISODate)).arg(age);
            }
        }
        out << ValidatorVerdict{QStringLiteral("birth_date"), birthOk, birthText};
    }
    const QString until = fields.value(QStringLiteral("id_valid_until")).toString();
    if (!until.isEmpty()) {
        if (until == QLatin1String("long_term")) {
            out << ValidatorVerdict{QStringLiteral("id_expiry"), true,
                                    AppealService::tr("The ID document is valid without an end date.")};
        } else {
            const QDate d = QDate::fromString(until, Qt::ISODate);
            const bool ok = d.isValid() && d >= today;
            out << ValidatorVerdict{QStringLiteral("id_expiry"), ok,
                                    ok ? AppealService::tr("The ID document is valid until %1.").arg(until)
                                       : AppealService::tr("The ID document expired on %1.").arg(until)};
        }
    }
    if (AppealTexts::isOrganizationType(a.type)) {
        const bool ok = ids::isValidUscc(a.uscc);
        out << ValidatorVerdict{QStringLiteral("uscc_check"), ok,
                                ok ? AppealService::tr("The USCC's check character is correct.")
                                   : AppealService::tr("The USCC \"%1\" fails the GB 32100 check.").arg(a.uscc)};
    }
    const bool phoneOk = ids::isMainlandMobile(a.phone);
    out << ValidatorVerdict{QStringLiteral("phone"), phoneOk,
                            phoneOk
                                ? AppealService::tr("The phone is a mainland mobile number.")
                                : AppealService::tr("The phone is not a mainland mobile number: no SMS can reach it.")};
    return out;
}
} // namespace

Result<AppealReview> AppealService::review(qint64 appealId)
{
    if (auto s = Permissions::require(m_session->staff(), Action::ReviewAppeals); !s)
        return s.error();
    Database &db = m_session->database();
    AppealRepository repo(db);
    AppealReview r;
    auto rec = repo.record(appealId);
    if (!rec)
        return rec.error();
    r.appeal = *rec;
    auto docs = repo.documents(appealId);
    if (!docs)
        return docs.error();
    r.documents = *docs;
    auto cands = candidates(appealId);
    if (!cands)
        return cands.error();
    r.candidates = *cands;
    const QDateTime at = now();
    r.verdicts = verdictsFor(r.appeal, BusinessCalendar::toChinaTime(at).date());
    auto open = repo.openAppealsFor(rec->idNumber, rec->uscc, appealId);
    if (!open)
        return open.error();
    r.otherOpenAppeals = *open;
    auto decided = repo.recentDecisionsFor(rec->idNumber, rec->uscc, appealId, 10);
    if (!decided)
        return decided.error();
    r.recentDecisions = *decided;
    auto notes = repo.notes(appealId);
    if (!notes)
        return notes.error();
    r.notes = *notes;
    auto trail = AuditLog(db).forEntity(QStringLiteral("appeal"), QString::number(appealId), 500);
    if (!trail)
        return trail.error();
    r.auditTrail = *trail;
    std::reverse(r.auditTrail.begin(), r.auditTrail.end());
    r.heldByMe = rec->state == AppealState::Claimed && rec->claimedBy == m_session->staff().login;
    if (AppealStates::isOpen(rec->state))
        r.slaState = BusinessCalendar::slaStateName(BusinessCalendar::slaState(rec->dueAt, at));
    return r;
}

Result<QByteArray> AppealService::documentContent(qint64 documentId)
{
    if (auto s = Permissions::require(m_session->staff(), Action::ReviewAppeals); !s)
        return s.error();
    return AppealRepository(m_session->database()).documentContent(documentId);
}

Result<qint64> AppealService::addNote(qint64 appealId, const QString &bodyIn)
{
    const QString body = bodyIn.trimmed();
    if (body.isEmpty())
        return Error(Error::Code::InvalidInput, tr("The note is empty."));
    if (body.size() > kMaxNote)
        return Error(Error::Code::InvalidInput, tr("The note is longer than %1 characters.").arg(kMaxNote));
    Database &db = m_session->database();
    AppealRepository repo(db);
    const QDateTime at = now();
    return WritePath::run(*m_session, Action::FileAppeal, [&](WriteContext &w) -> Result<qint64> {
        auto rec = repo.record(appealId);
        if (!rec)
            return rec.error();
        auto id = repo.insertNote(AppealNote{0, appealId, m_session->staff().login, at, body});
        if (!id)
            return id.error();
        AppealContext::audit(
            w, QStringLiteral("appeal.note"), appealId, {},
            QJsonObject{{QStringLiteral("note_id"), QString::number(*id)}, {QStringLiteral("body"), body}});
        return *id;
    });
}

// ---- reason templates: ReasonTemplates ----

Result<QVector<ReasonTemplate>> AppealService::reasonTemplates(bool activeOnly)
{
    return m_templates.list(activeOnly);
}

Result<qint64> AppealService::saveReasonTemplate(const ReasonTemplate &t)
{
    return m_templates.save(t);
}

Status AppealService::deactivateReasonTemplate(qint64 templateId)
{
    return m_templates.deactivate(templateId);
}

} // namespace desk
