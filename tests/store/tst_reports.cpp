// The reports on fixed data, on SQLite and PostgreSQL: every figure against a hand-computed expectation, who may
// run which report, masked and unmasked exports (audited with the row count), a cancelled export, the CLI's
// `report list` and `report run`, and the supervisors' SMS outbox with its audited requeue. On PostgreSQL the
// functions of 007_reports.sql are also tried as each staff role with plain SQL.
#include "CliCommands.h"
#include "ExportReaders.h"
#include "PgRoleConnections.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "report/ReportChart.h"
#include "report/ReportService.h"
#include "report/RowSource.h"
#include "report/SmsOutboxService.h"
#include "store/StaffRepository.h"
#include "workflow/Session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>

using namespace desk;

namespace {

const QString kPassword = QStringLiteral("Report#2026pw");
const QString kIdNumber = QStringLiteral("11010519491231002X");
const QString kPhone = QStringLiteral("13912345678");

QString t(const char *iso)
{
    return QString::fromUtf8(iso);
}

// The rows of a report as text, one line per row, cells joined by '|'; numbers without a needless ".0".
QStringList lines(const QVector<ExportRow> &rows)
{
    QStringList out;
    for (const ExportRow &row : rows) {
        QStringList cells;
        for (const QVariant &v : row) {
            if (v.isNull())
                cells << QStringLiteral("-");
            else if (v.typeId() == QMetaType::Double)
                cells << QString::number(v.toDouble(), 'f', 1);
            else
                cells << v.toString();
        }
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void catalogueListsTheContractsReports();
    void backlog();
    void backlogOfOneQueue();
    void sla();
    void throughput();
    void reasons();
    void migration();
    void calls();
    void qa();
    void whoMayRunWhat();
    void figuresOfSeveralReportsAtOnce();
    void maskedCsvExport();
    void unmaskedExportIsAuditedWithTheRowCount();
    void xlsxAndPdfExportsOfAReport();
    void pdfsOfAggregateReportsOpenWithTheirChart();
    void cancelledExportLeavesNoFile();
    void listExportWritesEveryBatchAndIsAudited();
    void listExportRefusedFailedOrCancelledLeavesNoFile();
    void cliListAndRun();
    void cliExitCodes();
    void outboxListAndRequeue();
    void auditLogExport();
    void pgFunctionsRefuseOtherRoles();
    void csvFastPathWritesWhatTheGenericPathWrites();
    void csvExportCancelledMidwayLeavesNoFile();

private:
    void exec(const QString &sql, const QVariantList &values = {});
    qint64 insertId(const QString &sql, const QVariantList &values);
    StaffMember addStaff(StaffRole role, const char *prefix);
    std::shared_ptr<Session> signIn(const StaffMember &m);
    ReportParams params() const;
    QStringList figures(const char *report, ReportParams p);
    struct Cli
    {
        int code = 0;
        QString out, err;
        QJsonValue json() const { return QJsonDocument::fromJson(out.toUtf8()).isArray()
                                             ? QJsonValue(QJsonDocument::fromJson(out.toUtf8()).array())
                                             : QJsonValue(QJsonDocument::fromJson(out.toUtf8()).object()); }
    };
    Cli cli(const StaffMember &as, QStringList args);

    std::unique_ptr<Database> m_db;
    StaffMember m_agent, m_reviewer, m_supervisor, m_admin;
    std::shared_ptr<Session> m_agentSession, m_supervisorSession, m_adminSession;
    qint64 m_failedSms = 0;
    qint64 m_sentSms = 0;
    QTemporaryDir m_dir;
};

void TestReports::exec(const QString &sql, const QVariantList &values)
{
    auto q = m_db->exec(sql, values);
    if (!q)
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().message));
    q->finish();
}

qint64 TestReports::insertId(const QString &sql, const QVariantList &values)
{
    auto q = m_db->exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!q || !q->next())
        qFatal("%s: %s", qPrintable(sql), q ? "no id" : qPrintable(q.error().message));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

StaffMember TestReports::addStaff(StaffRole role, const char *prefix)
{
    StaffMember m;
    m.login = test::uniqueLogin(QString::fromLatin1(prefix));
    m.displayName = QStringLiteral("报表测试 %1").arg(m.login);
    m.role = role;
    if (const Status s = StaffRepository(*m_db).add(m, kPassword); !s)
        qFatal("adding staff failed: %s", qPrintable(s.error().message));
    return m;
}

std::shared_ptr<Session> TestReports::signIn(const StaffMember &m)
{
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), m.login, kPassword);
    if (!session)
        qFatal("sign-in failed: %s", qPrintable(session.error().message));
    return *session;
}

ReportParams TestReports::params() const
{
    ReportParams p;
    p.from = QDate(2026, 11, 16);
    p.to = QDate(2026, 12, 4);
    p.now = QDateTime::fromString(t("2026-12-04T02:00:00.000Z"), Qt::ISODateWithMs); // Friday 10:00 China time
    return p;
}

