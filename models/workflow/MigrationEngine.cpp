#include "workflow/MigrationEngine.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"

#include <QDateTime>
#include <QJsonArray>

#include <optional>

namespace desk {

namespace {

// Statements of the migration, in one place.
// Pending legacy accounts are read a batch at a time (organizations first, then persons, each by id), so memory
// stays flat however many there are.
const QString kSelectPending = QStringLiteral(
    "SELECT id, legacy_login, kind, name, uscc, phone, id_number FROM legacy_account "
    "WHERE system = ? AND kind = ? AND migration_case IS NULL AND conflict_reason IS NULL AND id > ? "
    "ORDER BY id LIMIT ?");
const QString kCountPending = QStringLiteral(
    "SELECT COUNT(*) FROM legacy_account WHERE system = ? AND migration_case IS NULL AND conflict_reason IS NULL");
const QString kSystemId = QStringLiteral("SELECT id FROM business_system WHERE code = ?");
const QString kAccountByLogin =
    QStringLiteral("SELECT id, kind, name, id_number, phone FROM account WHERE login = ?");
const QString kOrganizationByUscc = QStringLiteral(
    "SELECT id FROM account WHERE kind = 'organization' AND uscc IN (?, ?) AND login <> ? "
    "ORDER BY CASE WHEN real_name_status IN ('verified_national','verified_manual') THEN 0 ELSE 1 END, "
    "CASE account_status WHEN 'active' THEN 0 ELSE 1 END, id");
const QString kVerifiedPersonByPhone = QStringLiteral(
    "SELECT id FROM account WHERE kind = 'person' AND phone = ? "
    "AND real_name_status IN ('verified_national','verified_manual') "
    "ORDER BY CASE WHEN id_number = ? THEN 0 ELSE 1 END, id");
const QString kInsertAccount = QStringLiteral(
    "INSERT INTO account (login, kind, name, uscc, id_number, phone, id_type, identity_region, real_name_status, "
    "account_status, origin, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'unverified', 'active', ?, ?) RETURNING id");
// The legacy password hash moves into the new account inside the database: nobody reads it on the way. On
// PostgreSQL no staff role may read it at all, and the server function allows only a just-created account.
const QString kCarryPassword = QStringLiteral(
    "UPDATE account SET password_hash = (SELECT password_hash FROM legacy_account WHERE id = ?) WHERE id = ?");
const QString kCarryPasswordServer = QStringLiteral("SELECT desk_carry_legacy_password(?, ?)");
const QString kInsertEvent = QStringLiteral(
    "INSERT INTO account_event (account_id, occurred_at, kind, detail) VALUES (?, ?, 'migrated', ?)");
const QString kInsertDelegation = QStringLiteral(
    "INSERT INTO delegation (organization_id, person_id, business_system_id, role, granted_at) VALUES (?, ?, ?, ?, ?)");
const QString kMarkMigrated = QStringLiteral(
    "UPDATE legacy_account SET migration_case = ?, platform_account_id = ?, migrated_at = ? "
    "WHERE id = ? AND migration_case IS NULL AND conflict_reason IS NULL");
const QString kMarkConflict = QStringLiteral(
    "UPDATE legacy_account SET conflict_reason = ? WHERE id = ? AND migration_case IS NULL AND conflict_reason IS NULL");
// Retrying conflicts: pending and conflicting accounts alike; a success clears the old reason.
const QString kSelectRetry = QStringLiteral(
    "SELECT id, legacy_login, kind, name, uscc, phone, id_number FROM legacy_account "
    "WHERE system = ? AND kind = ? AND migration_case IS NULL AND id > ? ORDER BY id LIMIT ?");
const QString kCountRetry =
    QStringLiteral("SELECT COUNT(*) FROM legacy_account WHERE system = ? AND migration_case IS NULL");
const QString kMarkMigratedRetry = QStringLiteral(
    "UPDATE legacy_account SET migration_case = ?, platform_account_id = ?, migrated_at = ?, conflict_reason = NULL "
    "WHERE id = ? AND migration_case IS NULL");
const QString kMarkConflictRetry =
    QStringLiteral("UPDATE legacy_account SET conflict_reason = ? WHERE id = ? AND migration_case IS NULL");

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

struct LegacyRow
{
    qint64 id = 0;
    QString login;
    QString kind;
    QString name;
    QString uscc;
    QString phone;
    QString idNumber;
};

struct PlatformAccount
{
    qint64 id = 0;
    QString kind;
    QString name;
    QString idNumber;
    QString phone;
};

// The outcome for one legacy account: a case and its platform account, or a conflict.
struct Decision
{
    QString caseCode;
    qint64 accountId = 0;
    QString conflict;
};

// DOMAIN.md: the same human is the same ID number; where either side lacks one, the same name and reserved phone.
bool sameHuman(const LegacyRow &legacy, const PlatformAccount &account)
{
    const QString a = legacy.idNumber.trimmed().toUpper();
    const QString b = account.idNumber.trimmed().toUpper();
    if (!a.isEmpty() && !b.isEmpty())
        return a == b;
    const QString phone = legacy.phone.isEmpty() ? legacy.login : legacy.phone;
    const QString name = legacy.name.trimmed();
    return !name.isEmpty() && name == account.name.trimmed() && !phone.isEmpty() && phone == account.phone;
}

// Applies the rules to one legacy account on the current transaction.
class Migrator
{
public:
    Migrator(Database &db, QString system, QString now) : m_db(db), m_system(std::move(system)), m_now(std::move(now))
    {
    }

