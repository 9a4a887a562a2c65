// Look-up benchmark over a platform-sized account table: exact look-ups by each identifier, the first page of
// a name-prefix search, scrolling the lazy list model, and peak memory. Prints JSON; never passes or fails on
// a timing (targets on SQLite: exact p99 <= 2 ms, first page <= 30 ms, memory <= 200 MB).
//
//   bench_lookup [--db URL] [--persons N] [--organizations M] [--seed S] [--samples K] [--repeats R]
//                [--scroll ROWS]
// A PostgreSQL password comes from PGPASSWORD.
#include "BenchSupport.h"
#include "domain/LookupQuery.h"
#include "items/AccountListModel.h"
#include "store/AccountRepository.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace desk;
using namespace desk::bench;

namespace {

struct Options
{
    QString url;
    qint64 persons = 2000000;
    qint64 organizations = 500000;
    quint64 seed = 20240301;
    int samples = 2000;
    int repeats = 50;
    int scrollRows = 100000;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("IdentityDesk look-up benchmark (prints JSON)"));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database URL (sqlite:PATH or postgresql://...)"),
                                QStringLiteral("URL"),
                                QStringLiteral("sqlite:") + QStringLiteral(DESK_BENCH_DEFAULT_DB));
    const QCommandLineOption persons(QStringLiteral("persons"), QStringLiteral("Person accounts wanted"),
                                     QStringLiteral("N"), QStringLiteral("2000000"));
    const QCommandLineOption organizations(QStringLiteral("organizations"),
                                           QStringLiteral("Organization accounts wanted"), QStringLiteral("M"),
                                           QStringLiteral("500000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Demo data seed"), QStringLiteral("S"),
                                  QStringLiteral("20240301"));
    const QCommandLineOption samples(QStringLiteral("samples"), QStringLiteral("Exact look-ups per identifier kind"),
                                     QStringLiteral("K"), QStringLiteral("2000"));
    const QCommandLineOption repeats(QStringLiteral("repeats"), QStringLiteral("Repetitions of each prefix search"),
                                     QStringLiteral("R"), QStringLiteral("50"));
    const QCommandLineOption scroll(QStringLiteral("scroll"), QStringLiteral("Rows to scroll through in the model"),
                                    QStringLiteral("ROWS"), QStringLiteral("100000"));
    parser.addOptions({db, persons, organizations, seed, samples, repeats, scroll});
    parser.process(app);

    Options o;
    o.url = parser.value(db);
    bool ok = true;
    auto number = [&](const QCommandLineOption &option) {
        bool good = false;
        const qint64 value = parser.value(option).toLongLong(&good);
        ok = ok && good && value >= 0;
        return value;
    };
    o.persons = number(persons);
    o.organizations = number(organizations);
    o.seed = quint64(number(seed));
    o.samples = int(std::max<qint64>(1, number(samples)));
    o.repeats = int(std::max<qint64>(1, number(repeats)));
    o.scrollRows = int(number(scroll));
    if (!ok)
        fail(QStringLiteral("the numeric options take non-negative whole numbers"));
    return o;
}

struct Keys
{
    QStringList logins;
    QStringList usccs;
    QStringList idNumbers;
    QStringList phones;
};

// Random existing accounts, read before any timing: each identifier kind gets `samples` values.
Keys pickKeys(Database &db, int samples, quint64 seed)
{
    const qint64 minId = scalar(db, QStringLiteral("SELECT MIN(id) FROM account"));
    const qint64 maxId = scalar(db, QStringLiteral("SELECT MAX(id) FROM account"));
    QRandomGenerator rng{quint32(seed)};
    Keys keys;
    const QString sql = QStringLiteral("SELECT login, uscc, id_number, phone FROM account WHERE id >= ? ORDER BY id "
                                       "LIMIT 1");
    for (int attempt = 0; attempt < samples * 200; ++attempt) {
        if (keys.logins.size() >= samples && keys.usccs.size() >= samples && keys.idNumbers.size() >= samples &&
            keys.phones.size() >= samples)
            break;
        const qint64 id = minId + qint64(rng.bounded(double(maxId - minId + 1)));
        auto q = db.exec(sql, {QVariant(id)});
        if (!q)
            fail(q.error().message);
        if (q->next()) {
            auto take = [&](QStringList &list, int column) {
                const QString value = q->value(column).toString();
                if (!value.isEmpty() && list.size() < samples)
                    list << value;
            };
            take(keys.logins, 0);
            take(keys.usccs, 1);
            take(keys.idNumbers, 2);
            take(keys.phones, 3);
        }
        q->finish();
    }
    return keys;
}

