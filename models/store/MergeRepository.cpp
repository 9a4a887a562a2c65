#include "store/MergeRepository.h"

#include "store/ClaimEngine.h"
#include "store/Database.h"
#include "store/Dialect.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace desk {

namespace {

const QString kBound = QStringLiteral("('verified_national', 'verified_manual')");

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QDateTime utc(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime dt = v.toDateTime();
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

// The groups' keys of one reason, in key order after `after`.
QString keysSql(const QString &reason)
{
    if (reason == QLatin1String("same_id_number"))
        return QStringLiteral("SELECT group_key FROM merge_dup_person WHERE group_key > ? GROUP BY group_key "
                              "HAVING COUNT(*) > 1 ORDER BY group_key LIMIT ?");
    if (reason == QLatin1String("same_uscc"))
        return QStringLiteral("SELECT group_key FROM merge_dup_org WHERE group_key > ? GROUP BY group_key "
                              "HAVING COUNT(*) > 1 ORDER BY group_key LIMIT ?");
    if (reason == QLatin1String("o4_person"))
        return QStringLiteral("SELECT group_key FROM merge_o4_person WHERE group_key > ? ORDER BY group_key LIMIT ?");
    return QStringLiteral("SELECT group_key FROM merge_renamed_org WHERE group_key > ? GROUP BY group_key "
                          "ORDER BY group_key LIMIT ?");
}

QString countSql(const QString &reason)
{
    if (reason == QLatin1String("same_id_number"))
        return QStringLiteral("SELECT COUNT(*) FROM (SELECT group_key FROM merge_dup_person GROUP BY group_key "
                              "HAVING COUNT(*) > 1) x");
    if (reason == QLatin1String("same_uscc"))
        return QStringLiteral("SELECT COUNT(*) FROM (SELECT group_key FROM merge_dup_org GROUP BY group_key "
                              "HAVING COUNT(*) > 1) x");
    if (reason == QLatin1String("o4_person"))
        return QStringLiteral("SELECT COUNT(*) FROM merge_o4_person");
    return QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT group_key FROM merge_renamed_org) x");
}

MergeAccount accountFrom(const QSqlQuery &q, int first)
{
    MergeAccount a;
    a.id = q.value(first).toLongLong();
    a.login = q.value(first + 1).toString();
    a.kind = q.value(first + 2).toString();
    a.name = q.value(first + 3).toString();
    a.realNameStatus = q.value(first + 4).toString();
    a.accountStatus = q.value(first + 5).toString();
    return a;
}

const QString kAccountColumns =
    QStringLiteral("a.id, a.login, a.kind, a.name, a.real_name_status, a.account_status");

const QString kRequestColumns = QStringLiteral(
    "SELECT m.id, m.kind, m.state, m.source_account_id, m.target_account_id, s.login, t.login, m.requested_by, "
    "m.requested_at, m.approved_by, m.approved_at, m.executed_at, m.reason, m.decision_reason, m.undoes_id, "
    "m.project_ids, m.preview_json, (SELECT MIN(d.id) FROM document d WHERE d.owner_type = 'account_merge' "
    "AND d.owner_id = m.id) FROM account_merge m JOIN account s ON s.id = m.source_account_id "
    "JOIN account t ON t.id = m.target_account_id ");

MergeRequestRecord requestFrom(const QSqlQuery &q)
{
    MergeRequestRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.state = q.value(2).toString();
    r.sourceId = q.value(3).toLongLong();
    r.targetId = q.value(4).toLongLong();
    r.sourceLogin = q.value(5).toString();
    r.targetLogin = q.value(6).toString();
    r.requestedBy = q.value(7).toString();
    r.requestedAt = utc(q.value(8));
    r.decidedBy = q.value(9).toString();
    r.decidedAt = utc(q.value(10));
    r.executedAt = utc(q.value(11));
    r.reason = q.value(12).toString();
    r.decisionReason = q.value(13).toString();
    r.undoesId = q.value(14).toLongLong();
    for (const QString &p : q.value(15).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        r.projectIds << p.trimmed().toLongLong();
    r.preview = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
    r.evidenceDocumentId = q.value(17).toLongLong();
    return r;
}

const QStringList kLedgerTables{QStringLiteral("account"),        QStringLiteral("delegation"),
                                QStringLiteral("project"),        QStringLiteral("legacy_account"),
                                QStringLiteral("appeal"),         QStringLiteral("real_name_review"),
                                QStringLiteral("account_event")};

} // namespace

bool MergeAccount::bound() const
{
    return realNameStatus == QLatin1String("verified_national") || realNameStatus == QLatin1String("verified_manual");
}

QJsonObject MergePreview::toJson() const
{
    return QJsonObject{{QStringLiteral("delegations"), delegations}, {QStringLiteral("projects"), projects},
                       {QStringLiteral("legacy_links"), legacyLinks}, {QStringLiteral("open_cases"), openCases},
                       {QStringLiteral("events"), events},           {QStringLiteral("conflicts"), conflicts}};
}

QString MergeRequestRecord::publicState(const QString &stored)
{
    if (stored == QLatin1String("requested"))
        return QStringLiteral("pending");
    if (stored == QLatin1String("applied"))
        return QStringLiteral("executed");
    if (stored == QLatin1String("reverted"))
        return QStringLiteral("undone");
    return stored;
}

QStringList MergeRepository::reasons()
{
    return {QStringLiteral("same_id_number"), QStringLiteral("o4_person"), QStringLiteral("same_uscc"),
            QStringLiteral("former_name")};
}

Result<QVector<MergeCandidate>> MergeRepository::candidates(const QString &reason,
                                                            const std::optional<CandidateKey> &after, int limit)
{
    const QStringList all = reasons();
    if (!reason.isEmpty() && !all.contains(reason))
        return Error(Error::Code::InvalidInput,
                     tr("\"%1\" is not a reason of the duplicate finder (%2).").arg(reason, all.join(QStringLiteral(", "))));
    QStringList order = reason.isEmpty() ? all : QStringList{reason};
    if (after) {
        const qsizetype at = order.indexOf(after->reason);
        if (at > 0)
            order = order.mid(at);
    }
    const QString account = m_db.dialect().personalRead(QStringLiteral("account"));
    QVector<MergeCandidate> out;
    for (const QString &r : std::as_const(order)) {
        if (out.size() >= limit)
            break;
        const QString from = after && after->reason == r ? after->key : QString();
        // An empty (not null) key starts from the first group.
        auto q = m_db.exec(keysSql(r), {from.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(from),
                                        limit - int(out.size())});
        if (!q)
            return q.error();
        QStringList keys;
        while (q->next())
            keys << q->value(0).toString();
        q->finish();
        if (keys.isEmpty())
            continue;
        QVariantList bound;
        for (const QString &k : std::as_const(keys))
            bound << k;
        const QString in = placeholders(int(keys.size()));
        QStringList statements;
        const QString bindingFirst = QStringLiteral("(a.real_name_status IN %1) DESC, a.id").arg(kBound);
        if (r == QLatin1String("same_id_number") || r == QLatin1String("same_uscc")) {
            statements << QStringLiteral("SELECT m.group_key, %1 FROM %2 m JOIN %3 a ON a.id = m.account_id "
                                         "WHERE m.group_key IN (%4) ORDER BY m.group_key, %5")
                              .arg(kAccountColumns,
                                   r == QLatin1String("same_id_number") ? QStringLiteral("merge_dup_person")
                                                                        : QStringLiteral("merge_dup_org"),
                                   account, in, bindingFirst);
        } else if (r == QLatin1String("o4_person")) {
            statements << QStringLiteral("SELECT m.group_key, %1 FROM merge_o4_person m JOIN %2 a ON a.id = m.account_id "
                                         "WHERE m.group_key IN (%3) ORDER BY m.group_key, a.id")
                              .arg(kAccountColumns, account, in)
                       << QStringLiteral("SELECT a.uscc, %1 FROM %2 a WHERE a.kind = 'organization' AND "
                                         "a.account_status <> 'merged' AND a.uscc IN (%3) ORDER BY a.uscc, a.id")
                              .arg(kAccountColumns, account, in);
        } else {
            statements << QStringLiteral("SELECT a.name, %1 FROM %2 a WHERE a.kind = 'organization' AND "
                                         "a.account_status <> 'merged' AND a.name IN (%3) ORDER BY a.name, a.id")
                              .arg(kAccountColumns, account, in)
                       << QStringLiteral("SELECT m.group_key, %1 FROM merge_renamed_org m JOIN %2 a ON a.id = m.account_id "
                                         "WHERE m.group_key IN (%3) ORDER BY m.group_key, a.id")
                              .arg(kAccountColumns, account, in);
        }
        QMap<QString, MergeCandidate> groups;
        for (const QString &sql : std::as_const(statements)) {
            auto members = m_db.exec(sql, bound);
            if (!members)
                return members.error();
            while (members->next()) {
                MergeCandidate &c = groups[members->value(0).toString()];
                const MergeAccount a = accountFrom(*members, 1);
                if (std::none_of(c.accounts.cbegin(), c.accounts.cend(),
                                 [&](const MergeAccount &x) { return x.id == a.id; }))
                    c.accounts << a;
            }
            members->finish();
        }
        for (const QString &k : std::as_const(keys)) {
            MergeCandidate c = groups.value(k);
            if (c.accounts.size() < 2)
                continue; // changed between the two reads
            c.reason = r;
            c.key = k;
            out << c;
        }
    }
    return out;
}

Result<QHash<QString, qint64>> MergeRepository::candidateCounts()
{
    QHash<QString, qint64> out;
    for (const QString &r : reasons()) {
        auto q = m_db.exec(countSql(r));
        if (!q)
            return q.error();
        out.insert(r, q->next() ? q->value(0).toLongLong() : 0);
        q->finish();
    }
    return out;
}

Result<std::optional<MergeAccount>> MergeRepository::accountByLogin(const QString &login)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM account a WHERE a.login = ?").arg(kAccountColumns), {login});
    if (!q)
        return q.error();
    std::optional<MergeAccount> a;
    if (q->next())
        a = accountFrom(*q, 0);
    q->finish();
    return a;
}

