// The merge and transfer commands of identitydesk-cli against the contract (/work/shared/contracts/merge-cli.md):
// names, JSON fields and exit codes (0 done, 3 refused by a rule, 2 bad input), signing in with --as LOGIN and the
// password on standard input (SQLite) or as the role in the URL (PostgreSQL). In-process, on SQLite and PostgreSQL.
#include "CliRun.h"
#include "MergeFixtures.h"

#include "store/Database.h"
#include "store/StaffRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using test::CliRun;

namespace {
const QString kPassword = QStringLiteral("Merge#Cli-pass1");
} // namespace

class TestMergeCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void candidates();
    void requestApproveShowUndo();
    void refusalsAndExitCodes();
    void transferRequestAndApprove();

private:
    CliRun as(const QString &login, const QStringList &args);
    QString addStaff(StaffRole role, const char *prefix);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    test::MergeSeed m_seed;
    QString m_reviewer, m_sup, m_sup2, m_agent;
};

void TestMergeCli::init()
{
    m_db = test::openTestDatabase();
    m_dir = std::make_unique<QTemporaryDir>();
    m_reviewer = addStaff(StaffRole::Reviewer, "mcli_rv");
    m_sup = addStaff(StaffRole::Supervisor, "mcli_sv");
    m_sup2 = addStaff(StaffRole::Supervisor, "mcli_sw");
    m_agent = addStaff(StaffRole::Agent, "mcli_ag");
    m_seed = test::seedMerges(*m_db);
}

void TestMergeCli::cleanup()
{
    m_dir.reset();
    m_db.reset();
}

QString TestMergeCli::addStaff(StaffRole role, const char *prefix)
{
    StaffMember m;
    m.login = test::uniqueLogin(QString::fromLatin1(prefix));
    m.displayName = m.login;
    m.role = role;
    if (const Status s = StaffRepository(*m_db).add(m, kPassword); !s)
        qFatal("adding staff failed: %s", qPrintable(s.error().message));
    return m.login;
}

CliRun TestMergeCli::as(const QString &login, const QStringList &args)
{
    DatabaseUrl url = test::lastTestDatabaseUrl();
    QStringList argv{QStringLiteral("identitydesk-cli")};
    QString input;
    if (test::usingPostgres()) {
        url.user = login;
        qputenv("PGPASSWORD", kPassword.toUtf8());
        argv << QStringLiteral("--db") << url.toString();
    } else {
        argv << QStringLiteral("--db") << url.toString() << QStringLiteral("--as") << login;
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

void TestMergeCli::candidates()
{
    const CliRun all = as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("candidates"), QStringLiteral("--json")});
    QVERIFY2(all.code == 0, qPrintable(all.err));
    const QJsonArray rows = QJsonDocument::fromJson(all.out.toUtf8()).array();
    QCOMPARE(rows.size(), 4);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("reason")).toString(), QStringLiteral("same_id_number"));
    // The holder of the binding first.
    QCOMPARE(first.value(QStringLiteral("accounts")).toArray(), (QJsonArray{QStringLiteral("dup_t"), QStringLiteral("dup_s")}));
    const CliRun one = as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("candidates"), QStringLiteral("--reason"),
                                       QStringLiteral("former_name"), QStringLiteral("--json")});
    QCOMPARE(one.code, 0);
    const QJsonArray renamed = QJsonDocument::fromJson(one.out.toUtf8()).array();
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(renamed.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("former_name"));
    const CliRun limited = as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("candidates"), QStringLiteral("--limit"),
                                           QStringLiteral("2"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(limited.out.toUtf8()).array().size(), 2);
    const CliRun counts = as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("candidates"), QStringLiteral("--counts")});
    QCOMPARE(counts.code, 0);
    QCOMPARE(counts.json().value(QStringLiteral("same_uscc")).toInt(), 1);
    QCOMPARE(as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("candidates"), QStringLiteral("--reason"),
                             QStringLiteral("same_name")})
                 .code,
             2);
}

