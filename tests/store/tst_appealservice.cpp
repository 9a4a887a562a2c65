// Recovery appeals: every transition of AppealService (file, claim, approve, reject, ask for documents, resubmit,
// withdraw, release, reassign), who may do what, stale versions, the approval's password handling (hash only,
// must-change, SMS body vs. masked preview, never in an audit row), the review workspace, reason templates and
// the queue's paging and filters in SQL. Runs on SQLite and PostgreSQL.
#include "TestData.h"
#include "TestDatabase.h"
#include "TestDocuments.h"
#include "FakeSmsGateway.h"

#include "domain/BusinessCalendar.h"
#include "domain/Identifiers.h"
#include "store/AppealRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/PasswordHasher.h"
#include "domain/CitizenTexts.h"
#include "workflow/AppealService.h"
#include "workflow/SmsSender.h"
#include "workflow/Session.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace desk;

namespace {

using test::minimalPdf;
using test::residentId;

// The pictures of these tests are 80 x 50.
QByteArray picture(const char *format, Qt::GlobalColor color)
{
    return test::picture(format, color, QSize(80, 50));
}

// Rows of a query as "a|b|c" strings.
QStringList rows(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto conn = db.connection();
    if (!conn)
        qFatal("no connection: %s", qPrintable(conn.error().message));
    QSqlQuery q(*conn);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QStringList out;
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols << q.value(i).toString();
        out << cols.join(QLatin1Char('|'));
    }
    return out;
}

QString one(Database &db, const QString &sql, const QVariantList &values = {})
{
    const QStringList r = rows(db, sql, values);
    return r.value(0);
}

// A translator that turns every translatable text into English-looking text, as the English screen would.
class EnglishScreen : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("[en] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

bool hasChinese(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

QDateTime china(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

} // namespace

class TestAppealService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fileClaimApprove();
    void approveKeepsThePasswordSecret();
    void citizenTextsIgnoreTheScreenLanguage();
    void approveOnlyForCandidates();
    void rejectWithTemplate();
    void askForDocumentsPausesAndResubmitResumes();
    void withdraw();
    void onlyTheHolderDecides();
    void staleVersionIsRefused();
    void supervisorReleasesAndReassigns();
    void filerNeverHandlesTheirOwnAppeal();
    void permissions();
    void filingValidatesFields_data();
    void filingValidatesFields();
    void filingRefusesBadDocuments();
    void reviewShowsEverything();
    void organizationCandidatesHintAtRenames();
    void reasonTemplates();
    void queuePagingAndFilters();

private:
    std::shared_ptr<Session> session(StaffRole role, const QString &login);
    AppealService service(StaffRole role, const QString &login);
    void addStaff(const QString &login, StaffRole role);
    AppealSubmission personAppeal(const QString &idNumber, const QString &phone = QStringLiteral("13912345678"));
    qint64 filePerson(const QString &idNumber, const QString &phone = QStringLiteral("13912345678"));
    AppealRecord record(qint64 id);

    std::shared_ptr<Database> m_db;
    QDateTime m_now;
};

void TestAppealService::init()
{
    m_db = test::openTestDatabase();
    m_now = china(2025, 3, 10, 10); // Monday 10:00 China time
}

void TestAppealService::cleanup()
{
    m_db.reset();
}

std::shared_ptr<Session> TestAppealService::session(StaffRole role, const QString &login)
{
    StaffMember staff;
    staff.login = login;
    staff.displayName = login;
    staff.role = role;
    return std::make_shared<Session>(m_db, staff, login);
}

AppealService TestAppealService::service(StaffRole role, const QString &login)
{
    AppealService s(session(role, login));
    s.setClock([this] { return m_now; });
    return s;
}

void TestAppealService::addStaff(const QString &login, StaffRole role)
{
    rows(*m_db,
         QStringLiteral("INSERT INTO staff (login, display_name, role, active, created_at) VALUES (?, ?, ?, ?, ?)"),
         {login, login, staffRoleName(role), true, QStringLiteral("2024-01-01T00:00:00.000Z")});
}

AppealSubmission TestAppealService::personAppeal(const QString &idNumber, const QString &phone)
{
    AppealSubmission s;
    s.type = QStringLiteral("person_recovery");
    s.fields = QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")},
                           {QStringLiteral("identity_region"), QStringLiteral("mainland")},
                           {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                           {QStringLiteral("id_number"), idNumber},
                           {QStringLiteral("phone"), phone}};
    s.documents = {{QStringLiteral("id_front"), QStringLiteral("front.png"), picture("PNG", Qt::red)},
                   {QStringLiteral("id_back"), QStringLiteral("back.jpg"), picture("JPG", Qt::blue)}};
    return s;
}

qint64 TestAppealService::filePerson(const QString &idNumber, const QString &phone)
{
    auto id = service(StaffRole::Agent, QStringLiteral("agent_li")).file(personAppeal(idNumber, phone));
    if (!id)
        qFatal("filing failed: %s", qPrintable(id.error().message));
    return *id;
}

AppealRecord TestAppealService::record(qint64 id)
{
    auto r = AppealRepository(*m_db).record(id);
    if (!r)
        qFatal("no appeal %lld: %s", id, qPrintable(r.error().message));
    return *r;
}

void TestAppealService::fileClaimApprove()
{
    const QString idNumber = residentId("11010519491231002");
    test::AccountSeed seed =
        test::accountSeed(QStringLiteral("zhangsan01"), QStringLiteral("person"), QStringLiteral("张三"));
    seed.idNumber = idNumber;
    seed.phone = QStringLiteral("13800000000");
    seed.realNameStatus = QStringLiteral("verified_national");
    const qint64 accountId = test::insertAccount(*m_db, seed);

    const qint64 id = filePerson(idNumber);
    AppealRecord a = record(id);
    QCOMPARE(a.state, AppealState::New);
    QCOMPARE(a.type, QStringLiteral("person_recovery"));
    QCOMPARE(a.applicantName, QStringLiteral("张三"));
    QCOMPARE(a.idNumber, idNumber);
    QCOMPARE(a.payload.value(QStringLiteral("identity_region")).toString(), QStringLiteral("mainland"));
    QVERIFY(a.documentsComplete);
    QCOMPARE(a.submittedAt, m_now);
    // Monday 10:00 + 2 business days = Wednesday 10:00 (China time).
    QCOMPARE(a.dueAt, china(2025, 3, 12, 10));
    QCOMPARE(a.version, 0);
    auto docs = AppealRepository(*m_db).documents(id);
    QVERIFY(docs);
    QCOMPARE(docs->size(), 2);
    QCOMPARE(docs->at(0).mimeType, QStringLiteral("image/png"));
    QCOMPARE(docs->at(1).mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(one(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'appeal.file' AND entity_id = ?"),
                 {QString::number(id)}),
             QStringLiteral("1"));

    AppealService reviewer = service(StaffRole::Reviewer, QStringLiteral("rev_wang"));
    auto claimed = reviewer.claimNext();
    QVERIFY2(claimed, qPrintable(claimed ? QString() : claimed.error().message));
    QCOMPARE(claimed->id, id);
    QCOMPARE(claimed->state, AppealState::Claimed);
    QCOMPARE(claimed->claimedBy, QStringLiteral("rev_wang"));
    QCOMPARE(claimed->claimExpiresAt, m_now.addSecs(30 * 60)); // claim_idle_minutes = 30
    QCOMPARE(claimed->version, 1);
    QCOMPARE(reviewer.claimNext().error().code, Error::Code::NotFound); // nothing else to claim

    // touch() moves the expiry, not the version.
    m_now = m_now.addSecs(20 * 60);
    auto touched = reviewer.touch(id);
    QVERIFY(touched);
    QCOMPARE(*touched, m_now.addSecs(30 * 60));
    QCOMPARE(record(id).version, 1);

    auto cands = reviewer.candidates(id);
    QVERIFY(cands);
    QCOMPARE(cands->size(), 1);
    QCOMPARE(cands->at(0).account.id, accountId);
    QCOMPARE(cands->at(0).matchedBy, QStringList{QStringLiteral("id_number")});
    QHash<QString, FieldMatch> cmp;
    for (const FieldComparison &c : cands->at(0).comparison)
        cmp.insert(c.field, c.match);
    QCOMPARE(cmp.value(QStringLiteral("name")), FieldMatch::Equal);
    QCOMPARE(cmp.value(QStringLiteral("id_number")), FieldMatch::Equal);
    QCOMPARE(cmp.value(QStringLiteral("phone")), FieldMatch::Differs);

    auto approved = reviewer.approve(id, accountId, 1);
    QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message));
    a = record(id);
    QCOMPARE(a.state, AppealState::Approved);
    QCOMPARE(a.accountId, accountId);
    QCOMPARE(a.decidedBy, QStringLiteral("rev_wang"));
    QCOMPARE(a.decidedAt, m_now);
    QVERIFY(a.claimedBy.isEmpty());
    QCOMPARE(a.version, 2);
    // The appeal's phone becomes the reserved phone.
    QCOMPARE(one(*m_db, QStringLiteral("SELECT phone FROM account WHERE id = ?"), {accountId}),
             QStringLiteral("13912345678"));
    QCOMPARE(one(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM account_event WHERE account_id = ? AND kind = 'appeal_approved'"),
                 {accountId}),
             QStringLiteral("1"));
    // A decided appeal cannot be decided again.
    auto again = reviewer.reject(id, QStringLiteral("other"), {}, 2);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Conflict);
    auto verify = AuditLog(*m_db).verify();
    QVERIFY(verify && verify->ok);
}