Result<MergeAccount> MergeRepository::account(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM account a WHERE a.id = ?").arg(kAccountColumns), {id});
    if (!q)
        return q.error();
    if (!q->next()) {
        q->finish();
        return Error(Error::Code::NotFound, tr("No account %1.").arg(id));
    }
    MergeAccount a = accountFrom(*q, 0);
    q->finish();
    return a;
}

Result<QList<qint64>> MergeRepository::projectsOf(qint64 accountId, const QList<qint64> &among)
{
    QList<qint64> out;
    for (qint64 id : among) {
        auto q = m_db.exec(QStringLiteral("SELECT id FROM project WHERE id = ? AND account_id = ?"), {id, accountId});
        if (!q)
            return q.error();
        if (q->next())
            out << id;
        q->finish();
    }
    return out;
}

Result<bool> MergeRepository::sameOrganization(qint64 personA, qint64 personB)
{
    const QString now = m_db.url().isPostgres() ? QStringLiteral("now()") : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM delegation a JOIN delegation b ON b.organization_id = "
                                      "a.organization_id WHERE a.person_id = ? AND b.person_id = ? AND a.revoked_at IS "
                                      "NULL AND b.revoked_at IS NULL AND (b.expires_at IS NULL OR b.expires_at > %1)")
                           .arg(now),
                       {personA, personB});
    if (!q)
        return q.error();
    const bool same = q->next() && q->value(0).toInt() > 0;
    q->finish();
    return same;
}

