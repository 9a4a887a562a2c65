#include "workflow/ReviewQaService.h"

#include "domain/BusinessCalendar.h"
#include "workflow/CalendarService.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/WritePath.h"

#include <QJsonArray>
#include <QTimeZone>

namespace desk {

namespace {

// The first instant of a China calendar day, in UTC.
QDateTime chinaDayStart(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

QJsonObject verdictJson(const QaSample &s)
{
    return QJsonObject{{QStringLiteral("verdict"), qaVerdictName(s.verdict)},
                       {QStringLiteral("note"), s.note.isEmpty() ? QJsonValue() : QJsonValue(s.note)}};
}

} // namespace

ReviewQaService::ReviewQaService(std::shared_ptr<Session> session)
    : m_session(std::move(session)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void ReviewQaService::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

Result<int> ReviewQaService::sharePercent()
{
    return CalendarService(m_session).intSetting(CalendarService::reviewQaSharePercentKey());
}

Status ReviewQaService::setSharePercent(int percent)
{
    return CalendarService(m_session).setSetting(CalendarService::reviewQaSharePercentKey(), percent);
}

Result<QaDrawReport> ReviewQaService::draw(const QDate &from, const QDate &through)
{
    if (auto s = Permissions::require(m_session->staff(), Action::SampleReviews); !s)
        return s.error();
    if (!from.isValid() || !through.isValid())
        return Error(Error::Code::InvalidInput, tr("Give the first and the last day of the period to sample."));
    if (from > through)
        return Error(Error::Code::InvalidInput,
                     tr("The period starts (%1) after it ends (%2).")
                         .arg(from.toString(Qt::ISODate), through.toString(Qt::ISODate)));
    if (from.daysTo(through) >= kMaxPeriodDays)
        return Error(Error::Code::InvalidInput, tr("Sample at most %1 days at a time.").arg(kMaxPeriodDays));
    auto share = sharePercent();
    if (!share)
        return share.error();
    const QDateTime start = chinaDayStart(from);
    const QDateTime end = chinaDayStart(through.addDays(1));
    const QString me = m_session->staff().login;
    const QDateTime at = m_clock();
    return WritePath::run(*m_session, Action::SampleReviews, [&](WriteContext &w) -> Result<QaDrawReport> {
        ReviewQaRepository repo(w.database());
        QaDrawReport report;
        report.from = from;
        report.through = through;
        report.sharePercent = *share;
        auto count = repo.windowCount(start, end);
        if (!count)
            return count.error();
        report.decisions = count->decisions;
        report.alreadyDrawn = count->sampled;
        report.target = (count->decisions * *share + 99) / 100;
        const int wanted = report.target - report.alreadyDrawn;
        if (wanted <= 0)
            return report;
        auto candidates = repo.drawCandidates(start, end, me, wanted);
        if (!candidates)
            return candidates.error();
        for (qint64 decisionId : std::as_const(*candidates)) {
            auto id = repo.insertSample(decisionId, me, at);
            if (!id) {
                if (id.error().code == Error::Code::Conflict)
                    return Error(Error::Code::Conflict,
                                 tr("Another supervisor drew samples at the same moment; draw again."));
                return id.error();
            }
            report.drawn << *id;
        }
        if (report.drawn.isEmpty())
            return report;
        QJsonArray ids;
        for (qint64 id : std::as_const(report.drawn))
            ids.append(QString::number(id));
        w.audit(QStringLiteral("review.qa_draw"), QStringLiteral("real_name_qa_sample"), QString(), {},
                QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                            {QStringLiteral("through"), through.toString(Qt::ISODate)},
                            {QStringLiteral("share_percent"), report.sharePercent},
                            {QStringLiteral("decisions"), report.decisions},
                            {QStringLiteral("samples"), ids}});
        return report;
    });
}

Result<QVector<QaSample>> ReviewQaService::samples(const QaSampleFilter &filter)
{
    if (auto s = Permissions::require(m_session->staff(), Action::SampleReviews); !s)
        return s.error();
    return ReviewQaRepository(m_session->database()).samples(filter);
}

Result<QaSample> ReviewQaService::sample(qint64 id)
{
    if (auto s = Permissions::require(m_session->staff(), Action::SampleReviews); !s)
        return s.error();
    auto found = ReviewQaRepository(m_session->database()).sample(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(Error::Code::NotFound, tr("There is no quality sample %1.").arg(id));
    return **found;
}

Result<QaSample> ReviewQaService::recordVerdict(qint64 sampleId, QaVerdict verdict, const QString &noteIn)
{
    const QString note = noteIn.trimmed();
    if (verdict == QaVerdict::Pending)
        return Error(Error::Code::InvalidInput, tr("Say whether you agree or disagree with the decision."));
    if (verdict == QaVerdict::Disagree && note.isEmpty())
        return Error(Error::Code::InvalidInput, tr("Say in the note why you disagree with the decision."));
    if (note.size() > kMaxNote)
        return Error(Error::Code::InvalidInput, tr("The note is longer than %1 characters.").arg(kMaxNote));
    const QString me = m_session->staff().login;
    const QDateTime at = m_clock();
    return WritePath::run(*m_session, Action::SampleReviews, [&](WriteContext &w) -> Result<QaSample> {
        ReviewQaRepository repo(w.database());
        auto before = repo.sample(sampleId);
        if (!before)
            return before.error();
        if (!before->has_value())
            return Error(Error::Code::NotFound, tr("There is no quality sample %1.").arg(sampleId));
        const QaSample old = **before;
        if (old.reviewerLogin == me)
            return Error(Error::Code::PermissionDenied,
                         tr("You made the decision on %1: another supervisor judges it.").arg(old.ref));
        if (old.verdict == verdict && old.note == note)
            return old; // unchanged: nothing to write or audit
        auto changed = repo.setVerdict(sampleId, verdict, note, at);
        if (!changed)
            return changed.error();
        if (!*changed)
            return Error(Error::Code::Conflict, tr("The quality sample %1 changed meanwhile; reload it.").arg(sampleId));
        auto after = repo.sample(sampleId);
        if (!after)
            return after.error();
        if (!after->has_value())
            return Error(Error::Code::Internal, tr("The quality sample %1 disappeared.").arg(sampleId));
        QJsonObject afterJson = verdictJson(**after);
        afterJson.insert(QStringLiteral("review_ref"), old.ref);
        afterJson.insert(QStringLiteral("reviewer"), old.reviewerLogin);
        w.audit(QStringLiteral("review.qa_verdict"), QStringLiteral("real_name_qa_sample"), QString::number(sampleId),
                verdictJson(old), afterJson);
        return **after;
    });
}

Result<QVector<QaReviewerFigures>> ReviewQaService::figures()
{
    if (auto s = Permissions::require(m_session->staff(), Action::SampleReviews); !s)
        return s.error();
    return ReviewQaRepository(m_session->database()).figures();
}

} // namespace desk