QStringList TestReports::figures(const char *report, ReportParams p)
{
    auto rows = ReportService(m_supervisorSession).figures(QString::fromLatin1(report), p);
    if (!rows)
        qFatal("%s: %s", report, qPrintable(rows.error().message));
    return lines(*rows);
}

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::openTestDatabase();
    m_agent = addStaff(StaffRole::Agent, "rpt_ag");
    m_reviewer = addStaff(StaffRole::Reviewer, "rpt_rv");
    m_supervisor = addStaff(StaffRole::Supervisor, "rpt_sv");
    m_admin = addStaff(StaffRole::Administrator, "rpt_ad");

    // Appeals (times UTC; China is 8 hours ahead). The range is 2026-11-16 .. 2026-12-04, now Fri 12-04 10:00.
    const QString appeal = QStringLiteral(
        "INSERT INTO appeal (external_ref, appeal_type, state, applicant_name, id_number, phone, submitted_at, due_at, "
        "claimed_by, decided_by, decided_at, reason_code, decision_reason) VALUES (?, 'person_recovery', ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?)");
    const QVariant null;
    auto addAppeal = [&](const char *ref, const char *state, const QString &name, const char *submitted,
                         const char *due, const char *claimedBy, const char *decidedBy, const char *decidedAt,
                         const char *reason) {
        exec(appeal, {t(ref), t(state), name, kIdNumber, kPhone, t(submitted), due ? QVariant(t(due)) : null,
                      claimedBy ? QVariant(t(claimedBy)) : null, decidedBy ? QVariant(t(decidedBy)) : null,
                      decidedAt ? QVariant(t(decidedAt)) : null, reason ? QVariant(t(reason)) : null,
                      decidedBy ? QVariant(QStringLiteral("决定")) : null});
    };
    addAppeal("A1", "approved", QStringLiteral("张三"), "2026-11-24T01:00:00.000Z", "2026-11-26T01:00:00.000Z",
              nullptr, "rev1", "2026-11-25T03:00:00.000Z", nullptr);
    addAppeal("A2", "rejected", QStringLiteral("=HYPERLINK(\"http://x\")"), "2026-11-24T02:00:00.000Z",
              "2026-11-26T02:00:00.000Z", nullptr, "rev1", "2026-11-27T02:00:00.000Z", "unclear_image");
    addAppeal("A3", "rejected", QStringLiteral("李四"), "2026-11-30T01:00:00.000Z", "2026-12-02T01:00:00.000Z",
              nullptr, "rev2", "2026-12-01T20:00:00.000Z", "not_signed");
    addAppeal("A4", "new", QStringLiteral("王五"), "2026-12-01T01:00:00.000Z", "2026-12-03T01:00:00.000Z", nullptr,
              nullptr, nullptr, nullptr);
    addAppeal("A5", "claimed", QStringLiteral("赵六"), "2026-12-03T03:00:00.000Z", "2026-12-07T03:00:00.000Z",
              "rev2", nullptr, nullptr, nullptr);
    addAppeal("A6", "waiting_for_user", QStringLiteral("钱七"), "2026-11-20T01:00:00.000Z", nullptr, nullptr,
              nullptr, nullptr, nullptr);
    addAppeal("A7", "new", QStringLiteral("孙八"), "2026-10-01T01:00:00.000Z", "2026-10-09T01:00:00.000Z", nullptr,
              nullptr, nullptr, nullptr);

    // Real-name reviews, their submissions and decisions; QA samples.
    const qint64 account = test::insertAccount(*m_db, test::accountSeed(QStringLiteral("rpt_person"),
                                                                         QStringLiteral("person"), QStringLiteral("周九")));
    const qint64 source = test::insertAccount(*m_db, test::accountSeed(QStringLiteral("rpt_source"),
                                                                        QStringLiteral("person"), QStringLiteral("周九")));
    auto addReview = [&](const char *ref, const char *state, const char *submitted, const char *due,
                         const char *decidedBy, const char *decidedAt) {
        const qint64 id = insertId(
            QStringLiteral("INSERT INTO real_name_review (ref, review_type, account_id, state, subject_number, "
                           "submitted_at, due_at, decided_by, decided_at) VALUES (?, 'person', ?, ?, ?, ?, ?, ?, ?)"),
            {t(ref), account, t(state), kIdNumber, t(submitted), t(due), decidedBy ? QVariant(t(decidedBy)) : null,
             decidedAt ? QVariant(t(decidedAt)) : null});
        const qint64 sub = insertId(
            QStringLiteral("INSERT INTO real_name_submission (review_id, seq, submitted_at, fields_json, id_number, "
                           "phone, checks_json) VALUES (?, 1, ?, '{}', ?, ?, '[]')"),
            {id, t(submitted), kIdNumber, kPhone});
        exec(QStringLiteral("UPDATE real_name_review SET current_submission_id = ? WHERE id = ?"), {sub, id});
        return std::pair{id, sub};
    };
    auto decide = [&](std::pair<qint64, qint64> review, const char *outcome, const char *codes, const char *by,
                      const char *at) {
        return insertId(QStringLiteral("INSERT INTO real_name_decision (review_id, submission_id, outcome, "
                                       "reason_codes, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)"),
                        {review.first, review.second, t(outcome), codes ? QVariant(t(codes)) : null, t(by), t(at)});
    };
    addReview("R1", "new", "2026-12-02T01:00:00.000Z", "2026-12-04T01:00:00.000Z", nullptr, nullptr);
    const auto r2 = addReview("R2", "approved", "2026-11-24T01:00:00.000Z", "2026-11-26T01:00:00.000Z", "rev2",
                              "2026-11-25T05:00:00.000Z");
    const auto r3 = addReview("R3", "rejected", "2026-11-30T02:00:00.000Z", "2026-12-02T02:00:00.000Z", "rev1",
                              "2026-12-02T03:00:00.000Z");
    const auto r4 = addReview("R4", "approved", "2026-10-01T02:00:00.000Z", "2026-10-09T02:00:00.000Z", "rev1",
                              "2026-10-02T03:00:00.000Z");
    const qint64 d2 = decide(r2, "approved", nullptr, "rev2", "2026-11-25T05:00:00.000Z");
    const qint64 d3 = decide(r3, "rejected", "unclear_image,not_signed", "rev1", "2026-12-02T03:00:00.000Z");
    const qint64 d4 = decide(r4, "approved", nullptr, "rev1", "2026-10-02T03:00:00.000Z");
    const QString sample = QStringLiteral("INSERT INTO real_name_qa_sample (review_id, decision_id, reviewer_login, "
                                          "sampled_by, sampled_at, verdict) VALUES (?, ?, ?, 'sup', ?, ?)");
    exec(sample, {r2.first, d2, t("rev2"), t("2026-12-01T01:00:00.000Z"), t("agree")});
    exec(sample, {r3.first, d3, t("rev1"), t("2026-12-03T01:00:00.000Z"), t("disagree")});
    exec(sample, {r4.first, d4, t("rev1"), t("2026-12-01T02:00:00.000Z"), t("pending")});

    // A merge waiting for its second pair of eyes: Fri 04:00 China time, 6 business hours old.
    exec(QStringLiteral("INSERT INTO account_merge (source_account_id, target_account_id, state, requested_by, "
                        "requested_at, reason) VALUES (?, ?, 'requested', 'rev1', ?, '重复账号')"),
         {source, account, t("2026-12-03T20:00:00.000Z")});

    // Legacy accounts: O1 x2, O4, P3, and three not matched (one organization, two persons).
    const QString legacy = QStringLiteral("INSERT INTO legacy_account (system, legacy_login, kind, name, "
                                          "migration_case) VALUES ('torch', ?, ?, '旧账号', ?)");
    int n = 0;
    for (auto [kind, mcase] : {std::pair{"organization", "O1"}, {"organization", "O1"}, {"organization", "O4"},
                               {"person", "P3"}, {"organization", nullptr}, {"person", nullptr}, {"person", nullptr}})
        exec(legacy, {QStringLiteral("legacy%1").arg(++n), t(kind), mcase ? QVariant(t(mcase)) : null});

    // Calls (account events of kind "call"), one outside the range, and an event that is not a call.
    const QString event = QStringLiteral("INSERT INTO account_event (account_id, occurred_at, kind, detail) "
                                         "VALUES (?, ?, ?, ?)");
    auto call = [](const char *topic, const char *outcome) {
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("topic"), t(topic)},
                                                           {QStringLiteral("outcome"), t(outcome)}})
                                     .toJson(QJsonDocument::Compact));
    };
    exec(event, {account, t("2026-12-01T02:00:00.000Z"), t("call"), call("migration", "answered")});
    exec(event, {account, t("2026-10-01T02:00:00.000Z"), t("call"), call("migration", "answered")});
    exec(event, {account, t("2026-12-02T02:00:00.000Z"), t("call"), call("password", "appeal_advised")});
    exec(event, {account, t("2026-12-03T02:00:00.000Z"), t("call"), call("migration", "escalated")});
    exec(event, {account, t("2026-12-03T03:00:00.000Z"), t("note"), t("not json")});

    // Text messages: one finally failed (it carried a new password), one sent.
    const QString sms = QStringLiteral("INSERT INTO sms_outbox (idempotency_key, phone, body, preview, state, "
                                       "attempts, created_at, last_error, password_for) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                       "?, ?)");
    m_failedSms = insertId(sms, {t("k-failed"), kPhone, t("您的新密码：********"), t("您的新密码：********"),
                                 t("failed"), 5, t("2026-12-01T01:00:00.000Z"), t("gateway said 500"), account});
    m_sentSms = insertId(sms, {t("k-sent"), kPhone, t("已通过"), t("已通过"), t("sent"), 1,
                               t("2026-12-01T02:00:00.000Z"), null, null});

    m_agentSession = signIn(m_agent);
    m_supervisorSession = signIn(m_supervisor);
    m_adminSession = signIn(m_admin);
}

