#include "store/ReviewRepository.h"

#include "domain/ImageHash.h"
#include "store/Database.h"
#include "store/DocumentContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace desk {

namespace {

const QString kRecordColumns = QStringLiteral(
    "id, ref, review_type, account_id, account_login, state, submitted_at, due_at, claimed_by, claimed_at, "
    "claim_expires_at, version, filed_by, decided_by, decided_at, decision_reason, current_submission_id, "
    "subject_number, bound_holder FROM real_name_review_queue ");

QDateTime utc(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime dt = v.toDateTime();
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(ClaimEngine::timeValue(t)) : QVariant();
}

ReviewRecord recordFrom(const QSqlQuery &q)
{
    ReviewRecord r;
    r.id = q.value(0).toLongLong();
    r.ref = q.value(1).toString();
    r.type = q.value(2).toString();
    r.accountId = q.value(3).toLongLong();
    r.accountLogin = q.value(4).toString();
    r.state = q.value(5).toString();
    r.submittedAt = utc(q.value(6));
    r.dueAt = utc(q.value(7));
    r.claimedBy = q.value(8).toString();
    r.claimedAt = utc(q.value(9));
    r.claimExpiresAt = utc(q.value(10));
    r.version = q.value(11).toInt();
    r.filedBy = q.value(12).toString();
    r.decidedBy = q.value(13).toString();
    r.decidedAt = utc(q.value(14));
    r.decisionReason = q.value(15).toString();
    r.currentSubmissionId = q.value(16).toLongLong();
    r.subjectNumber = q.value(17).toString();
    r.boundHolder = q.value(18).toString();
    return r;
}

// Where each personal value of the declared data is kept: column -> field name per type.
QString personalKey(const QString &column, bool organization)
{
    if (column == QLatin1String("id_number"))
        return organization ? QStringLiteral("legal_rep_id_number") : QStringLiteral("id_number");
    if (column == QLatin1String("phone"))
        return organization ? QStringLiteral("agent_phone") : QStringLiteral("phone");
    return QStringLiteral("agent_id_number");
}

const QStringList kPersonalColumns{QStringLiteral("id_number"), QStringLiteral("phone"),
                                   QStringLiteral("agent_id_number")};

} // namespace

QStringList ReviewRepository::personalFields()
{
    return {QStringLiteral("id_number"), QStringLiteral("phone"), QStringLiteral("legal_rep_id_number"),
            QStringLiteral("agent_phone"), QStringLiteral("agent_id_number")};
}

ClaimQueue ReviewRepository::claimQueue()
{
    return ClaimQueue{.table = QStringLiteral("real_name_review"),
                      .idColumn = QStringLiteral("id"),
                      .stateColumn = QStringLiteral("state"),
                      .waitingState = QStringLiteral("new"),
                      .claimedState = QStringLiteral("claimed"),
                      .dueColumn = QStringLiteral("due_at"),
                      .claimedByColumn = QStringLiteral("claimed_by"),
                      .claimedAtColumn = QStringLiteral("claimed_at"),
                      .expiresColumn = QStringLiteral("claim_expires_at"),
                      .versionColumn = QStringLiteral("version"),
                      .sqliteIndex = QStringLiteral("ix_review_claimable"),
                      .filedByColumn = QStringLiteral("filed_by")};
}

Result<std::optional<qint64>> ReviewRepository::idForRef(const QString &ref)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM real_name_review WHERE ref = ?"), {ref});
    if (!q)
        return q.error();
    std::optional<qint64> id;
    if (q->next())
        id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<ReviewRecord> ReviewRepository::record(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kRecordColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next()) {
        q->finish();
        return Error(Error::Code::NotFound, tr("No real-name review %1.").arg(id));
    }
    ReviewRecord r = recordFrom(*q);
    q->finish();
    return r;
}

