// The real-name review queue through the real main window, offscreen, on SQLite and PostgreSQL: the reviewer's
// navigation has the area; the list shows the requests most urgent first and flags a number bound to another
// account; Ctrl+N claims the most urgent request and shows its checklist; the reviewer rejects with a reason and a
// reason per document ("ID back: not signed"), then approves another once "signature present" is ticked; a
// request bound elsewhere cannot be approved and the refusal names the holder.
#include "UiTestKit.h"

#include "TestData.h"
#include "TestDatabase.h"
#include "TestDocuments.h"
#include "cache/ImageCache.h"
#include "common/SessionCleanup.h"
#include "common/TaskRunner.h"
#include "items/ReviewListModel.h"
#include "reports/ExportDialog.h"
#include "review/ReviewQueuePage.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "widgets/DocumentViewer.h"
#include "widgets/ImageCompareView.h"
#include "widgets/ImagePrefetcher.h"
#include "widgets/PagedTableView.h"
#include "workflow/ReviewService.h"
#include "workflow/Session.h"

#include <QCheckBox>
#include <QComboBox>
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
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace desk;

namespace {

QString scalarText(Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    if (!q)
        qFatal("query failed: %s", qPrintable(q.error().message));
    const QString v = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return v;
}

QJsonObject entry(const char *ref, const char *login, const QString &id, const char *submitted)
{
    return QJsonObject{{QStringLiteral("ref"), QString::fromLatin1(ref)},
                       {QStringLiteral("type"), QStringLiteral("person")},
                       {QStringLiteral("login"), QString::fromLatin1(login)},
                       {QStringLiteral("submitted_at"), QString::fromLatin1(submitted)},
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

class TestReviewQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void queueListsMostUrgentFirstAndFlags();
    void nextClaimsAndShowsTheChecklist();
    void rejectWithAReason();
    void boundNumberCannotBeApproved();
    void approveTheNext();
    void exportWritesTheListMasked();
    void cleanupTestCase();

private:
    void waitForList();
    void claimNextWithKeys(const char *expectedRef);

    std::unique_ptr<Database> m_db;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<ImageCache> m_cache; // encrypted on disk, as on a workstation with a keychain
    QString m_reviewerLogin;
    std::unique_ptr<TaskRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    ReviewQueuePage *m_page = nullptr;
    const QString m_bound = test::residentId("11010519491231002");
    const QString m_free = test::residentId("11010519491231001");
    const QString m_free2 = test::residentId("11010519491231003");
};

void TestReviewQueue::initTestCase()
{
    test::prepareGuiTest();
    m_db = test::openTestDatabase();
    const test::StaffLogin reviewer = test::addStaff(*m_db, StaffRole::Reviewer);
    test::AccountSeed holder = test::accountSeed(QStringLiteral("holder88"), QStringLiteral("person"),
                                                 QStringLiteral("张三"));
    holder.idNumber = m_bound;
    holder.realNameStatus = QStringLiteral("verified_national");
    test::insertAccount(*m_db, holder);
    for (const char *login : {"asker01", "asker02", "asker03"})
        test::insertAccount(*m_db, test::accountSeed(QString::fromLatin1(login), QStringLiteral("person"),
                                                     QStringLiteral("张三")));
    // Oldest first: asker01 (free number), asker02 (bound elsewhere), asker03 (free number).
    StaffMember importer;
    importer.login = QStringLiteral("importer");
    importer.displayName = importer.login;
    importer.role = StaffRole::Administrator;
    auto shared = std::shared_ptr<Database>(m_db.get(), [](Database *) {});
    QTemporaryDir files;
    // The first request comes with its ID front and back.
    QVERIFY(QDir(files.path()).mkpath(QStringLiteral("RN-UI-1")));
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("front.png"), test::picture("PNG", Qt::red)},
                                      std::pair{QStringLiteral("back.jpg"), test::picture("JPG", Qt::blue)}}) {
        QFile f(files.filePath(QStringLiteral("RN-UI-1/") + name));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    }
    // The third comes with its pictures too: they are decoded while the second is on screen.
    QVERIFY(QDir(files.path()).mkpath(QStringLiteral("RN-UI-3")));
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("front.png"), test::picture("PNG", Qt::green, QSize(80, 50))},
                                      std::pair{QStringLiteral("back.png"), test::picture("PNG", Qt::yellow, QSize(90, 60))}}) {
        QFile f(files.filePath(QStringLiteral("RN-UI-3/") + name));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    }
    QJsonObject third = entry("RN-UI-3", "asker03", m_free2, "2026-12-01T11:00:00+08:00");
    third.insert(QStringLiteral("documents"),
                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("id_front")},
                                        {QStringLiteral("file"), QStringLiteral("RN-UI-3/front.png")}},
                            QJsonObject{{QStringLiteral("kind"), QStringLiteral("id_back")},
                                        {QStringLiteral("file"), QStringLiteral("RN-UI-3/back.png")}}});
    QJsonObject first = entry("RN-UI-1", "asker01", m_free, "2026-12-01T09:00:00+08:00");
    first.insert(QStringLiteral("documents"),
                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("id_front")},
                                        {QStringLiteral("file"), QStringLiteral("RN-UI-1/front.png")}},
                            QJsonObject{{QStringLiteral("kind"), QStringLiteral("id_back")},
                                        {QStringLiteral("file"), QStringLiteral("RN-UI-1/back.jpg")}}});
    auto report = ReviewService(std::make_shared<Session>(shared, importer, importer.login))
                      .importJson(QJsonDocument(QJsonArray{first,
                                                           entry("RN-UI-2", "asker02", m_bound, "2026-12-01T10:00:00+08:00"),
                                                           third})
                                      .toJson(),
                                  files.path());
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->recorded, 3);

    m_reviewerLogin = reviewer.member.login;
    auto session = AuthService::signIn(test::lastTestDatabaseUrl(), reviewer.member.login, reviewer.password);
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
    m_runner = std::make_unique<TaskRunner>();
    m_window = std::make_unique<MainWindow>(*session, *m_runner);
    m_cache = std::make_unique<ImageCache>(m_cacheDir.path());
    QVERIFY(m_cache->openWithKey(QByteArray(ImageCache::kKeyBytes, '\x5a')));
    m_window->setImageCache(m_cache.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = m_window->reviewQueuePage();
    QVERIFY(m_page);
    m_window->showWorkArea(m_page);
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    bool listed = false;
    for (int i = 0; i < navigation->count(); ++i)
        listed = listed || navigation->item(i)->text() == QStringLiteral("实名审核");
    QVERIFY(listed);
}

