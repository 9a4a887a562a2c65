// Merge benchmark (issue 10): the duplicate finder's first page over 2,500,000 accounts (target <= 100 ms on SQLite),
// a full count per reason, and merging an account that holds 1,000 projects and 200 delegations, then undoing it
// (request, approval that executes, undo request, approval that restores). Prints JSON; never passes or fails on a
// timing.
//
//   bench_merges [--db URL] [--accounts N] [--keep]
// Without --keep an SQLite file is made afresh. The accounts are generated in SQL: one in 200 persons shares an ID
// number with another, one in 1,000 organizations shares a USCC, one in 1,000 persons is an O4 account named by an
// organization's USCC, one in 2,000 organizations was registered again under a new name.
#include "BenchSupport.h"

#include "store/Database.h"
#include "store/MergeRepository.h"
#include "workflow/MergeService.h"
#include "workflow/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace desk;
using namespace desk::bench;

namespace {

void exec(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
    if (!q)
        fail(q.error().message);
    q->finish();
}

void generate(Database &db, qint64 n)
{
    auto conn = db.connection();
    if (!conn)
        fail(conn.error().message);
    exec(db, QStringLiteral("BEGIN"));
    // i % 5 = 0: organizations; the rest persons.
    exec(db, QStringLiteral(
                 "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ?) "
                 "INSERT INTO account (id, login, kind, name, former_name, uscc, id_number, real_name_status, created_at) "
                 "SELECT i + 100, "
                 "  CASE WHEN i % 5 = 0 THEN 'o' || i WHEN i % 1000 = 3 THEN printf('91%016d', i + 2) ELSE 'p' || i END, "
                 "  CASE WHEN i % 5 = 0 THEN 'organization' ELSE 'person' END, "
                 "  CASE WHEN i % 5 = 0 THEN '公司' || i ELSE '张' || i END, "
                 "  CASE WHEN i % 5 = 0 AND i % 2000 = 20 THEN '公司' || (i - 5) END, "
                 "  CASE WHEN i % 5 = 0 THEN printf('91%016d', CASE WHEN i % 1000 = 10 THEN i - 5 ELSE i END) END, "
                 "  CASE WHEN i % 5 <> 0 THEN printf('11%016d', CASE WHEN i % 200 = 2 THEN i - 1 ELSE i END) END, "
                 "  CASE WHEN i % 200 = 1 THEN 'verified_national' ELSE 'unverified' END, "
                 "  '2024-01-01T00:00:00.000Z' FROM seq"),
         {n});
    exec(db, QStringLiteral("COMMIT"));
    exec(db, QStringLiteral("ANALYZE"));
}

struct Timed
{
    double ms = 0;
    qint64 entries = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_merges"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("IdentityDesk merge benchmark (prints JSON)"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database URL"), QStringLiteral("URL"),
                                      QStringLiteral("sqlite:") + QStringLiteral(DESK_BENCH_MERGES_DB));
    const QCommandLineOption accountsOption(QStringLiteral("accounts"), QStringLiteral("Accounts to generate"),
                                            QStringLiteral("N"), QStringLiteral("2500000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Use the database as it is"));
    parser.addOptions({dbOption, accountsOption, keepOption});
    parser.process(app);
    bool ok = false;
    const qint64 n = parser.value(accountsOption).toLongLong(&ok);
    if (!ok || n < 1000)
        fail(QStringLiteral("--accounts takes a whole number of at least 1000"));
    auto url = DatabaseUrl::parse(parser.value(dbOption));
    if (!url)
        fail(url.error().message);
    if (!url->isSqlite())
        fail(QStringLiteral("this benchmark generates its data with SQLite's SQL; give an SQLite URL"));
    if (!parser.isSet(keepOption))
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(url->path + QString::fromLatin1(suffix));
    auto db = std::make_shared<Database>(*url);
    if (auto s = db->ensureSchema(Database::SchemaPolicy::Migrate); !s)
        fail(s.error().message);
    QJsonObject out;
    QElapsedTimer timer;
    if (scalar(*db, QStringLiteral("SELECT COUNT(*) FROM account")) == 0) {
        std::fprintf(stderr, "bench_merges: generating %lld accounts...\n", static_cast<long long>(n));
        timer.start();
        generate(*db, n);
        out.insert(QStringLiteral("generated_s"), elapsedMs(timer) / 1000.0);
    }
    out.insert(QStringLiteral("accounts"), scalar(*db, QStringLiteral("SELECT COUNT(*) FROM account")));
    db->closeThreadConnection(); // a cold connection, as a desk opening the page

    // The finder's first page (50 entries), for all reasons and for each; the first run on a fresh connection.
    MergeRepository repo(*db);
    QJsonObject firstPage;
    for (const QString &reason : QStringList{QString()} + MergeRepository::reasons()) {
        QVector<double> runs;
        qint64 entries = 0;
        for (int i = 0; i < 5; ++i) {
            timer.start();
            auto page = repo.candidates(reason, std::nullopt, 50);
            runs << elapsedMs(timer);
            if (!page)
                fail(page.error().message);
            entries = page->size();
        }
        QJsonObject o{{QStringLiteral("first_ms"), runs.first()}, {QStringLiteral("entries"), entries}};
        o.insert(QStringLiteral("warm"), stats(runs.mid(1)));
        firstPage.insert(reason.isEmpty() ? QStringLiteral("all") : reason, o);
    }
    // The next page by keyset, from the middle of the same_id_number groups.
    {
        auto page = repo.candidates(QStringLiteral("same_id_number"), std::nullopt, 500);
        if (!page || page->isEmpty())
            fail(QStringLiteral("no same_id_number groups"));
        const CandidateKey after{QStringLiteral("same_id_number"), page->constLast().key};
        timer.start();
        auto next = repo.candidates(QStringLiteral("same_id_number"), after, 50);
        firstPage.insert(QStringLiteral("next_page_ms"), elapsedMs(timer));
        if (!next)
            fail(next.error().message);
    }
    out.insert(QStringLiteral("finder_page_50"), firstPage);
    timer.start();
    auto counts = repo.candidateCounts();
    out.insert(QStringLiteral("count_per_reason_ms"), elapsedMs(timer));
    if (!counts)
        fail(counts.error().message);
    QJsonObject countJson;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        countJson.insert(it.key(), it.value());
    out.insert(QStringLiteral("counts"), countJson);

    // An account holding 1,000 projects and 200 delegations (50 of them for a business system the target already
    // holds from the same organization: conflicts), merged into another, then undone.
    for (const char *login : {"bench_rev", "bench_sup1", "bench_sup2"}) {
        auto q = db->exec(QStringLiteral("INSERT OR IGNORE INTO staff (login, display_name, role, active, created_at) "
                                         "VALUES (?, ?, ?, 1, '2024-01-01T00:00:00.000Z')"),
                          {QString::fromLatin1(login), QString::fromLatin1(login),
                           QString::fromLatin1(login).contains(QLatin1String("sup")) ? QStringLiteral("supervisor")
                                                                                     : QStringLiteral("reviewer")});
        if (!q)
            fail(q.error().message);
        q->finish();
    }
    const QString suffix = QString::number(QDateTime::currentMSecsSinceEpoch());
    exec(*db, QStringLiteral("INSERT INTO account (login, kind, name, created_at) VALUES (?, 'person', '源账号', "
                             "'2024-01-01T00:00:00.000Z'), (?, 'person', '目标账号', '2024-01-01T00:00:00.000Z')"),
         {QString(QStringLiteral("bench_src_") + suffix), QString(QStringLiteral("bench_tgt_") + suffix)});
    const qint64 src = scalar(*db, QStringLiteral("SELECT id FROM account WHERE login = 'bench_src_%1'").arg(suffix));
    const qint64 tgt = scalar(*db, QStringLiteral("SELECT id FROM account WHERE login = 'bench_tgt_%1'").arg(suffix));
    exec(*db, QStringLiteral("BEGIN"));
    exec(*db, QStringLiteral("WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < 1000) "
                             "INSERT INTO project (account_id, business_system_id, reference, title, status, created_at) "
                             "SELECT ?, 1 + i % 5, 'B-' || i, '项目' || i, 'active', '2025-01-01T00:00:00.000Z' FROM seq"),
         {src});
    exec(*db, QStringLiteral("WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < 200) "
                             "INSERT INTO delegation (organization_id, person_id, business_system_id, role, granted_at, "
                             "expires_at) SELECT 100 + 5 * i, ?, 1, 'handler', '2025-01-01T00:00:00.000Z', "
                             "'2027-01-01T00:00:00.000Z' FROM seq"),
         {src});
    exec(*db, QStringLiteral("WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < 50) "
                             "INSERT INTO delegation (organization_id, person_id, business_system_id, role, granted_at, "
                             "expires_at) SELECT 100 + 5 * i, ?, 1, 'admin', '2025-01-01T00:00:00.000Z', "
                             "'2026-06-01T00:00:00.000Z' FROM seq"),
         {tgt});
    exec(*db, QStringLiteral("COMMIT"));
    const auto session = [&](const char *login, StaffRole role) {
        StaffMember m;
        m.login = QString::fromLatin1(login);
        m.displayName = m.login;
        m.role = role;
        return std::make_shared<Session>(db, m, m.login);
    };
    MergeService rev(session("bench_rev", StaffRole::Reviewer));
    MergeService sup1(session("bench_sup1", StaffRole::Supervisor));
    MergeService sup2(session("bench_sup2", StaffRole::Supervisor));
    QJsonObject merge;
    timer.start();
    auto requested = rev.requestMerge(QStringLiteral("merge"), QStringLiteral("bench_src_") + suffix,
                                      QStringLiteral("bench_tgt_") + suffix, QStringLiteral("benchmark"), std::nullopt);
    merge.insert(QStringLiteral("request_with_preview_ms"), elapsedMs(timer));
    if (!requested)
        fail(requested.error().message);
    QJsonObject preview = requested->preview;
    int conflictRows = 0;
    for (const QJsonValue &c : preview.value(QStringLiteral("conflicts")).toArray())
        conflictRows += int(c.toObject().value(QStringLiteral("rows")).toArray().size());
    preview.insert(QStringLiteral("conflicts"), conflictRows); // rows revoked by "kept the later expiry"
    merge.insert(QStringLiteral("preview"), preview);
    timer.start();
    auto executed = sup1.approve(requested->id);
    merge.insert(QStringLiteral("approve_execute_ms"), elapsedMs(timer));
    if (!executed)
        fail(executed.error().message);
    merge.insert(QStringLiteral("ledger_rows"),
                 scalar(*db, QStringLiteral("SELECT COUNT(*) FROM merge_ledger WHERE request_id = %1").arg(requested->id)));
    timer.start();
    auto undo = sup1.requestUndo(requested->id, QStringLiteral("benchmark"));
    merge.insert(QStringLiteral("undo_request_ms"), elapsedMs(timer));
    if (!undo)
        fail(undo.error().message);
    timer.start();
    auto undone = sup2.approve(undo->id);
    merge.insert(QStringLiteral("undo_execute_ms"), elapsedMs(timer));
    if (!undone)
        fail(undone.error().message);
    merge.insert(QStringLiteral("projects_back_on_source"),
                 scalar(*db, QStringLiteral("SELECT COUNT(*) FROM project WHERE account_id = %1").arg(src)));
    out.insert(QStringLiteral("merge_1000_projects_200_delegations"), merge);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
