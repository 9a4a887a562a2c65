#include "store/AppealRepository.h"

#include "domain/LookupQuery.h"
#include "store/Database.h"
#include "store/DocumentContent.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <initializer_list>

namespace desk {

// ---- vocabulary ----

QStringList AppealTexts::typeNames()
{
    return {QStringLiteral("person_recovery"), QStringLiteral("organization_recovery"),
            QStringLiteral("assisted_registration"), QStringLiteral("modify_organization")};
}

QString AppealTexts::typeLabel(const QString &type)
{
    if (type == QLatin1String("person_recovery"))
        return tr("Person password recovery");
    if (type == QLatin1String("organization_recovery"))
        return tr("Organization password recovery");
    if (type == QLatin1String("assisted_registration"))
        return tr("Assisted organization registration");
    if (type == QLatin1String("modify_organization"))
        return tr("Organization information change");
    return type;
}

bool AppealTexts::isOrganizationType(const QString &type)
{
    return type == QLatin1String("organization_recovery") || type == QLatin1String("assisted_registration") ||
           type == QLatin1String("modify_organization");
}

QString AppealTexts::stateLabel(AppealState state)
{
    switch (state) {
    case AppealState::New: return tr("New");
    case AppealState::Claimed: return tr("In review");
    case AppealState::WaitingForUser: return tr("Waiting for the user");
    case AppealState::Approved: return tr("Approved");
    case AppealState::Rejected: return tr("Rejected");
    case AppealState::Withdrawn: return tr("Withdrawn");
    }
    return AppealStates::name(state);
}

QStringList AppealTexts::documentKinds()
{
    return {QStringLiteral("id_front"),      QStringLiteral("id_back"),     QStringLiteral("licence"),
            QStringLiteral("authorization"), QStringLiteral("declaration"), QStringLiteral("handler_id")};
}

QString AppealTexts::documentKindLabel(const QString &kind)
{
    if (kind == QLatin1String("id_front"))
        return tr("ID front (signed)");
    if (kind == QLatin1String("id_back"))
        return tr("ID back (signed)");
    if (kind == QLatin1String("licence"))
        return tr("Business licence");
    if (kind == QLatin1String("authorization"))
        return tr("Authorization letter");
    if (kind == QLatin1String("declaration"))
        return tr("Declaration (e.g. name change)");
    if (kind == QLatin1String("handler_id"))
        return tr("Handler holding the ID");
    // The real-name review's organization documents.
    if (kind == QLatin1String("legal_rep_id_front"))
        return tr("Legal representative's ID front");
    if (kind == QLatin1String("legal_rep_id_back"))
        return tr("Legal representative's ID back");
    if (kind == QLatin1String("agent_id_front"))
        return tr("Agent's ID front");
    if (kind == QLatin1String("agent_id_back"))
        return tr("Agent's ID back");
    if (kind == QLatin1String("registry_screenshot"))
        return tr("Registry screenshot (National Enterprise Credit Information Publicity System)");
    return kind;
}

bool AppealTexts::documentKindAllowsPdf(const QString &kind)
{
    return kind == QLatin1String("licence") || kind == QLatin1String("authorization") ||
           kind == QLatin1String("declaration");
}

QString AppealTexts::fieldLabel(const QString &key)
{
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        {"name", QT_TR_NOOP("Name")},
        {"identity_region", QT_TR_NOOP("Identity region")},
        {"id_type", QT_TR_NOOP("ID type")},
        {"id_number", QT_TR_NOOP("ID number")},
        {"phone", QT_TR_NOOP("Mobile phone")},
        {"organization_name", QT_TR_NOOP("Organization name")},
        {"organization_type", QT_TR_NOOP("Organization type")},
        {"uscc", QT_TR_NOOP("Unified social credit code")},
        {"agent_name", QT_TR_NOOP("Primary agent")},
        {"email", QT_TR_NOOP("E-mail")},
        {"reason", QT_TR_NOOP("Reason for the change")},
        {"legal_rep_name", QT_TR_NOOP("Legal representative")},
        {"id_valid_from", QT_TR_NOOP("ID valid from")},
        {"id_valid_until", QT_TR_NOOP("ID valid until")},
        {"requested_login", QT_TR_NOOP("Requested login name")},
        {"remark", QT_TR_NOOP("Remark")},
    };
    for (const auto &l : labels)
        if (key == QLatin1String(l.key))
            return tr(l.label);
    return key;
}

QString AppealTexts::applicantField(const QString &type)
{
    if (type == QLatin1String("person_recovery"))
        return QStringLiteral("name");
    if (type == QLatin1String("organization_recovery"))
        return QStringLiteral("agent_name");
    return QStringLiteral("legal_rep_name");
}

// ---- records ----

