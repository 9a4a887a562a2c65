// The review commands of identitydesk-cli against the contract (/work/shared/contracts/review-cli.md): names, JSON
// fields and exit codes, signing in with --as LOGIN and the password on standard input (SQLite) or as the role in
// the URL (PostgreSQL). In-process, on SQLite and PostgreSQL.
#include "CliRun.h"
#include "ReviewFixtures.h"
#include "TestData.h"
#include "TestDatabase.h"

#include "store/Database.h"
#include "store/StaffRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using test::CliRun;

namespace {
const QString kPassword = QStringLiteral("Rev1ew#Cli-pass");
} // namespace

class TestReviewCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void importListClaimShowDecide();
    void refusalsAndExitCodes();
    void rejectWithCodesAndText();
    void badInput();

private:
    // identitydesk-cli as staff member `login` (empty: as the command-line identity, an administrator).
    CliRun as(const QString &login, const QStringList &args, const QString &stdinText = {});
    QString addStaff(StaffRole role, const char *prefix);
    CliRun importFile(const QJsonArray &entries);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_reviewer;
    QString m_reviewer2;
    QString m_agent;
    const QString m_id = test::residentId("11010519491231002");
};

void TestReviewCli::init()
{
    m_db = test::openTestDatabase();
    m_dir = std::make_unique<QTemporaryDir>();
    m_reviewer = addStaff(StaffRole::Reviewer, "cli_rv");
    m_reviewer2 = addStaff(StaffRole::Reviewer, "cli_rw");
    m_agent = addStaff(StaffRole::Agent, "cli_ag");
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("zhangsan88"), QStringLiteral("person"),
                                                 QStringLiteral("张三")));
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("lisi99"), QStringLiteral("person"),
                                                 QStringLiteral("李四")));
}

void TestReviewCli::cleanup()
{
    m_dir.reset();
    m_db.reset();
}

QString TestReviewCli::addStaff(StaffRole role, const char *prefix)
{
    StaffMember m;
    m.login = test::uniqueLogin(QString::fromLatin1(prefix));
    m.displayName = m.login;
    m.role = role;
    if (const Status s = StaffRepository(*m_db).add(m, kPassword); !s)
        qFatal("adding staff failed: %s", qPrintable(s.error().message));
    return m.login;
}

CliRun TestReviewCli::as(const QString &login, const QStringList &args, const QString &stdinText)
{
    if (login.isEmpty())
        return test::runCli(test::lastTestDatabaseUrl(), args);
    DatabaseUrl url = test::lastTestDatabaseUrl();
    QStringList argv{QStringLiteral("identitydesk-cli")};
    QString input = stdinText;
    if (test::usingPostgres()) {
        url.user = login;
        qputenv("PGPASSWORD", kPassword.toUtf8());
        argv << QStringLiteral("--db") << url.toString();
    } else {
        argv << QStringLiteral("--db") << url.toString() << QStringLiteral("--as") << login;
        if (input.isNull())
            input = kPassword + QLatin1Char('\n');
    }
    argv += args;
    CliRun run;
    QTextStream o(&run.out), e(&run.err), in(&input);
    run.code = cli::run(argv, o, e, &in);
    o.flush();
    e.flush();
    return run;
}

CliRun TestReviewCli::importFile(const QJsonArray &entries)
{
    const QString file = m_dir->filePath(QStringLiteral("requests.json"));
    test::writeFile(file, QJsonDocument(QJsonObject{{QStringLiteral("requests"), entries}}).toJson());
    return as({}, {QStringLiteral("review"), QStringLiteral("import"), file, QStringLiteral("--files"), m_dir->path()});
}

