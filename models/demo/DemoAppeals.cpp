#include "demo/DemoAppeals.h"

#include "demo/DemoFactory.h"
#include "demo/DemoRandom.h"
#include "demo/SampleDocuments.h"
#include "domain/BusinessCalendar.h"
#include "domain/Identifiers.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "workflow/AppealService.h"
#include "workflow/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace desk::demo {

namespace {

constexpr qint64 kMinimumCount = 40;
constexpr qint64 kMaximumAutomatic = 300;
constexpr int kPictureQuality = 60;    // smaller files; the watermark and the captions stay legible
constexpr int kOwnPictures = 6;        // pictures drawn with the data of the appeal they belong to
constexpr int kBusinessDays = 5;       // submissions spread over the last five business days
constexpr quint64 kAppealStream = 0x41505045414cULL;   // "APPEAL"
constexpr quint64 kElsewhereStream = 0x454c5345ULL;    // people and organizations not on the platform

using Kind = SampleDocuments::Kind;
using Fields = SampleDocuments::SampleFields;

const QString kPerson = QStringLiteral("person_recovery");
const QString kOrganization = QStringLiteral("organization_recovery");
const QString kAssisted = QStringLiteral("assisted_registration");
const QString kModify = QStringLiteral("modify_organization");

// Twenty appeals in a row: half for persons, the rest for the three organization types.
const char kTypePattern[] = "PPOPAPMPOPPOAPMPOPMA";

QString typeAt(qint64 i)
{
    switch (kTypePattern[i % 20]) {
    case 'P':
        return kPerson;
    case 'O':
        return kOrganization;
    case 'A':
        return kAssisted;
    default:
        return kModify;
    }
}

enum class DocumentProblem { None, Missing, Damaged };

struct PersonRow
{
    qint64 id = 0;
    QString name;
    QString idNumber;
    QString phone;
};

struct OrganizationRow
{
    qint64 id = 0;
    QString name;
    QString formerName;
    QString uscc;
    QString type;
    QString legalRep;
    QString legalRepId;
    QString phone;
    QString email;
    QString agentName;
    QString agentId;
};

struct Planned
{
    QString type;
    bool matching = true;
    DocumentProblem documents = DocumentProblem::None;
    int daysBack = 0; // 0: the latest business day
    QDateTime submittedAt;
    QString externalRef;
    PersonRow person;          // person_recovery
    OrganizationRow organization; // the organization types
};

struct Filed
{
    qint64 index = 0; // in the order filed
    qint64 id = 0;
    Planned plan;
    bool complete = false;
};

const QStringList kRecoveryReasons{
    QStringLiteral("原经办人已离职，无法接收短信验证码，申请更换经办人及手机号。"),
    QStringLiteral("单位预留手机号已停用，忘记登录名和密码，申请找回账号。"),
    QStringLiteral("经办人更换手机号码后无法登录，申请找回登录名并重置密码。"),
};
const QString kRenameReason = QStringLiteral("单位名称已变更，原账号无法登录，按注册时名称申请找回账号。");
const QStringList kAssistedRemarks{
    QStringLiteral("法人信息核验不一致，无法自助注册，申请辅助注册。"),
    QStringLiteral("营业执照信息与国家库比对失败，申请人工辅助注册。"),
};
const QStringList kModifyRemarks{
    QStringLiteral("法定代表人已变更，无法自行修改，申请修改法定代表人信息。"),
    QStringLiteral("单位预留手机号已停用，无法接收验证码，申请修改为新手机号。"),
};

// The synthetic pictures: each kind drawn once, a few drawn with an appeal's own data.
class Pictures
{
public:
    Pictures() : m_enabled(SampleDocuments::canRender()), m_example(SampleDocuments::exampleFields()) {}

    bool enabled() const { return m_enabled; }