void TestReports::cleanupTestCase()
{
    m_agentSession.reset();
    m_supervisorSession.reset();
    m_adminSession.reset();
    m_db.reset();
}

void TestReports::catalogueListsTheContractsReports()
{
    for (const char *name : {"appeals", "reviews", "backlog", "sla", "throughput", "reasons", "migration", "calls"})
        QVERIFY2(ReportCatalog::find(QString::fromLatin1(name)), name);
    QCOMPARE(ReportCatalog::formats(), test::strings({"csv", "xlsx", "pdf"}));
}

void TestReports::backlog()
{
    // A4: Tue 12-01 09:00, 3 business days and an hour; A5: Thu 11:00, 23 hours; A6: 10 days; A7 is before the
    // range. R1: Wed 09:00, 49 hours. The merge: 6 hours.
    QCOMPARE(figures("backlog", params()), test::strings({"appeals|claimed|0-1|1", "appeals|new|3-5|1",
                                                          "appeals|waiting_for_user|5+|1", "merges|requested|0-1|1",
                                                          "reviews|new|2-3|1"}));
}

void TestReports::backlogOfOneQueue()
{
    ReportParams p = params();
    p.queue = QStringLiteral("reviews");
    QCOMPARE(figures("backlog", p), test::strings({"reviews|new|2-3|1"}));
    p.queue = QStringLiteral("nonsense");
    auto bad = ReportService(m_supervisorSession).figures(QStringLiteral("backlog"), p);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, Error::Code::InvalidInput);
}

void TestReports::sla()
{
    // Per week of submission (Monday, China time): submitted, decided, decided on time, share, overdue now.
    QCOMPARE(figures("sla", params()),
             test::strings({"2026-11-16|appeals|1|0|0|-|0", "2026-11-23|appeals|2|2|1|50.0|0",
                            "2026-11-23|reviews|1|1|1|100.0|0", "2026-11-30|appeals|3|1|1|100.0|1",
                            "2026-11-30|reviews|2|1|0|0.0|1"}));
}

void TestReports::throughput()
{
    // A3 was decided at 20:00 UTC on 12-01: 04:00 on 12-02 in China.
    QCOMPARE(figures("throughput", params()),
             test::strings({"2026-11-25|rev1|appeals|1|1|0", "2026-11-25|rev2|reviews|1|1|0",
                            "2026-11-27|rev1|appeals|1|0|1", "2026-12-02|rev1|reviews|1|0|1",
                            "2026-12-02|rev2|appeals|1|0|1"}));
}

void TestReports::reasons()
{
    // R3 names two reasons: one row each.
    QCOMPARE(figures("reasons", params()),
             test::strings({"appeals|approved||1", "appeals|rejected|not_signed|1", "appeals|rejected|unclear_image|1",
                            "reviews|approved||1", "reviews|rejected|not_signed|1", "reviews|rejected|unclear_image|1"}));
}

void TestReports::migration()
{
    QCOMPARE(figures("migration", params()),
             test::strings({"O0|organization|1", "O1|organization|2", "O2|organization|0", "O3|organization|0",
                            "O4|organization|1", "P0|person|2", "P1|person|0", "P2|person|0", "P3|person|1",
                            "P4|person|0"}));
}

void TestReports::calls()
{
    QCOMPARE(figures("calls", params()),
             test::strings({"migration|answered|1", "migration|escalated|1", "password|appeal_advised|1"}));
}

void TestReports::qa()
{
    QCOMPARE(figures("qa", params()), test::strings({"rev1|2|0|1|1|0.0", "rev2|1|1|0|0|100.0"}));
}

void TestReports::whoMayRunWhat()
{
    ReportService agent(m_agentSession);
    auto refused = agent.figures(QStringLiteral("throughput"), params());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QVERIFY(agent.figures(QStringLiteral("backlog"), params()).ok());
    QVERIFY(agent.figures(QStringLiteral("calls"), params()).ok());
    QStringList names;
    for (const ReportDefinition *d : agent.available())
        names << d->name;
    QCOMPARE(names, test::strings({"backlog", "sla", "reasons", "migration", "calls"}));

    ExportRequest r;
    r.report = QStringLiteral("appeals");
    r.params = params();
    r.path = m_dir.filePath(QStringLiteral("agent.csv"));
    auto listRefused = agent.exportReport(r);
    QVERIFY(!listRefused);
    QCOMPARE(listRefused.error().code, Error::Code::PermissionDenied);
    QVERIFY(!QFile::exists(r.path));

    // Unmasked: a reason first (bad input), then the role (administrators read lists, masked only).
    r.params.unmasked = true;
    auto noReason = ReportService(m_supervisorSession).exportReport(r);
    QCOMPARE(noReason.error().code, Error::Code::InvalidInput);
    r.reason = QStringLiteral("上级检查需要");
    auto admin = ReportService(m_adminSession).exportReport(r);
    QVERIFY(!admin);
    QCOMPARE(admin.error().code, Error::Code::PermissionDenied);
    QVERIFY(!QFile::exists(r.path));

    auto unknown = agent.figures(QStringLiteral("nope"), params());
    QCOMPARE(unknown.error().code, Error::Code::InvalidInput);
    ReportParams backwards = params();
    std::swap(backwards.from, backwards.to);
    QCOMPARE(agent.figures(QStringLiteral("calls"), backwards).error().code, Error::Code::InvalidInput);
}

