// Quality sampling of real-name review decisions (workflow/ReviewQaService) on SQLite and PostgreSQL: the draw
// takes the configured share of a period's decisions at random and never the drawer's own, drawing again tops up
// to the share, a verdict changes nothing about the decision, the supervisor who decided never judges it, only
// supervisors sample, and the agreement figures per reviewer.
#include "ReviewFixtures.h"
#include "TestData.h"
#include "TestDatabase.h"

#include "store/Database.h"
#include "store/ReviewRepository.h"
#include "workflow/ReviewQaService.h"
#include "workflow/ReviewService.h"
#include "workflow/Session.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

namespace {

QDateTime china(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

QString scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
    if (!q)
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().message));
    const QString v = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return v;
}

} // namespace

class TestReviewQa : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void drawTakesTheShareOfThePeriod();
    void drawLeavesOutTheDrawersOwnDecisions();
    void onlySupervisorsSampleAndAdministratorsSetTheShare();
    void verdictsChangeNothingAndNotByTheDecider();
    void agreementPerReviewer();

private:
    std::shared_ptr<Session> session(StaffRole role, const QString &login);
    std::unique_ptr<ReviewService> reviews(StaffRole role, const QString &login);
    std::unique_ptr<ReviewQaService> qa(StaffRole role, const QString &login);
    // Files `count` requests and has `decider` reject each; returns the review ids.
    QVector<qint64> decide(int count, StaffRole role, const QString &decider);
    int sampleCount() { return scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_qa_sample")).toInt(); }

    std::shared_ptr<Database> m_db;
    std::unique_ptr<QTemporaryDir> m_files;
    QDateTime m_now;
    int m_seq = 0;
    const QDate m_day{2026, 12, 1};
};

void TestReviewQa::init()
{
    m_db = test::openTestDatabase();
    m_files = std::make_unique<QTemporaryDir>();
    m_now = china(2026, 12, 1, 10);
    m_seq = 0;
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("citizen01"), QStringLiteral("person"),
                                                 QStringLiteral("张三")));
    const QList<QPair<const char *, const char *>> staff{{"rev_a", "reviewer"},     {"rev_b", "reviewer"},
                                                         {"sup_c", "supervisor"},   {"sup_f", "supervisor"},
                                                         {"agent_d", "agent"},      {"admin_e", "administrator"}};
    for (const auto &[login, role] : staff) {
        auto q = m_db->exec(QStringLiteral("INSERT INTO staff (login, display_name, role, active, created_at) "
                                           "VALUES (?, ?, ?, ?, ?)"),
                            {QString::fromLatin1(login), QString::fromLatin1(login), QString::fromLatin1(role), true,
                             QStringLiteral("2024-01-01T00:00:00.000Z")});
        QVERIFY(q.ok());
        q->finish();
    }
}

void TestReviewQa::cleanup()
{
    m_files.reset();
    m_db.reset();
}

std::shared_ptr<Session> TestReviewQa::session(StaffRole role, const QString &login)
{
    StaffMember staff;
    staff.login = login;
    staff.displayName = login;
    staff.role = role;
    return std::make_shared<Session>(m_db, staff, login);
}

std::unique_ptr<ReviewService> TestReviewQa::reviews(StaffRole role, const QString &login)
{
    auto s = std::make_unique<ReviewService>(session(role, login));
    s->setClock([this] { return m_now; });
    return s;
}

std::unique_ptr<ReviewQaService> TestReviewQa::qa(StaffRole role, const QString &login)
{
    auto s = std::make_unique<ReviewQaService>(session(role, login));
    s->setClock([this] { return m_now; });
    return s;
}

QVector<qint64> TestReviewQa::decide(int count, StaffRole role, const QString &decider)
{
    QJsonArray entries;
    QStringList refs;
    for (int i = 0; i < count; ++i) {
        const QString ref = QStringLiteral("RN-QA-%1").arg(++m_seq);
        // Born 1990-01-01; the sequence makes the order code, so each request has its own number.
        const QByteArray id17 = QByteArray("11010519900101") + QByteArray::number(100 + m_seq % 800);
        entries.append(test::personEntry(ref, QStringLiteral("citizen01"),
                                         test::personFields(test::residentId(id17.constData()), "male", "1990-01-01"),
                                         {}));
        refs << ref;
    }
    auto report = reviews(StaffRole::Administrator, QStringLiteral("admin_e"))
                      ->importJson(QJsonDocument(entries).toJson(), m_files->path());
    if (!report || !report->refused.isEmpty())
        qFatal("import failed");
    QVector<qint64> ids;
    auto rev = reviews(role, decider);
    for (const QString &ref : std::as_const(refs)) {
        auto id = ReviewRepository(*m_db).idForRef(ref);
        if (!id || !id->has_value())
            qFatal("no review %s", qPrintable(ref));
        if (!rev->claim(**id))
            qFatal("claim failed");
        auto rejected = rev->reject(**id, {QStringLiteral("unclear_image")}, {});
        if (!rejected)
            qFatal("reject failed: %s", qPrintable(rejected.error().message));
        ids << **id;
    }
    return ids;
}

