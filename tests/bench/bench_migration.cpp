// Torch legacy-account migration benchmark: L new legacy accounts (default 500,000) against N + M platform
// accounts (default 2,000,000 persons + 500,000 organizations). Measures the migration's run time, rows/s, its
// counts per case and peak memory, then the help desk's migration look-up by USCC, phone, login and organization
// name (p50/p99/max, target p99 <= 5 ms on SQLite). Prints one JSON object on stdout, progress on stderr; never
// passes or fails on a timing.
//
//   bench_migration [--db URL] [--persons N] [--organizations M] [--legacy L] [--samples K] [--seed S]
//                   [--batch B] [--cache-mb MB] [--keep]
//
// Without --db the data goes into DESK_BENCH_MIGRATION_DB (next to the build), which is deleted before the run and
// again afterwards (about 2 GB at the default sizes) unless --keep is given; with --keep an existing file is reused
// (no demo generation) and a new set of legacy accounts is added to it. A database given by --db is never deleted.
// A PostgreSQL password comes from PGPASSWORD.
//
// The legacy accounts are a mix that exercises every rule of the engine (DOMAIN.md, "Migration engine rules"):
// 40 % organizations (login = USCC): new valid codes (O1), a few invalid codes Torch accepted (O1), the USCC of a
// platform organization whose login is that USCC (O2) or another login (O4), a USCC some person account holds as
// its login (O3; such person accounts are created first when the demo data has none free); 60 % persons (login =
// mobile number): new numbers (P1), numbers that are the login of a person account of the same human (P2) or of
// somebody else (P3), numbers that are the reserved phone of a real-name verified person with another login (P4).
// The existing accounts are sampled with a seeded reservoir over one scan of the account table, before any timing.
#include "BenchSupport.h"

#include "core/Staff.h"
#include "domain/Identifiers.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"
#include "workflow/MigrationEngine.h"
#include "workflow/MigrationLookup.h"
#include "workflow/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <memory>
#include <random>
#include <utility>
#include <vector>

using namespace desk;
using namespace desk::bench;

namespace {

struct Options
{
    QString url;
    bool defaultDb = true;
    bool keep = false;
    qint64 persons = 2000000;
    qint64 organizations = 500000;
    qint64 legacy = 500000;
    int samples = 2000;
    quint64 seed = 20240301;
    int batch = 500;
    int cacheMb = 0;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("IdentityDesk Torch migration benchmark (prints JSON)"));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Database URL (sqlite:PATH or postgresql://...); never deleted"),
                                QStringLiteral("URL"));
    const QCommandLineOption persons(QStringLiteral("persons"), QStringLiteral("Person accounts wanted"),
                                     QStringLiteral("N"), QStringLiteral("2000000"));
    const QCommandLineOption organizations(QStringLiteral("organizations"),
                                           QStringLiteral("Organization accounts wanted"), QStringLiteral("M"),
                                           QStringLiteral("500000"));
    const QCommandLineOption legacy(QStringLiteral("legacy"), QStringLiteral("New Torch legacy accounts to migrate"),
                                    QStringLiteral("L"), QStringLiteral("500000"));
    const QCommandLineOption samples(QStringLiteral("samples"),
                                     QStringLiteral("Migration look-ups by USCC, by phone and by login (each)"),
                                     QStringLiteral("K"), QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the demo data and the sampling"),
                                  QStringLiteral("S"), QStringLiteral("20240301"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Legacy accounts per migration batch"),
                                   QStringLiteral("B"), QStringLiteral("500"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep (and reuse) the default database file instead of deleting it "
                                                 "before and after the run"));
    const QCommandLineOption cache(QStringLiteral("cache-mb"),
                                   QStringLiteral("SQLite page cache of the migration run's connection in MB (0: the "
                                                  "application's default, as a desk runs it)"),
                                   QStringLiteral("MB"), QStringLiteral("0"));
    parser.addOptions({db, persons, organizations, legacy, samples, seed, batch, cache, keep});
    parser.process(app);

    Options o;
    o.defaultDb = !parser.isSet(db);
    o.url = o.defaultDb ? QString(QStringLiteral("sqlite:") + QStringLiteral(DESK_BENCH_MIGRATION_DB))
                        : parser.value(db);
    o.keep = parser.isSet(keep);
    bool ok = true;
    auto number = [&](const QCommandLineOption &option) {
        bool good = false;
        const qint64 value = parser.value(option).toLongLong(&good);
        ok = ok && good && value >= 0;
        return value;
    };
    o.persons = number(persons);
    o.organizations = number(organizations);
    o.legacy = number(legacy);
    o.samples = int(std::max<qint64>(1, number(samples)));
    o.seed = quint64(number(seed));
    o.batch = int(std::clamp<qint64>(number(batch), 1, 1000000));
    o.cacheMb = int(std::clamp<qint64>(number(cache), 0, 65536));
    if (!ok)
        fail(QStringLiteral("the numeric options take non-negative whole numbers"));
    return o;
}

void removeSqliteFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).simplified();
}

