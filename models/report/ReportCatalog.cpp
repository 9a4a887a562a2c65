#include "report/ReportCatalog.h"

#include "store/ClaimEngine.h"
#include "store/Dialect.h"

#include <QCoreApplication>

#include <algorithm>

namespace desk {

namespace {

bool isPg(const Dialect &d)
{
    return d.name() == QLatin1String("postgresql");
}

QString timeValue(const QDateTime &t)
{
    return ClaimEngine::timeValue(t);
}

// China has kept UTC+8 without daylight saving since 1991, so a China day or week is a fixed span of UTC instants.
// The aggregates below never call a date function on every row: they count index ranges between instants computed
// here, or group rows by a bucket that an index holds (SQLite: the UTC hour, a prefix of the stored ISO text;
// PostgreSQL: date_bin, plain arithmetic on the instant), and turn the few buckets into China days afterwards.

// A bound instant where PostgreSQL cannot infer the type (a VALUES list); SQLite compares the ISO text as it is.
QString instantParam(const Dialect &d)
{
    return isPg(d) ? QStringLiteral("CAST(? AS TIMESTAMPTZ)") : QStringLiteral("?");
}

// The bucket of `column` that a China day is made of (SQLite: the UTC hour as 'YYYY-MM-DDTHH', served by the
// expression indexes of 009_dashboard.sql; PostgreSQL: the instant where its China day begins).
QString dayBucket(const Dialect &d, const QString &column)
{
    return isPg(d) ? QStringLiteral("date_bin('1 day', %1, TIMESTAMPTZ '2000-01-01 16:00:00+00')").arg(column)
                   : QStringLiteral("substr(%1, 1, 13)").arg(column);
}

// The China day (YYYY-MM-DD) of a bucket of dayBucket().
QString dayOfBucket(const Dialect &d, const QString &bucket)
{
    return isPg(d) ? QStringLiteral("to_char(%1 AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')").arg(bucket)
                   : QStringLiteral("date(%1 || ':00', '+8 hours')").arg(bucket);
}

// "column lies in the report's range" for the decisions' aggregates, by their bucket on SQLite (the range starts
// and ends at China midnight, a whole UTC hour, so comparing hours is exact), by the instant on PostgreSQL.
QString decidedInRange(const Dialect &d, const QString &column)
{
    return isPg(d) ? QStringLiteral("%1 >= ? AND %1 < ?").arg(column)
                   : QStringLiteral("substr(%1, 1, 13) >= ? AND substr(%1, 1, 13) < ?").arg(column);
}

QVariantList decidedRange(const Dialect &d, const ReportParams &p);

QString jsonText(const Dialect &d, const QString &column, const char *key)
{
    return isPg(d) ? QStringLiteral("(%1::jsonb ->> '%2')").arg(column, QLatin1String(key))
                   : QStringLiteral("json_extract(%1, '$.%2')").arg(column, QLatin1String(key));
}

QVariantList range(const ReportParams &p)
{
    return {timeValue(ReportCatalog::chinaMidnight(p.from)), timeValue(ReportCatalog::chinaMidnight(p.to.addDays(1)))};
}

QVariantList decidedRange(const Dialect &d, const ReportParams &p)
{
    QVariantList values = range(p);
    if (!isPg(d))
        for (QVariant &v : values)
            v = v.toString().left(13); // YYYY-MM-DDTHH
    return values;
}

// A SQLite filter on `column` that must not pick an index of its own (the unary plus), so that the planner walks
// the bucket's covering index; PostgreSQL plans from its statistics.
QString noIndex(const Dialect &d, const char *column)
{
    return isPg(d) ? QString::fromLatin1(column) : QStringLiteral("+") + QString::fromLatin1(column);
}

bool wants(const ReportParams &p, const char *queue)
{
    return p.queue.isEmpty() || p.queue == QLatin1String(queue);
}

using Kind = ExportColumn::Kind;
using Mask = ExportColumn::Mask;

ExportColumn col(const char *key, const QString &title, Kind kind = Kind::Text, int width = 14,
                 Mask mask = Mask::None)
{
    return ExportColumn{QString::fromLatin1(key), title, kind, mask, width};
}

// ---- the statements ----

// An instant of a list: PostgreSQL formats it in China time on the server (the driver's parsing of every
// timestamptz into a QDateTime costs more than the rest of a row); SQLite's ISO text is formatted by the export.
QString listTime(const Dialect &d, const char *column)
{
    return isPg(d) ? QStringLiteral("to_char(%1 AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS %1")
                         .arg(QLatin1String(column))
                   : QLatin1String(column);
}

ReportQuery appealsQuery(const Dialect &d, const ReportParams &p, const QString &reason)
{
    const QString columns = QStringLiteral("ref, appeal_type, state, applicant_name, organization_name, id_number, "
                                           "uscc, phone, %1, %2, %3, decided_by, reason_code, decision_reason")
                                .arg(listTime(d, "submitted_at"), listTime(d, "due_at"), listTime(d, "decided_at"));
    if (p.unmasked && isPg(d))
        return {QStringLiteral("SELECT %1 FROM desk_report_appeals(?, ?, ?)").arg(columns), range(p) << reason};
    return {QStringLiteral("SELECT %1 FROM (SELECT coalesce(external_ref, CAST(id AS TEXT)) AS ref, id, appeal_type, "
                           "state, applicant_name, organization_name, id_number, uscc, phone, submitted_at, due_at, "
                           "decided_at, decided_by, reason_code, decision_reason FROM %2 WHERE submitted_at >= ? "
                           "AND submitted_at < ? ORDER BY submitted_at, id) listed")
                .arg(columns, d.personalRead(QStringLiteral("appeal"))),
            range(p)};
}

ReportQuery reviewsQuery(const Dialect &d, const ReportParams &p, const QString &reason)
{
    const QString columns = QStringLiteral("ref, review_type, state, account_login, id_number, uscc, phone, %1, %2, "
                                           "%3, decided_by, decision_reason")
                                .arg(listTime(d, "submitted_at"), listTime(d, "due_at"), listTime(d, "decided_at"));
    if (p.unmasked && isPg(d))
        return {QStringLiteral("SELECT %1 FROM desk_report_reviews(?, ?, ?)").arg(columns), range(p) << reason};
    return {QStringLiteral(
                "SELECT %1 FROM (SELECT r.ref, r.review_type, r.state, r.account_login, "
                "CASE WHEN r.review_type <> 'organization' THEN r.subject_number END AS id_number, "
                "CASE WHEN r.review_type = 'organization' THEN r.subject_number END AS uscc, s.phone, "
                "r.submitted_at, r.due_at, r.decided_at, r.decided_by, r.decision_reason "
                "FROM real_name_review_queue r LEFT JOIN real_name_submission_view s ON s.id = r.current_submission_id "
                "WHERE r.submitted_at >= ? AND r.submitted_at < ? ORDER BY r.submitted_at, r.id) listed")
                .arg(columns),
            range(p)};
}

ReportQuery backlogQuery(const Dialect &, const ReportParams &p, const QString &)
{
    // An age bucket is a span of submission instants, (limit k, limit k-1] with the limits 1, 2, 3 and 5 business
    // days before now, cut to the range: one index range (state, submitted) per queue and bucket, counted per
    // state. No age is computed per row.
    const QDateTime from = ReportCatalog::chinaMidnight(p.from);
    const QDateTime to = ReportCatalog::chinaMidnight(p.to.addDays(1));
    const QVector<QDateTime> limits = ReportCatalog::ageLimits(p.calendar, p.now);
    const QStringList buckets = ReportCatalog::ageBuckets();
    QStringList parts;
    QVariantList values;
    auto part = [&](const char *queue, const char *table, const char *since, const char *open) {
        for (int k = 0; k < buckets.size(); ++k) {
            const InstantSpan span = ReportCatalog::ageSpan(limits, k, from, to);
            if (span.isEmpty())
                continue;
            parts << QStringLiteral("SELECT '%1' AS queue, state, '%2' AS age, COUNT(*) AS open_items FROM %3 "
                                    "WHERE state IN (%4) AND %5 %6 ? AND %5 %7 ? GROUP BY state")
                         .arg(QLatin1String(queue), buckets[k], QLatin1String(table), QLatin1String(open),
                              QLatin1String(since), span.fromInclusive ? QStringLiteral(">=") : QStringLiteral(">"),
                              span.toInclusive ? QStringLiteral("<=") : QStringLiteral("<"));
            values << timeValue(span.from) << timeValue(span.to);
        }
    };
    if (wants(p, "appeals"))
        part("appeals", "appeal", "submitted_at", "'new', 'claimed', 'waiting_for_user'");
    if (wants(p, "reviews"))
        part("reviews", "real_name_review", "submitted_at", "'new', 'claimed'");
    if (wants(p, "merges"))
        part("merges", "account_merge", "requested_at", "'requested'");
    if (parts.isEmpty())
        parts << QStringLiteral("SELECT 'appeals' AS queue, state, '' AS age, COUNT(*) AS open_items FROM appeal "
                                "WHERE 1 = 0 GROUP BY state");
    return {QStringLiteral("SELECT queue, state, age, open_items FROM (%1) b ORDER BY queue, state, age")
                .arg(parts.join(QStringLiteral(" UNION ALL "))),
            values};
}

ReportQuery slaQuery(const Dialect &d, const ReportParams &p, const QString &)
{
    // The China weeks of the range, as spans of submission instants: per week and queue, four index range
    // counts (submitted; decided and decided on time from partial indexes; overdue now from the open states).
    const QDateTime from = ReportCatalog::chinaMidnight(p.from);
    const QDateTime to = ReportCatalog::chinaMidnight(p.to.addDays(1));
    QStringList weeks;
    QVariantList values;
    for (QDate monday = p.from.addDays(1 - p.from.dayOfWeek()); monday <= p.to; monday = monday.addDays(7)) {
        weeks << QStringLiteral("(CAST(? AS TEXT), %1, %1)").arg(instantParam(d));
        values << monday.toString(Qt::ISODate) << timeValue(std::max(from, ReportCatalog::chinaMidnight(monday)))
               << timeValue(std::min(to, ReportCatalog::chinaMidnight(monday.addDays(7))));
    }
    const QString now = timeValue(p.now);
    QStringList parts;
    auto part = [&](const char *queue, const char *table, const char *open) {
        const QString in = QStringLiteral("submitted_at >= w.start_at AND submitted_at < w.end_at");
        parts << QStringLiteral("SELECT w.week, '%1' AS queue, "
                                "(SELECT COUNT(*) FROM %2 WHERE %3) AS submitted, "
                                "(SELECT COUNT(*) FROM %2 WHERE %3 AND decided_at IS NOT NULL) AS decided, "
                                "(SELECT COUNT(*) FROM %2 WHERE %3 AND decided_at <= due_at) AS on_time, "
                                "(SELECT COUNT(*) FROM %2 WHERE state IN (%4) AND %3 AND due_at <= %5) AS overdue_now "
                                "FROM w")
                     .arg(QLatin1String(queue), QLatin1String(table), in, QLatin1String(open), instantParam(d));
        values << now;
    };
    if (wants(p, "appeals") || p.queue == QLatin1String("merges"))
        part("appeals", "appeal", "'new', 'claimed'");
    if (wants(p, "reviews"))
        part("reviews", "real_name_review", "'new', 'claimed'");
    // MATERIALIZED: the counts are taken once, not again for the filter on weeks without submissions.
    return {QStringLiteral("WITH w(week, start_at, end_at) AS (VALUES %1), s AS MATERIALIZED (%2) "
                           "SELECT week, queue, submitted, decided, on_time, "
                           "CASE WHEN decided > 0 THEN ROUND(100.0 * on_time / decided, 1) END AS on_time_share, "
                           "overdue_now FROM s WHERE submitted > 0 ORDER BY week, queue")
                .arg(weeks.join(QStringLiteral(", ")), parts.join(QStringLiteral(" UNION ALL "))),
            values};
}

ReportQuery throughputQuery(const Dialect &d, const ReportParams &p, const QString &)
{
    // Decisions counted per bucket (an hour on SQLite, a China day on PostgreSQL), reviewer and outcome in the
    // order of a covering index; the few buckets are then summed into China days.
    const QString bucket = dayBucket(d, QStringLiteral("decided_at"));
    const QString inRange = decidedInRange(d, QStringLiteral("decided_at"));
    QStringList parts;
    QVariantList values;
    if (wants(p, "appeals") || p.queue == QLatin1String("merges")) {
        parts << QStringLiteral("SELECT %1 AS bucket, decided_by AS reviewer, 'appeals' AS queue, state AS outcome, "
                                "COUNT(*) AS n FROM appeal WHERE %2 AND %3 IN ('approved', 'rejected') AND "
                                "decided_by IS NOT NULL GROUP BY %1, state, decided_by")
                     .arg(bucket, inRange, noIndex(d, "state"));
        values << decidedRange(d, p);
    }
    if (wants(p, "reviews")) {
        parts << QStringLiteral("SELECT %1 AS bucket, decided_by AS reviewer, 'reviews' AS queue, outcome, "
                                "COUNT(*) AS n FROM real_name_decision WHERE %2 GROUP BY %1, outcome, decided_by")
                     .arg(bucket, inRange);
        values << decidedRange(d, p);
    }
    return {QStringLiteral("SELECT day, reviewer, queue, CAST(SUM(n) AS BIGINT) AS decided, "
                           "CAST(SUM(CASE WHEN outcome = 'approved' THEN n ELSE 0 END) AS BIGINT) AS approved, "
                           "CAST(SUM(CASE WHEN outcome = 'rejected' THEN n ELSE 0 END) AS BIGINT) AS rejected "
                           "FROM (SELECT %1 AS day, reviewer, queue, outcome, n FROM (%2) h) t "
                           "GROUP BY day, reviewer, queue ORDER BY day, reviewer, queue")
                .arg(dayOfBucket(d, QStringLiteral("bucket")), parts.join(QStringLiteral(" UNION ALL "))),
            values};
}

ReportQuery reasonsQuery(const Dialect &d, const ReportParams &p, const QString &)
{
    // Counted per outcome and reason (on SQLite per hour too, the order of its covering index), then summed. A
    // decision names its reasons as comma-separated codes: the distinct lists are split after counting, one row
    // per code, never per decision.
    const QString inRange = decidedInRange(d, QStringLiteral("decided_at"));
    const QString hour = isPg(d) ? QString() : dayBucket(d, QStringLiteral("decided_at")) + QStringLiteral(", ");
    QStringList parts;
    QVariantList values;
    if (wants(p, "appeals") || p.queue == QLatin1String("merges")) {
        parts << QStringLiteral("SELECT 'appeals' AS queue, state AS outcome, coalesce(reason_code, '') AS reason, "
                                "COUNT(*) AS n FROM appeal WHERE %1 AND %2 IN ('approved', 'rejected') "
                                "GROUP BY %3state, %4reason_code")
                     .arg(inRange, noIndex(d, "state"), hour,
                          isPg(d) ? QString() : QStringLiteral("decided_by, "));
        values << decidedRange(d, p);
    }
    if (wants(p, "reviews")) {
        const QString lists = QStringLiteral("SELECT outcome, reason_codes, COUNT(*) AS n FROM real_name_decision "
                                             "WHERE %1 GROUP BY %2outcome, %3reason_codes")
                                  .arg(inRange, hour, isPg(d) ? QString() : QStringLiteral("decided_by, "));
        const QString codes = isPg(d)
            ? QStringLiteral("(%1) g CROSS JOIN LATERAL unnest(CASE WHEN coalesce(g.reason_codes, '') = '' "
                             "THEN ARRAY[''] ELSE string_to_array(g.reason_codes, ',') END) AS j(value)")
            : QStringLiteral("(%1) g, json_each(CASE WHEN coalesce(g.reason_codes, '') = '' THEN '[\"\"]' "
                             "ELSE '[\"' || replace(g.reason_codes, ',', '\",\"') || '\"]' END) j");
        parts << QStringLiteral("SELECT 'reviews' AS queue, g.outcome, trim(j.value) AS reason, g.n FROM %1")
                     .arg(codes.arg(lists));
        values << decidedRange(d, p);
    }
    return {QStringLiteral("SELECT queue, outcome, reason, CAST(SUM(n) AS BIGINT) AS decisions FROM (%1) r "
                           "GROUP BY queue, outcome, reason ORDER BY queue, outcome, reason")
                .arg(parts.join(QStringLiteral(" UNION ALL "))),
            values};
}

ReportQuery migrationQuery(const Dialect &, const ReportParams &, const QString &)
{
    // Every case appears, with 0 where no legacy account has it; O0/P0: not matched to a platform account.
    return {QStringLiteral(
                "WITH c(code, kind) AS (VALUES "
                "('O0', 'organization'), ('O1', 'organization'), ('O2', 'organization'), ('O3', 'organization'), "
                "('O4', 'organization'), ('P0', 'person'), ('P1', 'person'), ('P2', 'person'), ('P3', 'person'), "
                "('P4', 'person')) SELECT c.code AS migration_case, c.kind, coalesce(g.n, 0) AS accounts FROM c "
                "LEFT JOIN (SELECT coalesce(migration_case, CASE WHEN "
                "kind = 'organization' THEN 'O0' ELSE 'P0' END) AS code, COUNT(*) AS n FROM legacy_account "
                "GROUP BY coalesce(migration_case, CASE WHEN kind = 'organization' THEN 'O0' ELSE 'P0' END)) g "
                "ON g.code = c.code ORDER BY c.code"),
            {}};
}

ReportQuery callsQuery(const Dialect &d, const ReportParams &p, const QString &)
{
    return {QStringLiteral("SELECT topic, outcome, COUNT(*) AS calls FROM (SELECT %1 AS topic, %2 AS outcome FROM "
                           "account_event WHERE kind = 'call' AND occurred_at >= ? AND occurred_at < ?) c "
                           "GROUP BY topic, outcome ORDER BY topic, outcome")
                .arg(jsonText(d, QStringLiteral("detail"), "topic"), jsonText(d, QStringLiteral("detail"), "outcome")),
            range(p)};
}

ReportQuery qaQuery(const Dialect &, const ReportParams &p, const QString &)
{
    return {QStringLiteral("SELECT reviewer, sampled, agreed, disagreed, pending, CASE WHEN agreed + disagreed > 0 "
                           "THEN ROUND(100.0 * agreed / (agreed + disagreed), 1) END AS agreement FROM ("
                           "SELECT reviewer_login AS reviewer, COUNT(*) AS sampled, "
                           "SUM(CASE WHEN verdict = 'agree' THEN 1 ELSE 0 END) AS agreed, "
                           "SUM(CASE WHEN verdict = 'disagree' THEN 1 ELSE 0 END) AS disagreed, "
                           "SUM(CASE WHEN verdict = 'pending' THEN 1 ELSE 0 END) AS pending "
                           "FROM real_name_qa_sample WHERE sampled_at >= ? AND sampled_at < ? "
                           "GROUP BY reviewer_login) q ORDER BY reviewer"),
            range(p)};
}

ReportQuery auditQuery(const Dialect &, const ReportParams &p, const QString &)
{
    // What was done, by whom, to what; the before/after snapshots stay in the log (they may hold more than a list
    // should carry).
    return {QStringLiteral("SELECT id, created_at, staff_login, action, entity_type, entity_id FROM audit_log "
                           "WHERE created_at >= ? AND created_at < ? ORDER BY id"),
            range(p)};
}

using QueryFn = ReportQuery (*)(const Dialect &, const ReportParams &, const QString &);

QueryFn queryFor(const QString &name)
{
    static const QHash<QString, QueryFn> fns{
        {QStringLiteral("appeals"), appealsQuery},       {QStringLiteral("reviews"), reviewsQuery},
        {QStringLiteral("backlog"), backlogQuery},       {QStringLiteral("sla"), slaQuery},
        {QStringLiteral("throughput"), throughputQuery}, {QStringLiteral("reasons"), reasonsQuery},
        {QStringLiteral("migration"), migrationQuery},   {QStringLiteral("calls"), callsQuery},
        {QStringLiteral("qa"), qaQuery},             {QStringLiteral("audit"), auditQuery},
    };
    return fns.value(name);
}

QVector<ReportDefinition> makeCatalog()
{
    QVector<ReportDefinition> all;
    all.append({QStringLiteral("appeals"), QCoreApplication::translate("desk::ReportCatalog", "Appeals"), Action::SuperviseReports, true, true,
                {col("ref", QCoreApplication::translate("desk::ReportCatalog", "Ref"), Kind::Identifier, 16), col("appeal_type", QCoreApplication::translate("desk::ReportCatalog", "Type"), Kind::Text, 18),
                 col("state", QCoreApplication::translate("desk::ReportCatalog", "State"), Kind::Text, 12), col("applicant_name", QCoreApplication::translate("desk::ReportCatalog", "Applicant"), Kind::Text, 12),
                 col("organization_name", QCoreApplication::translate("desk::ReportCatalog", "Organization"), Kind::Text, 24),
                 col("id_number", QCoreApplication::translate("desk::ReportCatalog", "ID number"), Kind::Identifier, 20, Mask::IdNumber),
                 col("uscc", QCoreApplication::translate("desk::ReportCatalog", "USCC"), Kind::Identifier, 20), col("phone", QCoreApplication::translate("desk::ReportCatalog", "Phone"), Kind::Identifier, 13, Mask::Phone),
                 col("submitted_at", QCoreApplication::translate("desk::ReportCatalog", "Submitted"), Kind::Time, 16), col("due_at", QCoreApplication::translate("desk::ReportCatalog", "Due"), Kind::Time, 16),
                 col("decided_at", QCoreApplication::translate("desk::ReportCatalog", "Decided"), Kind::Time, 16), col("decided_by", QCoreApplication::translate("desk::ReportCatalog", "Decided by"), Kind::Text, 12),
                 col("reason_code", QCoreApplication::translate("desk::ReportCatalog", "Reason code"), Kind::Text, 12),
                 col("decision_reason", QCoreApplication::translate("desk::ReportCatalog", "Reason"), Kind::Text, 30)}});
    all.append({QStringLiteral("reviews"), QCoreApplication::translate("desk::ReportCatalog", "Real-name reviews"), Action::SuperviseReports, true, true,
                {col("ref", QCoreApplication::translate("desk::ReportCatalog", "Ref"), Kind::Identifier, 16), col("review_type", QCoreApplication::translate("desk::ReportCatalog", "Type"), Kind::Text, 12),
                 col("state", QCoreApplication::translate("desk::ReportCatalog", "State"), Kind::Text, 10), col("account_login", QCoreApplication::translate("desk::ReportCatalog", "Account"), Kind::Identifier, 16),
                 col("id_number", QCoreApplication::translate("desk::ReportCatalog", "ID number"), Kind::Identifier, 20, Mask::IdNumber),
                 col("uscc", QCoreApplication::translate("desk::ReportCatalog", "USCC"), Kind::Identifier, 20), col("phone", QCoreApplication::translate("desk::ReportCatalog", "Phone"), Kind::Identifier, 13, Mask::Phone),
                 col("submitted_at", QCoreApplication::translate("desk::ReportCatalog", "Submitted"), Kind::Time, 16), col("due_at", QCoreApplication::translate("desk::ReportCatalog", "Due"), Kind::Time, 16),
                 col("decided_at", QCoreApplication::translate("desk::ReportCatalog", "Decided"), Kind::Time, 16), col("decided_by", QCoreApplication::translate("desk::ReportCatalog", "Decided by"), Kind::Text, 12),
                 col("decision_reason", QCoreApplication::translate("desk::ReportCatalog", "Reason"), Kind::Text, 30)}});
    all.append({QStringLiteral("backlog"), QCoreApplication::translate("desk::ReportCatalog", "Backlog by age in business days"), Action::ViewReports, false, true,
                {col("queue", QCoreApplication::translate("desk::ReportCatalog", "Queue")), col("state", QCoreApplication::translate("desk::ReportCatalog", "State")), col("age", QCoreApplication::translate("desk::ReportCatalog", "Age (business days)")),
                 col("open_items", QCoreApplication::translate("desk::ReportCatalog", "Open items"), Kind::Number)}});
    all.append({QStringLiteral("sla"), QCoreApplication::translate("desk::ReportCatalog", "SLA per week"), Action::ViewReports, false, true,
                {col("week", QCoreApplication::translate("desk::ReportCatalog", "Week of")), col("queue", QCoreApplication::translate("desk::ReportCatalog", "Queue")), col("submitted", QCoreApplication::translate("desk::ReportCatalog", "Submitted"), Kind::Number),
                 col("decided", QCoreApplication::translate("desk::ReportCatalog", "Decided"), Kind::Number), col("on_time", QCoreApplication::translate("desk::ReportCatalog", "Decided on time"), Kind::Number),
                 col("on_time_share", QCoreApplication::translate("desk::ReportCatalog", "On time %"), Kind::Number),
                 col("overdue_now", QCoreApplication::translate("desk::ReportCatalog", "Overdue now"), Kind::Number)}});
    all.append({QStringLiteral("throughput"), QCoreApplication::translate("desk::ReportCatalog", "Throughput per reviewer per day"), Action::SuperviseReports, false,
                true,
                {col("day", QCoreApplication::translate("desk::ReportCatalog", "Day")), col("reviewer", QCoreApplication::translate("desk::ReportCatalog", "Reviewer")), col("queue", QCoreApplication::translate("desk::ReportCatalog", "Queue")),
                 col("decided", QCoreApplication::translate("desk::ReportCatalog", "Decided"), Kind::Number), col("approved", QCoreApplication::translate("desk::ReportCatalog", "Approved"), Kind::Number),
                 col("rejected", QCoreApplication::translate("desk::ReportCatalog", "Rejected"), Kind::Number)}});
    all.append({QStringLiteral("reasons"), QCoreApplication::translate("desk::ReportCatalog", "Decisions and reasons"), Action::ViewReports, false, true,
                {col("queue", QCoreApplication::translate("desk::ReportCatalog", "Queue")), col("outcome", QCoreApplication::translate("desk::ReportCatalog", "Outcome")), col("reason", QCoreApplication::translate("desk::ReportCatalog", "Reason code"), Kind::Text, 18),
                 col("decisions", QCoreApplication::translate("desk::ReportCatalog", "Decisions"), Kind::Number)}});
    all.append({QStringLiteral("migration"), QCoreApplication::translate("desk::ReportCatalog", "Migration cases"), Action::ViewReports, false, false,
                {col("migration_case", QCoreApplication::translate("desk::ReportCatalog", "Case")), col("kind", QCoreApplication::translate("desk::ReportCatalog", "Kind")),
                 col("accounts", QCoreApplication::translate("desk::ReportCatalog", "Legacy accounts"), Kind::Number)}});
    all.append({QStringLiteral("calls"), QCoreApplication::translate("desk::ReportCatalog", "Help-desk calls"), Action::ViewReports, false, true,
                {col("topic", QCoreApplication::translate("desk::ReportCatalog", "Topic")), col("outcome", QCoreApplication::translate("desk::ReportCatalog", "Outcome"), Kind::Text, 20),
                 col("calls", QCoreApplication::translate("desk::ReportCatalog", "Calls"), Kind::Number)}});
    all.append({QStringLiteral("qa"), QCoreApplication::translate("desk::ReportCatalog", "Real-name QA agreement"), Action::SuperviseReports, false, true,
                {col("reviewer", QCoreApplication::translate("desk::ReportCatalog", "Reviewer")), col("sampled", QCoreApplication::translate("desk::ReportCatalog", "Sampled"), Kind::Number),
                 col("agreed", QCoreApplication::translate("desk::ReportCatalog", "Agreed"), Kind::Number), col("disagreed", QCoreApplication::translate("desk::ReportCatalog", "Disagreed"), Kind::Number),
                 col("pending", QCoreApplication::translate("desk::ReportCatalog", "Pending"), Kind::Number), col("agreement", QCoreApplication::translate("desk::ReportCatalog", "Agreement %"), Kind::Number)}});
    ReportDefinition audit{QStringLiteral("audit"), QCoreApplication::translate("desk::ReportCatalog", "Audit log"), Action::ViewAuditLog, false, true,
                           {col("id", QCoreApplication::translate("desk::ReportCatalog", "No."), Kind::Identifier, 10), col("created_at", QCoreApplication::translate("desk::ReportCatalog", "Time"), Kind::Time, 16),
                            col("staff_login", QCoreApplication::translate("desk::ReportCatalog", "Staff"), Kind::Text, 16), col("action", QCoreApplication::translate("desk::ReportCatalog", "Action"), Kind::Text, 24),
                            col("entity_type", QCoreApplication::translate("desk::ReportCatalog", "Entity"), Kind::Text, 14),
                            col("entity_id", QCoreApplication::translate("desk::ReportCatalog", "Entity id"), Kind::Identifier, 16)}};
    for (ReportDefinition &def : all)
        def.isList = def.personal;
    audit.isList = true;
    all.append(audit);
    return all;
}

} // namespace

ReportQuery ReportDefinition::query(const Dialect &dialect, const ReportParams &params, const QString &reason) const
{
    QueryFn fn = queryFor(name);
    return fn ? fn(dialect, params, reason) : ReportQuery{};
}

ReportQuery ReportDefinition::countQuery(const Dialect &dialect, const ReportParams &params) const
{
    if (name == QLatin1String("appeals"))
        return {QStringLiteral("SELECT COUNT(*) FROM appeal WHERE submitted_at >= ? AND submitted_at < ?"),
                range(params)};
    if (name == QLatin1String("reviews"))
        return {QStringLiteral("SELECT COUNT(*) FROM real_name_review WHERE submitted_at >= ? AND submitted_at < ?"),
                range(params)};
    if (name == QLatin1String("audit"))
        return {QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE created_at >= ? AND created_at < ?"),
                range(params)};
    ReportParams masked = params;
    masked.unmasked = false;
    const ReportQuery q = query(dialect, masked);
    return {QStringLiteral("SELECT COUNT(*) FROM (%1) counted").arg(q.sql), q.values};
}

const QVector<ReportDefinition> &ReportCatalog::all()
{
    static const QVector<ReportDefinition> catalog = makeCatalog();
    return catalog;
}

const ReportDefinition *ReportCatalog::find(const QString &name)
{
    for (const ReportDefinition &r : all())
        if (r.name == name)
            return &r;
    return nullptr;
}

QStringList ReportCatalog::formats()
{
    return {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")};
}

QStringList ReportCatalog::ageBuckets()
{
    return {QStringLiteral("0-1"), QStringLiteral("1-2"), QStringLiteral("2-3"), QStringLiteral("3-5"),
            QStringLiteral("5+")};
}

QDateTime ReportCatalog::businessDaysBefore(const BusinessCalendar &calendar, const QDateTime &now, int businessDays)
{
    // Business time between t and now falls as t rises: search for the latest t with at least `businessDays`
    // days of it, to the second.
    const qint64 wanted = qint64(businessDays) * 86400;
    qint64 lo = now.toSecsSinceEpoch() - qint64(businessDays) * 86400 * 4 - 40 * 86400; // surely far enough back
    qint64 hi = now.toSecsSinceEpoch();
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo + 1) / 2;
        if (calendar.businessSecondsBetween(QDateTime::fromSecsSinceEpoch(mid, Qt::UTC), now) >= wanted)
            lo = mid;
        else
            hi = mid - 1;
    }
    return QDateTime::fromSecsSinceEpoch(lo, Qt::UTC);
}

QVector<QDateTime> ReportCatalog::ageLimits(const BusinessCalendar &calendar, const QDateTime &now)
{
    QVector<QDateTime> limits;
    for (int days : {1, 2, 3, 5})
        limits << businessDaysBefore(calendar, now, days);
    return limits;
}

InstantSpan ReportCatalog::ageSpan(const QVector<QDateTime> &limits, int bucket, const QDateTime &from,
                                   const QDateTime &before)
{
    InstantSpan span{from, true, before, false};
    if (bucket < limits.size() && limits[bucket] >= from)
        span = InstantSpan{limits[bucket], false, span.to, span.toInclusive};
    if (bucket > 0 && bucket - 1 < limits.size() && limits[bucket - 1] < before) {
        span.to = limits[bucket - 1];
        span.toInclusive = true;
    }
    return span;
}

QDateTime ReportCatalog::chinaMidnight(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

} // namespace desk