Result<MergePreview> MergeRepository::preview(const QString &kind, const MergeAccount &source,
                                              const MergeAccount &target, const QList<qint64> &projectIds)
{
    MergePreview p;
    if (kind == QLatin1String("transfer")) {
        p.projects = int(projectIds.size());
        return p;
    }
    const auto count = [&](const QString &sql) -> Result<int> {
        auto q = m_db.exec(sql, {source.id});
        if (!q)
            return q.error();
        const int n = q->next() ? q->value(0).toInt() : 0;
        q->finish();
        return n;
    };
    struct Deleg
    {
        qint64 id, org, person, system;
        QDateTime expires;
        bool fromSource;
    };
    QVector<Deleg> active;
    QJsonArray ended;
    const auto load = [&](const QString &where, const QVariantList &binds, bool fromSource) -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT id, organization_id, person_id, business_system_id, expires_at, "
                                          "revoked_at FROM delegation WHERE ") + where + QStringLiteral(" ORDER BY id"),
                           binds);
        if (!q)
            return q.error();
        while (q->next()) {
            Deleg d{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                    q->value(3).toLongLong(), utc(q->value(4)), fromSource};
            const bool revoked = !q->value(5).isNull();
            if (fromSource) {
                ++p.delegations;
                if (d.person == source.id) {
                    if (target.kind != QLatin1String("person")) {
                        if (!revoked)
                            ended << d.id;
                        continue;
                    }
                    d.person = target.id;
                }
                if (d.org == source.id)
                    d.org = target.id;
            }
            if (!revoked)
                active << d;
        }
        q->finish();
        return {};
    };
    if (auto s = load(QStringLiteral("person_id = ?"), {source.id}, true); !s)
        return s.error();
    if (source.kind == QLatin1String("organization"))
        if (auto s = load(QStringLiteral("organization_id = ?"), {source.id}, true); !s)
            return s.error();
    if (auto s = load(QStringLiteral("person_id = ? OR organization_id = ?"), {target.id, target.id}, false); !s)
        return s.error();
    // Conflicts: two delegations for one organization, person and business system; the later expiry is kept.
    QMap<std::tuple<qint64, qint64, qint64>, QVector<Deleg>> bySystem;
    for (const Deleg &d : std::as_const(active))
        bySystem[{d.org, d.person, d.system}] << d;
    QJsonArray revoked, kept;
    for (auto it = bySystem.begin(); it != bySystem.end(); ++it) {
        QVector<Deleg> v = it.value();
        if (v.size() < 2)
            continue;
        std::sort(v.begin(), v.end(), [](const Deleg &a, const Deleg &b) {
            if (a.expires.isValid() != b.expires.isValid())
                return !a.expires.isValid(); // no expiry: kept
            if (a.expires != b.expires)
                return a.expires > b.expires;
            return a.id < b.id;
        });
        kept << v.first().id;
        for (int i = 1; i < v.size(); ++i)
            revoked << v.at(i).id;
    }
    if (!revoked.isEmpty())
        p.conflicts << QJsonObject{{QStringLiteral("kind"), QStringLiteral("delegation")},
                                   {QStringLiteral("rule"), QStringLiteral("kept the later expiry")},
                                   {QStringLiteral("rows"), revoked},
                                   {QStringLiteral("kept"), kept}};
    if (!ended.isEmpty())
        p.conflicts << QJsonObject{{QStringLiteral("kind"), QStringLiteral("delegation")},
                                   {QStringLiteral("rule"), QStringLiteral("ended: an organization is not delegated to")},
                                   {QStringLiteral("rows"), ended}};
    auto projects = count(QStringLiteral("SELECT COUNT(*) FROM project WHERE account_id = ?"));
    auto legacy = count(QStringLiteral("SELECT COUNT(*) FROM legacy_account WHERE platform_account_id = ?"));
    auto appeals = count(QStringLiteral("SELECT COUNT(*) FROM appeal WHERE account_id = ? "
                                        "AND state IN ('new', 'claimed', 'waiting_for_user')"));
    auto reviews = count(QStringLiteral("SELECT COUNT(*) FROM real_name_review WHERE account_id = ? "
                                        "AND state IN ('new', 'claimed')"));
    auto events = count(QStringLiteral("SELECT COUNT(*) FROM account_event WHERE account_id = ?"));
    for (const auto *r : {&projects, &legacy, &appeals, &reviews, &events})
        if (!*r)
            return r->error();
    p.projects = *projects;
    p.legacyLinks = *legacy;
    p.openCases = *appeals + *reviews;
    p.events = *events;
    return p;
}

