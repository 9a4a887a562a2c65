// `identitydesk-cli appeal import FILE.json --files DIR`: all four appeal types, documents checked by content
// (a corrupt picture, a decompression bomb and an oversize file are refused and their appeals recorded as needing
// documents), malformed entries reported and not recorded, re-import idempotent, resubmit and withdraw events.
#include "CliRun.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "TestDocuments.h"

#include "domain/Identifiers.h"
#include "store/AppealRepository.h"
#include "store/Database.h"
#include "workflow/AppealIntake.h"
#include "workflow/AppealService.h"
#include "workflow/Session.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

namespace {

using test::minimalPdf;
using test::picture;
using test::residentId;

// A JPEG cut off in the middle of its data.
QByteArray corruptJpeg()
{
    const QByteArray full = picture("JPG", Qt::darkGreen);
    return full.left(full.size() / 2);
}

QJsonObject doc(const char *kind, const char *file)
{
    return QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(kind)},
                       {QStringLiteral("file"), QString::fromLatin1(file)}};
}

QJsonObject person(const QString &ref, const QString &idNumber, const QJsonArray &docs)
{
    return QJsonObject{
        {QStringLiteral("ref"), ref},
        {QStringLiteral("type"), QStringLiteral("person_recovery")},
        {QStringLiteral("submitted_at"), QStringLiteral("2025-03-10T09:30:00+08:00")},
        {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")},
                                               {QStringLiteral("identity_region"), QStringLiteral("mainland")},
                                               {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                                               {QStringLiteral("id_number"), idNumber},
                                               {QStringLiteral("phone"), QStringLiteral("13912345678")}}},
        {QStringLiteral("documents"), docs}};
}

QJsonObject organization(const char *type, const QString &ref, const QJsonArray &docs)
{
    QJsonObject fields{{QStringLiteral("organization_type"), QStringLiteral("enterprise")},
                       {QStringLiteral("organization_name"), QStringLiteral("北京某某科技有限公司")},
                       {QStringLiteral("uscc"), QStringLiteral("91110108MA01ET88XL")},
                       {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                       {QStringLiteral("id_number"), residentId("11010519700101001")},
                       {QStringLiteral("phone"), QStringLiteral("13712345678")}};
    const QString t = QString::fromLatin1(type);
    if (t == QLatin1String("organization_recovery")) {
        fields.insert(QStringLiteral("agent_name"), QStringLiteral("赵六"));
        fields.insert(QStringLiteral("identity_region"), QStringLiteral("mainland"));
        fields.insert(QStringLiteral("email"), QStringLiteral("zhao@example.cn"));
        fields.insert(QStringLiteral("reason"), QStringLiteral("主代办人离职"));
    } else {
        fields.insert(QStringLiteral("legal_rep_name"), QStringLiteral("王五"));
        fields.insert(QStringLiteral("id_valid_from"), QStringLiteral("2015-06-01"));
        fields.insert(QStringLiteral("id_valid_until"), QStringLiteral("2035-06-01"));
        fields.insert(QStringLiteral("remark"), QStringLiteral("法人信息不匹配"));
        if (t == QLatin1String("assisted_registration"))
            fields.insert(QStringLiteral("requested_login"), QStringLiteral("bjmmkj2025"));
    }
    return QJsonObject{{QStringLiteral("ref"), ref},
                       {QStringLiteral("type"), t},
                       {QStringLiteral("submitted_at"), QStringLiteral("2025-03-10T01:00:00Z")},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("documents"), docs}};
}

QJsonArray orgDocs(const char *idFront = "org/id_front.png")
{
    return QJsonArray{doc("licence", "org/licence.pdf"), doc("authorization", "org/authorization.jpg"),
                      doc("id_front", idFront), doc("id_back", "org/id_back.png"),
                      doc("handler_id", "org/handler.jpg")};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QString scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto conn = db.connection();
    QSqlQuery q(*conn);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestAppealIntake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importAllTypes();
    void resubmitAndWithdrawEvents();
    void badFiles();

private:
    QString writeJson(const QString &name, const QJsonDocument &json);
    QJsonArray mainEntries() const;

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
};

