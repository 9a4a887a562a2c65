#include "store/AccountRepository.h"

#include "store/Database.h"
#include "store/Dialect.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace desk {

namespace {
// "{account}" is where staff read accounts: the masking view on PostgreSQL (Dialect::personalRead).
const QString kSummaryColumns = QStringLiteral(
    "SELECT id, login, kind, name, uscc, id_number, phone, real_name_status, account_status, created_at "
    "FROM {account} ");
const QString kRecord = QStringLiteral(
    "SELECT id, login, kind, name, uscc, id_number, phone, real_name_status, account_status, created_at, "
    "former_name, organization_type, legal_rep_name, legal_rep_id_number, primary_agent_id, identity_region, "
    "id_type, id_valid_from, id_valid_until, email, merged_into_id, origin, must_change_password "
    "FROM {account} WHERE id = ?");
const QString kDelegations = QStringLiteral(
    "SELECT d.id, d.organization_id, o.login, o.name, d.person_id, p.login, p.name, b.name, d.role, d.granted_at, "
    "d.expires_at, d.revoked_at, p.account_status FROM delegation d "
    "JOIN account o ON o.id = d.organization_id JOIN account p ON p.id = d.person_id "
    "JOIN business_system b ON b.id = d.business_system_id "
    "WHERE d.organization_id = ? OR d.person_id = ? ORDER BY d.granted_at DESC, d.id DESC LIMIT 500");
const QString kProjects = QStringLiteral(
    "SELECT p.id, p.reference, p.title, b.name, p.status, p.created_at FROM project p "
    "JOIN business_system b ON b.id = p.business_system_id WHERE p.account_id = ? "
    "ORDER BY p.created_at DESC, p.id DESC LIMIT 500");
const QString kEvents = QStringLiteral(
    "SELECT occurred_at, kind, detail FROM account_event WHERE account_id = ? "
    "ORDER BY occurred_at DESC, id DESC LIMIT 500");
const QString kLegacy = QStringLiteral(
    "SELECT system, legacy_login, migration_case, migrated_at FROM legacy_account WHERE platform_account_id = ? "
    "ORDER BY system, legacy_login");

QString readingAccounts(const Dialect &dialect, QString sql)
{
    return sql.replace(QStringLiteral("{account}"), dialect.personalRead(QStringLiteral("account")));
}

QString sortColumn(AccountSort sort)
{
    switch (sort) {
    case AccountSort::Login: return QStringLiteral("login");
    case AccountSort::Name: return QStringLiteral("name");
    case AccountSort::CreatedAt: return QStringLiteral("created_at");
    }
    return QStringLiteral("login");
}

AccountSummary summaryFrom(const QSqlQuery &q)
{
    AccountSummary s;
    s.id = q.value(0).toLongLong();
    s.login = q.value(1).toString();
    s.kind = q.value(2).toString();
    s.name = q.value(3).toString();
    s.uscc = q.value(4).toString();
    s.idNumber = q.value(5).toString();
    s.phone = q.value(6).toString();
    s.realNameStatus = q.value(7).toString();
    s.accountStatus = q.value(8).toString();
    // SQLite returns the stored ISO text (UTC); the PostgreSQL driver converts timestamptz to local time.
    s.createdAt = q.value(9).toDateTime().toUTC();
    return s;
}

QDateTime utc(const QVariant &v)
{
    QDateTime dt = v.toDateTime();
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}
} // namespace

namespace {
// The smallest string greater than every string that starts with `prefix` (last character + 1), or empty
// where that character has no simple successor (surrogates, U+FFFF).
QString prefixUpperBound(const QString &prefix)
{
    if (prefix.isEmpty())
        return {};
    const QChar last = prefix.back();
    if (last.isSurrogate() || last.unicode() == 0xFFFF)
        return {};
    QString upper = prefix;
    upper.back() = QChar(char16_t(last.unicode() + 1));
    return upper;
}
} // namespace

AccountKey AccountRepository::keyOf(const AccountSummary &row, AccountSort sort)
{
    switch (sort) {
    case AccountSort::Login: return {row.login, row.id};
    case AccountSort::Name: return {row.name, row.id};
    case AccountSort::CreatedAt: return {row.createdAt.toString(Qt::ISODateWithMs), row.id};
    }
    return {row.login, row.id};
}

