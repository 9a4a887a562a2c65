// The supervisors' quality sampling page through the real main window, offscreen, on SQLite and PostgreSQL: the
// supervisor's navigation has the area; "Draw samples" draws the period's decisions (the share set to 100 %)
// except the supervisor's own; selecting a sample shows the decision and the decided submission's pictures; a
// disagreement without a note is refused; agree and disagree are stored; the figures per reviewer follow; a
// sample of the supervisor's own decision cannot be judged by them.
#include "UiTestKit.h"

#include "TestData.h"
#include "TestDatabase.h"
#include "TestDocuments.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "review/ReviewQaPage.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "store/ReviewRepository.h"
#include "widgets/DocumentViewer.h"
#include "widgets/ImageCompareView.h"
#include "workflow/ReviewQaService.h"
#include "workflow/ReviewService.h"
#include "workflow/Session.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace desk;

namespace {

QString scalarText(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
    if (!q)
        qFatal("query failed: %s", qPrintable(q.error().message));
    const QString v = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return v;
}

QJsonObject entry(const QString &ref, const char *login, const QString &id)
{
    return QJsonObject{{QStringLiteral("ref"), ref},
                       {QStringLiteral("type"), QStringLiteral("person")},
                       {QStringLiteral("login"), QString::fromLatin1(login)},
                       {QStringLiteral("submitted_at"), QStringLiteral("2026-12-01T09:00:00+08:00")},
                       {QStringLiteral("fields"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")},
                                    {QStringLiteral("identity_region"), QStringLiteral("mainland")},
                                    {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                                    {QStringLiteral("id_number"), id},
                                    {QStringLiteral("sex"), QStringLiteral("female")},
                                    {QStringLiteral("birth_date"), QStringLiteral("1949-12-31")},
                                    {QStringLiteral("id_valid_from"), QStringLiteral("2015-03-01")},
                                    {QStringLiteral("id_valid_until"), QStringLiteral("long_term")},
                                    {QStringLiteral("phone"), QStringLiteral("13912345678")}}}};
}

} // namespace

class TestReviewQaPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void drawShowsTheSamples();
    void aSampleShowsTheDecisionAndThePictures();
    void disagreeNeedsANoteThenAgree();
    void ownDecisionIsNotJudged();
    void cleanupTestCase();

private:
    std::shared_ptr<Session> sessionAs(StaffRole role, const QString &login);
    QTreeWidgetItem *rowOf(const QString &ref) const;
    void select(const QString &ref);
    QPushButton *button(const char *name) const { return m_page->findChild<QPushButton *>(QString::fromLatin1(name)); }

    std::unique_ptr<Database> m_db;
    std::shared_ptr<Database> m_shared;
    QString m_supervisor;
    QString m_reviewer;
    std::unique_ptr<TaskRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    ReviewQaPage *m_page = nullptr;
};

std::shared_ptr<Session> TestReviewQaPage::sessionAs(StaffRole role, const QString &login)
{
    StaffMember m;
    m.login = login;
    m.displayName = login;
    m.role = role;
    return std::make_shared<Session>(m_shared, m, login);
}

