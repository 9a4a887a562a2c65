#include "workflow/AppealService.h"

#include "domain/BusinessCalendar.h"
#include "domain/CitizenTexts.h"
#include "domain/DocumentCheck.h"
#include "domain/Identifiers.h"
#include "store/AuditLog.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/PasswordHasher.h"
#include "store/SmsOutbox.h"
#include "store/StaffRepository.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace desk {

// =========================================================================================================
// Forms
// =========================================================================================================

namespace {

using Kind = AppealFieldSpec::Kind;

const QStringList kRegions{QStringLiteral("mainland"), QStringLiteral("hk_mo_tw"), QStringLiteral("other")};
const QStringList kIdTypes{QStringLiteral("resident_id"), QStringLiteral("hk_mo_permit"), QStringLiteral("tw_permit"),
                           QStringLiteral("passport"), QStringLiteral("other")};
const QStringList kOrgTypes{QStringLiteral("enterprise"), QStringLiteral("social_organization"),
                            QStringLiteral("public_institution"), QStringLiteral("other")};

AppealFieldSpec spec(const char *key, Kind kind, bool required = true, int maxLength = 100,
                     const QStringList &choices = {})
{
    return AppealFieldSpec{QString::fromLatin1(key), kind, required, maxLength, choices};
}

// The value of a JSON field as text: strings as they are, whole numbers (a phone typed as a number) as digits.
bool fieldText(const QJsonValue &v, QString *out)
{
    if (v.isUndefined() || v.isNull()) {
        *out = QString();
        return true;
    }
    if (v.isString()) {
        *out = v.toString();
        return true;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d))) {
            *out = QString::number(qint64(d));
            return true;
        }
    }
    return false;
}

QString compactCode(const QString &s)
{
    QString out;
    for (const QChar c : s)
        if (!c.isSpace() && c != QLatin1Char('-'))
            out += c;
    return out;
}

QString normalisedPhone(const QString &s)
{
    QString p = compactCode(s);
    if (p.startsWith(QLatin1String("+86")))
        p = p.mid(3);
    else if (p.startsWith(QLatin1String("0086")))
        p = p.mid(4);
    return p;
}

} // namespace

QVector<AppealFieldSpec> AppealForms::fields(const QString &type)
{
    if (type == QLatin1String("person_recovery"))
        return {spec("name", Kind::Text, true, 50), spec("identity_region", Kind::Choice, true, 20, kRegions),
                spec("id_type", Kind::Choice, true, 20, kIdTypes), spec("id_number", Kind::IdNumber, true, 30),
                spec("phone", Kind::Phone, true, 20)};
    if (type == QLatin1String("organization_recovery"))
        return {spec("organization_name", Kind::Text, true, 100),
                spec("organization_type", Kind::Choice, true, 30, kOrgTypes),
                spec("uscc", Kind::Uscc, true, 18),
                spec("agent_name", Kind::Text, true, 50),
                spec("identity_region", Kind::Choice, true, 20, kRegions),
                spec("id_type", Kind::Choice, true, 20, kIdTypes),
                spec("id_number", Kind::IdNumber, true, 30),
                spec("phone", Kind::Phone, true, 20),
                spec("email", Kind::Email, false, 100),
                spec("reason", Kind::LongText, true, 150)};
    const bool assisted = type == QLatin1String("assisted_registration");
    if (assisted || type == QLatin1String("modify_organization")) {
        QVector<AppealFieldSpec> f{spec("organization_type", Kind::Choice, true, 30, kOrgTypes),
                                   spec("organization_name", Kind::Text, true, 100),
                                   spec("uscc", Kind::Uscc, true, 18),
                                   spec("legal_rep_name", Kind::Text, true, 50),
                                   spec("id_type", Kind::Choice, true, 20, kIdTypes),
                                   spec("id_number", Kind::IdNumber, true, 30),
                                   spec("id_valid_from", Kind::Date, false, 10),
                                   spec("id_valid_until", Kind::Date, false, 10)};
        if (assisted)
            f << spec("requested_login", Kind::Login, true, 20);
        f << spec("phone", Kind::Phone, true, 20) << spec("remark", Kind::LongText, true, 150);
        return f;
    }
    return {};
}

QVector<AppealDocumentSlot> AppealForms::documents(const QString &type)
{
    const auto slot = [](const char *kind, bool required) {
        const QString k = QString::fromLatin1(kind);
        return AppealDocumentSlot{k, required, AppealTexts::documentKindAllowsPdf(k)};
    };
    if (type == QLatin1String("person_recovery") || type == QLatin1String("organization_recovery"))
        return {slot("id_front", true), slot("id_back", true)};
    if (type == QLatin1String("assisted_registration") || type == QLatin1String("modify_organization"))
        return {slot("licence", true), slot("authorization", true), slot("id_front", true),
                slot("id_back", true), slot("handler_id", true),    slot("declaration", false)};
    return {};
}