void TestMergeCli::requestApproveShowUndo()
{
    const QString pdf = test::writeFile(m_dir->filePath(QStringLiteral("declaration.pdf")), test::minimalPdf());
    const CliRun requested = as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("request"), QStringLiteral("--source"),
                                             QStringLiteral("dup_s"), QStringLiteral("--target"), QStringLiteral("dup_t"),
                                             QStringLiteral("--reason"), QStringLiteral("registered twice"),
                                             QStringLiteral("--evidence"), pdf});
    QVERIFY2(requested.code == 0, qPrintable(requested.err));
    const QJsonObject r = requested.json();
    QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(r.value(QStringLiteral("source")).toString(), QStringLiteral("dup_s"));
    QCOMPARE(r.value(QStringLiteral("target")).toString(), QStringLiteral("dup_t"));
    QCOMPARE(r.value(QStringLiteral("requested_by")).toString(), m_reviewer);
    const QJsonObject preview = r.value(QStringLiteral("preview")).toObject();
    QCOMPARE(preview.value(QStringLiteral("delegations")).toInt(), 2);
    QCOMPARE(preview.value(QStringLiteral("projects")).toInt(), 2);
    QCOMPARE(preview.value(QStringLiteral("legacy_links")).toInt(), 1);
    QCOMPARE(preview.value(QStringLiteral("open_cases")).toInt(), 2);
    QCOMPARE(preview.value(QStringLiteral("events")).toInt(), 2);
    const QJsonObject conflict = preview.value(QStringLiteral("conflicts")).toArray().at(0).toObject();
    QCOMPARE(conflict.value(QStringLiteral("kind")).toString(), QStringLiteral("delegation"));
    QCOMPARE(conflict.value(QStringLiteral("rule")).toString(), QStringLiteral("kept the later expiry"));
    QCOMPARE(conflict.value(QStringLiteral("rows")).toArray(), QJsonArray{m_seed.d2});
    const QString id = QString::number(r.value(QStringLiteral("id")).toInteger());

    // The requester cannot approve; another supervisor can.
    const CliRun self = as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("approve"), id});
    QCOMPARE(self.code, 3);
    const CliRun approved = as(m_sup, {QStringLiteral("merge"), QStringLiteral("approve"), id});
    QVERIFY2(approved.code == 0, qPrintable(approved.err));
    QCOMPARE(approved.json().value(QStringLiteral("state")).toString(), QStringLiteral("executed"));
    QCOMPARE(approved.json().value(QStringLiteral("id")).toInteger(), id.toLongLong());
    const CliRun twice = as(m_sup2, {QStringLiteral("merge"), QStringLiteral("approve"), id});
    QCOMPARE(twice.code, 3);
    const CliRun shown = as(m_agent, {QStringLiteral("merge"), QStringLiteral("show"), id});
    QCOMPARE(shown.code, 3); // agents do not read merges
    const CliRun show = as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("show"), id});
    QVERIFY2(show.code == 0, qPrintable(show.err));
    const QJsonObject s = show.json();
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("executed"));
    QCOMPARE(s.value(QStringLiteral("requested_by")).toString(), m_reviewer);
    QCOMPARE(s.value(QStringLiteral("approved_by")).toString(), m_sup);
    QVERIFY(!s.value(QStringLiteral("requested_at")).toString().isEmpty());
    QVERIFY(!s.value(QStringLiteral("executed_at")).toString().isEmpty());
    QCOMPARE(s.value(QStringLiteral("ledger")).toObject().value(QStringLiteral("project")).toInt(), 2);
    QVERIFY(s.value(QStringLiteral("evidence_document_id")).toInteger() > 0);

    // Undo: requested by a supervisor, approved by another.
    const CliRun undo = as(m_sup, {QStringLiteral("merge"), QStringLiteral("undo"), id});
    QVERIFY2(undo.code == 0, qPrintable(undo.err));
    QCOMPARE(undo.json().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(undo.json().value(QStringLiteral("undoes")).toInteger(), id.toLongLong());
    const QString undoId = QString::number(undo.json().value(QStringLiteral("id")).toInteger());
    QCOMPARE(as(m_sup, {QStringLiteral("merge"), QStringLiteral("approve"), undoId}).code, 3);
    const CliRun undone = as(m_sup2, {QStringLiteral("merge"), QStringLiteral("approve"), undoId});
    QVERIFY2(undone.code == 0, qPrintable(undone.err));
    QCOMPARE(undone.json().value(QStringLiteral("state")).toString(), QStringLiteral("executed"));
    QCOMPARE(as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("show"), id}).json().value(QStringLiteral("state")),
             QJsonValue(QStringLiteral("undone")));
    QCOMPARE(test::scalarOf(*m_db, QStringLiteral("SELECT account_status FROM account WHERE id = ?"), {m_seed.source}),
             QStringLiteral("active"));
}