Result<MergeRequestRecord> MergeRepository::request(qint64 id)
{
    auto q = m_db.exec(kRequestColumns + QStringLiteral("WHERE m.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next()) {
        q->finish();
        return Error(Error::Code::NotFound, tr("No merge or transfer request %1.").arg(id));
    }
    MergeRequestRecord r = requestFrom(*q);
    q->finish();
    return r;
}

Result<QVector<MergeRequestRecord>> MergeRepository::list(const QString &storedState, int limit)
{
    MergeRequestFilter filter;
    filter.storedState = storedState;
    return list(filter, limit);
}

Result<QVector<MergeRequestRecord>> MergeRepository::list(const MergeRequestFilter &filter, int limit)
{
    QStringList where;
    QVariantList values;
    if (!filter.storedState.isEmpty()) {
        where << QStringLiteral("m.state = ?");
        values << filter.storedState;
    }
    const auto instant = [&](const QDateTime &t, const char *condition) {
        if (t.isValid()) {
            where << QString::fromLatin1(condition);
            values << ClaimEngine::timeValue(t);
        }
    };
    instant(filter.requestedFrom, "m.requested_at >= ?");
    instant(filter.requestedBefore, "m.requested_at < ?");
    instant(filter.requestedAfter, "m.requested_at > ?");
    instant(filter.requestedUntil, "m.requested_at <= ?");
    values << limit;
    auto q = m_db.exec(kRequestColumns
                           + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
                           + QStringLiteral(" ORDER BY m.id DESC LIMIT ?"),
                       values);
    if (!q)
        return q.error();
    QVector<MergeRequestRecord> out;
    while (q->next())
        out << requestFrom(*q);
    q->finish();
    return out;
}

Result<QHash<QString, int>> MergeRepository::ledgerCounts(qint64 requestId)
{
    auto q = m_db.exec(QStringLiteral("SELECT table_name, COUNT(DISTINCT row_id) FROM merge_ledger WHERE request_id = ? "
                                      "GROUP BY table_name"),
                       {requestId});
    if (!q)
        return q.error();
    QHash<QString, int> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toInt());
    q->finish();
    return out;
}

Result<bool> MergeRepository::hasOpenUndo(qint64 requestId)
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM account_merge WHERE undoes_id = ? AND state = 'requested'"),
                       {requestId});
    if (!q)
        return q.error();
    const bool open = q->next() && q->value(0).toInt() > 0;
    q->finish();
    return open;
}

Result<QVector<DelegationRow>> MergeRepository::expiringDelegations(const QDateTime &from, const QDateTime &until,
                                                                   int limit)
{
    const bool pg = m_db.url().isPostgres();
    auto q = m_db.exec(QStringLiteral("SELECT d.id, o.login, o.name, p.login, p.name, b.name, d.role, d.expires_at, "
                                      "d.organization_id, d.person_id, d.granted_at "
                                      "FROM delegation d JOIN account o ON o.id = d.organization_id "
                                      "JOIN account p ON p.id = d.person_id JOIN business_system b "
                                      "ON b.id = d.business_system_id WHERE d.revoked_at IS NULL AND d.expires_at >= ? "
                                      "AND d.expires_at < ? ORDER BY d.expires_at, d.id LIMIT ?"),
                       {pg ? QVariant(from) : QVariant(ClaimEngine::timeValue(from)),
                        pg ? QVariant(until) : QVariant(ClaimEngine::timeValue(until)), limit});
    if (!q)
        return q.error();
    QVector<DelegationRow> out;
    while (q->next()) {
        DelegationRow d;
        d.id = q->value(0).toLongLong();
        d.organizationLogin = q->value(1).toString();
        d.organizationName = q->value(2).toString();
        d.personLogin = q->value(3).toString();
        d.personName = q->value(4).toString();
        d.businessSystem = q->value(5).toString();
        d.role = q->value(6).toString();
        d.expiresAt = utc(q->value(7));
        d.organizationId = q->value(8).toLongLong();
        d.personId = q->value(9).toLongLong();
        d.grantedAt = utc(q->value(10));
        out << d;
    }
    q->finish();
    return out;
}