namespace {
// The WHERE conditions of a queue filter (values appended to `values`).
// `accounts`: where staff read account logins (Dialect::personalRead).
QStringList filterConditions(const ReviewListFilter &filter, QVariantList &values, const QString &accounts)
{
    QStringList where;
    if (!filter.state.isEmpty()) {
        where << QStringLiteral("state = ?");
        values << filter.state;
    }
    if (!filter.type.isEmpty()) {
        where << QStringLiteral("review_type = ?");
        values << filter.type;
    }
    if (!filter.claimedBy.isEmpty()) {
        where << QStringLiteral("claimed_by = ?");
        values << filter.claimedBy;
    }
    if (filter.flaggedOnly)
        where << QStringLiteral("bound_holder IS NOT NULL");
    const auto instant = [&](const QDateTime &t, const char *condition) {
        if (t.isValid()) {
            where << QString::fromLatin1(condition);
            values << ClaimEngine::timeValue(t);
        }
    };
    instant(filter.submittedFrom, "submitted_at >= ?");
    instant(filter.submittedBefore, "submitted_at < ?");
    instant(filter.submittedAfter, "submitted_at > ?");
    instant(filter.submittedUntil, "submitted_at <= ?");
    instant(filter.overdueAt, "state IN ('new', 'claimed') AND due_at <= ?");
    if (filter.decidedFrom.isValid() && filter.decidedBefore.isValid()) {
        // The request had such a decision (a resubmitted request may have had several).
        QString decision = QStringLiteral("id IN (SELECT x.review_id FROM real_name_decision x WHERE "
                                          "x.decided_at >= ? AND x.decided_at < ?");
        values << ClaimEngine::timeValue(filter.decidedFrom) << ClaimEngine::timeValue(filter.decidedBefore);
        if (!filter.decidedBy.isEmpty()) {
            decision += QStringLiteral(" AND x.decided_by = ?");
            values << filter.decidedBy;
        }
        if (!filter.decisionOutcome.isEmpty()) {
            decision += QStringLiteral(" AND x.outcome = ?");
            values << filter.decisionOutcome;
        }
        if (!filter.anyReason) {
            if (filter.reasonCode.isEmpty()) {
                decision += QStringLiteral(" AND coalesce(x.reason_codes, '') = ''");
            } else {
                // Comma-separated codes, as the reasons report splits them (spaces around a code ignored).
                decision += QStringLiteral(" AND ',' || replace(x.reason_codes, ' ', '') || ',' LIKE ? ESCAPE '\\'");
                values << QString(QStringLiteral("%,") + escapeLike(filter.reasonCode) + QStringLiteral(",%"));
            }
        }
        where << decision + QLatin1Char(')');
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // Byte-wise prefix of the ref (as the other look-ups), or the account's login exactly. Each side of the OR
        // is a look-up on the request table itself (its ref index, its account index), so neither scans the queue.
        where << QStringLiteral("(id IN (SELECT r.id FROM real_name_review r WHERE r.ref >= ? AND r.ref < ?) OR "
                                "account_id IN (SELECT l.id FROM ") +
                     accounts + QStringLiteral(" l WHERE l.login = ?))");
        values << text << QString(text + QChar(0xFFFF)) << text;
    }
    return where;
}
} // namespace