QVector<AppealFieldProblem> AppealForms::validate(const QString &type, const QJsonObject &fields,
                                                  QJsonObject *normalised, const QDate &todayIn)
{
    QVector<AppealFieldProblem> problems;
    const QDate today = todayIn.isValid() ? todayIn : QDate::currentDate();
    const QVector<AppealFieldSpec> specs = AppealForms::fields(type);
    if (specs.isEmpty()) {
        problems << AppealFieldProblem{QStringLiteral("type"),
                                       tr("Unknown appeal type \"%1\": use person_recovery, organization_recovery, "
                                          "assisted_registration or modify_organization.")
                                           .arg(type)};
        return problems;
    }
    QJsonObject out;
    const QString idType = ids::foldFullWidth(fields.value(QStringLiteral("id_type")).toString()).trimmed();
    for (const AppealFieldSpec &s : specs) {
        const QString label = s.label();
        QString value;
        if (!fieldText(fields.value(s.key), &value)) {
            problems << AppealFieldProblem{s.key, tr("%1 must be text.").arg(label)};
            continue;
        }
        value = ids::foldFullWidth(value).trimmed();
        switch (s.kind) {
        case Kind::IdNumber:
        case Kind::Uscc:
            value = compactCode(value).toUpper();
            break;
        case Kind::Phone:
            value = normalisedPhone(value);
            break;
        case Kind::Email:
            value = value.toLower();
            break;
        default:
            break;
        }
        if (value.isEmpty()) {
            if (s.required)
                problems << AppealFieldProblem{s.key, tr("%1 is missing.").arg(label)};
            continue;
        }
        if (value.size() > s.maxLength) {
            problems << AppealFieldProblem{
                s.key, tr("%1 is longer than %2 characters (%3).").arg(label).arg(s.maxLength).arg(value.size())};
            continue;
        }
        QString problem;
        switch (s.kind) {
        case Kind::Text:
        case Kind::LongText:
            break;
        case Kind::Choice:
            if (!s.choices.contains(value))
                problem = tr("%1 \"%2\" is not one of %3.").arg(label, value, s.choices.join(QStringLiteral(", ")));
            break;
        case Kind::IdNumber:
            if (idType == QLatin1String("resident_id") || idType.isEmpty()) {
                const ids::ResidentIdCheck check = ids::checkResidentId(value, today);
                if (!check.valid())
                    problem = tr("%1 %2 is not a valid resident ID number: %3")
                                  .arg(label, ids::maskIdNumber(value), check.message());
            } else {
                static const QRegularExpression permit(QStringLiteral("^[A-Z0-9]{5,30}$"));
                if (!permit.match(value).hasMatch())
                    problem =
                        tr("%1 %2 may hold only letters and digits (5 to 30).").arg(label, ids::maskIdNumber(value));
            }
            break;
        case Kind::Uscc:
            if (!ids::isUsccShape(value))
                problem = tr("%1 \"%2\" is not 18 characters of the code's alphabet (digits and upper-case letters "
                             "without I, O, S, V, Z).")
                              .arg(label, value);
            else if (!ids::isValidUscc(value))
                problem = tr("%1 \"%2\" has a wrong check character (expected %3).")
                              .arg(label, value, QString(ids::usccCheckCharacter(QStringView(value).left(17))));
            break;
        case Kind::Phone:
            if (!ids::isMainlandMobile(value))
                problem = tr("%1 %2 is not a mainland mobile number (11 digits starting 13 to 19).")
                              .arg(label, ids::maskPhone(value));
            break;
        case Kind::Email: {
            static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
            if (!email.match(value).hasMatch())
                problem = tr("%1 \"%2\" is not an e-mail address.").arg(label, ids::maskEmail(value));
            break;
        }
        case Kind::Date:
            if (s.key == QLatin1String("id_valid_until") &&
                (value == QLatin1String("long_term") || value == QStringLiteral("长期") ||
                 value == QStringLiteral("长期有效"))) {
                value = QStringLiteral("long_term");
                break;
            }
            if (!QDate::fromString(value, Qt::ISODate).isValid())
                problem = tr("%1 \"%2\" is not a date (YYYY-MM-DD).").arg(label, value);
            break;
        case Kind::Login: {
            static const QRegularExpression login(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{7,19}$"));
            if (!login.match(value).hasMatch())
                problem = tr("%1 \"%2\" must be 8 to 20 letters, digits or underscores starting with a letter.")
                              .arg(label, value);
            break;
        }
        }
        if (!problem.isEmpty()) {
            problems << AppealFieldProblem{s.key, problem};
            continue;
        }
        out.insert(s.key, value);
    }
    const QDate from = QDate::fromString(out.value(QStringLiteral("id_valid_from")).toString(), Qt::ISODate);
    const QDate until = QDate::fromString(out.value(QStringLiteral("id_valid_until")).toString(), Qt::ISODate);
    if (from.isValid() && until.isValid() && until < from)
        problems << AppealFieldProblem{
            QStringLiteral("id_valid_until"),
            tr("%1 (%2) is before %3 (%4).")
                .arg(AppealTexts::fieldLabel(QStringLiteral("id_valid_until")), until.toString(Qt::ISODate),
                     AppealTexts::fieldLabel(QStringLiteral("id_valid_from")), from.toString(Qt::ISODate))};
    if (normalised)
        *normalised = out;
    return problems;
}

QString AppealForms::describe(const QVector<AppealFieldProblem> &problems)
{
    QStringList parts;
    for (const AppealFieldProblem &p : problems)
        parts << p.message;
    return parts.join(QLatin1Char(' '));
}

// =========================================================================================================
// Service
// =========================================================================================================

struct AppealService::Settings
{
    BusinessCalendar calendar;
    int claimIdleMinutes = 30;
    int slaBusinessDays = 2;
};

namespace {

constexpr int kMaxFreeText = 300;
constexpr int kMaxNote = 2000;

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(AppealRepository::timeValue(t)) : QJsonValue();
}

// What an audit entry records of an appeal: no raw personal data.
QJsonObject auditState(const AppealRecord &a)
{
    return QJsonObject{{QStringLiteral("state"), AppealStates::name(a.state)},
                       {QStringLiteral("version"), a.version},
                       {QStringLiteral("claimed_by"), a.claimedBy.isEmpty() ? QJsonValue() : QJsonValue(a.claimedBy)},
                       {QStringLiteral("due_at"), timeJson(a.dueAt)}};
}

QString sameText(const QString &s)
{
    return ids::foldFullWidth(s).trimmed().toUpper();
}

FieldComparison compare(const QString &field, const QString &appealValue, const QString &accountValue)
{
    FieldComparison c{field, appealValue, accountValue, FieldMatch::Missing};
    if (!appealValue.trimmed().isEmpty() && !accountValue.trimmed().isEmpty())
        c.match = sameText(appealValue) == sameText(accountValue) ? FieldMatch::Equal : FieldMatch::Differs;
    return c;
}

// Records an audit entry about one appeal in the write path's context.
void auditAppeal(WriteContext &w, const QString &action, qint64 appealId, const QJsonObject &before,
                 const QJsonObject &after)
{
    w.audit(action, QStringLiteral("appeal"), QString::number(appealId), before, after);
}

} // namespace