void TestReports::figuresOfSeveralReportsAtOnce()
{
    // The dashboard's refresh: the charts' reports shared out among worker threads, each on its own connection,
    // give exactly what one report at a time gives; a role's refused reports are left out.
    const QStringList charted{QStringLiteral("backlog"), QStringLiteral("sla"), QStringLiteral("throughput"),
                              QStringLiteral("reasons"), QStringLiteral("migration"), QStringLiteral("calls"),
                              QStringLiteral("qa")};
    for (int threads : {1, 2, 4}) {
        QHash<QString, double> ms;
        auto all = ReportService(m_supervisorSession).figuresOf(charted, params(), threads, &ms);
        QVERIFY2(all, all ? "" : qPrintable(all.error().message));
        QCOMPARE(all->size(), charted.size());
        QCOMPARE(ms.size(), charted.size());
        for (const QString &name : charted)
            QCOMPARE(lines(all->value(name)), figures(name.toLatin1().constData(), params()));
    }
    auto agent = ReportService(m_agentSession).figuresOf(charted, params(), 2);
    QVERIFY(agent);
    QStringList agentSees = agent->keys();
    agentSees.sort();
    QCOMPARE(agentSees, (QStringList{QStringLiteral("backlog"), QStringLiteral("calls"), QStringLiteral("migration"),
                                     QStringLiteral("reasons"), QStringLiteral("sla")}));
    // A list report is no chart: the whole call fails with the report's error.
    auto list = ReportService(m_supervisorSession).figuresOf({QStringLiteral("sla"), QStringLiteral("appeals")}, params());
    QVERIFY(!list);
    QCOMPARE(list.error().code, Error::Code::InvalidInput);
}

void TestReports::maskedCsvExport()
{
    ExportRequest r;
    r.report = QStringLiteral("appeals");
    r.params = params();
    r.path = m_dir.filePath(QStringLiteral("appeals.csv"));
    QVector<qint64> progress;
    auto done = ReportService(m_supervisorSession).exportReport(r, [&](qint64 d, qint64 total) {
        progress << d;
        QCOMPARE(total, qint64(6));
    });
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->rows, qint64(6));
    QCOMPARE(progress.value(progress.size() - 1), qint64(6));

    QFile f(r.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList rows = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 7);
    QVERIFY(rows[0].startsWith(QStringLiteral("Ref,Type,State,Applicant")) || rows[0].startsWith(QStringLiteral("编号")));
    // Oldest first: A6, A1, A2, ...; submitted and due in China time; ID number and phone masked.
    QVERIFY2(rows[2].startsWith(QStringLiteral("A1,person_recovery,approved,张三,,110************02X,,139****5678,"
                                               "2026-11-24 09:00,2026-11-26 09:00,2026-11-25 11:00,rev1,,决定")),
             qPrintable(rows[2]));
    QVERIFY2(rows[3].startsWith(QStringLiteral("A2,person_recovery,rejected,\"'=HYPERLINK(\"\"http://x\"\")\"")),
             qPrintable(rows[3]));
    QVERIFY(!text.contains(kIdNumber));
    QVERIFY(!text.contains(kPhone));
    QVERIFY(rows[1].startsWith(QStringLiteral("A6,")));
}

void TestReports::unmaskedExportIsAuditedWithTheRowCount()
{
    ExportRequest r;
    r.report = QStringLiteral("appeals");
    r.params = params();
    r.params.unmasked = true;
    r.reason = QStringLiteral("上级检查需要");
    r.path = m_dir.filePath(QStringLiteral("appeals-full.csv"));
    auto done = ReportService(m_supervisorSession).exportReport(r);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->rows, qint64(6));
    QFile f(r.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(kIdNumber));
    QVERIFY(text.contains(kPhone));

    auto q = m_db->exec(QStringLiteral("SELECT staff_login, entity_id, after_json FROM audit_log "
                                       "WHERE action = 'report.export_unmasked' ORDER BY id DESC"));
    QVERIFY(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), m_supervisor.login);
    QCOMPARE(q->value(1).toString(), QStringLiteral("appeals"));
    const QJsonObject after = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("rows")).toInt(), 6);
    QCOMPARE(after.value(QStringLiteral("reason")).toString(), QStringLiteral("上级检查需要"));
    q->finish();

    // The review list too: numbers in full for the supervisor, masked otherwise.
    r.report = QStringLiteral("reviews");
    r.path = m_dir.filePath(QStringLiteral("reviews-full.csv"));
    auto reviews = ReportService(m_supervisorSession).exportReport(r);
    QVERIFY2(reviews, reviews ? "" : qPrintable(reviews.error().message));
    QCOMPARE(reviews->rows, qint64(3)); // R2, R3, R1 (R4 is before the range)
    QFile rf(r.path);
    QVERIFY(rf.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(rf.readAll()).contains(kIdNumber));
    r.params.unmasked = false;
    r.path = m_dir.filePath(QStringLiteral("reviews.csv"));
    QVERIFY(ReportService(m_supervisorSession).exportReport(r).ok());
    QFile mf(r.path);
    QVERIFY(mf.open(QIODevice::ReadOnly));
    const QString masked = QString::fromUtf8(mf.readAll());
    QVERIFY(!masked.contains(kIdNumber));
    QVERIFY(masked.contains(QStringLiteral("110************02X")));
}

void TestReports::xlsxAndPdfExportsOfAReport()
{
    ExportRequest r;
    r.report = QStringLiteral("sla");
    r.params = params();
    r.format = ExportFormat::Xlsx;
    r.path = m_dir.filePath(QStringLiteral("sla.xlsx"));
    auto x = ReportService(m_agentSession).exportReport(r);
    QVERIFY2(x, x ? "" : qPrintable(x.error().message));
    QCOMPARE(x->rows, qint64(5));
    if (test::toolAvailable(QStringLiteral("unzip"))) {
        const auto sheet = test::unzipEntry(r.path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet);
        // The share 50.0 is a number cell, the week a text cell.
        QVERIFY2(sheet->contains("<c r=\"F3\"><v>50</v></c>"), sheet->constData());
        QVERIFY(sheet->contains("<c r=\"A3\" t=\"inlineStr\"><is><t>2026-11-23</t></is></c>"));
        const auto info = test::unzipEntry(r.path, QStringLiteral("xl/worksheets/sheet2.xml"));
        QVERIFY(info && info->contains(m_agent.login.toUtf8()));
    }
    r.format = ExportFormat::Pdf;
    r.path = m_dir.filePath(QStringLiteral("sla.pdf"));
    QVERIFY(ReportService(m_agentSession).exportReport(r).ok());
    if (test::toolAvailable(QStringLiteral("pdftotext"))) {
        const auto text = test::runTool(QStringLiteral("pdftotext"), {r.path, QStringLiteral("-")});
        QVERIFY(text && text->contains("2026-11-23"));
    }
}