Result<QVector<AccountSummary>> AccountRepository::search(const AccountSearch &search, int limit,
                                                          const std::optional<AccountKey> &after)
{
    // A search is one or two "parts", each a WHERE clause served by one index. Two parts (name and former
    // name) are each limited and ordered on their own index, then merged: an OR across both columns would make
    // the database collect and sort every match of a common surname before returning the first page.
    struct Part
    {
        QString where;
        QVariantList values;
    };
    QVector<Part> parts;
    const Dialect &dialect = m_db.dialect();
    const LookupQuery &query = search.query;
    const QString text = query.text;
    const QString nameKey = dialect.binaryText(QStringLiteral("name"));
    // Exact matches on personal columns go through the dialect: staff never compare full values themselves on
    // PostgreSQL, the server answers the ids.
    const auto idNumberIs = [&dialect](int count) {
        return dialect.personalMatch(QStringLiteral("account"), QStringLiteral("id_number"), count);
    };
    switch (query.kind) {
    case LookupQuery::Kind::Empty:
        parts << Part{QStringLiteral("1 = 1"), {}};
        break;
    case LookupQuery::Kind::Login:
        parts << Part{QStringLiteral("login = ?"), {text}};
        break;
    case LookupQuery::Kind::Uscc:
        // An organization's login is usually its USCC; the O3 case renamed it HJ_<USCC>.
        // Some legacy codes were stored in lower case: match both forms.
        parts << Part{QStringLiteral("(uscc IN (?, ?) OR login IN (?, ?) OR login = ?)"),
                      {text, text.toLower(), text, text.toLower(), QString(QStringLiteral("HJ_") + text)}};
        break;
    case LookupQuery::Kind::IdNumber:
        parts << Part{idNumberIs(1), {text}};
        break;
    case LookupQuery::Kind::Code18:
        // Legacy codes with a wrong check character, stored as typed: try the upper- and lower-case forms.
        parts << Part{QStringLiteral("(uscc IN (?, ?) OR %1 OR login IN (?, ?))").arg(idNumberIs(2)),
                      {text, text.toLower(), text, text.toLower(), text, text.toLower()}};
        break;
    case LookupQuery::Kind::Phone:
        // Reserved phone, a Torch login kept as is, or renamed HJ_<phone> (P3).
        parts << Part{QStringLiteral("(%1 OR login = ? OR login = ?)")
                          .arg(dialect.personalMatch(QStringLiteral("account"), QStringLiteral("phone"), 1)),
                      {text, text, QString(QStringLiteral("HJ_") + text)}};
        break;
    case LookupQuery::Kind::Name: {
        // "Starts with" as a range [prefix, upper) on the byte-wise collation: unlike LIKE, the range's lower end
        // can move to the keyset position, so a deep page starts where the last one ended instead of walking
        // the index from the first match.
        const QString formerKey = dialect.binaryText(QStringLiteral("former_name"));
        const QString upper = prefixUpperBound(text);
        if (upper.isEmpty()) {
            const QString pattern = escapeLike(text) + QLatin1Char('%');
            const QString byName = dialect.startsWith(nameKey, QStringLiteral("?"));
            parts << Part{byName, {pattern}};
            parts << Part{dialect.startsWith(formerKey, QStringLiteral("?")) + QStringLiteral(" AND NOT (") + byName
                              + QLatin1Char(')'),
                          {pattern, pattern}};
            break;
        }
        // The keyset position can narrow the range only when the last row shown matched by its name (a row
        // found by its former name may sort anywhere).
        const bool narrow = after && search.sort == AccountSort::Name && after->sortValue.toString().startsWith(text);
        const QVariant lower = narrow && !search.descending ? after->sortValue : QVariant(text);
        const QVariant top = narrow && search.descending ? after->sortValue : QVariant(upper);
        const QString topCmp = narrow && search.descending ? QStringLiteral("<=") : QStringLiteral("<");
        parts << Part{QStringLiteral("%1 >= ? AND %1 %2 ?").arg(nameKey, topCmp), {lower, top}};
        parts << Part{QStringLiteral("%1 >= ? AND %1 < ? AND NOT (%2 >= ? AND %2 < ?)").arg(formerKey, nameKey),
                      {text, upper, text, upper}};
        break;
    }
    case LookupQuery::Kind::Invalid:
        return Error(Error::Code::InvalidInput, query.message);
    }

    QString column = sortColumn(search.sort);
    if (search.sort == AccountSort::Name)
        column = nameKey;
    const QString cmp = search.descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString dir = search.descending ? QStringLiteral(" DESC") : QString();
    const QString orderBy = QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", id") + dir;
    for (Part &part : parts) {
        if (!search.kindFilter.isEmpty()) {
            part.where += QStringLiteral(" AND kind = ?");
            part.values << search.kindFilter;
        }
        if (after) {
            // Keyset: (column, id) strictly after the last row shown. The first term lets the index do the work.
            part.where += QStringLiteral(" AND %1 %2= ? AND (%1 %2 ? OR id %2 ?)").arg(column, cmp);
            part.values << after->sortValue << after->sortValue << after->id;
        }
    }

    const QString summaryColumns = readingAccounts(dialect, kSummaryColumns);
    QString sql;
    QVariantList values;
    if (parts.size() == 1) {
        sql = summaryColumns + QStringLiteral("WHERE ") + parts[0].where + orderBy + QStringLiteral(" LIMIT ?");
        values = parts[0].values;
    } else {
        QStringList selects;
        for (const Part &part : parts) {
            selects << QStringLiteral("SELECT * FROM (") + summaryColumns + QStringLiteral("WHERE ") + part.where
                           + orderBy + QStringLiteral(" LIMIT ?) AS part") + QString::number(selects.size());
            values << part.values << limit;
        }
        sql = QStringLiteral("SELECT * FROM (") + selects.join(QStringLiteral(" UNION ALL "))
            + QStringLiteral(") AS merged") + orderBy + QStringLiteral(" LIMIT ?");
    }
    values << limit;

    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QVector<AccountSummary> rows;
    rows.reserve(limit);
    while (q->next())
        rows << summaryFrom(*q);
    q->finish();
    return rows;
}

