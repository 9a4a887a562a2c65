// Real-name review queue benchmark: a queue of 300,000 review requests (persons, organizations, primary agents in
// every state, some bound to another account's number); the time from setQuery() to the first visible page of the
// lazy list model with a filter and the default sort (target <= 100 ms on SQLite). Prints JSON; never passes or
// fails on a timing.
//
//   bench_review_queue [--db URL] [--requests N] [--keep]
// A PostgreSQL password comes from PGPASSWORD. Without --keep an SQLite file is made afresh.
#include "BenchSupport.h"

#include "domain/Identifiers.h"
#include "items/ReviewListModel.h"
#include "store/ClaimEngine.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace desk;
using namespace desk::bench;

namespace {

struct Options
{
    QString url;
    qint64 requests = 300000;
    bool keep = false;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("IdentityDesk real-name review queue benchmark (prints JSON)"));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database URL"), QStringLiteral("URL"),
                                QStringLiteral("sqlite:") + QStringLiteral(DESK_BENCH_REVIEWS_DB));
    const QCommandLineOption requests(QStringLiteral("requests"), QStringLiteral("Review requests in the queue"),
                                      QStringLiteral("N"), QStringLiteral("300000"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Use the database as it is"));
    parser.addOptions({db, requests, keep});
    parser.process(app);
    Options o;
    o.url = parser.value(db);
    bool ok = false;
    o.requests = parser.value(requests).toLongLong(&ok);
    o.keep = parser.isSet(keep);
    if (!ok || o.requests < 1)
        fail(QStringLiteral("--requests takes a positive whole number"));
    return o;
}

QString residentId(qint64 n)
{
    const QString first17 = QStringLiteral("1101051980%1").arg(n % 10000000, 7, 10, QLatin1Char('0'));
    return first17 + ids::residentIdCheckCharacter(first17);
}

void run(Database &db, const QString &sql, const QVariantList &values)
{
    auto q = db.exec(sql, values);
    if (!q)
        fail(q.error().message);
    q->finish();
}

// One account per ten requests (a user may ask again, or several accounts share a person); every 50th request's
// number is already bound to another account, so the "bound elsewhere" filter has rows. All in one transaction,
// with plain statements: the import's document checks are not what is measured.
void fillQueue(Database &db, qint64 count, QJsonObject &out)
{
    const qint64 have = scalar(db, QStringLiteral("SELECT COUNT(*) FROM real_name_review"));
    out[QStringLiteral("requests_before")] = have;
    if (have >= count)
        return;
    QRandomGenerator rng(20261206);
    auto conn = db.connection();
    if (!conn)
        fail(conn.error().message);
    Transaction tx(db, *conn);
    if (auto s = tx.begin(); !s)
        fail(s.error().message);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString created = ClaimEngine::timeValue(now.addDays(-400));
    QElapsedTimer timer;
    timer.start();
    const qint64 accounts = (count + 9) / 10;
    const qint64 firstAccount = scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM account")) + 1;
    for (qint64 a = 0; a < accounts; ++a)
        run(db,
            QStringLiteral("INSERT INTO account (id, login, kind, name, real_name_status, account_status, origin, "
                           "created_at) VALUES (?, ?, 'person', ?, 'failed', 'active', 'platform', ?)"),
            {firstAccount + a, QStringLiteral("rnbench%1").arg(a, 6, 10, QLatin1Char('0')), QStringLiteral("张三"),
             created});
    // The holders of the numbers bound elsewhere.
    qint64 holders = 0;
    for (qint64 i = have; i < count; i += 50) {
        run(db,
            QStringLiteral("INSERT INTO account (id, login, kind, name, id_number, real_name_status, account_status, "
                           "origin, created_at, identity_region, id_type) VALUES (?, ?, 'person', ?, ?, "
                           "'verified_national', 'active', 'platform', ?, 'mainland', 'resident_id')"),
            {firstAccount + accounts + holders, QStringLiteral("rnholder%1").arg(holders, 6, 10, QLatin1Char('0')),
             QStringLiteral("李四"), residentId(i), created});
        ++holders;
    }
    static const char *types[] = {"person", "person", "person", "organization", "primary_agent"};
    for (qint64 i = have; i < count; ++i) {
        const QString type = QString::fromLatin1(types[rng.bounded(5)]);
        const int st = rng.bounded(100);
        const QString state = st < 60 ? QStringLiteral("new")
                              : st < 65 ? QStringLiteral("claimed")
                              : st < 85 ? QStringLiteral("approved")
                              : st < 98 ? QStringLiteral("rejected")
                                        : QStringLiteral("withdrawn");
        const QDateTime submitted = now.addSecs(-qint64(rng.bounded(15 * 24 * 3600)));
        const QDateTime due = submitted.addSecs(2 * 24 * 3600 + qint64(rng.bounded(2 * 24 * 3600)));
        // Organizations bind a USCC; the bound-elsewhere numbers are persons' (every 50th).
        const QString subject = type == QLatin1String("organization") && i % 50 != 0
                                    ? QStringLiteral("91110000%1").arg(i, 10, 10, QLatin1Char('0'))
                                    : residentId(i);
        const QString reqType = i % 50 == 0 ? QStringLiteral("person") : type;
        const bool claimed = state == QLatin1String("claimed");
        const bool decided = state == QLatin1String("approved") || state == QLatin1String("rejected");
        run(db,
            QStringLiteral("INSERT INTO real_name_review (id, ref, review_type, account_id, state, subject_number, "
                           "submitted_at, due_at, claimed_by, claimed_at, claim_expires_at, filed_by, decided_by, "
                           "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'importer', ?, ?)"),
            {i + 1, QStringLiteral("RN-BENCH-%1").arg(i, 7, 10, QLatin1Char('0')), reqType,
             firstAccount + (i % accounts), state, subject, ClaimEngine::timeValue(submitted),
             ClaimEngine::timeValue(due),
             claimed ? QVariant(QStringLiteral("rev%1").arg(i % 20)) : QVariant(QMetaType(QMetaType::QString)),
             claimed ? QVariant(ClaimEngine::timeValue(now)) : QVariant(QMetaType(QMetaType::QString)),
             claimed ? QVariant(ClaimEngine::timeValue(now.addSecs(1800))) : QVariant(QMetaType(QMetaType::QString)),
             decided ? QVariant(QStringLiteral("rev%1").arg(i % 20)) : QVariant(QMetaType(QMetaType::QString)),
             decided ? QVariant(ClaimEngine::timeValue(now)) : QVariant(QMetaType(QMetaType::QString))});
        if ((i + 1) % 50000 == 0)
            std::fprintf(stderr, "\r  %lld / %lld review requests", i + 1, count);
    }
    if (auto s = tx.commit(); !s)
        fail(s.error().message);
    std::fprintf(stderr, "\n");
    out[QStringLiteral("queue_filled_s")] = elapsedMs(timer) / 1000.0;
    out[QStringLiteral("bound_elsewhere")] = holders;
}

// Time from setQuery() to the first page on screen, for several filters with the default sort (due time).
QJsonObject firstPages(std::shared_ptr<Database> db)
{
    QVector<QPair<const char *, ReviewListFilter>> filters;
    ReviewListFilter waiting;
    waiting.state = QStringLiteral("new");
    filters.append({"waiting", waiting});
    ReviewListFilter organizations;
    organizations.state = QStringLiteral("new");
    organizations.type = QStringLiteral("organization");
    filters.append({"waiting_organizations", organizations});
    ReviewListFilter flagged;
    flagged.state = QStringLiteral("new");
    flagged.flaggedOnly = true;
    filters.append({"waiting_bound_elsewhere", flagged});
    ReviewListFilter mine;
    mine.state = QStringLiteral("claimed");
    mine.claimedBy = QStringLiteral("rev7");
    filters.append({"claimed_by_one_reviewer", mine});
    ReviewListFilter ref;
    ref.text = QStringLiteral("RN-BENCH-01234");
    filters.append({"ref_prefix", ref});
    ReviewListFilter login;
    login.text = QStringLiteral("rnbench001234");
    filters.append({"account_login", login});
    ReviewListFilter all;
    filters.append({"all_states", all});

    QJsonObject result;
    QVector<double> everything;
    ReviewListModel model(db);
    for (const auto &[name, filter] : std::as_const(filters)) {
        QVector<double> ms;
        for (int r = 0; r < 10; ++r) {
            QEventLoop loop;
            QObject::connect(&model, &ReviewListModel::firstPageLoaded, &loop, &QEventLoop::quit);
            QObject::connect(&model, &ReviewListModel::searchFailed, &loop, [](const QString &m) { fail(m); });
            QTimer::singleShot(60000, &loop, [] { fail(QStringLiteral("no first page within 60 s")); });
            QElapsedTimer timer;
            timer.start();
            model.setQuery(filter);
            loop.exec();
            ms << elapsedMs(timer);
        }
        QJsonObject s = stats(ms);
        s[QStringLiteral("rows_on_first_page")] = model.rowCount();
        result[QString::fromLatin1(name)] = s;
        everything << ms;
    }
    result[QStringLiteral("all_filters")] = stats(everything);
    result[QStringLiteral("target_ms")] = 100;
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_review_queue"));
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
    fillQueue(*db, o.requests, out);
    db->closeThreadConnection(); // measure with a cold connection, as a desk starting up
    trimHeap();
    out[QStringLiteral("requests")] = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM real_name_review"));
    // Read as a reviewer's own role (PostgreSQL: the masking view real_name_review_queue).
    const StaffConnection rv = connectAsStaff(db, StaffRole::Reviewer, QStringLiteral("bench_rq0"));
    rv.db->closeThreadConnection();
    out[QStringLiteral("read_as")] = QStringLiteral("%1 (%2)").arg(rv.staff.login, staffRoleName(rv.staff.role));
    out[QStringLiteral("first_visible_page")] = firstPages(rv.db);
    out[QStringLiteral("peak_memory_mb")] = procStatusMb("VmHWM:");
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
