#include "demo/DemoAppeals.h"
#include "demo/DemoGenerator.h"
#include "demo/SampleDocuments.h"
#include "domain/BusinessCalendar.h"
#include "domain/DocumentCheck.h"
#include "domain/Identifiers.h"
#include "domain/LookupQuery.h"
#include "store/AppealRepository.h"
#include "store/Database.h"
#include "workflow/AppealService.h"

#include "TestDatabase.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace desk;

namespace {

const QDateTime kNow(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC);

DemoOptions smallOptions(quint64 seed = 7)
{
    DemoOptions options;
    options.persons = 300;
    options.organizations = 80;
    options.seed = seed;
    options.now = kNow;
    return options;
}

QSqlQuery run(Database &db, const QString &sql)
{
    auto conn = db.connection();
    if (!conn)
        qFatal("no connection: %s", qPrintable(conn.error().message));
    QSqlQuery q(*conn);
    if (!q.exec(sql))
        qFatal("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q = run(db, sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

QStringList column(Database &db, const QString &sql)
{
    QStringList values;
    QSqlQuery q = run(db, sql);
    while (q.next())
        values << q.value(0).toString();
    return values;
}

QStringList identities(Database &db)
{
    return column(db, QStringLiteral("SELECT login || '|' || name || '|' || COALESCE(id_number, '') || '|' || "
                                     "COALESCE(uscc, '') || '|' || COALESCE(phone, '') FROM account ORDER BY id"));
}

// Who appealed, what and when, and what became of it; the documents by their digest.
QStringList appealRows(Database &db)
{
    return column(db, QStringLiteral("SELECT appeal_type || '|' || state || '|' || COALESCE(applicant_name, '') || '|' || "
                                     "COALESCE(organization_name, '') || '|' || COALESCE(uscc, '') || '|' || "
                                     "COALESCE(id_number, '') || '|' || COALESCE(phone, '') || '|' || "
                                     "CAST(submitted_at AS TEXT) || '|' || COALESCE(external_ref, '') || '|' || "
                                     "COALESCE(claimed_by, '') || '|' || COALESCE(reason_code, '') || '|' || "
                                     "CASE WHEN documents_complete THEN 'complete' ELSE 'incomplete' END "
                                     "FROM appeal ORDER BY id"))
         + column(db, QStringLiteral("SELECT CAST(owner_id AS TEXT) || '|' || kind || '|' || file_name || '|' || "
                                     "sha256 FROM document WHERE owner_type = 'appeal' ORDER BY id"));
}

} // namespace

// The demo world: one small data set shared by most tests, generated once.
class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportMatchesTables();
    void deterministicForSeed();
    void identifiersPassValidators();
    void lookupRecognisesGeneratedData();
    void organizationsHaveRepresentativesAndAgents();
    void edgeCasesPresent();
    void migrationCasesFollowRules_data();
    void migrationCasesFollowRules();
    void referencesAreConsistent();
    void newRowsGetFreshIds();
    void refusesNonEmptyDatabase();
    void cancelLeavesNoRows();
    void appealsOfEveryTypeWithDocuments();
    void appealsSpreadOverSlaStatesAndStages();
    void appealsFindTheirAccounts();
    void reviewRequestsWithDocumentsAndSignals();

private:
    std::unique_ptr<Database> m_db;
    DemoReport m_report;
};

void TestDemoGenerator::initTestCase()
{
    m_db = test::openTestDatabase();
    DemoGenerator generator(*m_db);
    qint64 calls = 0;
    auto report = generator.generate(smallOptions(), [&](qint64 done, qint64 total) {
        ++calls;
        return done <= total;
    });
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    m_report = *report;
    QVERIFY(calls >= 1); // at least the final one
}

void TestDemoGenerator::reportMatchesTables()
{
    QCOMPARE(m_report.persons, 300);
    QCOMPARE(m_report.organizations, 80);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM account WHERE kind = 'person'")), 300);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM account WHERE kind = 'organization'")), 80);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM account_event")), m_report.events);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM delegation")), m_report.delegations);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM project")), m_report.projects);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM legacy_account")), m_report.legacyAccounts);
    QVERIFY(m_report.events >= 380); // at least one per account
    QVERIFY(m_report.delegations > 0);
    QVERIFY(m_report.projects > 0);
    QVERIFY(m_report.seconds > 0);
    // Every account has its registration or migration event.
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM account a WHERE NOT EXISTS (SELECT 1 FROM "
                                         "account_event e WHERE e.account_id = a.id AND e.kind IN "
                                         "('registered', 'migrated'))")),
             0);
}

