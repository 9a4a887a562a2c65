#pragma once

#include "core/Result.h"
#include "domain/LookupQuery.h"

#include <QDate>
#include <QDateTime>
#include <QVariant>
#include <QVector>

#include <optional>

namespace desk {

class Database;

// One row of a look-up result: enough to pick the right account. On PostgreSQL the server has masked the
// personal data already (unless the reader holds the work item); on SQLite it is raw here. Either way the models
// and the CLI mask what they show (the masks are idempotent), and a reveal is audited.
struct AccountSummary
{
    qint64 id = 0;
    QString login;
    QString kind; // person / organization
    QString name;
    QString uscc;
    QString idNumber;
    QString phone;
    QString realNameStatus;
    QString accountStatus;
    QDateTime createdAt;
};

struct AccountRecord : AccountSummary
{
    QString formerName;
    QString organizationType;
    QString legalRepName;
    QString legalRepIdNumber;
    qint64 primaryAgentId = 0;
    QString identityRegion;
    QString idType;
    QDate idValidFrom;
    QDate idValidUntil;
    QString email;
    qint64 mergedIntoId = 0;
    QString origin;
    bool mustChangePassword = false;
};

struct DelegationRow
{
    qint64 id = 0;
    qint64 organizationId = 0;
    QString organizationLogin;
    QString organizationName;
    qint64 personId = 0;
    QString personLogin;
    QString personName;
    QString businessSystem;
    QString role;
    QDateTime grantedAt;
    QDateTime expiresAt;
    QDateTime revokedAt;
    QString personStatus; // the person account's status (pending_activation: a handler not yet activated)
};

struct ProjectRow
{
    qint64 id = 0;
    QString reference;
    QString title;
    QString businessSystem;
    QString status;
    QDateTime createdAt;
};

struct AccountEventRow
{
    QDateTime occurredAt;
    QString kind;
    QString detail;
};

struct LegacyLinkRow
{
    QString system;
    QString legacyLogin;
    QString migrationCase;
    QDateTime migratedAt;
};

struct AccountDetail
{
    AccountRecord account;
    std::optional<AccountSummary> primaryAgent;
    QVector<DelegationRow> delegations; // granted by this organization, or held by this person
    QVector<ProjectRow> projects;
    QVector<AccountEventRow> events;
    QVector<LegacyLinkRow> legacy;
};

// The order a look-up list is shown in; each has an index so keyset paging stays fast.
enum class AccountSort { Login, Name, CreatedAt };

// What the list shows: the query, the kind filter and the order. Filtering and sorting happen in SQL.
struct AccountSearch
{
    LookupQuery query;
    QString kindFilter; // empty, "person" or "organization"
    AccountSort sort = AccountSort::Login;
    bool descending = false;
};

// Keyset position: the sort value and id of the last row already shown.
struct AccountKey
{
    QVariant sortValue;
    qint64 id = 0;
};

// One full personal value of an account, for a reveal with a reason.
struct RevealedValue
{
    QString value;
    QString login;
    // PostgreSQL: desk_reveal() wrote the audit row in the same statement. Otherwise the caller appends it.
    bool auditedByServer = false;
};

// Reads accounts for the look-up: search pages by keyset, and the full detail of one account.
class AccountRepository
{
public:
    explicit AccountRepository(Database &db) : m_db(db) {}

    // Up to `limit` rows after `after` (or from the start). Runs on the calling thread's connection.
    Result<QVector<AccountSummary>> search(const AccountSearch &search, int limit,
                                           const std::optional<AccountKey> &after = std::nullopt);
    static AccountKey keyOf(const AccountSummary &row, AccountSort sort);

    Result<AccountDetail> detail(qint64 accountId);
    Result<AccountRecord> record(qint64 accountId);
    // `field` is id_number, phone, email or legal_rep_id_number. Call it inside the write path: on PostgreSQL the
    // server appends the audit row (with `reason`) as part of the same statement, on SQLite the caller does.
    Result<RevealedValue> reveal(qint64 accountId, const QString &field, const QString &reason);

private:
    Database &m_db;
};

} // namespace desk