AppealService::AppealService(std::shared_ptr<Session> session)
    : m_session(std::move(session)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

AppealService::~AppealService() = default;

void AppealService::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime AppealService::now() const
{
    return m_clock().toUTC();
}

QString AppealService::passwordMask()
{
    return QStringLiteral("********");
}

Result<AppealService::Settings> AppealService::settings()
{
    Database &db = m_session->database();
    CalendarRepository repo(db);
    auto calendar = repo.load();
    if (!calendar)
        return calendar.error();
    Settings s;
    s.calendar = *calendar;
    const auto number = [&repo](const char *key, int fallback, int low, int high) -> Result<int> {
        auto v = repo.setting(QString::fromLatin1(key));
        if (!v)
            return v.error();
        if (!v->has_value())
            return fallback;
        bool ok = false;
        const int n = (*v)->trimmed().toInt(&ok);
        return ok && n >= low && n <= high ? n : fallback;
    };
    auto idle = number("claim_idle_minutes", 30, 1, 24 * 60);
    if (!idle)
        return idle.error();
    auto days = number("sla_business_days", 2, 1, 30);
    if (!days)
        return days.error();
    s.claimIdleMinutes = *idle;
    s.slaBusinessDays = *days;
    return s;
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
    auto cfg = settings();
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
                          {QStringLiteral("submitted_at"), timeJson(a.submittedAt)},
                          {QStringLiteral("due_at"), timeJson(a.dueAt)},
                          {QStringLiteral("documents"), QJsonArray::fromStringList(present)},
                          {QStringLiteral("documents_complete"), a.documentsComplete}};
        if (!ref.isEmpty())
            after.insert(QStringLiteral("external_ref"), ref);
        if (!refusals.isEmpty())
            after.insert(QStringLiteral("refused_documents"), refusalsJson(refusals));
        auditAppeal(w, ref.isEmpty() ? QStringLiteral("appeal.file") : QStringLiteral("appeal.import"), *id, {}, after);
        return filed;
    });
}

Status AppealService::resubmit(qint64 appealId, const QVector<AppealDocumentInput> &documents)
{
    if (documents.isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("A resubmission of appeal %1 needs at least one document.").arg(appealId));
    auto cfg = settings();
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
        auditAppeal(w, QStringLiteral("appeal.resubmit"), appealId, auditState(*rec),
                    QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::New)},
                                {QStringLiteral("version"), rec->version + 1},
                                {QStringLiteral("due_at"), timeJson(due)},
                                {QStringLiteral("resumed_with_seconds"), remaining},
                                {QStringLiteral("documents"), QJsonArray::fromStringList(added)},
                                {QStringLiteral("documents_complete"), complete}});
        return {};
    });
}

Status AppealService::withdraw(qint64 appealId, const QString &reasonIn)
{
    const QString reason = reasonIn.trimmed();
    if (reason.size() > kMaxFreeText)
        return Error(Error::Code::InvalidInput,
                     tr("The reason for withdrawing is longer than %1 characters.").arg(kMaxFreeText));
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
        auditAppeal(w, QStringLiteral("appeal.withdraw"), appealId, auditState(*rec),
                    QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::Withdrawn)},
                                {QStringLiteral("version"), rec->version + 1},
                                {QStringLiteral("reason"), reason}});
        return {};
    });
}

// ---- claiming ----

Result<AppealRecord> AppealService::claimNext()
{
    auto cfg = settings();
    if (!cfg)
        return cfg.error();
    Database &db = m_session->database();
    AppealRepository repo(db);
    const QDateTime at = now();
    const QDateTime expires = at.addSecs(qint64(cfg->claimIdleMinutes) * 60);
    const QString me = m_session->staff().login;
    return WritePath::run(*m_session, Action::ReviewAppeals, [&](WriteContext &w) -> Result<AppealRecord> {
        auto outcome = repo.claimNext(me, at, expires);
        if (!outcome)
            return outcome.error();
        if (!outcome->has_value())
            return Error(Error::Code::NotFound, tr("No appeal is waiting to be claimed."));
        const AppealClaimOutcome &o = **outcome;
        auto rec = repo.record(o.appealId);
        if (!rec)
            return rec.error();
        QJsonObject before{{QStringLiteral("state"),
                            AppealStates::name(o.previousHolder.isEmpty() ? AppealState::New : AppealState::Claimed)}};
        if (!o.previousHolder.isEmpty())
            before.insert(QStringLiteral("claimed_by"), o.previousHolder);
        auditAppeal(w, QStringLiteral("appeal.claim"), o.appealId, before,
                    QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::Claimed)},
                                {QStringLiteral("claimed_by"), me},
                                {QStringLiteral("claim_expires_at"), timeJson(expires)},
                                {QStringLiteral("version"), rec->version},
                                {QStringLiteral("next_in_queue"), true}});
        return *rec;
    });
}

