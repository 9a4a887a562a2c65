// Appeal-queue benchmark: a queue of 300,000 appeals; the time to the first visible page of the lazy list model
// with a filter and the default sort (target <= 100 ms on SQLite), claim-next latency for one reviewer (p99 <= 20 ms)
// and claims per second with 8 reviewers claiming at once, each on its own connection (no appeal handed out
// twice). Prints JSON; never passes or fails on a timing.
//
//   bench_appeals [--db URL] [--appeals N] [--claims K] [--clients C] [--seconds S] [--keep]
// A PostgreSQL password comes from PGPASSWORD. Without --keep an SQLite file is made afresh.
#include "BenchSupport.h"

#include "domain/Identifiers.h"
#include "items/AppealListModel.h"
#include "store/AppealRepository.h"
#include "store/Database.h"
#include "workflow/AppealService.h"
#include "workflow/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <memory>

using namespace desk;
using namespace desk::bench;

namespace {

struct Options
{
    QString url;
    qint64 appeals = 300000;
    int claims = 500;
    int clients = 8;
    int seconds = 10;
    bool keep = false;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("IdentityDesk appeal-queue benchmark (prints JSON)"));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database URL"), QStringLiteral("URL"),
                                QStringLiteral("sqlite:") + QStringLiteral(DESK_BENCH_APPEALS_DB));
    const QCommandLineOption appeals(QStringLiteral("appeals"), QStringLiteral("Appeals in the queue"),
                                     QStringLiteral("N"), QStringLiteral("300000"));
    const QCommandLineOption claims(QStringLiteral("claims"), QStringLiteral("Claim-next calls timed one by one"),
                                    QStringLiteral("K"), QStringLiteral("500"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Concurrent reviewers"),
                                     QStringLiteral("C"), QStringLiteral("8"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Length of the concurrent run"),
                                     QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Use the database as it is"));
    parser.addOptions({db, appeals, claims, clients, seconds, keep});
    parser.process(app);
    Options o;
    o.url = parser.value(db);
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    o.appeals = parser.value(appeals).toLongLong(&ok1);
    o.claims = parser.value(claims).toInt(&ok2);
    o.clients = parser.value(clients).toInt(&ok3);
    o.seconds = parser.value(seconds).toInt(&ok4);
    o.keep = parser.isSet(keep);
    if (!ok1 || !ok2 || !ok3 || !ok4 || o.appeals < 1 || o.claims < 1 || o.clients < 1 || o.seconds < 1)
        fail(QStringLiteral("the numeric options take positive whole numbers"));
    return o;
}

QString residentId(QRandomGenerator &rng)
{
    QString first17 = QStringLiteral("1101051980%1").arg(rng.bounded(10000000), 7, 10, QLatin1Char('0'));
    return first17 + ids::residentIdCheckCharacter(first17);
}

// Fills the queue: 300k appeals of every type and state, submitted over the last 15 days, in one transaction.
void fillQueue(Database &db, qint64 count, QJsonObject &out)
{
    const qint64 have = scalar(db, QStringLiteral("SELECT COUNT(*) FROM appeal"));
    out[QStringLiteral("appeals_before")] = have;
    if (have >= count)
        return;
    static const QStringList surnames{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                                      QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),
                                      QStringLiteral("赵"), QStringLiteral("黄"), QStringLiteral("周"),
                                      QStringLiteral("吴")};
    static const QStringList given{QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"),
                                   QStringLiteral("敏"), QStringLiteral("静"), QStringLiteral("磊"),
                                   QStringLiteral("洋"), QStringLiteral("勇"), QStringLiteral("艳"),
                                   QStringLiteral("杰")};
    QRandomGenerator rng(20261123);
    auto conn = db.connection();
    if (!conn)
        fail(conn.error().message);
    Transaction tx(db, *conn);
    if (auto s = tx.begin(); !s)
        fail(s.error().message);
    AppealRepository repo(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = have; i < count; ++i) {
        AppealRecord a;
        const int t = rng.bounded(100);
        a.type = t < 55 ? QStringLiteral("person_recovery")
                 : t < 80 ? QStringLiteral("organization_recovery")
                 : t < 92 ? QStringLiteral("assisted_registration")
                          : QStringLiteral("modify_organization");
        const int st = rng.bounded(100);
        a.state = st < 70 ? AppealState::New
                  : st < 75 ? AppealState::WaitingForUser
                  : st < 88 ? AppealState::Approved
                  : st < 97 ? AppealState::Rejected
                            : AppealState::Withdrawn;
        a.applicantName = surnames.at(rng.bounded(surnames.size())) + given.at(rng.bounded(given.size()))
            + given.at(rng.bounded(given.size()));
        if (a.type != QLatin1String("person_recovery"))
            a.organizationName = surnames.at(rng.bounded(surnames.size())) + QStringLiteral("氏科技有限公司%1").arg(i);
        a.idNumber = residentId(rng);
        a.phone = QStringLiteral("155%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
        a.submittedAt = now.addSecs(-qint64(rng.bounded(15 * 24 * 3600)));
        if (a.state == AppealState::New)
            a.dueAt = a.submittedAt.addSecs(2 * 24 * 3600 + qint64(rng.bounded(2 * 24 * 3600)));
        else if (a.state == AppealState::WaitingForUser)
            a.slaRemainingSeconds = qint64(rng.bounded(2 * 24 * 3600));
        a.externalRef = QStringLiteral("BENCH-%1").arg(i, 7, 10, QLatin1Char('0'));
        a.documentsComplete = rng.bounded(20) != 0;
        if (auto id = repo.insert(a); !id)
            fail(id.error().message);
        if ((i + 1) % 50000 == 0)
            std::fprintf(stderr, "\r  %lld / %lld appeals", i + 1, count);
    }
    if (auto s = tx.commit(); !s)
        fail(s.error().message);
    std::fprintf(stderr, "\n");
    out[QStringLiteral("queue_filled_s")] = elapsedMs(timer) / 1000.0;
}

// A reviewer's session on their own database login (PostgreSQL), so that claims go through the server's guards and
// reads through its masking view.
std::shared_ptr<Session> reviewer(const StaffConnection &c, std::shared_ptr<Database> db = nullptr)
{
    return std::make_shared<Session>(db ? std::move(db) : c.db, c.staff, c.staff.login);
}

// Time from setQuery() to the first page on screen, for several filters with the default sort (due time).
QJsonObject firstPages(std::shared_ptr<Database> db)
{
    QVector<AppealFilter> filters;
    AppealFilter open;
    open.states = {AppealState::New};
    filters << open;
    AppealFilter overdue;
    overdue.slaStates = {QStringLiteral("overdue"), QStringLiteral("due_today")};
    overdue.types = {QStringLiteral("person_recovery")};
    filters << overdue;
    AppealFilter unassignedOrg;
    unassignedOrg.types = {QStringLiteral("organization_recovery")};
    unassignedOrg.states = {AppealState::New};
    unassignedOrg.unassignedOnly = true;
    filters << unassignedOrg;
    AppealFilter name;
    name.text = QStringLiteral("王伟");
    filters << name;
    AppealFilter recent;
    recent.submittedFrom = QDate::currentDate().addDays(-3);
    recent.states = {AppealState::New, AppealState::Claimed};
    filters << recent;

    QJsonObject result;
    QVector<double> all;
    AppealListModel model(db);
    const char *names[] = {"new", "overdue_or_due_today_persons", "unassigned_organizations", "name_prefix",
                           "last_three_days"};
    for (int f = 0; f < filters.size(); ++f) {
        QVector<double> ms;
        for (int r = 0; r < 20; ++r) {
            QEventLoop loop;
            QObject::connect(&model, &AppealListModel::firstPageLoaded, &loop, &QEventLoop::quit);
            QObject::connect(&model, &AppealListModel::searchFailed, &loop, [](const QString &m) { fail(m); });
            QTimer::singleShot(30000, &loop, [] { fail(QStringLiteral("no first page within 30 s")); });
            QElapsedTimer timer;
            timer.start();
            model.setQuery(filters.at(f), AppealSort::DueAt, false);
            loop.exec();
            ms << elapsedMs(timer);
        }
        QJsonObject s = stats(ms);
        s[QStringLiteral("rows_on_first_page")] = model.rowCount();
        result[QString::fromLatin1(names[f])] = s;
        all << ms;
    }
    result[QStringLiteral("all_filters")] = stats(all);
    return result;
}

QJsonObject claimLatency(const StaffConnection &c, int claims)
{
    auto session = reviewer(c);
    AppealService service(session);
    QVector<double> ms;
    for (int i = 0; i < claims; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto claimed = service.claimNext();
        ms << elapsedMs(timer);
        if (!claimed)
            fail(claimed.error().message);
    }
    return stats(ms);
}

QJsonObject concurrentClaims(const std::shared_ptr<Database> &setup, int clients, int seconds)
{
    QVector<StaffConnection> reviewers;
    for (int c = 0; c < clients; ++c) {
        reviewers << connectAsStaff(setup, StaffRole::Reviewer, QStringLiteral("bench_rv%1").arg(c + 1));
        reviewers.last().db->closeThreadConnection();
    }
    std::atomic<bool> stop{false};
    std::atomic<qint64> total{0};
    QMutex mutex;
    QVector<qint64> claimedIds;
    QStringList errors;
    QVector<QThread *> threads;
    QElapsedTimer timer;
    timer.start();
    for (int c = 0; c < clients; ++c) {
        threads << QThread::create([&, c]() {
            auto db = reviewers.at(c).db->url().isPostgres() ? reviewers.at(c).openAnother() : nullptr;
            if (!db) {
                db = std::make_shared<Database>(setup->url(), qEnvironmentVariable("PGPASSWORD"));
                if (auto s = db->open(); !s) {
                    QMutexLocker lock(&mutex);
                    errors << s.error().message;
                    return;
                }
            }
            AppealService service(reviewer(reviewers.at(c), db));
            QVector<qint64> mine;
            while (!stop.load()) {
                auto claimed = service.claimNext();
                if (!claimed) {
                    QMutexLocker lock(&mutex);
                    errors << claimed.error().message;
                    break;
                }
                mine << claimed->id;
                total.fetch_add(1);
            }
            db->closeThreadConnection();
            QMutexLocker lock(&mutex);
            claimedIds << mine;
        });
        threads.last()->start();
    }
    QThread::sleep(static_cast<unsigned long>(seconds));
    stop.store(true);
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
    const double elapsed = elapsedMs(timer) / 1000.0;
    const QSet<qint64> distinct(claimedIds.cbegin(), claimedIds.cend());
    QJsonObject out{{QStringLiteral("clients"), clients},
                    {QStringLiteral("seconds"), elapsed},
                    {QStringLiteral("claims"), qint64(claimedIds.size())},
                    {QStringLiteral("claims_per_second"), double(claimedIds.size()) / elapsed},
                    {QStringLiteral("handed_out_twice"), qint64(claimedIds.size() - distinct.size())}};
    if (!errors.isEmpty())
        out[QStringLiteral("errors")] = QJsonArray::fromStringList(errors.mid(0, 5));
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_appeals"));
    const Options o = parseOptions(app);
    auto url = DatabaseUrl::parse(o.url);
    if (!url)
        fail(url.error().message);
    if (url->isSqlite() && !o.keep)
        QFile::remove(url->path);
    auto db = std::make_shared<Database>(*url, qEnvironmentVariable("PGPASSWORD"));
    if (auto s = db->ensureSchema(Database::SchemaPolicy::Migrate); !s)
        fail(s.error().message);

    QJsonObject out;
    out[QStringLiteral("database")] = url->toString();
    out[QStringLiteral("driver")] = db->dialect().name();
    fillQueue(*db, o.appeals, out);
    db->closeThreadConnection(); // measure with a cold connection, as a desk starting up
    trimHeap();
    out[QStringLiteral("appeals")] = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM appeal"));
    // Everything timed runs as reviewers' own roles (PostgreSQL: masking view, claim guards).
    const StaffConnection rv = connectAsStaff(db, StaffRole::Reviewer, QStringLiteral("bench_rv0"));
    rv.db->closeThreadConnection();
    out[QStringLiteral("read_as")] = QStringLiteral("%1 (%2)").arg(rv.staff.login, staffRoleName(rv.staff.role));
    out[QStringLiteral("first_visible_page")] = firstPages(rv.db);
    out[QStringLiteral("claim_next_one_reviewer")] = claimLatency(rv, o.claims);
    rv.db->closeThreadConnection();
    out[QStringLiteral("concurrent_claims")] = concurrentClaims(db, o.clients, o.seconds);
    out[QStringLiteral("peak_memory_mb")] = procStatusMb("VmHWM:");
    std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