void TestDemoGenerator::deterministicForSeed()
{
    const QStringList first = identities(*m_db);
    QCOMPARE(first.size(), 380);

    auto same = test::openTestDatabase();
    auto report = DemoGenerator(*same).generate(smallOptions());
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(identities(*same), first);
    QCOMPARE(report->events, m_report.events);
    QCOMPARE(report->delegations, m_report.delegations);
    const QString legacy = QStringLiteral("SELECT legacy_login || '|' || COALESCE(migration_case, '-') || '|' || "
                                          "COALESCE(CAST(platform_account_id AS TEXT), '-') FROM legacy_account "
                                          "ORDER BY legacy_login");
    QCOMPARE(column(*same, legacy), column(*m_db, legacy));
    // The appeals too: same appellants, times, states and document pictures.
    const QStringList appeals = appealRows(*m_db);
    QVERIFY(appeals.size() > 40);
    QCOMPARE(appealRows(*same), appeals);
    QCOMPARE(report->appeals, m_report.appeals);
    QCOMPARE(report->appealDocuments, m_report.appealDocuments);

    // "now" moves times and validity dates, never who is who.
    auto later = test::openTestDatabase();
    DemoOptions laterOptions = smallOptions();
    laterOptions.now = kNow.addDays(200);
    QVERIFY(DemoGenerator(*later).generate(laterOptions).ok());
    QCOMPARE(identities(*later), first);
    QVERIFY(column(*later, QStringLiteral("SELECT created_at FROM account ORDER BY id"))
            != column(*m_db, QStringLiteral("SELECT created_at FROM account ORDER BY id")));

    auto other = test::openTestDatabase();
    auto otherReport = DemoGenerator(*other).generate(smallOptions(8));
    QVERIFY(otherReport.ok());
    const QStringList second = identities(*other);
    QCOMPARE(second.size(), 380);
    int equal = 0;
    for (int i = 0; i < first.size(); ++i)
        equal += first.at(i) == second.at(i) ? 1 : 0;
    QVERIFY2(equal < 5, qPrintable(QString::number(equal)));
}

