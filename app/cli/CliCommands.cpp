#include "CliCommands.h"
#include "CliSupport.h"

#include "demo/DemoGenerator.h"
#include "domain/LookupQuery.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/PasswordHasher.h"
#include "store/StaffRepository.h"
#include "workflow/CsvImporter.h"
#include "workflow/LookupService.h"
#include "workflow/MigrationEngine.h"
#include "workflow/MigrationLookup.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"
#include "workflow/StaffService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <cstdio>
#include <functional>
#include <optional>

namespace desk::cli {

namespace {

const char *const kUsage = QT_TRANSLATE_NOOP("desk::cli",
    "Usage: identitydesk-cli [--db URL] [--as LOGIN] COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  db migrate                 create or upgrade the schema (PostgreSQL: as the database owner)\n"
    "  db version                 print the schema version of the database and of this program\n"
    "  db path                    print where the database is (the embedded file by default)\n"
    "  demo [--persons N] [--organizations M] [--seed S]\n"
    "                             fill an empty database with synthetic demo data and one staff member per role\n"
    "  staff add --login L --name NAME --role agent|reviewer|supervisor|administrator [--password-stdin]\n"
    "  staff list\n"
    "  staff disable LOGIN | staff enable LOGIN | staff rename LOGIN --name NAME\n"
    "  staff password LOGIN [--password-stdin]\n"
    "                             disable (PostgreSQL: no more sign-in, open sessions end), re-enable, rename a\n"
    "                             staff member, or give them a new password (generated and printed once)\n"
    "  lookup QUERY [--limit N]   find accounts by login, USCC, ID number, phone or name; prints JSON\n"
    "  audit verify [--checkpoint FILE] [--key FILE]\n"
    "                             check the audit log's hash chain; with a checkpoint also rows cut from the end\n"
    "  audit checkpoint --out FILE [--key FILE]\n"
    "                             write the head of the chain (row, hash, time) authenticated with a key kept\n"
    "                             outside the database (created on first use, see the README)\n"
    "  audit log [--limit N]      print the newest audit entries as JSON\n"
    "  migrate --system torch [--dry-run] [--retry-conflicts] [--batch N]\n"
    "                             migrate the legacy accounts of a system onto the platform; prints counts per\n"
    "                             case and conflicts as JSON (--dry-run: decide everything, change nothing;\n"
    "                             --retry-conflicts: also try the accounts recorded as conflicts again)\n"
    "  migration lookup (--uscc X | --phone X | --login X | --name X)\n"
    "                             what became of a legacy account and what to tell the caller; prints JSON\n"
    "  import accounts FILE.csv [--skip-bad BADFILE]\n"
    "  import legacy --system torch FILE.csv [--skip-bad BADFILE]\n"
    "                             import platform or legacy accounts from CSV (UTF-8 or GB18030); any bad row\n"
    "                             stops the import unless --skip-bad writes the bad rows to BADFILE; existing\n"
    "                             rows are never overwritten; prints counts as JSON\n"
    "  appeal import FILE.json --files DIR\n"
    "                             record recovery appeals from the public platform with their documents (format\n"
    "                             in the README); refused documents leave the appeal needing documents; JSON counts\n"
    "  review import FILE.json --files DIR\n"
    "                             record real-name review requests with their documents (format in the README)\n"
    "  review list [--state S] [--json]\n"
    "  review claim (ID | --next) claim a request (exit 1: nothing waiting, 3: refused by a rule)\n"
    "  review show ID             the request (masked), its documents, decisions and checklist as JSON\n"
    "  review decide ID (--approve | --reject CODE[,CODE] [--text T] [--document-reason KIND:CODE])\n"
    "                             decide a request you hold (exit 3: refused by a rule, 2: bad input)\n"
    "  merge candidates [--reason same_id_number|o4_person|same_uscc|former_name] [--limit N] [--json] [--counts]\n"
    "                             the duplicate finder; --counts: entries per reason\n"
    "  merge request --source LOGIN --target LOGIN --reason TEXT [--evidence FILE]\n"
    "  merge rename --source OLD --target RENAMED --reason TEXT [--evidence FILE]\n"
    "                             request a merge (or an organization's rename recovery); prints the preview\n"
    "  merge approve ID | merge reject ID --reason TEXT | merge undo ID | merge show ID | merge list [--state S]\n"
    "                             a supervisor other than the requester decides; approval executes (exit 3:\n"
    "                             refused by a rule, 2: bad input, 1: anything else)\n"
    "  transfer request --from LOGIN --to LOGIN --projects ID[,ID] --evidence FILE --reason TEXT\n"
    "  transfer approve ID        move a departing member's projects to a colleague of the same organization\n"
    "  calendar import FILE.json  replace one year of the holiday calendar with a holiday-cn file; JSON summary\n"
    "  calendar due --from ISO-TIME --days N\n"
    "                             the due time after N business days on the database's calendar (China time)\n"
    "  calendar status [--today YYYY-MM-DD]\n"
    "                             the years the calendar covers and whether it covers the next 60 days; JSON\n"
    "  sms deliver --gateway https://HOST/PATH [--once] [--interval SECONDS] [--timeout MS]\n"
    "                             send queued text messages to the SMS gateway (HTTPS, idempotency key, retry\n"
    "                             with back-off); --once: one pass, then print the counts as JSON\n"
    "  report list [--json]       the reports: name, title, formats\n"
    "  report run NAME --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx|pdf --out FILE\n"
    "             [--queue Q] [--unmasked --reason TEXT]\n"
    "                             write a report (exit 2: bad input, 3: not permitted); JSON summary\n"
    "\n"
    "--db defaults to the embedded database in the user's data folder. On PostgreSQL the role in the URL\n"
    "signs in with the password from PGPASSWORD or the system keychain. On the embedded database --as LOGIN\n"
    "acts as that staff member, with the password read from standard input (one line).\n");

// ---- db ----

int cmdDb(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("migrate")) {
        auto session = openSession(ctx, Database::SchemaPolicy::Migrate);
        if (!session)
            return fail(ctx, session.error());
        auto version = (*session)->database().schemaVersion();
        if (!version)
            return fail(ctx, version.error());
        ctx.out << tr("Schema is at version %1.").arg(*version) << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("path")) {
        // Where the database lives: the run script uses it to decide whether the demo database exists.
        ctx.out << (ctx.url.isSqlite() ? ctx.url.path : ctx.url.toString()) << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("version")) {
        Database db(ctx.url, qEnvironmentVariable("PGPASSWORD"));
        if (auto s = db.open(); !s)
            return fail(ctx, s.error());
        auto version = db.schemaVersion();
        if (!version)
            return fail(ctx, version.error());
        printJson(ctx, QJsonObject{{QStringLiteral("database"), *version},
                                   {QStringLiteral("program"), Database::latestSchemaVersion()}});
        return Ok;
    }
    ctx.err << tr("Unknown db command \"%1\": use migrate, version or path.").arg(sub) << Qt::endl;
    return BadInput;
}

// ---- demo ----

int cmdDemo(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("persons"), tr("Person accounts."), QStringLiteral("N"), QStringLiteral("20000")});
    p.addOption({QStringLiteral("organizations"), tr("Organization accounts."), QStringLiteral("M"),
                 QStringLiteral("5000")});
    p.addOption({QStringLiteral("seed"), tr("Random seed."), QStringLiteral("S"), QStringLiteral("1")});
    p.addOption({QStringLiteral("quiet"), tr("No progress display.")});
    p.addOption({QStringLiteral("staff-prefix"),
                 tr("Prefix for the demo staff logins (PostgreSQL roles are shared by all databases of a server)."),
                 QStringLiteral("P")});
    if (!p.parse(QStringList{QStringLiteral("demo")} + args)) {
        ctx.err << p.errorText() << Qt::endl;
        return BadInput;
    }
    bool okP = false, okO = false, okS = false;
    DemoOptions options;
    options.persons = p.value(QStringLiteral("persons")).toLongLong(&okP);
    options.organizations = p.value(QStringLiteral("organizations")).toLongLong(&okO);
    options.seed = p.value(QStringLiteral("seed")).toULongLong(&okS);
    if (!okP || !okO || !okS || options.persons < 0 || options.organizations < 0) {
        ctx.err << tr("--persons, --organizations and --seed take whole numbers of zero or more.") << Qt::endl;
        return BadInput;
    }
    auto session = openSession(ctx, Database::SchemaPolicy::Migrate);
    if (!session)
        return fail(ctx, session.error());
    if (auto s = Permissions::require((*session)->staff(), Action::GenerateDemoData); !s)
        return fail(ctx, s.error());
    Database &db = (*session)->database();
    {
        auto count = db.exec(QStringLiteral("SELECT COUNT(*) FROM account"));
        if (!count)
            return fail(ctx, count.error());
        const qint64 existing = count->next() ? count->value(0).toLongLong() : 0;
        count->finish();
        if (existing > 0) {
            ctx.err << tr("The database already holds %1 accounts; demo data only goes into an empty database.")
                           .arg(existing)
                    << Qt::endl;
            return BadInput;
        }
    }
    // One staff member per role, unless the database has staff already; checked before any data is written,
    // so a taken login (PostgreSQL roles are server-wide) stops the command while the database is still empty.
    const QString staffPrefix = p.value(QStringLiteral("staff-prefix"));
    const struct
    {
        const char *login;
        const char *name;
        StaffRole role;
    } demoStaff[] = {{"agent01", "客服 王晓燕", StaffRole::Agent},
                     {"reviewer01", "审核员 李建国", StaffRole::Reviewer},
                     {"supervisor01", "主管 陈静", StaffRole::Supervisor},
                     {"admin01", "管理员 赵磊", StaffRole::Administrator}};
    StaffService staffService(*session);
    auto existingStaff = staffService.listStaff();
    if (!existingStaff)
        return fail(ctx, existingStaff.error());
    const bool createStaff = existingStaff->isEmpty();
    if (createStaff) {
        for (const auto &s : demoStaff) {
            const QString login = staffPrefix + QString::fromUtf8(s.login);
            auto taken = StaffRepository(db).loginTaken(login);
            if (!taken)
                return fail(ctx, taken.error());
            if (*taken) {
                ctx.err << tr("The demo staff login \"%1\" is already taken on this server; choose another with "
                              "--staff-prefix.")
                               .arg(login)
                        << Qt::endl;
                return BadInput;
            }
        }
    }

    const bool quiet = p.isSet(QStringLiteral("quiet"));
    QElapsedTimer clock;
    clock.start();
    int lastPercent = -1;
    DemoGenerator generator(db);
    auto report = generator.generate(options, [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (!quiet && percent != lastPercent) {
            lastPercent = percent;
            ctx.err << QStringLiteral("\r") << tr("Generating demo data: %1% (%2 of %3 rows, %4 s)")
                                                   .arg(percent)
                                                   .arg(done)
                                                   .arg(total)
                                                   .arg(clock.elapsed() / 1000.0, 0, 'f', 1);
            ctx.err.flush();
        }
        return true;
    });
    if (!quiet)
        ctx.err << Qt::endl;
    if (!report)
        return fail(ctx, report.error());

    // The staff passwords are printed now and never again.
    QJsonArray staffJson;
    if (createStaff) {
        for (const auto &s : demoStaff) {
            StaffMember m;
            m.login = staffPrefix + QString::fromUtf8(s.login);
            m.displayName = QString::fromUtf8(s.name);
            m.role = s.role;
            const QString password = crypto::randomPassword(12);
            if (auto st = staffService.addStaff(m, password); !st)
                return fail(ctx, st.error());
            staffJson.append(QJsonObject{{QStringLiteral("login"), m.login},
                                         {QStringLiteral("role"), staffRoleName(m.role)},
                                         {QStringLiteral("password"), password}});
        }
    }
    QJsonObject result{{QStringLiteral("database"), ctx.url.toString()},
                       {QStringLiteral("persons"), report->persons},
                       {QStringLiteral("organizations"), report->organizations},
                       {QStringLiteral("delegations"), report->delegations},
                       {QStringLiteral("projects"), report->projects},
                       {QStringLiteral("legacy_accounts"), report->legacyAccounts},
                       {QStringLiteral("appeals"), report->appeals},
                       {QStringLiteral("reviews"), report->reviews},
                       {QStringLiteral("seconds"), report->seconds}};
    if (!staffJson.isEmpty()) {
        result[QStringLiteral("staff")] = staffJson;
        result[QStringLiteral("note")] = tr("Staff passwords are shown only this once.");
    }
    printJson(ctx, result);
    return Ok;
}