Result<AppealRecord> AppealService::claim(qint64 appealId)
{
    auto cfg = settings();
    if (!cfg)
        return cfg.error();
    Database &db = m_session->database();
    AppealRepository repo(db);
    const QDateTime at = now();
    const QDateTime expires = at.addSecs(qint64(cfg->claimIdleMinutes) * 60);
    const QString me = m_session->staff().login;
    return WritePath::run(*m_session, Action::ReviewAppeals, [&](WriteContext &w) -> Result<AppealRecord> {
        auto current = repo.record(appealId);
        if (!current)
            return current.error();
        if (current->state == AppealState::Claimed && current->claimedBy == me) {
            // Claiming what one already holds only renews the claim.
            auto extended = repo.extendClaim(appealId, me, expires);
            if (!extended)
                return extended.error();
            current->claimExpiresAt = expires;
            return *current;
        }
        auto outcome = repo.claim(appealId, me, at, expires);
        if (!outcome)
            return outcome.error();
        if (!outcome->has_value()) {
            auto now_ = repo.record(appealId);
            if (!now_)
                return now_.error();
            if (now_->state == AppealState::Claimed)
                return Error(Error::Code::Conflict,
                             tr("Appeal %1 is being reviewed by %2 (claim until %3).")
                                 .arg(appealId)
                                 .arg(now_->claimedBy, BusinessCalendar::toChinaTime(now_->claimExpiresAt)
                                                           .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            if (now_->state == AppealState::WaitingForUser)
                return Error(
                    Error::Code::Conflict,
                    tr("Appeal %1 is waiting for documents from the user and cannot be claimed.").arg(appealId));
            return Error(
                Error::Code::Conflict,
                tr("Appeal %1 is already closed (%2).").arg(appealId).arg(AppealTexts::stateLabel(now_->state)));
        }
        auto rec = repo.record(appealId);
        if (!rec)
            return rec.error();
        QJsonObject before = auditState(*current);
        auditAppeal(w, QStringLiteral("appeal.claim"), appealId, before,
                    QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::Claimed)},
                                {QStringLiteral("claimed_by"), me},
                                {QStringLiteral("claim_expires_at"), timeJson(expires)},
                                {QStringLiteral("version"), rec->version},
                                {QStringLiteral("previous_holder"), (*outcome)->previousHolder}});
        return *rec;
    });
}

Result<QDateTime> AppealService::touch(qint64 appealId)
{
    auto cfg = settings();
    if (!cfg)
        return cfg.error();
    Database &db = m_session->database();
    AppealRepository repo(db);
    const QDateTime expires = now().addSecs(qint64(cfg->claimIdleMinutes) * 60);
    const QString me = m_session->staff().login;
    return WritePath::run(*m_session, Action::ReviewAppeals, [&](WriteContext &w) -> Result<QDateTime> {
        auto extended = repo.extendClaim(appealId, me, expires);
        if (!extended)
            return extended.error();
        if (!*extended) {
            auto rec = repo.record(appealId);
            if (!rec)
                return rec.error();
            if (rec->state == AppealState::Claimed)
                return Error(
                    Error::Code::Conflict,
                    tr("Appeal %1 is now held by %2; your claim has lapsed.").arg(appealId).arg(rec->claimedBy));
            return Error(
                Error::Code::Conflict,
                tr("You do not hold appeal %1 (it is %2).").arg(appealId).arg(AppealTexts::stateLabel(rec->state)));
        }
        auditAppeal(
            w, QStringLiteral("appeal.touch"), appealId, {},
            QJsonObject{{QStringLiteral("claimed_by"), me}, {QStringLiteral("claim_expires_at"), timeJson(expires)}});
        return expires;
    });
}

Status AppealService::release(qint64 appealId)
{
    Database &db = m_session->database();
    AppealRepository repo(db);
    const QString me = m_session->staff().login;
    return WritePath::run(*m_session, Action::ReviewAppeals, [&](WriteContext &w) -> Status {
        auto rec = repo.record(appealId);
        if (!rec)
            return rec.error();
        if (rec->state != AppealState::Claimed)
            return Error(Error::Code::Conflict, tr("Appeal %1 is not claimed by anyone (it is %2).")
                                                    .arg(appealId)
                                                    .arg(AppealTexts::stateLabel(rec->state)));
        if (rec->claimedBy != me) {
            if (!Permissions::allows(m_session->staff().role, Action::SuperviseAppeals))
                return Error(Error::Code::PermissionDenied,
                             tr("Appeal %1 is held by %2: only they or a supervisor may release it.")
                                 .arg(appealId)
                                 .arg(rec->claimedBy));
            if (auto s = Permissions::require(m_session->staff(), Action::SuperviseAppeals); !s)
                return s;
        }
        auto changed = repo.update(appealId, rec->version,
                                   {{QStringLiteral("state"), AppealStates::name(AppealState::New)},
                                    {QStringLiteral("claimed_by"), QVariant()},
                                    {QStringLiteral("claimed_at"), QVariant()},
                                    {QStringLiteral("claim_expires_at"), QVariant()}});
        if (!changed)
            return changed.error();
        if (!*changed)
            return Error(Error::Code::Conflict, tr("Appeal %1 changed meanwhile; try again.").arg(appealId));
        auditAppeal(w, QStringLiteral("appeal.release"), appealId, auditState(*rec),
                    QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::New)},
                                {QStringLiteral("version"), rec->version + 1}});
        return {};
    });
}