void TestReports::pdfsOfAggregateReportsOpenWithTheirChart()
{
    if (!test::toolAvailable(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils is not installed (scripts/setup-deps.sh installs it)");
    ReportService service(m_supervisorSession);
    for (const ReportDefinition &def : ReportCatalog::all()) {
        const auto spec = chartSpecFor(def.name);
        QCOMPARE(bool(spec), !def.isList); // every aggregate report has a chart, no list has one
        ExportRequest r;
        r.report = def.name;
        r.params = params();
        r.format = ExportFormat::Pdf;
        r.path = m_dir.filePath(def.name + QStringLiteral("-chart.pdf"));
        const auto done = service.exportReport(r);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        const auto page = test::pdfPageText(r.path, 1);
        QVERIFY(page);
        // The table's header: the first line holding every column title (a list's titles are cut to fit).
        qsizetype header = -1, at = 0;
        for (const QString &line : page->split(QLatin1Char('\n'))) {
            bool all = true;
            for (const ExportColumn &c : def.columns)
                all = all && line.contains(c.title.left(3));
            if (all) {
                header = at;
                break;
            }
            at += line.size() + 1;
        }
        QVERIFY2(header > 0, qPrintable(def.name + QLatin1Char('\n') + *page));
        const QString above = page->left(header);
        if (!spec) {
            QVERIFY2(above.count(QLatin1Char('\n')) <= 4, qPrintable(above)); // title and filters only
            continue;
        }
        // The chart comes first, with the categories of the report's figures.
        QVERIFY2(above.contains(spec->title), qPrintable(def.name + QLatin1Char('\n') + *page));
        auto rows = service.figures(def.name, params());
        QVERIFY(rows);
        const ChartData chart = chartData(*spec, def.columns, *rows);
        QVERIFY2(!chart.categories.isEmpty(), qPrintable(def.name));
        for (const QString &category : chart.categories)
            QVERIFY2(above.contains(category), qPrintable(def.name + QStringLiteral(": ") + category + QLatin1Char('\n') + above));
        for (const QString &series : chart.series)
            QVERIFY2(above.contains(series), qPrintable(def.name + QStringLiteral(": ") + series + QLatin1Char('\n') + above));
    }
}

void TestReports::cancelledExportLeavesNoFile()
{
    ExportRequest r;
    r.report = QStringLiteral("appeals");
    r.params = params();
    r.format = ExportFormat::Xlsx;
    r.path = m_dir.filePath(QStringLiteral("cancelled/appeals.xlsx"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("cancelled"))));
    std::atomic<bool> cancel{true};
    auto done = ReportService(m_supervisorSession).exportReport(r, {}, &cancel);
    QVERIFY(!done);
    QCOMPARE(done.error().code, Error::Code::Cancelled);
    QCOMPARE(test::filesIn(m_dir.filePath(QStringLiteral("cancelled"))), QStringList());
}

namespace {

// A list of `total` rows served in batches the way a list page's pager serves them, counting its calls.
ListExport syntheticList(int total, int *calls, std::function<void(int call)> onCall = {})
{
    ListExport list;
    list.name = QStringLiteral("lookup");
    list.title = QStringLiteral("账号查询结果");
    list.action = Action::LookupAccounts;
    list.columns = ListExport::textColumns({QStringLiteral("登录名"), QStringLiteral("证件号码")});
    list.filters = {{QStringLiteral("Search"), ListExport::maskedSearch(QStringLiteral("11010519491231002X"))}};
    auto next = std::make_shared<int>(0);
    list.pager = [total, calls, next, onCall](Database &, int limit) -> Result<QVector<ExportRow>> {
        ++*calls;
        if (onCall)
            onCall(*calls);
        QVector<ExportRow> rows;
        for (; *next < total && rows.size() < limit; ++*next)
            rows << ExportRow{*next == 0 ? QStringLiteral("=cmd|' /C calc'!A0") : QStringLiteral("user%1").arg(*next),
                              QStringLiteral("110************02X")};
        return rows;
    };
    return list;
}

} // namespace

void TestReports::listExportWritesEveryBatchAndIsAudited()
{
    // 4,500 rows: three batches of the service's 2,000 and the empty one that ends the list.
    int calls = 0;
    const ListExport list = syntheticList(4500, &calls);
    QCOMPARE(list.filters.value(0).second, QStringLiteral("110************02X")); // a typed number shows masked
    const QString path = m_dir.filePath(QStringLiteral("lists/lookup.csv"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("lists"))));
    QVector<qint64> progress;
    auto done = ReportService(m_agentSession).exportList(list, ExportFormat::Csv, path,
                                                         [&](qint64 d, qint64) { progress << d; });
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->rows, qint64(4500));
    QCOMPARE(calls, 4);
    QCOMPARE(progress, (QVector<qint64>{2000, 4000, 4500}));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList rows = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 4501);
    QCOMPARE(rows[0], QStringLiteral("登录名,证件号码"));
    QCOMPARE(rows[1], QStringLiteral("'=cmd|' /C calc'!A0,110************02X")); // neutralised
    QCOMPARE(rows[4500], QStringLiteral("user4499,110************02X"));

    // The audit row names the list, its filters, the format and the rows, under the agent.
    auto q = m_db->exec(QStringLiteral("SELECT staff_login, entity_id, after_json FROM audit_log "
                                       "WHERE action = 'list.export' ORDER BY id DESC"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), m_agent.login);
    QCOMPARE(q->value(1).toString(), QStringLiteral("lookup"));
    const QJsonObject after = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("rows")).toInteger(), qint64(4500));
    QCOMPARE(after.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QCOMPARE(after.value(QStringLiteral("filters")).toObject().value(QStringLiteral("Search")).toString(),
             QStringLiteral("110************02X"));
    q->finish();
}

