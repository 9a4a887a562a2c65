#include "workflow/AppealClaims.h"

#include "store/ClaimEngine.h"
#include "store/Database.h"
#include "store/StaffRepository.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

namespace desk {

AppealClaims::AppealClaims(std::shared_ptr<AppealContext> context)
    : m_context(std::move(context)), m_repo(m_context->session().database()),
      m_engine(m_context->session().database(), AppealRepository::claimQueue())
{
}

QString AppealClaims::reviewer() const
{
    return m_context->session().staff().login;
}

Result<QDateTime> AppealClaims::claimExpiry(const QDateTime &at) const
{
    auto cfg = m_context->settings();
    if (!cfg)
        return cfg.error();
    return at.addSecs(qint64(cfg->claimIdleMinutes) * 60);
}

Result<AppealRecord> AppealClaims::claimNext()
{
    const QDateTime at = m_context->now();
    auto expires = claimExpiry(at);
    if (!expires)
        return expires.error();
    const QString me = reviewer();
    return WritePath::run(m_context->session(), Action::ReviewAppeals, [&](WriteContext &w) -> Result<AppealRecord> {
        auto outcome = m_engine.claimNext(me, at, *expires);
        if (!outcome)
            return outcome.error();
        if (!outcome->has_value())
            return Error(Error::Code::NotFound, tr("No appeal is waiting to be claimed."));
        const ClaimOutcome &o = **outcome;
        auto rec = m_repo.record(o.id);
        if (!rec)
            return rec.error();
        QJsonObject before{{QStringLiteral("state"),
                            AppealStates::name(o.previousHolder.isEmpty() ? AppealState::New : AppealState::Claimed)}};
        if (!o.previousHolder.isEmpty())
            before.insert(QStringLiteral("claimed_by"), o.previousHolder);
        AppealContext::audit(w, QStringLiteral("appeal.claim"), o.id, before,
                             QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::Claimed)},
                                         {QStringLiteral("claimed_by"), me},
                                         {QStringLiteral("claim_expires_at"), AppealContext::timeJson(*expires)},
                                         {QStringLiteral("version"), rec->version},
                                         {QStringLiteral("next_in_queue"), true}});
        return *rec;
    });
}

Result<AppealRecord> AppealClaims::claim(qint64 appealId)
{
    const QDateTime at = m_context->now();
    auto expires = claimExpiry(at);
    if (!expires)
        return expires.error();
    const QString me = reviewer();
    return WritePath::run(m_context->session(), Action::ReviewAppeals, [&](WriteContext &w) -> Result<AppealRecord> {
        auto current = m_repo.record(appealId);
        if (!current)
            return current.error();
        if (current->filedBy == me)
            return AppealContext::filerRefusal(appealId, me);
        if (current->state == AppealState::Claimed && current->claimedBy == me) {
            // Claiming what one already holds only renews the claim.
            auto extended = m_engine.extend(appealId, me, *expires);
            if (!extended)
                return extended.error();
            current->claimExpiresAt = *expires;
            return *current;
        }
        auto outcome = m_engine.claim(appealId, me, at, *expires);
        if (!outcome)
            return outcome.error();
        if (!outcome->has_value()) {
            auto now_ = m_repo.record(appealId);
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
        auto rec = m_repo.record(appealId);
        if (!rec)
            return rec.error();
        QJsonObject before = AppealContext::auditState(*current);
        AppealContext::audit(w, QStringLiteral("appeal.claim"), appealId, before,
                             QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::Claimed)},
                                         {QStringLiteral("claimed_by"), me},
                                         {QStringLiteral("claim_expires_at"), AppealContext::timeJson(*expires)},
                                         {QStringLiteral("version"), rec->version},
                                         {QStringLiteral("previous_holder"), (*outcome)->previousHolder}});
        return *rec;
    });
}