void TestAppealIntake::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString files = m_dir.filePath(QStringLiteral("files"));
    writeFile(files + QStringLiteral("/p1/front.png"), picture("PNG", Qt::red));
    writeFile(files + QStringLiteral("/p1/back.jpg"), picture("JPG", Qt::blue));
    writeFile(files + QStringLiteral("/p1/front2.png"), picture("PNG", Qt::green));
    writeFile(files + QStringLiteral("/org/licence.pdf"), minimalPdf());
    writeFile(files + QStringLiteral("/org/authorization.jpg"), picture("JPG", Qt::white));
    writeFile(files + QStringLiteral("/org/id_front.png"), picture("PNG", Qt::cyan));
    writeFile(files + QStringLiteral("/org/id_back.png"), picture("PNG", Qt::magenta));
    writeFile(files + QStringLiteral("/org/handler.jpg"), picture("JPG", Qt::gray));
    writeFile(files + QStringLiteral("/bad/corrupt.jpg"), corruptJpeg());
    writeFile(files + QStringLiteral("/bad/bomb.png"), test::declaredSizePng(30000, 30000));
    // Over 1 MB: a PNG signature followed by filler.
    writeFile(files + QStringLiteral("/bad/huge.png"),
              QByteArrayLiteral("\x89PNG\r\n\x1A\n") + QByteArray(1200 * 1024, 'x'));
    writeFile(m_dir.filePath(QStringLiteral("outside.png")), picture("PNG", Qt::yellow));
}

void TestAppealIntake::init()
{
    m_db = test::openTestDatabase();
}

void TestAppealIntake::cleanup()
{
    m_db.reset();
}

QString TestAppealIntake::writeJson(const QString &name, const QJsonDocument &json)
{
    const QString path = m_dir.filePath(name);
    writeFile(path, json.toJson());
    return path;
}

QJsonArray TestAppealIntake::mainEntries() const
{
    const QString okId = residentId("11010519491231002");
    QJsonArray entries;
    entries << person(QStringLiteral("P-1"), okId,
                      {doc("id_front", "p1/front.png"), doc("id_back", "p1/back.jpg")}); // 0
    entries << organization("organization_recovery", QStringLiteral("O-1"),
                            {doc("id_front", "org/id_front.png"), doc("id_back", "org/id_back.png")}); // 1
    entries << organization("assisted_registration", QStringLiteral("A-1"), orgDocs());                // 2
    entries << organization("modify_organization", QStringLiteral("M-1"), orgDocs("bad/corrupt.jpg")); // 3: corrupt
    entries << person(QStringLiteral("P-2"), okId,
                      {doc("id_front", "p1/front.png"), doc("id_back", "bad/bomb.png")}); // 4
    entries << person(QStringLiteral("P-3"), QStringLiteral("110105194912310021"),        // 5: wrong check digit
                      {doc("id_front", "p1/front.png"), doc("id_back", "p1/back.jpg")});
    QJsonObject unknownType = person(QStringLiteral("X-1"), okId, {});
    unknownType.insert(QStringLiteral("type"), QStringLiteral("password_lottery"));
    entries << unknownType; // 6
    QJsonObject noPhone = person(QStringLiteral("P-4"), okId, {});
    QJsonObject fields = noPhone.value(QStringLiteral("fields")).toObject();
    fields.remove(QStringLiteral("phone"));
    noPhone.insert(QStringLiteral("fields"), fields);
    entries << noPhone; // 7
    entries << person(QStringLiteral("P-5"), okId,
                      {doc("id_front", "bad/huge.png"), doc("id_back", "p1/back.jpg")}); // 8
    entries << person(QStringLiteral("P-6"), okId,
                      {doc("id_front", "../outside.png"), doc("id_back", "p1/back.jpg")}); // 9
    return entries;
}

