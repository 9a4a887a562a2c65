// Migration engine: every case of DOMAIN.md's rules (O1-O4, P1-P4) with its fallbacks and conflicts; a dry run
// changes nothing; a second run changes nothing; one audit entry per batch; only administrators run it.
#include "TestData.h"
#include "TestDatabase.h"

#include "CliRun.h"
#include "domain/Identifiers.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "workflow/MigrationEngine.h"
#include "workflow/Session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace desk;

namespace {

// A valid USCC from its first 17 characters.
using test::LegacySeed;

void insertLegacy(Database &db, const LegacySeed &s)
{
    test::insertLegacyAccount(db, s);
}

LegacySeed org(const QString &code, const char *name)
{
    LegacySeed s;
    s.login = code;
    s.kind = QStringLiteral("organization");
    s.uscc = code;
    s.name = QString::fromUtf8(name);
    return s;
}

LegacySeed person(const char *phone, const char *name, const char *idNumber = "")
{
    LegacySeed s;
    s.login = QString::fromLatin1(phone);
    s.phone = s.login;
    s.name = QString::fromUtf8(name);
    s.idNumber = QString::fromLatin1(idNumber);
    return s;
}

QStringList rows(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto conn = db.connection();
    QStringList out;
    if (!conn)
        return out;
    QSqlQuery q(*conn);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols << q.value(i).toString();
        out << cols.join(QLatin1Char('|'));
    }
    return out;
}

// Everything a migration may touch, as text, to compare before and after.
QStringList snapshot(Database &db)
{
    QStringList all;
    all << rows(db, QStringLiteral("SELECT id, login, kind, name, origin, password_hash, uscc, phone FROM account "
                                   "ORDER BY id"));
    all << rows(db, QStringLiteral("SELECT id, migration_case, platform_account_id, migrated_at, conflict_reason "
                                   "FROM legacy_account ORDER BY id"));
    all << rows(db, QStringLiteral("SELECT COUNT(*) FROM delegation"));
    all << rows(db, QStringLiteral("SELECT COUNT(*) FROM account_event"));
    all << rows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    return all;
}


} // namespace

class TestMigrationEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void organizationCases();
    void personCases();
    void collisionsAreConflicts();
    void dryRunChangesNothing();
    void secondRunChangesNothing();
    void oneAuditEntryPerBatch();
    void retryConflictsAfterTheBlockerIsFixed();
    void progressAndCancel();
    void onlyAdministratorsRun();
    void cli();

private:
    std::shared_ptr<Session> session(StaffRole role = StaffRole::Administrator);
    // case, platform account login, conflict reason of one legacy account
    QStringList outcome(const QString &legacyLogin);
    Result<MigrationReport> run(bool dryRun = false, int batch = 500);
    void seedMixed();

    std::shared_ptr<Database> m_db;
};

void TestMigrationEngine::init()
{
    m_db = test::openTestDatabase();
}

void TestMigrationEngine::cleanup()
{
    m_db.reset();
}

std::shared_ptr<Session> TestMigrationEngine::session(StaffRole role)
{
    StaffMember staff;
    staff.login = QStringLiteral("migration_admin");
    staff.displayName = QStringLiteral("管理员");
    staff.role = role;
    return std::make_shared<Session>(m_db, staff, QStringLiteral("test:migration"));
}

QStringList TestMigrationEngine::outcome(const QString &legacyLogin)
{
    const QStringList r = rows(*m_db,
                               QStringLiteral("SELECT l.migration_case, a.login, l.conflict_reason FROM legacy_account l "
                                              "LEFT JOIN account a ON a.id = l.platform_account_id "
                                              "WHERE l.legacy_login = ?"),
                               {legacyLogin});
    return r.isEmpty() ? QStringList() : r.first().split(QLatin1Char('|'));
}

Result<MigrationReport> TestMigrationEngine::run(bool dryRun, int batch)
{
    MigrationEngine::Options options;
    options.dryRun = dryRun;
    options.batchSize = batch;
    return MigrationEngine(session()).run(options);
}