// ---- staff ----

// staff disable|enable|rename|password LOGIN ...
int cmdStaffChange(Context &ctx, const QString &sub, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("login"), tr("Staff login."));
    p.addOption({QStringLiteral("name"), tr("Display name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("password-stdin"), tr("Read the new password from standard input.")});
    if (!p.parse(QStringList{QStringLiteral("staff ") + sub} + args)) {
        ctx.err << p.errorText() << Qt::endl;
        return BadInput;
    }
    const QString login = p.positionalArguments().value(0);
    if (login.isEmpty() || p.positionalArguments().size() > 1) {
        ctx.err << tr("staff %1 needs exactly one staff login.").arg(sub) << Qt::endl;
        return BadInput;
    }
    if (sub == QLatin1String("rename") && p.value(QStringLiteral("name")).trimmed().isEmpty()) {
        ctx.err << tr("staff rename needs --name.") << Qt::endl;
        return BadInput;
    }
    QString password;
    if (sub == QLatin1String("password")) {
        if (p.isSet(QStringLiteral("password-stdin"))) {
            QTextStream in(stdin);
            password = in.readLine();
        } else {
            password = crypto::randomPassword(14);
        }
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    StaffService service(*session);
    Status s;
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable"))
        s = service.setStaffActive(login, sub == QLatin1String("enable"));
    else if (sub == QLatin1String("rename"))
        s = service.renameStaff(login, p.value(QStringLiteral("name")));
    else
        s = service.resetStaffPassword(login, password);
    if (!s)
        return fail(ctx, s.error());
    QJsonObject result{{QStringLiteral("login"), login}, {QStringLiteral("done"), sub}};
    if (sub == QLatin1String("password") && !p.isSet(QStringLiteral("password-stdin"))) {
        result[QStringLiteral("password")] = password;
        result[QStringLiteral("note")] = tr("The password is shown only this once.");
    }
    printJson(ctx, result);
    return Ok;
}

int cmdStaff(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list")) {
        auto session = openSession(ctx);
        if (!session)
            return fail(ctx, session.error());
        auto list = StaffService(*session).listStaff();
        if (!list)
            return fail(ctx, list.error());
        QJsonArray arr;
        for (const StaffMember &m : *list)
            arr.append(QJsonObject{{QStringLiteral("login"), m.login},
                                   {QStringLiteral("name"), m.displayName},
                                   {QStringLiteral("role"), staffRoleName(m.role)},
                                   {QStringLiteral("active"), m.active}});
        printJson(ctx, arr);
        return Ok;
    }
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable") || sub == QLatin1String("rename")
        || sub == QLatin1String("password"))
        return cmdStaffChange(ctx, sub, args.mid(1));
    if (sub != QLatin1String("add")) {
        ctx.err << tr("Unknown staff command \"%1\": use add, list, disable, enable, rename or password.").arg(sub)
                << Qt::endl;
        return BadInput;
    }
    QCommandLineParser p;
    p.addOption({QStringLiteral("login"), tr("Staff login."), QStringLiteral("L")});
    p.addOption({QStringLiteral("name"), tr("Display name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("role"), tr("Role."), QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("password-stdin"), tr("Read the new password from standard input.")});
    if (!p.parse(QStringList{QStringLiteral("staff add")} + args.mid(1))) {
        ctx.err << p.errorText() << Qt::endl;
        return BadInput;
    }
    StaffMember m;
    m.login = p.value(QStringLiteral("login"));
    m.displayName = p.value(QStringLiteral("name"));
    if (m.login.isEmpty() || m.displayName.isEmpty()) {
        ctx.err << tr("staff add needs --login and --name.") << Qt::endl;
        return BadInput;
    }
    if (!staffRoleFromName(p.value(QStringLiteral("role")), &m.role)) {
        ctx.err << tr("--role must be agent, reviewer, supervisor or administrator.") << Qt::endl;
        return BadInput;
    }
    QString password;
    bool generated = false;
    if (p.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        password = in.readLine();
    } else {
        password = crypto::randomPassword(14);
        generated = true;
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    if (auto s = StaffService(*session).addStaff(m, password); !s)
        return fail(ctx, s.error());
    QJsonObject result{{QStringLiteral("login"), m.login}, {QStringLiteral("role"), staffRoleName(m.role)}};
    if (generated) {
        result[QStringLiteral("password")] = password;
        result[QStringLiteral("note")] = tr("The password is shown only this once.");
    }
    printJson(ctx, result);
    return Ok;
}

// ---- lookup ----

int cmdLookup(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("limit"), tr("Most matches to print."), QStringLiteral("N"), QStringLiteral("50")});
    p.addPositionalArgument(QStringLiteral("query"), tr("Login, USCC, ID number, phone or name."));
    if (!p.parse(QStringList{QStringLiteral("lookup")} + args)) {
        ctx.err << p.errorText() << Qt::endl;
        return BadInput;
    }
    const QString text = p.positionalArguments().join(QLatin1Char(' '));
    bool okLimit = false;
    const int limit = p.value(QStringLiteral("limit")).toInt(&okLimit);
    if (!okLimit || limit < 1 || limit > 10000) {
        ctx.err << tr("--limit takes a number from 1 to 10000.") << Qt::endl;
        return BadInput;
    }
    const LookupQuery query = LookupQuery::parse(text);
    if (query.kind == LookupQuery::Kind::Empty) {
        ctx.err << tr("Give something to look up: a login, USCC, ID number, phone number or name.") << Qt::endl;
        return BadInput;
    }
    if (query.kind == LookupQuery::Kind::Invalid) {
        ctx.err << query.message << Qt::endl;
        return BadInput;
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    auto rows = LookupService(*session).find(text, limit);
    if (!rows)
        return fail(ctx, rows.error());
    QJsonArray matches;
    for (const AccountSummary &row : *rows)
        matches.append(LookupService::toMaskedJson(row));
    QJsonObject result{{QStringLiteral("query"), query.text},
                       {QStringLiteral("kind"), LookupQuery::kindName(query.kind)},
                       {QStringLiteral("count"), matches.size()},
                       {QStringLiteral("matches"), matches}};
    if (!query.warning.isEmpty())
        result[QStringLiteral("warning")] = query.warning;
    printJson(ctx, result);
    return matches.isEmpty() ? NotFound : Ok;
}

// ---- audit ----

// The checkpoint key lives outside the database: a file of the operator's (default: in the user's configuration
// folder, created with mode 0600 on first use). Whoever can rewrite the database cannot forge a checkpoint.
QString checkpointKeyPath(const QString &given)
{
    if (!given.isEmpty())
        return given;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
         + QStringLiteral("/audit-checkpoint.key");
}

Result<QByteArray> readCheckpointKey(const QString &path, bool create)
{
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return Error(Error::Code::InvalidInput, tr("Cannot read the checkpoint key %1: %2").arg(path, f.errorString()));
        const QByteArray key = f.readAll().trimmed();
        if (key.size() < 32)
            return Error(Error::Code::InvalidInput, tr("The checkpoint key %1 is too short (at least 32 characters).")
                                                        .arg(path));
        return key;
    }
    if (!create)
        return Error(Error::Code::InvalidInput,
                     tr("The checkpoint key %1 does not exist: verify with the key that wrote the checkpoint (--key).")
                         .arg(path));
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray key = crypto::randomBytes(32).toHex();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error(Error::Code::InvalidInput, tr("Cannot create the checkpoint key %1: %2").arg(path, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(key + '\n');
    if (!out.commit())
        return Error(Error::Code::InvalidInput, tr("Cannot create the checkpoint key %1: %2").arg(path, out.errorString()));
    return key;
}

Result<AuditCheckpoint> readCheckpoint(const QString &file, const QString &keyFile)
{
    auto key = readCheckpointKey(checkpointKeyPath(keyFile), false);
    if (!key)
        return key.error();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::InvalidInput, tr("Cannot read the checkpoint %1: %2").arg(file, f.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return Error(Error::Code::InvalidInput, tr("%1 is not an audit checkpoint.").arg(file));
    const AuditCheckpoint c = AuditCheckpoint::fromJson(doc.object());
    if (!c.authentic(*key))
        return Error(Error::Code::InvalidInput,
                     tr("The checkpoint %1 is not authentic: it was altered, or written with another key.").arg(file));
    return c;
}

int cmdAuditCheckpoint(Context &ctx, Session &session, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("out"), tr("Where to write the checkpoint."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("key"), tr("The checkpoint key file."), QStringLiteral("FILE")});
    if (!p.parse(QStringList{QStringLiteral("audit checkpoint")} + args)) {
        ctx.err << p.errorText() << Qt::endl;
        return BadInput;
    }
    if (!p.isSet(QStringLiteral("out"))) {
        ctx.err << tr("audit checkpoint needs --out FILE.") << Qt::endl;
        return BadInput;
    }
    if (auto s = Permissions::require(session.staff(), Action::VerifyAuditLog); !s)
        return fail(ctx, s.error());
    auto key = readCheckpointKey(checkpointKeyPath(p.value(QStringLiteral("key"))), true);
    if (!key)
        return fail(ctx, key.error());
    auto head = AuditLog(session.database()).head();
    if (!head)
        return fail(ctx, head.error());
    head->sign(*key);
    QSaveFile out(p.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly))
        return fail(ctx, Error(Error::Code::InvalidInput, tr("Cannot write %1: %2")
                                                              .arg(p.value(QStringLiteral("out")), out.errorString())));
    out.write(QJsonDocument(head->toJson()).toJson());
    if (!out.commit())
        return fail(ctx, Error(Error::Code::InvalidInput, tr("Cannot write %1: %2")
                                                              .arg(p.value(QStringLiteral("out")), out.errorString())));
    printJson(ctx, head->toJson());
    return Ok;
}

int cmdAudit(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    if (sub == QLatin1String("checkpoint"))
        return cmdAuditCheckpoint(ctx, **session, args.mid(1));
    if (sub == QLatin1String("verify")) {
        QCommandLineParser p;
        p.addOption({QStringLiteral("checkpoint"), tr("A checkpoint written by audit checkpoint."),
                     QStringLiteral("FILE")});
        p.addOption({QStringLiteral("key"), tr("The checkpoint key file."), QStringLiteral("FILE")});
        if (!p.parse(QStringList{QStringLiteral("audit verify")} + args.mid(1))) {
            ctx.err << p.errorText() << Qt::endl;
            return BadInput;
        }
        std::optional<AuditCheckpoint> checkpoint;
        if (p.isSet(QStringLiteral("checkpoint"))) {
            auto c = readCheckpoint(p.value(QStringLiteral("checkpoint")), p.value(QStringLiteral("key")));
            if (!c)
                return fail(ctx, c.error());
            checkpoint = *c;
        }
        auto v = StaffService(*session).verifyAuditLog(checkpoint);
        if (!v)
            return fail(ctx, v.error());
        QJsonObject result{{QStringLiteral("ok"), v->ok}, {QStringLiteral("rows_checked"), v->rowsChecked},
                           {QStringLiteral("last_hash"), v->lastHash}};
        if (!v->ok) {
            result[QStringLiteral("first_bad_row")] = v->firstBadId;
            result[QStringLiteral("problem")] = v->problem;
            ctx.err << v->problem << Qt::endl;
        }
        printJson(ctx, result);
        return v->ok ? Ok : NotFound;
    }
    if (sub == QLatin1String("log")) {
        if (auto s = Permissions::require((*session)->staff(), Action::ViewAuditLog); !s)
            return fail(ctx, s.error());
        QCommandLineParser p;
        p.addOption({QStringLiteral("limit"), tr("Entries."), QStringLiteral("N"), QStringLiteral("50")});
        if (!p.parse(QStringList{QStringLiteral("audit log")} + args.mid(1))) {
            ctx.err << p.errorText() << Qt::endl;
            return BadInput;
        }
        auto rows = AuditLog((*session)->database()).recent(p.value(QStringLiteral("limit")).toInt());
        if (!rows)
            return fail(ctx, rows.error());
        QJsonArray arr;
        for (const AuditRow &r : *rows)
            arr.append(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("at"), r.createdAt},
                                   {QStringLiteral("staff"), r.staffLogin},
                                   {QStringLiteral("action"), r.action},
                                   {QStringLiteral("entity"), QString(r.entityType + QLatin1Char(':') + r.entityId)},
                                   {QStringLiteral("after"), QJsonDocument::fromJson(r.afterJson.toUtf8()).object()}});
        printJson(ctx, arr);
        return Ok;
    }
    ctx.err << tr("Unknown audit command \"%1\": use verify, checkpoint or log.").arg(sub) << Qt::endl;
    return BadInput;
}

// ---- migrate ----

int cmdMigrate(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("system"), tr("Legacy system code, e.g. torch."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("dry-run"), tr("Decide every case but change nothing.")});
    p.addOption({QStringLiteral("retry-conflicts"), tr("Also try again the legacy accounts recorded as conflicts.")});
    p.addOption({QStringLiteral("batch"), tr("Legacy accounts per transaction."), QStringLiteral("N"),
                 QStringLiteral("500")});
    if (!p.parse(QStringList{QStringLiteral("migrate")} + args)) {
        ctx.err << p.errorText() << Qt::endl;
        return BadInput;
    }
    if (!p.positionalArguments().isEmpty()) {
        ctx.err << tr("Unexpected argument \"%1\".").arg(p.positionalArguments().constFirst()) << Qt::endl;
        return BadInput;
    }
    MigrationEngine::Options options;
    options.system = p.value(QStringLiteral("system")).trimmed();
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    options.retryConflicts = p.isSet(QStringLiteral("retry-conflicts"));
    bool okBatch = false;
    options.batchSize = p.value(QStringLiteral("batch")).toInt(&okBatch);
    if (options.system.isEmpty()) {
        ctx.err << tr("Name the legacy system: --system torch") << Qt::endl;
        return BadInput;
    }
    if (!okBatch || options.batchSize < 1 || options.batchSize > 100000) {
        ctx.err << tr("--batch takes a number from 1 to 100000.") << Qt::endl;
        return BadInput;
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    auto report = MigrationEngine(*session).run(options);
    if (!report)
        return fail(ctx, report.error());
    printJson(ctx, report->toJson());
    if (!report->conflicts.isEmpty())
        ctx.err << tr("Legacy accounts that could not be migrated: %1 (see \"conflicts\").")
                       .arg(report->conflicts.size())
                << Qt::endl;
    return Ok;
}

int cmdMigration(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("lookup")) {
        ctx.err << tr("Unknown migration command \"%1\": use lookup.").arg(sub) << Qt::endl;
        return BadInput;
    }
    QCommandLineParser p;
    p.addOption({QStringLiteral("uscc"), tr("The organization's USCC (its Torch login)."), QStringLiteral("X")});
    p.addOption({QStringLiteral("phone"), tr("The person's mobile number (their Torch login)."), QStringLiteral("X")});
    p.addOption({QStringLiteral("login"), tr("The Torch login as the caller gives it."), QStringLiteral("X")});
    p.addOption({QStringLiteral("name"), tr("The organization's full registered name (current or former)."),
                 QStringLiteral("X")});
    if (!p.parse(QStringList{QStringLiteral("migration lookup")} + args.mid(1))) {
        ctx.err << p.errorText() << Qt::endl;
        return BadInput;
    }
    QVector<std::pair<MigrationLookup::By, QString>> given;
    if (p.isSet(QStringLiteral("uscc")))
        given.append({MigrationLookup::By::Uscc, p.value(QStringLiteral("uscc"))});
    if (p.isSet(QStringLiteral("phone")))
        given.append({MigrationLookup::By::Phone, p.value(QStringLiteral("phone"))});
    if (p.isSet(QStringLiteral("login")))
        given.append({MigrationLookup::By::Login, p.value(QStringLiteral("login"))});
    if (p.isSet(QStringLiteral("name")))
        given.append({MigrationLookup::By::Name, p.value(QStringLiteral("name"))});
    if (given.size() != 1 || !p.positionalArguments().isEmpty()) {
        ctx.err << tr("Give exactly one of --uscc, --phone, --login or --name.") << Qt::endl;
        return BadInput;
    }
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    auto answer = MigrationLookup(*session).find(given.first().first, given.first().second);
    if (!answer)
        return fail(ctx, answer.error());
    printJson(ctx, answer->toJson());
    if (answer->results.isEmpty()) {
        if (given.first().first == MigrationLookup::By::Name)
            ctx.err << tr("No legacy organization is known under the name \"%1\"; ask the caller for the USCC.")
                           .arg(answer->input)
                    << Qt::endl;
        else
            ctx.err << tr("No legacy account has the login \"%1\".").arg(answer->input) << Qt::endl;
        return NotFound;
    }
    return Ok;
}

// ---- import ----

int cmdImport(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("accounts") && sub != QLatin1String("legacy")) {
        ctx.err << tr("Unknown import command \"%1\": use accounts or legacy.").arg(sub) << Qt::endl;
        return BadInput;
    }
    const bool legacy = sub == QLatin1String("legacy");
    QCommandLineParser p;
    p.addOption({QStringLiteral("skip-bad"), tr("Import the good rows and write the bad ones to this file."),
                 QStringLiteral("BADFILE")});
    if (legacy)
        p.addOption({QStringLiteral("system"), tr("Legacy system code, e.g. torch."), QStringLiteral("CODE")});
    if (!p.parse(QStringList{QStringLiteral("import ") + sub} + args.mid(1))) {
        ctx.err << p.errorText() << Qt::endl;
        return BadInput;
    }
    if (p.positionalArguments().size() != 1) {
        ctx.err << tr("Name exactly one CSV file to import.") << Qt::endl;
        return BadInput;
    }
    CsvImporter::Options options;
    options.kind = legacy ? CsvImporter::Kind::Legacy : CsvImporter::Kind::Accounts;
    options.fileName = p.positionalArguments().constFirst();
    options.badFile = p.value(QStringLiteral("skip-bad"));
    if (p.isSet(QStringLiteral("skip-bad")) && options.badFile.isEmpty()) {
        ctx.err << tr("--skip-bad needs a file name for the bad rows.") << Qt::endl;
        return BadInput;
    }
    if (legacy) {
        options.system = p.value(QStringLiteral("system")).trimmed();
        if (options.system.isEmpty()) {
            ctx.err << tr("Name the legacy system: --system torch") << Qt::endl;
            return BadInput;
        }
    }
    QElapsedTimer timer;
    timer.start();
    options.progress = [&ctx, &timer](qint64 rows) {
        ctx.err << tr("%1 rows written (%2 s)").arg(rows).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
    };
    auto session = openSession(ctx);
    if (!session)
        return fail(ctx, session.error());
    auto report = CsvImporter(*session).run(options);
    if (!report)
        return fail(ctx, report.error());
    printJson(ctx, report->toJson());
    for (const ImportProblem &bad : std::as_const(report->bad))
        ctx.err << tr("Line %1: %2").arg(bad.line).arg(bad.reason) << Qt::endl;
    for (const ImportProblem &c : std::as_const(report->conflicts))
        ctx.err << tr("Line %1: %2 %3").arg(c.line).arg(c.key, c.reason) << Qt::endl;
    if (!report->written) {
        ctx.err << tr("%1 bad rows: nothing was imported. Fix them, or import the good rows with --skip-bad BADFILE.")
                       .arg(report->bad.size())
                << Qt::endl;
        return BadInput;
    }
    if (!report->bad.isEmpty())
        ctx.err << tr("%1 bad rows were written to %2.").arg(report->bad.size()).arg(options.badFile) << Qt::endl;
    if (!report->conflicts.isEmpty())
        ctx.err << tr("%1 rows differ from what is stored and were not imported (see \"conflict_rows\").")
                       .arg(report->conflicts.size())
                << Qt::endl;
    return Ok;
}

} // namespace