Result<QVector<ReviewRecord>> ReviewRepository::page(const ReviewListFilter &filter,
                                                     const std::optional<ReviewKey> &after, int limit)
{
    QVariantList values;
    QStringList where = filterConditions(filter, values, m_db.dialect().personalRead(QStringLiteral("account")));
    if (after) {
        where << QStringLiteral("(due_at > ? OR (due_at = ? AND id > ?))");
        const QString due = ClaimEngine::timeValue(after->dueAt);
        values << due << due << after->id;
    }
    values << qMax(1, limit);
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + kRecordColumns.left(kRecordColumns.indexOf(QStringLiteral(" FROM "))) +
            QStringLiteral(", EXISTS (SELECT 1 FROM real_name_case_document m JOIN real_name_case_document o "
                           "ON o.sha256 = m.sha256 WHERE m.case_type = 'review' AND m.case_id = q.id AND NOT "
                           "(o.case_type = 'review' AND o.case_id = q.id) AND o.subject_key <> m.subject_key) "
                           "FROM real_name_review_queue q ") +
            (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
            QStringLiteral(" ORDER BY due_at, id LIMIT ?"),
        values);
    if (!q)
        return q.error();
    QVector<ReviewRecord> out;
    while (q->next()) {
        ReviewRecord r = recordFrom(*q);
        r.imageReused = q->value(19).toBool();
        out << r;
    }
    q->finish();
    return out;
}

Result<QHash<QString, int>> ReviewRepository::countByState()
{
    auto q = m_db.exec(QStringLiteral("SELECT state, COUNT(*) FROM real_name_review GROUP BY state"));
    if (!q)
        return q.error();
    QHash<QString, int> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toInt());
    q->finish();
    return out;
}

Result<QVector<ReviewRecord>> ReviewRepository::list(const ReviewListFilter &filter)
{
    QVariantList values;
    const QStringList where = filterConditions(filter, values, m_db.dialect().personalRead(QStringLiteral("account")));
    QString sql = QStringLiteral("SELECT ") + kRecordColumns;
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    sql += QStringLiteral("ORDER BY (due_at IS NULL), due_at, id LIMIT ?");
    values << qMax(1, filter.limit);
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QVector<ReviewRecord> out;
    while (q->next())
        out << recordFrom(*q);
    q->finish();
    return out;
}

Result<QVector<ReviewSubmission>> ReviewRepository::submissions(qint64 reviewId)
{
    auto q = m_db.exec(QStringLiteral("SELECT s.id, s.review_id, s.seq, s.submitted_at, s.fields_json, s.checks_json, "
                                      "s.filed_by, s.id_number, s.phone, s.agent_id_number, r.review_type "
                                      "FROM real_name_submission_view s JOIN real_name_review r ON r.id = s.review_id "
                                      "WHERE s.review_id = ? ORDER BY s.seq"),
                       {reviewId});
    if (!q)
        return q.error();
    QVector<ReviewSubmission> out;
    while (q->next()) {
        ReviewSubmission s;
        s.id = q->value(0).toLongLong();
        s.reviewId = q->value(1).toLongLong();
        s.seq = q->value(2).toInt();
        s.submittedAt = utc(q->value(3));
        s.fields = QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object();
        s.checks = RealNameChecks::fromJson(QJsonDocument::fromJson(q->value(5).toString().toUtf8()).array());
        s.filedBy = q->value(6).toString();
        const bool organization = q->value(10).toString() == QLatin1String("organization");
        for (int i = 0; i < kPersonalColumns.size(); ++i)
            if (!q->value(7 + i).isNull())
                s.fields.insert(personalKey(kPersonalColumns.at(i), organization), q->value(7 + i).toString());
        out << s;
    }
    q->finish();
    return out;
}

Result<QVector<ReviewDocument>> ReviewRepository::documents(qint64 reviewId)
{
    auto q = m_db.exec(QStringLiteral("SELECT d.id, d.owner_id, d.kind, d.file_name, d.mime_type, d.size_bytes, "
                                      "d.sha256, d.phash FROM document d JOIN real_name_submission s "
                                      "ON d.owner_type = 'review_submission' AND s.id = d.owner_id "
                                      "WHERE s.review_id = ? ORDER BY s.seq, d.id"),
                       {reviewId});
    if (!q)
        return q.error();
    QVector<ReviewDocument> out;
    while (q->next()) {
        ReviewDocument d;
        d.id = q->value(0).toLongLong();
        d.submissionId = q->value(1).toLongLong();
        d.kind = q->value(2).toString();
        d.fileName = q->value(3).toString();
        d.mimeType = q->value(4).toString();
        d.sizeBytes = q->value(5).toLongLong();
        d.sha256 = q->value(6).toString();
        if (!q->value(7).isNull())
            d.phash = quint64(q->value(7).toLongLong());
        out << d;
    }
    q->finish();
    return out;
}