void TestReviewQaPage::initTestCase()
{
    test::prepareGuiTest();
    m_db = test::openTestDatabase();
    m_shared = std::shared_ptr<Database>(m_db.get(), [](Database *) {});
    const test::StaffLogin supervisor = test::addStaff(*m_db, StaffRole::Supervisor);
    const test::StaffLogin reviewer = test::addStaff(*m_db, StaffRole::Reviewer);
    m_supervisor = supervisor.member.login;
    m_reviewer = reviewer.member.login;
    for (const char *login : {"qa01", "qa02", "qa03"})
        test::insertAccount(*m_db, test::accountSeed(QString::fromLatin1(login), QStringLiteral("person"),
                                                     QStringLiteral("张三")));
    // Three requests; the first with its ID front and back.
    QTemporaryDir files;
    QVERIFY(QDir(files.path()).mkpath(QStringLiteral("RN-QA-1")));
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("front.png"), test::picture("PNG", Qt::red)},
                                      std::pair{QStringLiteral("back.jpg"), test::picture("JPG", Qt::blue)}}) {
        QFile f(files.filePath(QStringLiteral("RN-QA-1/") + name));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    }
    QJsonObject first = entry(QStringLiteral("RN-QA-1"), "qa01", test::residentId("11010519491231002"));
    first.insert(QStringLiteral("documents"),
                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("id_front")},
                                        {QStringLiteral("file"), QStringLiteral("RN-QA-1/front.png")}},
                            QJsonObject{{QStringLiteral("kind"), QStringLiteral("id_back")},
                                        {QStringLiteral("file"), QStringLiteral("RN-QA-1/back.jpg")}}});
    auto report = ReviewService(sessionAs(StaffRole::Administrator, QStringLiteral("importer")))
                      .importJson(QJsonDocument(QJsonArray{first,
                                                           entry(QStringLiteral("RN-QA-2"), "qa02",
                                                                 test::residentId("11010519491231001")),
                                                           entry(QStringLiteral("RN-QA-3"), "qa03",
                                                                 test::residentId("11010519491231003"))})
                                      .toJson(),
                                  files.path());
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->recorded, 3);
    // The reviewer decides the first two; the supervisor (who signs in below) the third.
    const auto decide = [&](const QString &ref, StaffRole role, const QString &login, bool approve) {
        ReviewService service(sessionAs(role, login));
        auto id = service.idFor(ref);
        QVERIFY(id.ok());
        QVERIFY(service.claim(*id).ok());
        if (approve)
            QVERIFY(service.approve(*id).ok());
        else
            QVERIFY(service.reject(*id, {QStringLiteral("unclear_image")}, {},
                                   {{QStringLiteral("id_back"), QStringLiteral("not_signed"), {}}})
                        .ok());
    };
    decide(QStringLiteral("RN-QA-1"), StaffRole::Reviewer, m_reviewer, false);
    decide(QStringLiteral("RN-QA-2"), StaffRole::Reviewer, m_reviewer, true);
    decide(QStringLiteral("RN-QA-3"), StaffRole::Supervisor, m_supervisor, false);
    auto share = m_db->exec(QStringLiteral("UPDATE desk_setting SET value = '100' WHERE key = 'review_qa_share_percent'"));
    QVERIFY(share.ok());
    share->finish();

    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), supervisor.member.login, supervisor.password);
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    m_runner = std::make_unique<TaskRunner>();
    m_window = std::make_unique<MainWindow>(*session, *m_runner);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = m_window->reviewQaPage();
    QVERIFY(m_page);
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    bool listed = false;
    for (int i = 0; i < navigation->count(); ++i)
        listed = listed || navigation->item(i)->data(Qt::UserRole).toString() == QLatin1String("reviewQaPage");
    QVERIFY(listed);
    m_window->showWorkArea(m_page);
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTRY_VERIFY(m_page->findChild<QLabel *>(QStringLiteral("qaShare"))->text().contains(QStringLiteral("100")));
}

void TestReviewQaPage::cleanupTestCase()
{
    std::shared_ptr<Session> session = m_window ? m_window->session() : nullptr;
    m_window.reset();
    if (m_runner)
        releaseSession(*m_runner, std::move(session));
    m_runner.reset();
    m_shared.reset();
    m_db.reset();
}

QTreeWidgetItem *TestReviewQaPage::rowOf(const QString &ref) const
{
    QTreeWidget *list = m_page->samplesList();
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0) == ref)
            return list->topLevelItem(i);
    return nullptr;
}

void TestReviewQaPage::select(const QString &ref)
{
    QTreeWidgetItem *item = rowOf(ref);
    QVERIFY(item);
    QSignalSpy shown(m_page, &ReviewQaPage::sampleShown);
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    m_page->samplesList()->setFocus();
    m_page->samplesList()->setCurrentItem(item);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->shownSampleId(), id, 15000);
}

void TestReviewQaPage::drawShowsTheSamples()
{
    QCOMPARE(m_page->samplesList()->topLevelItemCount(), 0);
    QSignalSpy drawn(m_page, &ReviewQaPage::drawFinished);
    QSignalSpy loaded(m_page, &ReviewQaPage::samplesLoaded);
    QTest::mouseClick(button("qaDraw"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(drawn.count(), 1, 15000);
    QVERIFY(drawn.first().first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 15000);
    // The reviewer's two decisions; the supervisor's own is left for another supervisor.
    QTRY_COMPARE(m_page->samplesList()->topLevelItemCount(), 2);
    QVERIFY(rowOf(QStringLiteral("RN-QA-1")));
    QVERIFY(rowOf(QStringLiteral("RN-QA-2")));
    QVERIFY(!rowOf(QStringLiteral("RN-QA-3")));
    QCOMPARE(rowOf(QStringLiteral("RN-QA-1"))->text(2), m_reviewer);
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_qa_sample WHERE sampled_by = ?"),
                        {m_supervisor}),
             QStringLiteral("2"));
    // Drawing again adds nothing: the share is reached.
    QTest::keyClick(m_page->samplesList(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(drawn.count(), 2, 15000);
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_qa_sample")), QStringLiteral("2"));
}

void TestReviewQaPage::aSampleShowsTheDecisionAndThePictures()
{
    select(QStringLiteral("RN-QA-1"));
    const QString text = m_page->findChild<QTextBrowser *>(QStringLiteral("qaDetail"))->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("RN-QA-1")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("unclear_image")));
    QVERIFY(text.contains(m_reviewer));
    QVERIFY(!text.contains(test::residentId("11010519491231002"))); // masked
    QVERIFY(button("qaAgree")->isEnabled());
    QVERIFY(button("qaDisagree")->isEnabled());
    // The decided submission's pictures, watermarked with the supervisor's login.
    ImageCompareView *images = m_page->images();
    QTRY_VERIFY_WITH_TIMEOUT(images->allSettled(), 15000);
    QCOMPARE(images->count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!images->pane(0)->decodedImage().isNull() && !images->pane(1)->decodedImage().isNull(),
                             15000);
    QVERIFY(images->pane(0)->watermarkText().contains(m_supervisor));
}

