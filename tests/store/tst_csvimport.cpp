// CSV import of platform and legacy accounts through identitydesk-cli, on SQLite and PostgreSQL: a good file
// imports and a second import changes nothing; a bad row stops everything and is named with its line and reason;
// --skip-bad imports the rest and writes the bad-row file; GB18030 and UTF-8 with BOM read the same; quoted fields;
// legacy rows keep their invalid legacy USCCs.
#include "TestData.h"
#include "TestDatabase.h"

#include "CliRun.h"
#include "domain/Identifiers.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "workflow/CsvImporter.h"
#include "workflow/Permissions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

using test::CliRun;
using test::strings;

namespace {

QString validUscc(const char *first17)
{
    const QString head = QString::fromLatin1(first17);
    return head + ids::usccCheckCharacter(head);
}

QString validResidentId(const char *first17)
{
    const QString head = QString::fromLatin1(first17);
    return head + ids::residentIdCheckCharacter(head);
}

const char *const kAccountHeader =
    "login,kind,name,uscc,organization_type,id_type,id_number,phone,real_name_status,origin,created_at\r\n";

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void goodFileImportsOnceAndSecondImportChangesNothing();
    void badRowWritesNothing();
    void skipBadImportsGoodRowsAndWritesBadFile();
    void gb18030AndUtf8BomGiveTheSameNames();
    void quotedFields();
    void legacyImportKeepsInvalidLegacyUscc();
    void onlyAdministratorsImport();
    void timestamps();

private:
    QString write(const char *name, const QByteArray &bytes);
    QString writeUtf8(const char *name, const QString &text) { return write(name, text.toUtf8()); }
    CliRun import(const QStringList &args);
    qint64 count(const QString &sql, const QVariantList &values = {});
    QString value(const QString &sql, const QVariantList &values = {});