Result<QVector<DelegationRow>> MergeRepository::handlers(const DelegationRow &after, int limit)
{
    QString sql = QStringLiteral("SELECT d.id, o.login, o.name, p.login, p.name, b.name, d.role, d.expires_at, "
                                 "d.organization_id, d.person_id, d.granted_at, p.account_status "
                                 "FROM delegation d JOIN account o ON o.id = d.organization_id "
                                 "JOIN account p ON p.id = d.person_id JOIN business_system b "
                                 "ON b.id = d.business_system_id WHERE d.revoked_at IS NULL ");
    QVariantList args;
    if (after.id > 0) {
        sql += QStringLiteral("AND (o.login > ? OR (o.login = ? AND (p.login > ? OR (p.login = ? AND d.id > ?)))) ");
        args << after.organizationLogin << after.organizationLogin << after.personLogin << after.personLogin
             << after.id;
    }
    sql += QStringLiteral("ORDER BY o.login, p.login, d.id LIMIT ?");
    args << limit;
    auto q = m_db.exec(sql, args);
    if (!q)
        return q.error();
    QVector<DelegationRow> out;
    while (q->next()) {
        DelegationRow d;
        d.id = q->value(0).toLongLong();
        d.organizationLogin = q->value(1).toString();
        d.organizationName = q->value(2).toString();
        d.personLogin = q->value(3).toString();
        d.personName = q->value(4).toString();
        d.businessSystem = q->value(5).toString();
        d.role = q->value(6).toString();
        d.expiresAt = utc(q->value(7));
        d.organizationId = q->value(8).toLongLong();
        d.personId = q->value(9).toLongLong();
        d.grantedAt = utc(q->value(10));
        d.personStatus = q->value(11).toString();
        out << d;
    }
    q->finish();
    return out;
}

Result<QVector<PendingAccountRow>> MergeRepository::pendingActivation(qint64 afterId, int limit)
{
    // The organization: the one of the account's unrevoked delegations with the smallest id.
    auto q = m_db.exec(QStringLiteral("SELECT a.id, a.login, a.name, a.kind, a.created_at, o.login, o.name "
                                      "FROM account a LEFT JOIN delegation d ON d.id = (SELECT MIN(x.id) FROM "
                                      "delegation x WHERE x.person_id = a.id AND x.revoked_at IS NULL) "
                                      "LEFT JOIN account o ON o.id = d.organization_id "
                                      "WHERE a.account_status = 'pending_activation' AND a.id > ? "
                                      "ORDER BY a.id LIMIT ?"),
                       {afterId, limit});
    if (!q)
        return q.error();
    QVector<PendingAccountRow> out;
    while (q->next()) {
        PendingAccountRow r;
        r.id = q->value(0).toLongLong();
        r.login = q->value(1).toString();
        r.name = q->value(2).toString();
        r.kind = q->value(3).toString();
        r.createdAt = utc(q->value(4));
        r.organizationLogin = q->value(5).toString();
        r.organizationName = q->value(6).toString();
        out << r;
    }
    q->finish();
    return out;
}

bool MergeRepository::serverAudits() const
{
    return m_db.url().isPostgres();
}

Error MergeRepository::serverError(const QSqlError &error, const QString &what) const
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText().trimmed();
    if (state == QLatin1String("55000"))
        return Error(Error::Code::Conflict, text);
    if (state == QLatin1String("42501"))
        return Error(Error::Code::PermissionDenied, text);
    if (state == QLatin1String("22023"))
        return Error(Error::Code::InvalidInput, text);
    if (state == QLatin1String("P0002"))
        return Error(Error::Code::NotFound, text);
    return m_db.errorFrom(error, what);
}

Result<qint64> MergeRepository::insertRequest(const NewRequest &r)
{
    QStringList projects;
    for (qint64 p : r.projectIds)
        projects << QString::number(p);
    const QString preview = QString::fromUtf8(QJsonDocument(r.preview).toJson(QJsonDocument::Compact));
    if (m_db.url().isPostgres()) {
        auto q = m_db.prepared(QStringLiteral("SELECT desk_merge_request(?, ?, ?, ?, ?::bigint[], ?, ?, ?)"));
        if (!q)
            return q.error();
        q->addBindValue(r.kind);
        q->addBindValue(r.sourceId);
        q->addBindValue(r.targetId);
        q->addBindValue(r.reason);
        q->addBindValue(r.kind == QLatin1String("transfer") ? QVariant(QLatin1Char('{') + projects.join(QLatin1Char(','))
                                                                      + QLatin1Char('}'))
                                                            : QVariant());
        q->addBindValue(r.undoesId ? QVariant(r.undoesId) : QVariant());
        q->addBindValue(preview);
        q->addBindValue(r.requestedBy);
        if (!q->exec())
            return serverError(q->lastError(), tr("recording the request"));
        const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        return id;
    }
    auto q = m_db.exec(QStringLiteral("INSERT INTO account_merge (source_account_id, target_account_id, state, "
                                      "requested_by, requested_at, reason, kind, undoes_id, project_ids, preview_json) "
                                      "VALUES (?, ?, 'requested', ?, ?, ?, ?, ?, ?, ?)"),
                       {r.sourceId, r.targetId, r.requestedBy, ClaimEngine::timeValue(r.at), r.reason, r.kind,
                        r.undoesId ? QVariant(r.undoesId) : QVariant(),
                        r.kind == QLatin1String("transfer") ? QVariant(projects.join(QLatin1Char(','))) : QVariant(),
                        preview});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    q->finish();
    return id;
}