void TestReviewQueue::cleanupTestCase()
{
    std::shared_ptr<Session> session = m_window ? m_window->session() : nullptr;
    m_window.reset();
    if (m_runner)
        releaseSession(*m_runner, std::move(session), m_cache.get());
    m_cache.reset();
    m_runner.reset();
    m_db.reset();
}

void TestReviewQueue::exportWritesTheListMasked()
{
    // Ctrl+E in the queue: every request of the current tab ("All"), as listed, with the numbers masked.
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    auto *states = m_page->findChild<QTabBar *>(QStringLiteral("reviewStates"));
    QVERIFY(states);
    states->setCurrentIndex(states->count() - 1);
    waitForList();
    QCOMPARE(m_page->model()->rowCount(), 3);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reviews.csv"));
    bool ok = false, appeared = false;
    QString message;
    test::whenTopLevelAppears(QStringLiteral("exportDialog"), [&](QWidget *w) {
        appeared = true;
        auto *dialog = qobject_cast<ExportDialog *>(w);
        dialog->setFormat(ExportFormat::Csv);
        test::typeInto(dialog, QStringLiteral("exportPath"), path);
        QSignalSpy finished(dialog, &ExportDialog::finished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportStart")), Qt::LeftButton);
        if (finished.wait(30000)) {
            ok = finished.at(0).at(0).toBool();
            message = finished.at(0).at(1).toString();
        }
        static_cast<QDialog *>(dialog)->reject();
    });
    m_page->list()->setFocus();
    QTest::keyClick(m_page->list(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(appeared);
    QVERIFY2(ok, qPrintable(message));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll().mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    for (const char *ref : {"RN-UI-1", "RN-UI-2", "RN-UI-3"})
        QVERIFY2(text.contains(QString::fromLatin1(ref)), ref);
    for (const QString &number : {m_bound, m_free, m_free2})
        QVERIFY2(!text.contains(number), qPrintable(number));
}

void TestReviewQueue::waitForList()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 15000);
}

void TestReviewQueue::claimNextWithKeys(const char *expectedRef)
{
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    m_page->list()->setFocus();
    QSignalSpy claimed(m_page, &ReviewQueuePage::claimFinished);
    QSignalSpy shown(m_page, &ReviewQueuePage::detailShown);
    QTest::keyClick(m_page->list(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(claimed.count(), 1, 15000);
    QVERIFY(claimed.first().first().toBool());
    // A detail asked for earlier (after the last decision) may arrive first: wait for the request claimed.
    const qint64 expected = scalarText(*m_db, QStringLiteral("SELECT id FROM real_name_review WHERE ref = '%1'")
                                                  .arg(QString::fromLatin1(expectedRef)))
                                .toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->shownReviewId(), expected, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().first().toLongLong() == expected, 15000);
}

void TestReviewQueue::queueListsMostUrgentFirstAndFlags()
{
    waitForList();
    ReviewListModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->data(model->index(0, int(ReviewListModel::Column::Reference))).toString(), QStringLiteral("RN-UI-1"));
    QCOMPARE(model->data(model->index(1, int(ReviewListModel::Column::Reference))).toString(), QStringLiteral("RN-UI-2"));
    QVERIFY(!model->data(model->index(0, 0), ReviewListModel::FlagRole).toBool());
    QVERIFY(model->data(model->index(1, 0), ReviewListModel::FlagRole).toBool());
    QVERIFY(model->data(model->index(1, int(ReviewListModel::Column::Flags))).toString().contains(
        QStringLiteral("holder88")));
    // The state column in Chinese.
    QCOMPARE(model->data(model->index(0, int(ReviewListModel::Column::State))).toString(), QStringLiteral("待审核"));
}

void TestReviewQueue::nextClaimsAndShowsTheChecklist()
{
    claimNextWithKeys("RN-UI-1");
    auto *detail = m_page->findChild<QTextBrowser *>(QStringLiteral("reviewDetail"));
    QVERIFY(detail);
    const QString text = detail->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("RN-UI-1")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("id_check_digit")));
    QVERIFY(text.contains(QStringLiteral("already_bound")));
    QVERIFY(!text.contains(m_free)); // masked
    QTRY_VERIFY(m_page->findChild<QPushButton *>(QStringLiteral("reviewApprove"))->isEnabled());
    // The reviewer compares both pictures side by side, each carrying their watermark; each opening is audited.
    ImageCompareView *images = m_page->images();
    QVERIFY(images);
    QTRY_VERIFY_WITH_TIMEOUT(images->allSettled(), 15000);
    QVERIFY(images->pane(0) && images->pane(1));
    QTRY_VERIFY_WITH_TIMEOUT(!images->pane(0)->decodedImage().isNull() && !images->pane(1)->decodedImage().isNull(),
                             15000);
    QVERIFY(images->pane(0)->watermarkText().contains(m_reviewerLogin));
    // The fetched bytes went to the workstation cache, sealed on disk (not the plain file).
    QCOMPARE(m_cache->count(), 2);
    const QString firstDoc = QStringLiteral("review-document:") +
                             scalarText(*m_db, QStringLiteral("SELECT MIN(d.id) FROM document d JOIN real_name_submission s "
                                                              "ON d.owner_type = 'review_submission' AND s.id = d.owner_id "
                                                              "JOIN real_name_review r ON r.id = s.review_id "
                                                              "WHERE r.ref = 'RN-UI-1'"));
    QVERIFY(m_cache->contains(firstDoc));
    QFile sealed(m_cache->pathFor(firstDoc));
    QVERIFY(sealed.open(QIODevice::ReadOnly));
    QVERIFY(sealed.readAll().startsWith("IDC1"));
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document.open' "
                                              "AND staff_login = '%1'")
                                   .arg(m_reviewerLogin)),
             QStringLiteral("2"));
    m_window->grab().save(QDir::temp().filePath(QStringLiteral("identitydesk-review-%1.png"))
                              .arg(test::usingPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")));
}

void TestReviewQueue::rejectWithAReason()
{
    auto *reasons = m_page->findChild<QListWidget *>(QStringLiteral("reviewReasons"));
    QTRY_VERIFY(reasons->count() > 0);
    for (int i = 0; i < reasons->count(); ++i)
        if (reasons->item(i)->data(Qt::UserRole).toString() == QLatin1String("unclear_image"))
            reasons->item(i)->setCheckState(Qt::Checked);
    // A person's request offers a reason for its ID front and back; the back is not signed.
    QVERIFY(m_page->findChild<QComboBox *>(QStringLiteral("reviewDocReason_id_front")));
    QVERIFY(!m_page->findChild<QComboBox *>(QStringLiteral("reviewDocReason_licence")));
    auto *back = m_page->findChild<QComboBox *>(QStringLiteral("reviewDocReason_id_back"));
    QVERIFY(back);
    QTRY_VERIFY(back->findData(QStringLiteral("not_signed")) > 0);
    back->setFocus();
    back->setCurrentIndex(back->findData(QStringLiteral("not_signed")));
    test::typeInto(m_page, QStringLiteral("reviewDocText_id_back"), QStringLiteral("背面无本人签名"));
    // Signature not ticked: the seal does not apply to a person's request.
    QVERIFY(!m_page->findChild<QCheckBox *>(QStringLiteral("reviewSignaturePresent"))->isChecked());
    QVERIFY(!m_page->findChild<QCheckBox *>(QStringLiteral("reviewSealPresent"))->isVisible());
    test::typeInto(m_page, QStringLiteral("reviewText"), QStringLiteral("请签字"));
    QSignalSpy decided(m_page, &ReviewQueuePage::decisionFinished);
    m_page->list()->setFocus();
    QTest::keyClick(m_page->list(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 15000);
    QVERIFY(decided.first().first().toBool());
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT state FROM real_name_review WHERE ref = 'RN-UI-1'")),
             QStringLiteral("rejected"));
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT reason_codes FROM real_name_decision")),
             QStringLiteral("unclear_image,not_signed"));
    // The per-document reason is stored with the decision and reaches the user's text message.
    const QJsonArray perDocument =
        QJsonDocument::fromJson(scalarText(*m_db, QStringLiteral("SELECT document_reasons FROM real_name_decision"))
                                    .toUtf8())
            .array();
    QCOMPARE(perDocument.size(), 1);
    QCOMPARE(perDocument.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("id_back"));
    QCOMPARE(perDocument.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("not_signed"));
    QVERIFY(perDocument.at(0).toObject().value(QStringLiteral("reason")).toString().contains(
        QStringLiteral("背面无本人签名")));
    const QString sms = scalarText(*m_db, QStringLiteral("SELECT preview FROM sms_outbox WHERE review_id = (SELECT id "
                                                         "FROM real_name_review WHERE ref = 'RN-UI-1')"));
    QVERIFY2(sms.contains(QStringLiteral("身份证国徽面：材料未签字")), qPrintable(sms));
    // The reviewer's ticks are recorded with the decision.
    const QJsonObject after = QJsonDocument::fromJson(scalarText(*m_db, QStringLiteral("SELECT after_json FROM audit_log "
                                                                                       "WHERE action = 'review.reject'"))
                                                          .toUtf8())
                                  .object();
    QCOMPARE(after.value(QStringLiteral("ticks")).toObject().value(QStringLiteral("signature_present")).toBool(true),
             false);
    // The inputs are cleared for the next request.
    QCOMPARE(back->currentIndex(), 0);
    QVERIFY(m_page->findChild<QLineEdit *>(QStringLiteral("reviewDocText_id_back"))->text().isEmpty());
}