void TestReviewQa::drawTakesTheShareOfThePeriod()
{
    decide(10, StaffRole::Reviewer, QStringLiteral("rev_a"));
    decide(10, StaffRole::Reviewer, QStringLiteral("rev_b"));
    const QString decisionsBefore = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_decision"));
    auto sup = qa(StaffRole::Supervisor, QStringLiteral("sup_c"));
    // The default share, 5 % of 20 decisions: one.
    auto share = sup->sharePercent();
    QVERIFY(share.ok());
    QCOMPARE(*share, 5);
    auto first = sup->draw(m_day, m_day);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QCOMPARE(first->decisions, 20);
    QCOMPARE(first->target, 1);
    QCOMPARE(first->drawn.size(), 1);

    // The administrators raise the share to 25 %: the next draw tops up to five, never drawing one twice.
    QVERIFY(qa(StaffRole::Administrator, QStringLiteral("admin_e"))->setSharePercent(25).ok());
    auto second = sup->draw(m_day, m_day);
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
    QCOMPARE(second->target, 5);
    QCOMPARE(second->alreadyDrawn, 1);
    QCOMPARE(second->drawn.size(), 4);
    QCOMPARE(sampleCount(), 5);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT decision_id) FROM real_name_qa_sample")),
             QStringLiteral("5"));
    auto third = sup->draw(m_day, m_day);
    QVERIFY(third.ok());
    QVERIFY(third->drawn.isEmpty());
    QCOMPARE(sampleCount(), 5);

    // Each sample names the reviewer who decided and the supervisor who drew it, and waits for a verdict.
    auto all = sup->samples({});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 5);
    for (const QaSample &s : std::as_const(*all)) {
        QVERIFY2(s.reviewerLogin == QLatin1String("rev_a") || s.reviewerLogin == QLatin1String("rev_b"),
                 qPrintable(s.reviewerLogin));
        QCOMPARE(s.reviewerLogin, scalar(*m_db, QStringLiteral("SELECT decided_by FROM real_name_decision WHERE id = ?"),
                                         {s.decisionId}));
        QCOMPARE(s.sampledBy, QStringLiteral("sup_c"));
        QCOMPARE(s.verdict, QaVerdict::Pending);
        QCOMPARE(s.outcome, QStringLiteral("rejected"));
        QCOMPARE(s.reasonCodes, QStringList{QStringLiteral("unclear_image")});
        QVERIFY(s.ref.startsWith(QLatin1String("RN-QA-")));
        QCOMPARE(s.accountLogin, QStringLiteral("citizen01"));
    }
    // Drawing changes nothing about the decisions; each draw that drew something is audited.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_decision")), decisionsBefore);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_review WHERE state <> 'rejected'")),
             QStringLiteral("0"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'review.qa_draw'")),
             QStringLiteral("2"));

    // Another period holds no decisions: nothing drawn, no error.
    auto empty = sup->draw(m_day.addDays(1), m_day.addDays(7));
    QVERIFY(empty.ok());
    QCOMPARE(empty->decisions, 0);
    QVERIFY(empty->drawn.isEmpty());
    // The draw is random: another database's draw of 5 of 20 is not always the same set. (Checked by drawing
    // with 100 % in a fresh period instead: every decision is drawn exactly once.)
    QVERIFY(qa(StaffRole::Administrator, QStringLiteral("admin_e"))->setSharePercent(100).ok());
    auto everything = sup->draw(m_day, m_day);
    QVERIFY(everything.ok());
    QCOMPARE(everything->drawn.size(), 15);
    QCOMPARE(sampleCount(), 20);
}

void TestReviewQa::drawLeavesOutTheDrawersOwnDecisions()
{
    decide(4, StaffRole::Reviewer, QStringLiteral("rev_a"));
    decide(2, StaffRole::Supervisor, QStringLiteral("sup_c"));
    QVERIFY(qa(StaffRole::Administrator, QStringLiteral("admin_e"))->setSharePercent(100).ok());
    auto drawn = qa(StaffRole::Supervisor, QStringLiteral("sup_c"))->draw(m_day, m_day);
    QVERIFY(drawn.ok());
    QCOMPARE(drawn->decisions, 6);
    QCOMPARE(drawn->drawn.size(), 4);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_qa_sample WHERE reviewer_login = 'sup_c'")),
             QStringLiteral("0"));
    // Another supervisor draws them.
    auto other = qa(StaffRole::Supervisor, QStringLiteral("sup_f"))->draw(m_day, m_day);
    QVERIFY(other.ok());
    QCOMPARE(other->drawn.size(), 2);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_qa_sample WHERE reviewer_login = 'sup_c'")),
             QStringLiteral("2"));
}

