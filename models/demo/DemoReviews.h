#pragma once

#include "core/Result.h"
#include "demo/DemoGenerator.h"

#include <QDateTime>

namespace desk {
class Database;
}

namespace desk::demo {

struct DemoReviewsReport
{
    qint64 requests = 0;
    qint64 documents = 0;
};

// The manual real-name review requests of the demo world, filed after the accounts through the review import
// (ReviewService::importJson, the path of the public platform) as the administrator "demo": persons whose
// verification failed or is pending, with ID front and back drawn with their own data, and organizations with
// a licence, the legal representative's and the agent's ID and a registry screenshot. Among them: an expired ID
// card, a number already bound to another account, and a picture used again for another person (the fraud
// signal), so that the checklist and the queue flags show. Deterministic for a seed and a `now`. Without a
// QGuiApplication (SampleDocuments::canRender()) the requests are filed without documents.
class DemoReviews
{
public:
    // min(24, max(8, persons / 1000)).
    static qint64 automaticCount(qint64 persons);
    static qint64 countFor(const DemoOptions &options);

    DemoReviews(Database &db, const DemoOptions &options, const QDateTime &now);
    Result<DemoReviewsReport> run(qint64 count);

private:
    Database &m_db;
    const DemoOptions &m_options;
    QDateTime m_now;
};

} // namespace desk::demo
