#pragma once

#include "core/Result.h"
#include "store/AppealRepository.h"
#include "workflow/AppealContext.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace desk {

// Claiming recovery appeals (Action::ReviewAppeals): one reviewer at a time holds an appeal, for
// claim_idle_minutes unless kept alive. The SQL is ClaimEngine's over AppealRepository::claimQueue(); this class
// adds the appeal's rules, messages and audit entries (entity "appeal"), each change through the write path.
class AppealClaims
{
    Q_DECLARE_TR_FUNCTIONS(desk::AppealService) // the messages are the appeal service's

public:
    explicit AppealClaims(std::shared_ptr<AppealContext> context);

    // Claims the most urgent claimable appeal for the signed-in reviewer. NotFound when the queue is empty.
    Result<AppealRecord> claimNext();
    // Claims a chosen appeal: Conflict naming the holder when someone else holds an unexpired claim.
    Result<AppealRecord> claim(qint64 appealId);
    // The holder is still working: the claim runs claim_idle_minutes from now. Returns the new expiry.
    Result<QDateTime> touch(qint64 appealId);
    // Gives the appeal back to the queue: the holder, or a supervisor (Action::SuperviseAppeals).
    Status release(qint64 appealId);
    // Hands the appeal to another reviewer or supervisor (Action::SuperviseAppeals).
    Status reassign(qint64 appealId, const QString &staffLogin);

private:
    Result<QDateTime> claimExpiry(const QDateTime &at) const; // at + claim_idle_minutes
    QString reviewer() const;                                 // the signed-in staff member's login

    std::shared_ptr<AppealContext> m_context;
    AppealRepository m_repo;
    ClaimEngine m_engine; // over AppealRepository::claimQueue()
};

} // namespace desk