namespace {

const QString kSummaryColumns = QStringLiteral(
    "id, external_ref, appeal_type, state, applicant_name, organization_name, uscc, id_number, phone, "
    "submitted_at, due_at, claimed_by, claim_expires_at, documents_complete, sla_remaining_seconds, version");
const QString kRecordColumns =
    kSummaryColumns +
    QStringLiteral(
        ", account_id, payload, claimed_at, decided_by, decided_at, decision_reason, reason_code, waiting_since, "
        "filed_by");
constexpr int kSummaryColumnCount = 16;

// Where staff read appeals: on PostgreSQL the view that masks what the citizen submitted unless the reader holds
// the appeal (004_masked_reads.sql); on SQLite the table.
QString readFrom(Database &db)
{
    return db.dialect().personalRead(QStringLiteral("appeal"));
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

AppealSummary summaryFrom(const QSqlQuery &q)
{
    AppealSummary s;
    s.id = q.value(0).toLongLong();
    s.externalRef = q.value(1).toString();
    s.type = q.value(2).toString();
    s.state = AppealStates::fromName(q.value(3).toString()).value_or(AppealState::New);
    s.applicantName = q.value(4).toString();
    s.organizationName = q.value(5).toString();
    s.uscc = q.value(6).toString();
    s.idNumber = q.value(7).toString();
    s.phone = q.value(8).toString();
    s.submittedAt = utc(q.value(9));
    s.dueAt = utc(q.value(10));
    s.claimedBy = q.value(11).toString();
    s.claimExpiresAt = utc(q.value(12));
    s.documentsComplete = q.value(13).toBool();
    if (!q.value(14).isNull())
        s.slaRemainingSeconds = q.value(14).toLongLong();
    s.version = q.value(15).toInt();
    return s;
}

AppealRecord recordFrom(const QSqlQuery &q)
{
    AppealRecord r;
    static_cast<AppealSummary &>(r) = summaryFrom(q);
    const int c = kSummaryColumnCount;
    r.accountId = q.value(c).toLongLong();
    r.payload = QJsonDocument::fromJson(q.value(c + 1).toString().toUtf8()).object();
    r.claimedAt = utc(q.value(c + 2));
    r.decidedBy = q.value(c + 3).toString();
    r.decidedAt = utc(q.value(c + 4));
    r.decisionReason = q.value(c + 5).toString();
    r.reasonCode = q.value(c + 6).toString();
    r.waitingSince = utc(q.value(c + 7));
    r.filedBy = q.value(c + 8).toString();
    return r;
}

// "state IN ('new', 'claimed')": the stored names from AppealStates, written into the statement (fixed names,
// never input) so that the statement text stays the same and its prepared query is reused.
QString stateIn(std::initializer_list<AppealState> states)
{
    QStringList names;
    for (AppealState s : states)
        names << QLatin1Char('\'') + AppealStates::name(s) + QLatin1Char('\'');
    return QStringLiteral("state IN (") + names.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QDateTime chinaMidnight(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

} // namespace

QJsonObject AppealRecord::fields() const
{
    QJsonObject all = payload;
    const auto put = [&all](const QString &key, const QString &value) {
        if (!value.isEmpty())
            all.insert(key, value);
    };
    put(AppealTexts::applicantField(type), applicantName);
    put(QStringLiteral("organization_name"), organizationName);
    put(QStringLiteral("uscc"), uscc);
    put(QStringLiteral("id_number"), idNumber);
    put(QStringLiteral("phone"), phone);
    return all;
}

QString AppealRepository::timeValue(const QDateTime &t)
{
    return ClaimEngine::timeValue(t);
}

QDateTime AppealRepository::nextChinaMidnight(const QDateTime &now)
{
    const QDate chinaDay = now.toUTC().addSecs(8 * 3600).date();
    return chinaMidnight(chinaDay.addDays(1));
}

// ---- the queue ----

namespace {

struct Where
{
    QStringList terms;
    QVariantList values;
    // A text search that matches few rows through its own indexes (names, codes, phone, reference): on SQLite the
    // per-state parts then find those rows and sort them, rather than walk every appeal of the state in due order.
    bool selective = false;

    void add(const QString &term, const QVariantList &vals = {})
    {
        terms << term;
        values << vals;
    }
    QString sql() const { return terms.isEmpty() ? QStringLiteral("1 = 1") : terms.join(QStringLiteral(" AND ")); }
};

// The stored names of the states the filter lets through, in AppealStates::all() order (states and SLA states
// together).
QStringList effectiveStates(const AppealFilter &filter)
{
    QVector<AppealState> states = filter.states.isEmpty() ? AppealStates::all() : filter.states;
    if (!filter.slaStates.isEmpty()) {
        QVector<AppealState> allowed;
        const bool running = filter.slaStates.contains(QLatin1String("on_time")) ||
                             filter.slaStates.contains(QLatin1String("due_today")) ||
                             filter.slaStates.contains(QLatin1String("overdue"));
        if (running)
            allowed << AppealState::New << AppealState::Claimed;
        if (filter.slaStates.contains(QLatin1String("paused")))
            allowed << AppealState::WaitingForUser;
        QVector<AppealState> kept;
        for (AppealState s : std::as_const(states))
            if (allowed.contains(s))
                kept << s;
        states = kept;
    }
    QStringList ordered;
    for (AppealState s : AppealStates::all())
        if (states.contains(s))
            ordered << AppealStates::name(s);
    return ordered;
}

// Every filter part except the state, which the caller applies (per part or as an IN list).
Where commonWhere(const Database &db, const AppealFilter &filter, const QDateTime &now)
{
    Where w;
    if (!filter.types.isEmpty())
        w.add(QStringLiteral("appeal_type IN (") + placeholders(filter.types.size()) + QLatin1Char(')'),
              QVariantList(filter.types.cbegin(), filter.types.cend()));
    if (!filter.slaStates.isEmpty()) {
        const QString nowText = AppealRepository::timeValue(now);
        const QString midnight = AppealRepository::timeValue(AppealRepository::nextChinaMidnight(now));
        QStringList running;
        QVariantList values;
        if (filter.slaStates.contains(QLatin1String("overdue"))) {
            running << QStringLiteral("due_at <= ?");
            values << nowText;
        }
        if (filter.slaStates.contains(QLatin1String("due_today"))) {
            running << QStringLiteral("(due_at > ? AND due_at <= ?)");
            values << nowText << midnight;
        }
        if (filter.slaStates.contains(QLatin1String("on_time"))) {
            running << QStringLiteral("due_at > ?");
            values << midnight;
        }
        QStringList alternatives;
        if (!running.isEmpty())
            alternatives << QLatin1Char('(') + stateIn({AppealState::New, AppealState::Claimed}) +
                                QStringLiteral(" AND (") + running.join(QStringLiteral(" OR ")) +
                                QStringLiteral("))");
        if (filter.slaStates.contains(QLatin1String("paused")))
            alternatives << QLatin1Char('(') + stateIn({AppealState::WaitingForUser}) +
                                QStringLiteral(" AND due_at IS NULL)");
        if (alternatives.isEmpty())
            alternatives << QStringLiteral("1 = 0"); // unknown SLA state names: nothing matches
        w.add(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values);
    }
    if (filter.unassignedOnly)
        w.add(QStringLiteral("claimed_by IS NULL"));
    else if (!filter.assignee.isEmpty())
        w.add(QStringLiteral("claimed_by = ?"), {filter.assignee});
    if (filter.submittedFrom.isValid())
        w.add(QStringLiteral("submitted_at >= ?"), {AppealRepository::timeValue(chinaMidnight(filter.submittedFrom))});
    if (filter.submittedTo.isValid())
        w.add(QStringLiteral("submitted_at < ?"),
              {AppealRepository::timeValue(chinaMidnight(filter.submittedTo.addDays(1)))});
    if (filter.documentsComplete.has_value())
        w.add(QStringLiteral("documents_complete = ?"), {*filter.documentsComplete});
    if (filter.decidedFrom.isValid())
        w.add(QStringLiteral("decided_at >= ?"), {AppealRepository::timeValue(filter.decidedFrom)});
    if (filter.decidedBefore.isValid())
        w.add(QStringLiteral("decided_at < ?"), {AppealRepository::timeValue(filter.decidedBefore)});
    if (!filter.decidedBy.isEmpty())
        w.add(QStringLiteral("decided_by = ?"), {filter.decidedBy});
    if (filter.reasonCode) {
        if (filter.reasonCode->isEmpty())
            w.add(QStringLiteral("(reason_code IS NULL OR reason_code = '')"));
        else
            w.add(QStringLiteral("reason_code = ?"), {*filter.reasonCode});
    }

    const QString raw = filter.text.trimmed();
    if (!raw.isEmpty()) {
        w.selective = true;
        const LookupQuery query = LookupQuery::parse(raw);
        const QString t = query.text;
        switch (query.kind) {
        case LookupQuery::Kind::Empty:
            break;
        case LookupQuery::Kind::Uscc:
        case LookupQuery::Kind::IdNumber:
        case LookupQuery::Kind::Code18:
            w.add(QStringLiteral("(uscc IN (?, ?, ?) OR %1 OR external_ref = ?)")
                      .arg(db.dialect().personalMatch(QStringLiteral("appeal"), QStringLiteral("id_number"), 3)),
                  {t, t.toLower(), query.original, t, t.toLower(), query.original, raw});
            break;
        case LookupQuery::Kind::Phone:
            w.add(QStringLiteral("(%1 OR external_ref = ?)")
                      .arg(db.dialect().personalMatch(QStringLiteral("appeal"), QStringLiteral("phone"), 1)),
                  {t, raw});
            break;
        case LookupQuery::Kind::Login:
        case LookupQuery::Kind::Name: {
            const Dialect &d = db.dialect();
            if (db.url().isSqlite()) {
                // A byte-wise range, which SQLite serves from ix_appeal_applicant_name / _organization_name (its
                // LIKE ignores ASCII case and would read the whole table).
                static const char32_t kLast = 0x10FFFF;
                const QString upper = t + QString::fromUcs4(&kLast, 1);
                w.add(QStringLiteral("((applicant_name >= ? AND applicant_name < ?) OR "
                                     "(organization_name >= ? AND organization_name < ?) OR external_ref = ?)"),
                      {t, upper, t, upper, raw});
            } else {
                const QString pattern = escapeLike(t) + QLatin1Char('%');
                w.add(QLatin1Char('(') +
                          d.startsWith(d.binaryText(QStringLiteral("applicant_name")), QStringLiteral("?")) +
                          QStringLiteral(" OR ") +
                          d.startsWith(d.binaryText(QStringLiteral("organization_name")), QStringLiteral("?")) +
                          QStringLiteral(" OR external_ref = ?)"),
                      {pattern, pattern, raw});
            }
            break;
        }
        case LookupQuery::Kind::Invalid:
            // Not a name or an identifier: only a public-platform reference (e.g. MOST-2025-000123) can match.
            w.add(QStringLiteral("external_ref = ?"), {raw});
            break;
        }
    }
    return w;
}

} // namespace

AppealKey AppealRepository::keyOf(const AppealSummary &row, AppealSort sort)
{
    switch (sort) {
    case AppealSort::DueAt:
        return {row.dueAt.isValid() ? QVariant(timeValue(row.dueAt)) : QVariant(), row.id};
    case AppealSort::SubmittedAt:
        return {timeValue(row.submittedAt), row.id};
    case AppealSort::Id:
        return {row.id, row.id};
    }
    return {QVariant(), row.id};
}

Result<QVector<AppealSummary>> AppealRepository::page(const AppealFilter &filter, AppealSort sort, bool descending,
                                                      const std::optional<AppealKey> &after, int limit,
                                                      const QDateTime &now)
{
    QVector<AppealSummary> rows;
    limit = qMax(1, limit);
    const QStringList states = effectiveStates(filter);
    if (states.isEmpty())
        return rows;
    const Where common = commonWhere(m_db, filter, now);
    const QString cmp = descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString dir = descending ? QStringLiteral(" DESC") : QString();

    const auto run = [this, &rows](const QString &sql, const QVariantList &values) -> Status {
        auto q = m_db.exec(sql, values);
        if (!q)
            return q.error();
        while (q->next())
            rows << summaryFrom(*q);
        q->finish();
        return {};
    };

    if (sort != AppealSort::DueAt) {
        // One statement over ix_appeal_submitted (submitted_at, id) or the primary key; the states as a list.
        const QString column = sort == AppealSort::SubmittedAt ? QStringLiteral("submitted_at") : QStringLiteral("id");
        QString where = common.sql();
        QVariantList values = common.values;
        if (states.size() < AppealStates::all().size()) {
            where += QStringLiteral(" AND state IN (") + placeholders(states.size()) + QLatin1Char(')');
            values << QVariantList(states.cbegin(), states.cend());
        }
        if (after) {
            if (sort == AppealSort::Id) {
                where += QStringLiteral(" AND id %1 ?").arg(cmp);
                values << after->id;
            } else {
                where += QStringLiteral(" AND %1 %2= ? AND (%1 %2 ? OR id %2 ?)").arg(column, cmp);
                values << after->sortValue << after->sortValue << after->id;
            }
        }
        QString orderBy = QStringLiteral(" ORDER BY ") + column + dir;
        if (sort != AppealSort::Id)
            orderBy += QStringLiteral(", id") + dir;
        values << limit;
        if (auto s = run(QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(" FROM ") + readFrom(m_db) +
                             QStringLiteral(" WHERE ") + where +
                             orderBy + QStringLiteral(" LIMIT ?"),
                         values);
            !s)
            return s.error();
        return rows;
    }

    // By due time: rows with a due time first (keyset on due_at, id), then rows without one (keyset on id). Each
    // segment reads every state as its own part over ix_appeal_state_due (state, due_at, id) and merges them.
    const auto segment = [&](bool withDue, const std::optional<AppealKey> &position, int want) -> Status {
        QStringList selects;
        QVariantList values;
        const QString orderBy = withDue
                                    ? QString(QStringLiteral(" ORDER BY due_at") + dir + QStringLiteral(", id") + dir)
                                    : QString(QStringLiteral(" ORDER BY id") + dir);
        // A selective search reads its few matches once, all states together, through its own indexes ("+state"
        // keeps SQLite off ix_appeal_state_due); otherwise each state is a part that walks that index in order.
        QVector<QStringList> groups;
        if (common.selective)
            groups << states;
        else
            for (const QString &state : states)
                groups << QStringList{state};
        const QString plus = common.selective && m_db.url().isSqlite() ? QStringLiteral("+") : QString();
        for (const QStringList &group : std::as_const(groups)) {
            QString where = plus;
            if (group.size() == 1)
                where += QStringLiteral("state = ? AND ");
            else
                where += QStringLiteral("state IN (") + placeholders(group.size()) + QStringLiteral(") AND ");
            where += common.sql();
            QVariantList partValues(group.cbegin(), group.cend());
            partValues << common.values;
            where += withDue ? QStringLiteral(" AND due_at IS NOT NULL") : QStringLiteral(" AND due_at IS NULL");
            if (position) {
                if (withDue) {
                    where += QStringLiteral(" AND due_at %1= ? AND (due_at %1 ? OR id %1 ?)").arg(cmp);
                    partValues << position->sortValue << position->sortValue << position->id;
                } else {
                    where += QStringLiteral(" AND id %1 ?").arg(cmp);
                    partValues << position->id;
                }
            }
            partValues << want;
            values << partValues;
            selects << QStringLiteral("SELECT * FROM (SELECT ") + kSummaryColumns + QStringLiteral(" FROM ") +
                           readFrom(m_db) + QStringLiteral(" WHERE ") + where + orderBy +
                           QStringLiteral(" LIMIT ?) AS part") + QString::number(selects.size());
        }
        QString sql;
        if (selects.size() == 1) {
            sql = selects.constFirst();
        } else {
            sql = QStringLiteral("SELECT * FROM (") + selects.join(QStringLiteral(" UNION ALL ")) +
                  QStringLiteral(") AS merged") + orderBy + QStringLiteral(" LIMIT ?");
            values << want;
        }
        return run(sql, values);
    };

    const bool inNullSegment = after && after->sortValue.isNull();
    if (!inNullSegment) {
        if (auto s = segment(true, after, limit); !s)
            return s.error();
    }
    if (rows.size() < limit) {
        const std::optional<AppealKey> position = inNullSegment ? after : std::nullopt;
        if (auto s = segment(false, position, limit - int(rows.size())); !s)
            return s.error();
    }
    return rows;
}

Result<QMap<AppealState, qint64>> AppealRepository::countsByState(const AppealFilter &filter, const QDateTime &now)
{
    AppealFilter all = filter;
    all.states.clear();
    const Where w = commonWhere(m_db, all, now);
    auto q = m_db.exec(QStringLiteral("SELECT state, COUNT(*) FROM appeal WHERE ") + w.sql() +
                           QStringLiteral(" GROUP BY state"),
                       w.values);
    if (!q)
        return q.error();
    QMap<AppealState, qint64> counts;
    for (AppealState s : AppealStates::all())
        counts.insert(s, 0);
    while (q->next())
        if (const auto state = AppealStates::fromName(q->value(0).toString()))
            counts.insert(*state, q->value(1).toLongLong());
    q->finish();
    return counts;
}

// ---- one appeal ----

Result<AppealRecord> AppealRepository::record(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kRecordColumns + QStringLiteral(" FROM ") + readFrom(m_db) +
                           QStringLiteral(" WHERE id = ?"),
                       {id});
    if (!q)
        return q.error();
    if (!q->next()) {
        q->finish();
        return Error(Error::Code::NotFound, tr("Appeal %1 does not exist.").arg(id));
    }
    AppealRecord r = recordFrom(*q);
    q->finish();
    return r;
}

Result<std::optional<qint64>> AppealRepository::idForExternalRef(const QString &externalRef)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM appeal WHERE external_ref = ?"), {externalRef});
    if (!q)
        return q.error();
    std::optional<qint64> id;
    if (q->next())
        id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<qint64> AppealRepository::insert(const AppealRecord &a)
{
    const auto text = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    QJsonObject payload = a.payload;
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO appeal (appeal_type, state, applicant_name, organization_name, uscc, id_number, "
                       "phone, payload, submitted_at, due_at, external_ref, documents_complete, sla_remaining_seconds, "
                       "waiting_since, reason_code, decision_reason, filed_by, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING id"),
        {a.type, AppealStates::name(a.state), text(a.applicantName), text(a.organizationName),
         text(a.uscc), text(a.idNumber), text(a.phone),
         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), timeValue(a.submittedAt),
         a.dueAt.isValid() ? QVariant(timeValue(a.dueAt)) : QVariant(), text(a.externalRef), a.documentsComplete,
         a.slaRemainingSeconds ? QVariant(*a.slaRemainingSeconds) : QVariant(),
         a.waitingSince.isValid() ? QVariant(timeValue(a.waitingSince)) : QVariant(), text(a.reasonCode),
         text(a.decisionReason), text(a.filedBy)});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::Database, tr("The database did not return the new appeal's id."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<bool> AppealRepository::update(qint64 id, int expectedVersion, const QVariantHash &columns)
{
    static const QSet<QString> allowed{QStringLiteral("state"),
                                       QStringLiteral("account_id"),
                                       QStringLiteral("claimed_by"),
                                       QStringLiteral("claimed_at"),
                                       QStringLiteral("claim_expires_at"),
                                       QStringLiteral("decided_by"),
                                       QStringLiteral("decided_at"),
                                       QStringLiteral("decision_reason"),
                                       QStringLiteral("reason_code"),
                                       QStringLiteral("due_at"),
                                       QStringLiteral("waiting_since"),
                                       QStringLiteral("sla_remaining_seconds"),
                                       QStringLiteral("documents_complete")};
    QStringList names = columns.keys();
    std::sort(names.begin(), names.end()); // one statement text (and one cached prepared query) per column set
    QStringList sets;
    QVariantList values;
    for (const QString &name : std::as_const(names)) {
        if (!allowed.contains(name))
            return Error(Error::Code::Internal, tr("The appeal column \"%1\" cannot be changed.").arg(name));
        sets << name + QStringLiteral(" = ?");
        const QVariant v = columns.value(name);
        if (v.metaType().id() == QMetaType::QDateTime)
            values << (v.toDateTime().isValid() ? QVariant(timeValue(v.toDateTime())) : QVariant());
        else
            values << v;
    }
    sets << QStringLiteral("version = version + 1");
    values << id << expectedVersion;
    auto q = m_db.exec(QStringLiteral("UPDATE appeal SET ") + sets.join(QStringLiteral(", ")) +
                           QStringLiteral(" WHERE id = ? AND version = ?"),
                       values);
    if (!q)
        return q.error();
    const bool changed = q->numRowsAffected() == 1;
    q->finish();
    return changed;
}

ClaimQueue AppealRepository::claimQueue()
{
    return ClaimQueue{.table = QStringLiteral("appeal"),
                      .idColumn = QStringLiteral("id"),
                      .stateColumn = QStringLiteral("state"),
                      .waitingState = AppealStates::name(AppealState::New),
                      .claimedState = AppealStates::name(AppealState::Claimed),
                      .dueColumn = QStringLiteral("due_at"),
                      .claimedByColumn = QStringLiteral("claimed_by"),
                      .claimedAtColumn = QStringLiteral("claimed_at"),
                      .expiresColumn = QStringLiteral("claim_expires_at"),
                      .versionColumn = QStringLiteral("version"),
                      .sqliteIndex = QStringLiteral("ix_appeal_claimable"),
                      .filedByColumn = QStringLiteral("filed_by")};
}

Status AppealRepository::applyApproval(const AccountChange &c)
{
    // The old password stops working now; the new one arrives with the SMS (SmsSender::issuePassword).
    QStringList sets{QStringLiteral("password_hash = NULL"), QStringLiteral("must_change_password = ?")};
    QVariantList values{true};
    if (!c.phone.isEmpty()) {
        sets << QStringLiteral("phone = ?");
        values << c.phone;
    }
    if (!c.legalRepName.isEmpty()) {
        sets << QStringLiteral("legal_rep_name = ?");
        values << c.legalRepName;
    }
    if (!c.legalRepIdNumber.isEmpty()) {
        sets << QStringLiteral("legal_rep_id_number = ?");
        values << c.legalRepIdNumber;
    }
    // An organization registered but never activated (待激活) is activated by the approval.
    sets << QStringLiteral("account_status = CASE WHEN account_status = 'pending_activation' THEN 'active' "
                           "ELSE account_status END");
    values << c.accountId;
    auto q = m_db.exec(QStringLiteral("UPDATE account SET ") + sets.join(QStringLiteral(", ")) +
                           QStringLiteral(" WHERE id = ?"),
                       values);
    if (!q)
        return q.error();
    const bool changed = q->numRowsAffected() == 1;
    q->finish();
    if (!changed)
        return Error(Error::Code::NotFound, tr("Account %1 does not exist.").arg(c.accountId));
    auto ev = m_db.exec(QStringLiteral("INSERT INTO account_event (account_id, occurred_at, kind, detail) "
                                       "VALUES (?, ?, 'appeal_approved', ?)"),
                        {c.accountId, timeValue(c.at), c.eventDetail});
    if (!ev)
        return ev.error();
    ev->finish();
    return {};
}

// ---- documents ----

namespace {
const QString kDocumentColumns =
    QStringLiteral("id, owner_id, kind, file_name, mime_type, size_bytes, sha256, uploaded_at FROM document ");

AppealDocument documentFrom(const QSqlQuery &q)
{
    AppealDocument d;
    d.id = q.value(0).toLongLong();
    d.appealId = q.value(1).toLongLong();
    d.kind = q.value(2).toString();
    d.fileName = q.value(3).toString();
    d.mimeType = q.value(4).toString();
    d.sizeBytes = q.value(5).toLongLong();
    d.sha256 = q.value(6).toString();
    d.uploadedAt = utc(q.value(7));
    return d;
}
} // namespace

Result<qint64> AppealRepository::insertDocument(const AppealDocument &meta, const QByteArray &content)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO document (owner_type, owner_id, kind, file_name, mime_type, "
                                      "size_bytes, sha256, content, uploaded_at, phash) "
                                      "VALUES ('appeal', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {meta.appealId, meta.kind, meta.fileName, meta.mimeType, qint64(content.size()), meta.sha256,
                        content, timeValue(meta.uploadedAt),
                        meta.phash ? QVariant(qint64(*meta.phash)) : QVariant(QMetaType(QMetaType::LongLong))});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::Database, tr("The database did not return the new document's id."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<QVector<AppealDocument>> AppealRepository::documents(qint64 appealId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kDocumentColumns +
                           QStringLiteral("WHERE owner_type = 'appeal' AND owner_id = ? ORDER BY id"),
                       {appealId});
    if (!q)
        return q.error();
    QVector<AppealDocument> docs;
    while (q->next())
        docs << documentFrom(*q);
    q->finish();
    return docs;
}

Result<AppealDocument> AppealRepository::document(qint64 documentId)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kDocumentColumns +
                           QStringLiteral("WHERE owner_type = 'appeal' AND id = ?"),
                       {documentId});
    if (!q)
        return q.error();
    if (!q->next()) {
        q->finish();
        return Error(Error::Code::NotFound, tr("Appeal document %1 does not exist.").arg(documentId));
    }
    AppealDocument d = documentFrom(*q);
    q->finish();
    return d;
}

