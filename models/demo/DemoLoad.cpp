#include "demo/DemoLoad.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace desk::demo {

namespace {


// ---- SQL: the rows the load writes ----------------------------------------------------------------------

// Person and organization rows leave different columns empty: each kind has its own statement.
const QStringList kPersonColumns =
    QStringLiteral("id,login,name,identity_region,id_type,id_number,id_valid_from,id_valid_until,phone,email,"
                   "real_name_status,account_status,origin,created_at,password_hash,must_change_password")
        .split(QLatin1Char(','));
const QStringList kOrganizationColumns =
    QStringLiteral("id,login,name,former_name,uscc,organization_type,legal_rep_name,legal_rep_id_number,"
                   "primary_agent_id,phone,email,real_name_status,account_status,origin,created_at,"
                   "password_hash,must_change_password")
        .split(QLatin1Char(','));
// Rows nothing else points at get their ids from the database.
const QStringList kEventColumns = QStringLiteral("account_id,occurred_at,kind,detail").split(QLatin1Char(','));
const QStringList kDelegationColumns =
    QStringLiteral("organization_id,person_id,business_system_id,role,granted_at,expires_at,revoked_at")
        .split(QLatin1Char(','));
const QStringList kProjectColumns =
    QStringLiteral("account_id,business_system_id,reference,title,status,created_at").split(QLatin1Char(','));
const QStringList kLegacyColumns =
    QStringLiteral("legacy_login,kind,name,uscc,phone,id_number,password_hash,registered_at,migration_case,"
                   "platform_account_id,migrated_at,conflict_reason")
        .split(QLatin1Char(','));

// The first event of every self-registered account, derived from the account rows in one statement instead of
// millions of bound rows (same SQL on both dialects). Migrated accounts get theirs with the migration case.
const QString kRegistrationEvents =
    QStringLiteral("INSERT INTO account_event (account_id, occurred_at, kind, detail) "
                   "SELECT id, created_at, 'registered', 'self-service' FROM account WHERE origin = 'platform'");

// ---- The demo world's calendar ---------------------------------------------------------------------------

const qint64 kPlatformStart = daysFromCivil(2017, 3, 1) * kSecsPerDay;
const qint64 kTorchStart = daysFromCivil(2012, 6, 1) * kSecsPerDay;
const qint64 kMigrationStart = daysFromCivil(2022, 3, 12) * kSecsPerDay + 2 * 3600; // 10:00 Beijing time
const qint64 kMigrationSpan = 30 * 3600;

constexpr qint64 kProgressStep = 10000;

// Draws groups in a random order with exact totals (sampling without replacement).
class GroupSequence
{
public:
    explicit GroupSequence(std::vector<Quota> quotas) : m_quotas(std::move(quotas))
    {
        for (const Quota &q : m_quotas)
            m_left += q.count;
    }
    bool done() const { return m_left == 0; }
    Group next(Rng &rng)
    {
        qint64 pick = rng.between(0, m_left - 1);
        for (Quota &q : m_quotas) {
            if (pick < q.count) {
                --q.count;
                --m_left;
                return q.group;
            }
            pick -= q.count;
        }
        return m_quotas.front().group;
    }

private:
    std::vector<Quota> m_quotas;
    qint64 m_left = 0;
};

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

struct AccountSpec
{
    QString login;
    bool organization = false;
    QString name;
    QString formerName;
    QString uscc;
    QString organizationType;
    QString legalRepName;
    QString legalRepIdNumber;
    qint64 primaryAgentId = 0;
    const Human *human = nullptr; // identity columns of a person
    QString phone;
    QString email;
    QString realNameStatus = QStringLiteral("unverified");
    QString accountStatus = QStringLiteral("active");
    QString origin = QStringLiteral("platform");
    qint64 created = 0;
    QString passwordHash;
    bool mustChangePassword = false;
    QString migrationCase; // written into the first event
    QString failureReason;
};

struct LegacySpec
{
    QString login;
    bool organization = false;
    QString name;
    QString uscc;
    QString phone;
    QString idNumber;
    QString passwordHash; // empty: a hash of its own (the platform account has a password the user set)
    QString migrationCase;
    qint64 platformAccountId = 0;
    qint64 migratedAt = 0;
    QString conflictReason;
};

DemoLoad::DemoLoad(Database &db, QSqlDatabase connection, const DemoOptions &options, qint64 now,
                   QHash<QString, qint64> systems)
    : m_db(db), m_options(options), m_now(now), m_nowDay(now / kSecsPerDay), m_factory(options.seed, now / kSecsPerDay),
      m_words(m_factory.words()), m_rng(mix(options.seed, 0x44454d4f)),
      m_persons(db, connection, QStringLiteral("account"), kPersonColumns, 0,
                {{QStringLiteral("kind"), QStringLiteral("'person'")}}),
      m_organizations(db, connection, QStringLiteral("account"), kOrganizationColumns, 0,
                      {{QStringLiteral("kind"), QStringLiteral("'organization'")}}),
      m_events(db, connection, QStringLiteral("account_event"), kEventColumns),
      m_delegations(db, connection, QStringLiteral("delegation"), kDelegationColumns),
      m_projects(db, connection, QStringLiteral("project"), kProjectColumns),
      m_legacy(db, connection, QStringLiteral("legacy_account"), kLegacyColumns, 0,
               {{QStringLiteral("system"), QStringLiteral("'torch'")}}),
      m_connection(connection), m_systems(std::move(systems))
{
}

qint64 DemoLoad::beforeMigration()
{
    return timeBetween(kPlatformStart, kMigrationStart - kSecsPerDay);
}

qint64 DemoLoad::migrationTime()
{
    return kMigrationStart + m_rng.between(0, kMigrationSpan);
}

qint64 DemoLoad::torchTime()
{
    return timeBetween(kTorchStart, kMigrationStart - 30 * kSecsPerDay);
}

// ---- planning -------------------------------------------------------------------------------------------

namespace {
qint64 share(qint64 total, int perTenThousand, qint64 minimum)
{
    return std::max(minimum, total * perTenThousand / 10000);
}
} // namespace

std::vector<Quota> DemoLoad::planOrganizations(qint64 organizations, qint64 &personsNeeded) const
{
    std::vector<Quota> quotas;
    personsNeeded = 0;
    if (organizations < 40)
        return {{Group::OrgPlain, organizations}};
    const qint64 renamed = share(organizations, 80, 1);
    const qint64 o1 = share(organizations, 1200, 1);
    const qint64 o2 = share(organizations, 500, 1);
    const qint64 o3 = share(organizations, 100, 1);
    const qint64 o4 = share(organizations, 300, 1);
    const qint64 invalid = share(organizations, 20, 2);
    const qint64 plain = organizations - 2 * renamed - o1 - o2 - o3 - o4 - invalid;
    personsNeeded = o3 + o4 + o4 / 10; // every tenth O4 also needs the person who holds login = USCC
    quotas = {{Group::OrgPlain, plain}, {Group::O1, o1}, {Group::O1Invalid, invalid}, {Group::O2, o2},
              {Group::O3, o3},          {Group::O4, o4}, {Group::Renamed, renamed}};
    return quotas;
}

void DemoLoad::planPersons(qint64 persons, std::vector<Quota> &quotas) const
{
    if (persons < 50) {
        quotas = {{Group::Plain, persons}};
        return;
    }
    const qint64 duplicates = share(persons, 200, 1); // groups of 2 (every eighth: 3) accounts
    const qint64 duplicateAccounts = 2 * duplicates + duplicates / 8;
    const qint64 p1 = share(persons, 400, 1);
    const qint64 p2 = share(persons, 200, 1);
    const qint64 p3 = share(persons, 80, 1);
    const qint64 p4 = share(persons, 80, 1);
    const qint64 plain = persons - duplicateAccounts - p1 - p2 - 2 * p3 - p4;
    quotas = {{Group::Plain, plain}, {Group::Duplicates, duplicates}, {Group::P1, p1}, {Group::P2, p2}, {Group::P3, p3},
              {Group::P4, p4}};
}

// ---- values ---------------------------------------------------------------------------------------------

qint64 DemoLoad::timeBetween(qint64 low, qint64 high)
{
    // Always three draws, whatever the bounds: "now" moves the bounds, and must not shift the random stream
    // that logins and names are drawn from.
    const bool officeHours = m_rng.chance(750);
    const quint64 dayDraw = m_rng.next();
    const qint64 inDay = officeHours ? m_rng.between(1800, 36000) : m_rng.between(0, kSecsPerDay - 1);
    high = std::min(high, m_now - 60);
    if (high <= low)
        return std::min(low, m_now - 60);
    // Most people act in Beijing office hours (08:30-18:00, UTC+8), the rest at any time.
    const qint64 firstDay = low / kSecsPerDay;
    const qint64 day = firstDay + qint64(dayDraw % quint64(high / kSecsPerDay - firstDay + 1));
    return std::clamp(day * kSecsPerDay + inDay, low, high);
}

const Word &DemoLoad::weighted(const QVector<Word> &list)
{
    int total = 0;
    for (const Word &w : list)
        total += w.weight;
    int pick = int(m_rng.below(quint32(total)));
    for (const Word &w : list) {
        if (pick < w.weight)
            return w;
        pick -= w.weight;
    }
    return list.constLast();
}

QString DemoLoad::personStatus(const Human &human)
{
    const int roll = int(m_rng.below(1000));
    if (human.identityRegion == QLatin1String("mainland")) {
        // The national check covers mainland resident IDs.
        if (roll < 720)
            return QStringLiteral("verified_national");
        if (roll < 780)
            return QStringLiteral("verified_manual");
        if (roll < 910)
            return QStringLiteral("unverified");
        if (roll < 960)
            return QStringLiteral("failed");
        return QStringLiteral("manual_pending");
    }
    // Permits and passports go through manual review.
    if (roll < 550)
        return QStringLiteral("verified_manual");
    if (roll < 750)
        return QStringLiteral("unverified");
    if (roll < 850)
        return QStringLiteral("failed");
    return QStringLiteral("manual_pending");
}

QString DemoLoad::organizationStatus()
{
    const int roll = int(m_rng.below(1000));
    if (roll < 660)
        return QStringLiteral("verified_national");
    if (roll < 740)
        return QStringLiteral("verified_manual");
    if (roll < 880)
        return QStringLiteral("unverified");
    if (roll < 940)
        return QStringLiteral("failed");
    return QStringLiteral("manual_pending");
}

QString DemoLoad::migratedStatus()
{
    // Accounts the migration created: many owners have not come back to verify yet.
    const int roll = int(m_rng.below(1000));
    if (roll < 480)
        return QStringLiteral("verified_national");
    if (roll < 520)
        return QStringLiteral("verified_manual");
    if (roll < 880)
        return QStringLiteral("unverified");
    if (roll < 960)
        return QStringLiteral("failed");
    return QStringLiteral("manual_pending");
}

QString DemoLoad::accountStatusFor(const QString &realName)
{
    const int roll = int(m_rng.below(1000));
    if (roll < 15)
        return QStringLiteral("disabled");
    if (roll < 45 && (realName == QLatin1String("unverified") || realName == QLatin1String("failed")))
        return QStringLiteral("pending_activation");
    return QStringLiteral("active");
}

QString DemoLoad::pinyinLogin(const Human &human)
{
    const QString base = human.latin.isEmpty() ? QStringLiteral("user") : human.latin;
    QString login;
    switch (m_rng.below(5)) {
    case 0: // zhangwei1987
        login = base + QString::number(human.birthYear);
        break;
    case 1: // zhangwei87
        login = base + QString::number(10 + m_rng.below(90));
        break;
    case 2: // zhangsan_01
        login = base + QLatin1Char('_') + QString::number(m_rng.below(100)).rightJustified(2, QLatin1Char('0'));
        break;
    case 3: // zw52013
        login = human.initials + QString::number(1000 + m_rng.below(999000));
        break;
    default:
        login = base;
        break;
    }
    if (login.size() < 4)
        login += QString::number(human.birthYear);
    for (int attempt = 0; attempt < 12; ++attempt) {
        if (m_logins.insert(login))
            return login;
        login += QChar(char16_t(u'0' + m_rng.below(10)));
    }
    login = base + QLatin1Char('_') + QString::number(m_nextAccountId);
    m_logins.insert(login);
    return login;
}

QString DemoLoad::organizationLogin(const Organization &org)
{
    QString login;
    switch (m_rng.below(3)) {
    case 0: // bjhxkj2016
        login = org.loginStem + QString::number(2000 + m_rng.below(25));
        break;
    case 1:
        login = org.loginStem;
        break;
    default:
        login = org.loginStem + QStringLiteral("_admin");
        break;
    }
    for (int attempt = 0; attempt < 12; ++attempt) {
        if (m_logins.insert(login))
            return login;
        login += QChar(char16_t(u'0' + m_rng.below(10)));
    }
    login = org.loginStem + QLatin1Char('_') + QString::number(m_nextAccountId);
    m_logins.insert(login);
    return login;
}

QString DemoLoad::personEmail(const Human &human)
{
    const Word &domain = weighted(m_words.personEmailDomains);
    if (domain.text == QLatin1String("qq.com"))
        return QString::number(10000 + m_rng.between(0, 2999999999LL)) + QLatin1Char('@') + domain.text;
    QString local = human.latin.isEmpty() ? QStringLiteral("user") : human.latin;
    if (m_rng.chance(600))
        local += QString::number(m_rng.chance(500) ? qint64(human.birthYear) : qint64(m_rng.below(1000)));
    return local + QLatin1Char('@') + domain.text;
}

QString DemoLoad::organizationEmail(const Organization &org, const Human &contact)
{
    if (m_rng.chance(500))
        return personEmail(contact);
    static const std::array<QString, 5> roles = {QStringLiteral("hr"), QStringLiteral("info"), QStringLiteral("admin"),
                                                 QStringLiteral("service"), QStringLiteral("contact")};
    static const std::array<QString, 3> tlds = {QStringLiteral(".com"), QStringLiteral(".com.cn"),
                                                QStringLiteral(".cn")};
    return m_rng.pick(roles) + QLatin1Char('@') + org.loginStem + m_rng.pick(tlds);
}

QString DemoLoad::invalidCode(qint64 n, const Organization &org)
{
    // Codes Torch accepted without a check: typed with the letter O for zero, in lower case, or with a
    // wrong check character.
    QString code = org.uscc;
    switch (n % 3) {
    case 1: {
        const qsizetype zero = code.indexOf(QLatin1Char('0'), 8);
        if (zero >= 0 && zero < 17) {
            code[zero] = QLatin1Char('O');
            return code;
        }
        break;
    }
    case 2:
        if (std::any_of(code.cbegin(), code.cend(), [](QChar c) { return c.isLetter(); }))
            return code.toLower();
        break;
    default:
        break;
    }
    const QChar right = code.at(17);
    code[17] = right == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    return code;
}

// ---- rows -----------------------------------------------------------------------------------------------

qint64 DemoLoad::addAccount(const AccountSpec &spec)
{
    // Columns in the order of kPersonColumns / kOrganizationColumns.
    const qint64 id = m_nextAccountId++;
    QVariant *row = spec.organization ? m_organizations.newRow() : m_persons.newRow();
    int c = 0;
    row[c++] = id;
    row[c++] = spec.login;
    row[c++] = spec.name;
    if (spec.organization) {
        row[c++] = text(spec.formerName);
        row[c++] = text(spec.uscc);
        row[c++] = text(spec.organizationType);
        row[c++] = text(spec.legalRepName);
        row[c++] = text(spec.legalRepIdNumber);
        row[c++] = idOrNull(spec.primaryAgentId);
        ++m_organizationsAdded;
    } else {
        if (spec.human) {
            row[c] = spec.human->identityRegion;
            row[c + 1] = spec.human->idType;
            row[c + 2] = spec.human->idNumber;
            row[c + 3] = spec.human->validFrom;
            row[c + 4] = text(spec.human->validUntil);
        }
        c += 5;
        ++m_personsAdded;
    }
    row[c++] = text(spec.phone);
    row[c++] = text(spec.email);
    row[c++] = spec.realNameStatus;
    row[c++] = spec.accountStatus;
    row[c++] = spec.origin;
    row[c++] = isoTime(spec.created);
    row[c++] = text(spec.passwordHash);
    row[c++] = spec.mustChangePassword;
    ++m_accountsAdded;
    addHistory(id, spec);
    return id;
}

void DemoLoad::addEvent(qint64 accountId, qint64 at, const QString &kind, const QString &detail)
{
    QVariant *row = m_events.newRow();
    row[0] = accountId;
    row[1] = isoTime(std::min(at, m_now - 1));
    row[2] = kind;
    row[3] = text(detail);
}

void DemoLoad::addHistory(qint64 id, const AccountSpec &spec)
{
    // The "registered" event of platform accounts comes from kRegistrationEvents at the end.
    qint64 t = spec.created;
    if (!spec.migrationCase.isEmpty())
        addEvent(id, t, QStringLiteral("migrated"), QStringLiteral("torch ") + spec.migrationCase);

    const QString &status = spec.realNameStatus;
    const QVector<Word> &reasons =
        spec.organization ? m_words.organizationFailureReasons : m_words.personFailureReasons;
    const QString reason = spec.failureReason.isEmpty() ? weighted(reasons).text : spec.failureReason;
    if (status == QLatin1String("verified_national")) {
        t += m_rng.chance(600) ? m_rng.between(60, 900) : m_rng.between(3600, 40 * kSecsPerDay);
        addEvent(id, t, QStringLiteral("real_name_verified"), QStringLiteral("national"));
    } else if (status == QLatin1String("failed")) {
        t += m_rng.between(60, 20 * kSecsPerDay);
        addEvent(id, t, QStringLiteral("real_name_failed"), reason);
    } else if (status == QLatin1String("manual_pending") || status == QLatin1String("verified_manual")) {
        t += m_rng.between(60, 20 * kSecsPerDay);
        addEvent(id, t, QStringLiteral("real_name_failed"), reason);
        if (status == QLatin1String("manual_pending")) {
            // Submitted recently: the review queue holds fresh work.
            const qint64 submitted = std::max(t + 600, m_now - m_rng.between(600, 12 * kSecsPerDay));
            addEvent(id, submitted, QStringLiteral("real_name_submitted"), QStringLiteral("documents uploaded"));
        } else {
            t += m_rng.between(600, 30 * kSecsPerDay);
            addEvent(id, t, QStringLiteral("real_name_submitted"), QStringLiteral("documents uploaded"));
            t += m_rng.between(3600, 3 * kSecsPerDay);
            addEvent(id, t, QStringLiteral("real_name_verified"), QStringLiteral("manual"));
        }
    }
    if (spec.organization && spec.accountStatus == QLatin1String("active") && m_rng.chance(80))
        addEvent(id, timeBetween(spec.created + 600, spec.created + 10 * kSecsPerDay), QStringLiteral("activated"));
    if (m_rng.chance(120) || spec.mustChangePassword) {
        const bool appeal = spec.mustChangePassword || m_rng.chance(200);
        addEvent(id, timeBetween(spec.created + kSecsPerDay, m_now), QStringLiteral("password_reset"),
                 appeal ? QStringLiteral("appeal") : QStringLiteral("sms"));
    }
    if (m_rng.chance(30))
        addEvent(id, timeBetween(spec.created + kSecsPerDay, m_now), QStringLiteral("phone_changed"));
    if (spec.accountStatus == QLatin1String("disabled"))
        addEvent(id, timeBetween(spec.created + 30 * kSecsPerDay, m_now), QStringLiteral("disabled"),
                 weighted(m_words.disableReasons).text);
}

void DemoLoad::addLegacy(const LegacySpec &spec, qint64 registeredAt)
{
    QVariant *row = m_legacy.newRow();
    row[0] = spec.login;
    row[1] = spec.organization ? QStringLiteral("organization") : QStringLiteral("person");
    row[2] = text(spec.name);
    row[3] = text(spec.uscc);
    row[4] = text(spec.phone);
    row[5] = text(spec.idNumber);
    row[6] = spec.passwordHash.isEmpty() ? legacyHash() : spec.passwordHash;
    row[7] = isoTime(registeredAt);
    row[8] = text(spec.migrationCase);
    row[9] = idOrNull(spec.platformAccountId);
    row[10] = spec.migratedAt > 0 ? QVariant(isoTime(spec.migratedAt)) : QVariant();
    row[11] = text(spec.conflictReason);
}

void DemoLoad::addDelegation(qint64 organizationId, qint64 personId, const QString &system, const QString &role,
                             qint64 granted, bool mayExpire)
{
    QVariant *row = m_delegations.newRow();
    row[0] = organizationId;
    row[1] = personId;
    row[2] = m_systems.value(system);
    row[3] = role;
    row[4] = isoTime(granted);
    if (mayExpire && m_rng.chance(350)) // a third are granted for a term; some have run out
        row[5] = isoTime(granted + m_rng.between(365, 3 * 365) * kSecsPerDay);
    if (m_rng.chance(30))
        row[6] = isoTime(timeBetween(granted + kSecsPerDay, m_now));
}

void DemoLoad::addProject(qint64 accountId, const QString &system, int year, qint64 created, int regionIndex,
                          const QString &topic)
{
    const qint64 id = ++m_projectSerial;
    const QString &regionCode = m_words.regions.at(regionIndex).code;
    const QString y = QString::number(year);
    const QString serial = QString::number(id % 1000000).rightJustified(6, QLatin1Char('0'));
    QString reference;
    QString title;
    if (system == QLatin1String("tsme")) {
        reference = y + regionCode + serial.right(5);
        title = y + QStringLiteral("年科技型中小企业评价");
    } else if (system == QLatin1String("hte")) {
        reference = QStringLiteral("GR") + y + regionCode.left(2) + serial;
        title = y + QStringLiteral("年高新技术企业认定申请");
    } else if (system == QLatin1String("hgr")) {
        reference =
            QStringLiteral("国科遗办审字〔") + y + QStringLiteral("〕") + serial.right(4) + QStringLiteral("号");
        title = QStringLiteral("人类遗传资源国际合作科学研究审批：") + topic;
    } else if (system == QLatin1String("fex")) {
        reference = QStringLiteral("WZ") + y + serial;
        title = y + QStringLiteral("年度外国专家项目（") + topic + QStringLiteral("）");
    } else {
        reference = QStringLiteral("HJTJ") + y + serial;
        title = y + QStringLiteral("年度火炬统计调查");
    }
    int thisYear = 0;
    int month = 0;
    int day = 0;
    civilFromDays(m_nowDay, thisYear, month, day);
    const bool past = year < thisYear - 1;
    const int roll = int(m_rng.below(1000));
    QString status;
    if (roll < 550)
        status = QStringLiteral("approved");
    else if (roll < 700)
        status = past ? QStringLiteral("approved") : QStringLiteral("submitted");
    else if (roll < 800)
        status = past ? QStringLiteral("rejected") : QStringLiteral("under_review");
    else if (roll < 880)
        status = QStringLiteral("rejected");
    else if (roll < 960)
        status = past ? QStringLiteral("withdrawn") : QStringLiteral("draft");
    else
        status = QStringLiteral("withdrawn");

    QVariant *row = m_projects.newRow();
    row[0] = accountId;
    row[1] = m_systems.value(system);
    row[2] = reference;
    row[3] = title;
    row[4] = status;
    row[5] = isoTime(created);
}

Status DemoLoad::afterAccount()
{
    // Dependent rows only reference accounts already written, so they follow each account batch.
    if (m_persons.pendingRows() + m_organizations.pendingRows() >= 96) {
        // Persons first: organizations point at their agents.
        if (auto s = m_persons.flushAll(); !s)
            return s;
        if (auto s = m_organizations.flushAll(); !s)
            return s;
        for (BulkInserter *dependent : {&m_events, &m_delegations, &m_projects, &m_legacy}) {
            if (auto s = dependent->flushFull(); !s)
                return s;
        }
    }
    if (m_progress && m_accountsAdded >= m_nextProgress) {
        m_nextProgress = (m_accountsAdded / kProgressStep + 1) * kProgressStep;
        if (!m_progress(m_accountsAdded, m_total))
            return Error(Error::Code::Cancelled, QCoreApplication::translate("desk::DemoGenerator", "Demo data generation was cancelled; nothing was written."));
    }
    return {};
}

void DemoLoad::rememberAgent(qint64 id, quint64 human, quint64 slot, const AccountSpec &spec)
{
    const bool verified = spec.realNameStatus.startsWith(QLatin1String("verified"));
    if (verified && spec.accountStatus == QLatin1String("active") && spec.human &&
        spec.human->identityRegion == QLatin1String("mainland"))
        m_agents.push_back(PersonRef{id, human, slot, spec.created});
}

std::optional<PersonRef> DemoLoad::pickAgent()
{
    if (m_agents.empty())
        return std::nullopt;
    return m_agents[m_rng.below(quint32(m_agents.size()))];
}

// ---- person groups --------------------------------------------------------------------------------------

Status DemoLoad::personGroup(Group group)
{
    switch (group) {
    case Group::Plain: {
        const quint64 h = newHuman();
        const Human human = m_factory.human(h);
        const quint64 slot = newPhoneSlot();
        AccountSpec a;
        a.human = &human;
        a.name = human.name;
        a.phone = m_factory.phone(slot);
        if (human.identityRegion == QLatin1String("other") && m_rng.chance(300)) {
            // Foreign-experts system login carried over with its prefix (FAQ part 5).
            a.login = QStringLiteral("WGZJXM") + pinyinLogin(human);
            m_logins.insert(a.login);
        } else {
            a.login = m_rng.chance(500) ? a.phone : pinyinLogin(human);
        }
        a.email = m_rng.chance(500) ? personEmail(human) : QString();
        a.realNameStatus = personStatus(human);
        a.accountStatus = accountStatusFor(a.realNameStatus);
        a.created = timeBetween(kPlatformStart, m_now - kSecsPerDay);
        a.passwordHash = platformHash();
        a.mustChangePassword = m_rng.chance(10);
        const qint64 id = addAccount(a);
        rememberAgent(id, h, slot, a);
        if (a.realNameStatus.startsWith(QLatin1String("verified")) && m_rng.chance(30)) {
            const bool foreignExperts = human.identityRegion != QLatin1String("mainland") || m_rng.chance(400);
            const qint64 created = timeBetween(a.created + kSecsPerDay, m_now);
            int year = 0;
            int month = 0;
            int day = 0;
            civilFromDays(created / kSecsPerDay, year, month, day);
            addProject(id, foreignExperts ? QStringLiteral("fex") : QStringLiteral("hgr"), year, created,
                       int(m_rng.below(quint32(m_words.regions.size()))),
                       foreignExperts ? weighted(m_words.expertPrograms).text : weighted(m_words.geneticsTopics).text);
        }
        return afterAccount();
    }
    case Group::Duplicates: {
        // One human, several accounts (forgotten login, new phone): only one may be real-name verified.
        const int size = (m_duplicateGroups++ % 8 == 7) ? 3 : 2;
        const quint64 h = newHuman();
        const Human human = m_factory.human(h);
        quint64 slot = newPhoneSlot();
        bool verifiedTaken = false;
        qint64 created = timeBetween(kPlatformStart, m_now - 400 * kSecsPerDay);
        for (int i = 0; i < size; ++i) {
            AccountSpec a;
            a.human = &human;
            a.name = human.name;
            const bool samePhone = i > 0 && m_rng.chance(400);
            if (i > 0 && !samePhone)
                slot = newPhoneSlot();
            a.phone = m_factory.phone(slot);
            a.login = (!samePhone && m_rng.chance(500)) ? a.phone : pinyinLogin(human);
            if (verifiedTaken) {
                const int roll = int(m_rng.below(100));
                a.realNameStatus = roll < 45   ? QStringLiteral("unverified")
                                   : roll < 80 ? QStringLiteral("failed")
                                               : QStringLiteral("manual_pending");
                a.failureReason = m_words.personFailureReasons.constLast().text; // already bound elsewhere
            } else {
                a.realNameStatus = personStatus(human);
            }
            verifiedTaken = verifiedTaken || a.realNameStatus.startsWith(QLatin1String("verified"));
            a.accountStatus = accountStatusFor(a.realNameStatus);
            a.created = created;
            a.passwordHash = platformHash();
            a.email = m_rng.chance(400) ? personEmail(human) : QString();
            const qint64 id = addAccount(a);
            rememberAgent(id, h, slot, a);
            if (auto s = afterAccount(); !s)
                return s;
            created = timeBetween(created + 30 * kSecsPerDay, created + 3 * 365 * kSecsPerDay);
        }
        return {};
    }
    case Group::P1:
    case Group::P2:
    case Group::P4: {
        const quint64 h = newHuman();
        const Human human = m_factory.human(h);
        const quint64 slot = newPhoneSlot();
        const QString phone = m_factory.phone(slot);
        AccountSpec a;
        a.human = &human;
        a.name = human.name;
        a.phone = phone;
        a.email = m_rng.chance(400) ? personEmail(human) : QString();
        LegacySpec legacy;
        legacy.login = phone;
        legacy.name = human.name;
        legacy.phone = phone;
        legacy.idNumber = m_rng.chance(800) ? human.idNumber : QString();
        legacy.migratedAt = migrationTime();
        if (group == Group::P1) {
            // Nobody held the phone as a login: the migration created the account, password kept.
            a.login = phone;
            a.origin = QStringLiteral("torch");
            a.created = legacy.migratedAt;
            a.passwordHash = legacy.passwordHash = legacyHash();
            a.realNameStatus = migratedStatus();
            a.migrationCase = QStringLiteral("P1");
        } else if (group == Group::P2) {
            // The same human had registered on the platform with the phone as login: linked.
            a.login = phone;
            a.created = beforeMigration();
            a.passwordHash = platformHash();
            a.realNameStatus = personStatus(human);
        } else {
            // P4: the phone is the reserved phone of a verified account with another login.
            a.login = pinyinLogin(human);
            a.created = beforeMigration();
            a.passwordHash = platformHash();
            a.realNameStatus =
                m_rng.chance(850) ? QStringLiteral("verified_national") : QStringLiteral("verified_manual");
        }
        a.accountStatus = group == Group::P4 ? QStringLiteral("active") : accountStatusFor(a.realNameStatus);
        const qint64 id = addAccount(a);
        rememberAgent(id, h, slot, a);
        legacy.migrationCase = group == Group::P1   ? QStringLiteral("P1")
                               : group == Group::P2 ? QStringLiteral("P2")
                                                    : QStringLiteral("P4");
        legacy.platformAccountId = id;
        addLegacy(legacy, std::min(torchTime(), a.created - kSecsPerDay));
        return afterAccount();
    }
    case Group::P3: {
        // The phone number was recycled: someone else registered it as a login first.
        const quint64 slot = newPhoneSlot();
        const QString phone = m_factory.phone(slot);
        const quint64 holderIndex = newHuman();
        const Human holder = m_factory.human(holderIndex);
        AccountSpec a;
        a.human = &holder;
        a.name = holder.name;
        a.login = phone;
        a.phone = m_rng.chance(700) ? m_factory.phone(newPhoneSlot()) : phone;
        a.realNameStatus = personStatus(holder);
        a.accountStatus = accountStatusFor(a.realNameStatus);
        a.created = timeBetween(kPlatformStart, kMigrationStart - 200 * kSecsPerDay);
        a.passwordHash = platformHash();
        addAccount(a);
        if (auto s = afterAccount(); !s)
            return s;

        const Human owner = m_factory.human(newHuman());
        AccountSpec b;
        b.human = &owner;
        b.name = owner.name;
        b.login = QStringLiteral("HJ_") + phone;
        b.phone = phone;
        b.origin = QStringLiteral("torch");
        b.created = migrationTime();
        b.passwordHash = legacyHash();
        b.realNameStatus = migratedStatus();
        b.accountStatus = accountStatusFor(b.realNameStatus);
        b.migrationCase = QStringLiteral("P3");
        const qint64 id = addAccount(b);
        LegacySpec legacy;
        legacy.login = phone;
        legacy.name = owner.name;
        legacy.phone = phone;
        legacy.idNumber = owner.idNumber;
        legacy.passwordHash = b.passwordHash;
        legacy.migrationCase = QStringLiteral("P3");
        legacy.platformAccountId = id;
        legacy.migratedAt = b.created;
        addLegacy(legacy, torchTime());
        return afterAccount();
    }
    default:
        return {};
    }
}

// ---- organization groups --------------------------------------------------------------------------------

qint64 DemoLoad::writeOrganization(const Organization &org, AccountSpec &spec, const std::optional<PersonRef> &agent)
{
    spec.organization = true;
    if (spec.name.isEmpty())
        spec.name = org.name;
    spec.organizationType = org.typeName;
    if (spec.uscc.isEmpty())
        spec.uscc = org.uscc;
    Human contact;
    if (agent) {
        spec.primaryAgentId = agent->id;
        contact = m_factory.human(agent->human);
    } else {
        contact = m_factory.human(newHuman());
    }
    // Legal representative: often the handler themself in a small company, else another person.
    const int roll = int(m_rng.below(100));
    if (roll < 45 || !agent) {
        spec.legalRepName = contact.name;
        spec.legalRepIdNumber = contact.idNumber;
    } else {
        const std::optional<PersonRef> other = roll < 75 ? pickAgent() : std::nullopt;
        const Human rep = m_factory.human(other ? other->human : newHuman());
        spec.legalRepName = rep.name;
        spec.legalRepIdNumber = rep.idNumber;
    }
    if (spec.phone.isEmpty())
        spec.phone = (agent && m_rng.chance(700)) ? m_factory.phone(agent->phoneSlot) : m_factory.phone(newPhoneSlot());
    if (m_rng.chance(750))
        spec.email = organizationEmail(org, contact);
    if (spec.passwordHash.isEmpty())
        spec.passwordHash = platformHash();
    return addAccount(spec);
}

void DemoLoad::organizationActivity(qint64 orgId, const Organization &org, const AccountSpec &spec,
                                    const std::optional<PersonRef> &agent)
{
    if (!spec.realNameStatus.startsWith(QLatin1String("verified")) || spec.accountStatus != QLatin1String("active") ||
        !agent)
        return;
    struct Use
    {
        const char16_t *system;
        int delegatePerMille;
        int projectPerMille;
    };
    static const std::array<Use, 5> enterprise = {
        {{u"tsme", 600, 500}, {u"hte", 450, 350}, {u"torch", 250, 150}, {u"fex", 40, 30}, {u"hgr", 10, 5}}};
    static const std::array<Use, 5> institution = {
        {{u"hgr", 600, 450}, {u"fex", 400, 300}, {u"hte", 30, 10}, {u"tsme", 0, 0}, {u"torch", 0, 0}}};
    static const std::array<Use, 5> society = {
        {{u"fex", 200, 100}, {u"hgr", 100, 50}, {u"hte", 0, 0}, {u"tsme", 0, 0}, {u"torch", 0, 0}}};
    static const std::array<Use, 5> other = {
        {{u"tsme", 50, 30}, {u"fex", 20, 10}, {u"hte", 0, 0}, {u"hgr", 0, 0}, {u"torch", 0, 0}}};
    const std::array<Use, 5> &uses = org.type == OrgType::Enterprise           ? enterprise
                                     : org.type == OrgType::PublicInstitution  ? institution
                                     : org.type == OrgType::SocialOrganization ? society
                                                                               : other;
    const QString topicGenetics = weighted(m_words.geneticsTopics).text;
    const QString topicExperts = weighted(m_words.expertPrograms).text;
    for (const Use &use : uses) {
        const QString system = QString::fromUtf16(use.system);
        if (m_rng.chance(use.delegatePerMille)) {
            const int roleRoll = int(m_rng.below(100));
            const QString role = roleRoll < 85   ? QStringLiteral("事项办理员")
                                 : roleRoll < 95 ? QStringLiteral("单位事项管理员")
                                                 : QStringLiteral("信息维护员");
            const qint64 granted = timeBetween(std::max(spec.created, agent->created) + 3600,
                                               std::max(spec.created, agent->created) + 90 * kSecsPerDay);
            addDelegation(orgId, agent->id, system, role, granted, true);
            if (m_rng.chance(250)) {
                // Another employee named as a case handler.
                if (const std::optional<PersonRef> colleague = pickAgent(); colleague && colleague->id != agent->id) {
                    const qint64 start = std::max(spec.created, colleague->created);
                    addDelegation(orgId, colleague->id, system, QStringLiteral("事项办理员"),
                                  timeBetween(start + 3600, start + 2 * 365 * kSecsPerDay), true);
                }
            }
        }
        if (m_rng.chance(use.projectPerMille)) {
            const int count = system == QLatin1String("tsme") ? 1 + int(m_rng.below(3)) : 1;
            for (int i = 0; i < count; ++i) {
                const qint64 created = timeBetween(spec.created + 7 * kSecsPerDay, m_now);
                int year = 0;
                int month = 0;
                int day = 0;
                civilFromDays(created / kSecsPerDay, year, month, day);
                addProject(orgId, system, year, created, org.region,
                           system == QLatin1String("hgr") ? topicGenetics : topicExperts);
            }
        }
    }
}

Status DemoLoad::organizationGroup(Group group)
{
    const Organization org = m_factory.organization(m_nextOrganization++);
    AccountSpec spec;
    std::optional<PersonRef> agent = pickAgent();
    qint64 orgId = 0;

    switch (group) {
    case Group::OrgPlain: {
        spec.login = m_rng.chance(820) ? org.uscc : organizationLogin(org);
        spec.realNameStatus = organizationStatus();
        spec.accountStatus = accountStatusFor(spec.realNameStatus);
        spec.created = timeBetween(kPlatformStart, m_now - kSecsPerDay);
        if (m_rng.chance(10)) {
            // Renamed in place: the platform shows the new name and keeps the old one.
            spec.formerName = org.name;
            spec.name = m_factory.renamedName(org, m_nextOrganization);
        }
        spec.mustChangePassword = m_rng.chance(10);
        orgId = writeOrganization(org, spec, agent);
        organizationActivity(orgId, org, spec, agent);
        return afterAccount();
    }
    case Group::O1:
    case Group::O2:
    case Group::O1Invalid: {
        LegacySpec legacy;
        legacy.organization = true;
        legacy.migratedAt = migrationTime();
        if (group == Group::O1Invalid && m_invalidCodes == 0) {
            // The test organization seed 002 shows: login test_fr, code 123456789zxcvbnmaa.
            ++m_invalidCodes;
            spec.login = QStringLiteral("test_fr");
            m_logins.insert(spec.login);
            spec.name = QStringLiteral("测试法人");
            spec.uscc = QStringLiteral("123456789zxcvbnmaa");
            spec.realNameStatus = QStringLiteral("unverified");
            spec.created = timeBetween(kPlatformStart, kMigrationStart);
            orgId = writeOrganization(org, spec, agent);
            return afterAccount();
        }
        if (group == Group::O2) {
            spec.login = org.uscc;
            spec.created = beforeMigration();
            spec.realNameStatus = organizationStatus();
            spec.accountStatus = accountStatusFor(spec.realNameStatus);
        } else {
            spec.login = group == Group::O1 ? org.uscc : invalidCode(m_invalidCodes++, org);
            spec.uscc = spec.login;
            spec.origin = QStringLiteral("torch");
            spec.created = legacy.migratedAt;
            spec.passwordHash = legacy.passwordHash = legacyHash();
            spec.migrationCase = QStringLiteral("O1");
            if (group == Group::O1Invalid) {
                // An invalid code cannot pass the national check.
                spec.realNameStatus = m_rng.chance(600) ? QStringLiteral("unverified") : QStringLiteral("failed");
                spec.failureReason = m_words.organizationFailureReasons.constFirst().text;
            } else {
                spec.realNameStatus = migratedStatus();
            }
            spec.accountStatus = accountStatusFor(spec.realNameStatus);
        }
        orgId = writeOrganization(org, spec, agent);
        organizationActivity(orgId, org, spec, agent);
        legacy.login = spec.login;
        legacy.name = org.name;
        legacy.uscc = spec.uscc;
        legacy.phone = spec.phone;
        legacy.migrationCase = group == Group::O2 ? QStringLiteral("O2") : QStringLiteral("O1");
        legacy.platformAccountId = orgId;
        addLegacy(legacy, std::min(torchTime(), spec.created - kSecsPerDay));
        return afterAccount();
    }
    case Group::O3: {
        // Someone had registered a person account with the USCC as login.
        const quint64 h = newHuman();
        const Human holder = m_factory.human(h);
        const quint64 slot = newPhoneSlot();
        AccountSpec p;
        p.human = &holder;
        p.name = holder.name;
        p.login = org.uscc;
        p.phone = m_factory.phone(slot);
        p.realNameStatus = personStatus(holder);
        p.accountStatus = accountStatusFor(p.realNameStatus);
        p.created = beforeMigration();
        p.passwordHash = platformHash();
        const qint64 holderId = addAccount(p);
        if (m_rng.chance(600))
            agent = PersonRef{holderId, h, slot, p.created};
        if (auto s = afterAccount(); !s)
            return s;

        spec.login = QStringLiteral("HJ_") + org.uscc;
        spec.origin = QStringLiteral("torch");
        spec.created = migrationTime();
        spec.passwordHash = legacyHash();
        spec.realNameStatus = migratedStatus();
        spec.accountStatus = accountStatusFor(spec.realNameStatus);
        spec.migrationCase = QStringLiteral("O3");
        orgId = writeOrganization(org, spec, agent);
        organizationActivity(orgId, org, spec, agent);
        LegacySpec legacy;
        legacy.organization = true;
        legacy.login = org.uscc;
        legacy.name = org.name;
        legacy.uscc = org.uscc;
        legacy.phone = spec.phone;
        legacy.passwordHash = spec.passwordHash;
        legacy.migrationCase = QStringLiteral("O3");
        legacy.platformAccountId = orgId;
        legacy.migratedAt = spec.created;
        addLegacy(legacy, torchTime());
        return afterAccount();
    }
    case Group::O4: {
        // The organization already had an account under another login: the Torch account became a person
        // account with login = USCC, delegated the organization's Torch systems.
        spec.login = organizationLogin(org);
        spec.created = beforeMigration();
        spec.realNameStatus = m_rng.chance(800) ? QStringLiteral("verified_national") : organizationStatus();
        spec.accountStatus = accountStatusFor(spec.realNameStatus);
        orgId = writeOrganization(org, spec, agent);
        organizationActivity(orgId, org, spec, agent);
        if (auto s = afterAccount(); !s)
            return s;

        QString personLogin = org.uscc;
        if (m_o4Count++ % 10 == 9) {
            // ... and somebody's person account already held login = USCC: the new one is HJ_<USCC>.
            const Human holder = m_factory.human(newHuman());
            AccountSpec p;
            p.human = &holder;
            p.name = holder.name;
            p.login = org.uscc;
            p.phone = m_factory.phone(newPhoneSlot());
            p.realNameStatus = personStatus(holder);
            p.accountStatus = accountStatusFor(p.realNameStatus);
            p.created = beforeMigration();
            p.passwordHash = platformHash();
            addAccount(p);
            if (auto s = afterAccount(); !s)
                return s;
            personLogin = QStringLiteral("HJ_") + org.uscc;
        }
        const qint64 migratedAt = migrationTime();
        const QString legacyPhone = m_factory.phone(newPhoneSlot());
        AccountSpec p;
        std::optional<Human> owner;
        if (m_rng.chance(400)) {
            // The handler has since verified the converted account with their own ID.
            owner = m_factory.human(newHuman());
            p.human = &*owner;
            p.name = owner->name;
            p.realNameStatus = QStringLiteral("verified_national");
        } else {
            p.name = org.name;
            p.realNameStatus = QStringLiteral("unverified");
        }
        p.login = personLogin;
        p.phone = legacyPhone;
        p.origin = QStringLiteral("torch");
        p.created = migratedAt;
        p.passwordHash = legacyHash();
        p.migrationCase = QStringLiteral("O4");
        const qint64 personId = addAccount(p);
        for (const QString &system : {QStringLiteral("hte"), QStringLiteral("tsme"), QStringLiteral("torch")})
            addDelegation(orgId, personId, system, QStringLiteral("单位事项管理员"), migratedAt, false);
        LegacySpec legacy;
        legacy.organization = true;
        legacy.login = org.uscc;
        legacy.name = org.name;
        legacy.uscc = org.uscc;
        legacy.phone = legacyPhone;
        legacy.passwordHash = p.passwordHash;
        legacy.migrationCase = QStringLiteral("O4");
        legacy.platformAccountId = personId;
        legacy.migratedAt = migratedAt;
        addLegacy(legacy, torchTime());
        return afterAccount();
    }
    case Group::Renamed: {
        // Registered under the old name; after the name change the organization registered again and cannot
        // verify (the USCC is bound to the old account), and its projects stay with the old account.
        spec.login = m_rng.chance(800) ? org.uscc : organizationLogin(org);
        spec.created = timeBetween(kPlatformStart, m_now - 3 * 365 * kSecsPerDay);
        spec.realNameStatus = QStringLiteral("verified_national");
        orgId = writeOrganization(org, spec, agent);
        organizationActivity(orgId, org, spec, agent);
        if (auto s = afterAccount(); !s)
            return s;

        AccountSpec renamed;
        renamed.login = organizationLogin(org);
        renamed.name = m_factory.renamedName(org, m_nextOrganization);
        renamed.formerName = org.name;
        renamed.created = timeBetween(spec.created + 365 * kSecsPerDay, m_now - kSecsPerDay);
        const int roll = int(m_rng.below(100));
        renamed.realNameStatus = roll < 50   ? QStringLiteral("failed")
                                 : roll < 75 ? QStringLiteral("manual_pending")
                                             : QStringLiteral("unverified");
        renamed.failureReason = m_words.organizationFailureReasons.constLast().text;
        writeOrganization(org, renamed, agent);
        return afterAccount();
    }
    default:
        return {};
    }
}

Status DemoLoad::legacyConflicts()
{
    // Torch accounts the migration could not place: reported with the reason, linked to nothing.
    const qint64 organizations =
        m_options.organizations >= 20 ? std::max<qint64>(1, m_options.organizations / 2000) : 0;
    for (qint64 i = 0; i < organizations; ++i) {
        const Organization org = m_factory.organization(m_nextOrganization++);
        LegacySpec legacy;
        legacy.organization = true;
        legacy.login = org.uscc.left(4) + QLatin1Char(' ') + org.uscc.mid(4);
        legacy.name = org.name;
        legacy.uscc = legacy.login;
        legacy.phone = m_factory.phone(newPhoneSlot());
        legacy.migratedAt = migrationTime();
        legacy.conflictReason = QStringLiteral("登录名含空格，不是有效的统一社会信用代码，未迁移");
        addLegacy(legacy, torchTime());
    }
    const qint64 persons = m_options.persons >= 50 ? std::max<qint64>(1, m_options.persons / 5000) : 0;
    for (qint64 i = 0; i < persons; ++i) {
        const Human human = m_factory.human(newHuman());
        LegacySpec legacy;
        legacy.login = QStringLiteral("0371-6") + QString::number(1000000 + m_conflictLandline++);
        legacy.name = human.name;
        legacy.phone = legacy.login;
        legacy.idNumber = human.idNumber;
        legacy.migratedAt = migrationTime();
        legacy.conflictReason = QStringLiteral("登录名不是手机号码，未迁移");
        addLegacy(legacy, torchTime());
    }
    return {};
}

Status DemoLoad::run(const DemoGenerator::Progress &progress, qint64 total)
{
    m_progress = progress;
    m_total = total;
    m_nextProgress = kProgressStep;

    qint64 personsForOrganizations = 0;
    std::vector<Quota> orgQuotas = planOrganizations(m_options.organizations, personsForOrganizations);
    if (personsForOrganizations + 10 > m_options.persons) {
        // Too few persons for the O3/O4 cases: ordinary organizations only.
        orgQuotas = {{Group::OrgPlain, m_options.organizations}};
        personsForOrganizations = 0;
    }
    std::vector<Quota> personQuotas;
    planPersons(m_options.persons - personsForOrganizations, personQuotas);

    GroupSequence persons(personQuotas);
    while (!persons.done()) {
        if (auto s = personGroup(persons.next(m_rng)); !s)
            return s;
    }
    GroupSequence organizations(orgQuotas);
    while (!organizations.done()) {
        if (auto s = organizationGroup(organizations.next(m_rng)); !s)
            return s;
    }
    if (auto s = legacyConflicts(); !s)
        return s;
    for (BulkInserter *inserter : {&m_persons, &m_organizations, &m_events, &m_delegations, &m_projects, &m_legacy}) {
        if (auto s = inserter->flushAll(); !s)
            return s;
    }
    QSqlQuery q(m_connection);
    if (!q.exec(kRegistrationEvents))
        return m_db.errorFrom(q.lastError(), QCoreApplication::translate("desk::DemoGenerator", "writing the registration events"));
    m_registrationEvents = q.numRowsAffected();
    if (m_progress && !m_progress(m_accountsAdded, m_total))
        return Error(Error::Code::Cancelled, QCoreApplication::translate("desk::DemoGenerator", "Demo data generation was cancelled; nothing was written."));
    return {};
}

DemoReport DemoLoad::report() const
{
    DemoReport r;
    r.persons = m_personsAdded;
    r.organizations = m_organizationsAdded;
    r.delegations = m_delegations.writtenRows();
    r.projects = m_projects.writtenRows();
    r.legacyAccounts = m_legacy.writtenRows();
    r.events = m_events.writtenRows() + m_registrationEvents;
    return r;
}

} // namespace desk::demo