void TestAppealIntake::importAllTypes()
{
    const QString file =
        writeJson(QStringLiteral("main.json"), QJsonDocument(QJsonObject{{QStringLiteral("appeals"), mainEntries()}}));
    const QString files = m_dir.filePath(QStringLiteral("files"));
    const auto run = test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("appeal"), QStringLiteral("import"),
                                                                file, QStringLiteral("--files"), files});
    QCOMPARE(run.code, 2); // some entries were refused
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("entries")).toInt(), 10);
    QCOMPARE(json.value(QStringLiteral("recorded")).toInt(), 7);
    QCOMPARE(json.value(QStringLiteral("duplicates")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("needing_documents")).toInt(), 4); // M-1, P-2, P-5, P-6
    const QJsonArray refused = json.value(QStringLiteral("refused")).toArray();
    QCOMPARE(refused.size(), 3);
    QCOMPARE(refused[0].toObject().value(QStringLiteral("index")).toInt(), 5);
    QCOMPARE(refused[0].toObject().value(QStringLiteral("ref")).toString(), QStringLiteral("P-3"));
    const QString idProblem = refused[0].toObject().value(QStringLiteral("reason")).toString();
    QVERIFY2(idProblem.contains(QLatin1String("ID number")), qPrintable(idProblem));
    QVERIFY2(!idProblem.contains(QLatin1String("110105194912310021")), qPrintable(idProblem)); // masked
    QCOMPARE(refused[1].toObject().value(QStringLiteral("ref")).toString(), QStringLiteral("X-1"));
    QVERIFY(
        refused[1].toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("password_lottery")));
    QCOMPARE(refused[2].toObject().value(QStringLiteral("index")).toInt(), 7);
    QVERIFY(refused[2].toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("Mobile phone")));
    const QJsonArray docRefusals = json.value(QStringLiteral("document_refusals")).toArray();
    QCOMPARE(docRefusals.size(), 4);
    QHash<QString, QString> reasonByRef;
    for (const QJsonValue &v : docRefusals)
        reasonByRef.insert(v.toObject().value(QStringLiteral("ref")).toString(),
                           v.toObject().value(QStringLiteral("reason")).toString());
    QVERIFY2(reasonByRef.value(QStringLiteral("M-1")).contains(QLatin1String("corrupt.jpg")),
             qPrintable(reasonByRef.value(QStringLiteral("M-1"))));
    QVERIFY2(reasonByRef.value(QStringLiteral("P-2")).contains(QLatin1String("bomb")),
             qPrintable(reasonByRef.value(QStringLiteral("P-2"))));
    QVERIFY2(reasonByRef.value(QStringLiteral("P-5")).contains(QLatin1String("1 MB")),
             qPrintable(reasonByRef.value(QStringLiteral("P-5"))));
    QVERIFY2(reasonByRef.value(QStringLiteral("P-6")).contains(QLatin1String("--files")),
             qPrintable(reasonByRef.value(QStringLiteral("P-6"))));
    QVERIFY(run.err.contains(QLatin1String("P-3")));

    // What was stored.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal")), QStringLiteral("7"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal WHERE external_ref IN ('P-3', 'X-1', 'P-4')")),
             QStringLiteral("0"));
    AppealRepository repo(*m_db);
    const auto appeal = [&](const char *ref) {
        auto id = repo.idForExternalRef(QString::fromLatin1(ref));
        if (!id || !id->has_value())
            qFatal("appeal %s was not recorded", ref);
        return *repo.record(**id);
    };
    const AppealRecord p1 = appeal("P-1");
    QCOMPARE(p1.type, QStringLiteral("person_recovery"));
    QVERIFY(p1.documentsComplete);
    QCOMPARE(p1.submittedAt, QDateTime(QDate(2025, 3, 10), QTime(1, 30), Qt::UTC));
    QCOMPARE(repo.documents(p1.id)->size(), 2);
    QCOMPARE(appeal("O-1").type, QStringLiteral("organization_recovery"));
    QCOMPARE(appeal("O-1").applicantName, QStringLiteral("赵六"));
    const AppealRecord a1 = appeal("A-1");
    QCOMPARE(a1.type, QStringLiteral("assisted_registration"));
    QVERIFY(a1.documentsComplete);
    const auto a1Docs = *repo.documents(a1.id);
    QCOMPARE(a1Docs.size(), 5);
    QCOMPARE(a1Docs[0].kind, QStringLiteral("licence"));
    QCOMPARE(a1Docs[0].mimeType, QStringLiteral("application/pdf"));
    const AppealRecord m1 = appeal("M-1");
    QCOMPARE(m1.type, QStringLiteral("modify_organization"));
    QVERIFY(!m1.documentsComplete);
    QCOMPARE(repo.documents(m1.id)->size(), 4); // all but the corrupt ID front
    QVERIFY(!appeal("P-2").documentsComplete);
    QCOMPARE(repo.documents(appeal("P-2").id)->size(), 1);
    QVERIFY(!appeal("P-5").documentsComplete);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal WHERE documents_complete = ?"), {false}),
             QStringLiteral("4"));
    const QString auditRows = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'appeal.import'")),
             QStringLiteral("7"));

    // The same file again: nothing new.
    const auto again = test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("appeal"), QStringLiteral("import"),
                                                                  file, QStringLiteral("--files"), files});
    QCOMPARE(again.code, 2);
    QCOMPARE(again.json().value(QStringLiteral("recorded")).toInt(), 0);
    QCOMPARE(again.json().value(QStringLiteral("duplicates")).toInt(), 7);
    QCOMPARE(again.json().value(QStringLiteral("refused")).toArray().size(), 3);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal")), QStringLiteral("7"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM document")), QStringLiteral("16"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditRows);

    // A file of good entries only (the plain array form) exits 0.
    const QString good =
        writeJson(QStringLiteral("good.json"),
                  QJsonDocument(QJsonArray{person(QStringLiteral("P-10"), residentId("11010519491231010"),
                                                  {doc("id_front", "p1/front.png"), doc("id_back", "p1/back.jpg")})}));
    const auto ok = test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("appeal"), QStringLiteral("import"), good,
                                                               QStringLiteral("--files"), files});
    QCOMPARE(ok.code, 0);
    QCOMPARE(ok.json().value(QStringLiteral("recorded")).toInt(), 1);
}