    Status prepare()
    {
        for (const QString &code : MigrationEngine::delegatedSystems(m_system)) {
            auto q = m_db.exec(kSystemId, {code});
            if (!q)
                return q.error();
            const bool found = q->next();
            const qint64 id = found ? q->value(0).toLongLong() : 0;
            q->finish();
            if (!found)
                return Error(Error::Code::InvalidInput,
                             MigrationEngine::tr("The business system \"%1\" is not in the database.").arg(code));
            m_delegationSystemIds << id;
        }
        return {};
    }

    Result<Decision> migrate(const LegacyRow &row)
    {
        if (row.login.trimmed().isEmpty())
            return Decision{{}, 0, MigrationEngine::tr("The legacy account has no login.")};
        return row.kind == QLatin1String("organization") ? organization(row) : person(row);
    }

private:
    Result<std::optional<PlatformAccount>> byLogin(const QString &login)
    {
        auto q = m_db.exec(kAccountByLogin, {login});
        if (!q)
            return q.error();
        std::optional<PlatformAccount> found;
        if (q->next())
            found = PlatformAccount{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                    q->value(3).toString(), q->value(4).toString()};
        q->finish();
        return found;
    }

    Result<qint64> firstId(const QString &sql, const QVariantList &values)
    {
        auto q = m_db.exec(sql, values);
        if (!q)
            return q.error();
        const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        return id;
    }

    Result<qint64> createAccount(const LegacyRow &row, const QString &login, const QString &kind,
                                 const QString &caseCode)
    {
        const bool person = kind == QLatin1String("person");
        const QString uscc = person ? QString() : (row.uscc.isEmpty() ? row.login : row.uscc);
        const QString idNumber = person ? row.idNumber : QString();
        const QString name = row.name.trimmed().isEmpty() ? login : row.name.trimmed();
        auto q = m_db.exec(kInsertAccount,
                           {login, kind, name, orNull(uscc), orNull(idNumber), orNull(row.phone),
                            idNumber.isEmpty() ? orNull({}) : QVariant(QStringLiteral("resident_id")),
                            person ? QVariant(QStringLiteral("mainland")) : orNull({}), m_system, m_now});
        if (!q)
            return q.error();
        const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        if (id != 0) {
            auto carry = m_db.exec(m_db.url().isPostgres() ? kCarryPasswordServer : kCarryPassword, {row.id, id});
            if (!carry)
                return carry.error();
            carry->finish();
        }
        if (id == 0)
            return Error(Error::Code::Database, MigrationEngine::tr("The new account %1 got no id.").arg(login));
        if (auto s = event(id, row, caseCode); !s)
            return s.error();
        return id;
    }

    Status event(qint64 accountId, const LegacyRow &row, const QString &caseCode)
    {
        const QString detail = m_system + QLatin1Char(' ') + caseCode + QLatin1Char(' ') + row.login;
        auto q = m_db.exec(kInsertEvent, {accountId, m_now, detail});
        if (!q)
            return q.error();
        q->finish();
        return {};
    }

    // A new account under `login`, or under HJ_<login> when `login` is taken; a conflict when both are.
    Result<Decision> createWithFallback(const LegacyRow &row, const QString &kind, const QString &caseCode,
                                        bool tryPlainLogin)
    {
        QStringList candidates;
        if (tryPlainLogin)
            candidates << row.login;
        candidates << QStringLiteral("HJ_") + row.login;
        for (const QString &login : candidates) {
            auto taken = byLogin(login);
            if (!taken)
                return taken.error();
            if (taken->has_value())
                continue;
            auto id = createAccount(row, login, kind, caseCode);
            if (!id)
                return id.error();
            return Decision{caseCode, *id, {}};
        }
        return Decision{{}, 0,
                        MigrationEngine::tr("%1 would need a new account, but the login %2 is already taken.")
                            .arg(caseCode, candidates.last())};
    }

