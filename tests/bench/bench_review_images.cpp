// Review-image benchmark: the time from "next" to both pictures of an ID pair on screen, with the pair prefetched
// (target <= 50 ms) and without, for two 1 MB JPEGs; and the longest stall of the GUI thread's event loop while
// pictures are decoded (target: none over 16 ms), measured by a 1 ms QTimer heartbeat. Prints JSON; never passes
// or fails on a timing. Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
//
// A second part steps through the real review page (ReviewQueuePage on an SQLite file, "Next request" claims, the
// pictures fetched through the use case into the encrypted workstation cache, the next request decoded ahead by
// the page itself): the time from "next" to both pictures on screen, and the longest event-loop stall meanwhile.
//
//   bench_review_images [--requests N] [--width W] [--height H] [--no-watermark] [--no-page]
#include "BenchSupport.h"

#include "cache/ImageCache.h"
#include "common/TaskRunner.h"
#include "domain/DocumentCheck.h"
#include "domain/Identifiers.h"
#include "items/ReviewListModel.h"
#include "review/ReviewQueuePage.h"
#include "store/Database.h"
#include "workflow/ReviewService.h"
#include "workflow/Session.h"
#include "widgets/DocumentViewer.h"
#include "widgets/ImageCompareView.h"
#include "widgets/ImagePrefetcher.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace desk;
using namespace desk::bench;

namespace {

// A photo-like picture (gradients, shapes and grain, which JPEG cannot squeeze much) encoded as a JPEG just under
// DocumentCheck::kMaxBytes: the largest document a user may upload.
QByteArray megabyteJpeg(int width, int height, quint32 seed)
{
    QRandomGenerator rng(seed);
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, QColor::fromHsv(int(rng.bounded(360)), 90, 230));
    gradient.setColorAt(1, QColor::fromHsv(int(rng.bounded(360)), 120, 120));
    p.fillRect(image.rect(), gradient);
    for (int i = 0; i < 60; ++i) {
        p.setBrush(QColor::fromHsv(int(rng.bounded(360)), 150, 200, 120));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(rng.bounded(width), rng.bounded(height)), rng.bounded(200.0) + 20,
                      rng.bounded(120.0) + 20);
    }
    p.end();
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int n = int(rng.bounded(25)) - 12;
            const QRgb px = line[x];
            line[x] = qRgb(std::clamp(qRed(px) + n, 0, 255), std::clamp(qGreen(px) + n, 0, 255),
                           std::clamp(qBlue(px) + n, 0, 255));
        }
    }
    QByteArray best;
    int lo = 5, hi = 95;
    while (lo <= hi) { // the highest quality that stays within the limit
        const int quality = (lo + hi) / 2;
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpg");
        writer.setQuality(quality);
        writer.write(image);
        if (data.size() <= DocumentCheck::kMaxBytes) {
            best = data;
            lo = quality + 1;
        } else {
            hi = quality - 1;
        }
    }
    return best;
}

