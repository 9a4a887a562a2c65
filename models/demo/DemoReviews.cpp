#include "demo/DemoReviews.h"

#include "demo/SampleDocuments.h"
#include "domain/BusinessCalendar.h"
#include "domain/Identifiers.h"
#include "domain/RealNameChecks.h"
#include "store/Database.h"
#include "workflow/ReviewService.h"
#include "workflow/Session.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>

namespace desk::demo {

namespace {

using Kind = SampleDocuments::Kind;

struct Candidate
{
    qint64 id = 0;
    QString login;
    QString name;
    QString idNumber;
    QString phone;
    // organizations
    QString uscc;
    QString organizationType;
    QString legalRep;
    QString legalRepId;
};

// The ID card's validity as issued: a length that fits the holder's age at issue (or, for `expired`, one that
// ended a year ago).
void validity(const QDate &birth, const QDate &today, bool expired, QDate *from, QString *until)
{
    if (expired) {
        *from = today.addYears(-11);
        *until = from->addYears(10).toString(Qt::ISODate);
        return;
    }
    *from = today.addYears(-3).addDays(-40);
    if (*from < birth.addYears(1))
        *from = birth.addYears(1);
    const int years = RealNameChecks::expectedValidityYears(RealNameChecks::ageOn(birth, *from));
    *until = years == 0 ? QStringLiteral("long_term") : from->addYears(years).toString(Qt::ISODate);
}

} // namespace

qint64 DemoReviews::automaticCount(qint64 persons)
{
    return std::clamp<qint64>(persons / 1000, 8, 24);
}

qint64 DemoReviews::countFor(const DemoOptions &options)
{
    return options.reviews < 0 ? automaticCount(options.persons) : options.reviews;
}

DemoReviews::DemoReviews(Database &db, const DemoOptions &options, const QDateTime &now)
    : m_db(db), m_options(options), m_now(now)
{
}

Result<DemoReviewsReport> DemoReviews::run(qint64 count)
{
    DemoReviewsReport report;
    if (count <= 0)
        return report;
    const qint64 organizationsWanted = count / 4;
    const qint64 personsWanted = count - organizationsWanted;

    // Persons whose automatic check failed or who never verified, with a usable ID number and phone.
    QVector<Candidate> persons;
    {
        auto q = m_db.exec(QStringLiteral("SELECT id, login, name, id_number, phone FROM account WHERE kind = 'person' "
                                          "AND account_status = 'active' AND id_type = 'resident_id' AND "
                                          "real_name_status IN ('failed', 'unverified', 'manual_pending') "
                                          "ORDER BY id LIMIT ?"),
                           {personsWanted * 8 + 50});
        if (!q)
            return q.error();
        while (q->next() && persons.size() < personsWanted) {
            Candidate c{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                        q->value(3).toString(), q->value(4).toString(), {}, {}, {}, {}};
            if (ids::isValidResidentId(c.idNumber) && ids::isMainlandMobile(c.phone))
                persons << c;
        }
        q->finish();
    }
    // A number someone else holds already: a verified person's.
    QString boundNumber;
    {
        auto q = m_db.exec(QStringLiteral("SELECT id_number FROM account WHERE kind = 'person' AND id_type = "
                                          "'resident_id' AND real_name_status IN ('verified_national', "
                                          "'verified_manual') ORDER BY id LIMIT 20"));
        if (!q)
            return q.error();
        while (q->next() && boundNumber.isEmpty())
            if (ids::isValidResidentId(q->value(0).toString()))
                boundNumber = q->value(0).toString();
        q->finish();
    }
    QVector<Candidate> organizations;
    {
        auto q = m_db.exec(QStringLiteral("SELECT id, login, name, uscc, organization_type, legal_rep_name, "
                                          "legal_rep_id_number, phone FROM account WHERE kind = 'organization' AND "
                                          "account_status = 'active' AND real_name_status IN ('failed', "
                                          "'unverified', 'manual_pending') ORDER BY id LIMIT ?"),
                           {organizationsWanted * 8 + 50});
        if (!q)
            return q.error();
        while (q->next() && organizations.size() < organizationsWanted) {
            Candidate c;
            c.id = q->value(0).toLongLong();
            c.login = q->value(1).toString();
            c.name = q->value(2).toString();
            c.uscc = q->value(3).toString();
            c.organizationType = q->value(4).toString();
            c.legalRep = q->value(5).toString();
            c.legalRepId = q->value(6).toString();
            c.phone = q->value(7).toString();
            if (ids::isValidUscc(c.uscc) && ids::isValidResidentId(c.legalRepId) && ids::isMainlandMobile(c.phone)
                && !c.organizationType.isEmpty() && !c.legalRep.isEmpty())
                organizations << c;
        }
        q->finish();
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return Error(Error::Code::Io, QCoreApplication::translate("desk::DemoReviews",
                                                                  "No temporary folder for the demo documents."));
    const bool pictures = SampleDocuments::canRender();
    const QDate today = BusinessCalendar::toChinaTime(m_now).date();
    QByteArray firstFront; // drawn for the first person, used again by a later one (the fraud signal)
    const auto store = [&](const QString &ref, const QString &kind, const QByteArray &bytes) -> QJsonObject {
        const QString name = ref + QLatin1Char('/') + kind + QStringLiteral(".jpg");
        QDir(dir.path()).mkpath(ref);
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("file"), name}};
    };
    const auto idPictures = [&](const QString &ref, const QString &prefix, const QString &name, const QString &number,
                                const QDate &from, const QString &until, QJsonArray &docs, bool reuseFirst) {
        const ids::ResidentIdCheck id = ids::checkResidentId(number, today);
        SampleDocuments::SampleFields f = SampleDocuments::exampleFields();
        f.name = name;
        f.idNumber = number;
        f.birthDate = id.birthDate;
        f.sex = id.sex == ids::Sex::Female ? QStringLiteral("女") : QStringLiteral("男");
        f.validFrom = from;
        f.validUntil = until == QLatin1String("long_term") ? QDate() : QDate::fromString(until, Qt::ISODate);
        QByteArray front = reuseFirst && !firstFront.isEmpty() ? firstFront : SampleDocuments::render(Kind::IdFront, f, 70);
        if (firstFront.isEmpty())
            firstFront = front;
        docs << store(ref, prefix + QStringLiteral("id_front"), front)
             << store(ref, prefix + QStringLiteral("id_back"), SampleDocuments::render(Kind::IdBack, f, 70));
    };