    Result<Decision> organization(const LegacyRow &row)
    {
        const QString u = row.login;
        auto holder = byLogin(u);
        if (!holder)
            return holder.error();
        // 1. An organization account has login u: O2, link.
        if (holder->has_value() && (*holder)->kind == QLatin1String("organization")) {
            if (auto s = event((*holder)->id, row, QStringLiteral("O2")); !s)
                return s.error();
            return Decision{QStringLiteral("O2"), (*holder)->id, {}};
        }
        // 2. An organization account has USCC u under another login: O4, a delegated person account.
        auto org = firstId(kOrganizationByUscc, {u, u.toUpper(), u});
        if (!org)
            return org.error();
        if (*org != 0) {
            auto d = createWithFallback(row, QStringLiteral("person"), QStringLiteral("O4"), !holder->has_value());
            if (!d)
                return d.error();
            if (d->conflict.isEmpty()) {
                for (qint64 systemId : std::as_const(m_delegationSystemIds)) {
                    auto q = m_db.exec(kInsertDelegation,
                                       {*org, d->accountId, systemId, MigrationEngine::delegatedRole(), m_now});
                    if (!q)
                        return q.error();
                    q->finish();
                }
            }
            return d;
        }
        // 3. A person account has login u: O3, organization account HJ_u.
        if (holder->has_value())
            return createWithFallback(row, QStringLiteral("organization"), QStringLiteral("O3"), false);
        // 4. O1: organization account u.
        return createWithFallback(row, QStringLiteral("organization"), QStringLiteral("O1"), true);
    }

    Result<Decision> person(const LegacyRow &row)
    {
        const QString p = row.login;
        auto holder = byLogin(p);
        if (!holder)
            return holder.error();
        if (holder->has_value()) {
            // 1. The same human holds login p: P2, link.
            if ((*holder)->kind == QLatin1String("person") && sameHuman(row, **holder)) {
                if (auto s = event((*holder)->id, row, QStringLiteral("P2")); !s)
                    return s.error();
                return Decision{QStringLiteral("P2"), (*holder)->id, {}};
            }
            // 2. Somebody else holds login p: P3, person account HJ_p.
            return createWithFallback(row, QStringLiteral("person"), QStringLiteral("P3"), false);
        }
        // 3. A real-name verified person has p as reserved phone: P4, link; the login is recovered by appeal.
        auto verified = firstId(kVerifiedPersonByPhone, {p, orNull(row.idNumber.trimmed().toUpper())});
        if (!verified)
            return verified.error();
        if (*verified != 0) {
            if (auto s = event(*verified, row, QStringLiteral("P4")); !s)
                return s.error();
            return Decision{QStringLiteral("P4"), *verified, {}};
        }
        // 4. P1: person account p.
        return createWithFallback(row, QStringLiteral("person"), QStringLiteral("P1"), true);
    }

    Database &m_db;
    QString m_system;
    QString m_now;
    QVector<qint64> m_delegationSystemIds;
};

Result<QVector<LegacyRow>> loadPending(Database &db, const QString &system, bool retryConflicts, const QString &kind,
                                       qint64 afterId, int limit)
{
    auto q = db.exec(retryConflicts ? kSelectRetry : kSelectPending, {system, kind, afterId, limit});
    if (!q)
        return q.error();
    QVector<LegacyRow> rows;
    while (q->next())
        rows.append(LegacyRow{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                              q->value(6).toString()});
    q->finish();
    return rows;
}

Result<qint64> countPending(Database &db, const QString &system, bool retryConflicts)
{
    auto q = db.exec(retryConflicts ? kCountRetry : kCountPending, {system});
    if (!q)
        return q.error();
    const qint64 n = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return n;
}

Status record(Database &db, const LegacyRow &row, const Decision &d, const QString &now, bool retry)
{
    auto q = d.conflict.isEmpty() ? db.exec(retry ? kMarkMigratedRetry : kMarkMigrated, {d.caseCode, d.accountId, now, row.id})
                                  : db.exec(retry ? kMarkConflictRetry : kMarkConflict, {d.conflict, row.id});
    if (!q)
        return q.error();
    const int changed = q->numRowsAffected();
    q->finish();
    if (changed != 1)
        return Error(Error::Code::Conflict,
                     MigrationEngine::tr("The legacy account %1 was migrated by another run meanwhile; run the "
                                         "migration again.")
                         .arg(row.login));
    return {};
}

QJsonObject countsJson(const QMap<QString, int> &counts)
{
    QJsonObject o;
    for (const QString &c : MigrationEngine::caseCodes())
        o[c] = counts.value(c);
    return o;
}

} // namespace

QJsonObject MigrationReport::toJson() const
{
    QJsonArray conflictList;
    for (const MigrationConflict &c : conflicts)
        conflictList.append(QJsonObject{{QStringLiteral("legacy_login"), c.legacyLogin},
                                        {QStringLiteral("reason"), c.reason}});
    return QJsonObject{{QStringLiteral("system"), system},
                       {QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("processed"), processed},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("counts"), countsJson(counts)},
                       {QStringLiteral("conflict_count"), int(conflicts.size())},
                       {QStringLiteral("conflicts"), conflictList}};
}