void TestDemoGenerator::identifiersPassValidators()
{
    // Resident IDs: persons and legal representatives.
    const QStringList ids =
        column(*m_db, QStringLiteral("SELECT id_number FROM account WHERE id_type = 'resident_id'")) +
        column(*m_db, QStringLiteral("SELECT legal_rep_id_number FROM account WHERE "
                                     "legal_rep_id_number IS NOT NULL AND "
                                     "LENGTH(legal_rep_id_number) = 18"));
    QVERIFY(ids.size() > 300);
    for (const QString &id : ids) {
        const ids::ResidentIdCheck check = ids::checkResidentId(id, kNow.date());
        QVERIFY2(check.valid(), qPrintable(id + QStringLiteral(": ") + check.message()));
        QVERIFY(check.birthDate.year() >= 1950);
    }

    // USCCs: valid, with a valid organization code inside, except the legacy codes Torch let through
    // (and the seed's test organization).
    QSqlQuery q = run(*m_db, QStringLiteral("SELECT a.uscc, a.login, a.origin, l.migration_case FROM account a "
                                            "LEFT JOIN legacy_account l ON l.platform_account_id = a.id "
                                            "WHERE a.kind = 'organization'"));
    int valid = 0;
    int invalid = 0;
    while (q.next()) {
        const QString uscc = q.value(0).toString();
        if (ids::isValidUscc(uscc)) {
            ++valid;
            QCOMPARE(ids::organizationCodeCheckCharacter(QStringView(uscc).mid(8, 8)), uscc.at(16));
            continue;
        }
        ++invalid;
        const bool seedTestOrganization = q.value(1).toString() == QLatin1String("test_fr");
        const bool legacyO1 = q.value(2).toString() == QLatin1String("torch") &&
                              q.value(3).toString() == QLatin1String("O1") && q.value(1).toString() == uscc;
        QVERIFY2(seedTestOrganization || legacyO1, qPrintable(uscc));
    }
    QVERIFY(valid >= 70);
    QVERIFY(invalid >= 2);

    // Phones, logins and e-mail addresses.
    for (const QString &phone : column(*m_db, QStringLiteral("SELECT phone FROM account")))
        QVERIFY2(ids::isMainlandMobile(phone), qPrintable(phone));
    for (const QString &login : column(*m_db, QStringLiteral("SELECT login FROM account")))
        QVERIFY2(ids::isValidLoginName(login), qPrintable(login));
    for (const QString &email : column(*m_db, QStringLiteral("SELECT email FROM account WHERE email IS NOT NULL")))
        QVERIFY2(email.count(QLatin1Char('@')) == 1 && !email.startsWith(QLatin1Char('@')), qPrintable(email));
}

void TestDemoGenerator::lookupRecognisesGeneratedData()
{
    // What staff would type, copied from the generated rows, is recognised as the right kind.
    using Kind = LookupQuery::Kind;
    QSqlQuery q = run(*m_db, QStringLiteral("SELECT login, name, uscc, id_type, id_number, phone FROM account"));
    while (q.next()) {
        const QString login = q.value(0).toString();
        const LookupQuery byLogin = LookupQuery::parse(login);
        QVERIFY2(byLogin.kind == Kind::Login || byLogin.kind == Kind::Phone || byLogin.kind == Kind::Uscc ||
                     byLogin.kind == Kind::Code18,
                 qPrintable(login));
        const QString name = q.value(1).toString();
        QVERIFY2(LookupQuery::parse(name).kind == Kind::Name, qPrintable(name));
        QCOMPARE(LookupQuery::parse(name).text, name);
        const QString uscc = q.value(2).toString();
        if (!uscc.isEmpty()) {
            const Kind kind = LookupQuery::parse(uscc).kind;
            QVERIFY2(kind == (ids::isValidUscc(uscc) ? Kind::Uscc : Kind::Code18), qPrintable(uscc));
        }
        if (q.value(3).toString() == QLatin1String("resident_id"))
            QVERIFY(LookupQuery::parse(q.value(4).toString()).kind == Kind::IdNumber);
        const QString phone = q.value(5).toString();
        QVERIFY2(LookupQuery::parse(phone).kind == Kind::Phone, qPrintable(phone));
    }
}

void TestDemoGenerator::organizationsHaveRepresentativesAndAgents()
{
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM account WHERE kind = 'organization' AND "
                                         "(legal_rep_name IS NULL OR legal_rep_name = '' OR "
                                         "legal_rep_id_number IS NULL OR primary_agent_id IS NULL OR "
                                         "organization_type IS NULL OR uscc IS NULL)")),
             0);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM account o JOIN account p ON p.id = "
                                         "o.primary_agent_id WHERE o.kind = 'organization' AND p.kind <> 'person'")),
             0);
    QVERIFY(count(*m_db, QStringLiteral("SELECT COUNT(DISTINCT organization_type) FROM account")) >= 3);
    // Persons carry no organization columns.
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM account WHERE kind = 'person' AND "
                                         "(uscc IS NOT NULL OR legal_rep_name IS NOT NULL OR "
                                         "primary_agent_id IS NOT NULL)")),
             0);
}