Result<qint64> MergeRepository::insertEvidence(qint64 requestId, const QString &fileName, const QString &mimeType,
                                               const QByteArray &content, const QDateTime &at)
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString sql = QStringLiteral("INSERT INTO document (owner_type, owner_id, kind, file_name, mime_type, "
                                       "size_bytes, sha256, content, uploaded_at) VALUES ('account_merge', ?, "
                                       "'declaration', ?, ?, ?, ?, ?, ?)");
    auto q = m_db.url().isPostgres()
                 ? m_db.exec(sql + QStringLiteral(" RETURNING id"),
                             {requestId, fileName, mimeType, qint64(content.size()), sha, content, at})
                 : m_db.exec(sql, {requestId, fileName, mimeType, qint64(content.size()), sha, content,
                                   ClaimEngine::timeValue(at)});
    if (!q)
        return q.error();
    const qint64 id = m_db.url().isPostgres() ? (q->next() ? q->value(0).toLongLong() : 0) : q->lastInsertId().toLongLong();
    q->finish();
    return id;
}

Result<QString> MergeRepository::decide(const MergeRequestRecord &r, bool approve, const QString &reason,
                                        const QString &me, const QDateTime &at)
{
    if (m_db.url().isPostgres()) {
        auto q = m_db.prepared(QStringLiteral("SELECT desk_merge_decide(?, ?, ?, ?)"));
        if (!q)
            return q.error();
        q->addBindValue(r.id);
        q->addBindValue(approve);
        q->addBindValue(reason);
        q->addBindValue(me);
        if (!q->exec())
            return serverError(q->lastError(), tr("deciding request %1").arg(r.id));
        const QString state = q->next() ? q->value(0).toString() : QString();
        q->finish();
        return state;
    }
    // SQLite: the write transaction (BEGIN IMMEDIATE) serialises decisions; read the request again inside it.
    auto now = request(r.id);
    if (!now)
        return now.error();
    if (now->state != QLatin1String("requested"))
        return Error(Error::Code::Conflict, tr("Rule \"decided once\": request %1 was decided already (%2, by %3).")
                                                .arg(r.id)
                                                .arg(MergeRequestRecord::publicState(now->state), now->decidedBy));
    if (now->requestedBy == me)
        return Error(Error::Code::PermissionDenied,
                     tr("Rule \"four eyes\": %1 requested %2 and cannot decide it.").arg(me).arg(r.id));
    const QString at8601 = ClaimEngine::timeValue(at);
    if (!approve) {
        auto q = m_db.exec(QStringLiteral("UPDATE account_merge SET state = 'rejected', approved_by = ?, approved_at = ?, "
                                          "decision_reason = ? WHERE id = ? AND state = 'requested'"),
                           {me, at8601, reason, r.id});
        if (!q)
            return q.error();
        q->finish();
        return QStringLiteral("rejected");
    }
    if (now->kind == QLatin1String("undo")) {
        auto undone = request(now->undoesId);
        if (!undone)
            return undone.error();
        if (undone->state != QLatin1String("applied"))
            return Error(Error::Code::Conflict,
                         tr("Rule \"undo what was executed\": request %1 is not executed.").arg(now->undoesId));
        if (auto s = revert(now->id, now->undoesId); !s)
            return s.error();
        auto q = m_db.exec(QStringLiteral("UPDATE account_merge SET state = 'reverted' WHERE id = ?"), {now->undoesId});
        if (!q)
            return q.error();
        q->finish();
    } else if (auto s = apply(*now, at); !s) {
        return s.error();
    }
    auto q = m_db.exec(QStringLiteral("UPDATE account_merge SET state = 'applied', approved_by = ?, approved_at = ?, "
                                      "executed_at = ?, decision_reason = ? WHERE id = ? AND state = 'requested'"),
                       {me, at8601, at8601, reason.isEmpty() ? QVariant() : QVariant(reason), r.id});
    if (!q)
        return q.error();
    q->finish();
    return QStringLiteral("applied");
}

Result<QString> MergeRepository::image(const QString &table, qint64 rowId)
{
    // The whole row as JSON, secrets left out (as PostgreSQL's desk_ledger_image).
    static QMutex mutex;
    static QHash<QString, QString> expressions;
    QString expr;
    {
        QMutexLocker lock(&mutex);
        expr = expressions.value(table);
    }
    if (expr.isEmpty()) {
        if (!kLedgerTables.contains(table))
            return Error(Error::Code::Internal, tr("The ledger does not record table %1.").arg(table));
        auto q = m_db.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
        if (!q)
            return q.error();
        QStringList parts;
        while (q->next()) {
            const QString c = q->value(0).toString();
            if (c != QLatin1String("password_hash"))
                parts << QStringLiteral("'%1', %1").arg(c);
        }
        q->finish();
        expr = QStringLiteral("SELECT json_object(%1) FROM %2 WHERE id = ?").arg(parts.join(QStringLiteral(", ")), table);
        QMutexLocker lock(&mutex);
        expressions.insert(table, expr);
    }
    auto q = m_db.exec(expr, {rowId});
    if (!q)
        return q.error();
    const QString out = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return out;
}