void TestReviewQa::onlySupervisorsSampleAndAdministratorsSetTheShare()
{
    decide(2, StaffRole::Reviewer, QStringLiteral("rev_a"));
    for (auto [role, login] : {std::pair{StaffRole::Agent, "agent_d"}, std::pair{StaffRole::Reviewer, "rev_b"},
                               std::pair{StaffRole::Administrator, "admin_e"}}) {
        auto drawn = qa(role, QString::fromLatin1(login))->draw(m_day, m_day);
        QVERIFY2(!drawn.ok(), login);
        QCOMPARE(drawn.error().code, Error::Code::PermissionDenied);
        auto listed = qa(role, QString::fromLatin1(login))->samples({});
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().code, Error::Code::PermissionDenied);
    }
    QCOMPARE(sampleCount(), 0);
    // Supervisors read the share but do not change it (the shared settings are the administrators').
    auto sup = qa(StaffRole::Supervisor, QStringLiteral("sup_c"));
    QVERIFY(sup->sharePercent().ok());
    const Status supShare = sup->setSharePercent(50);
    QVERIFY(!supShare.ok());
    QCOMPARE(supShare.error().code, Error::Code::PermissionDenied);
    auto admin = qa(StaffRole::Administrator, QStringLiteral("admin_e"));
    for (int bad : {0, 101, -5}) {
        const Status s = admin->setSharePercent(bad);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::InvalidInput);
    }
    QCOMPARE(*sup->sharePercent(), 5);
    // Bad periods are bad input.
    auto reversed = sup->draw(m_day, m_day.addDays(-1));
    QVERIFY(!reversed.ok());
    QCOMPARE(reversed.error().code, Error::Code::InvalidInput);
    auto tooLong = sup->draw(m_day.addYears(-2), m_day);
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code, Error::Code::InvalidInput);
    QCOMPARE(sampleCount(), 0);
}

void TestReviewQa::verdictsChangeNothingAndNotByTheDecider()
{
    decide(1, StaffRole::Supervisor, QStringLiteral("sup_c"));
    QVERIFY(qa(StaffRole::Administrator, QStringLiteral("admin_e"))->setSharePercent(100).ok());
    auto drawn = qa(StaffRole::Supervisor, QStringLiteral("sup_f"))->draw(m_day, m_day);
    QVERIFY(drawn.ok());
    QCOMPARE(drawn->drawn.size(), 1);
    const qint64 sampleId = drawn->drawn.constFirst();
    const QString stateBefore = scalar(*m_db, QStringLiteral("SELECT state || ' ' || version FROM real_name_review"));
    const QString statusBefore =
        scalar(*m_db, QStringLiteral("SELECT real_name_status FROM account WHERE login = 'citizen01'"));

    // The supervisor who decided does not judge the decision; nor do reviewers.
    auto own = qa(StaffRole::Supervisor, QStringLiteral("sup_c"))->recordVerdict(sampleId, QaVerdict::Agree, {});
    QVERIFY(!own.ok());
    QCOMPARE(own.error().code, Error::Code::PermissionDenied);
    QVERIFY(own.error().message.contains(QStringLiteral("RN-QA-1")));
    auto reviewer = qa(StaffRole::Reviewer, QStringLiteral("rev_a"))->recordVerdict(sampleId, QaVerdict::Agree, {});
    QVERIFY(!reviewer.ok());
    QCOMPARE(reviewer.error().code, Error::Code::PermissionDenied);
    // A disagreement says why; "pending" is no verdict; an unknown sample is not found.
    auto sup = qa(StaffRole::Supervisor, QStringLiteral("sup_f"));
    auto silent = sup->recordVerdict(sampleId, QaVerdict::Disagree, QStringLiteral("   "));
    QVERIFY(!silent.ok());
    QCOMPARE(silent.error().code, Error::Code::InvalidInput);
    auto pending = sup->recordVerdict(sampleId, QaVerdict::Pending, {});
    QVERIFY(!pending.ok());
    QCOMPARE(pending.error().code, Error::Code::InvalidInput);
    auto tooLong = sup->recordVerdict(sampleId, QaVerdict::Agree, QString(ReviewQaService::kMaxNote + 1, QLatin1Char('x')));
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code, Error::Code::InvalidInput);
    auto unknown = sup->recordVerdict(sampleId + 1000, QaVerdict::Agree, {});
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT verdict FROM real_name_qa_sample WHERE id = ?"), {sampleId}),
             QStringLiteral("pending"));

    auto agreed = sup->recordVerdict(sampleId, QaVerdict::Disagree, QStringLiteral("身份证背面其实已签字"));
    QVERIFY2(agreed.ok(), agreed.ok() ? "" : qPrintable(agreed.error().message));
    QCOMPARE(agreed->verdict, QaVerdict::Disagree);
    QCOMPARE(agreed->note, QStringLiteral("身份证背面其实已签字"));
    QVERIFY(agreed->verdictAt.isValid());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT verdict || '|' || note FROM real_name_qa_sample WHERE id = ?"),
                    {sampleId}),
             QStringLiteral("disagree|身份证背面其实已签字"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'review.qa_verdict' AND "
                                          "entity_id = ? AND staff_login = 'sup_f'"),
                    {QString::number(sampleId)}),
             QStringLiteral("1"));
    // The decision, the request and the account are as they were.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT state || ' ' || version FROM real_name_review")), stateBefore);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT real_name_status FROM account WHERE login = 'citizen01'")),
             statusBefore);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_decision")), QStringLiteral("1"));
    // The same verdict again writes nothing.
    QVERIFY(sup->recordVerdict(sampleId, QaVerdict::Disagree, QStringLiteral("身份证背面其实已签字")).ok());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'review.qa_verdict'")),
             QStringLiteral("1"));
}