void TestDemoGenerator::edgeCasesPresent()
{
    Database &db = *m_db;
    // HJ_ logins of both kinds (O3 organizations, P3 persons).
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM account WHERE kind = 'organization' AND login LIKE 'HJ|_%' "
                                     "ESCAPE '|'")) >= 1);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM account WHERE kind = 'person' AND login LIKE 'HJ|_%' "
                                     "ESCAPE '|'")) >= 1);
    // Several accounts of one person, at most one of them verified.
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT id_number FROM account WHERE kind = 'person' "
                                     "AND id_number IS NOT NULL GROUP BY id_number HAVING COUNT(*) > 1) d")) >= 2);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT id_number FROM account WHERE kind = 'person' "
                                      "AND real_name_status IN ('verified_national', 'verified_manual') "
                                      "GROUP BY id_number HAVING COUNT(*) > 1) d")),
             0);
    // A renamed organization registered twice: same USCC, the new one names the old name.
    QVERIFY(
        count(db, QStringLiteral("SELECT COUNT(*) FROM account n JOIN account o ON o.uscc = n.uscc AND o.id <> n.id "
                                 "WHERE n.kind = 'organization' AND n.former_name = o.name")) >= 1);
    // Statuses and documents the queues and screens need.
    for (const char *status : {"verified_national", "verified_manual", "unverified", "failed", "manual_pending"})
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM account WHERE real_name_status = '%1'")
                               .arg(QLatin1String(status))) >= 1,
                 status);
    for (const char *status : {"active", "pending_activation", "disabled"})
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM account WHERE account_status = '%1'")
                               .arg(QLatin1String(status))) >= 1,
                 status);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM account WHERE id_valid_until < '2025-06-30'")) >= 1);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM account WHERE kind = 'person' AND id_valid_from IS NOT "
                                     "NULL AND id_valid_until IS NULL")) >= 1); // long-term cards
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM account WHERE identity_region <> 'mainland'")) >= 1);
    // Legacy accounts: every migration case, conflicts, invalid codes.
    for (const char *migrationCase : {"O1", "O2", "O3", "O4", "P1", "P2", "P3", "P4"})
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM legacy_account WHERE system = 'torch' AND "
                                          "migration_case = '%1'")
                               .arg(QLatin1String(migrationCase))) >= 1,
                 migrationCase);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM legacy_account WHERE migration_case IS NULL AND "
                                     "platform_account_id IS NULL AND conflict_reason IS NOT NULL")) >= 1);
    int invalidLegacy = 0;
    for (const QString &code : column(db, QStringLiteral("SELECT uscc FROM legacy_account WHERE kind = "
                                                         "'organization' AND migration_case IS NOT NULL")))
        invalidLegacy += ids::isValidUscc(code) ? 0 : 1;
    QVERIFY(invalidLegacy >= 1);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM account WHERE uscc = '123456789zxcvbnmaa'")), 1);
    // History.
    for (const char *kind :
         {"registered", "migrated", "real_name_verified", "real_name_failed", "real_name_submitted", "password_reset"})
        QVERIFY2(
            count(db,
                  QStringLiteral("SELECT COUNT(*) FROM account_event WHERE kind = '%1'").arg(QLatin1String(kind))) >= 1,
            kind);
    // Delegations, some expired, some for the case-handler role.
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM delegation WHERE role = '事项办理员'")) >= 1);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM delegation WHERE expires_at IS NOT NULL")) >= 1);
}