Status MergeRepository::change(qint64 requestId, const QString &table, qint64 rowId, const QStringList &columns,
                               const QVariantList &values, const QString &restoreImage)
{
    auto before = image(table, rowId);
    if (!before)
        return before.error();
    if (before->isEmpty())
        return Error(Error::Code::Conflict, tr("%1 %2 does not exist.").arg(table).arg(rowId));
    QStringList sets;
    QVariantList bound;
    for (int i = 0; i < columns.size(); ++i) {
        if (restoreImage.isEmpty()) {
            sets << columns.at(i) + QStringLiteral(" = ?");
            bound << values.at(i);
        } else {
            sets << QStringLiteral("%1 = json_extract(?, '$.%1')").arg(columns.at(i));
            bound << restoreImage;
        }
    }
    bound << rowId;
    auto u = m_db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))), bound);
    if (!u)
        return u.error();
    u->finish();
    auto after = image(table, rowId);
    if (!after)
        return after.error();
    const QJsonObject b = QJsonDocument::fromJson(before->toUtf8()).object();
    const QJsonObject a = QJsonDocument::fromJson(after->toUtf8()).object();
    QJsonObject changes;
    for (const QString &c : columns)
        changes.insert(c, QJsonArray{b.value(c), a.value(c)});
    if (!m_seq.contains(requestId)) {
        auto q = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM merge_ledger WHERE request_id = ?"),
                           {requestId});
        if (!q)
            return q.error();
        m_seq.insert(requestId, (q->next() ? q->value(0).toInt() : 0) + 1);
        q->finish();
    }
    const int seq = m_seq[requestId]++;
    auto ins = m_db.exec(QStringLiteral("INSERT INTO merge_ledger (request_id, seq, table_name, row_id, changes, "
                                        "before_image, after_image) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {requestId, seq, table, rowId,
                          QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)), *before, *after});
    if (!ins)
        return ins.error();
    ins->finish();
    return {};
}