Result<QByteArray> AppealRepository::documentContent(qint64 documentId)
{
    return openStoredDocument(m_db, QStringLiteral("appeal"), documentId);
}

// ---- notes ----

Result<qint64> AppealRepository::insertNote(const AppealNote &note)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO appeal_note (appeal_id, staff_login, created_at, body) "
                                      "VALUES (?, ?, ?, ?) RETURNING id"),
                       {note.appealId, note.staffLogin, timeValue(note.createdAt), note.body});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::Database, tr("The database did not return the new note's id."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<QVector<AppealNote>> AppealRepository::notes(qint64 appealId)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, appeal_id, staff_login, created_at, body FROM appeal_note "
                                      "WHERE appeal_id = ? ORDER BY id"),
                       {appealId});
    if (!q)
        return q.error();
    QVector<AppealNote> out;
    while (q->next())
        out << AppealNote{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), utc(q->value(3)),
                          q->value(4).toString()};
    q->finish();
    return out;
}

// ---- related appeals ----

namespace {
// "(id_number = ? OR uscc = ?)" for the codes given; empty when neither is. A masked ID number (what a reader who
// does not hold the appeal gets on PostgreSQL) matches nothing.
QString sameCodes(const Dialect &dialect, const QString &idNumber, const QString &uscc, QVariantList &values)
{
    QStringList terms;
    if (!idNumber.isEmpty()) {
        terms << dialect.personalMatch(QStringLiteral("appeal"), QStringLiteral("id_number"), 1);
        values << idNumber;
    }
    if (!uscc.isEmpty()) {
        terms << QStringLiteral("uscc = ?");
        values << uscc;
    }
    return terms.isEmpty() ? QString() : QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}
} // namespace