void TestDemoGenerator::migrationCasesFollowRules_data()
{
    // Each query counts the legacy rows of one case that break the DOMAIN.md rule; all must be 0.
    QTest::addColumn<QString>("violations");

    const QString linked = QStringLiteral("SELECT COUNT(*) FROM legacy_account l JOIN account a ON a.id = "
                                          "l.platform_account_id WHERE l.migration_case = ");
    QTest::newRow("O1: organization with login = USCC, created by the migration")
        << linked + QStringLiteral("'O1' AND NOT (a.kind = 'organization' AND a.login = l.legacy_login AND "
                                   "a.uscc = l.legacy_login AND a.origin = 'torch')");
    QTest::newRow("O2: the organization's own earlier account, login = USCC")
        << linked + QStringLiteral("'O2' AND NOT (a.kind = 'organization' AND a.login = l.legacy_login AND "
                                   "a.origin = 'platform' AND a.created_at < l.migrated_at)");
    QTest::newRow("O3: HJ_ organization, the USCC held by a person's login")
        << linked + QStringLiteral("'O3' AND NOT (a.kind = 'organization' AND a.login = 'HJ_' || l.legacy_login "
                                   "AND EXISTS (SELECT 1 FROM account p WHERE p.kind = 'person' AND "
                                   "p.login = l.legacy_login AND p.created_at < l.migrated_at))");
    QTest::newRow("O4: person account, delegated by the organization holding the USCC")
        << linked + QStringLiteral("'O4' AND NOT (a.kind = 'person' AND a.origin = 'torch' AND "
                                   "(a.login = l.legacy_login OR a.login = 'HJ_' || l.legacy_login) AND "
                                   "EXISTS (SELECT 1 FROM account o WHERE o.kind = 'organization' AND "
                                   "o.uscc = l.legacy_login AND o.login <> l.legacy_login AND "
                                   "o.created_at < l.migrated_at AND 3 = (SELECT COUNT(DISTINCT b.code) FROM "
                                   "delegation d JOIN business_system b ON b.id = d.business_system_id WHERE "
                                   "d.organization_id = o.id AND d.person_id = a.id AND b.code IN "
                                   "('hte', 'tsme', 'torch'))))");
    QTest::newRow("O4 renamed only when login = USCC was taken")
        << linked + QStringLiteral("'O4' AND a.login = 'HJ_' || l.legacy_login AND NOT EXISTS (SELECT 1 FROM "
                                   "account p WHERE p.login = l.legacy_login)");
    QTest::newRow("P1: person with login = phone, created by the migration")
        << linked + QStringLiteral("'P1' AND NOT (a.kind = 'person' AND a.login = l.legacy_login AND "
                                   "a.origin = 'torch')");
    QTest::newRow("P2: the same human's earlier account, login = phone")
        << linked + QStringLiteral("'P2' AND NOT (a.kind = 'person' AND a.login = l.legacy_login AND "
                                   "a.origin = 'platform' AND (l.id_number IS NULL OR l.id_number = a.id_number) "
                                   "AND a.name = l.name)");
    QTest::newRow("P3: HJ_ person, the phone held by somebody else's login")
        << linked + QStringLiteral("'P3' AND NOT (a.kind = 'person' AND a.login = 'HJ_' || l.legacy_login AND "
                                   "EXISTS (SELECT 1 FROM account p WHERE p.login = l.legacy_login AND "
                                   "p.id_number <> l.id_number AND p.created_at < l.migrated_at))");
    QTest::newRow("P4: verified account with the phone reserved, no login = phone")
        << linked + QStringLiteral("'P4' AND NOT (a.kind = 'person' AND a.phone = l.legacy_login AND "
                                   "a.login <> l.legacy_login AND a.real_name_status IN ('verified_national', "
                                   "'verified_manual') AND NOT EXISTS (SELECT 1 FROM account x WHERE "
                                   "x.login = l.legacy_login))");
    QTest::newRow("cases link to exactly one account")
        << QStringLiteral("SELECT COUNT(*) FROM legacy_account WHERE (migration_case IS NULL) <> "
                          "(platform_account_id IS NULL)");
    QTest::newRow("migrated accounts have their legacy row")
        << QStringLiteral("SELECT COUNT(*) FROM account a WHERE a.origin = 'torch' AND NOT EXISTS (SELECT 1 FROM "
                          "legacy_account l WHERE l.platform_account_id = a.id)");
    QTest::newRow("migrated accounts keep the Torch password")
        << QStringLiteral("SELECT COUNT(*) FROM legacy_account l JOIN account a ON a.id = l.platform_account_id "
                          "WHERE a.origin = 'torch' AND a.password_hash <> l.password_hash");
    QTest::newRow("legacy person logins are mobiles, organization logins USCC-like")
        << QStringLiteral("SELECT COUNT(*) FROM legacy_account WHERE migration_case IS NOT NULL AND "
                          "LENGTH(legacy_login) <> CASE kind WHEN 'person' THEN 11 ELSE 18 END");
}

