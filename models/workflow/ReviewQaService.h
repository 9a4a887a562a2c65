#pragma once

// Quality sampling of manual real-name review decisions (issue 9, point 7). A supervisor draws a share of the
// decisions made in a period at random (the shared setting review_qa_share_percent, which administrators edit),
// looks at each drawn request a second time, and records agree or disagree with a note. A verdict changes nothing
// about the decision; it feeds the agreement figures per reviewer. The supervisor who made a decision never judges
// it (PostgreSQL's desk_review_qa_guard enforces the same), so a draw leaves out the drawer's own decisions.

#include "core/Result.h"
#include "store/ReviewQaRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <functional>
#include <memory>

namespace desk {

class Session;

struct QaDrawReport
{
    QDate from;
    QDate through;
    int sharePercent = 0;
    int decisions = 0;    // decided in the period
    int target = 0;       // the share of them, rounded up
    int alreadyDrawn = 0; // drawn before this draw
    QVector<qint64> drawn; // the new samples' ids
};

class ReviewQaService
{
    Q_DECLARE_TR_FUNCTIONS(desk::ReviewQaService)

public:
    explicit ReviewQaService(std::shared_ptr<Session> session);

    void setClock(std::function<QDateTime()> clock);

    static constexpr int kMaxNote = 500;
    static constexpr int kMaxPeriodDays = 366;

    // Everyone may read the share; administrators change it (Action::ManageCalendar, as the other shared settings).
    Result<int> sharePercent();
    Status setSharePercent(int percent);

    // Action::SampleReviews. Draws decisions made from `from` through `through` (China dates) until the share of
    // the period's decisions is drawn; decisions drawn before count toward it. Nothing to draw is not an error.
    Result<QaDrawReport> draw(const QDate &from, const QDate &through);
    Result<QVector<QaSample>> samples(const QaSampleFilter &filter);
    Result<QaSample> sample(qint64 id);
    // Agree or disagree (a disagreement needs a note). Refused (PermissionDenied) to the supervisor who made the
    // decision; a verdict may be revised, each change audited.
    Result<QaSample> recordVerdict(qint64 sampleId, QaVerdict verdict, const QString &note);
    Result<QVector<QaReviewerFigures>> figures();

private:
    std::shared_ptr<Session> m_session;
    std::function<QDateTime()> m_clock;
};

} // namespace desk