void TestMigrationEngine::organizationCases()
{
    const QString u1 = test::validUscc("91110108MA01ET88X");
    const QString u2 = test::validUscc("91310104MA1FR0XY1");
    const QString u3 = test::validUscc("91440300MA5DC7QW2");
    const QString u4 = test::validUscc("91320500MA1MXK3P4");
    const QString u5 = test::validUscc("91330100MA2H7Y9L5");
    const QString bad = QStringLiteral("123456789zxcvbnmaa");

    // O2: an organization account already has login u2.
    test::AccountSeed o2 = test::accountSeed(u2, QStringLiteral("organization"), QStringLiteral("上海浦江新材料有限公司"), u2);
    const qint64 o2Id = test::insertAccount(*m_db, o2);
    // O3: someone's person account has login u3.
    test::AccountSeed p3 = test::accountSeed(u3, QStringLiteral("person"), QStringLiteral("陈晨"));
    test::insertAccount(*m_db, p3);
    // O4: the organization has an account under another login.
    test::AccountSeed acme = test::accountSeed(QStringLiteral("acme_org"), QStringLiteral("organization"),
                           QStringLiteral("苏州阿克米科技有限公司"), u4);
    acme.realNameStatus = QStringLiteral("verified_national");
    const qint64 acmeId = test::insertAccount(*m_db, acme);
    // O4 with the HJ_ fallback: another organization login, and a person account holding login u5.
    test::AccountSeed beta = test::accountSeed(QStringLiteral("beta_org"), QStringLiteral("organization"), QStringLiteral("杭州贝塔有限公司"),
                           u5);
    const qint64 betaId = test::insertAccount(*m_db, beta);
    test::insertAccount(*m_db, test::accountSeed(u5, QStringLiteral("person"), QStringLiteral("周杰")));

    insertLegacy(*m_db, org(u1, "北京星河智联科技有限公司"));
    insertLegacy(*m_db, org(u2, "上海浦江新材料有限公司"));
    insertLegacy(*m_db, org(u3, "深圳前海数据有限公司"));
    insertLegacy(*m_db, org(u4, "苏州阿克米科技有限公司"));
    insertLegacy(*m_db, org(u5, "杭州贝塔有限公司"));
    insertLegacy(*m_db, org(bad, "测试企业（旧代码）"));

    auto report = run();
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->processed, 6);
    QCOMPARE(report->count(QStringLiteral("O1")), 2);
    QCOMPARE(report->count(QStringLiteral("O2")), 1);
    QCOMPARE(report->count(QStringLiteral("O3")), 1);
    QCOMPARE(report->count(QStringLiteral("O4")), 2);
    QVERIFY(report->conflicts.isEmpty());

    QCOMPARE(outcome(u1), QStringList({QStringLiteral("O1"), u1, QString()}));
    QCOMPARE(outcome(u2), QStringList({QStringLiteral("O2"), u2, QString()}));
    QCOMPARE(outcome(u3), QStringList({QStringLiteral("O3"), QStringLiteral("HJ_") + u3, QString()}));
    QCOMPARE(outcome(u4), QStringList({QStringLiteral("O4"), u4, QString()}));
    QCOMPARE(outcome(u5), QStringList({QStringLiteral("O4"), QStringLiteral("HJ_") + u5, QString()}));
    QCOMPARE(outcome(bad), QStringList({QStringLiteral("O1"), bad, QString()}));

    // New accounts: right kind, origin torch, legacy password hash kept, a "migrated" event; O2 links only.
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT kind, origin, password_hash, uscc FROM account WHERE login = ?"), {u1}),
             QStringList{QStringLiteral("organization|torch|$torch$md5$0123456789abcdef|") + u1});
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT kind, origin FROM account WHERE login = ?"),
                  {QString(QStringLiteral("HJ_") + u3)}),
             test::strings({"organization|torch"}));
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT kind, origin FROM account WHERE login = ?"), {u4}),
             test::strings({"person|torch"}));
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT kind, origin FROM account WHERE login = ?"), {u2}),
             test::strings({"organization|platform"}));
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM account_event e JOIN account a ON a.id = e.account_id "
                                        "WHERE a.login = ? AND e.kind = 'migrated'"),
                  {u1}),
             test::strings({"1"}));
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT platform_account_id FROM legacy_account WHERE legacy_login = ?"), {u2}),
             QStringList{QString::number(o2Id)});

    // O4: delegated by the organization for the three Torch systems as 事项办理员.
    const QString delegations = QStringLiteral(
        "SELECT b.code, d.role FROM delegation d JOIN business_system b ON b.id = d.business_system_id "
        "JOIN account p ON p.id = d.person_id WHERE d.organization_id = ? AND p.login = ? ORDER BY b.code");
    const QStringList expected = test::strings({"hte|事项办理员", "torch|事项办理员", "tsme|事项办理员"});
    QCOMPARE(rows(*m_db, delegations, {acmeId, u4}), expected);
    QCOMPARE(rows(*m_db, delegations, {betaId, QString(QStringLiteral("HJ_") + u5)}), expected);
    // The person account that held u5 is untouched.
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT kind, origin, name FROM account WHERE login = ?"), {u5}),
             test::strings({"person|platform|周杰"}));
}