void TestReviewQaPage::disagreeNeedsANoteThenAgree()
{
    select(QStringLiteral("RN-QA-1"));
    QSignalSpy verdicts(m_page, &ReviewQaPage::verdictFinished);
    // No note: refused with a message, nothing stored.
    QTest::mouseClick(button("qaDisagree"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verdicts.count(), 1, 15000);
    QVERIFY(!verdicts.at(0).first().toBool());
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("qaMessage"))->text().isEmpty());
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT q.verdict FROM real_name_qa_sample q JOIN real_name_review r "
                                              "ON r.id = q.review_id WHERE r.ref = 'RN-QA-1'")),
             QStringLiteral("pending"));
    test::typeInto(m_page, QStringLiteral("qaNote"), QStringLiteral("背面已签字，不应驳回"));
    QTest::mouseClick(button("qaDisagree"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verdicts.count(), 2, 15000);
    QVERIFY(verdicts.at(1).first().toBool());
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT q.verdict || '|' || q.note FROM real_name_qa_sample q JOIN "
                                              "real_name_review r ON r.id = q.review_id WHERE r.ref = 'RN-QA-1'")),
             QStringLiteral("disagree|背面已签字，不应驳回"));

    // The other one with the key.
    QTRY_VERIFY(rowOf(QStringLiteral("RN-QA-2")));
    select(QStringLiteral("RN-QA-2"));
    QTRY_VERIFY(button("qaAgree")->isEnabled());
    test::typeInto(m_page, QStringLiteral("qaNote"), QString());
    QTest::keyClick(m_page->samplesList(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(verdicts.count(), 3, 15000);
    QVERIFY(verdicts.at(2).first().toBool());
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT q.verdict FROM real_name_qa_sample q JOIN real_name_review r "
                                              "ON r.id = q.review_id WHERE r.ref = 'RN-QA-2'")),
             QStringLiteral("agree"));
    // The decisions stand.
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT state FROM real_name_review WHERE ref = 'RN-QA-1'")),
             QStringLiteral("rejected"));

    // The reviewer's figures: two samples, one agreed, one disagreed, 50 %.
    QTreeWidget *figures = m_page->figuresTable();
    QTRY_VERIFY_WITH_TIMEOUT(figures->topLevelItemCount() == 1 && figures->topLevelItem(0)->text(2) == QLatin1String("1"),
                             15000);
    QTreeWidgetItem *row = figures->topLevelItem(0);
    QCOMPARE(row->text(0), m_reviewer);
    QCOMPARE(row->text(1), QStringLiteral("2"));
    QCOMPARE(row->text(3), QStringLiteral("1"));
    QCOMPARE(row->text(4), QStringLiteral("0"));
    QCOMPARE(row->text(5), QStringLiteral("50 %"));
    test::saveScreenshot(m_window.get(), QStringLiteral("review-qa"));
}

void TestReviewQaPage::ownDecisionIsNotJudged()
{
    // Another supervisor draws the signed-in supervisor's decision.
    const test::StaffLogin other = test::addStaff(*m_db, StaffRole::Supervisor);
    auto drawn = ReviewQaService(sessionAs(StaffRole::Supervisor, other.member.login))
                     .draw(QDate::currentDate().addDays(-2), QDate::currentDate().addDays(2));
    QVERIFY2(drawn.ok(), drawn.ok() ? "" : qPrintable(drawn.error().message));
    QCOMPARE(drawn->drawn.size(), 1);
    QSignalSpy loaded(m_page, &ReviewQaPage::samplesLoaded);
    QTest::keyClick(m_page->samplesList(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("RN-QA-3")), 15000);
    select(QStringLiteral("RN-QA-3"));
    QVERIFY(!button("qaAgree")->isEnabled());
    QVERIFY(!button("qaDisagree")->isEnabled());
    QTest::keyClick(m_page->samplesList(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(200);
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT q.verdict FROM real_name_qa_sample q JOIN real_name_review r "
                                              "ON r.id = q.review_id WHERE r.ref = 'RN-QA-3'")),
             QStringLiteral("pending"));
}

QTEST_MAIN(TestReviewQaPage)
#include "tst_reviewqapage.moc"