namespace {

// Appeals with the same ID number or USCC as another one, other than that one: `condition` picks the states and
// `order` the newest first.
template<typename Row, typename Read>
Result<QVector<Row>> appealsWithSameCodes(Database &db, const QString &columns, const QString &idNumber,
                                          const QString &uscc, const QString &condition, const QString &order,
                                          qint64 excludeId, int limit, Read read)
{
    QVector<Row> out;
    QVariantList values;
    const QString codes = sameCodes(db.dialect(), idNumber, uscc, values);
    if (codes.isEmpty())
        return out;
    values << excludeId << limit;
    auto q = db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + readFrom(db) +
                         QStringLiteral(" WHERE ") + codes +
                         QStringLiteral(" AND ") + condition + QStringLiteral(" AND id <> ? ORDER BY ") + order +
                         QStringLiteral(" LIMIT ?"),
                     values);
    if (!q)
        return q.error();
    while (q->next())
        out << read(*q);
    q->finish();
    return out;
}

} // namespace

Result<QVector<AppealSummary>> AppealRepository::openAppealsFor(const QString &idNumber, const QString &uscc,
                                                                qint64 excludeId, int limit)
{
    return appealsWithSameCodes<AppealSummary>(
        m_db, kSummaryColumns, idNumber, uscc, stateIn({AppealState::New, AppealState::Claimed, AppealState::WaitingForUser}),
        QStringLiteral("submitted_at DESC, id DESC"), excludeId, limit, summaryFrom);
}