    QByteArray standard(Kind kind)
    {
        if (!m_enabled)
            return {};
        const auto it = m_standard.constFind(int(kind));
        if (it != m_standard.cend())
            return *it;
        const QByteArray bytes = SampleDocuments::render(kind, m_example, kPictureQuality);
        m_standard.insert(int(kind), bytes);
        return bytes;
    }

    QByteArray own(Kind kind, const Fields &fields)
    {
        if (!m_enabled || m_own >= kOwnPictures)
            return standard(kind);
        ++m_own;
        const QByteArray bytes = SampleDocuments::render(kind, fields, kPictureQuality);
        return bytes.isEmpty() ? standard(kind) : bytes;
    }

    bool ownLeft() const { return m_enabled && m_own < kOwnPictures; }

private:
    bool m_enabled;
    Fields m_example;
    QHash<int, QByteArray> m_standard;
    int m_own = 0;
};

// A person as the ID card pictures them.
Fields personFields(const QString &name, const QString &idNumber)
{
    Fields f = SampleDocuments::exampleFields();
    f.name = name;
    f.idNumber = idNumber;
    const QDate birth = QDate::fromString(idNumber.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (birth.isValid())
        f.birthDate = birth;
    if (idNumber.size() == 18)
        f.sex = idNumber.at(16).digitValue() % 2 == 1 ? QStringLiteral("男") : QStringLiteral("女");
    for (const Region &region : Vocabulary::instance().regions) {
        if (region.code == idNumber.left(6)) {
            f.address = region.city + region.district + QStringLiteral("样例路")
                        + QString::number(idNumber.mid(14, 2).toInt() + 1) + QStringLiteral("号");
            f.issuingAuthority = region.city + QStringLiteral("公安局") + region.district + QStringLiteral("分局");
            break;
        }
    }
    return f;
}

Fields organizationFields(const OrganizationRow &o, const QString &legalRep, const QString &legalRepId)
{
    Fields f = personFields(legalRep, legalRepId);
    f.organizationName = o.name;
    f.previousOrganizationName = o.formerName;
    f.uscc = o.uscc;
    f.legalRepresentative = legalRep;
    return f;
}

// The China-time instant of `day` at `minuteOfDay`, in UTC.
QDateTime chinaInstant(const QDate &day, int minuteOfDay)
{
    return QDateTime(day, QTime(minuteOfDay / 60, minuteOfDay % 60), Qt::UTC).addSecs(-8 * 3600);
}

} // namespace

qint64 DemoAppeals::automaticCount(qint64 persons)
{
    return std::clamp<qint64>(persons / 500, kMinimumCount, kMaximumAutomatic);
}

qint64 DemoAppeals::countFor(const DemoOptions &options)
{
    return options.appeals < 0 ? automaticCount(options.persons) : options.appeals;
}

DemoAppeals::DemoAppeals(Database &db, const DemoOptions &options, const QDateTime &now)
    : m_db(db), m_options(options), m_now(now.toUTC())
{
}

Result<DemoAppealsReport> DemoAppeals::run(qint64 count)
{
    DemoAppealsReport report;
    Pictures pictures;
    report.pictures = pictures.enabled();
    if (count <= 0)
        return report;

    Rng rng(mix(m_options.seed, kAppealStream));
    const qint64 nowDays = m_now.toSecsSinceEpoch() / kSecsPerDay;
    // People and organizations the platform does not know: another seed's world.
    const DemoFactory elsewhere(mix(m_options.seed, kElsewhereStream), nowDays);

    // ---- the last business days ----
    auto calendar = CalendarRepository(m_db).load();
    if (!calendar)
        return calendar.error();
    const QDateTime nowChina = BusinessCalendar::toChinaTime(m_now);
    QVector<QDate> days; // latest first
    for (QDate d = nowChina.date(); days.size() < kBusinessDays && d > nowChina.date().addDays(-60); d = d.addDays(-1))
        if (calendar->isWorkingDay(d))
            days << d;
    if (days.isEmpty())
        days << nowChina.date();

    // ---- the plan ----
    QVector<Planned> plan(count);
    QHash<QString, int> perType;
    qint64 personsWanted = 0;
    qint64 organizationsWanted = 0;
    for (qint64 i = 0; i < count; ++i) {
        Planned &p = plan[i];
        p.type = typeAt(i);
        const int n = perType[p.type]++;
        // Assisted registrations are mostly for organizations that could not register; of the rest about one in
        // seven matches no account.
        p.matching = p.type == kAssisted ? n % 2 == 0 : n % 7 != 3;
        p.documents = i % 13 == 5 ? DocumentProblem::Missing
                    : i % 13 == 11 ? DocumentProblem::Damaged
                                   : DocumentProblem::None;
        p.daysBack = i == 0 ? int(days.size()) - 1 : i == 1 ? 0 : int(rng.below(quint32(days.size())));
        // The public platform takes appeals at any time; most arrive between 07:00 and 23:00.
        QDateTime at = chinaInstant(days.at(p.daysBack), 7 * 60 + int(rng.below(16 * 60)));
        if (at > m_now)
            at = m_now.addSecs(-60 * (5 + qint64(rng.below(180))));
        p.submittedAt = at;
        // Three in four come from the public platform's import, the rest were filed by the help desk.
        if (i % 4 != 3)
            p.externalRef = QStringLiteral("SQ%1%2")
                                .arg(BusinessCalendar::toChinaTime(at).date().toString(QStringLiteral("yyyyMMdd")))
                                .arg(i + 1, 5, 10, QLatin1Char('0'));
        if (p.matching)
            ++(p.type == kPerson ? personsWanted : organizationsWanted);
    }

    // ---- accounts the matching appeals are about: drawn by id, deterministic for the seed ----
    QVector<PersonRow> persons;
    QVector<OrganizationRow> organizations;
    {
        auto q = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM account"));
        if (!q)
            return q.error();
        const qint64 maxId = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        QSet<qint64> seen;
        qint64 attempts = 40 * (personsWanted + organizationsWanted) + 200;
        while (maxId > 0 && attempts-- > 0
               && (persons.size() < personsWanted || organizations.size() < organizationsWanted)) {
            const qint64 id = rng.between(1, maxId);
            if (seen.contains(id))
                continue;
            seen.insert(id);
            auto row = m_db.exec(QStringLiteral("SELECT kind, name, former_name, uscc, organization_type, "
                                                "legal_rep_name, legal_rep_id_number, primary_agent_id, id_type, "
                                                "id_number, phone, email, account_status FROM account WHERE id = ?"),
                                 {id});
            if (!row)
                return row.error();
            QSqlQuery *r = row.value();
            if (!r->next()) {
                r->finish();
                continue;
            }
            const QString kind = r->value(0).toString();
            const QString status = r->value(12).toString();
            const bool usable = status == QLatin1String("active") || status == QLatin1String("pending_activation");
            if (kind == QLatin1String("person")) {
                PersonRow p{id, r->value(1).toString(), r->value(9).toString(), r->value(10).toString()};
                const bool ok = usable && r->value(8).toString() == QLatin1String("resident_id")
                             && ids::isValidResidentId(p.idNumber) && ids::isMainlandMobile(p.phone);
                r->finish();
                if (ok && persons.size() < personsWanted)
                    persons << p;
                continue;
            }
            OrganizationRow o;
            o.id = id;
            o.name = r->value(1).toString();
            o.formerName = r->value(2).toString();
            o.uscc = r->value(3).toString();
            o.type = r->value(4).toString();
            o.legalRep = r->value(5).toString();
            o.legalRepId = r->value(6).toString();
            const qint64 agentId = r->value(7).toLongLong();
            o.phone = r->value(10).toString();
            o.email = r->value(11).toString();
            r->finish();
            if (!usable || organizations.size() >= organizationsWanted || !ids::isValidUscc(o.uscc) || o.type.isEmpty()
                || o.legalRep.isEmpty() || !ids::isValidResidentId(o.legalRepId) || !ids::isMainlandMobile(o.phone))
                continue;
            if (agentId > 0) {
                auto agent = m_db.exec(QStringLiteral("SELECT name, id_type, id_number FROM account WHERE id = ?"),
                                       {agentId});
                if (!agent)
                    return agent.error();
                if (agent->next() && agent->value(1).toString() == QLatin1String("resident_id")
                    && ids::isValidResidentId(agent->value(2).toString())) {
                    o.agentName = agent->value(0).toString();
                    o.agentId = agent->value(2).toString();
                }
                agent->finish();
            }
            if (o.agentName.isEmpty()) { // the legal representative acts for the organization
                o.agentName = o.legalRep;
                o.agentId = o.legalRepId;
            }
            organizations << o;
        }
    }

    // ---- the data of each appeal ----
    qint64 elsewhereHuman = 0;
    qint64 elsewhereOrganization = 0;
    auto otherHuman = [&]() {
        for (;;) {
            const Human h = elsewhere.human(quint64(elsewhereHuman++));
            if (h.idType == QLatin1String("resident_id"))
                return h;
        }
    };
    qint64 nextPerson = 0;
    qint64 nextOrganization = 0;
    for (Planned &p : plan) {
        if (p.type == kPerson) {
            if (p.matching && nextPerson < persons.size()) {
                p.person = persons.at(nextPerson++);
            } else {
                p.matching = false;
                const Human h = otherHuman();
                p.person = PersonRow{0, h.name, h.idNumber, elsewhere.phone(quint64(elsewhereHuman))};
            }
        } else if (p.matching && nextOrganization < organizations.size()) {
            p.organization = organizations.at(nextOrganization++);
        } else {
            p.matching = false;
            const Organization org = elsewhere.organization(quint64(elsewhereOrganization++));
            const Human rep = otherHuman();
            OrganizationRow o;
            o.name = org.name;
            o.uscc = org.uscc;
            o.type = org.typeName;
            o.legalRep = rep.name;
            o.legalRepId = rep.idNumber;
            o.agentName = rep.name;
            o.agentId = rep.idNumber;
            o.phone = elsewhere.phone(quint64(elsewhereHuman) + 1000000);
            p.organization = o;
        }
    }

    // ---- filing ----
    auto database = std::shared_ptr<Database>(&m_db, [](Database *) {}); // owned by the caller
    StaffMember demoStaff;
    demoStaff.login = QStringLiteral("demo");
    demoStaff.displayName = QStringLiteral("演示数据");
    demoStaff.role = StaffRole::Administrator;
    auto filingSession = std::make_shared<Session>(database, demoStaff, QStringLiteral("demo"));
    QDateTime clock = m_now;
    AppealService filing(filingSession);
    filing.setClock([&clock]() { return clock; });

    auto document = [](const QString &kind, const QString &fileName, const QByteArray &bytes) {
        return AppealDocumentInput{kind, fileName, bytes};
    };
    QVector<Filed> filed;
    filed.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        const Planned &p = plan.at(i);
        AppealSubmission s;
        s.type = p.type;
        s.externalRef = p.externalRef;
        s.submittedAt = p.submittedAt;
        QVector<AppealDocumentInput> docs;
        const bool own = pictures.ownLeft() && p.matching && p.documents == DocumentProblem::None;
        if (p.type == kPerson) {
            const PersonRow &who = p.person;
            s.fields = QJsonObject{{QStringLiteral("name"), who.name},
                                   {QStringLiteral("identity_region"), QStringLiteral("mainland")},
                                   {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                                   {QStringLiteral("id_number"), who.idNumber},
                                   {QStringLiteral("phone"), who.phone}};
            if (pictures.enabled()) {
                docs << document(QStringLiteral("id_front"), SampleDocuments::fileName(Kind::IdFront),
                                 own ? pictures.own(Kind::IdFront, personFields(who.name, who.idNumber))
                                     : pictures.standard(Kind::IdFront));
                docs << document(QStringLiteral("id_back"), SampleDocuments::fileName(Kind::IdBack),
                                 pictures.standard(Kind::IdBack));
            }
        } else {
            const OrganizationRow &o = p.organization;
            const bool renamed = !o.formerName.isEmpty();
            if (p.type == kOrganization) {
                // After a rename the appeal names the organization as registered (FAQ 3.3).
                s.fields = QJsonObject{
                    {QStringLiteral("organization_name"), renamed ? o.formerName : o.name},
                    {QStringLiteral("organization_type"), o.type},
                    {QStringLiteral("uscc"), o.uscc},
                    {QStringLiteral("agent_name"), o.agentName},
                    {QStringLiteral("identity_region"), QStringLiteral("mainland")},
                    {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                    {QStringLiteral("id_number"), o.agentId},
                    {QStringLiteral("phone"), o.phone},
                    {QStringLiteral("reason"), renamed ? kRenameReason : kRecoveryReasons.at(int(rng.below(3)))}};
                if (!o.email.isEmpty())
                    s.fields.insert(QStringLiteral("email"), o.email);
                if (pictures.enabled()) {
                    docs << document(QStringLiteral("id_front"), SampleDocuments::fileName(Kind::IdFront),
                                     own ? pictures.own(Kind::IdFront, personFields(o.agentName, o.agentId))
                                         : pictures.standard(Kind::IdFront));
                    if (renamed) // the ID-back slot carries the name-change declaration
                        docs << document(QStringLiteral("id_back"), SampleDocuments::fileName(Kind::NameChangeDeclaration),
                                         pictures.standard(Kind::NameChangeDeclaration));
                    else
                        docs << document(QStringLiteral("id_back"), SampleDocuments::fileName(Kind::IdBack),
                                         pictures.standard(Kind::IdBack));
                }
            } else {
                // Assisted registration, or a change of the legal representative or the phone.
                QString legalRep = o.legalRep;
                QString legalRepId = o.legalRepId;
                QString phone = o.phone;
                const bool newLegalRep = p.type == kModify && rng.chance(500);
                if (newLegalRep) {
                    const Human rep = otherHuman();
                    legalRep = rep.name;
                    legalRepId = rep.idNumber;
                } else if (p.type == kModify) {
                    phone = elsewhere.phone(quint64(elsewhereHuman) + 2000000);
                }
                const QDate validFrom = nowChina.date().addDays(-rng.between(200, 3600));
                s.fields = QJsonObject{{QStringLiteral("organization_type"), o.type},
                                       {QStringLiteral("organization_name"), o.name},
                                       {QStringLiteral("uscc"), o.uscc},
                                       {QStringLiteral("legal_rep_name"), legalRep},
                                       {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                                       {QStringLiteral("id_number"), legalRepId},
                                       {QStringLiteral("id_valid_from"), validFrom.toString(Qt::ISODate)},
                                       {QStringLiteral("id_valid_until"),
                                        rng.chance(250) ? QStringLiteral("long_term")
                                                        : validFrom.addYears(20).toString(Qt::ISODate)},
                                       {QStringLiteral("phone"), phone}};
                if (p.type == kAssisted) {
                    s.fields.insert(QStringLiteral("requested_login"),
                                    QString(QStringLiteral("qy_") + o.uscc.mid(8, 9).toLower()));
                    s.fields.insert(QStringLiteral("remark"), kAssistedRemarks.at(int(rng.below(2))));
                } else {
                    s.fields.insert(QStringLiteral("remark"), kModifyRemarks.at(newLegalRep ? 0 : 1));
                }
                if (pictures.enabled()) {
                    const Fields orgFields = organizationFields(o, legalRep, legalRepId);
                    docs << document(QStringLiteral("licence"), SampleDocuments::fileName(Kind::BusinessLicence),
                                     own ? pictures.own(Kind::BusinessLicence, orgFields)
                                         : pictures.standard(Kind::BusinessLicence));
                    docs << document(QStringLiteral("authorization"), SampleDocuments::fileName(Kind::AuthorizationLetter),
                                     pictures.standard(Kind::AuthorizationLetter));
                    docs << document(QStringLiteral("id_front"), SampleDocuments::fileName(Kind::IdFront),
                                     own ? pictures.own(Kind::IdFront, orgFields) : pictures.standard(Kind::IdFront));
                    docs << document(QStringLiteral("id_back"), SampleDocuments::fileName(Kind::IdBack),
                                     pictures.standard(Kind::IdBack));
                    docs << document(QStringLiteral("handler_id"), QStringLiteral("handler-with-id.jpg"),
                                     pictures.standard(Kind::IdFront));
                    if (renamed)
                        docs << document(QStringLiteral("declaration"),
                                         SampleDocuments::fileName(Kind::NameChangeDeclaration),
                                         pictures.standard(Kind::NameChangeDeclaration));
                }
            }
        }
        if (!docs.isEmpty()) {
            if (p.documents == DocumentProblem::Missing) {
                docs.removeIf([](const AppealDocumentInput &d) { return d.kind == QLatin1String("id_back"); });
            } else if (p.documents == DocumentProblem::Damaged) {
                for (AppealDocumentInput &d : docs) {
                    if (d.kind == QLatin1String("id_front")) {
                        d.content = d.content.left(d.content.size() / 2); // cut off while uploading
                        break;
                    }
                }
            }
        }
        s.documents = docs;

        clock = m_now;
        auto result = filing.record(s);
        if (!result)
            return Error(result.error().code, QCoreApplication::translate("desk::DemoAppeals", "Demo appeal %1 (%2): %3").arg(i + 1).arg(p.type, result.error().message));
        report.appeals += 1;
        report.documents += qint64(docs.size() - result->refusals.size());
        filed << Filed{i, result->appealId, p, result->documentsComplete};
    }

    // ---- a few appeals further along: claimed, waiting for the user, decided, withdrawn ----
    StaffMember reviewerStaff;
    reviewerStaff.login = m_options.appealReviewer.isEmpty() ? QStringLiteral("reviewer01") : m_options.appealReviewer;
    reviewerStaff.displayName = QStringLiteral("演示审核员");
    reviewerStaff.role = StaffRole::Reviewer;
    auto reviewerSession = std::make_shared<Session>(database, reviewerStaff, reviewerStaff.login);
    AppealService reviewing(reviewerSession);
    reviewing.setClock([&clock]() { return clock; });

    // A few of each, whatever the size of the demo (an approval hashes a new password with scrypt).
    const qint64 each = std::clamp<qint64>(count / 20, 2, 5);
    const qint64 approvals = 2;
    QSet<qint64> used;
    // The first two stay new whatever happens: the oldest-day one overdue, the latest-day one on time.
    for (const Filed &f : std::as_const(filed))
        if (f.index < 2)
            used.insert(f.id);
    // The reviewer takes the appeal up a while after it came in, and decides a few minutes later.
    auto claimTime = [this](const Filed &f) {
        QDateTime at = f.plan.submittedAt.addSecs(2 * 3600);
        const QDateTime latest = m_now.addSecs(-20 * 60);
        if (at > latest)
            at = std::max(latest, f.plan.submittedAt.addSecs(60));
        return std::min(at, m_now);
    };
    auto claim = [&](const Filed &f) -> Result<AppealRecord> {
        clock = claimTime(f);
        return reviewing.claim(f.id);
    };
    auto decided = [&](const Filed &f) { clock = std::min(claimTime(f).addSecs(6 * 60), m_now); };
    auto failed = [](const Filed &f, const Error &e) {
        return Error(e.code, QCoreApplication::translate("desk::DemoAppeals", "Demo appeal %1: %2").arg(f.id).arg(e.message));
    };

    // Approved: persons whose documents are complete, from the older days.
    for (const Filed &f : std::as_const(filed)) {
        if (report.approved >= approvals)
            break;
        if (used.contains(f.id) || f.plan.type != kPerson || !f.plan.matching || !f.complete || f.plan.daysBack < 2)
            continue;
        auto rec = claim(f);
        if (!rec)
            return failed(f, rec.error());
        auto candidates = reviewing.candidates(f.id);
        if (!candidates)
            return failed(f, candidates.error());
        const auto account = std::find_if(candidates->cbegin(), candidates->cend(), [](const AppealCandidate &c) {
            return c.account.accountStatus != QLatin1String("disabled")
                && c.account.accountStatus != QLatin1String("merged");
        });
        decided(f);
        used.insert(f.id);
        if (account == candidates->cend()) {
            if (auto s = reviewing.reject(f.id, QStringLiteral("data_mismatch"), QString(), rec->version); !s)
                return failed(f, s.error());
            ++report.rejected;
            continue;
        }
        if (auto s = reviewing.approve(f.id, account->account.id, rec->version); !s)
            return failed(f, s.error());
        ++report.approved;
        ++report.accountEvents;
    }
    // Rejected: no account is bound to the documents (FAQ 5.2: register anew).
    for (const Filed &f : std::as_const(filed)) {
        if (report.rejected >= each)
            break;
        if (used.contains(f.id) || f.plan.matching || !f.complete || f.plan.daysBack < 1)
            continue;
        auto rec = claim(f);
        if (!rec)
            return failed(f, rec.error());
        decided(f);
        if (auto s = reviewing.reject(f.id, QStringLiteral("no_account"), QString(), rec->version); !s)
            return failed(f, s.error());
        used.insert(f.id);
        ++report.rejected;
    }
    // Waiting for the user: the documents were incomplete or unreadable.
    for (const Filed &f : std::as_const(filed)) {
        if (report.waiting >= each)
            break;
        if (used.contains(f.id) || f.complete || f.plan.daysBack < 1)
            continue;
        auto rec = claim(f);
        if (!rec)
            return failed(f, rec.error());
        decided(f);
        const bool damaged = f.plan.documents == DocumentProblem::Damaged;
        const Status s = damaged ? reviewing.askForDocuments(f.id, QStringLiteral("unclear_image"), QString(), rec->version)
                                 : reviewing.askForDocuments(f.id, QStringLiteral("other"),
                                                             QStringLiteral("请补充上传证件背面照片。"), rec->version);
        if (!s)
            return failed(f, s.error());
        used.insert(f.id);
        ++report.waiting;
    }
    // Withdrawn: the caller found the password after all.
    for (const Filed &f : std::as_const(filed)) {
        if (used.contains(f.id) || !f.complete || f.plan.daysBack < 1)
            continue;
        clock = claimTime(f);
        if (auto s = filing.withdraw(f.id, QStringLiteral("来电人已自行找回密码，撤回申诉。")); !s)
            return failed(f, s.error());
        used.insert(f.id);
        ++report.withdrawn;
        break;
    }
    // Claimed a few minutes ago and still being worked on: the newest appeals.
    for (const Filed &f : std::as_const(filed)) {
        if (report.claimed >= each)
            break;
        if (used.contains(f.id) || !f.complete || f.plan.daysBack > 0)
            continue;
        clock = std::max(m_now.addSecs(-5 * 60), f.plan.submittedAt);
        if (auto rec = reviewing.claim(f.id); !rec)
            return failed(f, rec.error());
        used.insert(f.id);
        ++report.claimed;
    }
    return report;
}

} // namespace desk::demo