void TestAppealService::approveKeepsThePasswordSecret()
{
    const QString idNumber = residentId("44030619850101001");
    test::AccountSeed seed =
        test::accountSeed(QStringLiteral("li_si_1985"), QStringLiteral("person"), QStringLiteral("张三"));
    seed.idNumber = idNumber;
    const qint64 accountId = test::insertAccount(*m_db, seed);
    const QString oldHash = one(*m_db, QStringLiteral("SELECT password_hash FROM account WHERE id = ?"), {accountId});
    const qint64 id = filePerson(idNumber, QStringLiteral("15500006621"));
    AppealService reviewer = service(StaffRole::Reviewer, QStringLiteral("rev_zhao"));
    auto claimed = reviewer.claim(id);
    QVERIFY(claimed);
    QVERIFY(reviewer.approve(id, accountId, claimed->version));

    // The approval clears the old password at once; nobody on the staff ever holds the new one.
    QStringList account = rows(
        *m_db, QStringLiteral("SELECT password_hash, must_change_password FROM account WHERE id = ?"), {accountId});
    QCOMPARE(account.size(), 1);
    QVERIFY(account[0].section(QLatin1Char('|'), 0, 0).isEmpty());
    const QString mustChange = account[0].section(QLatin1Char('|'), 1, 1);
    QVERIFY(mustChange == QLatin1String("1") || mustChange == QLatin1String("true"));

    // The queued message holds a slot for the password, not a password (read as the delivery role would).
    const QStringList sms = rows(
        *m_db, QStringLiteral("SELECT phone, body, preview, state, password_for FROM sms_outbox WHERE appeal_id = ?"),
        {id});
    QCOMPARE(sms.size(), 1);
    const QStringList parts = sms[0].split(QLatin1Char('|'));
    QCOMPARE(parts[0], QStringLiteral("15500006621"));
    QCOMPARE(parts[3], QStringLiteral("queued"));
    QCOMPARE(parts[4], QString::number(accountId));
    QCOMPARE(parts[1], CitizenTexts::appealApprovedSms(id, QStringLiteral("li_si_1985"), CitizenTexts::newPasswordSlot()));
    const QString preview = parts[2];
    QVERIFY(preview.contains(QLatin1String("li_si_1985")));
    QVERIFY(preview.contains(AppealService::passwordMask()));

    // The SMS sender generates the password when it delivers: the text that leaves carries it, the account holds
    // its hash, and the database keeps neither the password nor the text.
    test::FakeSmsGateway gateway;
    QVERIFY(gateway.start());
    SmsSender::Config config;
    config.gatewayUrl = gateway.url();
    config.allowPlainHttpForLoopback = true;
    SmsSender sender(session(StaffRole::Administrator, QStringLiteral("sms_service")), config);
    auto report = sender.deliverOnce();
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->sent, 1);
    QCOMPARE(gateway.requestCount(), 1);
    const QString text = gateway.requests().first().json.value(QStringLiteral("text")).toString();
    const qsizetype at = preview.indexOf(AppealService::passwordMask());
    const qsizetype length = text.size() - preview.size() + AppealService::passwordMask().size();
    QVERIFY(length >= 8);
    const QString password = text.mid(at, length);
    QCOMPARE(text.left(at), preview.left(at));
    QVERIFY(!password.contains(QLatin1Char('{')));
    QVERIFY2(ids::checkPassword(password).ok, qPrintable(ids::checkPassword(password).message));
    account = rows(*m_db, QStringLiteral("SELECT password_hash FROM account WHERE id = ?"), {accountId});
    const QString hash = account.value(0);
    QVERIFY(hash != oldHash);
    QVERIFY(hash.startsWith(QLatin1String("$scrypt$")));
    QVERIFY(crypto::verifyPassword(password, hash));
    QVERIFY(!crypto::verifyPassword(QString(password + QLatin1Char('x')), hash));

    // Nowhere else: no audit row, no appeal column, no account event, no outbox row.
    const QStringList audit = rows(*m_db, QStringLiteral("SELECT action, before_json, after_json FROM audit_log"));
    QVERIFY(audit.size() >= 4);
    for (const QString &row : audit)
        QVERIFY2(!row.contains(password), qPrintable(row));
    const QStringList appealRow = rows(*m_db, QStringLiteral("SELECT * FROM appeal WHERE id = ?"), {id});
    QVERIFY(!appealRow.join(QString()).contains(password));
    const QStringList events = rows(*m_db, QStringLiteral("SELECT kind, detail FROM account_event"));
    QVERIFY(!events.join(QString()).contains(password));
    QVERIFY(!rows(*m_db, QStringLiteral("SELECT * FROM sms_outbox")).join(QString()).contains(password));
    QCOMPARE(one(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'account.password_reset'")),
             QStringLiteral("1"));
    QCOMPARE(one(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'account.password_issued' "
                                       "AND entity_id = ?"),
                 {QString::number(accountId)}),
             QStringLiteral("1"));
    auto verify = AuditLog(*m_db).verify();
    QVERIFY(verify && verify->ok);
}