Status AppealService::reassign(qint64 appealId, const QString &staffLoginIn)
{
    const QString target = staffLoginIn.trimmed();
    auto cfg = settings();
    if (!cfg)
        return cfg.error();
    Database &db = m_session->database();
    AppealRepository repo(db);
    const QDateTime at = now();
    const QDateTime expires = at.addSecs(qint64(cfg->claimIdleMinutes) * 60);
    return WritePath::run(*m_session, Action::SuperviseAppeals, [&](WriteContext &w) -> Status {
        auto member = StaffRepository(db).findByLogin(target);
        if (!member)
            return member.error();
        if (!member->active || !Permissions::allows(member->role, Action::ReviewAppeals))
            return Error(Error::Code::InvalidInput,
                         tr("%1 cannot take appeals: only active reviewers and supervisors review them.").arg(target));
        auto rec = repo.record(appealId);
        if (!rec)
            return rec.error();
        if (rec->state != AppealState::New && rec->state != AppealState::Claimed)
            return Error(Error::Code::Conflict, tr("Appeal %1 cannot be reassigned while it is %2.")
                                                    .arg(appealId)
                                                    .arg(AppealTexts::stateLabel(rec->state)));
        auto changed = repo.update(appealId, rec->version,
                                   {{QStringLiteral("state"), AppealStates::name(AppealState::Claimed)},
                                    {QStringLiteral("claimed_by"), target},
                                    {QStringLiteral("claimed_at"), at},
                                    {QStringLiteral("claim_expires_at"), expires}});
        if (!changed)
            return changed.error();
        if (!*changed)
            return Error(Error::Code::Conflict, tr("Appeal %1 changed meanwhile; try again.").arg(appealId));
        auditAppeal(w, QStringLiteral("appeal.reassign"), appealId, auditState(*rec),
                    QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::Claimed)},
                                {QStringLiteral("claimed_by"), target},
                                {QStringLiteral("claim_expires_at"), timeJson(expires)},
                                {QStringLiteral("version"), rec->version + 1}});
        return {};
    });
}

// ---- decisions ----

Result<AppealRecord> AppealService::loadHeld(qint64 appealId, int expectedVersion)
{
    auto rec = AppealRepository(m_session->database()).record(appealId);
    if (!rec)
        return rec.error();
    const QString me = m_session->staff().login;
    if (rec->state != AppealState::Claimed) {
        if (AppealStates::isOpen(rec->state))
            return Error(Error::Code::Conflict, tr("Claim appeal %1 before deciding it.").arg(appealId));
        return Error(Error::Code::Conflict,
                     tr("Appeal %1 is already closed (%2).").arg(appealId).arg(AppealTexts::stateLabel(rec->state)));
    }
    if (rec->claimedBy != me)
        return Error(Error::Code::Conflict,
                     tr("Appeal %1 is held by %2: only the holder may decide it.").arg(appealId).arg(rec->claimedBy));
    if (rec->version != expectedVersion)
        return Error(Error::Code::Conflict,
                     tr("Appeal %1 changed since you opened it (version %2, now %3): reload it before deciding.")
                         .arg(appealId)
                         .arg(expectedVersion)
                         .arg(rec->version));
    return rec;
}

namespace {
Error staleVersion(qint64 appealId)
{
    return Error(
        Error::Code::Conflict,
        AppealService::tr("Appeal %1 changed while you were deciding it: reload it and decide again.").arg(appealId));
}
} // namespace