Result<QVector<AppealRecord>> AppealRepository::recentDecisionsFor(const QString &idNumber, const QString &uscc,
                                                                   qint64 excludeId, int limit)
{
    return appealsWithSameCodes<AppealRecord>(m_db, kRecordColumns, idNumber, uscc,
                                              stateIn({AppealState::Approved, AppealState::Rejected}),
                                              QStringLiteral("decided_at DESC, id DESC"), excludeId, limit, recordFrom);
}

// ---- matching accounts ----

namespace {
Result<QVector<qint64>> ids(Database &db, const QString &sql, const QVariantList &values)
{
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    QVector<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    q->finish();
    return out;
}
} // namespace

Result<QVector<AppealAccountMatch>> AppealRepository::personCandidates(const QString &idNumber, int limit)
{
    QVector<AppealAccountMatch> out;
    if (idNumber.isEmpty())
        return out;
    auto found = ids(m_db,
                     QStringLiteral("SELECT id FROM account WHERE %1 AND kind = 'person' ORDER BY id LIMIT ?")
                         .arg(m_db.dialect().personalMatch(QStringLiteral("account"), QStringLiteral("id_number"), 2)),
                     {idNumber.toUpper(), idNumber.toLower(), limit});
    if (!found)
        return found.error();
    AccountRepository accounts(m_db);
    for (qint64 id : std::as_const(*found)) {
        auto rec = accounts.record(id);
        if (!rec)
            return rec.error();
        out << AppealAccountMatch{*rec, {QStringLiteral("id_number")}};
    }
    return out;
}