void TestDemoGenerator::migrationCasesFollowRules()
{
    QFETCH(QString, violations);
    QCOMPARE(count(*m_db, violations), 0);
}

void TestDemoGenerator::referencesAreConsistent()
{
    Database &db = *m_db;
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM delegation d JOIN account o ON o.id = d.organization_id "
                                      "JOIN account p ON p.id = d.person_id WHERE o.kind <> 'organization' OR "
                                      "p.kind <> 'person' OR d.granted_at < o.created_at")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM account_event e JOIN account a ON a.id = e.account_id "
                                      "WHERE e.occurred_at < a.created_at")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM account WHERE created_at > '2025-06-30T12:00:00Z' OR "
                                      "created_at < '2017-01-01'")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM account_event WHERE occurred_at > "
                                      "'2025-06-30T12:00:00Z'")),
             0);
    if (!test::usingPostgres())
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")), 0);
}

void TestDemoGenerator::newRowsGetFreshIds()
{
    // Explicit ids must not leave the id sequence behind (PostgreSQL identity columns).
    auto conn = m_db->connection();
    QVERIFY(conn.ok());
    QSqlQuery q(*conn);
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO account (login, kind, name, created_at) VALUES (?, ?, ?, ?)")));
    q.addBindValue(QStringLiteral("after_demo"));
    q.addBindValue(QStringLiteral("person"));
    q.addBindValue(QStringLiteral("演示之后"));
    q.addBindValue(kNow.toString(Qt::ISODateWithMs));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT id FROM account WHERE login = 'after_demo'")), 381);
    QVERIFY(run(*m_db, QStringLiteral("DELETE FROM account WHERE login = 'after_demo'")).isActive());
}

void TestDemoGenerator::refusesNonEmptyDatabase()
{
    auto report = DemoGenerator(*m_db).generate(smallOptions());
    QVERIFY(!report.ok());
    QCOMPARE(int(report.error().code), int(Error::Code::Conflict));
    QVERIFY(!report.error().message.isEmpty());
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM account")), 380);
}

void TestDemoGenerator::cancelLeavesNoRows()
{
    auto db = test::openTestDatabase();
    const QString indexCount = test::usingPostgres()
                                   ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = 'public'")
                                   : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'");
    const qint64 indexesBefore = count(*db, indexCount);

    DemoOptions options = smallOptions();
    options.persons = 12000; // more than one progress step, so the cancel comes in the middle
    options.organizations = 1000;
    qint64 calls = 0;
    auto report = DemoGenerator(*db).generate(options, [&](qint64 done, qint64 total) {
        ++calls;
        return !(done > 0 && done < total);
    });
    QVERIFY(!report.ok());
    QCOMPARE(int(report.error().code), int(Error::Code::Cancelled));
    QCOMPARE(calls, 1);
    for (const char *table : {"account", "account_event", "delegation", "project", "legacy_account", "appeal", "document"})
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), 0);
    QCOMPARE(count(*db, indexCount), indexesBefore);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM business_system")), 5);

    // The same database takes the data afterwards.
    options.persons = 300;
    options.organizations = 80;
    options.appeals = 0; // and without appeals, when asked
    auto again = DemoGenerator(*db).generate(options);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE(identities(*db), identities(*m_db).mid(0, 380));
    QCOMPARE(again->appeals, 0);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM appeal")), 0);
}