void TestReports::listExportRefusedFailedOrCancelledLeavesNoFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("lists-failed"));
    QVERIFY(QDir().mkpath(folder));
    auto countAudits = [this]() {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'list.export'"));
        const qint64 n = q && q->next() ? q->value(0).toLongLong() : -1;
        if (q)
            q->finish(); // the connection caches the statement: a live one would hold its read snapshot
        return n;
    };
    const qint64 before = countAudits();

    // An agent may not export the appeal queue: refused before anything is read.
    int calls = 0;
    ListExport queue = syntheticList(10, &calls);
    queue.name = QStringLiteral("appeal_queue");
    queue.action = Action::ReviewAppeals;
    auto refused = ReportService(m_agentSession).exportList(queue, ExportFormat::Xlsx, folder + QStringLiteral("/q.xlsx"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QCOMPARE(calls, 0);

    // Cancelled after the first batch.
    std::atomic<bool> cancel{false};
    calls = 0;
    const ListExport cancelled = syntheticList(5000, &calls, [&](int call) {
        if (call == 1)
            cancel = true;
    });
    auto stopped = ReportService(m_supervisorSession)
                       .exportList(cancelled, ExportFormat::Pdf, folder + QStringLiteral("/c.pdf"), {}, &cancel);
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, Error::Code::Cancelled);
    QCOMPARE(calls, 1);

    // The database fails in the middle of the list (a lost connection): the error is the pager's.
    calls = 0;
    ListExport failing = syntheticList(5000, &calls);
    const ListPager inner = failing.pager;
    failing.pager = [inner, &calls](Database &db, int limit) -> Result<QVector<ExportRow>> {
        if (calls == 1)
            return Error(Error::Code::Database, QStringLiteral("the connection to the server was lost"));
        return inner(db, limit);
    };
    auto failed = ReportService(m_supervisorSession)
                      .exportList(failing, ExportFormat::Csv, folder + QStringLiteral("/f.csv"));
    QVERIFY(!failed);
    QVERIFY(failed.error().message.contains(QStringLiteral("connection")));

    QCOMPARE(test::filesIn(folder), QStringList());
    QCOMPARE(countAudits(), before); // nothing written, nothing audited
}

TestReports::Cli TestReports::cli(const StaffMember &as, QStringList args)
{
    Cli run;
    QTextStream o(&run.out), e(&run.err);
    QString password = kPassword + QLatin1Char('\n');
    QTextStream in(&password);
    DatabaseUrl url = test::lastTestDatabaseUrl();
    QStringList argv{QStringLiteral("identitydesk-cli")};
    if (url.isPostgres()) {
        url.user = as.login;
        qputenv("PGPASSWORD", kPassword.toUtf8());
        argv << QStringLiteral("--db") << url.toString();
    } else {
        argv << QStringLiteral("--db") << url.toString() << QStringLiteral("--as") << as.login;
    }
    run.code = cli::run(argv + args, o, e, &in);
    o.flush();
    e.flush();
    return run;
}

void TestReports::cliListAndRun()
{
    const Cli list = cli(m_supervisor, {QStringLiteral("report"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.code, 0);
    const QJsonArray reports = list.json().toArray();
    QStringList names;
    for (const QJsonValue &v : reports) {
        names << v[QStringLiteral("name")].toString();
        QVERIFY(!v[QStringLiteral("title")].toString().isEmpty());
        QCOMPARE(v[QStringLiteral("formats")].toArray().size(), 3);
    }
    for (const char *name : {"appeals", "reviews", "backlog", "sla", "throughput", "reasons", "migration", "calls"})
        QVERIFY2(names.contains(QString::fromLatin1(name)), name);

    const QString out = m_dir.filePath(QStringLiteral("cli-throughput.csv"));
    const Cli run = cli(m_supervisor, {QStringLiteral("report"), QStringLiteral("run"), QStringLiteral("throughput"),
                                       QStringLiteral("--from"), QStringLiteral("2026-11-16"), QStringLiteral("--to"),
                                       QStringLiteral("2026-12-04"), QStringLiteral("--format"), QStringLiteral("csv"),
                                       QStringLiteral("--out"), out});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject o = run.json().toObject();
    QCOMPARE(o.value(QStringLiteral("report")).toString(), QStringLiteral("throughput"));
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 5);
    QCOMPARE(o.value(QStringLiteral("out")).toString(), out);
    QVERIFY(QFile::exists(out));

    const QString full = m_dir.filePath(QStringLiteral("cli-appeals.xlsx"));
    const Cli unmasked = cli(m_supervisor, {QStringLiteral("report"), QStringLiteral("run"), QStringLiteral("appeals"),
                                            QStringLiteral("--from"), QStringLiteral("2026-11-16"), QStringLiteral("--to"),
                                            QStringLiteral("2026-12-04"), QStringLiteral("--format"),
                                            QStringLiteral("xlsx"), QStringLiteral("--out"), full,
                                            QStringLiteral("--unmasked"), QStringLiteral("--reason"),
                                            QStringLiteral("审计抽查")});
    QVERIFY2(unmasked.code == 0, qPrintable(unmasked.err));
    QCOMPARE(unmasked.json().toObject().value(QStringLiteral("rows")).toInt(), 6);
    if (test::toolAvailable(QStringLiteral("unzip"))) {
        const auto sheet = test::unzipEntry(full, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet && sheet->contains(kIdNumber.toUtf8()));
        QVERIFY(sheet->contains(QString(QStringLiteral("<t>") + kPhone + QStringLiteral("</t>")).toUtf8())); // text
    }
}

void TestReports::cliExitCodes()
{
    const QString out = m_dir.filePath(QStringLiteral("cli-refused.csv"));
    const QStringList base{QStringLiteral("report"), QStringLiteral("run"), QStringLiteral("throughput"),
                           QStringLiteral("--from"), QStringLiteral("2026-11-16"), QStringLiteral("--to"),
                           QStringLiteral("2026-12-04"), QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--out"), out};
    QCOMPARE(cli(m_agent, base).code, 3); // an agent asking for throughput
    QVERIFY(!QFile::exists(out));
    QStringList appeals = base;
    appeals[2] = QStringLiteral("appeals");
    QCOMPARE(cli(m_supervisor, appeals + QStringList{QStringLiteral("--unmasked")}).code, 2); // no reason
    QCOMPARE(cli(m_reviewer, appeals + QStringList{QStringLiteral("--unmasked"), QStringLiteral("--reason"),
                                                   QStringLiteral("想看看全部号码")})
                 .code,
             3);
    QStringList badFormat = base;
    badFormat[8] = QStringLiteral("doc");
    QCOMPARE(cli(m_supervisor, badFormat).code, 2);
    QStringList badDate = base;
    badDate[4] = QStringLiteral("2026-13-01");
    QCOMPARE(cli(m_supervisor, badDate).code, 2);
    QStringList unknown = base;
    unknown[2] = QStringLiteral("everything");
    QCOMPARE(cli(m_supervisor, unknown).code, 2);
    QCOMPARE(cli(m_supervisor, {QStringLiteral("report"), QStringLiteral("run"), QStringLiteral("sla")}).code, 2);
    QVERIFY(!QFile::exists(out));
}

void TestReports::outboxListAndRequeue()
{
    SmsOutboxService supervisor(m_supervisorSession);
    auto all = supervisor.list({});
    QVERIFY2(all, all ? "" : qPrintable(all.error().message));
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).id, m_sentSms); // newest first
    QCOMPARE(all->at(1).state, QStringLiteral("failed"));
    QCOMPARE(all->at(1).attempts, 5);
    QCOMPARE(all->at(1).lastError, QStringLiteral("gateway said 500"));
    QCOMPARE(all->at(1).phone, QStringLiteral("139****5678"));
    auto failed = supervisor.list(QStringLiteral("failed"));
    QVERIFY(failed);
    QCOMPARE(failed->size(), 1);

    auto agentList = SmsOutboxService(m_agentSession).list({});
    QCOMPARE(agentList.error().code, Error::Code::PermissionDenied);
    QCOMPARE(SmsOutboxService(m_agentSession).requeue(m_failedSms).error().code, Error::Code::PermissionDenied);

    auto sent = supervisor.requeue(m_sentSms);
    QVERIFY(!sent);
    QCOMPARE(sent.error().code, Error::Code::Conflict);

    QVERIFY2(supervisor.requeue(m_failedSms).ok(), "requeue failed");
    auto q = m_db->exec(QStringLiteral("SELECT state, attempts, body FROM sms_outbox WHERE id = ?"), {m_failedSms});
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("queued"));
    QCOMPARE(q->value(1).toInt(), 0);
    QCOMPARE(q->value(2).toString(), QStringLiteral("您的新密码：{{new_password}}")); // the slot is back
    q->finish();
    auto a = m_db->exec(QStringLiteral("SELECT staff_login, before_json FROM audit_log WHERE action = 'sms.requeue' "
                                       "AND entity_id = ?"),
                        {QString::number(m_failedSms)});
    QVERIFY(a && a->next());
    QCOMPARE(a->value(0).toString(), m_supervisor.login);
    QVERIFY(a->value(1).toString().contains(QStringLiteral("gateway said 500")));
    a->finish();
    QCOMPARE(supervisor.requeue(m_failedSms).error().code, Error::Code::Conflict); // not failed any more
}