Result<QVector<AppealAccountMatch>> AppealRepository::organizationCandidates(const QString &uscc, const QString &name,
                                                                             int limit)
{
    QVector<AppealAccountMatch> out;
    QHash<qint64, QStringList> matched;
    QVector<qint64> order;
    const auto collect = [&](const QString &sql, const QVariantList &values, const QString &how) -> Status {
        auto found = ids(m_db, sql, values);
        if (!found)
            return found.error();
        for (qint64 id : std::as_const(*found)) {
            if (!matched.contains(id))
                order << id;
            matched[id] << how;
        }
        return {};
    };
    const Dialect &d = m_db.dialect();
    if (!uscc.isEmpty()) {
        if (auto s = collect(QStringLiteral("SELECT id FROM account WHERE uscc IN (?, ?) AND kind = 'organization' "
                                            "ORDER BY id LIMIT ?"),
                             {uscc.toUpper(), uscc.toLower(), limit}, QStringLiteral("uscc"));
            !s)
            return s.error();
    }
    if (!name.isEmpty()) {
        if (auto s = collect(QStringLiteral("SELECT id FROM account WHERE ") + d.binaryText(QStringLiteral("name")) +
                                 QStringLiteral(" = ? AND kind = 'organization' ORDER BY id LIMIT ?"),
                             {name, limit}, QStringLiteral("name"));
            !s)
            return s.error();
        if (auto s =
                collect(QStringLiteral("SELECT id FROM account WHERE ") + d.binaryText(QStringLiteral("former_name")) +
                            QStringLiteral(" = ? AND kind = 'organization' ORDER BY id LIMIT ?"),
                        {name, limit}, QStringLiteral("former_name"));
            !s)
            return s.error();
    }
    AccountRepository accounts(m_db);
    for (qint64 id : std::as_const(order)) {
        if (out.size() >= limit)
            break;
        auto rec = accounts.record(id);
        if (!rec)
            return rec.error();
        out << AppealAccountMatch{*rec, matched.value(id)};
    }
    return out;
}

