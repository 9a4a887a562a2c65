#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace desk {

class Database;

// A supervisor's verdict on a sampled decision.
enum class QaVerdict { Pending, Agree, Disagree };

QString qaVerdictName(QaVerdict v); // pending, agree, disagree (as stored)
bool qaVerdictFromName(const QString &name, QaVerdict *out);

// One decision drawn for quality sampling, with what the supervisor needs for the second review.
struct QaSample
{
    qint64 id = 0;
    qint64 reviewId = 0;
    QString ref;
    QString type;
    QString accountLogin;
    qint64 decisionId = 0;
    qint64 submissionId = 0; // the submission the decision was about
    QString outcome;         // approved, rejected
    QStringList reasonCodes;
    QString freeText;
    QJsonArray documentReasons;
    QString reviewerLogin; // who made the decision
    QDateTime decidedAt;
    QString sampledBy;
    QDateTime sampledAt;
    QaVerdict verdict = QaVerdict::Pending;
    QString note;
    QDateTime verdictAt;
};

// Agreement with one reviewer's sampled decisions.
struct QaReviewerFigures
{
    QString reviewerLogin;
    int samples = 0;
    int agreed = 0;
    int disagreed = 0;
    int pending() const { return samples - agreed - disagreed; }
    // Agreed among the judged samples, 0..1; -1 while none is judged.
    double agreementShare() const { return agreed + disagreed > 0 ? double(agreed) / (agreed + disagreed) : -1.0; }
};

struct QaSampleFilter
{
    bool pendingOnly = false;
    QString reviewerLogin; // empty: everybody
    int limit = 500;
};

// All SQL of the supervisors' quality sampling of real-name review decisions (real_name_qa_sample, schema 5).
// Runs on this thread's connection; writes only inside the caller's write-path transaction.
class ReviewQaRepository
{
    Q_DECLARE_TR_FUNCTIONS(desk::ReviewQaRepository)

public:
    explicit ReviewQaRepository(Database &db) : m_db(db) {}

    struct WindowCount
    {
        int decisions = 0; // decided in the window
        int sampled = 0;   // of these, already drawn
    };
    // Decisions made in [from, to).
    Result<WindowCount> windowCount(const QDateTime &from, const QDateTime &to);
    // Up to `limit` decisions of [from, to) not drawn yet and not made by `notBy`, chosen at random.
    Result<QVector<qint64>> drawCandidates(const QDateTime &from, const QDateTime &to, const QString &notBy, int limit);
    Result<std::optional<QaSample>> sample(qint64 id);
    // Pending first, then the latest drawn.
    Result<QVector<QaSample>> samples(const QaSampleFilter &filter);
    Result<QVector<QaReviewerFigures>> figures();

    // ---- writes (inside the write path) ----
    // The reviewer and the request come from the decision (PostgreSQL's guard sets them too).
    Result<qint64> insertSample(qint64 decisionId, const QString &sampledBy, const QDateTime &at);
    Result<bool> setVerdict(qint64 id, QaVerdict verdict, const QString &note, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace desk