void TestAppealService::approveOnlyForCandidates()
{
    const QString idNumber = residentId("11010519800101003");
    test::AccountSeed other =
        test::accountSeed(QStringLiteral("someone_else"), QStringLiteral("person"), QStringLiteral("李四"));
    other.idNumber = residentId("11010519800101004");
    const qint64 otherId = test::insertAccount(*m_db, other);
    const qint64 id = filePerson(idNumber);
    AppealService reviewer = service(StaffRole::Reviewer, QStringLiteral("rev_qian"));
    auto claimed = reviewer.claim(id);
    QVERIFY(claimed);
    auto cands = reviewer.candidates(id);
    QVERIFY(cands);
    QVERIFY(cands->isEmpty());
    auto approved = reviewer.approve(id, otherId, claimed->version);
    QVERIFY(!approved);
    QCOMPARE(approved.error().code, Error::Code::InvalidInput);
    QVERIFY(approved.error().message.contains(QString::number(otherId)));
    QCOMPARE(record(id).state, AppealState::Claimed);
    QCOMPARE(one(*m_db, QStringLiteral("SELECT COUNT(*) FROM sms_outbox")), QStringLiteral("0"));
    // No account: reject with the "no account" template.
    QVERIFY(reviewer.reject(id, QStringLiteral("no_account"), {}, claimed->version));
    QCOMPARE(record(id).reasonCode, QStringLiteral("no_account"));
}

void TestAppealService::citizenTextsIgnoreTheScreenLanguage()
{
    EnglishScreen english;
    QVERIFY(QCoreApplication::installTranslator(&english));
    QVERIFY(QCoreApplication::translate("desk::AppealService", "Approve").startsWith(QLatin1String("[en] ")));

    const QString idNumber = residentId("44030619850101001");
    test::AccountSeed seed =
        test::accountSeed(QStringLiteral("wang_wu_88"), QStringLiteral("person"), QStringLiteral("张三"));
    seed.idNumber = idNumber;
    const qint64 accountId = test::insertAccount(*m_db, seed);
    const qint64 approvedId = filePerson(idNumber, QStringLiteral("15500006621"));
    const qint64 rejectedId = filePerson(residentId("11010519491231002"), QStringLiteral("15500006622"));
    AppealService reviewer = service(StaffRole::Reviewer, QStringLiteral("rev_en"));
    auto claimed = reviewer.claim(approvedId);
    QVERIFY(claimed);
    QVERIFY(reviewer.approve(approvedId, accountId, claimed->version));
    claimed = reviewer.claim(rejectedId);
    QVERIFY(claimed);
    QVERIFY(reviewer.reject(rejectedId, QStringLiteral("not_signed"), {}, claimed->version));
    QCoreApplication::removeTranslator(&english);

    for (const qint64 id : {approvedId, rejectedId}) {
        const QStringList sms =
            rows(*m_db, QStringLiteral("SELECT body, preview FROM sms_outbox WHERE appeal_id = ?"), {id});
        QCOMPARE(sms.size(), 1);
        QVERIFY2(hasChinese(sms[0]) && !sms[0].contains(QLatin1String("[en]")), qPrintable(sms[0]));
        const QString reason = record(id).decisionReason;
        QVERIFY2(hasChinese(reason) && !reason.contains(QLatin1String("[en]")), qPrintable(reason));
    }
    QVERIFY(one(*m_db, QStringLiteral("SELECT body FROM sms_outbox WHERE appeal_id = ?"), {approvedId})
                .startsWith(QStringLiteral("您的申诉 %1 已通过。").arg(approvedId)));
    QCOMPARE(record(approvedId).decisionReason, QStringLiteral("已通过（账号 wang_wu_88）。"));
    QCOMPARE(record(rejectedId).decisionReason, QStringLiteral("材料未签字"));
}

void TestAppealService::rejectWithTemplate()
{
    const qint64 id = filePerson(residentId("11010519491231002"));
    AppealService reviewer = service(StaffRole::Reviewer, QStringLiteral("rev_sun"));
    auto claimed = reviewer.claim(id);
    QVERIFY(claimed);

    auto unknown = reviewer.reject(id, QStringLiteral("no_such_reason"), {}, claimed->version);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, Error::Code::InvalidInput);
    QVERIFY(unknown.error().message.contains(QLatin1String("no_such_reason")));

    // An inactive template is refused too.
    AppealService admin = service(StaffRole::Administrator, QStringLiteral("admin_1"));
    auto templates = admin.reasonTemplates(false);
    QVERIFY(templates);
    qint64 noSeal = 0;
    for (const ReasonTemplate &t : *templates)
        if (t.code == QLatin1String("no_seal"))
            noSeal = t.id;
    QVERIFY(noSeal);
    QVERIFY(admin.deactivateReasonTemplate(noSeal));
    QCOMPARE(reviewer.reject(id, QStringLiteral("no_seal"), {}, claimed->version).error().code,
             Error::Code::InvalidInput);

    auto rejected =
        reviewer.reject(id, QStringLiteral("not_signed"), QStringLiteral("请在复印件上签字。"), claimed->version);
    QVERIFY2(rejected, qPrintable(rejected ? QString() : rejected.error().message));
    const AppealRecord a = record(id);
    QCOMPARE(a.state, AppealState::Rejected);
    QCOMPARE(a.reasonCode, QStringLiteral("not_signed"));
    QCOMPARE(a.decisionReason, QStringLiteral("材料未签字: 请在复印件上签字。"));
    QCOMPARE(a.decidedBy, QStringLiteral("rev_sun"));
    const QStringList sms =
        rows(*m_db, QStringLiteral("SELECT phone, body, preview FROM sms_outbox WHERE appeal_id = ?"), {id});
    QCOMPARE(sms.size(), 1);
    const QString expected =
        QStringLiteral("您提交的申诉材料未按要求签字，请在证件复印件上签字后再次提交申诉。 请在复印件上签字。");
    QCOMPARE(sms[0], QStringLiteral("13912345678|") + expected + QLatin1Char('|') + expected);
    QCOMPARE(one(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'appeal.reject' AND entity_id = ?"),
                 {QString::number(id)}),
             QStringLiteral("1"));
}