void TestMergeCli::refusalsAndExitCodes()
{
    // Bad input: 2.
    QCOMPARE(as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("request"), QStringLiteral("--source"),
                             QStringLiteral("dup_s")})
                 .code,
             2);
    QCOMPARE(as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("request"), QStringLiteral("--source"),
                             QStringLiteral("nobody"), QStringLiteral("--target"), QStringLiteral("dup_t"),
                             QStringLiteral("--reason"), QStringLiteral("x")})
                 .code,
             2);
    QCOMPARE(as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("approve"), QStringLiteral("abc")}).code, 2);
    QCOMPARE(as(m_sup, {QStringLiteral("merge"), QStringLiteral("approve"), QStringLiteral("424242")}).code, 2);
    QCOMPARE(as(m_sup, {QStringLiteral("merge"), QStringLiteral("reject"), QStringLiteral("1")}).code, 2);
    const QString notPdf = test::writeFile(m_dir->filePath(QStringLiteral("fake.pdf")), QByteArray("not a pdf"));
    QCOMPARE(as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("request"), QStringLiteral("--source"),
                             QStringLiteral("dup_s"), QStringLiteral("--target"), QStringLiteral("dup_t"),
                             QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--evidence"), notPdf})
                 .code,
             2);
    // A binding on both sides: refused by a rule, nothing recorded.
    auto q = m_db->exec(QStringLiteral("UPDATE account SET real_name_status = 'verified_manual' WHERE id = ?"),
                        {m_seed.usccA});
    QVERIFY(q.ok());
    q->finish();
    q = m_db->exec(QStringLiteral("UPDATE account SET real_name_status = 'verified_manual', uscc = NULL WHERE id = ?"),
                   {m_seed.usccB});
    QVERIFY(q.ok());
    q->finish();
    const CliRun bound = as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("request"), QStringLiteral("--source"),
                                         QStringLiteral("twin_b"), QStringLiteral("--target"), QStringLiteral("twin_a"),
                                         QStringLiteral("--reason"), QStringLiteral("twice")});
    QCOMPARE(bound.code, 3);
    QVERIFY2(bound.err.contains(QLatin1String("one real-name binding")), qPrintable(bound.err));
    QCOMPARE(test::scalarOf(*m_db, QStringLiteral("SELECT COUNT(*) FROM account_merge")), QStringLiteral("0"));
    // The wrong role: 3.
    QCOMPARE(as(m_agent, {QStringLiteral("merge"), QStringLiteral("request"), QStringLiteral("--source"),
                          QStringLiteral("dup_s"), QStringLiteral("--target"), QStringLiteral("dup_t"),
                          QStringLiteral("--reason"), QStringLiteral("x")})
                 .code,
             3);
    // Rejection with a reason.
    const CliRun r = as(m_reviewer, {QStringLiteral("merge"), QStringLiteral("request"), QStringLiteral("--source"),
                                     QStringLiteral("dup_s"), QStringLiteral("--target"), QStringLiteral("dup_t"),
                                     QStringLiteral("--reason"), QStringLiteral("twice")});
    QCOMPARE(r.code, 0);
    const QString id = QString::number(r.json().value(QStringLiteral("id")).toInteger());
    const CliRun rejected = as(m_sup, {QStringLiteral("merge"), QStringLiteral("reject"), id, QStringLiteral("--reason"),
                                       QStringLiteral("two people")});
    QVERIFY2(rejected.code == 0, qPrintable(rejected.err));
    QCOMPARE(rejected.json().value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
    QCOMPARE(rejected.json().value(QStringLiteral("id")).toInteger(), id.toLongLong());
    // Nothing to undo.
    QCOMPARE(as(m_sup, {QStringLiteral("merge"), QStringLiteral("undo"), id}).code, 3);
}

void TestMergeCli::transferRequestAndApprove()
{
    const QString pdf = test::writeFile(m_dir->filePath(QStringLiteral("declaration.pdf")), test::minimalPdf());
    const QStringList base{QStringLiteral("transfer"), QStringLiteral("request"), QStringLiteral("--from"),
                           QStringLiteral("leaver01"), QStringLiteral("--to"), QStringLiteral("colleague01"),
                           QStringLiteral("--reason"), QStringLiteral("left")};
    // No evidence, or a project that is not a number: bad input.
    QCOMPARE(as(m_reviewer, base + QStringList{QStringLiteral("--projects"), QString::number(m_seed.leaverP1)}).code, 2);
    QCOMPARE(as(m_reviewer, base + QStringList{QStringLiteral("--projects"), QStringLiteral("x1"),
                                               QStringLiteral("--evidence"), pdf})
                 .code,
             2);
    // Somebody else's project: refused by a rule.
    QCOMPARE(as(m_reviewer, base + QStringList{QStringLiteral("--projects"), QString::number(m_seed.p3),
                                               QStringLiteral("--evidence"), pdf})
                 .code,
             3);
    const CliRun r = as(m_reviewer, base + QStringList{QStringLiteral("--projects"),
                                                       QStringLiteral("%1,%2").arg(m_seed.leaverP1).arg(m_seed.leaverP2),
                                                       QStringLiteral("--evidence"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(r.json().value(QStringLiteral("preview")).toObject().value(QStringLiteral("projects")).toInt(), 2);
    const QString id = QString::number(r.json().value(QStringLiteral("id")).toInteger());
    const CliRun ok = as(m_sup, {QStringLiteral("transfer"), QStringLiteral("approve"), id});
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
    QCOMPARE(ok.json().value(QStringLiteral("state")).toString(), QStringLiteral("executed"));
    QCOMPARE(test::scalarOf(*m_db, QStringLiteral("SELECT COUNT(*) FROM project WHERE account_id = ?"), {m_seed.colleague}),
             QStringLiteral("2"));
    // Undone like a merge.
    const CliRun undo = as(m_sup2, {QStringLiteral("merge"), QStringLiteral("undo"), id});
    QCOMPARE(undo.code, 0);
    QCOMPARE(as(m_sup, {QStringLiteral("merge"), QStringLiteral("approve"),
                        QString::number(undo.json().value(QStringLiteral("id")).toInteger())})
                 .code,
             0);
    QCOMPARE(test::scalarOf(*m_db, QStringLiteral("SELECT COUNT(*) FROM project WHERE account_id = ?"), {m_seed.leaver}),
             QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestMergeCli)
#include "tst_mergecli.moc"