void TestAppealIntake::resubmitAndWithdrawEvents()
{
    const QString files = m_dir.filePath(QStringLiteral("files"));
    const QString okId = residentId("11010519491231002");
    const QString first = writeJson(
        QStringLiteral("first.json"),
        QJsonDocument(QJsonArray{
            person(QStringLiteral("E-1"), okId, {doc("id_front", "p1/front.png"), doc("id_back", "bad/bomb.png")}),
            person(QStringLiteral("E-2"), okId, {doc("id_front", "p1/front.png"), doc("id_back", "p1/back.jpg")})}));
    QCOMPARE(test::runCli(test::lastTestDatabaseUrl(),
                          {QStringLiteral("appeal"), QStringLiteral("import"), first, QStringLiteral("--files"), files})
                 .code,
             0);
    AppealRepository repo(*m_db);
    const qint64 e1 = **repo.idForExternalRef(QStringLiteral("E-1"));
    const qint64 e2 = **repo.idForExternalRef(QStringLiteral("E-2"));

    // A reviewer asks the user of E-1 for a usable ID back.
    StaffMember staff;
    staff.login = QStringLiteral("rev_intake");
    staff.role = StaffRole::Reviewer;
    AppealService reviewer(std::make_shared<Session>(m_db, staff, staff.login));
    auto claimed = reviewer.claim(e1);
    QVERIFY(claimed);
    QVERIFY(reviewer.askForDocuments(e1, QStringLiteral("unclear_image"), {}, claimed->version));
    QCOMPARE(repo.record(e1)->state, AppealState::WaitingForUser);

    QJsonArray events{QJsonObject{{QStringLiteral("event"), QStringLiteral("resubmit")},
                                  {QStringLiteral("ref"), QStringLiteral("E-1")},
                                  {QStringLiteral("documents"), QJsonArray{doc("id_back", "p1/front2.png")}}},
                      QJsonObject{{QStringLiteral("event"), QStringLiteral("withdraw")},
                                  {QStringLiteral("ref"), QStringLiteral("E-2")},
                                  {QStringLiteral("reason"), QStringLiteral("已自行找回")}},
                      QJsonObject{{QStringLiteral("event"), QStringLiteral("withdraw")},
                                  {QStringLiteral("ref"), QStringLiteral("E-404")}}};
    const QString eventsFile = writeJson(QStringLiteral("events.json"), QJsonDocument(events));
    const auto run = test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("appeal"), QStringLiteral("import"),
                                                                eventsFile, QStringLiteral("--files"), files});
    QCOMPARE(run.code, 2); // E-404 is unknown
    QCOMPARE(run.json().value(QStringLiteral("resubmitted")).toInt(), 1);
    QCOMPARE(run.json().value(QStringLiteral("withdrawn")).toInt(), 1);
    QCOMPARE(run.json().value(QStringLiteral("refused")).toArray().size(), 1);
    QCOMPARE(
        run.json().value(QStringLiteral("refused")).toArray()[0].toObject().value(QStringLiteral("ref")).toString(),
        QStringLiteral("E-404"));
    const AppealRecord a1 = *repo.record(e1);
    QCOMPARE(a1.state, AppealState::New);
    QVERIFY(a1.documentsComplete);
    QVERIFY(a1.dueAt.isValid());
    QCOMPARE(repo.record(e2)->state, AppealState::Withdrawn);
    QCOMPARE(repo.record(e2)->decisionReason, QStringLiteral("已自行找回"));

    // Again: both events are already applied.
    const auto again = test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("appeal"), QStringLiteral("import"),
                                                                  eventsFile, QStringLiteral("--files"), files});
    QCOMPARE(again.json().value(QStringLiteral("duplicates")).toInt(), 2);
    QCOMPARE(again.json().value(QStringLiteral("resubmitted")).toInt(), 0);
    QCOMPARE(again.json().value(QStringLiteral("withdrawn")).toInt(), 0);
    QCOMPARE(repo.documents(e1)->size(), 2);
}

void TestAppealIntake::badFiles()
{
    const QString files = m_dir.filePath(QStringLiteral("files"));
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    writeFile(broken, QByteArrayLiteral("[{\"ref\": \"B-1\", "));
    auto run = test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("appeal"), QStringLiteral("import"), broken,
                                                          QStringLiteral("--files"), files});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QLatin1String("JSON")), qPrintable(run.err));
    const QString wrongShape =
        writeJson(QStringLiteral("shape.json"), QJsonDocument(QJsonObject{{QStringLiteral("x"), 1}}));
    run = test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("appeal"), QStringLiteral("import"), wrongShape,
                                                     QStringLiteral("--files"), files});
    QCOMPARE(run.code, 2);
    run = test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("appeal"), QStringLiteral("import"),
                                                     m_dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(run.code, 2);
    run = test::runCli(test::lastTestDatabaseUrl(), {QStringLiteral("appeal"), QStringLiteral("frobnicate")});
    QCOMPARE(run.code, 2);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal")), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestAppealIntake)
#include "tst_appealintake.moc"