void TestAppealService::askForDocumentsPausesAndResubmitResumes()
{
    const qint64 id = filePerson(residentId("11010519491231002"));
    QCOMPARE(record(id).dueAt, china(2025, 3, 12, 10)); // due Wednesday 10:00
    AppealService reviewer = service(StaffRole::Reviewer, QStringLiteral("rev_zhou"));
    auto claimed = reviewer.claim(id);
    QVERIFY(claimed);

    m_now = china(2025, 3, 11, 10); // Tuesday 10:00: one business day left
    auto asked = reviewer.askForDocuments(id, QStringLiteral("unclear_image"), {}, claimed->version);
    QVERIFY2(asked, qPrintable(asked ? QString() : asked.error().message));
    AppealRecord a = record(id);
    QCOMPARE(a.state, AppealState::WaitingForUser);
    QVERIFY(!a.dueAt.isValid());
    QVERIFY(a.slaRemainingSeconds.has_value());
    QCOMPARE(*a.slaRemainingSeconds, qint64(24 * 3600));
    QCOMPARE(a.waitingSince, m_now);
    QVERIFY(!a.documentsComplete);
    QVERIFY(a.claimedBy.isEmpty());
    QCOMPARE(a.reasonCode, QStringLiteral("unclear_image"));
    QCOMPARE(one(*m_db, QStringLiteral("SELECT COUNT(*) FROM sms_outbox WHERE appeal_id = ?"), {id}),
             QStringLiteral("1"));
    // Paused: in the queue's paused filter, not claimable.
    AppealFilter paused;
    paused.slaStates = QStringList{QStringLiteral("paused")};
    auto page = AppealRepository(*m_db).page(paused, AppealSort::DueAt, false, std::nullopt, 50, m_now);
    QVERIFY(page);
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->at(0).id, id);
    QCOMPARE(reviewer.claimNext().error().code, Error::Code::NotFound);
    QCOMPARE(reviewer.claim(id).error().code, Error::Code::Conflict);

    // The user answers on Friday 10:00; the clock resumes with the day that was left: due Monday 10:00.
    m_now = china(2025, 3, 14, 10);
    AppealService agent = service(StaffRole::Agent, QStringLiteral("agent_li"));
    auto refused =
        agent.resubmit(id, {{QStringLiteral("id_front"), QStringLiteral("x.png"), QByteArray("not a picture")}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(record(id).state, AppealState::WaitingForUser);
    auto resumed =
        agent.resubmit(id, {{QStringLiteral("id_front"), QStringLiteral("front2.png"), picture("PNG", Qt::green)}});
    QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().message));
    a = record(id);
    QCOMPARE(a.state, AppealState::New);
    QCOMPARE(a.dueAt, china(2025, 3, 17, 10));
    QVERIFY(!a.slaRemainingSeconds.has_value());
    QVERIFY(!a.waitingSince.isValid());
    QVERIFY(a.documentsComplete);
    auto docs = AppealRepository(*m_db).documents(id);
    QVERIFY(docs);
    QCOMPARE(docs->size(), 3);
    // Resubmitting when nothing is awaited is a conflict.
    QCOMPARE(agent.resubmit(id, {{QStringLiteral("id_back"), QStringLiteral("b.png"), picture("PNG", Qt::gray)}})
                 .error()
                 .code,
             Error::Code::Conflict);
    auto again = reviewer.claimNext();
    QVERIFY(again);
    QCOMPARE(again->id, id);
}

void TestAppealService::withdraw()
{
    const qint64 id = filePerson(residentId("11010519491231002"));
    AppealService agent = service(StaffRole::Agent, QStringLiteral("agent_li"));
    QVERIFY(agent.withdraw(id, QStringLiteral("已自行找回")));
    const AppealRecord a = record(id);
    QCOMPARE(a.state, AppealState::Withdrawn);
    QCOMPARE(a.decisionReason, QStringLiteral("已自行找回"));
    QCOMPARE(agent.withdraw(id, {}).error().code, Error::Code::Conflict);
    AppealService reviewer = service(StaffRole::Reviewer, QStringLiteral("rev_wu"));
    QCOMPARE(reviewer.claim(id).error().code, Error::Code::Conflict);
    QCOMPARE(reviewer.claimNext().error().code, Error::Code::NotFound);
    QCOMPARE(one(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'appeal.withdraw'")),
             QStringLiteral("1"));
}

void TestAppealService::onlyTheHolderDecides()
{
    const qint64 id = filePerson(residentId("11010519491231002"));
    AppealService a = service(StaffRole::Reviewer, QStringLiteral("rev_a"));
    AppealService b = service(StaffRole::Reviewer, QStringLiteral("rev_b"));
    auto claimed = a.claim(id);
    QVERIFY(claimed);
    auto taken = b.claim(id);
    QVERIFY(!taken);
    QCOMPARE(taken.error().code, Error::Code::Conflict);
    QVERIFY2(taken.error().message.contains(QLatin1String("rev_a")), qPrintable(taken.error().message));
    for (const Status &s :
         {b.reject(id, QStringLiteral("other"), {}, claimed->version),
          b.askForDocuments(id, QStringLiteral("other"), {}, claimed->version), b.approve(id, 1, claimed->version)}) {
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::Conflict);
        QVERIFY2(s.error().message.contains(QLatin1String("rev_a")), qPrintable(s.error().message));
    }
    QCOMPARE(b.touch(id).error().code, Error::Code::Conflict);
    QCOMPARE(b.release(id).error().code, Error::Code::PermissionDenied);
    QCOMPARE(record(id).claimedBy, QStringLiteral("rev_a"));
    // Deciding an unclaimed appeal needs a claim first.
    const qint64 other = filePerson(residentId("11010519491231010"));
    QCOMPARE(a.reject(other, QStringLiteral("other"), {}, 0).error().code, Error::Code::Conflict);
    QCOMPARE(record(other).state, AppealState::New);
}

void TestAppealService::staleVersionIsRefused()
{
    const qint64 id = filePerson(residentId("11010519491231002"));
    AppealService reviewer = service(StaffRole::Reviewer, QStringLiteral("rev_c"));
    auto claimed = reviewer.claim(id);
    QVERIFY(claimed);
    QCOMPARE(claimed->version, 1);
    // The screen was opened before the claim (version 0): refused, nothing changes.
    auto stale = reviewer.reject(id, QStringLiteral("other"), {}, 0);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QCOMPARE(record(id).state, AppealState::Claimed);
    // A supervisor releases and the reviewer claims it again: the version moved on twice.
    addStaff(QStringLiteral("sup_d"), StaffRole::Supervisor);
    QVERIFY(service(StaffRole::Supervisor, QStringLiteral("sup_d")).release(id));
    auto reclaimed = reviewer.claim(id);
    QVERIFY(reclaimed);
    QCOMPARE(reclaimed->version, 3);
    QCOMPARE(reviewer.askForDocuments(id, QStringLiteral("other"), {}, claimed->version).error().code,
             Error::Code::Conflict);
    QCOMPARE(one(*m_db, QStringLiteral("SELECT COUNT(*) FROM sms_outbox")), QStringLiteral("0"));
    // A note is no transition: the version stays.
    QVERIFY(reviewer.addNote(id, QStringLiteral("来电核实过身份")));
    QCOMPARE(record(id).version, 3);
    QVERIFY(reviewer.reject(id, QStringLiteral("other"), {}, 3));
}