void TestReports::auditLogExport()
{
    ExportRequest r;
    r.report = QStringLiteral("audit");
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
    r.params.from = today.addDays(-1);
    r.params.to = today.addDays(1);
    r.path = m_dir.filePath(QStringLiteral("audit.csv"));
    QCOMPARE(ReportService(m_agentSession).exportReport(r).error().code, Error::Code::PermissionDenied);
    // Something to find: an unmasked export writes its audit row.
    ExportRequest full;
    full.report = QStringLiteral("appeals");
    full.params = params();
    full.params.unmasked = true;
    full.reason = QStringLiteral("审计导出测试");
    full.path = m_dir.filePath(QStringLiteral("audit-source.csv"));
    QVERIFY(ReportService(m_supervisorSession).exportReport(full).ok());
    auto count = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(count && count->next());
    const qint64 all = count->value(0).toLongLong();
    count->finish();
    auto done = ReportService(m_supervisorSession).exportReport(r);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->rows, all); // every row of the log was written today
    QFile f(r.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("report.export_unmasked")));
    QVERIFY(text.contains(m_supervisor.login));
    // A list is exported, never charted.
    QCOMPARE(ReportService(m_supervisorSession).figures(QStringLiteral("audit"), r.params).error().code,
             Error::Code::InvalidInput);
}

void TestReports::pgFunctionsRefuseOtherRoles()
{
    if (!test::usingPostgres())
        QSKIP("PostgreSQL server rules only");
    test::PgRoleConnections roles(kPassword, QStringLiteral("rpt_"));
    const QVariantList range{t("2026-11-15T16:00:00Z"), t("2026-12-04T16:00:00Z"), t("审计抽查")};
    for (const StaffMember *m : {&m_agent, &m_reviewer, &m_admin}) {
        QSqlDatabase db = roles.connectAs(m->login);
        for (const char *fn : {"SELECT count(*) FROM desk_report_appeals(?, ?, ?)",
                               "SELECT count(*) FROM desk_report_reviews(?, ?, ?)"}) {
            const auto o = test::PgRoleConnections::run(db, QString::fromLatin1(fn), range);
            QVERIFY2(!o.ok && o.sqlState == QLatin1String("42501"), qPrintable(m->login + QLatin1Char(' ') + o.message));
        }
        const auto requeue = test::PgRoleConnections::run(db, QStringLiteral("SELECT desk_sms_requeue(?)"), {m_failedSms});
        QVERIFY2(!requeue.ok && requeue.sqlState == QLatin1String("42501"), qPrintable(requeue.message));
        // Nobody updates the outbox by hand.
        const auto update = test::PgRoleConnections::run(
            db, QStringLiteral("UPDATE sms_outbox SET state = 'queued' WHERE id = ?"), {m_sentSms});
        QVERIFY2(!update.ok && update.sqlState == QLatin1String("42501"), qPrintable(update.message));
    }
    QSqlDatabase sv = roles.connectAs(m_supervisor.login);
    // The audit helper is not callable directly: no audit row of an export that did not happen.
    const auto check = test::PgRoleConnections::run(
        sv, QStringLiteral("SELECT desk_report_unmasked_check('appeals', now(), now(), 'forged row', 1000000)"));
    QVERIFY2(!check.ok && check.sqlState == QLatin1String("42501"), qPrintable(check.message));
    // A supervisor needs a reason of 4 characters or more.
    const auto noReason = test::PgRoleConnections::run(sv, QStringLiteral("SELECT count(*) FROM desk_report_appeals(?, ?, ?)"),
                                                       {range[0], range[1], t("x")});
    QVERIFY2(!noReason.ok && noReason.sqlState == QLatin1String("22023"), qPrintable(noReason.message));
    // The personal columns stay closed to supervisors' plain SQL; the masked view is what they read.
    const auto direct = test::PgRoleConnections::run(sv, QStringLiteral("SELECT id_number FROM appeal LIMIT 1"));
    QVERIFY2(!direct.ok && direct.sqlState == QLatin1String("42501"), qPrintable(direct.message));
}