Status AppealService::approve(qint64 appealId, qint64 accountId, int expectedVersion)
{
    Database &db = m_session->database();
    AppealRepository repo(db);
    const QDateTime at = now();
    const QString me = m_session->staff().login;
    // The new password lives only here, in its hash and in the SMS body. Hashing (scrypt) happens before the
    // transaction so that it does not hold the write lock.
    const QString password = crypto::randomPassword(14);
    const QString passwordHash = crypto::hashPassword(password);
    return WritePath::run(*m_session, Action::ReviewAppeals, [&](WriteContext &w) -> Status {
        auto rec = loadHeld(appealId, expectedVersion);
        if (!rec)
            return rec.error();
        auto found = candidates(appealId);
        if (!found)
            return found.error();
        const auto match = std::find_if(found->cbegin(), found->cend(),
                                        [accountId](const AppealCandidate &c) { return c.account.id == accountId; });
        if (match == found->cend())
            return Error(Error::Code::InvalidInput,
                         tr("Account %1 is not one of the accounts matching appeal %2.").arg(accountId).arg(appealId));
        const AccountRecord &account = match->account;
        if (account.accountStatus == QLatin1String("disabled") || account.accountStatus == QLatin1String("merged"))
            return Error(Error::Code::Conflict, tr("Account %1 is %2; approve the appeal for an account in use.")
                                                    .arg(account.login, account.accountStatus));
        if (!ids::isMainlandMobile(rec->phone))
            return Error(Error::Code::InvalidInput,
                         tr("Appeal %1 has no mainland mobile number to send the new password to.").arg(appealId));

        const QString decision = CitizenTexts::appealApprovedReason(account.login);
        auto changed = repo.update(appealId, rec->version,
                                   {{QStringLiteral("state"), AppealStates::name(AppealState::Approved)},
                                    {QStringLiteral("account_id"), accountId},
                                    {QStringLiteral("decided_by"), me},
                                    {QStringLiteral("decided_at"), at},
                                    {QStringLiteral("decision_reason"), decision},
                                    {QStringLiteral("claimed_by"), QVariant()},
                                    {QStringLiteral("claim_expires_at"), QVariant()}});
        if (!changed)
            return changed.error();
        if (!*changed)
            return staleVersion(appealId);

        AppealRepository::AccountChange change;
        change.accountId = accountId;
        change.passwordHash = passwordHash;
        change.at = at;
        change.eventDetail = tr("Password reset by recovery appeal %1").arg(appealId);
        if (account.phone != rec->phone)
            change.phone = rec->phone;
        const bool setsLegalRep =
            rec->type == QLatin1String("assisted_registration") || rec->type == QLatin1String("modify_organization");
        if (setsLegalRep) {
            if (account.legalRepName != rec->applicantName)
                change.legalRepName = rec->applicantName;
            if (account.legalRepIdNumber != rec->idNumber)
                change.legalRepIdNumber = rec->idNumber;
        }
        if (auto s = repo.applyApproval(change); !s)
            return s;

        const QString body = CitizenTexts::appealApprovedSms(appealId, account.login, password);
        const QString preview = CitizenTexts::appealApprovedSms(appealId, account.login, passwordMask());
        auto sms = SmsOutbox(db).enqueue(QStringLiteral("appeal-%1-approved").arg(appealId), rec->phone, body, preview,
                                         appealId, at);
        if (!sms)
            return sms.error();

        auditAppeal(w, QStringLiteral("appeal.approve"), appealId, auditState(*rec),
                    QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::Approved)},
                                {QStringLiteral("version"), rec->version + 1},
                                {QStringLiteral("account_id"), QString::number(accountId)},
                                {QStringLiteral("account_login"), account.login},
                                {QStringLiteral("sms_id"), QString::number(*sms)}});
        AuditEntry accountEntry;
        accountEntry.action = QStringLiteral("account.password_reset");
        accountEntry.entityType = QStringLiteral("account");
        accountEntry.entityId = QString::number(accountId);
        QJsonObject accountBefore{{QStringLiteral("must_change_password"), account.mustChangePassword},
                                  {QStringLiteral("account_status"), account.accountStatus}};
        QJsonObject accountAfter{
            {QStringLiteral("must_change_password"), true},
            {QStringLiteral("appeal_id"), QString::number(appealId)},
            {QStringLiteral("account_status"), account.accountStatus == QLatin1String("pending_activation")
                                                   ? QStringLiteral("active")
                                                   : account.accountStatus}};
        if (!change.phone.isEmpty()) {
            accountBefore.insert(QStringLiteral("phone"), ids::maskPhone(account.phone));
            accountAfter.insert(QStringLiteral("phone"), ids::maskPhone(change.phone));
        }
        if (!change.legalRepName.isEmpty()) {
            accountBefore.insert(QStringLiteral("legal_rep_name"), account.legalRepName);
            accountAfter.insert(QStringLiteral("legal_rep_name"), change.legalRepName);
        }
        if (!change.legalRepIdNumber.isEmpty()) {
            accountBefore.insert(QStringLiteral("legal_rep_id_number"), ids::maskIdNumber(account.legalRepIdNumber));
            accountAfter.insert(QStringLiteral("legal_rep_id_number"), ids::maskIdNumber(change.legalRepIdNumber));
        }
        accountEntry.before = accountBefore;
        accountEntry.after = accountAfter;
        w.audit(accountEntry);
        return {};
    });
}

namespace {
// The text the user gets: the template's SMS text and the reviewer's free text.
QString userText(const std::optional<ReasonTemplate> &t, const QString &freeText)
{
    return CitizenTexts::appealUserMessage(t ? t->smsText : QString(), freeText);
}
} // namespace

Status AppealService::reject(qint64 appealId, const QString &reasonCode, const QString &freeTextIn, int expectedVersion)
{
    const QString freeText = freeTextIn.trimmed();
    if (freeText.size() > kMaxFreeText)
        return Error(Error::Code::InvalidInput, tr("The explanation is longer than %1 characters.").arg(kMaxFreeText));
    Database &db = m_session->database();
    AppealRepository repo(db);
    const QDateTime at = now();
    const QString me = m_session->staff().login;
    return WritePath::run(*m_session, Action::ReviewAppeals, [&](WriteContext &w) -> Status {
        auto rec = loadHeld(appealId, expectedVersion);
        if (!rec)
            return rec.error();
        auto tmpl = repo.reasonTemplate(reasonCode.trimmed());
        if (!tmpl)
            return tmpl.error();
        if (!tmpl->has_value() || !(*tmpl)->active)
            return Error(
                Error::Code::InvalidInput,
                tr("\"%1\" is not an active rejection reason; choose one of the reason templates.").arg(reasonCode));
        const QString text = userText(*tmpl, freeText);
        if (text.size() > SmsOutbox::kMaxBodyLength)
            return Error(Error::Code::InvalidInput,
                         tr("The message to the user is longer than %1 characters.").arg(SmsOutbox::kMaxBodyLength));
        const QString decision = CitizenTexts::appealRejectedReason((*tmpl)->title, freeText);
        auto changed = repo.update(appealId, rec->version,
                                   {{QStringLiteral("state"), AppealStates::name(AppealState::Rejected)},
                                    {QStringLiteral("reason_code"), (*tmpl)->code},
                                    {QStringLiteral("decided_by"), me},
                                    {QStringLiteral("decided_at"), at},
                                    {QStringLiteral("decision_reason"), decision},
                                    {QStringLiteral("claimed_by"), QVariant()},
                                    {QStringLiteral("claim_expires_at"), QVariant()}});
        if (!changed)
            return changed.error();
        if (!*changed)
            return staleVersion(appealId);
        qint64 smsId = 0;
        if (ids::isMainlandMobile(rec->phone)) {
            auto sms = SmsOutbox(db).enqueue(QStringLiteral("appeal-%1-rejected").arg(appealId), rec->phone, text, text,
                                             appealId, at);
            if (!sms)
                return sms.error();
            smsId = *sms;
        }
        auditAppeal(w, QStringLiteral("appeal.reject"), appealId, auditState(*rec),
                    QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::Rejected)},
                                {QStringLiteral("version"), rec->version + 1},
                                {QStringLiteral("reason_code"), (*tmpl)->code},
                                {QStringLiteral("decision_reason"), decision},
                                {QStringLiteral("sms_id"), smsId ? QJsonValue(QString::number(smsId)) : QJsonValue()}});
        return {};
    });
}