void TestReviewCli::importListClaimShowDecide()
{
    const QJsonArray docs = test::writeDocuments(
        m_dir->path(), QStringLiteral("RN-2026-000123"),
        {{QStringLiteral("id_front"), test::encoded(test::patternImage(123), "JPG")},
         {QStringLiteral("id_back"), test::encoded(test::patternImage(124), "PNG")}});
    const CliRun imported = importFile({test::personEntry(QStringLiteral("RN-2026-000123"), QStringLiteral("zhangsan88"),
                                                          test::personFields(m_id, "female", "1949-12-31"), docs)});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    const QJsonObject report = imported.json();
    for (const char *key : {"entries", "recorded", "duplicates", "resubmitted", "refused", "document_refusals"})
        QVERIFY2(report.contains(QLatin1String(key)), key);
    QCOMPARE(report.value(QStringLiteral("recorded")).toInt(), 1);
    // Again: a duplicate, nothing changes.
    const CliRun again = importFile({test::personEntry(QStringLiteral("RN-2026-000123"), QStringLiteral("zhangsan88"),
                                                       test::personFields(m_id, "female", "1949-12-31"), docs)});
    QCOMPARE(again.code, 0);
    QCOMPARE(again.json().value(QStringLiteral("duplicates")).toInt(), 1);

    const CliRun listed = as(m_agent, {QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.code == 0, qPrintable(listed.err));
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.at(0).toObject();
    for (const char *key : {"id", "ref", "type", "login", "state", "due_at"})
        QVERIFY2(row.contains(QLatin1String(key)), key);
    QCOMPARE(row.value(QStringLiteral("ref")).toString(), QStringLiteral("RN-2026-000123"));
    QCOMPARE(row.value(QStringLiteral("type")).toString(), QStringLiteral("person"));
    QCOMPARE(row.value(QStringLiteral("login")).toString(), QStringLiteral("zhangsan88"));
    QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("new"));
    const QString id = QString::number(row.value(QStringLiteral("id")).toInteger());
    QCOMPARE(as(m_agent, {QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--state"),
                          QStringLiteral("claimed"), QStringLiteral("--json")})
                 .out.trimmed(),
             QStringLiteral("[\n]"));

    const CliRun claimed = as(m_reviewer, {QStringLiteral("review"), QStringLiteral("claim"), QStringLiteral("--next")});
    QVERIFY2(claimed.code == 0, qPrintable(claimed.err));
    QCOMPARE(claimed.json().value(QStringLiteral("id")).toInteger(), id.toLongLong());
    QCOMPARE(claimed.json().value(QStringLiteral("ref")).toString(), QStringLiteral("RN-2026-000123"));
    QCOMPARE(claimed.json().value(QStringLiteral("claimed_by")).toString(), m_reviewer);
    QVERIFY(!claimed.json().value(QStringLiteral("claim_expires_at")).toString().isEmpty());

    // show by ref: masked fields, documents, every check of a person.
    const CliRun shown = as(m_agent, {QStringLiteral("review"), QStringLiteral("show"), QStringLiteral("RN-2026-000123")});
    QVERIFY2(shown.code == 0, qPrintable(shown.err));
    const QJsonObject show = shown.json();
    for (const char *key : {"id", "ref", "type", "login", "state", "fields", "documents", "checks"})
        QVERIFY2(show.contains(QLatin1String(key)), key);
    QCOMPARE(show.value(QStringLiteral("state")).toString(), QStringLiteral("claimed"));
    QCOMPARE(show.value(QStringLiteral("fields")).toObject().value(QStringLiteral("id_number")).toString(),
             QStringLiteral("110************02X").left(3) + QString(12, QLatin1Char('*')) + m_id.right(3));
    QVERIFY(!shown.out.contains(m_id));
    QVERIFY(!shown.out.contains(QStringLiteral("13912345678")));
    const QJsonArray documents = show.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 2);
    for (const QJsonValue &d : documents)
        for (const char *key : {"id", "kind", "sha256", "size"})
            QVERIFY2(d.toObject().contains(QLatin1String(key)), key);
    QStringList checks;
    for (const QJsonValue &c : show.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject o = c.toObject();
        QVERIFY(o.contains(QStringLiteral("ok")) && o.contains(QStringLiteral("message")));
        QVERIFY2(o.value(QStringLiteral("ok")).toBool(), qPrintable(o.value(QStringLiteral("message")).toString()));
        checks << o.value(QStringLiteral("check")).toString();
    }
    checks.sort();
    QCOMPARE(checks, test::strings({"age", "already_bound", "birth_date", "id_check_digit", "id_validity",
                                    "image_reused", "sex"}));

    const CliRun decided = as(m_reviewer, {QStringLiteral("review"), QStringLiteral("decide"), id,
                                           QStringLiteral("--approve")});
    QVERIFY2(decided.code == 0, qPrintable(decided.err));
    const QJsonObject outcome = decided.json();
    QCOMPARE(outcome.value(QStringLiteral("id")).toInteger(), id.toLongLong());
    QCOMPARE(outcome.value(QStringLiteral("ref")).toString(), QStringLiteral("RN-2026-000123"));
    QCOMPARE(outcome.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(outcome.value(QStringLiteral("account_login")).toString(), QStringLiteral("zhangsan88"));
    QCOMPARE(outcome.value(QStringLiteral("real_name_status")).toString(), QStringLiteral("verified_manual"));
    // The queue is empty now.
    QCOMPARE(as(m_reviewer2, {QStringLiteral("review"), QStringLiteral("claim"), QStringLiteral("--next")}).code, 1);
}