void TestDemoGenerator::appealsOfEveryTypeWithDocuments()
{
    // A QGuiApplication runs this test, so the sample pictures are drawn.
    QVERIFY(SampleDocuments::canRender());
    QVERIFY(m_report.appealPictures);
    QCOMPARE(m_report.appeals, demo::DemoAppeals::automaticCount(300));
    QCOMPARE(m_report.appeals, 40);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal")), m_report.appeals);
    for (const QString &type : AppealTexts::typeNames())
        QVERIFY2(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal WHERE appeal_type = '%1'").arg(type)) >= 2,
                 qPrintable(type));

    // Every stored document passes the intake check, and its slot belongs to the appeal's type.
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM document WHERE owner_type = 'appeal'")),
             m_report.appealDocuments);
    QVERIFY(m_report.appealDocuments >= 80);
    QSqlQuery q = run(*m_db, QStringLiteral("SELECT d.kind, d.file_name, d.content, d.size_bytes, d.mime_type, "
                                            "a.appeal_type FROM document d JOIN appeal a ON a.id = d.owner_id "
                                            "WHERE d.owner_type = 'appeal'"));
    QSet<QString> kinds;
    int documents = 0;
    while (q.next()) {
        ++documents;
        const QString kind = q.value(0).toString();
        const QByteArray content = q.value(2).toByteArray();
        QCOMPARE(qint64(content.size()), q.value(3).toLongLong());
        const DocumentCheck::Verdict verdict =
            DocumentCheck::check(content, q.value(1).toString(), AppealTexts::documentKindAllowsPdf(kind));
        QVERIFY2(verdict.ok, qPrintable(verdict.reason));
        QCOMPARE(verdict.mimeType, q.value(4).toString());
        const QVector<AppealDocumentSlot> documentSlots = AppealForms::documents(q.value(5).toString());
        const bool slotOfType = std::any_of(documentSlots.cbegin(), documentSlots.cend(),
                                            [&kind](const AppealDocumentSlot &s) { return s.kind == kind; });
        QVERIFY2(slotOfType, qPrintable(kind));
        kinds.insert(kind);
    }
    QCOMPARE(qint64(documents), m_report.appealDocuments);
    for (const char *kind : {"id_front", "id_back", "licence", "authorization", "handler_id"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);

    // A few arrived with a document missing or damaged: recorded as needing documents. The others hold every
    // required document.
    const qint64 incomplete = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal WHERE NOT documents_complete"));
    QVERIFY2(incomplete >= 2 && incomplete <= 10, qPrintable(QString::number(incomplete)));
    for (const QString &type : AppealTexts::typeNames()) {
        for (const AppealDocumentSlot &slot : AppealForms::documents(type)) {
            if (!slot.required)
                continue;
            QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal a WHERE a.appeal_type = '%1' AND "
                                                 "a.documents_complete AND NOT EXISTS (SELECT 1 FROM document d "
                                                 "WHERE d.owner_type = 'appeal' AND d.owner_id = a.id AND "
                                                 "d.kind = '%2')")
                                      .arg(type, slot.kind)),
                     0);
        }
    }
    // A damaged picture was refused at intake and is noted in the audit entry of its appeal.
    QVERIFY(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'appeal' AND "
                                        "after_json LIKE '%refused_documents%'")) >= 1);
    // Every appeal has its filing in the audit log.
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(DISTINCT entity_id) FROM audit_log WHERE entity_type = 'appeal' "
                                         "AND action IN ('appeal.file', 'appeal.import')")),
             m_report.appeals);
}