void TestMigrationEngine::personCases()
{
    // P2 by ID number (names differ: the ID number decides).
    test::AccountSeed byId = test::accountSeed(QStringLiteral("13800000002"), QStringLiteral("person"), QStringLiteral("张伟"));
    byId.idNumber = QStringLiteral("41010519900307123X");
    byId.phone = QStringLiteral("13900000000");
    test::insertAccount(*m_db, byId);
    // P2 by name and reserved phone: the platform account has no ID number.
    test::AccountSeed byName = test::accountSeed(QStringLiteral("13800000003"), QStringLiteral("person"), QStringLiteral("李娜"));
    byName.phone = QStringLiteral("13800000003");
    test::insertAccount(*m_db, byName);
    // P3 by ID number: same name, another person.
    test::AccountSeed other = test::accountSeed(QStringLiteral("13800000004"), QStringLiteral("person"), QStringLiteral("王芳"));
    other.idNumber = QStringLiteral("110101199003074518");
    test::insertAccount(*m_db, other);
    // P3 by name: no ID number on the legacy side, another name.
    test::AccountSeed otherName = test::accountSeed(QStringLiteral("13800000005"), QStringLiteral("person"), QStringLiteral("王磊"));
    otherName.phone = QStringLiteral("13800000005");
    test::insertAccount(*m_db, otherName);
    // P4: a verified person has the phone as reserved phone under another login.
    test::AccountSeed verified = test::accountSeed(QStringLiteral("zhaolei88"), QStringLiteral("person"), QStringLiteral("赵磊"));
    verified.phone = QStringLiteral("13800000006");
    verified.idNumber = QStringLiteral("320102198807150017");
    verified.realNameStatus = QStringLiteral("verified_national");
    const qint64 verifiedId = test::insertAccount(*m_db, verified);
    // Not P4: an unverified person with the phone.
    test::AccountSeed unverified = test::accountSeed(QStringLiteral("sunli_2020"), QStringLiteral("person"), QStringLiteral("孙丽"));
    unverified.phone = QStringLiteral("13800000007");
    test::insertAccount(*m_db, unverified);

    insertLegacy(*m_db, person("13800000001", "刘洋"));
    insertLegacy(*m_db, person("13800000002", "张 伟", "41010519900307123x"));
    insertLegacy(*m_db, person("13800000003", "李娜", "440106198512120021"));
    insertLegacy(*m_db, person("13800000004", "王芳", "110101199003074500"));
    insertLegacy(*m_db, person("13800000005", "王雷"));
    insertLegacy(*m_db, person("13800000006", "赵磊"));
    insertLegacy(*m_db, person("13800000007", "孙丽"));

    auto report = run();
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->count(QStringLiteral("P1")), 2);
    QCOMPARE(report->count(QStringLiteral("P2")), 2);
    QCOMPARE(report->count(QStringLiteral("P3")), 2);
    QCOMPARE(report->count(QStringLiteral("P4")), 1);

    QCOMPARE(outcome(QStringLiteral("13800000001")), test::strings({"P1", "13800000001", ""}));
    QCOMPARE(outcome(QStringLiteral("13800000002")), test::strings({"P2", "13800000002", ""}));
    QCOMPARE(outcome(QStringLiteral("13800000003")), test::strings({"P2", "13800000003", ""}));
    QCOMPARE(outcome(QStringLiteral("13800000004")), test::strings({"P3", "HJ_13800000004", ""}));
    QCOMPARE(outcome(QStringLiteral("13800000005")), test::strings({"P3", "HJ_13800000005", ""}));
    QCOMPARE(outcome(QStringLiteral("13800000006")), test::strings({"P4", "zhaolei88", ""}));
    QCOMPARE(outcome(QStringLiteral("13800000007")), test::strings({"P1", "13800000007", ""}));
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT platform_account_id FROM legacy_account WHERE legacy_login = ?"),
                  {QStringLiteral("13800000006")}),
             QStringList{QString::number(verifiedId)});
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT kind, origin, password_hash, name FROM account WHERE login = ?"),
                  {QStringLiteral("HJ_13800000004")}),
             test::strings({"person|torch|$torch$md5$0123456789abcdef|王芳"}));
    // Linking created nothing: 6 platform accounts + P1 x2 + P3 x2.
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM account")), test::strings({"10"}));
}