MigrationEngine::MigrationEngine(std::shared_ptr<Session> session) : m_session(std::move(session)) {}

QStringList MigrationEngine::caseCodes()
{
    return {QStringLiteral("O1"), QStringLiteral("O2"), QStringLiteral("O3"), QStringLiteral("O4"),
            QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4")};
}

QStringList MigrationEngine::delegatedSystems(const QString &system)
{
    if (system == QLatin1String("torch"))
        return {QStringLiteral("hte"), QStringLiteral("tsme"), QStringLiteral("torch")};
    return {system};
}

QString MigrationEngine::delegatedRole()
{
    return QStringLiteral("事项办理员");
}

Result<MigrationReport> MigrationEngine::run(const Options &options)
{
    if (auto s = Permissions::require(m_session->staff(), Action::RunMigration); !s)
        return s.error();
    const QString system = options.system.trimmed();
    if (system.isEmpty())
        return Error(Error::Code::InvalidInput, tr("Name the legacy system to migrate, e.g. torch."));
    const int batchSize = qMax(1, options.batchSize);
    Database &db = m_session->database();
    auto conn = db.connection();
    if (!conn)
        return conn.error();

    MigrationReport report;
    report.system = system;
    report.dryRun = options.dryRun;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Migrator migrator(db, system, now);
    if (auto s = migrator.prepare(); !s)
        return s.error();

    // A dry run makes every decision in one transaction (later decisions see earlier ones) and rolls it back.
    std::unique_ptr<Transaction> dryRunTx;
    if (options.dryRun) {
        dryRunTx = std::make_unique<Transaction>(db, *conn);
        if (auto s = dryRunTx->begin(); !s)
            return s.error();
    }
    auto total = countPending(db, system, options.retryConflicts);
    if (!total)
        return total.error();
    report.total = int(*total);

    for (const QString &kind : {QStringLiteral("organization"), QStringLiteral("person")}) {
        qint64 lastId = 0;
        for (;;) {
            auto batch = loadPending(db, system, options.retryConflicts, kind, lastId, batchSize);
            if (!batch)
                return batch.error();
            if (batch->isEmpty())
                break;
            lastId = batch->constLast().id;
            std::unique_ptr<Transaction> tx;
            if (!options.dryRun) {
                tx = std::make_unique<Transaction>(db, *conn);
                if (auto s = tx->begin(); !s)
                    return s.error();
            }
            QMap<QString, int> batchCounts;
            QJsonArray batchConflicts;
            for (const LegacyRow &row : std::as_const(*batch)) {
                auto d = migrator.migrate(row);
                if (!d)
                    return Error(d.error().code,
                                 tr("Migrating the legacy account %1 failed: %2").arg(row.login, d.error().message));
                if (auto s = record(db, row, *d, now, options.retryConflicts); !s)
                    return s.error();
                if (d->conflict.isEmpty()) {
                    ++batchCounts[d->caseCode];
                } else {
                    batchConflicts.append(QJsonObject{{QStringLiteral("legacy_login"), row.login},
                                                      {QStringLiteral("reason"), d->conflict}});
                    report.conflicts.append(MigrationConflict{row.id, row.login, d->conflict});
                }
            }
            if (!options.dryRun) {
                AuditEntry entry;
                entry.action = QStringLiteral("migration.run");
                entry.entityType = QStringLiteral("legacy_account");
                entry.entityId = system;
                entry.after = QJsonObject{{QStringLiteral("system"), system},
                                          {QStringLiteral("processed"), int(batch->size())},
                                          {QStringLiteral("counts"), countsJson(batchCounts)},
                                          {QStringLiteral("conflicts"), batchConflicts}};
                if (auto s = AuditLog(db).append(m_session->auditActor(), entry); !s)
                    return s.error();
                if (auto s = tx->commit(); !s)
                    return s.error();
            }
            for (auto it = batchCounts.cbegin(); it != batchCounts.cend(); ++it)
                report.counts[it.key()] += it.value();
            report.processed += int(batch->size());
            if (options.progress && !options.progress(report.processed, report.total)
                && report.processed < report.total) {
                if (options.dryRun)
                    return Error(Error::Code::Cancelled, tr("The preview was cancelled; nothing was changed."));
                report.cancelled = true;
                return report;
            }
        }
    }
    if (dryRunTx)
        dryRunTx->rollback();
    return report;
}

} // namespace desk