// A large page cache for this thread's connection on SQLite (the setup's sampling and bulk insert; the run's
// connection with --cache-mb). Nothing on PostgreSQL.
void setSqliteCache(Database &db, int megabytes)
{
    if (megabytes <= 0 || db.dialect().name() != QLatin1String("sqlite"))
        return;
    auto q = db.exec(QStringLiteral("PRAGMA cache_size = -") + QString::number(qint64(megabytes) * 1024));
    if (!q)
        fail(q.error().message);
    q->finish();
}

const int kSetupCacheMb = 256;

// ---- synthetic values -----------------------------------------------------------------------------------

class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}
    quint64 next() { return m_engine(); }
    quint32 below(quint64 n) { return n == 0 ? 0 : quint32(m_engine() % n); }
    bool chance(int perThousand) { return below(1000) < quint32(perThousand); }
    QString pick(const std::vector<const char *> &words) { return QString::fromUtf8(words[below(words.size())]); }
    template<typename T>
    void shuffle(T &container)
    {
        std::shuffle(container.begin(), container.end(), m_engine);
    }

private:
    std::mt19937_64 m_engine;
};

const QString kUsccAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

const std::vector<const char *> kRegionCodes = {"110108", "110105", "310115", "310104", "440300", "440106",
                                                "330106", "320506", "510107", "420106", "610113", "370212",
                                                "410105", "350203", "120116", "500112", "430104", "210202"};
const std::vector<const char *> kMobilePrefixes = {"130", "131", "132", "133", "134", "135", "136", "137",
                                                   "138", "139", "150", "151", "152", "153", "155", "156",
                                                   "157", "158", "159", "166", "177", "180", "181", "182",
                                                   "183", "185", "186", "187", "188", "189", "191", "198", "199"};
const std::vector<const char *> kSurnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                             "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
                                             "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
const std::vector<const char *> kGiven = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇",
                                          "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂",
                                          "英", "华", "玉", "兰", "文", "辉", "建", "国", "志", "红", "鹏",
                                          "宇", "浩", "晨", "欣", "怡", "佳", "婷"};
const std::vector<const char *> kCities = {"北京", "上海", "深圳", "杭州", "苏州", "成都", "武汉", "西安",
                                           "青岛", "郑州", "厦门", "天津", "重庆", "长沙", "大连", "合肥"};
const std::vector<const char *> kSyllables = {"华", "瑞", "中", "博", "新", "星", "泰", "睿", "云", "海",
                                              "金", "恒", "创", "联", "宏", "科", "信", "达", "源", "智",
                                              "德", "安", "嘉", "鼎", "盛", "航", "芯", "微", "光", "远",
                                              "凯", "通", "汇", "丰", "旭", "辰", "卓", "越", "晟", "磐"};
const std::vector<const char *> kIndustries = {"科技", "信息技术", "生物医药", "新材料", "智能装备", "电子",
                                               "软件", "环保科技", "新能源", "精密仪器", "网络科技", "医疗器械"};
const std::vector<const char *> kCompanyForms = {"有限公司", "有限公司", "有限公司", "股份有限公司",
                                                 "有限责任公司"};

// A valid USCC: authority and type, region, organization code with its own check character, USCC check.
QString usccCandidate(Rng &rng)
{
    static const std::vector<const char *> heads = {"91", "91", "91", "91", "91", "92", "52", "12", "93"};
    QString code = rng.pick(heads) + rng.pick(kRegionCodes);
    QString organizationCode;
    const bool newStyle = rng.chance(600); // MA..., as codes issued since 2015 look
    if (newStyle)
        organizationCode = QStringLiteral("MA");
    while (organizationCode.size() < 8) {
        const bool letter = newStyle && rng.chance(300);
        organizationCode += letter ? kUsccAlphabet.at(10 + int(rng.below(kUsccAlphabet.size() - 10)))
                                   : QChar(char16_t(u'0' + rng.below(10)));
    }
    const QChar orgCheck = ids::organizationCodeCheckCharacter(organizationCode);
    code += organizationCode + (orgCheck.isNull() ? QLatin1Char('0') : orgCheck);
    const QChar check = ids::usccCheckCharacter(code);
    return code + check;
}

QString phoneCandidate(Rng &rng)
{
    QString phone = rng.pick(kMobilePrefixes);
    while (phone.size() < 11)
        phone += QChar(char16_t(u'0' + rng.below(10)));
    return phone;
}

QString residentId(Rng &rng)
{
    const QDate birth = QDate(1950, 1, 1).addDays(qint64(rng.below(20000)));
    QString first17 = rng.pick(kRegionCodes) + birth.toString(QStringLiteral("yyyyMMdd"))
        + QString::number(rng.below(1000)).rightJustified(3, QLatin1Char('0'));
    return first17 + ids::residentIdCheckCharacter(first17);
}

QString personName(Rng &rng)
{
    QString name = rng.pick(kSurnames) + rng.pick(kGiven);
    if (rng.chance(650))
        name += rng.pick(kGiven);
    return name;
}

