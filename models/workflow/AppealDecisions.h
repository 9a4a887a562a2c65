#pragma once

#include "core/Result.h"
#include "store/AppealRepository.h"
#include "workflow/AppealContext.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <memory>

namespace desk {

// How one field of an appeal compares with a candidate account.
enum class FieldMatch { Equal, Differs, Missing };
struct FieldComparison
{
    QString field;        // "name", "organization_name", "uscc", "id_number", "phone", "legal_rep_name"
    QString appealValue;  // raw: mask before showing
    QString accountValue; // raw
    FieldMatch match = FieldMatch::Missing; // Missing: one side has no value
};

struct AppealCandidate
{
    AccountRecord account;
    QStringList matchedBy; // "id_number", "uscc", "name", "former_name"
    // Set when the USCC matched but the account is registered under another name (FAQ 3.3 / 9.3), or when
    // the appeal names the account's former name: look for a rename.
    QString renameHint; // translated, empty when none
    QVector<FieldComparison> comparison;
};

// Deciding a claimed recovery appeal (the holder only; Action::ReviewAppeals): the accounts it may be about,
// approval, rejection and the request for documents. Decisions name the version they saw and are refused with
// Error::Conflict when the appeal changed meanwhile; each runs through the write path with its audit entries. What
// the user is told comes from CitizenTexts and the reason templates, never from the translator.
class AppealDecisions
{
    Q_DECLARE_TR_FUNCTIONS(desk::AppealService) // the messages are the appeal service's

public:
    explicit AppealDecisions(std::shared_ptr<AppealContext> context);

    // The accounts the appeal may be about, with what matched and how each field compares.
    Result<QVector<AppealCandidate>> candidates(qint64 appealId);
    // Approves for one of candidates(): a new random password is stored as a hash with must-change, and the
    // login and password go by SMS to the appeal's phone. For the organization types the account's reserved
    // phone (and for assisted registration / modification the legal representative) are updated from the
    // appeal, and an account pending activation is activated.
    Status approve(qint64 appealId, qint64 accountId, int expectedVersion);
    // Rejects with an active reason template; the user gets its SMS text plus the free text.
    Status reject(qint64 appealId, const QString &reasonCode, const QString &freeText, int expectedVersion);
    // Asks the user for documents: state waiting_for_user, SLA clock paused (the business time left is kept),
    // claim given up, SMS with the template text (reasonCode may be empty when freeText says it all).
    Status askForDocuments(qint64 appealId, const QString &reasonCode, const QString &freeText, int expectedVersion);

    // What stands for the new password in the SMS preview staff may see: "********".
    static QString passwordMask();

private:
    Result<AppealRecord> loadHeld(qint64 appealId, int expectedVersion);
    static Status checkExplanation(const QString &freeText); // the reviewer's free text fits
    // Closes a held appeal as decided now by the signed-in reviewer: `columns` plus state, author and time, the
    // claim given up. A changed version is refused.
    Status close(AppealRepository &repo, const AppealRecord &rec, AppealState state, const QDateTime &at,
                 QVariantHash columns);

    std::shared_ptr<AppealContext> m_context;
};

} // namespace desk