Result<QVector<ReviewDecision>> ReviewRepository::decisions(qint64 reviewId)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, submission_id, outcome, reason_codes, free_text, document_reasons, "
                                      "decided_by, decided_at FROM real_name_decision WHERE review_id = ? ORDER BY id"),
                       {reviewId});
    if (!q)
        return q.error();
    QVector<ReviewDecision> out;
    while (q->next()) {
        ReviewDecision d;
        d.id = q->value(0).toLongLong();
        d.submissionId = q->value(1).toLongLong();
        d.outcome = q->value(2).toString();
        d.reasonCodes = q->value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        d.freeText = q->value(4).toString();
        d.documentReasons = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).array();
        d.decidedBy = q->value(6).toString();
        d.decidedAt = utc(q->value(7));
        out << d;
    }
    q->finish();
    return out;
}

Result<QVector<ImageReuse>> ReviewRepository::imageReuse(qint64 reviewId)
{
    static const QString kPhotoKinds = QStringLiteral(
        "('id_front', 'legal_rep_id_front', 'agent_id_front', 'handler_id')");
    // Candidates: the same file (any kind of document), or a perceptual hash sharing one of its four bands
    // (ImageHash), the distance then counted here. A perceptual match counts only between pictures of a person
    // (an ID's photo side, the handler holding the ID): the backs of ID cards, licences and screenshots share one
    // printed template, so their small grey thumbnails look alike for everybody. Only cases about another number
    // count: a resubmission may reuse its own pictures.
    const QString band = QStringLiteral("((%1.phash >> %2) & 65535)");
    QStringList bands;
    for (int shift : {48, 32, 16, 0})
        bands << band.arg(QStringLiteral("o")).arg(shift) + QStringLiteral(" = ") +
                     band.arg(QStringLiteral("m")).arg(shift);
    auto q = m_db.exec(QStringLiteral("SELECT m.document_id, o.case_ref, o.case_type, m.sha256 = o.sha256, m.phash, "
                                      "o.phash FROM real_name_case_document m JOIN real_name_case_document o "
                                      "ON (o.sha256 = m.sha256 OR (m.phash IS NOT NULL AND o.phash IS NOT NULL "
                                      "AND m.phash NOT IN (0, -1) "
                                      "AND (SELECT kind FROM document WHERE id = m.document_id) IN %1 "
                                      "AND (SELECT kind FROM document WHERE id = o.document_id) IN %1 AND (%2))) "
                                      "WHERE m.case_type = 'review' AND m.case_id = ? "
                                      "AND NOT (o.case_type = 'review' AND o.case_id = ?) "
                                      "AND o.subject_key <> m.subject_key ORDER BY m.document_id, o.case_ref")
                           .arg(kPhotoKinds, bands.join(QStringLiteral(" OR "))),
                       {reviewId, reviewId});
    if (!q)
        return q.error();
    QVector<ImageReuse> out;
    while (q->next()) {
        ImageReuse r;
        r.documentId = q->value(0).toLongLong();
        r.otherRef = q->value(1).toString();
        r.otherType = q->value(2).toString();
        const bool sameFile = q->value(3).toBool();
        r.sameFile = sameFile;
        r.distance = sameFile ? 0
                              : ImageHash::distance(quint64(q->value(4).toLongLong()), quint64(q->value(5).toLongLong()));
        if (sameFile || r.distance <= ImageHash::kSameImageDistance)
            out << r;
    }
    q->finish();
    return out;
}