// The longest gap between ticks of a 1 ms timer: how long the GUI thread's event loop was kept from running.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double now = elapsedMs(m_clock);
            if (m_last >= 0) {
                const double gap = now - m_last;
                m_max = std::max(m_max, gap);
                if (gap > 16.0)
                    ++m_over16;
            }
            m_last = now;
        });
    }
    // Starts counting afresh.
    void start()
    {
        m_max = 0;
        m_over16 = 0;
        resume();
    }
    // Resumes counting without forgetting the longest gap so far (a gap across a pause does not count).
    void resume()
    {
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxGapMs() const { return m_max; }
    int over16() const { return m_over16; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = -1;
    double m_max = 0;
    int m_over16 = 0;
};

// Runs the event loop until `done` or `timeoutMs`.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

QVector<CompareDocument> pairFor(int request, const QVector<QByteArray> &jpegs)
{
    const QString r = QStringLiteral("review:%1").arg(request);
    return {{r + QStringLiteral("/id_front"), QStringLiteral("ID card front"), QStringLiteral("front.jpg"),
             jpegs.at((2 * request) % jpegs.size())},
            {r + QStringLiteral("/id_back"), QStringLiteral("ID card back"), QStringLiteral("back.jpg"),
             jpegs.at((2 * request + 1) % jpegs.size())}};
}

// The review page as a reviewer uses it: requests of two 1 MB JPEGs each imported into a fresh SQLite file, then
// "Next request" `requests` times. Each step waits until the page has decoded the following request ahead (as a
// reviewer looks at the current one), rejects the current one (not timed), and times "next" to both pictures
// decoded on screen. The heartbeat covers the whole run.
QJsonObject pageNext(const QVector<QByteArray> &jpegs, int requests, bool watermark)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("no temporary folder"));
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("review.db")));
    if (!url)
        fail(url.error().message);
    auto db = std::make_shared<Database>(*url, QString());
    if (auto s = db->ensureSchema(Database::SchemaPolicy::Migrate); !s)
        fail(s.error().message);
    QJsonArray entries;
    for (int i = 0; i <= requests + 1; ++i) {
        const QString login = QStringLiteral("pagebench%1").arg(i);
        auto q = db->exec(QStringLiteral("INSERT INTO account (login, kind, name, real_name_status, account_status, "
                                         "origin, created_at) VALUES (?, 'person', '张三', 'failed', 'active', "
                                         "'platform', '2025-01-01T00:00:00.000Z')"),
                          {login});
        if (!q)
            fail(q.error().message);
        q->finish();
        const QString ref = QStringLiteral("RN-PAGE-%1").arg(i, 3, 10, QLatin1Char('0'));
        QDir(dir.path()).mkpath(ref);
        QJsonArray docs;
        for (int side = 0; side < 2; ++side) {
            const QString file = ref + (side == 0 ? QStringLiteral("/front.jpg") : QStringLiteral("/back.jpg"));
            QFile f(dir.filePath(file));
            const QByteArray &bytes = jpegs.at((2 * i + side) % jpegs.size());
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                fail(QStringLiteral("cannot write %1").arg(file));
            docs.append(QJsonObject{{QStringLiteral("kind"), side == 0 ? QStringLiteral("id_front") : QStringLiteral("id_back")},
                                    {QStringLiteral("file"), file}});
        }
        const QString first17 = QStringLiteral("11010519801010%1").arg(100 + i, 3, 10, QLatin1Char('0')); // born 1980-10-10
        entries.append(QJsonObject{
            {QStringLiteral("ref"), ref},
            {QStringLiteral("type"), QStringLiteral("person")},
            {QStringLiteral("login"), login},
            {QStringLiteral("submitted_at"), QDateTime::currentDateTimeUtc().addSecs(-3600 + i).toString(Qt::ISODate)},
            {QStringLiteral("fields"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")},
                         {QStringLiteral("identity_region"), QStringLiteral("mainland")},
                         {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                         {QStringLiteral("id_number"), QString(first17 + ids::residentIdCheckCharacter(first17))},
                         {QStringLiteral("sex"), QStringLiteral("male")},
                         {QStringLiteral("birth_date"), QStringLiteral("1980-10-10")},
                         {QStringLiteral("id_valid_from"), QStringLiteral("2015-03-01")},
                         {QStringLiteral("id_valid_until"), QStringLiteral("long_term")},
                         {QStringLiteral("phone"), QStringLiteral("13912345678")}}},
            {QStringLiteral("documents"), docs}});
    }
    StaffMember importer;
    importer.login = QStringLiteral("bench.importer");
    importer.role = StaffRole::Administrator;
    auto report = ReviewService(std::make_shared<Session>(db, importer, importer.login))
                      .importJson(QJsonDocument(entries).toJson(), dir.path());
    if (!report)
        fail(report.error().message);
    if (report->recorded != requests + 2 || !report->documentRefusals.isEmpty())
        fail(QStringLiteral("the page benchmark's import recorded %1 of %2 requests (%3)")
                 .arg(report->recorded)
                 .arg(requests + 2)
                 .arg(report->refused.isEmpty() ? QString() : report->refused.constFirst().reason));

    StaffMember reviewer;
    reviewer.login = QStringLiteral("bench.reviewer");
    reviewer.role = StaffRole::Reviewer;
    auto session = std::make_shared<Session>(db, reviewer, reviewer.login);
    ImageCache cache(dir.filePath(QStringLiteral("cache")));
    QByteArray key(ImageCache::kKeyBytes, '\0');
    for (char &c : key)
        c = char(QRandomGenerator::global()->bounded(256));
    if (!cache.openWithKey(key))
        fail(QStringLiteral("the encrypted cache did not open"));
    QJsonObject result;
    {
        TaskRunner runner;
        ReviewQueuePage page(session, runner);
        page.setImageCache(&cache);
        if (!watermark)
            page.images()->setWatermarkLogin(QString());
        page.resize(1400, 900);
        page.show();
        spinUntil([&page] { return page.isVisible() && page.model()->rowCount() > 0; });
        ImageCompareView *images = page.images();
        const auto bothShown = [images] {
            return images->count() == 2 && images->allSettled() && !images->pane(0)->decodedImage().isNull() &&
                   !images->pane(1)->decodedImage().isNull();
        };
        Heartbeat heartbeat;
        heartbeat.start();
        QVector<double> shown, claims, details;
        int notAtOnce = 0;
        int notPrefetched = 0;
        qint64 current = 0;
        for (int i = 0; i <= requests; ++i) {
            if (current > 0) {
                // The page decodes the next request while this one is on screen; the reviewer then decides.
                if (!spinUntil([&] { return page.prefetchedReviewId() > 0 && page.prefetchedReviewId() != current &&
                                            images->prefetcher()->pendingCount() == 0; },
                               20000))
                    ++notPrefetched;
                // The decision runs here on the GUI thread for the benchmark's convenience: not counted.
                heartbeat.stop();
                auto rejected = ReviewService(session).reject(current, {QStringLiteral("other")}, QStringLiteral("bench"));
                if (!rejected)
                    fail(rejected.error().message);
                heartbeat.resume();
            }
            bool atOnce = false;
            double claimedAt = 0;
            double detailAt = 0;
            QElapsedTimer t;
            QMetaObject::Connection c = QObject::connect(&page, &ReviewQueuePage::detailShown, &page, [&](qint64) {
                atOnce = bothShown();
                detailAt = elapsedMs(t);
            });
            QMetaObject::Connection cc = QObject::connect(&page, &ReviewQueuePage::claimFinished, &page,
                                                          [&](bool) { claimedAt = elapsedMs(t); });
            t.start();
            page.claimNext();
            if (!spinUntil([&] { return page.shownReviewId() != current && bothShown(); }, 30000))
                fail(QStringLiteral("\"next\" did not show both pictures within 30 s"));
            images->repaint();
            const double ms = elapsedMs(t);
            QObject::disconnect(c);
            QObject::disconnect(cc);
            current = page.shownReviewId();
            if (i == 0)
                continue; // the first request had nothing before it to be decoded ahead
            shown.append(ms);
            claims.append(claimedAt);
            details.append(detailAt);
            if (!atOnce)
                ++notAtOnce;
        }
        heartbeat.stop();
        // The request's detail (record, submissions, documents, decisions, image reuse) read directly, for scale.
        QVector<double> detailReads;
        for (int r = 0; r < 5; ++r) {
            QElapsedTimer t;
            t.start();
            if (auto d = ReviewService(session).detail(current); !d)
                fail(d.error().message);
            detailReads.append(elapsedMs(t));
        }
        result = stats(shown);
        result.insert(QStringLiteral("detail_read_alone"), stats(detailReads));
        result.insert(QStringLiteral("claim_done"), stats(claims));
        result.insert(QStringLiteral("request_on_screen"), stats(details));
        result.insert(QStringLiteral("not_shown_with_the_request"), notAtOnce);
        result.insert(QStringLiteral("next_not_prefetched_in_time"), notPrefetched);
        result.insert(QStringLiteral("max_event_loop_stall_ms"), heartbeat.maxGapMs());
        result.insert(QStringLiteral("stalls_over_16ms"), heartbeat.over16());
        result.insert(QStringLiteral("cached_pictures_encrypted"), cache.count());
        result.insert(QStringLiteral("target_ms"), 50);
        result.insert(QStringLiteral("note"),
                      QStringLiteral("ReviewQueuePage on SQLite: claim, detail and pictures through the use cases; "
                                     "times include the claim and a repaint of the pictures"));
    }
    db->closeThreadConnection();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_review_images"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("IdentityDesk review-image benchmark (prints JSON)"));
    parser.addHelpOption();
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Requests stepped through"),
                                            QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("Picture width"), QStringLiteral("W"),
                                         QStringLiteral("2400"));
    const QCommandLineOption heightOption(QStringLiteral("height"), QStringLiteral("Picture height"),
                                          QStringLiteral("H"), QStringLiteral("1600"));
    const QCommandLineOption noWatermarkOption(QStringLiteral("no-watermark"),
                                               QStringLiteral("Show the pictures without the watermark"));
    const QCommandLineOption noPageOption(QStringLiteral("no-page"),
                                          QStringLiteral("Skip the part through the review page and a database"));
    parser.addOptions({requestsOption, widthOption, heightOption, noWatermarkOption, noPageOption});
    parser.process(app);
    bool ok1 = false, ok2 = false, ok3 = false;
    const int requests = parser.value(requestsOption).toInt(&ok1);
    const int width = parser.value(widthOption).toInt(&ok2);
    const int height = parser.value(heightOption).toInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || requests < 2 || width < 100 || height < 100)
        fail(QStringLiteral("--requests (>= 2), --width and --height (>= 100) take whole numbers"));

    QVector<QByteArray> jpegs;
    for (quint32 seed = 1; seed <= 4; ++seed)
        jpegs.append(megabyteJpeg(width, height, seed));
    QJsonArray sizes;
    for (const QByteArray &j : std::as_const(jpegs))
        sizes.append(j.size());

    ImageCompareView view;
    if (!parser.isSet(noWatermarkOption))
        view.setWatermarkLogin(QStringLiteral("bench.reviewer"));
    view.resize(1280, 720);
    view.show();
    spinUntil([&view] { return view.isVisible(); });
    Heartbeat heartbeat;

    // The noise floor: the longest gap with nothing to do for as long as the runs below take (a busy machine
    // delays the GUI thread by itself).
    heartbeat.start();
    spinUntil([] { return false; }, 1500);
    heartbeat.stop();
    const double idleStall = heartbeat.maxGapMs();
    const int idleOver16 = heartbeat.over16();

    // With prefetch: while request i is on screen, request i+1 is decoded; then "next". The heartbeat runs twice:
    // once only while pictures are decoding in the background, once throughout (the "next" itself included).
    Heartbeat decoding;
    QVector<double> prefetchCalls;
    QVector<double> nextSettled, nextPainted;
    int notAtOnce = 0;
    view.setDocuments(pairFor(0, jpegs));
    if (!spinUntil([&view] { return view.allSettled(); }))
        fail(QStringLiteral("the first pair was not shown"));
    heartbeat.start();
    decoding.start();
    decoding.stop();
    for (int i = 1; i <= requests; ++i) {
        const QVector<CompareDocument> next = pairFor(i, jpegs);
        decoding.resume();
        QElapsedTimer pt;
        pt.start();
        view.prefetch(next);
        prefetchCalls.append(elapsedMs(pt));
        ImagePrefetcher *prefetcher = view.prefetcher();
        if (!spinUntil([&] { return prefetcher->isReady(next.at(0).id) && prefetcher->isReady(next.at(1).id); }))
            fail(QStringLiteral("prefetch did not finish"));
        decoding.stop();
        spinUntil([] { return false; }, 30); // the reviewer looks at the current pair for a moment
        QElapsedTimer t;
        t.start();
        view.setDocuments(next);
        if (!view.allSettled()) {
            ++notAtOnce;
            spinUntil([&view] { return view.allSettled(); });
        }
        nextSettled.append(elapsedMs(t));
        view.repaint(); // both pictures painted, watermark included
        nextPainted.append(elapsedMs(t));
        QCoreApplication::processEvents();
    }
    heartbeat.stop();
    const double prefetchStall = heartbeat.maxGapMs();
    const int prefetchOver16 = heartbeat.over16();

    // Without prefetch: "next" waits for both decodes (on worker threads; the event loop keeps running).
    QVector<double> coldSettled, coldPainted;
    heartbeat.start();
    for (int i = 1; i <= requests; ++i) {
        const QVector<CompareDocument> next = pairFor(1000 + i, jpegs);
        QElapsedTimer t;
        t.start();
        view.setDocuments(next);
        spinUntil([&view] { return view.allSettled(); });
        coldSettled.append(elapsedMs(t));
        view.repaint();
        coldPainted.append(elapsedMs(t));
        QCoreApplication::processEvents();
    }
    heartbeat.stop();
    const double coldStall = heartbeat.maxGapMs();
    const int coldOver16 = heartbeat.over16();

    // One repaint of the view with both pictures (what panning, zooming or the magnifier costs per frame).
    QVector<double> repaints;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        view.repaint();
        repaints.append(elapsedMs(t));
    }

    // Magnifier and brightness while the pictures are large: the GUI thread stays responsive.
    heartbeat.start();
    DocumentViewer *pane = view.pane(0);
    pane->setMagnifierEnabled(true);
    for (int i = 0; i < 10; ++i) {
        pane->brighter();
        spinUntil([pane] { return !pane->isAdjusting(); });
        view.repaint();
    }
    heartbeat.stop();

    QJsonObject out;
    out.insert(QStringLiteral("platform"), QGuiApplication::platformName());
    out.insert(QStringLiteral("picture"), QStringLiteral("%1x%2 JPEG").arg(width).arg(height));
    out.insert(QStringLiteral("jpeg_bytes"), sizes);
    out.insert(QStringLiteral("requests"), requests);
    out.insert(QStringLiteral("watermark"), !parser.isSet(noWatermarkOption));
    QJsonObject prefetched = stats(nextPainted);
    prefetched.insert(QStringLiteral("settled"), stats(nextSettled));
    prefetched.insert(QStringLiteral("not_shown_at_once"), notAtOnce);
    prefetched.insert(QStringLiteral("max_event_loop_stall_ms"), prefetchStall);
    prefetched.insert(QStringLiteral("stalls_over_16ms"), prefetchOver16);
    prefetched.insert(QStringLiteral("max_stall_while_decoding_ms"), decoding.maxGapMs());
    prefetched.insert(QStringLiteral("prefetch_call"), stats(prefetchCalls));
    prefetched.insert(QStringLiteral("stalls_over_16ms_while_decoding"), decoding.over16());
    prefetched.insert(QStringLiteral("target_ms"), 50);
    out.insert(QStringLiteral("next_to_both_shown_with_prefetch"), prefetched);
    QJsonObject cold = stats(coldPainted);
    cold.insert(QStringLiteral("settled"), stats(coldSettled));
    cold.insert(QStringLiteral("max_event_loop_stall_ms"), coldStall);
    cold.insert(QStringLiteral("stalls_over_16ms"), coldOver16);
    out.insert(QStringLiteral("next_to_both_shown_without_prefetch"), cold);
    QJsonObject adjust;
    adjust.insert(QStringLiteral("max_event_loop_stall_ms"), heartbeat.maxGapMs());
    adjust.insert(QStringLiteral("stalls_over_16ms"), heartbeat.over16());
    out.insert(QStringLiteral("brightness_steps_with_magnifier"), adjust);
    out.insert(QStringLiteral("repaint_both_pictures"), stats(repaints));
    out.insert(QStringLiteral("stall_target_ms"), 16);
    QJsonObject idle;
    idle.insert(QStringLiteral("max_event_loop_stall_ms"), idleStall);
    idle.insert(QStringLiteral("stalls_over_16ms"), idleOver16);
    idle.insert(QStringLiteral("seconds"), 1.5);
    out.insert(QStringLiteral("idle_noise_floor"), idle);
    out.insert(QStringLiteral("note"),
               QStringLiteral("times include a synchronous repaint of the whole view; stalls are the longest gap "
                              "between 1 ms heartbeat ticks"));
    if (!parser.isSet(noPageOption))
        out.insert(QStringLiteral("review_page_next_to_both_shown_with_prefetch"),
                   pageNext(jpegs, std::min(requests, 10), !parser.isSet(noWatermarkOption)));
    out.insert(QStringLiteral("decodes_on_gui_thread"), ImagePrefetcher::decodesOnGuiThread());
    out.insert(QStringLiteral("cpu_threads"), QThread::idealThreadCount());
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