Status AppealService::askForDocuments(qint64 appealId, const QString &reasonCodeIn, const QString &freeTextIn,
                                      int expectedVersion)
{
    const QString reasonCode = reasonCodeIn.trimmed();
    const QString freeText = freeTextIn.trimmed();
    if (freeText.size() > kMaxFreeText)
        return Error(Error::Code::InvalidInput, tr("The explanation is longer than %1 characters.").arg(kMaxFreeText));
    if (reasonCode.isEmpty() && freeText.isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("Say which documents the user must send again: choose a reason or write an explanation."));
    auto cfg = settings();
    if (!cfg)
        return cfg.error();
    Database &db = m_session->database();
    AppealRepository repo(db);
    const QDateTime at = now();
    return WritePath::run(*m_session, Action::ReviewAppeals, [&](WriteContext &w) -> Status {
        auto rec = loadHeld(appealId, expectedVersion);
        if (!rec)
            return rec.error();
        std::optional<ReasonTemplate> tmpl;
        if (!reasonCode.isEmpty()) {
            auto t = repo.reasonTemplate(reasonCode);
            if (!t)
                return t.error();
            if (!t->has_value() || !(*t)->active)
                return Error(Error::Code::InvalidInput,
                             tr("\"%1\" is not an active reason; choose one of the reason templates.").arg(reasonCode));
            tmpl = *t;
        }
        const QString text = userText(tmpl, freeText);
        if (text.size() > SmsOutbox::kMaxBodyLength)
            return Error(Error::Code::InvalidInput,
                         tr("The message to the user is longer than %1 characters.").arg(SmsOutbox::kMaxBodyLength));
        if (!ids::isMainlandMobile(rec->phone))
            return Error(Error::Code::InvalidInput,
                         tr("Appeal %1 has no mainland mobile number to ask for documents.").arg(appealId));
        // Pausing keeps the business time that was left (negative when already overdue).
        const qint64 remaining = rec->dueAt.isValid() ? cfg->calendar.remainingSeconds(rec->dueAt, at)
                                                      : qint64(cfg->slaBusinessDays) * 86400;
        auto changed = repo.update(appealId, rec->version,
                                   {{QStringLiteral("state"), AppealStates::name(AppealState::WaitingForUser)},
                                    {QStringLiteral("due_at"), QVariant()},
                                    {QStringLiteral("sla_remaining_seconds"), remaining},
                                    {QStringLiteral("waiting_since"), at},
                                    {QStringLiteral("documents_complete"), false},
                                    {QStringLiteral("reason_code"), tmpl ? QVariant(tmpl->code) : QVariant()},
                                    {QStringLiteral("decision_reason"), text},
                                    {QStringLiteral("claimed_by"), QVariant()},
                                    {QStringLiteral("claimed_at"), QVariant()},
                                    {QStringLiteral("claim_expires_at"), QVariant()}});
        if (!changed)
            return changed.error();
        if (!*changed)
            return staleVersion(appealId);
        auto sms = SmsOutbox(db).enqueue(QStringLiteral("appeal-%1-documents-v%2").arg(appealId).arg(rec->version + 1),
                                         rec->phone, text, text, appealId, at);
        if (!sms)
            return sms.error();
        auditAppeal(w, QStringLiteral("appeal.ask_documents"), appealId, auditState(*rec),
                    QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::WaitingForUser)},
                                {QStringLiteral("version"), rec->version + 1},
                                {QStringLiteral("reason_code"), tmpl ? QJsonValue(tmpl->code) : QJsonValue()},
                                {QStringLiteral("message"), text},
                                {QStringLiteral("sla_remaining_seconds"), remaining},
                                {QStringLiteral("sms_id"), QString::number(*sms)}});
        return {};
    });
}

// ---- reading ----