Result<std::optional<ReviewRepository::AccountRef>> ReviewRepository::accountByLogin(const QString &login)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, kind, real_name_status, account_status FROM account WHERE login = ?"), {login});
    if (!q)
        return q.error();
    std::optional<AccountRef> out;
    if (q->next())
        out = AccountRef{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                         q->value(3).toString()};
    q->finish();
    return out;
}

Result<qint64> ReviewRepository::insertReview(const QString &ref, const QString &type, qint64 accountId,
                                              const QString &subject, const QDateTime &submittedAt,
                                              const QDateTime &dueAt, const QString &filedBy)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO real_name_review (ref, review_type, account_id, state, "
                                      "subject_number, submitted_at, due_at, filed_by) VALUES (?, ?, ?, 'new', ?, ?, ?, ?) "
                                      "RETURNING id"),
                       {ref, type, accountId, subject, ClaimEngine::timeValue(submittedAt), timeOrNull(dueAt), filedBy});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::Database, tr("The database did not return the new review's id."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<qint64> ReviewRepository::insertSubmission(const SubmissionInput &in)
{
    QJsonObject rest = in.fields;
    const bool organization = rest.contains(QStringLiteral("uscc"));
    QVariantList personal;
    for (const QString &column : kPersonalColumns) {
        const QString key = personalKey(column, organization);
        const QJsonValue v = rest.take(key);
        personal << (v.isString() && !v.toString().isEmpty() ? QVariant(v.toString()) : QVariant());
    }
    auto q = m_db.exec(QStringLiteral("INSERT INTO real_name_submission (review_id, seq, submitted_at, fields_json, "
                                      "id_number, phone, agent_id_number, checks_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                      "RETURNING id"),
                       {in.reviewId, in.seq, ClaimEngine::timeValue(in.submittedAt),
                        QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Compact)), personal.at(0),
                        personal.at(1), personal.at(2),
                        QString::fromUtf8(QJsonDocument(RealNameChecks::toJson(in.checks)).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::Database, tr("The database did not return the new submission's id."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Status ReviewRepository::setFirstSubmission(qint64 reviewId, qint64 submissionId)
{
    auto q = m_db.exec(QStringLiteral("UPDATE real_name_review SET current_submission_id = ? WHERE id = ? AND "
                                      "current_submission_id IS NULL"),
                       {submissionId, reviewId});
    if (!q)
        return q.error();
    q->finish();
    return {};
}

Result<bool> ReviewRepository::resubmit(qint64 reviewId, int expectedVersion, qint64 submissionId,
                                        const QString &subject, const QDateTime &submittedAt, const QDateTime &dueAt)
{
    auto q = m_db.exec(QStringLiteral("UPDATE real_name_review SET state = 'new', current_submission_id = ?, "
                                      "subject_number = ?, submitted_at = ?, due_at = ?, claimed_by = NULL, "
                                      "claimed_at = NULL, claim_expires_at = NULL, decided_by = NULL, decided_at = NULL, "
                                      "decision_reason = NULL, version = version + 1 "
                                      "WHERE id = ? AND version = ? AND state = 'rejected'"),
                       {submissionId, subject, ClaimEngine::timeValue(submittedAt), timeOrNull(dueAt), reviewId,
                        expectedVersion});
    if (!q)
        return q.error();
    const bool changed = q->numRowsAffected() == 1;
    q->finish();
    return changed;
}

Result<qint64> ReviewRepository::insertDocument(qint64 submissionId, const QString &kind, const QString &fileName,
                                                const QString &mimeType, const QByteArray &content,
                                                const QString &sha256, std::optional<quint64> phash,
                                                const QDateTime &uploadedAt)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO document (owner_type, owner_id, kind, file_name, mime_type, "
                                      "size_bytes, sha256, content, uploaded_at, phash) "
                                      "VALUES ('review_submission', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {submissionId, kind, fileName, mimeType, qint64(content.size()), sha256, content,
                        ClaimEngine::timeValue(uploadedAt), phash ? QVariant(qint64(*phash)) : QVariant()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::Database, tr("The database did not return the new document's id."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Result<bool> ReviewRepository::close(qint64 id, int expectedVersion, const QString &state, const QString &decidedBy,
                                     const QDateTime &at, const QString &reason)
{
    auto q = m_db.exec(QStringLiteral("UPDATE real_name_review SET state = ?, decided_by = ?, decided_at = ?, "
                                      "decision_reason = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ? AND state = 'claimed'"),
                       {state, decidedBy, ClaimEngine::timeValue(at), reason, id, expectedVersion});
    if (!q)
        return q.error();
    const bool changed = q->numRowsAffected() == 1;
    q->finish();
    return changed;
}

Result<bool> ReviewRepository::withdraw(qint64 id, int expectedVersion)
{
    auto q = m_db.exec(QStringLiteral("UPDATE real_name_review SET state = 'withdrawn', claimed_by = NULL, "
                                      "claimed_at = NULL, claim_expires_at = NULL, version = version + 1 "
                                      "WHERE id = ? AND version = ? AND state IN ('new', 'claimed')"),
                       {id, expectedVersion});
    if (!q)
        return q.error();
    const bool changed = q->numRowsAffected() == 1;
    q->finish();
    return changed;
}

Result<qint64> ReviewRepository::insertDecision(qint64 reviewId, const ReviewDecision &d)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO real_name_decision (review_id, submission_id, outcome, reason_codes, "
                                      "free_text, document_reasons, decided_by, decided_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {reviewId, d.submissionId, d.outcome, d.reasonCodes.join(QLatin1Char(',')),
                        d.freeText.isEmpty() ? QVariant() : QVariant(d.freeText),
                        QString::fromUtf8(QJsonDocument(d.documentReasons).toJson(QJsonDocument::Compact)),
                        d.decidedBy, ClaimEngine::timeValue(d.decidedAt)});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::Database, tr("The database did not return the new decision's id."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Status ReviewRepository::bindAccount(qint64 accountId, const QString &type, const QString &subject)
{
    const QString column = type == QLatin1String("organization") ? QStringLiteral("uscc") : QStringLiteral("id_number");
    auto q = m_db.exec(QStringLiteral("UPDATE account SET real_name_status = 'verified_manual', ") + column +
                           QStringLiteral(" = ? WHERE id = ?"),
                       {subject, accountId});
    if (!q)
        return q.error();
    q->finish();
    return {};
}

Status ReviewRepository::failAccount(qint64 accountId)
{
    auto q = m_db.exec(QStringLiteral("UPDATE account SET real_name_status = 'failed' WHERE id = ? AND "
                                      "real_name_status IN ('unverified', 'manual_pending')"),
                       {accountId});
    if (!q)
        return q.error();
    q->finish();
    return {};
}

Result<QString> ReviewRepository::markAccountPending(qint64 accountId)
{
    auto before = m_db.exec(QStringLiteral("SELECT real_name_status FROM ") +
                                m_db.dialect().personalRead(QStringLiteral("account")) + QStringLiteral(" WHERE id = ?"),
                            {accountId});
    if (!before)
        return before.error();
    const QString status = before->next() ? before->value(0).toString() : QString();
    before->finish();
    if (status != QLatin1String("unverified") && status != QLatin1String("failed"))
        return QString();
    auto q = m_db.exec(QStringLiteral("UPDATE account SET real_name_status = 'manual_pending' WHERE id = ? AND "
                                      "real_name_status IN ('unverified', 'failed')"),
                       {accountId});
    if (!q)
        return q.error();
    const bool changed = q->numRowsAffected() == 1;
    q->finish();
    return changed ? status : QString();
}

Result<QByteArray> ReviewRepository::documentContent(qint64 documentId, bool *auditedByServer)
{
    return openStoredDocument(m_db, QStringLiteral("review_submission"), documentId, auditedByServer);
}

} // namespace desk
