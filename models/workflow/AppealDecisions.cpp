#include "workflow/AppealDecisions.h"

#include "domain/CitizenTexts.h"
#include "domain/Identifiers.h"
#include "store/Database.h"
#include "store/PasswordHasher.h"
#include "store/SmsOutbox.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <algorithm>

namespace desk {

namespace {

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

} // namespace

AppealDecisions::AppealDecisions(std::shared_ptr<AppealContext> context) : m_context(std::move(context)) {}

QString AppealDecisions::passwordMask()
{
    return QStringLiteral("********");
}

Result<QVector<AppealCandidate>> AppealDecisions::candidates(qint64 appealId)
{
    if (auto s = Permissions::require(m_context->session().staff(), Action::ReviewAppeals); !s)
        return s.error();
    AppealRepository repo(m_context->session().database());
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

Result<AppealRecord> AppealDecisions::loadHeld(qint64 appealId, int expectedVersion)
{
    auto rec = AppealRepository(m_context->session().database()).record(appealId);
    if (!rec)
        return rec.error();
    const QString me = m_context->session().staff().login;
    if (rec->state != AppealState::Claimed) {
        if (AppealStates::isOpen(rec->state))
            return Error(Error::Code::Conflict, tr("Claim appeal %1 before deciding it.").arg(appealId));
        return Error(Error::Code::Conflict,
                     tr("Appeal %1 is already closed (%2).").arg(appealId).arg(AppealTexts::stateLabel(rec->state)));
    }
    if (rec->filedBy == me)
        return AppealContext::filerRefusal(appealId, me);
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
        AppealDecisions::tr("Appeal %1 changed while you were deciding it: reload it and decide again.").arg(appealId));
}
} // namespace

Status AppealDecisions::checkExplanation(const QString &freeText)
{
    if (freeText.size() > AppealContext::kMaxFreeText)
        return Error(Error::Code::InvalidInput,
                     tr("The explanation is longer than %1 characters.").arg(AppealContext::kMaxFreeText));
    return {};
}

Status AppealDecisions::close(AppealRepository &repo, const AppealRecord &rec, AppealState state, const QDateTime &at,
                              QVariantHash columns)
{
    columns.insert(QStringLiteral("state"), AppealStates::name(state));
    columns.insert(QStringLiteral("decided_by"), m_context->session().staff().login);
    columns.insert(QStringLiteral("decided_at"), at);
    columns.insert(QStringLiteral("claimed_by"), QVariant());
    columns.insert(QStringLiteral("claim_expires_at"), QVariant());
    auto changed = repo.update(rec.id, rec.version, columns);
    if (!changed)
        return changed.error();
    if (!*changed)
        return staleVersion(rec.id);
    return {};
}

Status AppealDecisions::approve(qint64 appealId, qint64 accountId, int expectedVersion)
{
    Database &db = m_context->session().database();
    AppealRepository repo(db);
    const QDateTime at = m_context->now();
    // Nobody on the staff chooses or sees the new password: the approval clears the old one and queues the SMS
    // with a slot for it; the SMS sender generates the password when it delivers (SmsSender::issuePassword).
    return WritePath::run(m_context->session(), Action::ReviewAppeals, [&](WriteContext &w) -> Status {
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
        if (auto s = close(repo, *rec, AppealState::Approved, at,
                           {{QStringLiteral("account_id"), accountId}, {QStringLiteral("decision_reason"), decision}});
            !s)
            return s;

        AppealRepository::AccountChange change;
        change.accountId = accountId;
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

        const QString body = CitizenTexts::appealApprovedSms(appealId, account.login, CitizenTexts::newPasswordSlot());
        const QString preview = CitizenTexts::appealApprovedSms(appealId, account.login, passwordMask());
        auto sms = SmsOutbox(db).enqueue(QStringLiteral("appeal-%1-approved").arg(appealId), rec->phone, body, preview,
                                         appealId, at, accountId);
        if (!sms)
            return sms.error();

        AppealContext::audit(w, QStringLiteral("appeal.approve"), appealId, AppealContext::auditState(*rec),
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

Status AppealDecisions::reject(qint64 appealId, const QString &reasonCode, const QString &freeTextIn,
                               int expectedVersion)
{
    const QString freeText = freeTextIn.trimmed();
    if (auto s = checkExplanation(freeText); !s)
        return s;
    Database &db = m_context->session().database();
    AppealRepository repo(db);
    const QDateTime at = m_context->now();
    return WritePath::run(m_context->session(), Action::ReviewAppeals, [&](WriteContext &w) -> Status {
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
        if (auto s =
                close(repo, *rec, AppealState::Rejected, at,
                      {{QStringLiteral("reason_code"), (*tmpl)->code}, {QStringLiteral("decision_reason"), decision}});
            !s)
            return s;
        qint64 smsId = 0;
        if (ids::isMainlandMobile(rec->phone)) {
            auto sms = SmsOutbox(db).enqueue(QStringLiteral("appeal-%1-rejected").arg(appealId), rec->phone, text, text,
                                             appealId, at);
            if (!sms)
                return sms.error();
            smsId = *sms;
        }
        AppealContext::audit(
            w, QStringLiteral("appeal.reject"), appealId, AppealContext::auditState(*rec),
            QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::Rejected)},
                        {QStringLiteral("version"), rec->version + 1},
                        {QStringLiteral("reason_code"), (*tmpl)->code},
                        {QStringLiteral("decision_reason"), decision},
                        {QStringLiteral("sms_id"), smsId ? QJsonValue(QString::number(smsId)) : QJsonValue()}});
        return {};
    });
}

Status AppealDecisions::askForDocuments(qint64 appealId, const QString &reasonCodeIn, const QString &freeTextIn,
                                        int expectedVersion)
{
    const QString reasonCode = reasonCodeIn.trimmed();
    const QString freeText = freeTextIn.trimmed();
    if (auto s = checkExplanation(freeText); !s)
        return s;
    if (reasonCode.isEmpty() && freeText.isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("Say which documents the user must send again: choose a reason or write an explanation."));
    auto cfg = m_context->settings();
    if (!cfg)
        return cfg.error();
    Database &db = m_context->session().database();
    AppealRepository repo(db);
    const QDateTime at = m_context->now();
    return WritePath::run(m_context->session(), Action::ReviewAppeals, [&](WriteContext &w) -> Status {
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
        AppealContext::audit(w, QStringLiteral("appeal.ask_documents"), appealId, AppealContext::auditState(*rec),
                             QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::WaitingForUser)},
                                         {QStringLiteral("version"), rec->version + 1},
                                         {QStringLiteral("reason_code"), tmpl ? QJsonValue(tmpl->code) : QJsonValue()},
                                         {QStringLiteral("message"), text},
                                         {QStringLiteral("sla_remaining_seconds"), remaining},
                                         {QStringLiteral("sms_id"), QString::number(*sms)}});
        return {};
    });
}

} // namespace desk