QString organizationName(Rng &rng)
{
    return rng.pick(kCities) + rng.pick(kSyllables) + rng.pick(kSyllables) + rng.pick(kSyllables)
        + rng.pick(kIndustries) + rng.pick(kCompanyForms);
}

// When the Torch account was registered: June 2012 to February 2022 (the migration ran in March 2022).
QString registeredAt(Rng &rng)
{
    const qint64 from = QDateTime(QDate(2012, 6, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2022, 2, 10), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(from + qint64(rng.below(quint64(to - from))), Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

// ---- sampling existing accounts -------------------------------------------------------------------------

struct Account
{
    qint64 id = 0;
    QString login;
    QString name;
    QString uscc;
    QString phone;
    QString idNumber;
};

// Algorithm R: a uniform sample of `capacity` from a stream of unknown length, reproducible from the seed.
struct Reservoir
{
    qsizetype capacity = 0;
    qint64 seen = 0;
    std::vector<Account> items;

    template<typename Make>
    void offer(Rng &rng, const Make &make)
    {
        ++seen;
        if (qsizetype(items.size()) < capacity) {
            items.push_back(make());
        } else if (capacity > 0) {
            const quint64 slot = rng.next() % quint64(seen);
            if (slot < quint64(capacity))
                items[slot] = make();
        }
    }
};

struct Pools
{
    Reservoir o2;     // organization, login = USCC
    Reservoir o4;     // organization with a USCC under another login
    Reservoir o3;     // person account whose login is a USCC (the demo's are all in Torch already)
    Reservoir phones; // person account whose login is a mobile number (P2 / P3)
    Reservoir p4;     // verified person whose reserved phone is a mobile number other than the login
    qint64 scanned = 0;
};

bool isVerified(const QString &status)
{
    return status == QLatin1String("verified_national") || status == QLatin1String("verified_manual");
}

Pools scanAccounts(Database &db, Rng &rng, const QSet<QString> &legacyLogins, const QHash<QString, qsizetype> &wanted)
{
    Pools pools;
    pools.o2.capacity = wanted.value(QStringLiteral("O2")) * 3 / 2 + 64;
    pools.o4.capacity = wanted.value(QStringLiteral("O4")) * 2 + 64; // some turn out to be O2 (renamed twins)
    pools.o3.capacity = wanted.value(QStringLiteral("O3")) * 3 / 2 + 64;
    pools.phones.capacity = (wanted.value(QStringLiteral("P2")) + wanted.value(QStringLiteral("P3"))) * 3 / 2 + 64;
    pools.p4.capacity = wanted.value(QStringLiteral("P4")) * 2 + 64; // some phones are someone's login

    auto q = db.exec(QStringLiteral(
        "SELECT id, kind, login, uscc, phone, real_name_status, name, id_number FROM account ORDER BY id"));
    if (!q)
        fail(q.error().message);
    while (q->next()) {
        ++pools.scanned;
        const QString kind = q->value(1).toString();
        const QString login = q->value(2).toString();
        auto make = [&]() {
            return Account{q->value(0).toLongLong(), login, q->value(6).toString(), q->value(3).toString(),
                           q->value(4).toString(), q->value(7).toString()};
        };
        if (kind == QLatin1String("organization")) {
            const QString uscc = q->value(3).toString();
            if (uscc.isEmpty() || legacyLogins.contains(uscc))
                continue;
            if (login == uscc)
                pools.o2.offer(rng, make);
            else
                pools.o4.offer(rng, make);
            continue;
        }
        if (legacyLogins.contains(login))
            continue;
        if (ids::isMainlandMobile(login)) {
            pools.phones.offer(rng, make);
        } else if (ids::isUsccShape(login)) {
            pools.o3.offer(rng, make);
        } else {
            const QString phone = q->value(4).toString();
            if (phone != login && ids::isMainlandMobile(phone) && !legacyLogins.contains(phone) &&
                isVerified(q->value(5).toString()))
                pools.p4.offer(rng, make);
        }
    }
    q->finish();
    for (Reservoir *r : {&pools.o2, &pools.o4, &pools.o3, &pools.phones, &pools.p4})
        rng.shuffle(r->items); // the reservoir keeps the early rows in id order
    return pools;
}

// ---- the legacy accounts --------------------------------------------------------------------------------

struct LegacyRow
{
    QString login;
    bool organization = false;
    QString name;
    QString uscc;
    QString phone;
    QString idNumber;
    QString passwordHash;
    QString registeredAt;
    QString planned; // the case the benchmark meant to produce: O1..O4, P1..P4
};

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool exists(Database &db, const QString &sql, const QVariantList &values)
{
    auto q = db.exec(sql, values);
    if (!q)
        fail(q.error().message);
    const bool found = q->next() && q->value(0).toLongLong() != 0;
    q->finish();
    return found;
}

const QString kCodeTaken = QStringLiteral("SELECT EXISTS(SELECT 1 FROM account WHERE login IN (?, ?)) "
                                          "OR EXISTS(SELECT 1 FROM account WHERE uscc IN (?, ?))");
const QString kLoginTaken = QStringLiteral("SELECT EXISTS(SELECT 1 FROM account WHERE login = ?)");
const QString kOrganizationLogin =
    QStringLiteral("SELECT EXISTS(SELECT 1 FROM account WHERE login = ? AND kind = 'organization')");
const QString kPhoneTaken = QStringLiteral(
    "SELECT EXISTS(SELECT 1 FROM account WHERE login = ?) OR EXISTS(SELECT 1 FROM account WHERE phone = ? "
    "AND kind = 'person' AND real_name_status IN ('verified_national','verified_manual'))");

class LegacyPlanner
{
public:
    LegacyPlanner(Database &db, Rng &rng, QSet<QString> &taken, QStringList hashes)
        : m_db(db), m_rng(rng), m_taken(taken), m_hashes(std::move(hashes))
    {
    }

    // A valid USCC nobody uses: no account login or USCC, no legacy login.
    QString freshUscc()
    {
        for (;;) {
            const QString code = usccCandidate(m_rng);
            if (!m_taken.contains(code) && !exists(m_db, kCodeTaken, {code, code, code, code}))
                return code;
        }
    }

    // A mobile number nobody uses as a login and no verified person has as reserved phone.
    QString freshPhone()
    {
        for (;;) {
            const QString phone = phoneCandidate(m_rng);
            if (!m_taken.contains(phone) && !exists(m_db, kPhoneTaken, {phone, phone}))
                return phone;
        }
    }

    // Codes Torch accepted without a check: lower case, the letter O for a zero, a wrong check character, junk.
    QString invalidCode(qint64 n)
    {
        for (;;) {
            QString code = usccCandidate(m_rng);
            switch (n % 4) {
            case 0:
                code = code.toLower();
                break;
            case 1: {
                const qsizetype zero = code.indexOf(QLatin1Char('0'), 8);
                if (zero >= 0 && zero < 17)
                    code[zero] = QLatin1Char('O');
                else
                    code = code.left(17) + QLatin1Char('I'); // I is not in the USCC alphabet
                break;
            }
            case 2: {
                const QChar right = code.at(17);
                QChar wrong = right;
                while (wrong == right)
                    wrong = kUsccAlphabet.at(int(m_rng.below(kUsccAlphabet.size())));
                code[17] = wrong;
                break;
            }
            default:
                code = QStringLiteral("ABC123");
                while (code.size() < 18)
                    code += QChar(char16_t(u'0' + m_rng.below(10)));
                break;
            }
            const QString upper = code.toUpper();
            if (!m_taken.contains(code) && !ids::isValidUscc(code) &&
                !exists(m_db, kCodeTaken, {code, upper, code, upper}))
                return code;
        }
    }

    LegacyRow organization(const QString &code, const QString &name, const QString &planned)
    {
        LegacyRow row = base(code, planned);
        row.organization = true;
        row.name = name;
        row.uscc = code;
        row.phone = m_rng.chance(700) ? phoneCandidate(m_rng) : QString(); // the contact's mobile
        return row;
    }

    LegacyRow person(const QString &phone, const QString &name, const QString &idNumber, const QString &planned)
    {
        LegacyRow row = base(phone, planned);
        row.name = name;
        row.phone = phone;
        row.idNumber = idNumber;
        return row;
    }

private:
    LegacyRow base(const QString &login, const QString &planned)
    {
        m_taken.insert(login);
        LegacyRow row;
        row.login = login;
        row.planned = planned;
        row.passwordHash = m_hashes.at(int(m_rng.below(m_hashes.size())));
        row.registeredAt = registeredAt(m_rng);
        return row;
    }

    Database &m_db;
    Rng &m_rng;
    QSet<QString> &m_taken;
    QStringList m_hashes;
};

QSet<QString> torchLegacyLogins(Database &db)
{
    QSet<QString> logins;
    auto q = db.exec(QStringLiteral("SELECT legacy_login FROM legacy_account WHERE system = 'torch'"));
    if (!q)
        fail(q.error().message);
    while (q->next())
        logins.insert(q->value(0).toString());
    q->finish();
    return logins;
}

QStringList legacyPasswordHashes(Database &db)
{
    QStringList hashes;
    auto q = db.exec(QStringLiteral("SELECT DISTINCT password_hash FROM legacy_account "
                                    "WHERE password_hash IS NOT NULL LIMIT 32"));
    if (!q)
        fail(q.error().message);
    while (q->next())
        hashes << q->value(0).toString();
    q->finish();
    if (hashes.isEmpty()) // an empty legacy table: Torch kept unsalted MD5 hex digests
        hashes = {QStringLiteral("e10adc3949ba59abbe56e057f20f883e"), QStringLiteral("25d55ad283aa400af464c76d713c07ad"),
                  QStringLiteral("96e79218965eb72c92a549dd5a330112")};
    return hashes;
}

// Person accounts that hold a USCC as their login, for O3: created before the run, untimed.
void insertUsccHolders(Database &db, Rng &rng, const QStringList &codes)
{
    if (codes.isEmpty())
        return;
    auto conn = db.connection();
    if (!conn)
        fail(conn.error().message);
    Transaction tx(db, *conn);
    if (auto s = tx.begin(); !s)
        fail(s.error().message);
    const QString created = QDateTime(QDate(2020, 5, 18), QTime(2, 30), Qt::UTC).toString(Qt::ISODateWithMs);
    for (const QString &code : codes) {
        auto q = db.exec(QStringLiteral("INSERT INTO account (login, kind, name, phone, id_number, id_type, "
                                        "identity_region, real_name_status, account_status, origin, created_at) "
                                        "VALUES (?, 'person', ?, ?, ?, 'resident_id', 'mainland', 'unverified', "
                                        "'active', 'platform', ?)"),
                         {code, personName(rng), phoneCandidate(rng), residentId(rng), created});
        if (!q)
            fail(q.error().message);
        q->finish();
    }
    if (auto s = tx.commit(); !s)
        fail(s.error().message);
}

struct Plan
{
    std::vector<LegacyRow> rows;
    QJsonObject planned;
    qint64 holdersCreated = 0;
    QStringList missUsccs;  // platform organizations never in Torch (O0 with an account) and unknown codes (O0)
};

Plan planLegacy(Database &db, Rng &rng, qint64 total)
{
    const qint64 organizations = total * 2 / 5;
    const qint64 persons = total - organizations;
    QHash<QString, qsizetype> want;
    want[QStringLiteral("invalid")] = organizations >= 100 ? organizations / 100 : 0;
    want[QStringLiteral("O3")] = organizations * 4 / 100;
    want[QStringLiteral("O4")] = organizations * 18 / 100;
    want[QStringLiteral("O2")] = organizations * 25 / 100;
    want[QStringLiteral("P2")] = persons * 20 / 100;
    want[QStringLiteral("P3")] = persons * 10 / 100;
    want[QStringLiteral("P4")] = persons * 15 / 100;

    QSet<QString> taken = torchLegacyLogins(db);
    const qsizetype demoLegacy = taken.size();
    std::fprintf(stderr, "bench_migration: %lld Torch legacy logins already present; sampling accounts...\n",
                 qint64(demoLegacy));
    Pools pools = scanAccounts(db, rng, taken, want);
    std::fprintf(stderr, "  scanned %lld accounts: O2 pool %lld, O4 pool %lld, USCC-login persons %lld, "
                         "phone-login persons %lld, P4 pool %lld\n",
                 pools.scanned, pools.o2.seen, pools.o4.seen, pools.o3.seen, pools.phones.seen, pools.p4.seen);

    Plan plan;
    plan.rows.reserve(size_t(total));
    LegacyPlanner planner(db, rng, taken, legacyPasswordHashes(db));
    QHash<QString, qint64> made;
    auto add = [&](LegacyRow row) {
        ++made[row.planned];
        plan.rows.push_back(std::move(row));
    };

    // Organizations.
    qsizetype o2 = 0;
    for (const Account &a : pools.o2.items) {
        if (o2 >= want[QStringLiteral("O2")])
            break;
        if (taken.contains(a.login))
            continue;
        add(planner.organization(a.login, a.name, QStringLiteral("O2")));
        ++o2;
    }
    qsizetype o4 = 0;
    for (const Account &a : pools.o4.items) {
        if (o4 >= want[QStringLiteral("O4")])
            break;
        // The same USCC twice (a renamed organization re-registered), or an organization holds it as login (O2).
        if (taken.contains(a.uscc) || exists(db, kOrganizationLogin, {a.uscc}))
            continue;
        add(planner.organization(a.uscc, a.name, QStringLiteral("O4")));
        ++o4;
    }
    qsizetype o3 = 0;
    for (const Account &a : pools.o3.items) {
        if (o3 >= want[QStringLiteral("O3")])
            break;
        if (taken.contains(a.login) || exists(db, kCodeTaken, {QString(), QString(), a.login, a.login.toUpper()}))
            continue; // the code is some organization's USCC: that would be O4
        add(planner.organization(a.login, organizationName(rng), QStringLiteral("O3")));
        ++o3;
    }
    QStringList holders;
    while (o3 < want[QStringLiteral("O3")]) {
        const QString code = planner.freshUscc();
        holders << code;
        add(planner.organization(code, organizationName(rng), QStringLiteral("O3")));
        ++o3;
    }
    insertUsccHolders(db, rng, holders);
    plan.holdersCreated = holders.size();
    for (qsizetype i = 0; i < want[QStringLiteral("invalid")]; ++i) {
        add(planner.organization(planner.invalidCode(i), organizationName(rng), QStringLiteral("O1")));
        ++made[QStringLiteral("O1_invalid_code")];
    }
    while (qint64(plan.rows.size()) < organizations)
        add(planner.organization(planner.freshUscc(), organizationName(rng), QStringLiteral("O1")));

    // Persons.
    const qsizetype p2Wanted = want[QStringLiteral("P2")];
    const qsizetype p3Wanted = want[QStringLiteral("P3")];
    qsizetype p2 = 0;
    qsizetype p3 = 0;
    for (const Account &a : pools.phones.items) {
        if (p2 >= p2Wanted && p3 >= p3Wanted)
            break;
        if (taken.contains(a.login))
            continue;
        if (p2 < p2Wanted) {
            // The same human: the ID number where the account has one (the name and phone match anyway).
            const bool withId = !a.idNumber.isEmpty() && (a.phone != a.login || rng.chance(850));
            add(planner.person(a.login, a.name, withId ? a.idNumber : QString(), QStringLiteral("P2")));
            ++p2;
        } else {
            // Somebody else: a recycled number.
            QString name = personName(rng);
            while (name == a.name)
                name = personName(rng);
            add(planner.person(a.login, name, rng.chance(800) ? residentId(rng) : QString(), QStringLiteral("P3")));
            ++p3;
        }
    }
    qsizetype p4 = 0;
    for (const Account &a : pools.p4.items) {
        if (p4 >= want[QStringLiteral("P4")])
            break;
        if (taken.contains(a.phone) || exists(db, kLoginTaken, {a.phone}))
            continue;
        add(planner.person(a.phone, a.name, rng.chance(800) ? a.idNumber : QString(), QStringLiteral("P4")));
        ++p4;
    }
    while (qint64(plan.rows.size()) < total)
        add(planner.person(planner.freshPhone(), personName(rng), rng.chance(800) ? residentId(rng) : QString(),
                           QStringLiteral("P1")));

    // Misses for the look-up: USCCs of platform organizations that were never in Torch, and unknown codes.
    for (const Account &a : pools.o2.items) {
        if (plan.missUsccs.size() >= 200)
            break;
        if (!taken.contains(a.uscc))
            plan.missUsccs << a.uscc;
    }
    while (plan.missUsccs.size() < 400)
        plan.missUsccs << usccCandidate(rng);

    for (const QString &c : MigrationEngine::caseCodes())
        plan.planned[c] = made.value(c);
    plan.planned[QStringLiteral("O1_invalid_code")] = made.value(QStringLiteral("O1_invalid_code"));
    plan.planned[QStringLiteral("O3_holders_created")] = plan.holdersCreated;
    plan.planned[QStringLiteral("demo_legacy_rows")] = qint64(demoLegacy);
    rng.shuffle(plan.rows); // organizations and persons interleaved in id order, as registered
    return plan;
}

QJsonObject insertLegacy(Database &db, const std::vector<LegacyRow> &rows)
{
    auto conn = db.connection();
    if (!conn)
        fail(conn.error().message);
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db, *conn);
    if (auto s = tx.begin(); !s)
        fail(s.error().message);
    QSqlQuery q(*conn);
    if (!q.prepare(QStringLiteral("INSERT INTO legacy_account (system, legacy_login, kind, name, uscc, phone, "
                                  "id_number, password_hash, registered_at) VALUES ('torch', ?, ?, ?, ?, ?, ?, ?, ?)")))
        fail(q.lastError().text());
    const QString organization = QStringLiteral("organization");
    const QString person = QStringLiteral("person");
    for (const LegacyRow &r : rows) {
        q.bindValue(0, r.login);
        q.bindValue(1, r.organization ? organization : person);
        q.bindValue(2, orNull(r.name));
        q.bindValue(3, orNull(r.uscc));
        q.bindValue(4, orNull(r.phone));
        q.bindValue(5, orNull(r.idNumber));
        q.bindValue(6, orNull(r.passwordHash));
        q.bindValue(7, orNull(r.registeredAt));
        if (!q.exec())
            fail(QStringLiteral("inserting legacy account %1: %2").arg(r.login, q.lastError().text()));
    }
    q.finish();
    if (auto s = tx.commit(); !s)
        fail(s.error().message);
    const double seconds = elapsedMs(timer) / 1000.0;
    return QJsonObject{{QStringLiteral("rows"), qint64(rows.size())},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("rows_per_s"), seconds > 0 ? double(rows.size()) / seconds : 0.0}};
}

// ---- look-up inputs and timing ---------------------------------------------------------------------------

struct LookupInputs
{
    QStringList usccs;
    QStringList phones;
    QStringList logins;
    QStringList names;
    QSet<QString> unknownNames; // generated names that were never registered: an empty answer is right
};

LookupInputs pickLookups(Rng &rng, const Plan &plan, int samples)
{
    std::vector<const LegacyRow *> organizations;
    std::vector<const LegacyRow *> persons;
    for (const LegacyRow &r : plan.rows)
        (r.organization ? organizations : persons).push_back(&r);
    LookupInputs in;
    const int misses = std::max(1, samples / 20); // 5 % O0 / P0
    auto any = [&](const std::vector<const LegacyRow *> &from) { return from.at(rng.below(from.size())); };
    if (!organizations.empty()) {
        for (int i = 0; i < samples - misses; ++i)
            in.usccs << any(organizations)->login;
        for (int i = 0; i < 300 && i < samples; ++i) {
            if (i % 10 == 9) {
                in.names << organizationName(rng); // most likely nowhere: an empty answer
                in.unknownNames.insert(in.names.constLast());
            } else {
                in.names << any(organizations)->name;
            }
        }
    }
    for (int i = 0; i < misses && !plan.missUsccs.isEmpty(); ++i)
        in.usccs << plan.missUsccs.at(int(rng.below(plan.missUsccs.size())));
    if (!persons.empty()) {
        for (int i = 0; i < samples - misses; ++i)
            in.phones << any(persons)->login;
    }
    for (int i = 0; i < misses; ++i)
        in.phones << phoneCandidate(rng); // almost surely never in Torch: P0
    for (int i = 0; i < samples && !plan.rows.empty(); ++i)
        in.logins << plan.rows.at(rng.below(plan.rows.size())).login;
    rng.shuffle(in.usccs);
    rng.shuffle(in.phones);
    rng.shuffle(in.names);
    return in;
}

// `unknown`: inputs for which an empty answer is right; any other empty answer is counted as unexpected.
QJsonObject timeFind(MigrationLookup &lookup, MigrationLookup::By by, const QStringList &inputs,
                     const QSet<QString> &unknown = {})
{
    int unexpectedEmpty = 0;
    QJsonArray unexpectedExamples;
    QVector<double> ms;
    ms.reserve(inputs.size());
    QMap<QString, int> cases;
    int found = 0;
    std::vector<std::pair<double, QString>> slowest;
    for (const QString &input : inputs) {
        QElapsedTimer timer;
        timer.start();
        auto answer = lookup.find(by, input);
        const double t = elapsedMs(timer);
        ms << t;
        if (!answer)
            fail(QStringLiteral("looking up %1 by %2: %3")
                     .arg(input, MigrationLookup::byName(by), answer.error().message));
        if (answer->results.isEmpty()) {
            ++cases[QStringLiteral("none")];
            if (!unknown.contains(input)) {
                ++unexpectedEmpty;
                if (unexpectedExamples.size() < 5)
                    unexpectedExamples.append(input);
            }
        } else {
            ++found;
            const MigrationAnswer &first = answer->results.first();
            ++cases[!first.caseCode.isEmpty()          ? first.caseCode
                    : !first.conflictReason.isEmpty() ? QStringLiteral("conflict")
                                                       : QStringLiteral("pending")];
        }
        slowest.emplace_back(t, input);
        std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        if (slowest.size() > 3)
            slowest.pop_back();
    }
    QJsonObject o = stats(ms);
    o[QStringLiteral("found")] = found;
    QJsonObject caseCounts;
    for (auto it = cases.cbegin(); it != cases.cend(); ++it)
        caseCounts[it.key()] = it.value();
    o[QStringLiteral("first_result_cases")] = caseCounts;
    o[QStringLiteral("unexpected_empty")] = unexpectedEmpty;
    if (!unexpectedExamples.isEmpty())
        o[QStringLiteral("unexpected_empty_examples")] = unexpectedExamples;
    QJsonArray slow;
    for (const auto &[t, input] : slowest)
        slow.append(QJsonObject{{QStringLiteral("input"), input}, {QStringLiteral("ms"), t}});
    o[QStringLiteral("slowest")] = slow;
    return o;
}

std::shared_ptr<Session> benchSession(const std::shared_ptr<Database> &db)
{
    StaffMember staff;
    staff.login = QStringLiteral("bench");
    staff.displayName = QStringLiteral("bench_migration");
    staff.role = StaffRole::Administrator;
    staff.active = true;
    return std::make_shared<Session>(db, staff, QStringLiteral("bench"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_migration"));
    const Options o = parseOptions(app);

    auto url = DatabaseUrl::parse(o.url);
    if (!url)
        fail(url.error().message);
    const bool removeDefault = o.defaultDb && !o.keep && url->isSqlite();
    if (removeDefault)
        removeSqliteFiles(url->path);
    const QString password = url->isPostgres() ? qEnvironmentVariable("PGPASSWORD") : QString();
    auto db = std::make_shared<Database>(*url, password);
    if (auto s = db->ensureSchema(Database::SchemaPolicy::Migrate); !s)
        fail(s.error().message);

    QJsonObject out;
    out[QStringLiteral("database")] = url->toString();
    out[QStringLiteral("driver")] = db->dialect().name();
    out[QStringLiteral("load_average_at_start")] = loadAverage();
    ensureData(*db, o.persons, o.organizations, o.seed, out);

    // The legacy accounts: sampled and written before anything is timed but their insert.
    Rng rng(o.seed ^ 0x6d696772617465ULL);
    setSqliteCache(*db, kSetupCacheMb);
    QElapsedTimer setup;
    setup.start();
    Plan plan = planLegacy(*db, rng, o.legacy);
    QJsonObject legacy;
    legacy[QStringLiteral("planned")] = plan.planned;
    legacy[QStringLiteral("planning_s")] = elapsedMs(setup) / 1000.0;
    legacy[QStringLiteral("setup_cache_mb")] = db->dialect().name() == QLatin1String("sqlite") ? kSetupCacheMb : 0;
    std::fprintf(stderr, "bench_migration: inserting %lld legacy accounts...\n", qint64(plan.rows.size()));
    legacy[QStringLiteral("insert")] = insertLegacy(*db, plan.rows);
    out[QStringLiteral("legacy")] = legacy;

    const LookupInputs inputs = pickLookups(rng, plan, o.samples);
    plan = Plan{}; // the run measures the engine, not the benchmark's own data

    // The run, on a fresh connection as an administrator's would be.
    db->closeThreadConnection();
    trimHeap(); // the setup's page cache and rows, so that rss_before_mb is the baseline of the run
    setSqliteCache(*db, o.cacheMb);
    auto session = benchSession(db);
    MigrationEngine engine(session);
    MigrationEngine::Options options;
    options.batchSize = o.batch;
    int lastShown = 0;
    options.progress = [&lastShown](int done, int total) {
        if (done - lastShown >= 10000 || done == total) {
            std::fprintf(stderr, "\r  migrated %d / %d", done, total);
            lastShown = done;
        }
        return true;
    };
    QJsonObject migration;
    migration[QStringLiteral("batch")] = o.batch;
    migration[QStringLiteral("cache_mb")] = o.cacheMb; // 0: the application's default page cache
    migration[QStringLiteral("rss_before_mb")] = procStatusMb("VmRSS:");
    migration[QStringLiteral("peak_reset")] = resetPeakMemory();
    std::fprintf(stderr, "bench_migration: migrating...\n");
    QElapsedTimer run;
    run.start();
    auto report = engine.run(options);
    const double runSeconds = elapsedMs(run) / 1000.0;
    std::fprintf(stderr, "\n");
    migration[QStringLiteral("peak_memory_mb")] = procStatusMb("VmHWM:");
    if (!report)
        fail(report.error().message);
    migration[QStringLiteral("seconds")] = runSeconds;
    migration[QStringLiteral("rows_per_s")] = runSeconds > 0 ? double(report->processed) / runSeconds : 0.0;
    migration[QStringLiteral("processed")] = report->processed;
    migration[QStringLiteral("total")] = report->total;
    migration[QStringLiteral("cancelled")] = report->cancelled;
    const QJsonObject reportJson = report->toJson();
    migration[QStringLiteral("counts")] = reportJson.value(QStringLiteral("counts"));
    migration[QStringLiteral("conflict_count")] = reportJson.value(QStringLiteral("conflict_count"));
    QJsonArray conflictSample;
    for (const MigrationConflict &c : std::as_const(report->conflicts)) {
        if (conflictSample.size() >= 5)
            break;
        conflictSample.append(QJsonObject{{QStringLiteral("legacy_login"), c.legacyLogin},
                                          {QStringLiteral("reason"), c.reason}});
    }
    migration[QStringLiteral("conflicts_sample")] = conflictSample;
    migration[QStringLiteral("pending_after")] =
        scalar(*db, QStringLiteral("SELECT COUNT(*) FROM legacy_account WHERE system = 'torch' AND "
                                   "migration_case IS NULL AND conflict_reason IS NULL"));
    out[QStringLiteral("migration")] = migration;
    session.reset();
    db->closeThreadConnection();

    // The help desk's look-up, after the migration, on a fresh connection.
    auto lookupDb = std::make_shared<Database>(*url, password);
    if (auto s = lookupDb->open(); !s)
        fail(s.error().message);
    MigrationLookup lookup(benchSession(lookupDb));
    std::fprintf(stderr, "bench_migration: timing look-ups...\n");
    QJsonObject lookups;
    lookups[QStringLiteral("uscc")] = timeFind(lookup, MigrationLookup::By::Uscc, inputs.usccs);
    lookups[QStringLiteral("phone")] = timeFind(lookup, MigrationLookup::By::Phone, inputs.phones);
    lookups[QStringLiteral("login")] = timeFind(lookup, MigrationLookup::By::Login, inputs.logins);
    lookups[QStringLiteral("name")] = timeFind(lookup, MigrationLookup::By::Name, inputs.names, inputs.unknownNames);
    out[QStringLiteral("lookup")] = lookups;

    out[QStringLiteral("accounts_after")] = scalar(*lookupDb, QStringLiteral("SELECT COUNT(*) FROM account"));
    out[QStringLiteral("legacy_accounts_after")] =
        scalar(*lookupDb, QStringLiteral("SELECT COUNT(*) FROM legacy_account"));
    out[QStringLiteral("rss_at_end_mb")] = procStatusMb("VmRSS:");
    out[QStringLiteral("load_average_at_end")] = loadAverage();
    lookupDb->closeThreadConnection();
    db.reset();
    lookupDb.reset();
    if (removeDefault)
        removeSqliteFiles(url->path);
    else if (url->isSqlite())
        out[QStringLiteral("kept_file")] = url->path;
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