// CSV exports read past QtSql (RowSource's raw mode, CsvRowEncoder); the same rows read the generic way (QSqlQuery
// values, shapeCell, the CSV writer's writeRow) must give the same bytes, masked and unmasked. Runs last: it adds
// withdrawn appeals of 2025 with awkward cells (formula starts, quotes, line breaks, full-width and short numbers,
// China midnight and month ends) that the earlier figures never see.
void TestReports::csvFastPathWritesWhatTheGenericPathWrites()
{
    const QString appeal = QStringLiteral(
        "INSERT INTO appeal (external_ref, appeal_type, state, applicant_name, organization_name, id_number, phone, "
        "submitted_at, due_at, decided_by, decided_at, decision_reason) VALUES (?, 'organization_recovery', "
        "'withdrawn', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QVariant null;
    const QList<QVariantList> awkward{
        {null, t("=HYPERLINK(\"x\")"), t("某某科技有限公司, 北京"), t("１１０１０５１９４９１２３１００２Ｘ"), t("12345"),
         t("2025-02-28T16:30:00.000Z"), t("2025-03-02T16:00:00.000Z"), t("rev1"), t("2025-03-31T15:59:00.000Z"),
         t("line one\r\nline \"two\"")},
        {t("B2"), t("+86 张三"), t("-团队"), t("H1234567"), t("+8613912345678"), t("2025-03-01T00:00:00Z"),
         t("2025-03-05 08:00:00"), t("@rev2"), null, t("\tindented")},
        {t("B3"), t("李四"), null, t("11010519491231002X"), t("13912345678"), t("2025-03-31T15:59:59.999Z"),
         null, null, null, t("")},
    };
    for (const QVariantList &a : awkward)
        exec(appeal, a);

    ReportParams p;
    p.from = QDate(2024, 1, 1);
    p.to = QDate(2026, 12, 31);
    Database &db = m_supervisorSession->database();
    const QString reason = QStringLiteral("对照导出测试");
    struct Case
    {
        const char *report;
        bool unmasked;
    };
    for (const Case c : {Case{"appeals", false}, Case{"appeals", true}, Case{"reviews", false}, Case{"reviews", true},
                         Case{"audit", false}}) {
        const QString name = QString::fromLatin1(c.report);
        const ReportDefinition *def = ReportCatalog::find(name);
        QVERIFY(def);
        ReportParams params = p;
        params.unmasked = c.unmasked;

        ExportRequest r;
        r.report = name;
        r.params = params;
        r.reason = reason;
        r.path = m_dir.filePath(QStringLiteral("fast-%1-%2.csv").arg(name).arg(c.unmasked));
        auto done = ReportService(m_supervisorSession).exportReport(r);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));

        const ReportQuery q = def->query(db.dialect(), params, reason);
        if (name != QLatin1String("audit")) { // text and integer columns only: read past QtSql on both databases
            RowSource raw(db, q.sql, q.values);
            QVERIFY(raw.open(true).ok());
            QCOMPARE(raw.isRaw(), RowSource::rawBuilt(db.dialect().name()));
        }

        const QString genericPath = m_dir.filePath(QStringLiteral("generic-%1-%2.csv").arg(name).arg(c.unmasked));
        {
            auto writer = TableWriter::create(ExportFormat::Csv);
            QVERIFY(writer->begin(genericPath, ExportMeta{}, def->columns).ok());
            RowSource source(db, q.sql, q.values, 2);
            QVERIFY(source.open().ok());
            QVERIFY(!source.isRaw());
            QVector<ExportRow> batch;
            qint64 rows = 0;
            do {
                QVERIFY(source.fetch(&batch).ok());
                for (ExportRow &row : batch) {
                    for (int i = 0; i < row.size() && i < def->columns.size(); ++i)
                        shapeCell(def->columns[i], c.unmasked, &row[i]);
                    QVERIFY(writer->writeRow(row).ok());
                }
                rows += batch.size();
            } while (!batch.isEmpty());
            QCOMPARE(rows, done->rows);
            QVERIFY(writer->finish(rows).ok());
        }
        QFile fast(r.path), generic(genericPath);
        QVERIFY(fast.open(QIODevice::ReadOnly) && generic.open(QIODevice::ReadOnly));
        const QByteArray fastBytes = fast.readAll(), genericBytes = generic.readAll();
        QVERIFY2(fastBytes == genericBytes, QByteArray(fastBytes + "\n<>\n" + genericBytes).constData());
        QVERIFY(done->rows > 0);
    }
    // The awkward appeals as they must read (masked): neutralised, quoted, in China time.
    QFile f(m_dir.filePath(QStringLiteral("fast-appeals-0.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\",\"某某科技有限公司, 北京\",")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("B2,organization_recovery,withdrawn,'+86 张三,'-团队,")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(",2025-03-01 00:30,2025-03-03 00:00,2025-03-31 23:59,rev1,,\"line one\r\nline "
                                          "\"\"two\"\"\"")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("B3,organization_recovery,withdrawn,李四,,110************02X,,139****5678,"
                                          "2025-03-31 23:59,,,,,\r\n")),
             qPrintable(text));
}

// A CSV export cancelled after its first batch (PostgreSQL has sent the next FETCH by then): no file, and the
// connection serves the next export. Runs last: 12,500 withdrawn appeals of May 2024.
void TestReports::csvExportCancelledMidwayLeavesNoFile()
{
    exec(test::usingPostgres()
             ? QStringLiteral("INSERT INTO appeal (external_ref, appeal_type, state, applicant_name, id_number, phone, "
                              "submitted_at) SELECT 'M' || i, 'person_recovery', 'withdrawn', '批量' || i, "
                              "'110105199001011234', '13912345678', timestamptz '2024-05-01 00:00Z' + i * "
                              "interval '1 minute' FROM generate_series(1, 12500) AS g(i)")
             : QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12500) "
                              "INSERT INTO appeal (external_ref, appeal_type, state, applicant_name, id_number, phone, "
                              "submitted_at) SELECT 'M' || i, 'person_recovery', 'withdrawn', '批量' || i, "
                              "'110105199001011234', '13912345678', strftime('%Y-%m-%dT%H:%M:%fZ', '2024-05-01', "
                              "'+' || i || ' minutes') FROM n"));
    const QString folder = m_dir.filePath(QStringLiteral("cancelled-csv"));
    QVERIFY(QDir().mkpath(folder));
    ExportRequest r;
    r.report = QStringLiteral("appeals");
    r.params.from = QDate(2024, 5, 1);
    r.params.to = QDate(2024, 5, 31);
    r.path = folder + QStringLiteral("/appeals.csv");
    std::atomic<bool> cancel{false};
    QVector<qint64> progress;
    auto cancelled = ReportService(m_supervisorSession).exportReport(r, [&](qint64 done, qint64) {
        progress << done;
        cancel = true;
    }, &cancel);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    QCOMPARE(progress, QVector<qint64>{10000}); // CSV batches of 10,000 rows
    QCOMPARE(test::filesIn(folder), QStringList());

    auto done = ReportService(m_supervisorSession).exportReport(r);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QCOMPARE(done->rows, qint64(12500));
    QFile f(r.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(bytes.count("\r\n"), 12501);
    QVERIFY(bytes.contains("M12500,person_recovery,withdrawn,批量12500,,110************234,,139****5678,2024-05-10 00:20,"));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