void TestMigrationEngine::collisionsAreConflicts()
{
    const QString u = test::validUscc("91110000MA00AAAA1");
    // O3 would need HJ_u, which is taken.
    test::insertAccount(*m_db, test::accountSeed(u, QStringLiteral("person"), QStringLiteral("甲")));
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("HJ_") + u, QStringLiteral("person"),
                                                 QStringLiteral("乙")));
    // P3 would need HJ_p, which is taken.
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("13800000008"), QStringLiteral("person"),
                                                 QStringLiteral("丙")));
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("HJ_13800000008"), QStringLiteral("person"),
                                                 QStringLiteral("丁")));
    insertLegacy(*m_db, org(u, "某某有限公司"));
    insertLegacy(*m_db, person("13800000008", "戊"));
    const QStringList before = rows(*m_db, QStringLiteral("SELECT id, login, name FROM account ORDER BY id"));

    auto report = run();
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->conflicts.size(), 2);
    QCOMPARE(report->conflicts.at(0).legacyLogin, u);
    QVERIFY(report->conflicts.at(0).reason.contains(QStringLiteral("HJ_") + u));
    QCOMPARE(report->conflicts.at(1).legacyLogin, QStringLiteral("13800000008"));
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT id, login, name FROM account ORDER BY id")), before);
    const QStringList o = outcome(u);
    QCOMPARE(o.value(0), QString());
    QVERIFY(!o.value(2).isEmpty());
    const QJsonObject json = report->toJson();
    QCOMPARE(json.value(QStringLiteral("conflict_count")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("conflicts")).toArray().at(0).toObject().value(QStringLiteral("legacy_login")),
             QJsonValue(u));

    // A conflict stays recorded: the next run leaves it alone.
    auto again = run();
    QVERIFY(again.ok());
    QCOMPARE(again->processed, 0);
}

void TestMigrationEngine::seedMixed()
{
    const QString u2 = test::validUscc("91310104MA1FR0XY1");
    const QString u4 = test::validUscc("91320500MA1MXK3P4");
    test::insertAccount(*m_db, test::accountSeed(u2, QStringLiteral("organization"), QStringLiteral("浦江"), u2));
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("acme_org"), QStringLiteral("organization"),
                                                 QStringLiteral("阿克米"), u4));
    test::AccountSeed holder = test::accountSeed(QStringLiteral("13800000004"), QStringLiteral("person"), QStringLiteral("王芳"));
    holder.idNumber = QStringLiteral("110101199003074518");
    test::insertAccount(*m_db, holder);
    insertLegacy(*m_db, org(test::validUscc("91110108MA01ET88X"), "星河"));
    insertLegacy(*m_db, org(u2, "浦江"));
    insertLegacy(*m_db, org(u4, "阿克米"));
    insertLegacy(*m_db, org(QStringLiteral("123456789zxcvbnmaa"), "旧代码"));
    insertLegacy(*m_db, person("13800000001", "刘洋"));
    insertLegacy(*m_db, person("13800000004", "王芳", "110101199003074500"));
}