QJsonObject timeExact(AccountRepository &repository, LookupQuery::Kind kind, const QStringList &values)
{
    QVector<double> ms;
    ms.reserve(values.size());
    int found = 0;
    for (const QString &value : values) {
        AccountSearch search;
        search.query.kind = kind;
        search.query.text = value;
        QElapsedTimer timer;
        timer.start();
        auto rows = repository.search(search, 50);
        ms << elapsedMs(timer);
        if (!rows)
            fail(rows.error().message);
        if (!rows->isEmpty())
            ++found;
    }
    QJsonObject o = stats(ms);
    o[QStringLiteral("found")] = found;
    return o;
}

QJsonObject timePrefixes(AccountRepository &repository, const QStringList &prefixes, int repeats, int pageSize)
{
    QVector<double> ms;
    QJsonObject perPrefix;
    for (const QString &prefix : prefixes) {
        AccountSearch search;
        search.query.kind = LookupQuery::Kind::Name;
        search.query.text = prefix;
        search.sort = AccountSort::Name;
        QVector<double> own;
        int rows = 0;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto page = repository.search(search, pageSize);
            own << elapsedMs(timer);
            if (!page)
                fail(page.error().message);
            rows = int(page->size());
        }
        ms << own;
        QJsonObject p = stats(own);
        p[QStringLiteral("rows")] = rows;
        perPrefix[prefix] = p;
    }
    QJsonObject o = stats(ms);
    o[QStringLiteral("prefixes")] = perPrefix;
    return o;
}

QJsonObject timeFirstPages(AccountRepository &repository, int repeats, int pageSize)
{
    QJsonObject out;
    const struct
    {
        const char *name;
        AccountSort sort;
        bool descending;
    } orders[] = {{"login", AccountSort::Login, false},
                  {"login_desc", AccountSort::Login, true},
                  {"name", AccountSort::Name, false},
                  {"name_desc", AccountSort::Name, true},
                  {"created_at", AccountSort::CreatedAt, false},
                  {"created_at_desc", AccountSort::CreatedAt, true}};
    for (const auto &order : orders) {
        AccountSearch search;
        search.sort = order.sort;
        search.descending = order.descending;
        QVector<double> ms;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto page = repository.search(search, pageSize);
            ms << elapsedMs(timer);
            if (!page)
                fail(page.error().message);
        }
        out[QLatin1String(order.name)] = stats(ms);
    }
    return out;
}

// From setSearch() to firstPageLoaded() on the GUI thread: the query plus the hop through the loader thread.
QJsonObject timeModelFirstPage(const std::shared_ptr<Database> &db, const QStringList &prefixes, int repeats)
{
    AccountListModel model(db);
    QString error;
    QEventLoop loop;
    QObject::connect(&model, &AccountListModel::firstPageLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &AccountListModel::searchFailed, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    QJsonObject out;
    QVector<double> all;
    for (const QString &prefix : prefixes) {
        AccountSearch search;
        if (!prefix.isEmpty()) {
            search.query.kind = LookupQuery::Kind::Name;
            search.query.text = prefix;
            search.sort = AccountSort::Name;
        }
        QVector<double> ms;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer timer;
            timer.start();
            model.setSearch(search);
            loop.exec();
            ms << elapsedMs(timer);
            if (!error.isEmpty())
                fail(error);
        }
        all << ms;
        out[prefix.isEmpty() ? QStringLiteral("(all accounts)") : prefix] = stats(ms);
    }
    out[QStringLiteral("overall")] = stats(all);
    return out;
}