Result<QVector<AppealCandidate>> AppealService::candidates(qint64 appealId)
{
    if (auto s = Permissions::require(m_session->staff(), Action::ReviewAppeals); !s)
        return s.error();
    AppealRepository repo(m_session->database());
    auto rec = repo.record(appealId);
    if (!rec)
        return rec.error();
    const bool person = rec->type == QLatin1String("person_recovery");
    auto matches =
        person ? repo.personCandidates(rec->idNumber) : repo.organizationCandidates(rec->uscc, rec->organizationName);
    if (!matches)
        return matches.error();
    QVector<AppealCandidate> out;
    for (const AppealAccountMatch &m : std::as_const(*matches)) {
        AppealCandidate c;
        c.account = m.account;
        c.matchedBy = m.matchedBy;
        const AccountRecord &a = m.account;
        if (person) {
            c.comparison << compare(QStringLiteral("name"), rec->applicantName, a.name)
                         << compare(QStringLiteral("id_number"), rec->idNumber, a.idNumber)
                         << compare(QStringLiteral("phone"), rec->phone, a.phone);
        } else {
            c.comparison << compare(QStringLiteral("organization_name"), rec->organizationName, a.name)
                         << compare(QStringLiteral("uscc"), rec->uscc, a.uscc);
            if (rec->type == QLatin1String("organization_recovery")) {
                c.comparison << compare(QStringLiteral("phone"), rec->phone, a.phone);
            } else {
                c.comparison << compare(QStringLiteral("legal_rep_name"), rec->applicantName, a.legalRepName)
                             << compare(QStringLiteral("id_number"), rec->idNumber, a.legalRepIdNumber)
                             << compare(QStringLiteral("phone"), rec->phone, a.phone);
            }
            if (c.matchedBy.contains(QLatin1String("former_name")))
                c.renameHint = tr("The appeal names the former name \"%1\"; the organization is now registered as "
                                  "\"%2\".")
                                   .arg(rec->organizationName, a.name);
            else if (c.matchedBy.contains(QLatin1String("uscc")) && !c.matchedBy.contains(QLatin1String("name")))
                c.renameHint = tr("The USCC is registered under the name \"%1\", not \"%2\": the organization may have "
                                  "been renamed (the appeal must use the name at registration).")
                                   .arg(a.name, rec->organizationName);
        }
        out << c;
    }
    return out;
}

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
        auditAppeal(w, QStringLiteral("appeal.note"), appealId, {},
                    QJsonObject{{QStringLiteral("note_id"), QString::number(*id)}, {QStringLiteral("body"), body}});
        return *id;
    });
}

// ---- reason templates ----

Result<QVector<ReasonTemplate>> AppealService::reasonTemplates(bool activeOnly)
{
    if (auto s = Permissions::require(m_session->staff(), Action::FileAppeal); !s)
        return s.error();
    return AppealRepository(m_session->database()).reasonTemplates(activeOnly);
}

namespace {
QJsonObject templateJson(const ReasonTemplate &t)
{
    return QJsonObject{{QStringLiteral("code"), t.code},
                       {QStringLiteral("title"), t.title},
                       {QStringLiteral("sms_text"), t.smsText},
                       {QStringLiteral("active"), t.active},
                       {QStringLiteral("sort_order"), t.sortOrder}};
}
} // namespace

Result<qint64> AppealService::saveReasonTemplate(const ReasonTemplate &in)
{
    ReasonTemplate t = in;
    t.code = t.code.trimmed();
    t.title = t.title.trimmed();
    t.smsText = t.smsText.trimmed();
    static const QRegularExpression code(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!code.match(t.code).hasMatch())
        return Error(Error::Code::InvalidInput,
                     tr("The reason code \"%1\" must be 1 to 40 lower-case letters, digits or underscores starting "
                        "with a letter.")
                         .arg(t.code));
    if (t.title.isEmpty() || t.title.size() > 100)
        return Error(Error::Code::InvalidInput, tr("The reason title must be 1 to 100 characters."));
    if (t.smsText.isEmpty() || t.smsText.size() > 300)
        return Error(Error::Code::InvalidInput, tr("The text sent to the user must be 1 to 300 characters."));
    Database &db = m_session->database();
    AppealRepository repo(db);
    return WritePath::run(*m_session, Action::ManageReasonTemplates, [&](WriteContext &w) -> Result<qint64> {
        auto sameCode = repo.reasonTemplate(t.code);
        if (!sameCode)
            return sameCode.error();
        if (sameCode->has_value() && (*sameCode)->id != t.id)
            return Error(Error::Code::Conflict,
                         tr("A reason template with the code \"%1\" already exists.").arg(t.code));
        QJsonObject before;
        qint64 id = t.id;
        if (t.id == 0) {
            auto inserted = repo.insertReasonTemplate(t);
            if (!inserted)
                return inserted.error();
            id = *inserted;
        } else {
            auto old = repo.reasonTemplate(t.id);
            if (!old)
                return old.error();
            if (!old->has_value())
                return Error(Error::Code::NotFound, tr("Reason template %1 does not exist.").arg(t.id));
            before = templateJson(**old);
            if (auto s = repo.updateReasonTemplate(t); !s)
                return s.error();
        }
        AuditEntry entry;
        entry.action = QStringLiteral("reason_template.save");
        entry.entityType = QStringLiteral("reason_template");
        entry.entityId = QString::number(id);
        entry.before = before;
        entry.after = templateJson(t);
        w.audit(entry);
        return id;
    });
}

Status AppealService::deactivateReasonTemplate(qint64 templateId)
{
    Database &db = m_session->database();
    AppealRepository repo(db);
    return WritePath::run(*m_session, Action::ManageReasonTemplates, [&](WriteContext &w) -> Status {
        auto old = repo.reasonTemplate(templateId);
        if (!old)
            return old.error();
        if (!old->has_value())
            return Error(Error::Code::NotFound, tr("Reason template %1 does not exist.").arg(templateId));
        ReasonTemplate t = **old;
        if (!t.active)
            return {};
        t.active = false;
        if (auto s = repo.updateReasonTemplate(t); !s)
            return s;
        AuditEntry entry;
        entry.action = QStringLiteral("reason_template.deactivate");
        entry.entityType = QStringLiteral("reason_template");
        entry.entityId = QString::number(templateId);
        entry.before = templateJson(**old);
        entry.after = templateJson(t);
        w.audit(entry);
        return {};
    });
}

} // namespace desk