void TestMigrationEngine::dryRunChangesNothing()
{
    seedMixed();
    const QStringList before = snapshot(*m_db);
    auto dry = run(true);
    QVERIFY2(dry.ok(), dry.ok() ? "" : qPrintable(dry.error().message));
    QVERIFY(dry->dryRun);
    QCOMPARE(snapshot(*m_db), before);

    auto real = run(false);
    QVERIFY(real.ok());
    QVERIFY(snapshot(*m_db) != before);
    // The dry run predicted exactly what the real run did.
    QCOMPARE(dry->counts, real->counts);
    QCOMPARE(dry->processed, real->processed);
    QCOMPARE(real->count(QStringLiteral("O1")), 2);
    QCOMPARE(real->count(QStringLiteral("O2")), 1);
    QCOMPARE(real->count(QStringLiteral("O4")), 1);
    QCOMPARE(real->count(QStringLiteral("P1")), 1);
    QCOMPARE(real->count(QStringLiteral("P3")), 1);
}

void TestMigrationEngine::secondRunChangesNothing()
{
    seedMixed();
    auto first = run();
    QVERIFY(first.ok());
    QCOMPARE(first->processed, 6);
    const QStringList after = snapshot(*m_db);
    auto second = run();
    QVERIFY(second.ok());
    QCOMPARE(second->processed, 0);
    QVERIFY(second->counts.isEmpty() || second->count(QStringLiteral("O1")) == 0);
    QCOMPARE(snapshot(*m_db), after);
}

void TestMigrationEngine::oneAuditEntryPerBatch()
{
    seedMixed();
    auto report = run(false, 4);
    QVERIFY(report.ok());
    const QStringList audit = rows(*m_db, QStringLiteral("SELECT staff_login, entity_id, after_json FROM audit_log "
                                                          "WHERE action = 'migration.run' ORDER BY id"));
    QCOMPARE(audit.size(), 2); // 6 legacy accounts in batches of 4
    QVERIFY(audit.first().startsWith(QStringLiteral("test:migration|torch|")));
    QVERIFY(audit.first().contains(QStringLiteral("\"processed\":4")));
    auto verify = AuditLog(*m_db).verify();
    QVERIFY(verify.ok());
    QVERIFY(verify->ok);
}

void TestMigrationEngine::retryConflictsAfterTheBlockerIsFixed()
{
    // P3 needs HJ_<phone>, which is taken: a conflict. Once an administrator renames the blocking account,
    // a retry places the legacy account and clears its recorded reason.
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("13800000008"), QStringLiteral("person"),
                                                 QStringLiteral("丙")));
    test::insertAccount(*m_db, test::accountSeed(QStringLiteral("HJ_13800000008"), QStringLiteral("person"),
                                                 QStringLiteral("丁")));
    insertLegacy(*m_db, person("13800000008", "戊"));
    auto first = run();
    QVERIFY(first.ok());
    QCOMPARE(first->conflicts.size(), 1);

    // Without retrying, the conflict stays alone.
    auto plain = run();
    QVERIFY(plain.ok());
    QCOMPARE(plain->processed, 0);

    // Still blocked: a retry records the conflict again and places nothing.
    MigrationEngine::Options retry;
    retry.retryConflicts = true;
    auto blocked = MigrationEngine(session()).run(retry);
    QVERIFY2(blocked.ok(), blocked.ok() ? "" : qPrintable(blocked.error().message));
    QCOMPARE(blocked->processed, 1);
    QCOMPARE(blocked->conflicts.size(), 1);

    QVERIFY(rows(*m_db, QStringLiteral("UPDATE account SET login = 'renamed_ding' WHERE login = 'HJ_13800000008'"))
                .isEmpty());
    auto fixed = MigrationEngine(session()).run(retry);
    QVERIFY2(fixed.ok(), fixed.ok() ? "" : qPrintable(fixed.error().message));
    QCOMPARE(fixed->conflicts.size(), 0);
    QCOMPARE(fixed->count(QStringLiteral("P3")), 1);
    QCOMPARE(outcome(QStringLiteral("13800000008")),
             QStringList({QStringLiteral("P3"), QStringLiteral("HJ_13800000008"), QString()}));
}