// Scrolls the list model as a view would: fetchMore, wait for the page, read every cell of the new rows.
QJsonObject timeScroll(const std::shared_ptr<Database> &db, int wantedRows)
{
    AccountListModel model(db);
    QString error;
    QObject::connect(&model, &AccountListModel::searchFailed, [&error](const QString &message) { error = message; });
    qint64 cells = 0;
    QVector<double> pageWaits;
    QElapsedTimer total;
    QElapsedTimer pageTimer;
    QEventLoop loop;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, [&](const QModelIndex &, int first, int last) {
        pageWaits << elapsedMs(pageTimer);
        for (int row = first; row <= last; ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                if (!model.data(model.index(row, column)).isNull())
                    ++cells;
            }
        }
        loop.quit();
    });
    QObject::connect(&model, &AccountListModel::loadingChanged, &loop, [&](bool loading) {
        if (!loading)
            loop.quit();
    });
    total.start();
    pageTimer.start();
    model.setSearch(AccountSearch{});
    while (error.isEmpty()) {
        if (model.isLoading())
            loop.exec();
        if (model.rowCount() >= wantedRows || !model.canFetchMore({}) || !error.isEmpty())
            break;
        pageTimer.start();
        model.fetchMore({});
    }
    if (!error.isEmpty())
        fail(error);
    const double totalMs = elapsedMs(total);
    QJsonObject o;
    o[QStringLiteral("rows")] = model.rowCount();
    o[QStringLiteral("page_size")] = model.pageSize();
    o[QStringLiteral("cells_read")] = cells;
    o[QStringLiteral("total_ms")] = totalMs;
    o[QStringLiteral("rows_per_s")] = totalMs > 0 ? double(model.rowCount()) * 1000.0 / totalMs : 0.0;
    o[QStringLiteral("page_wait")] = stats(pageWaits);
    o[QStringLiteral("cached_pages_at_end")] = model.cachedPageCount();
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_lookup"));
    const Options o = parseOptions(app);

    auto url = DatabaseUrl::parse(o.url);
    if (!url)
        fail(url.error().message);
    auto db = std::make_shared<Database>(*url, qEnvironmentVariable("PGPASSWORD"));
    if (auto s = db->ensureSchema(Database::SchemaPolicy::Migrate); !s)
        fail(s.error().message);

    QJsonObject out;
    out[QStringLiteral("database")] = url->toString();
    out[QStringLiteral("driver")] = db->dialect().name();
    ensureData(*db, o.persons, o.organizations, o.seed, out);

    const Keys keys = pickKeys(*db, o.samples, o.seed);
    // Forgets the peak so far (the demo generation), so VmHWM covers the look-ups and the scrolling only.
    out[QStringLiteral("peak_reset")] = resetPeakMemory();

    // The timings run as a help-desk agent's own role: on PostgreSQL through the masking view and desk_find_ids.
    const StaffConnection agent = connectAsStaff(db, StaffRole::Agent, QStringLiteral("bench_agent"));
    out[QStringLiteral("read_as")] = QStringLiteral("%1 (%2)").arg(agent.staff.login, staffRoleName(agent.staff.role));
    AccountRepository repository(*agent.db);
    QJsonObject exact;
    exact[QStringLiteral("login")] = timeExact(repository, LookupQuery::Kind::Login, keys.logins);
    exact[QStringLiteral("uscc")] = timeExact(repository, LookupQuery::Kind::Uscc, keys.usccs);
    exact[QStringLiteral("id_number")] = timeExact(repository, LookupQuery::Kind::IdNumber, keys.idNumbers);
    exact[QStringLiteral("phone")] = timeExact(repository, LookupQuery::Kind::Phone, keys.phones);
    out[QStringLiteral("exact")] = exact;

    const int pageSize = 200; // the list model's default page
    QJsonObject prefix;
    prefix[QStringLiteral("page_size")] = pageSize;
    prefix[QStringLiteral("one_character")] =
        timePrefixes(repository,
                     {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
                      QStringLiteral("陈"), QStringLiteral("北"), QStringLiteral("深")},
                     o.repeats, pageSize);
    prefix[QStringLiteral("two_characters")] =
        timePrefixes(repository,
                     {QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("诸葛"), QStringLiteral("王伟"),
                      QStringLiteral("张静"), QStringLiteral("北京"), QStringLiteral("上海")},
                     o.repeats, pageSize);
    out[QStringLiteral("name_prefix_first_page")] = prefix;
    out[QStringLiteral("first_page_all_accounts")] = timeFirstPages(repository, std::max(1, o.repeats / 5), pageSize);

    out[QStringLiteral("model_first_page")] =
        timeModelFirstPage(agent.db, {QString(), QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("北京")},
                           std::max(1, o.repeats / 5));
    if (o.scrollRows > 0)
        out[QStringLiteral("model_scroll")] = timeScroll(agent.db, o.scrollRows);

    out[QStringLiteral("peak_memory_mb")] = procStatusMb("VmHWM:");
    out[QStringLiteral("rss_at_end_mb")] = procStatusMb("VmRSS:");
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