    QJsonArray entries;
    const QString day = today.toString(QStringLiteral("yyyyMMdd"));
    for (qint64 i = 0; i < persons.size(); ++i) {
        const Candidate &c = persons.at(i);
        const QString ref = QStringLiteral("RN%1%2").arg(day).arg(i + 1, 5, 10, QLatin1Char('0'));
        // One asks for a number bound elsewhere; one shows an expired card; one uses another person's picture.
        const QString number = i == 2 && !boundNumber.isEmpty() ? boundNumber : c.idNumber;
        const ids::ResidentIdCheck id = ids::checkResidentId(number, today);
        QDate from;
        QString until;
        validity(id.birthDate, today, i == 4, &from, &until);
        QJsonArray docs;
        if (pictures)
            idPictures(ref, QString(), c.name, number, from, until, docs, i == 5);
        const QDateTime submitted = m_now.addSecs(-3600 * (6 + 7 * i));
        entries.append(QJsonObject{
            {QStringLiteral("ref"), ref},
            {QStringLiteral("type"), QStringLiteral("person")},
            {QStringLiteral("login"), c.login},
            {QStringLiteral("submitted_at"), submitted.toString(Qt::ISODateWithMs)},
            {QStringLiteral("fields"),
             QJsonObject{{QStringLiteral("name"), c.name},
                         {QStringLiteral("identity_region"), QStringLiteral("mainland")},
                         {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                         {QStringLiteral("id_number"), number},
                         {QStringLiteral("sex"), id.sex == ids::Sex::Female ? QStringLiteral("female") : QStringLiteral("male")},
                         {QStringLiteral("birth_date"), id.birthDate.toString(Qt::ISODate)},
                         {QStringLiteral("id_valid_from"), from.toString(Qt::ISODate)},
                         {QStringLiteral("id_valid_until"), until},
                         {QStringLiteral("phone"), c.phone}}},
            {QStringLiteral("documents"), docs}});
    }
    for (qint64 i = 0; i < organizations.size(); ++i) {
        const Candidate &c = organizations.at(i);
        const QString ref = QStringLiteral("RN%1%2").arg(day).arg(persons.size() + i + 1, 5, 10, QLatin1Char('0'));
        const ids::ResidentIdCheck rep = ids::checkResidentId(c.legalRepId, today);
        QDate from;
        QString until;
        validity(rep.birthDate, today, false, &from, &until);
        QJsonArray docs;
        if (pictures) {
            SampleDocuments::SampleFields f = SampleDocuments::exampleFields();
            f.organizationName = c.name;
            f.uscc = c.uscc;
            f.legalRepresentative = c.legalRep;
            docs << store(ref, QStringLiteral("licence"), SampleDocuments::render(Kind::BusinessLicence, f, 70));
            idPictures(ref, QStringLiteral("legal_rep_"), c.legalRep, c.legalRepId, from, until, docs, false);
            idPictures(ref, QStringLiteral("agent_"), c.legalRep, c.legalRepId, from, until, docs, false);
            f.bodyText = QStringLiteral("国家企业信用信息公示系统查询结果：%1，统一社会信用代码 %2，登记状态：存续。")
                             .arg(c.name, c.uscc);
            docs << store(ref, QStringLiteral("registry_screenshot"),
                          SampleDocuments::render(Kind::AuthorizationLetter, f, 70));
        }
        entries.append(QJsonObject{
            {QStringLiteral("ref"), ref},
            {QStringLiteral("type"), QStringLiteral("organization")},
            {QStringLiteral("login"), c.login},
            {QStringLiteral("submitted_at"), m_now.addSecs(-3600 * (3 + 11 * i)).toString(Qt::ISODateWithMs)},
            {QStringLiteral("fields"),
             QJsonObject{{QStringLiteral("organization_name"), c.name},
                         {QStringLiteral("organization_type"), c.organizationType},
                         {QStringLiteral("uscc"), c.uscc},
                         {QStringLiteral("legal_rep_name"), c.legalRep},
                         {QStringLiteral("legal_rep_id_type"), QStringLiteral("resident_id")},
                         {QStringLiteral("legal_rep_id_number"), c.legalRepId},
                         {QStringLiteral("legal_rep_birth_date"), rep.birthDate.toString(Qt::ISODate)},
                         {QStringLiteral("legal_rep_id_valid_from"), from.toString(Qt::ISODate)},
                         {QStringLiteral("legal_rep_id_valid_until"), until},
                         {QStringLiteral("agent_name"), c.legalRep},
                         {QStringLiteral("agent_id_number"), c.legalRepId},
                         {QStringLiteral("agent_phone"), c.phone}}},
            {QStringLiteral("documents"), docs}});
    }

    auto database = std::shared_ptr<Database>(&m_db, [](Database *) {}); // owned by the caller
    StaffMember demoStaff;
    demoStaff.login = QStringLiteral("demo");
    demoStaff.displayName = QStringLiteral("演示数据");
    demoStaff.role = StaffRole::Administrator;
    ReviewService service(std::make_shared<Session>(database, demoStaff, QStringLiteral("demo")));
    service.setClock([now = m_now] { return now; });
    auto imported = service.importJson(QJsonDocument(entries).toJson(QJsonDocument::Compact), dir.path());
    if (!imported)
        return imported.error();
    if (!imported->refused.isEmpty())
        return Error(Error::Code::Internal, QCoreApplication::translate("desk::DemoReviews",
                                                                        "A demo review request was refused: %1")
                                                .arg(imported->refused.constFirst().reason));
    report.requests = imported->recorded;
    auto docs = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM document WHERE owner_type = 'review_submission'"));
    if (!docs)
        return docs.error();
    report.documents = docs->next() ? docs->value(0).toLongLong() : 0;
    docs->finish();
    return report;
}

} // namespace desk::demo