void TestMigrationEngine::progressAndCancel()
{
    seedMixed(); // 6 legacy accounts
    const QStringList before = snapshot(*m_db);
    QVector<QPair<int, int>> seen;
    MigrationEngine::Options options;
    options.dryRun = true;
    options.batchSize = 2;
    options.progress = [&seen](int done, int total) {
        seen.append({done, total});
        return true;
    };
    auto dry = MigrationEngine(session()).run(options);
    QVERIFY(dry.ok());
    QCOMPARE(seen, (QVector<QPair<int, int>>{{2, 6}, {4, 6}, {6, 6}}));

    // A cancelled preview answers Cancelled and leaves the database as it was.
    options.progress = [](int done, int) { return done < 2; };
    auto cancelledPreview = MigrationEngine(session()).run(options);
    QVERIFY(!cancelledPreview.ok());
    QCOMPARE(cancelledPreview.error().code, Error::Code::Cancelled);
    QCOMPARE(snapshot(*m_db), before);

    // A cancelled real run keeps the batches it committed; the next run finishes the rest.
    options.dryRun = false;
    auto partial = MigrationEngine(session()).run(options);
    QVERIFY(partial.ok());
    QVERIFY(partial->cancelled);
    QCOMPARE(partial->processed, 2);
    QCOMPARE(partial->toJson().value(QStringLiteral("cancelled")).toBool(), true);
    auto rest = run();
    QVERIFY(rest.ok());
    QCOMPARE(rest->processed, 4);
    QVERIFY(!rest->cancelled);
}

void TestMigrationEngine::onlyAdministratorsRun()
{
    seedMixed();
    const QStringList before = snapshot(*m_db);
    auto denied = MigrationEngine(session(StaffRole::Supervisor)).run({});
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, Error::Code::PermissionDenied);
    QCOMPARE(snapshot(*m_db), before);
}

void TestMigrationEngine::cli()
{
    seedMixed();
    const DatabaseUrl url = test::lastTestDatabaseUrl();
    const QStringList before = snapshot(*m_db);
    m_db->closeThreadConnection(); // SQLite: let the CLI's connection write

    const test::CliRun dry = test::runCli(url, test::strings({"migrate", "--system", "torch", "--dry-run"}));
    QVERIFY2(dry.code == 0, qPrintable(dry.err));
    QCOMPARE(dry.json().value(QStringLiteral("dry_run")).toBool(), true);
    QCOMPARE(dry.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("O1")).toInt(), 2);
    QCOMPARE(snapshot(*m_db), before);
    m_db->closeThreadConnection();

    const test::CliRun real = test::runCli(url, test::strings({"migrate", "--system", "torch"}));
    QVERIFY2(real.code == 0, qPrintable(real.err));
    const QJsonObject counts = real.json().value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("O1")).toInt(), 2);
    QCOMPARE(counts.value(QStringLiteral("O4")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("P3")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("P4")).toInt(), 0);
    QVERIFY(real.json().value(QStringLiteral("conflicts")).isArray());

    QCOMPARE(test::runCli(url, test::strings({"migrate"})).code, 2);
    QCOMPARE(test::runCli(url, test::strings({"migrate", "--system", "torch", "--batch", "0"})).code, 2);
    QCOMPARE(test::runCli(url, test::strings({"migrate", "--system", "nosuch"})).code, 2);
}

QTEST_GUILESS_MAIN(TestMigrationEngine)
#include "tst_migrationengine.moc"
