#include "store/ReviewQaRepository.h"

#include "store/ClaimEngine.h"
#include "store/Database.h"
#include "store/Dialect.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace desk {

namespace {

QDateTime utc(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime dt = v.toDateTime();
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

// The sample with its decision and request; `{account}` is where staff read accounts (a masking view on
// PostgreSQL; only the login is read).
const QString kSampleSelect = QStringLiteral(
    "SELECT q.id, q.review_id, r.ref, r.review_type, a.login, q.decision_id, d.submission_id, d.outcome, "
    "d.reason_codes, d.free_text, d.document_reasons, q.reviewer_login, d.decided_at, q.sampled_by, q.sampled_at, "
    "q.verdict, q.note, q.verdict_at "
    "FROM real_name_qa_sample q JOIN real_name_decision d ON d.id = q.decision_id "
    "JOIN real_name_review r ON r.id = q.review_id JOIN {account} a ON a.id = r.account_id ");

QaSample sampleFrom(const QSqlQuery &q)
{
    QaSample s;
    s.id = q.value(0).toLongLong();
    s.reviewId = q.value(1).toLongLong();
    s.ref = q.value(2).toString();
    s.type = q.value(3).toString();
    s.accountLogin = q.value(4).toString();
    s.decisionId = q.value(5).toLongLong();
    s.submissionId = q.value(6).toLongLong();
    s.outcome = q.value(7).toString();
    s.reasonCodes = q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.freeText = q.value(9).toString();
    s.documentReasons = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array();
    s.reviewerLogin = q.value(11).toString();
    s.decidedAt = utc(q.value(12));
    s.sampledBy = q.value(13).toString();
    s.sampledAt = utc(q.value(14));
    qaVerdictFromName(q.value(15).toString(), &s.verdict);
    s.note = q.value(16).toString();
    s.verdictAt = utc(q.value(17));
    return s;
}

} // namespace

QString qaVerdictName(QaVerdict v)
{
    switch (v) {
    case QaVerdict::Pending: return QStringLiteral("pending");
    case QaVerdict::Agree: return QStringLiteral("agree");
    case QaVerdict::Disagree: return QStringLiteral("disagree");
    }
    return {};
}

bool qaVerdictFromName(const QString &name, QaVerdict *out)
{
    for (QaVerdict v : {QaVerdict::Pending, QaVerdict::Agree, QaVerdict::Disagree})
        if (qaVerdictName(v) == name) {
            *out = v;
            return true;
        }
    return false;
}

Result<ReviewQaRepository::WindowCount> ReviewQaRepository::windowCount(const QDateTime &from, const QDateTime &to)
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*), COUNT(q.id) FROM real_name_decision d "
                                      "LEFT JOIN real_name_qa_sample q ON q.decision_id = d.id "
                                      "WHERE d.decided_at >= ? AND d.decided_at < ?"),
                       {ClaimEngine::timeValue(from), ClaimEngine::timeValue(to)});
    if (!q)
        return q.error();
    WindowCount c;
    if (q->next()) {
        c.decisions = q->value(0).toInt();
        c.sampled = q->value(1).toInt();
    }
    q->finish();
    return c;
}

Result<QVector<qint64>> ReviewQaRepository::drawCandidates(const QDateTime &from, const QDateTime &to,
                                                           const QString &notBy, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT d.id FROM real_name_decision d "
                                      "WHERE d.decided_at >= ? AND d.decided_at < ? AND d.decided_by <> ? "
                                      "AND NOT EXISTS (SELECT 1 FROM real_name_qa_sample q WHERE q.decision_id = d.id) "
                                      "ORDER BY random() LIMIT ?"),
                       {ClaimEngine::timeValue(from), ClaimEngine::timeValue(to), notBy, limit});
    if (!q)
        return q.error();
    QVector<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    q->finish();
    return ids;
}

Result<std::optional<QaSample>> ReviewQaRepository::sample(qint64 id)
{
    QString sql = kSampleSelect + QStringLiteral("WHERE q.id = ?");
    sql.replace(QStringLiteral("{account}"), m_db.dialect().personalRead(QStringLiteral("account")));
    auto q = m_db.exec(sql, {id});
    if (!q)
        return q.error();
    std::optional<QaSample> s;
    if (q->next())
        s = sampleFrom(*q);
    q->finish();
    return s;
}

Result<QVector<QaSample>> ReviewQaRepository::samples(const QaSampleFilter &filter)
{
    QString sql = kSampleSelect + QStringLiteral("WHERE 1 = 1 ");
    sql.replace(QStringLiteral("{account}"), m_db.dialect().personalRead(QStringLiteral("account")));
    QVariantList values;
    if (filter.pendingOnly)
        sql += QStringLiteral("AND q.verdict = 'pending' ");
    if (!filter.reviewerLogin.isEmpty()) {
        sql += QStringLiteral("AND q.reviewer_login = ? ");
        values << filter.reviewerLogin;
    }
    sql += QStringLiteral("ORDER BY CASE WHEN q.verdict = 'pending' THEN 0 ELSE 1 END, q.id DESC LIMIT ?");
    values << qBound(1, filter.limit, 5000);
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QVector<QaSample> out;
    while (q->next())
        out << sampleFrom(*q);
    q->finish();
    return out;
}

Result<QVector<QaReviewerFigures>> ReviewQaRepository::figures()
{
    auto q = m_db.exec(QStringLiteral("SELECT reviewer_login, COUNT(*), "
                                      "SUM(CASE WHEN verdict = 'agree' THEN 1 ELSE 0 END), "
                                      "SUM(CASE WHEN verdict = 'disagree' THEN 1 ELSE 0 END) "
                                      "FROM real_name_qa_sample GROUP BY reviewer_login ORDER BY reviewer_login"));
    if (!q)
        return q.error();
    QVector<QaReviewerFigures> out;
    while (q->next()) {
        QaReviewerFigures f;
        f.reviewerLogin = q->value(0).toString();
        f.samples = q->value(1).toInt();
        f.agreed = q->value(2).toInt();
        f.disagreed = q->value(3).toInt();
        out << f;
    }
    q->finish();
    return out;
}

Result<qint64> ReviewQaRepository::insertSample(qint64 decisionId, const QString &sampledBy, const QDateTime &at)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO real_name_qa_sample (review_id, decision_id, reviewer_login, "
                                      "sampled_by, sampled_at, verdict) "
                                      "SELECT review_id, id, decided_by, ?, ?, 'pending' FROM real_name_decision "
                                      "WHERE id = ? RETURNING id"),
                       {sampledBy, ClaimEngine::timeValue(at), decisionId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, tr("There is no decision %1 to sample.").arg(decisionId));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<bool> ReviewQaRepository::setVerdict(qint64 id, QaVerdict verdict, const QString &note, const QDateTime &at)
{
    auto q = m_db.exec(QStringLiteral("UPDATE real_name_qa_sample SET verdict = ?, note = ?, verdict_at = ? WHERE id = ?"),
                       {qaVerdictName(verdict), note.isEmpty() ? QVariant() : QVariant(note),
                        ClaimEngine::timeValue(at), id});
    if (!q)
        return q.error();
    const bool changed = q->numRowsAffected() == 1;
    q->finish();
    return changed;
}

} // namespace desk