void TestDemoGenerator::appealsSpreadOverSlaStatesAndStages()
{
    AppealRepository repo(*m_db);
    QHash<QString, int> sla;
    QHash<QString, int> states; // by stored name
    for (const QString &id : column(*m_db, QStringLiteral("SELECT id FROM appeal ORDER BY id"))) {
        auto rec = repo.record(id.toLongLong());
        QVERIFY2(rec.ok(), rec.ok() ? "" : qPrintable(rec.error().message));
        ++states[AppealStates::name(rec->state)];
        // Submitted within the last business days before "now".
        QVERIFY(rec->submittedAt <= kNow);
        QVERIFY(rec->submittedAt > kNow.addDays(-14));
        if (AppealStates::isOpen(rec->state))
            ++sla[BusinessCalendar::slaStateName(BusinessCalendar::slaState(rec->dueAt, kNow))];
    }
    QVERIFY2(sla.value(QStringLiteral("overdue")) >= 1, "no overdue appeal");
    QVERIFY2(sla.value(QStringLiteral("on_time")) >= 1, "no appeal on time");
    QVERIFY(sla.value(QStringLiteral("paused")) >= 1);
    QVERIFY(states.value(QStringLiteral("new")) >= 20);
    for (const char *state : {"claimed", "waiting_for_user", "approved", "rejected", "withdrawn"})
        QVERIFY2(states.value(QLatin1String(state)) >= 1, state);
    // Held claims name the demo reviewer and still run at "now".
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal WHERE state = 'claimed' AND "
                                         "claimed_by <> 'reviewer01'")),
             0);
    // Approvals send the login and a new password to the appeal's phone; the staff preview hides the password.
    QVERIFY(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM sms_outbox WHERE appeal_id IS NOT NULL")) >= 2);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'account.password_reset'")),
             qint64(states.value(QStringLiteral("approved"))));
}

void TestDemoGenerator::appealsFindTheirAccounts()
{
    // Most appeals are about demo accounts (so the review finds candidates); some match nothing.
    const qint64 personMatches =
        count(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal a WHERE a.appeal_type = 'person_recovery' AND EXISTS "
                                    "(SELECT 1 FROM account p WHERE p.kind = 'person' AND p.id_number = a.id_number)"));
    const qint64 persons = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal WHERE appeal_type = 'person_recovery'"));
    QVERIFY2(personMatches >= persons / 2 && personMatches < persons,
             qPrintable(QStringLiteral("%1 of %2").arg(personMatches).arg(persons)));
    const qint64 organizationMatches = count(
        *m_db, QStringLiteral("SELECT COUNT(*) FROM appeal a WHERE a.appeal_type <> 'person_recovery' AND EXISTS "
                              "(SELECT 1 FROM account o WHERE o.kind = 'organization' AND o.uscc = a.uscc)"));
    const qint64 organizations =
        count(*m_db, QStringLiteral("SELECT COUNT(*) FROM appeal WHERE appeal_type <> 'person_recovery'"));
    QVERIFY2(organizationMatches >= organizations / 2 && organizationMatches < organizations,
             qPrintable(QStringLiteral("%1 of %2").arg(organizationMatches).arg(organizations)));
    // The appeals' data passes the appeal form's own checks (the intake validated it).
    QSqlQuery q = run(*m_db, QStringLiteral("SELECT id_number, phone FROM appeal"));
    while (q.next()) {
        QVERIFY2(ids::isValidResidentId(q.value(0).toString()), qPrintable(q.value(0).toString()));
        QVERIFY2(ids::isMainlandMobile(q.value(1).toString()), qPrintable(q.value(1).toString()));
    }
}

// A QGuiApplication (offscreen): the demo draws its sample document pictures.
void TestDemoGenerator::reviewRequestsWithDocumentsAndSignals()
{
    // Real-name review requests of both kinds, with pictures drawn for them, a number bound elsewhere and a
    // picture used again for another person (demo/DemoReviews.h).
    QVERIFY(m_report.reviews >= 8);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_review")), m_report.reviews);
    QVERIFY(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_review WHERE review_type = 'organization'")) >= 1);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_review WHERE state = 'new'")), m_report.reviews);
    QVERIFY(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM real_name_review_queue WHERE bound_holder IS NOT NULL")) >= 1);
    QVERIFY(m_report.reviewDocuments >= 2 * m_report.reviews);
    QVERIFY(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM (SELECT sha256 FROM document WHERE owner_type = "
                                        "'review_submission' GROUP BY sha256 HAVING COUNT(*) > 1) d")) >= 1);
}

QTEST_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