Result<AccountRecord> AccountRepository::record(qint64 accountId)
{
    auto q = m_db.exec(readingAccounts(m_db.dialect(), kRecord), {accountId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, QCoreApplication::translate("desk::AccountRepository", "Account %1 does not exist.").arg(accountId));
    AccountRecord r;
    static_cast<AccountSummary &>(r) = summaryFrom(*q);
    r.formerName = q->value(10).toString();
    r.organizationType = q->value(11).toString();
    r.legalRepName = q->value(12).toString();
    r.legalRepIdNumber = q->value(13).toString();
    r.primaryAgentId = q->value(14).toLongLong();
    r.identityRegion = q->value(15).toString();
    r.idType = q->value(16).toString();
    r.idValidFrom = q->value(17).toDate();
    r.idValidUntil = q->value(18).toDate();
    r.email = q->value(19).toString();
    r.mergedIntoId = q->value(20).toLongLong();
    r.origin = q->value(21).toString();
    r.mustChangePassword = q->value(22).toBool();
    q->finish();
    return r;
}

Result<RevealedValue> AccountRepository::reveal(qint64 accountId, const QString &field, const QString &reason)
{
    static const QStringList kFields{QStringLiteral("id_number"), QStringLiteral("phone"), QStringLiteral("email"),
                                     QStringLiteral("legal_rep_id_number")};
    if (!kFields.contains(field))
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("desk::AccountRepository", "\"%1\" is not personal data that can be revealed.").arg(field));
    const QString statement = m_db.dialect().serverReveal();
    if (!statement.isEmpty()) {
        auto q = m_db.exec(statement, {accountId, field, reason});
        if (!q)
            return q.error();
        RevealedValue out;
        if (q->next())
            out.value = q->value(0).toString();
        q->finish();
        out.auditedByServer = true;
        return out;
    }
    auto rec = record(accountId);
    if (!rec)
        return rec.error();
    RevealedValue out;
    out.login = rec->login;
    if (field == QLatin1String("id_number"))
        out.value = rec->idNumber;
    else if (field == QLatin1String("phone"))
        out.value = rec->phone;
    else if (field == QLatin1String("email"))
        out.value = rec->email;
    else
        out.value = rec->legalRepIdNumber;
    return out;
}

Result<AccountDetail> AccountRepository::detail(qint64 accountId)
{
    AccountDetail d;
    auto rec = record(accountId);
    if (!rec)
        return rec.error();
    d.account = *rec;

    if (d.account.primaryAgentId != 0) {
        auto agent = m_db.exec(readingAccounts(m_db.dialect(), kSummaryColumns) + QStringLiteral("WHERE id = ?"),
                               {d.account.primaryAgentId});
        if (!agent)
            return agent.error();
        if (agent->next())
            d.primaryAgent = summaryFrom(*agent);
        agent->finish();
    }

    auto del = m_db.exec(kDelegations, {accountId, accountId});
    if (!del)
        return del.error();
    while (del->next()) {
        DelegationRow r;
        r.id = del->value(0).toLongLong();
        r.organizationId = del->value(1).toLongLong();
        r.organizationLogin = del->value(2).toString();
        r.organizationName = del->value(3).toString();
        r.personId = del->value(4).toLongLong();
        r.personLogin = del->value(5).toString();
        r.personName = del->value(6).toString();
        r.businessSystem = del->value(7).toString();
        r.role = del->value(8).toString();
        r.grantedAt = utc(del->value(9));
        r.expiresAt = utc(del->value(10));
        r.revokedAt = utc(del->value(11));
        r.personStatus = del->value(12).toString();
        d.delegations << r;
    }
    del->finish();

    auto proj = m_db.exec(kProjects, {accountId});
    if (!proj)
        return proj.error();
    while (proj->next())
        d.projects << ProjectRow{proj->value(0).toLongLong(), proj->value(1).toString(), proj->value(2).toString(),
                                 proj->value(3).toString(),   proj->value(4).toString(), utc(proj->value(5))};
    proj->finish();

    auto ev = m_db.exec(kEvents, {accountId});
    if (!ev)
        return ev.error();
    while (ev->next())
        d.events << AccountEventRow{utc(ev->value(0)), ev->value(1).toString(), ev->value(2).toString()};
    ev->finish();

    auto leg = m_db.exec(kLegacy, {accountId});
    if (!leg)
        return leg.error();
    while (leg->next())
        d.legacy << LegacyLinkRow{leg->value(0).toString(), leg->value(1).toString(), leg->value(2).toString(),
                                  utc(leg->value(3))};
    leg->finish();
    return d;
}

} // namespace desk