void TestReviewQueue::boundNumberCannotBeApproved()
{
    claimNextWithKeys("RN-UI-2");
    QSignalSpy decided(m_page, &ReviewQueuePage::decisionFinished);
    QTRY_VERIFY(m_page->findChild<QPushButton *>(QStringLiteral("reviewApprove"))->isEnabled());
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("reviewApprove")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 15000);
    QVERIFY(!decided.first().first().toBool());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("reviewMessage"))->text().contains(QStringLiteral("holder88")));
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT state FROM real_name_review WHERE ref = 'RN-UI-2'")),
             QStringLiteral("claimed"));
}

void TestReviewQueue::approveTheNext()
{
    // While RN-UI-2 was on screen, the pictures of RN-UI-3 (what "next" claims) were decoded in the background.
    const qint64 third = scalarText(*m_db, QStringLiteral("SELECT id FROM real_name_review WHERE ref = 'RN-UI-3'")).toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->prefetchedReviewId(), third, 15000);
    ImageCompareView *images = m_page->images();
    QStringList thirdDocs;
    auto q = m_db->exec(QStringLiteral("SELECT d.id FROM document d JOIN real_name_submission s ON d.owner_type = "
                                       "'review_submission' AND s.id = d.owner_id WHERE s.review_id = ? ORDER BY d.id"),
                        {third});
    QVERIFY(q.ok());
    while (q->next())
        thirdDocs << QStringLiteral("review-document:") + q->value(0).toString();
    q->finish();
    QCOMPARE(thirdDocs.size(), 2);
    for (const QString &doc : std::as_const(thirdDocs))
        QTRY_VERIFY_WITH_TIMEOUT(images->prefetcher()->isReady(doc) && !images->prefetcher()->image(doc).isNull(), 15000);
    const int decodesBefore = images->prefetcher()->decodeCount();
    const QString opensBefore = scalarText(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                                 "'document.open'"));
    claimNextWithKeys("RN-UI-3");
    // "Next" shows them at once: on screen when the request is, with no new fetch and no new decode.
    QCOMPARE(images->count(), 2);
    QVERIFY(!images->pane(0)->decodedImage().isNull());
    QVERIFY(!images->pane(1)->decodedImage().isNull());
    QCOMPARE(images->pane(0)->decodedImage().size(), QSize(80, 50));
    QCOMPARE(images->prefetcher()->decodeCount(), decodesBefore);
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document.open'")),
             opensBefore);
    QCOMPARE(ImagePrefetcher::decodesOnGuiThread(), 0);
    QSignalSpy decided(m_page, &ReviewQueuePage::decisionFinished);
    QTRY_VERIFY(m_page->findChild<QPushButton *>(QStringLiteral("reviewApprove"))->isEnabled());
    // Not approved before "signature present" is ticked.
    m_page->list()->setFocus();
    QTest::keyClick(m_page->list(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 1, 15000);
    QVERIFY(!decided.first().first().toBool());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("reviewMessage"))->text().contains(QStringLiteral("RN-UI-3")));
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT state FROM real_name_review WHERE ref = 'RN-UI-3'")),
             QStringLiteral("claimed"));
    auto *signature = m_page->findChild<QCheckBox *>(QStringLiteral("reviewSignaturePresent"));
    QTest::mouseClick(signature, Qt::LeftButton, {}, QPoint(6, signature->height() / 2));
    QVERIFY(signature->isChecked());
    m_page->list()->setFocus();
    QTest::keyClick(m_page->list(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(decided.count(), 2, 15000);
    QVERIFY(decided.last().first().toBool());
    QCOMPARE(scalarText(*m_db, QStringLiteral("SELECT real_name_status FROM account WHERE login = 'asker03'")),
             QStringLiteral("verified_manual"));
}

QTEST_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