Result<QDateTime> AppealClaims::touch(qint64 appealId)
{
    auto expires = claimExpiry(m_context->now());
    if (!expires)
        return expires.error();
    const QString me = reviewer();
    return WritePath::run(m_context->session(), Action::ReviewAppeals, [&](WriteContext &w) -> Result<QDateTime> {
        auto extended = m_engine.extend(appealId, me, *expires);
        if (!extended)
            return extended.error();
        if (!*extended) {
            auto rec = m_repo.record(appealId);
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
        AppealContext::audit(w, QStringLiteral("appeal.touch"), appealId, {},
                             QJsonObject{{QStringLiteral("claimed_by"), me},
                                         {QStringLiteral("claim_expires_at"), AppealContext::timeJson(*expires)}});
        return *expires;
    });
}

Status AppealClaims::release(qint64 appealId)
{
    const QString me = reviewer();
    return WritePath::run(m_context->session(), Action::ReviewAppeals, [&](WriteContext &w) -> Status {
        auto rec = m_repo.record(appealId);
        if (!rec)
            return rec.error();
        if (rec->state != AppealState::Claimed)
            return Error(Error::Code::Conflict, tr("Appeal %1 is not claimed by anyone (it is %2).")
                                                    .arg(appealId)
                                                    .arg(AppealTexts::stateLabel(rec->state)));
        if (rec->claimedBy != me) {
            if (!Permissions::allows(m_context->session().staff().role, Action::SuperviseAppeals))
                return Error(Error::Code::PermissionDenied,
                             tr("Appeal %1 is held by %2: only they or a supervisor may release it.")
                                 .arg(appealId)
                                 .arg(rec->claimedBy));
            if (auto s = Permissions::require(m_context->session().staff(), Action::SuperviseAppeals); !s)
                return s;
        }
        auto changed = m_engine.release(appealId, rec->version);
        if (!changed)
            return changed.error();
        if (!*changed)
            return Error(Error::Code::Conflict, tr("Appeal %1 changed meanwhile; try again.").arg(appealId));
        AppealContext::audit(w, QStringLiteral("appeal.release"), appealId, AppealContext::auditState(*rec),
                             QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::New)},
                                         {QStringLiteral("version"), rec->version + 1}});
        return {};
    });
}

Status AppealClaims::reassign(qint64 appealId, const QString &staffLoginIn)
{
    const QString target = staffLoginIn.trimmed();
    const QDateTime at = m_context->now();
    auto expires = claimExpiry(at);
    if (!expires)
        return expires.error();
    return WritePath::run(m_context->session(), Action::SuperviseAppeals, [&](WriteContext &w) -> Status {
        auto member = StaffRepository(m_context->session().database()).findByLogin(target);
        if (!member)
            return member.error();
        if (!member->active || !Permissions::allows(member->role, Action::ReviewAppeals))
            return Error(Error::Code::InvalidInput,
                         tr("%1 cannot take appeals: only active reviewers and supervisors review them.").arg(target));
        auto rec = m_repo.record(appealId);
        if (!rec)
            return rec.error();
        if (rec->filedBy == target)
            return AppealContext::filerRefusal(appealId, target);
        if (rec->state != AppealState::New && rec->state != AppealState::Claimed)
            return Error(Error::Code::Conflict, tr("Appeal %1 cannot be reassigned while it is %2.")
                                                    .arg(appealId)
                                                    .arg(AppealTexts::stateLabel(rec->state)));
        auto changed = m_engine.reassign(appealId, rec->version, target, at, *expires);
        if (!changed)
            return changed.error();
        if (!*changed)
            return Error(Error::Code::Conflict, tr("Appeal %1 changed meanwhile; try again.").arg(appealId));
        AppealContext::audit(w, QStringLiteral("appeal.reassign"), appealId, AppealContext::auditState(*rec),
                             QJsonObject{{QStringLiteral("state"), AppealStates::name(AppealState::Claimed)},
                                         {QStringLiteral("claimed_by"), target},
                                         {QStringLiteral("claim_expires_at"), AppealContext::timeJson(*expires)},
                                         {QStringLiteral("version"), rec->version + 1}});
        return {};
    });
}

} // namespace desk