void TestAppealService::filerNeverHandlesTheirOwnAppeal()
{
    // A reviewer files an appeal "for a caller" (the victim's account, the reviewer's phone) and tries to take it.
    addStaff(QStringLiteral("rev_self"), StaffRole::Reviewer);
    addStaff(QStringLiteral("rev_other"), StaffRole::Reviewer);
    AppealService self = service(StaffRole::Reviewer, QStringLiteral("rev_self"));
    auto filed = self.file(personAppeal(residentId("11010519491231002"), QStringLiteral("13700000099")));
    QVERIFY2(filed, filed ? "" : qPrintable(filed.error().message));
    QCOMPARE(record(*filed).filedBy, QStringLiteral("rev_self"));

    // "Next" passes over it; a direct claim is refused and names the rule.
    QCOMPARE(self.claimNext().error().code, Error::Code::NotFound);
    auto claim = self.claim(*filed);
    QVERIFY(!claim);
    QCOMPARE(claim.error().code, Error::Code::PermissionDenied);
    QVERIFY2(claim.error().message.contains(QStringLiteral("rev_self")), qPrintable(claim.error().message));
    QCOMPARE(record(*filed).state, AppealState::New);

    // A supervisor cannot hand it to the filer either.
    AppealService sup = service(StaffRole::Supervisor, QStringLiteral("sup_self"));
    QCOMPARE(sup.reassign(*filed, QStringLiteral("rev_self")).error().code, Error::Code::PermissionDenied);

    // Held by the filer anyway (a row changed behind the application's back), a decision is still refused.
    rows(*m_db, QStringLiteral("UPDATE appeal SET state = 'claimed', claimed_by = 'rev_self' WHERE id = ?"),
         {*filed});
    const Status decided = self.reject(*filed, QStringLiteral("other"), QString(), record(*filed).version);
    QVERIFY(!decided);
    QCOMPARE(decided.error().code, Error::Code::PermissionDenied);
    QCOMPARE(record(*filed).state, AppealState::Claimed);

    // Another reviewer handles it.
    rows(*m_db, QStringLiteral("UPDATE appeal SET state = 'new', claimed_by = NULL WHERE id = ?"), {*filed});
    auto other = service(StaffRole::Reviewer, QStringLiteral("rev_other")).claimNext();
    QVERIFY2(other, other ? "" : qPrintable(other.error().message));
    QCOMPARE(other->id, *filed);
}

void TestAppealService::supervisorReleasesAndReassigns()
{
    addStaff(QStringLiteral("rev_e"), StaffRole::Reviewer);
    addStaff(QStringLiteral("rev_f"), StaffRole::Reviewer);
    addStaff(QStringLiteral("agent_g"), StaffRole::Agent);
    const qint64 id = filePerson(residentId("11010519491231002"));
    AppealService e = service(StaffRole::Reviewer, QStringLiteral("rev_e"));
    AppealService f = service(StaffRole::Reviewer, QStringLiteral("rev_f"));
    AppealService sup = service(StaffRole::Supervisor, QStringLiteral("sup_h"));
    QVERIFY(e.claim(id));

    // A reviewer may not reassign, nor release someone else's claim.
    auto notAllowed = f.reassign(id, QStringLiteral("rev_f"));
    QVERIFY(!notAllowed);
    QCOMPARE(notAllowed.error().code, Error::Code::PermissionDenied);
    QCOMPARE(f.release(id).error().code, Error::Code::PermissionDenied);

    QVERIFY(sup.release(id));
    AppealRecord a = record(id);
    QCOMPARE(a.state, AppealState::New);
    QVERIFY(a.claimedBy.isEmpty());

    auto toAgent = sup.reassign(id, QStringLiteral("agent_g"));
    QVERIFY(!toAgent);
    QCOMPARE(toAgent.error().code, Error::Code::InvalidInput);
    QCOMPARE(sup.reassign(id, QStringLiteral("nobody_here")).error().code, Error::Code::NotFound);

    QVERIFY(sup.reassign(id, QStringLiteral("rev_f")));
    a = record(id);
    QCOMPARE(a.state, AppealState::Claimed);
    QCOMPARE(a.claimedBy, QStringLiteral("rev_f"));
    QCOMPARE(a.claimExpiresAt, m_now.addSecs(30 * 60));
    // The new holder decides; the old one cannot.
    QCOMPARE(e.reject(id, QStringLiteral("other"), {}, a.version).error().code, Error::Code::Conflict);
    QVERIFY(f.reject(id, QStringLiteral("other"), {}, a.version));
    // A holder releases their own claim.
    const qint64 second = filePerson(residentId("11010519491231010"));
    QVERIFY(e.claim(second));
    QVERIFY(e.release(second));
    QCOMPARE(record(second).state, AppealState::New);
    QCOMPARE(one(*m_db, QStringLiteral(
                            "SELECT COUNT(*) FROM audit_log WHERE action IN ('appeal.release', 'appeal.reassign')")),
             QStringLiteral("3"));
}

void TestAppealService::permissions()
{
    const qint64 id = filePerson(residentId("11010519491231002"));
    AppealService agent = service(StaffRole::Agent, QStringLiteral("agent_k"));
    QCOMPARE(agent.claimNext().error().code, Error::Code::PermissionDenied);
    QCOMPARE(agent.claim(id).error().code, Error::Code::PermissionDenied);
    QCOMPARE(agent.approve(id, 1, 0).error().code, Error::Code::PermissionDenied);
    QCOMPARE(agent.review(id).error().code, Error::Code::PermissionDenied);
    AppealService admin = service(StaffRole::Administrator, QStringLiteral("admin_k"));
    QCOMPARE(admin.claimNext().error().code, Error::Code::PermissionDenied);
    QCOMPARE(agent
                 .saveReasonTemplate(
                     ReasonTemplate{0, QStringLiteral("x_reason"), QStringLiteral("X"), QStringLiteral("x"), true, 5})
                 .error()
                 .code,
             Error::Code::PermissionDenied);
    QCOMPARE(record(id).state, AppealState::New);
    // Every role files appeals and notes.
    QVERIFY(agent.addNote(id, QStringLiteral("来电询问进度")));
}

void TestAppealService::filingValidatesFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problemField");
    QTest::newRow("check digit") << "id_number"
                                 << "110105194912310021"
                                 << "id_number";
    QTest::newRow("birth date") << "id_number" << residentId("11010519491331002") << "id_number";
    QTest::newRow("phone") << "phone"
                           << "12912345678"
                           << "phone";
    QTest::newRow("missing name") << "name"
                                  << ""
                                  << "name";
    QTest::newRow("region") << "identity_region"
                            << "mars"
                            << "identity_region";
}