// ---- reason templates ----

namespace {
const QString kTemplateColumns =
    QStringLiteral("SELECT id, code, title, sms_text, active, sort_order FROM reason_template ");

ReasonTemplate templateFrom(const QSqlQuery &q)
{
    ReasonTemplate t;
    t.id = q.value(0).toLongLong();
    t.code = q.value(1).toString();
    t.title = q.value(2).toString();
    t.smsText = q.value(3).toString();
    t.active = q.value(4).toBool();
    t.sortOrder = q.value(5).toInt();
    return t;
}
} // namespace

Result<QVector<ReasonTemplate>> AppealRepository::reasonTemplates(bool activeOnly)
{
    auto q = activeOnly
                 ? m_db.exec(kTemplateColumns + QStringLiteral("WHERE active = ? ORDER BY sort_order, id"), {true})
                 : m_db.exec(kTemplateColumns + QStringLiteral("ORDER BY sort_order, id"));
    if (!q)
        return q.error();
    QVector<ReasonTemplate> out;
    while (q->next())
        out << templateFrom(*q);
    q->finish();
    return out;
}

Result<std::optional<ReasonTemplate>> AppealRepository::reasonTemplate(const QString &code)
{
    auto q = m_db.exec(kTemplateColumns + QStringLiteral("WHERE code = ?"), {code});
    if (!q)
        return q.error();
    std::optional<ReasonTemplate> t;
    if (q->next())
        t = templateFrom(*q);
    q->finish();
    return t;
}

Result<std::optional<ReasonTemplate>> AppealRepository::reasonTemplate(qint64 id)
{
    auto q = m_db.exec(kTemplateColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    std::optional<ReasonTemplate> t;
    if (q->next())
        t = templateFrom(*q);
    q->finish();
    return t;
}

Result<qint64> AppealRepository::insertReasonTemplate(const ReasonTemplate &t)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO reason_template (code, title, sms_text, active, sort_order) "
                                      "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                       {t.code, t.title, t.smsText, t.active, t.sortOrder});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::Database, tr("The database did not return the new template's id."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Status AppealRepository::updateReasonTemplate(const ReasonTemplate &t)
{
    auto q = m_db.exec(QStringLiteral("UPDATE reason_template SET code = ?, title = ?, sms_text = ?, active = ?, "
                                      "sort_order = ? WHERE id = ?"),
                       {t.code, t.title, t.smsText, t.active, t.sortOrder, t.id});
    if (!q)
        return q.error();
    const bool changed = q->numRowsAffected() == 1;
    q->finish();
    if (!changed)
        return Error(Error::Code::NotFound, tr("Reason template %1 does not exist.").arg(t.id));
    return {};
}

} // namespace desk