void TestReviewCli::refusalsAndExitCodes()
{
    // zhangsan88 holds the binding already; lisi99 asks for the same number.
    auto q = m_db->exec(QStringLiteral("UPDATE account SET id_number = ?, real_name_status = 'verified_national' "
                                       "WHERE login = 'zhangsan88'"),
                        {m_id});
    QVERIFY(q.ok());
    q->finish();
    QCOMPARE(importFile({test::personEntry(QStringLiteral("RN-9"), QStringLiteral("lisi99"),
                                           test::personFields(m_id, "female", "1949-12-31"), {})})
                 .code,
             0);
    const QStringList claim{QStringLiteral("review"), QStringLiteral("claim"), QStringLiteral("RN-9")};
    // The wrong role, and the command-line identity without --as (SQLite), are refused by a rule.
    QCOMPARE(as(m_agent, claim).code, 3);
    if (!test::usingPostgres())
        QCOMPARE(as({}, claim).code, 3);
    QCOMPARE(as(m_reviewer, claim).code, 0);
    // Held by someone else.
    const CliRun held = as(m_reviewer2, claim);
    QCOMPARE(held.code, 3);
    QVERIFY(held.err.contains(m_reviewer));
    QCOMPARE(as(m_reviewer2, {QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("RN-9"),
                              QStringLiteral("--approve")})
                 .code,
             3);
    // Already bound: refused, naming the holder.
    const CliRun bound = as(m_reviewer, {QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("RN-9"),
                                         QStringLiteral("--approve")});
    QCOMPARE(bound.code, 3);
    QVERIFY2(bound.err.contains(QStringLiteral("zhangsan88")), qPrintable(bound.err));
    const CliRun shown = as(m_reviewer, {QStringLiteral("review"), QStringLiteral("show"), QStringLiteral("RN-9")});
    bool flagged = false;
    for (const QJsonValue &c : shown.json().value(QStringLiteral("checks")).toArray())
        if (c.toObject().value(QStringLiteral("check")).toString() == QLatin1String("already_bound")) {
            flagged = !c.toObject().value(QStringLiteral("ok")).toBool();
            QCOMPARE(c.toObject().value(QStringLiteral("holder")).toString(), QStringLiteral("zhangsan88"));
        }
    QVERIFY(flagged);
    if (!test::usingPostgres()) {
        // A wrong password signs nobody in.
        QVERIFY(as(m_reviewer, claim, QStringLiteral("wrong\n")).code != 0);
    }
}

void TestReviewCli::rejectWithCodesAndText()
{
    QCOMPARE(importFile({test::personEntry(QStringLiteral("RN-10"), QStringLiteral("lisi99"),
                                           test::personFields(m_id, "female", "1949-12-31"), {})})
                 .code,
             0);
    QCOMPARE(as(m_reviewer, {QStringLiteral("review"), QStringLiteral("claim"), QStringLiteral("--next")}).code, 0);
    const CliRun rejected = as(m_reviewer, {QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("RN-10"),
                                            QStringLiteral("--reject"), QStringLiteral("not_signed,unclear_image"),
                                            QStringLiteral("--text"), QStringLiteral("请在复印件上签字")});
    QVERIFY2(rejected.code == 0, qPrintable(rejected.err));
    QCOMPARE(rejected.json().value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
    QCOMPARE(rejected.json().value(QStringLiteral("real_name_status")).toString(), QStringLiteral("failed"));
    const CliRun listed = as(m_agent, {QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--state"),
                                       QStringLiteral("rejected"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 1);
}

void TestReviewCli::badInput()
{
    QCOMPARE(importFile({test::personEntry(QStringLiteral("RN-11"), QStringLiteral("lisi99"),
                                           test::personFields(m_id, "female", "1949-12-31"), {})})
                 .code,
             0);
    // A malformed entry: exit 2, its index and ref reported, the others recorded.
    QString wrong = m_id;
    wrong[17] = m_id.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    const CliRun refused = importFile({test::personEntry(QStringLiteral("RN-12"), QStringLiteral("lisi99"),
                                                         test::personFields(wrong, "female", "1949-12-31"), {}),
                                       test::personEntry(QStringLiteral("RN-13"), QStringLiteral("lisi99"),
                                                         test::personFields(m_id, "female", "1949-12-31"), {})});
    QCOMPARE(refused.code, 2);
    const QJsonArray problems = refused.json().value(QStringLiteral("refused")).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).toObject().value(QStringLiteral("index")).toInt(), 0);
    QCOMPARE(problems.at(0).toObject().value(QStringLiteral("ref")).toString(), QStringLiteral("RN-12"));
    QVERIFY(!problems.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());
    QCOMPARE(refused.json().value(QStringLiteral("recorded")).toInt(), 1);
    // Not JSON of this shape.
    const QString broken = test::writeFile(m_dir->filePath(QStringLiteral("broken.json")), "{\"nope\": 1}");
    QCOMPARE(as({}, {QStringLiteral("review"), QStringLiteral("import"), broken}).code, 2);
    QCOMPARE(as(m_reviewer, {QStringLiteral("review"), QStringLiteral("claim"), QStringLiteral("RN-11")}).code, 0);
    // A reason code that is not a template, neither --approve nor --reject, an unknown request: bad input.
    QCOMPARE(as(m_reviewer, {QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("RN-11"),
                             QStringLiteral("--reject"), QStringLiteral("bogus")})
                 .code,
             2);
    QCOMPARE(as(m_reviewer, {QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("RN-11")}).code, 2);
    QCOMPARE(as(m_reviewer, {QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("RN-404"),
                             QStringLiteral("--approve")})
                 .code,
             2);
    QCOMPARE(as(m_agent, {QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--state"),
                          QStringLiteral("pending")})
                 .code,
             2);
}

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