int run(const QStringList &argsIn, QTextStream &out, QTextStream &err, QTextStream *in)
{
    QStringList args = argsIn.mid(1);
    QString dbText;
    QString asLogin;
    // --as LOGIN is global too: the staff member the command acts as.
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--as")) {
            if (i + 1 >= args.size() || args[i + 1].trimmed().isEmpty()) {
                err << tr("--as needs a staff login; the password follows on standard input.") << Qt::endl;
                return BadInput;
            }
            asLogin = args[i + 1].trimmed();
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QLatin1String("--as="))) {
            asLogin = args[i].mid(5).trimmed();
            args.remove(i);
            break;
        }
    }
    // --db is global and may stand anywhere.
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                err << tr("--db needs a URL, e.g. sqlite:/path/to/file.db or postgresql://role@host:5432/dbname")
                    << Qt::endl;
                return BadInput;
            }
            dbText = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QLatin1String("--db="))) {
            dbText = args[i].mid(5);
            args.remove(i);
            break;
        }
    }
    if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h")
        || args[0] == QLatin1String("help")) {
        (args.isEmpty() ? err : out) << tr(kUsage);
        return args.isEmpty() ? BadInput : Ok;
    }
    if (args[0] == QLatin1String("--version")) {
        out << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    Context ctx{out, err, DatabaseUrl::defaultEmbedded(), asLogin, in};
    if (!dbText.isEmpty()) {
        auto url = DatabaseUrl::parse(dbText);
        if (!url) {
            err << url.error().message << Qt::endl;
            return BadInput;
        }
        ctx.url = *url;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("db"))
        return cmdDb(ctx, args);
    if (command == QLatin1String("demo"))
        return cmdDemo(ctx, args);
    if (command == QLatin1String("staff"))
        return cmdStaff(ctx, args);
    if (command == QLatin1String("lookup"))
        return cmdLookup(ctx, args);
    if (command == QLatin1String("audit"))
        return cmdAudit(ctx, args);
    if (command == QLatin1String("migrate"))
        return cmdMigrate(ctx, args);
    if (command == QLatin1String("migration"))
        return cmdMigration(ctx, args);
    if (command == QLatin1String("import"))
        return cmdImport(ctx, args);
    if (command == QLatin1String("appeal"))
        return cmdAppeal(ctx, args);
    if (command == QLatin1String("sms"))
        return cmdSms(ctx, args);
    if (command == QLatin1String("calendar"))
        return cmdCalendar(ctx, args);
    if (command == QLatin1String("review"))
        return cmdReview(ctx, args);
    if (command == QLatin1String("merge"))
        return cmdMerge(ctx, args);
    if (command == QLatin1String("transfer"))
        return cmdTransfer(ctx, args);
    if (command == QLatin1String("report"))
        return cmdReport(ctx, args);
    err << tr("Unknown command \"%1\".").arg(command) << Qt::endl << tr(kUsage);
    return BadInput;
}

} // namespace desk::cli