Status MergeRepository::apply(const MergeRequestRecord &r, const QDateTime &at)
{
    const QString now = ClaimEngine::timeValue(at);
    auto source = account(r.sourceId);
    if (!source)
        return source.error();
    auto target = account(r.targetId);
    if (!target)
        return target.error();
    // What was checked at the request is checked again: things may have changed while it waited.
    for (const MergeAccount *a : {&*source, &*target})
        if (a->accountStatus == QLatin1String("merged"))
            return Error(Error::Code::Conflict,
                         tr("Rule \"merged accounts stay merged\": %1 is merged into another account already.").arg(a->login));
    if (r.kind != QLatin1String("transfer") && source->bound() && target->bound())
        return Error(Error::Code::Conflict,
                     tr("Rule \"one real-name binding\": %1 and %2 are both real-name bound; a merge is refused.")
                         .arg(source->login, target->login));
    if (r.kind == QLatin1String("transfer")) {
        auto owned = projectsOf(source->id, r.projectIds);
        if (!owned)
            return owned.error();
        QStringList foreign;
        for (qint64 p : r.projectIds)
            if (!owned->contains(p))
                foreign << QString::number(p);
        if (!foreign.isEmpty())
            return Error(Error::Code::Conflict, tr("Rule \"projects of the source\": project %1 does not belong to %2.")
                                                    .arg(foreign.join(QStringLiteral(", ")), source->login));
        auto same = sameOrganization(source->id, target->id);
        if (!same)
            return same.error();
        if (!*same)
            return Error(Error::Code::Conflict,
                         tr("Rule \"same organization\": %1 and %2 are not delegated by the same organization.")
                             .arg(source->login, target->login));
    }
    const auto ids = [&](const QString &sql, const QVariantList &binds) -> Result<QList<qint64>> {
        auto q = m_db.exec(sql, binds);
        if (!q)
            return q.error();
        QList<qint64> out;
        while (q->next())
            out << q->value(0).toLongLong();
        q->finish();
        return out;
    };
    const auto moveAll = [&](const QString &table, const QString &column, const QString &where) -> Status {
        auto rows = ids(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?%3 ORDER BY id").arg(table, column, where),
                        {source->id});
        if (!rows)
            return rows.error();
        for (qint64 id : std::as_const(*rows))
            if (auto s = change(r.id, table, id, {column}, {target->id}); !s)
                return s;
        return {};
    };
    if (r.kind == QLatin1String("transfer")) {
        QList<qint64> projects = r.projectIds;
        std::sort(projects.begin(), projects.end());
        for (qint64 id : std::as_const(projects))
            if (auto s = change(r.id, QStringLiteral("project"), id, {QStringLiteral("account_id")}, {target->id}); !s)
                return s;
        return {};
    }
    auto asPerson = ids(QStringLiteral("SELECT id FROM delegation WHERE person_id = ? ORDER BY id"), {source->id});
    if (!asPerson)
        return asPerson.error();
    for (qint64 id : std::as_const(*asPerson)) {
        if (target->kind == QLatin1String("person")) {
            if (auto s = change(r.id, QStringLiteral("delegation"), id, {QStringLiteral("person_id")}, {target->id}); !s)
                return s;
        } else {
            auto open = ids(QStringLiteral("SELECT id FROM delegation WHERE id = ? AND revoked_at IS NULL"), {id});
            if (!open)
                return open.error();
            if (!open->isEmpty())
                if (auto s = change(r.id, QStringLiteral("delegation"), id, {QStringLiteral("revoked_at")}, {now}); !s)
                    return s;
        }
    }
    if (source->kind == QLatin1String("organization"))
        if (auto s = moveAll(QStringLiteral("delegation"), QStringLiteral("organization_id"), {}); !s)
            return s;
    // Two delegations for one business system (same organization and person): the later expiry is kept.
    auto duplicates = ids(
        QStringLiteral("SELECT x.id FROM (SELECT d.id, ROW_NUMBER() OVER (PARTITION BY d.organization_id, d.person_id, "
                       "d.business_system_id ORDER BY d.expires_at IS NULL DESC, d.expires_at DESC, d.id) AS rn "
                       "FROM delegation d WHERE (d.person_id = ? OR d.organization_id = ?) AND d.revoked_at IS NULL) x "
                       "WHERE x.rn > 1 ORDER BY x.id"),
        {target->id, target->id});
    if (!duplicates)
        return duplicates.error();
    for (qint64 id : std::as_const(*duplicates))
        if (auto s = change(r.id, QStringLiteral("delegation"), id, {QStringLiteral("revoked_at")}, {now}); !s)
            return s;
    if (auto s = moveAll(QStringLiteral("project"), QStringLiteral("account_id"), {}); !s)
        return s;
    if (auto s = moveAll(QStringLiteral("legacy_account"), QStringLiteral("platform_account_id"), {}); !s)
        return s;
    if (auto s = moveAll(QStringLiteral("appeal"), QStringLiteral("account_id"),
                         QStringLiteral(" AND state IN ('new', 'claimed', 'waiting_for_user')"));
        !s)
        return s;
    if (auto s = moveAll(QStringLiteral("real_name_review"), QStringLiteral("account_id"),
                         QStringLiteral(" AND state IN ('new', 'claimed')"));
        !s)
        return s;
    if (auto s = moveAll(QStringLiteral("account_event"), QStringLiteral("account_id"), {}); !s)
        return s;
    if (auto s = change(r.id, QStringLiteral("account"), source->id,
                        {QStringLiteral("account_status"), QStringLiteral("merged_into_id")},
                        {QStringLiteral("merged"), target->id});
        !s)
        return s;
    if (r.kind == QLatin1String("rename") && source->name != target->name) {
        auto q = m_db.exec(QStringLiteral("SELECT former_name FROM account WHERE id = ?"), {target->id});
        if (!q)
            return q.error();
        const QString former = q->next() ? q->value(0).toString() : QString();
        q->finish();
        if (former != source->name)
            if (auto s = change(r.id, QStringLiteral("account"), target->id, {QStringLiteral("former_name")},
                                {source->name});
                !s)
                return s;
    }
    return {};
}

Status MergeRepository::revert(qint64 undoId, qint64 undoneId)
{
    auto q = m_db.exec(QStringLiteral("SELECT table_name, row_id, after_image, changes, before_image FROM merge_ledger "
                                      "WHERE request_id = ? ORDER BY seq DESC"),
                       {undoneId});
    if (!q)
        return q.error();
    struct Entry
    {
        QString table;
        qint64 row;
        QString after, changes, before;
    };
    QVector<Entry> entries;
    while (q->next())
        entries << Entry{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString(),
                         q->value(3).toString(), q->value(4).toString()};
    q->finish();
    // A row must be exactly as the request left it (its last entry's after-image).
    QSet<QString> seen;
    QStringList changed;
    for (const Entry &e : std::as_const(entries)) {
        const QString name = e.table + QLatin1Char(' ') + QString::number(e.row);
        if (seen.contains(name))
            continue;
        seen.insert(name);
        auto now = image(e.table, e.row);
        if (!now)
            return now.error();
        if (*now != e.after)
            changed << name;
    }
    if (!changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        return Error(Error::Code::Conflict, tr("Rule \"undo restores exactly\": changed since request %1 executed: %2")
                                                .arg(undoneId)
                                                .arg(changed.join(QStringLiteral(", "))));
    }
    for (const Entry &e : std::as_const(entries)) {
        const QStringList columns = QJsonDocument::fromJson(e.changes.toUtf8()).object().keys();
        if (auto s = change(undoId, e.table, e.row, columns, {}, e.before); !s)
            return s;
    }
    return {};
}

} // namespace desk