    std::shared_ptr<Database> m_db;
    DatabaseUrl m_url;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCsvImport::init()
{
    m_db = test::openTestDatabase();
    m_url = test::lastTestDatabaseUrl();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCsvImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestCsvImport::write(const char *name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

CliRun TestCsvImport::import(const QStringList &args)
{
    return test::runCli(m_url, QStringList{QStringLiteral("import")} + args);
}

qint64 TestCsvImport::count(const QString &sql, const QVariantList &values)
{
    auto q = m_db->exec(sql, values);
    if (!q || !q->next())
        qFatal("count failed: %s", q ? "no row" : qPrintable(q.error().message));
    const qint64 n = q->value(0).toLongLong();
    q->finish();
    return n;
}

QString TestCsvImport::value(const QString &sql, const QVariantList &values)
{
    auto q = m_db->exec(sql, values);
    if (!q)
        qFatal("query failed: %s", qPrintable(q.error().message));
    const QString v = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return v;
}

void TestCsvImport::goodFileImportsOnceAndSecondImportChangesNothing()
{
    const QString uscc = validUscc("91110108MA01ABCD1");
    const QString rid = validResidentId("11010519900307123");
    QString text = QString::fromLatin1(kAccountHeader);
    text += QStringLiteral("li_si,person,李四,,,resident_id,%1,13912345678,verified_national,platform,"
                           "2024-03-01T08:00:00+08:00\r\n").arg(rid);
    text += QStringLiteral("acme_2024,organization,北京某某科技有限公司,%1,enterprise,,,13812345678,unverified,,"
                           "2024-03-02T10:30:00Z\r\n").arg(uscc);
    text += QStringLiteral("wang_wu,person,王五,,,passport,E12345678,,failed,torch,2023-12-31\r\n");
    const QString file = writeUtf8("good.csv", text);

    const CliRun first = import({QStringLiteral("accounts"), file});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QJsonObject j = first.json();
    QCOMPARE(j.value(QStringLiteral("read")).toInteger(), 3);
    QCOMPARE(j.value(QStringLiteral("imported")).toInteger(), 3);
    QCOMPARE(j.value(QStringLiteral("bad")).toInteger(), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account")), 3);
    QCOMPARE(value(QStringLiteral("SELECT name FROM account WHERE login = ?"), {QStringLiteral("acme_2024")}),
             QStringLiteral("北京某某科技有限公司"));
    QCOMPARE(value(QStringLiteral("SELECT origin FROM account WHERE login = ?"), {QStringLiteral("acme_2024")}),
             QStringLiteral("platform"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import.accounts'")), 1);

    const CliRun second = import({QStringLiteral("accounts"), file});
    QVERIFY2(second.code == 0, qPrintable(second.err));
    j = second.json();
    QCOMPARE(j.value(QStringLiteral("imported")).toInteger(), 0);
    QCOMPARE(j.value(QStringLiteral("unchanged")).toInteger(), 3);
    QCOMPARE(j.value(QStringLiteral("conflicts")).toInteger(), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account")), 3);

    // A changed row is a conflict and is not overwritten.
    text.replace(QStringLiteral("王五"), QStringLiteral("王六"));
    const CliRun third = import({QStringLiteral("accounts"), writeUtf8("changed.csv", text)});
    QVERIFY2(third.code == 0, qPrintable(third.err));
    j = third.json();
    QCOMPARE(j.value(QStringLiteral("unchanged")).toInteger(), 2);
    QCOMPARE(j.value(QStringLiteral("conflicts")).toInteger(), 1);
    const QJsonObject conflict = j.value(QStringLiteral("conflict_rows")).toArray().at(0).toObject();
    QCOMPARE(conflict.value(QStringLiteral("line")).toInteger(), 4);
    QVERIFY(conflict.value(QStringLiteral("reason")).toString().contains(QStringLiteral("name")));
    QCOMPARE(value(QStringLiteral("SELECT name FROM account WHERE login = ?"), {QStringLiteral("wang_wu")}),
             QStringLiteral("王五"));

    // The audit entry names the file and the counts.
    auto recent = AuditLog(*m_db).recent(1);
    QVERIFY(recent.ok());
    QCOMPARE(recent->first().action, QStringLiteral("import.accounts"));
    QVERIFY(recent->first().afterJson.contains(QStringLiteral("changed.csv")));
    QVERIFY(AuditLog(*m_db).verify()->ok);
}

void TestCsvImport::badRowWritesNothing()
{
    QString text = QString::fromLatin1(kAccountHeader);
    text += QStringLiteral("good_one,person,甲,,,,,,unverified,,2024-01-01\r\n");
    text += QStringLiteral("bad_kind,robot,乙,,,,,,unverified,,2024-01-01\r\n");
    text += QStringLiteral("bad_org,organization,丙,91110108MA01ABCD10,,,,,unverified,,2024-01-01\r\n");
    text += QStringLiteral("bad_rid,person,丁,,,resident_id,110105199003071230,,unverified,,2024-01-01\r\n");
    text += QStringLiteral("bad_phone,person,戊,,,,,1234567,unverified,,2024-01-01\r\n");
    text += QStringLiteral("bad_date,person,己,,,,,,unverified,,2024-13-45\r\n");
    text += QStringLiteral("bad_status,person,庚,,,,,,approved,,2024-01-01\r\n");
    text += QStringLiteral("good_one,person,甲,,,,,,unverified,,2024-01-01\r\n");
    text += QStringLiteral("too_few,person\r\n");
    const CliRun r = import({QStringLiteral("accounts"), writeUtf8("bad.csv", text)});
    QCOMPARE(r.code, 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import.accounts'")), 0);
    const QJsonObject j = r.json();
    QCOMPARE(j.value(QStringLiteral("written")).toBool(), false);
    QCOMPARE(j.value(QStringLiteral("bad")).toInteger(), 8);
    const QJsonArray bad = j.value(QStringLiteral("bad_rows")).toArray();
    const QList<std::pair<int, const char *>> expected{{3, "unknown kind"},   {4, "invalid USCC"},
                                                       {5, "invalid resident ID"}, {6, "mobile"},
                                                       {7, "malformed created_at"}, {8, "unknown real-name status"},
                                                       {9, "duplicate of line 2"}, {10, "expected 11 columns"}};
    QCOMPARE(bad.size(), expected.size());
    for (int i = 0; i < bad.size(); ++i) {
        const QJsonObject o = bad.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("line")).toInteger(), expected.at(i).first);
        QVERIFY2(o.value(QStringLiteral("reason")).toString().contains(QString::fromLatin1(expected.at(i).second)),
                 qPrintable(o.value(QStringLiteral("reason")).toString()));
        QVERIFY2(r.err.contains(QStringLiteral("Line %1: ").arg(expected.at(i).first)), qPrintable(r.err));
    }
}

void TestCsvImport::skipBadImportsGoodRowsAndWritesBadFile()
{
    QString text = QString::fromLatin1(kAccountHeader);
    text += QStringLiteral("good_one,person,甲,,,,,,unverified,,2024-01-01\r\n");
    text += QStringLiteral("bad_kind,robot,\"乙, with comma\",,,,,,unverified,,2024-01-01\r\n");
    text += QStringLiteral("good_two,person,丙,,,,,13700000000,unverified,,2024-01-02\r\n");
    const QString badFile = m_dir->filePath(QStringLiteral("rejected.csv"));
    const CliRun r =
        import({QStringLiteral("accounts"), writeUtf8("mixed.csv", text), QStringLiteral("--skip-bad"), badFile});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("imported")).toInteger(), 2);
    QCOMPARE(r.json().value(QStringLiteral("bad")).toInteger(), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account")), 2);
    QFile f(badFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("line,reason,login,kind,")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("3,\"unknown kind \"\"robot\"\"")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",bad_kind,robot,\"乙, with comma\",")), qPrintable(lines.at(1)));
}

void TestCsvImport::gb18030AndUtf8BomGiveTheSameNames()
{
    const QString names[] = {QStringLiteral("张三"), QStringLiteral("欧阳娜娜"), QStringLiteral("𠮷野家"),
                             QStringLiteral("深圳市腾讯计算机系统有限公司")};
    auto body = [&](const char *prefix) {
        QString text = QString::fromLatin1(kAccountHeader);
        int i = 0;
        for (const QString &n : names)
            text += QStringLiteral("%1_%2,person,%3,,,,,,unverified,,2024-01-01\r\n")
                        .arg(QString::fromLatin1(prefix)).arg(++i).arg(n);
        return text;
    };
    QStringEncoder gb("GB18030");
    QVERIFY2(gb.isValid(), "this Qt build has no GB18030 codec");
    const QByteArray gbBytes = gb.encode(body("gbk"));
    QVERIFY(!gb.hasError());
    QVERIFY(gbBytes != body("gbk").toUtf8());
    const CliRun g = import({QStringLiteral("accounts"), write("gb.csv", gbBytes)});
    QVERIFY2(g.code == 0, qPrintable(g.err));
    QCOMPARE(g.json().value(QStringLiteral("encoding")).toString(), QStringLiteral("GB18030"));
    const CliRun u = import({QStringLiteral("accounts"), write("bom.csv", QByteArray("\xEF\xBB\xBF") + body("utf").toUtf8())});
    QVERIFY2(u.code == 0, qPrintable(u.err));
    QCOMPARE(u.json().value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    for (int i = 1; i <= 4; ++i) {
        const QString gbName = value(QStringLiteral("SELECT name FROM account WHERE login = ?"),
                                     {QStringLiteral("gbk_%1").arg(i)});
        const QString utfName = value(QStringLiteral("SELECT name FROM account WHERE login = ?"),
                                      {QStringLiteral("utf_%1").arg(i)});
        QCOMPARE(gbName, names[i - 1]);
        QCOMPARE(utfName, names[i - 1]);
    }
}

void TestCsvImport::quotedFields()
{
    QByteArray text(kAccountHeader);
    text += "q_comma,person,\"Smith, John\",,,,,,unverified,,2024-01-01\r\n";
    text += "q_quote,person,\"He said \"\"hi\"\"\",,,,,,unverified,,2024-01-01\n"; // LF only
    text += "q_break,person,\"two\r\nlines\",,,,,,unverified,,\"2024-01-01\"\r\n";
    text += "\r\n"; // blank line: skipped
    text += "q_bad,nobody,x,,,,,,unverified,,2024-01-01\r\n"; // line 7: after the two-line field and the blank line
    const CliRun r = import({QStringLiteral("accounts"), write("quoted.csv", text),
                             QStringLiteral("--skip-bad"), m_dir->filePath(QStringLiteral("q_bad.csv"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("imported")).toInteger(), 3);
    QCOMPARE(r.json().value(QStringLiteral("bad_rows")).toArray().at(0).toObject().value(QStringLiteral("line")).toInteger(), 7);
    QCOMPARE(value(QStringLiteral("SELECT name FROM account WHERE login = 'q_comma'")), QStringLiteral("Smith, John"));
    QCOMPARE(value(QStringLiteral("SELECT name FROM account WHERE login = 'q_quote'")), QStringLiteral("He said \"hi\""));
    QCOMPARE(value(QStringLiteral("SELECT name FROM account WHERE login = 'q_break'")), QStringLiteral("two\r\nlines"));
}

void TestCsvImport::legacyImportKeepsInvalidLegacyUscc()
{
    const QString invalid = QStringLiteral("91350100M000100Y44"); // wrong check character
    QVERIFY(!ids::isValidUscc(invalid));
    QString text = QStringLiteral("legacy_login,kind,name,uscc,phone,id_number,password_hash,registered_at\r\n");
    text += QStringLiteral("%1,organization,旧火炬公司,%1,,,$torch$md5$abc,2015-06-01T09:00:00+08:00\r\n").arg(invalid);
    text += QStringLiteral("13600000000,person,赵六,,13600000000,,$torch$md5$def,\r\n");
    const QString file = writeUtf8("legacy.csv", text);

    const CliRun missingSystem = import({QStringLiteral("legacy"), file});
    QCOMPARE(missingSystem.code, 2);

    const CliRun r = import({QStringLiteral("legacy"), QStringLiteral("--system"), QStringLiteral("torch"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().value(QStringLiteral("imported")).toInteger(), 2);
    QCOMPARE(value(QStringLiteral("SELECT uscc FROM legacy_account WHERE system = 'torch' AND legacy_login = ?"),
                   {invalid}),
             invalid);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM legacy_account WHERE registered_at IS NULL")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import.legacy'")), 1);

    const CliRun again = import({QStringLiteral("legacy"), QStringLiteral("--system"), QStringLiteral("torch"), file});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QCOMPARE(again.json().value(QStringLiteral("unchanged")).toInteger(), 2);
    QCOMPARE(again.json().value(QStringLiteral("imported")).toInteger(), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM legacy_account")), 2);
}

void TestCsvImport::onlyAdministratorsImport()
{
    QVERIFY(Permissions::allows(StaffRole::Administrator, Action::ImportData));
    QVERIFY(!Permissions::allows(StaffRole::Supervisor, Action::ImportData));
    QVERIFY(!Permissions::allows(StaffRole::Agent, Action::ImportData));
    QVERIFY(!Permissions::allows(StaffRole::Reviewer, Action::ImportData));
}

void TestCsvImport::timestamps()
{
    QCOMPARE(CsvImporter::normaliseTimestamp(QStringLiteral("2024-03-01T08:00:00+08:00")),
             QStringLiteral("2024-03-01T00:00:00.000Z"));
    QCOMPARE(CsvImporter::normaliseTimestamp(QStringLiteral("2024-03-01 08:00:00")),
             QStringLiteral("2024-03-01T00:00:00.000Z")); // no offset: China time
    QCOMPARE(CsvImporter::normaliseTimestamp(QStringLiteral("2024-03-01T00:00:00.123Z")),
             QStringLiteral("2024-03-01T00:00:00.123Z"));
    QCOMPARE(CsvImporter::normaliseTimestamp(QStringLiteral("2024-03-01")), QStringLiteral("2024-02-29T16:00:00.000Z"));
    QVERIFY(CsvImporter::normaliseTimestamp(QStringLiteral("2024-02-30")).isEmpty());
    QVERIFY(CsvImporter::normaliseTimestamp(QStringLiteral("01/03/2024")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