void TestReviewQa::agreementPerReviewer()
{
    decide(3, StaffRole::Reviewer, QStringLiteral("rev_a"));
    decide(2, StaffRole::Reviewer, QStringLiteral("rev_b"));
    QVERIFY(qa(StaffRole::Administrator, QStringLiteral("admin_e"))->setSharePercent(100).ok());
    auto sup = qa(StaffRole::Supervisor, QStringLiteral("sup_c"));
    auto drawn = sup->draw(m_day, m_day);
    QVERIFY(drawn.ok());
    QCOMPARE(drawn->drawn.size(), 5);
    auto all = sup->samples({});
    QVERIFY(all.ok());
    int aDone = 0;
    int bDone = 0;
    for (const QaSample &s : std::as_const(*all)) {
        if (s.reviewerLogin == QLatin1String("rev_a")) {
            // rev_a: agree, agree, disagree.
            const bool agree = aDone++ < 2;
            QVERIFY(sup->recordVerdict(s.id, agree ? QaVerdict::Agree : QaVerdict::Disagree,
                                       agree ? QString() : QStringLiteral("图片清晰，不应驳回"))
                        .ok());
        } else if (bDone++ == 0) {
            // rev_b: one agreement, one still pending.
            QVERIFY(sup->recordVerdict(s.id, QaVerdict::Agree, QStringLiteral("同意")).ok());
        }
    }
    auto pendingOnly = sup->samples({true, {}, 500});
    QVERIFY(pendingOnly.ok());
    QCOMPARE(pendingOnly->size(), 1);
    QCOMPARE(pendingOnly->constFirst().reviewerLogin, QStringLiteral("rev_b"));
    auto ofA = sup->samples({false, QStringLiteral("rev_a"), 500});
    QVERIFY(ofA.ok());
    QCOMPARE(ofA->size(), 3);

    auto figures = sup->figures();
    QVERIFY(figures.ok());
    QCOMPARE(figures->size(), 2);
    const QaReviewerFigures a = figures->at(0);
    QCOMPARE(a.reviewerLogin, QStringLiteral("rev_a"));
    QCOMPARE(a.samples, 3);
    QCOMPARE(a.agreed, 2);
    QCOMPARE(a.disagreed, 1);
    QCOMPARE(a.pending(), 0);
    QVERIFY(qAbs(a.agreementShare() - 2.0 / 3.0) < 1e-9);
    const QaReviewerFigures b = figures->at(1);
    QCOMPARE(b.reviewerLogin, QStringLiteral("rev_b"));
    QCOMPARE(b.samples, 2);
    QCOMPARE(b.agreed, 1);
    QCOMPARE(b.disagreed, 0);
    QCOMPARE(b.pending(), 1);
    QCOMPARE(b.agreementShare(), 1.0);
    QCOMPARE(QaReviewerFigures{}.agreementShare(), -1.0);
}

QTEST_GUILESS_MAIN(TestReviewQa)
#include "tst_reviewqa.moc"