void TestAppealService::filingValidatesFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problemField);
    AppealSubmission s = personAppeal(residentId("11010519491231002"));
    s.fields.insert(field, value);
    const auto problems = AppealForms::validate(s.type, s.fields);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].field, problemField);
    auto filed = service(StaffRole::Agent, QStringLiteral("agent_l")).file(s);
    QVERIFY(!filed);
    QCOMPARE(filed.error().code, Error::Code::InvalidInput);
    QVERIFY2(filed.error().message.contains(AppealTexts::fieldLabel(problemField)), qPrintable(filed.error().message));
    // Personal data is masked in the message.
    if (field == QLatin1String("id_number") || field == QLatin1String("phone"))
        QVERIFY2(!filed.error().message.contains(value), qPrintable(filed.error().message));
    QCOMPARE(one(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal")), QStringLiteral("0"));
}

void TestAppealService::filingRefusesBadDocuments()
{
    AppealService agent = service(StaffRole::Agent, QStringLiteral("agent_m"));
    AppealSubmission s = personAppeal(residentId("11010519491231002"));
    s.documents[1] = {QStringLiteral("id_back"), QStringLiteral("back.pdf"), minimalPdf()}; // no PDF for ID photos
    auto filed = agent.file(s);
    QVERIFY(!filed);
    QCOMPARE(filed.error().code, Error::Code::InvalidInput);
    QVERIFY2(filed.error().message.contains(QLatin1String("back.pdf")), qPrintable(filed.error().message));
    QCOMPARE(one(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal")), QStringLiteral("0"));

    // Organization types: USCC check, remark length, PDF licence accepted.
    AppealSubmission org;
    org.type = QStringLiteral("assisted_registration");
    org.fields = QJsonObject{{QStringLiteral("organization_type"), QStringLiteral("enterprise")},
                             {QStringLiteral("organization_name"), QStringLiteral("北京某某科技有限公司")},
                             {QStringLiteral("uscc"), QStringLiteral("91110108MA01ET88XL")},
                             {QStringLiteral("legal_rep_name"), QStringLiteral("王五")},
                             {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                             {QStringLiteral("id_number"), residentId("11010519700101001")},
                             {QStringLiteral("id_valid_from"), QStringLiteral("2015-01-01")},
                             {QStringLiteral("id_valid_until"), QStringLiteral("long_term")},
                             {QStringLiteral("requested_login"), QStringLiteral("bjmmkj2025")},
                             {QStringLiteral("phone"), QStringLiteral("13712345678")},
                             {QStringLiteral("remark"), QStringLiteral("法人信息不匹配，无法自助注册")}};
    org.documents = {{QStringLiteral("licence"), QStringLiteral("licence.pdf"), minimalPdf()},
                     {QStringLiteral("authorization"), QStringLiteral("auth.png"), picture("PNG", Qt::white)},
                     {QStringLiteral("id_front"), QStringLiteral("f.png"), picture("PNG", Qt::red)},
                     {QStringLiteral("id_back"), QStringLiteral("b.png"), picture("PNG", Qt::blue)},
                     {QStringLiteral("handler_id"), QStringLiteral("h.jpg"), picture("JPG", Qt::black)}};
    AppealSubmission badUscc = org;
    badUscc.fields.insert(QStringLiteral("uscc"), QStringLiteral("91110108MA01ET88XM"));
    auto bad = agent.file(badUscc);
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QLatin1String("check character")), qPrintable(bad.error().message));
    AppealSubmission longRemark = org;
    longRemark.fields.insert(QStringLiteral("remark"), QString(151, QChar(0x5B57)));
    QCOMPARE(AppealForms::validate(longRemark.type, longRemark.fields).value(0).field, QStringLiteral("remark"));
    auto good = agent.file(org);
    QVERIFY2(good, qPrintable(good ? QString() : good.error().message));
    const AppealRecord a = record(*good);
    QCOMPARE(a.applicantName, QStringLiteral("王五"));
    QCOMPARE(a.organizationName, QStringLiteral("北京某某科技有限公司"));
    QCOMPARE(a.payload.value(QStringLiteral("requested_login")).toString(), QStringLiteral("bjmmkj2025"));
    QCOMPARE(a.fields().value(QStringLiteral("legal_rep_name")).toString(), QStringLiteral("王五"));
    QVERIFY(a.documentsComplete);

    // No documents at all: recorded, as needing documents.
    AppealSubmission bare = personAppeal(residentId("11010519491231010"));
    bare.documents.clear();
    auto bareId = agent.file(bare);
    QVERIFY(bareId);
    QVERIFY(!record(*bareId).documentsComplete);
}

void TestAppealService::reviewShowsEverything()
{
    const QString idNumber = residentId("11010519491231002");
    test::AccountSeed seed =
        test::accountSeed(QStringLiteral("zs_review"), QStringLiteral("person"), QStringLiteral("张叁"));
    seed.idNumber = idNumber;
    test::insertAccount(*m_db, seed);
    const qint64 earlier = filePerson(idNumber);
    const qint64 id = filePerson(idNumber);
    AppealService reviewer = service(StaffRole::Reviewer, QStringLiteral("rev_n"));
    // An earlier appeal for the same ID number was rejected.
    auto first = reviewer.claim(earlier);
    QVERIFY(first);
    QVERIFY(reviewer.reject(earlier, QStringLiteral("unclear_image"), {}, first->version));
    const qint64 third = filePerson(idNumber);
    auto claimed = reviewer.claim(id);
    QVERIFY(claimed);
    QVERIFY(reviewer.addNote(id, QStringLiteral("证件照片反光")));

    auto r = reviewer.review(id);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->appeal.id, id);
    QVERIFY(r->heldByMe);
    QCOMPARE(r->slaState, QStringLiteral("on_time"));
    QCOMPARE(r->documents.size(), 2);
    QCOMPARE(r->documents[0].kind, QStringLiteral("id_front"));
    QCOMPARE(r->candidates.size(), 1);
    bool nameDiffers = false;
    for (const FieldComparison &c : r->candidates[0].comparison)
        if (c.field == QLatin1String("name"))
            nameDiffers = c.match == FieldMatch::Differs;
    QVERIFY(nameDiffers); // 张三 vs 张叁
    QHash<QString, bool> verdicts;
    for (const ValidatorVerdict &v : r->verdicts)
        verdicts.insert(v.check, v.ok);
    QCOMPARE(verdicts.value(QStringLiteral("id_check_digit")), true);
    QCOMPARE(verdicts.value(QStringLiteral("birth_date")), true);
    QCOMPARE(verdicts.value(QStringLiteral("phone")), true);
    QCOMPARE(r->otherOpenAppeals.size(), 1);
    QCOMPARE(r->otherOpenAppeals[0].id, third);
    QCOMPARE(r->recentDecisions.size(), 1);
    QCOMPARE(r->recentDecisions[0].id, earlier);
    QCOMPARE(r->recentDecisions[0].reasonCode, QStringLiteral("unclear_image"));
    QCOMPARE(r->notes.size(), 1);
    QCOMPARE(r->notes[0].staffLogin, QStringLiteral("rev_n"));
    QStringList actions;
    for (const AuditRow &row : r->auditTrail)
        actions << row.action;
    QCOMPARE(actions, test::strings({"appeal.file", "appeal.claim", "appeal.note"}));
    auto bytes = reviewer.documentContent(r->documents[0].id);
    QVERIFY(bytes);
    QCOMPARE(*bytes, picture("PNG", Qt::red));
    QCOMPARE(QString::fromLatin1(crypto::sha256(*bytes).toHex()), r->documents[0].sha256);

    // Expired ID validity is a failing verdict.
    AppealSubmission org;
    org.type = QStringLiteral("modify_organization");
    org.fields = QJsonObject{{QStringLiteral("organization_type"), QStringLiteral("enterprise")},
                             {QStringLiteral("organization_name"), QStringLiteral("北京某某科技有限公司")},
                             {QStringLiteral("uscc"), QStringLiteral("91110108MA01ET88XL")},
                             {QStringLiteral("legal_rep_name"), QStringLiteral("王五")},
                             {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                             {QStringLiteral("id_number"), residentId("11010519700101001")},
                             {QStringLiteral("id_valid_until"), QStringLiteral("2020-01-01")},
                             {QStringLiteral("phone"), QStringLiteral("13712345678")},
                             {QStringLiteral("remark"), QStringLiteral("更换法定代表人")}};
    auto orgId = service(StaffRole::Agent, QStringLiteral("agent_n")).file(org);
    QVERIFY(orgId);
    auto orgReview = reviewer.review(*orgId);
    QVERIFY(orgReview);
    QVERIFY(!orgReview->heldByMe);
    QHash<QString, bool> orgVerdicts;
    for (const ValidatorVerdict &v : orgReview->verdicts)
        orgVerdicts.insert(v.check, v.ok);
    QCOMPARE(orgVerdicts.value(QStringLiteral("id_expiry"), true), false);
    QCOMPARE(orgVerdicts.value(QStringLiteral("uscc_check"), false), true);
}

void TestAppealService::organizationCandidatesHintAtRenames()
{
    const QString uscc = test::validUscc("91330100MA2B3C4D5");
    test::AccountSeed renamed = test::accountSeed(QStringLiteral("hz_new_name"), QStringLiteral("organization"),
                                                  QStringLiteral("杭州新名称科技有限公司"), uscc);
    renamed.formerName = QStringLiteral("杭州旧名称科技有限公司");
    renamed.phone = QStringLiteral("13600000001");
    const qint64 renamedId = test::insertAccount(*m_db, renamed);
    test::AccountSeed sameName =
        test::accountSeed(QStringLiteral("hz_other"), QStringLiteral("organization"),
                          QStringLiteral("杭州旧名称科技有限公司"), test::validUscc("91330100MA2B3C4D6"));
    const qint64 sameNameId = test::insertAccount(*m_db, sameName);

    AppealSubmission s;
    s.type = QStringLiteral("organization_recovery");
    s.fields = QJsonObject{{QStringLiteral("organization_name"), QStringLiteral("杭州旧名称科技有限公司")},
                           {QStringLiteral("organization_type"), QStringLiteral("enterprise")},
                           {QStringLiteral("uscc"), uscc},
                           {QStringLiteral("agent_name"), QStringLiteral("赵六")},
                           {QStringLiteral("identity_region"), QStringLiteral("mainland")},
                           {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                           {QStringLiteral("id_number"), residentId("33010619900101001")},
                           {QStringLiteral("phone"), QStringLiteral("13600000001")},
                           {QStringLiteral("email"), QStringLiteral("zhao@example.cn")},
                           {QStringLiteral("reason"), QStringLiteral("主代办人离职")}};
    auto id = service(StaffRole::Agent, QStringLiteral("agent_o")).file(s);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    auto cands = service(StaffRole::Reviewer, QStringLiteral("rev_o")).candidates(*id);
    QVERIFY(cands);
    QCOMPARE(cands->size(), 2);
    QCOMPARE(cands->at(0).account.id, renamedId);
    QCOMPARE(cands->at(0).matchedBy, test::strings({"uscc", "former_name"}));
    QVERIFY(!cands->at(0).renameHint.isEmpty());
    QVERIFY(cands->at(0).renameHint.contains(QStringLiteral("杭州新名称科技有限公司")));
    QCOMPARE(cands->at(1).account.id, sameNameId);
    QCOMPARE(cands->at(1).matchedBy, test::strings({"name"}));
    for (const FieldComparison &c : cands->at(1).comparison)
        if (c.field == QLatin1String("uscc"))
            QCOMPARE(c.match, FieldMatch::Differs);
}

void TestAppealService::reasonTemplates()
{
    AppealService admin = service(StaffRole::Administrator, QStringLiteral("admin_p"));
    auto active = admin.reasonTemplates(true);
    QVERIFY(active);
    QCOMPARE(active->size(), 7);
    QCOMPARE(active->first().code, QStringLiteral("unclear_image"));
    auto id =
        admin.saveReasonTemplate(ReasonTemplate{0, QStringLiteral("blurred_seal"), QStringLiteral("公章模糊"),
                                                QStringLiteral("您上传材料中的公章模糊，请重新上传。"), true, 35});
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    auto dup = admin.saveReasonTemplate(
        ReasonTemplate{0, QStringLiteral("blurred_seal"), QStringLiteral("x"), QStringLiteral("y"), true, 1});
    QVERIFY(!dup);
    QCOMPARE(dup.error().code, Error::Code::Conflict);
    QCOMPARE(admin
                 .saveReasonTemplate(
                     ReasonTemplate{0, QStringLiteral("Bad Code"), QStringLiteral("x"), QStringLiteral("y"), true, 1})
                 .error()
                 .code,
             Error::Code::InvalidInput);
    auto edited =
        admin.saveReasonTemplate(ReasonTemplate{*id, QStringLiteral("blurred_seal"), QStringLiteral("公章不清晰"),
                                                QStringLiteral("公章不清晰，请重新上传。"), true, 35});
    QVERIFY(edited);
    QCOMPARE(*edited, *id);
    active = admin.reasonTemplates(true);
    QVERIFY(active);
    QCOMPARE(active->size(), 8);
    QCOMPARE(active->at(3).title, QStringLiteral("公章不清晰")); // sort order 35 after 30
    QVERIFY(admin.deactivateReasonTemplate(*id));
    QCOMPARE(admin.reasonTemplates(true)->size(), 7);
    QCOMPARE(admin.reasonTemplates(false)->size(), 8);
    QCOMPARE(one(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'reason_template'")),
             QStringLiteral("3"));
    QCOMPARE(service(StaffRole::Reviewer, QStringLiteral("rev_p")).deactivateReasonTemplate(*id).error().code,
             Error::Code::PermissionDenied);
}

void TestAppealService::queuePagingAndFilters()
{
    // 30 appeals submitted an hour apart from Monday 2025-03-03 08:00; a few claimed, waiting, decided.
    AppealService agent = service(StaffRole::Agent, QStringLiteral("agent_q"));
    AppealService reviewer = service(StaffRole::Reviewer, QStringLiteral("rev_q"));
    QVector<qint64> ids;
    const QDateTime start = china(2025, 3, 3, 8);
    for (int i = 0; i < 30; ++i) {
        AppealSubmission s = personAppeal(
            residentId(QStringLiteral("11010519900101%1").arg(i + 10, 3, 10, QLatin1Char('0')).toLatin1().constData()),
            QStringLiteral("139000000%1").arg(i + 10));
        s.fields.insert(QStringLiteral("name"), i % 2 ? QStringLiteral("王%1").arg(i) : QStringLiteral("李%1").arg(i));
        s.externalRef = QStringLiteral("REF-%1").arg(i);
        s.submittedAt = start.addSecs(qint64(i) * 3600);
        s.documents.clear();
        auto id = agent.file(s);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        ids << *id;
    }
    // Now: Wednesday 2025-03-05 09:00. Appeals due by then are overdue, those due later today due today.
    m_now = china(2025, 3, 5, 9);
    auto c1 = reviewer.claim(ids[0]);
    QVERIFY(c1);
    auto c2 = reviewer.claim(ids[1]);
    QVERIFY(c2);
    QVERIFY(reviewer.askForDocuments(ids[1], QStringLiteral("unclear_image"), {}, c2->version));
    auto c3 = reviewer.claim(ids[2]);
    QVERIFY(c3);
    QVERIFY(reviewer.reject(ids[2], QStringLiteral("other"), {}, c3->version));

    AppealRepository repo(*m_db);
    // Everything by due time, read in pages of 7: the same as one big page, due rows first, NULL due last.
    const auto readAll = [&](const AppealFilter &f, AppealSort sort, bool desc, int pageSize) {
        QVector<qint64> out;
        std::optional<AppealKey> after;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = repo.page(f, sort, desc, after, pageSize, m_now);
            if (!page)
                qFatal("page: %s", qPrintable(page.error().message));
            for (const AppealSummary &row : *page)
                out << row.id;
            if (page->size() < pageSize)
                break;
            after = AppealRepository::keyOf(page->last(), sort);
        }
        return out;
    };
    const QVector<qint64> byDue = readAll({}, AppealSort::DueAt, false, 7);
    QCOMPARE(byDue.size(), 30);
    QCOMPARE(byDue.last(), ids[1]); // waiting: no due time, last
    QCOMPARE(readAll({}, AppealSort::DueAt, false, 100), byDue);
    QVector<qint64> dueOrder = ids;
    dueOrder.removeAll(ids[1]);
    dueOrder << ids[1];
    QCOMPARE(byDue, dueOrder); // due times follow submission order here
    const QVector<qint64> byDueDesc = readAll({}, AppealSort::DueAt, true, 4);
    QCOMPARE(byDueDesc.size(), 30);
    QCOMPARE(byDueDesc.last(), ids[1]); // NULL due last in either direction
    QCOMPARE(byDueDesc.first(), ids[29]);
    QVector<qint64> bySubmitted = readAll({}, AppealSort::SubmittedAt, true, 6);
    QVector<qint64> reversed(ids.crbegin(), ids.crend());
    QCOMPARE(bySubmitted, reversed);
    QCOMPARE(readAll({}, AppealSort::Id, false, 8), ids);

    AppealFilter f;
    f.states = QVector<AppealState>{AppealState::New};
    QCOMPARE(readAll(f, AppealSort::DueAt, false, 5).size(), 27);
    f = {};
    f.assignee = QStringLiteral("rev_q");
    QCOMPARE(readAll(f, AppealSort::DueAt, false, 5), QVector<qint64>{ids[0]});
    f = {};
    f.text = QStringLiteral("王");
    QCOMPARE(readAll(f, AppealSort::Id, false, 5).size(), 15);
    f.text = QStringLiteral("REF-7");
    QCOMPARE(readAll(f, AppealSort::Id, false, 5), QVector<qint64>{ids[7]});
    f.text = QStringLiteral("13900000017");
    QCOMPARE(readAll(f, AppealSort::Id, false, 5), QVector<qint64>{ids[7]});
    f.text = record(ids[9]).idNumber;
    QCOMPARE(readAll(f, AppealSort::Id, false, 5), QVector<qint64>{ids[9]});
    f = {};
    f.submittedFrom = QDate(2025, 3, 4);
    f.submittedTo = QDate(2025, 3, 4);
    // Monday 08:00 + i hours: i = 16..29 fall on Tuesday in China time.
    QCOMPARE(readAll(f, AppealSort::SubmittedAt, false, 5), ids.mid(16, 14));

    // SLA states at Wednesday 09:00: due = submitted + 2 business days, i.e. Wednesday 08:00 + i h.
    // Overdue: i = 0 (i = 1 is waiting, i = 2 rejected: no SLA state); due today: 11:00 up to and including
    // Thursday 00:00, the end of Wednesday (i = 3..16); on time: the rest.
    f = {};
    f.slaStates = QStringList{QStringLiteral("overdue")};
    QCOMPARE(readAll(f, AppealSort::DueAt, false, 5), QVector<qint64>{ids[0]});
    f.slaStates = QStringList{QStringLiteral("due_today")};
    QCOMPARE(readAll(f, AppealSort::DueAt, false, 5), ids.mid(3, 14));
    f.slaStates = QStringList{QStringLiteral("on_time")};
    QCOMPARE(readAll(f, AppealSort::DueAt, false, 5), ids.mid(17));
    f.slaStates = QStringList{QStringLiteral("paused"), QStringLiteral("overdue")};
    QCOMPARE(readAll(f, AppealSort::DueAt, false, 5), (QVector<qint64>{ids[0], ids[1]}));
    for (qint64 id : ids.mid(3)) {
        const AppealRecord a = record(id);
        const QString expected = BusinessCalendar::slaStateName(BusinessCalendar::slaState(a.dueAt, m_now));
        AppealFilter one;
        one.slaStates = QStringList{expected};
        one.text = a.externalRef;
        auto page = repo.page(one, AppealSort::Id, false, std::nullopt, 5, m_now);
        QVERIFY(page);
        QCOMPARE(page->size(), 1); // SQL and BusinessCalendar::slaState agree
    }
    f = {};
    f.documentsComplete = false;
    QCOMPARE(readAll(f, AppealSort::Id, false, 50).size(), 30);

    auto counts = repo.countsByState({}, m_now);
    QVERIFY(counts);
    QCOMPARE(counts->value(AppealState::New), qint64(27));
    QCOMPARE(counts->value(AppealState::Claimed), qint64(1));
    QCOMPARE(counts->value(AppealState::WaitingForUser), qint64(1));
    QCOMPARE(counts->value(AppealState::Rejected), qint64(1));
    QCOMPARE(counts->value(AppealState::Approved), qint64(0));
    AppealFilter wang;
    wang.text = QStringLiteral("王");
    wang.states = {AppealState::Claimed}; // ignored by the counts
    counts = repo.countsByState(wang, m_now);
    QVERIFY(counts);
    QCOMPARE(counts->value(AppealState::New) + counts->value(AppealState::WaitingForUser), qint64(15));
}

QTEST_GUILESS_MAIN(TestAppealService)
#include "tst_appealservice.moc"
