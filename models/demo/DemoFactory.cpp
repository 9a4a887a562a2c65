#include "demo/DemoFactory.h"

#include "domain/Identifiers.h"

#include <algorithm>

namespace desk::demo {

namespace {

constexpr quint64 kUsccAlphabetSize = 31;
constexpr char kUsccAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// Stream tags: every kind of value draws from its own keyed stream, so adding one does not shift the others.
enum Stream : quint64 {
    HumanStream = 0x48554d414e,
    OrgStream = 0x4f5247,
    ResidentIdKey = 0x524944,
    PermitKey = 0x5045524d,
    PassportKey = 0x50415353,
    PhoneKey = 0x50484f4e45,
    NameKey = 0x4e414d45,
    ModernCodeKey = 0x4d41,
    OldCodeKey = 0x4f4c44,
};

void writeDigits(char16_t *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

QString digits(quint64 value, int width)
{
    char16_t buffer[20];
    writeDigits(buffer, qint64(value), width);
    return QString(reinterpret_cast<const QChar *>(buffer), width);
}

// Validity of a resident ID card by age at issue: under 16 five years, 16-25 ten, 26-45 twenty, then long-term.
int residentIdTerm(int age)
{
    return age < 16 ? 5 : age < 26 ? 10 : age < 46 ? 20 : 0;
}

int ageOn(qint64 birthDay, qint64 day)
{
    int by = 0;
    int bm = 0;
    int bd = 0;
    int y = 0;
    int m = 0;
    int d = 0;
    civilFromDays(birthDay, by, bm, bd);
    civilFromDays(day, y, m, d);
    return y - by - ((m < bm || (m == bm && d < bd)) ? 1 : 0);
}

// Index into a list of N items, drawn from a mixed-radix digit.
template <typename List> const auto &at(const List &list, quint64 index)
{
    return list.at(qsizetype(index % quint64(list.size())));
}

} // namespace

qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

qint64 addYears(qint64 days, int years)
{
    int y = 0;
    int m = 0;
    int d = 0;
    civilFromDays(days, y, m, d);
    y += years;
    if (m == 2 && d == 29) {
        const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        if (!leap)
            d = 28;
    }
    return daysFromCivil(y, m, d);
}

QString isoDate(qint64 days)
{
    int y = 0;
    int m = 0;
    int d = 0;
    civilFromDays(days, y, m, d);
    char16_t buffer[10] = {0, 0, 0, 0, u'-', 0, 0, u'-', 0, 0};
    writeDigits(buffer, y, 4);
    writeDigits(buffer + 5, m, 2);
    writeDigits(buffer + 8, d, 2);
    return QString(reinterpret_cast<const QChar *>(buffer), 10);
}

QString isoTime(qint64 secs)
{
    const qint64 days = secs >= 0 ? secs / kSecsPerDay : (secs - kSecsPerDay + 1) / kSecsPerDay;
    const qint64 inDay = secs - days * kSecsPerDay;
    int y = 0;
    int m = 0;
    int d = 0;
    civilFromDays(days, y, m, d);
    char16_t buffer[24] = {0, 0,    0, 0, u'-', 0, 0, u'-', 0,    0,    u'T', 0,
                           0, u':', 0, 0, u':', 0, 0, u'.', u'0', u'0', u'0', u'Z'};
    writeDigits(buffer, y, 4);
    writeDigits(buffer + 5, m, 2);
    writeDigits(buffer + 8, d, 2);
    writeDigits(buffer + 11, inDay / 3600, 2);
    writeDigits(buffer + 14, inDay / 60 % 60, 2);
    writeDigits(buffer + 17, inDay % 60, 2);
    return QString(reinterpret_cast<const QChar *>(buffer), 24);
}

DemoFactory::DemoFactory(quint64 seed, qint64 nowDays)
    : m_words(Vocabulary::instance()), m_seed(seed), m_nowDays(nowDays), m_firstBirthDay(daysFromCivil(1950, 1, 1)),
      m_birthDays(daysFromCivil(2006, 12, 31) - daysFromCivil(1950, 1, 1) + 1),
      m_residentIds(quint64(m_words.regions.size()) * quint64(m_birthDays) * 1000, mix(seed, ResidentIdKey)),
      m_permits(100000000, mix(seed, PermitKey)), m_passports(10000000, mix(seed, PassportKey)),
      m_phones(quint64(m_words.mobilePrefixes.size()) * 100000000, mix(seed, PhoneKey)),
      m_names(quint64(m_words.regions.size()) * quint64(m_words.brandCharacters.size()) *
                  quint64(m_words.brandCharacters.size() - 1) * quint64(m_words.industries.size()) *
                  quint64(m_words.enterpriseSuffixes.size()),
              mix(seed, NameKey)),
      m_modernCodes(kUsccAlphabetSize * kUsccAlphabetSize * kUsccAlphabetSize * kUsccAlphabetSize * kUsccAlphabetSize *
                        kUsccAlphabetSize,
                    mix(seed, ModernCodeKey)),
      m_oldCodes(100000000, mix(seed, OldCodeKey))
{
}

QString DemoFactory::chineseName(Rng &rng, bool male, QString &latin, QString &initials) const
{
    const int total = m_words.surnameCumulative.constLast();
    const int pick = int(rng.below(quint32(total)));
    const auto it = std::upper_bound(m_words.surnameCumulative.cbegin(), m_words.surnameCumulative.cend(), pick);
    const Word &surname = m_words.surnames.at(it - m_words.surnameCumulative.cbegin());
    const QVector<Word> &given = male ? m_words.maleGiven : m_words.femaleGiven;
    const Word &first = rng.pick(given);
    QString name = surname.text + first.text;
    latin = surname.latin + first.latin;
    initials = surname.latin.left(1) + first.latin.left(1);
    if (rng.chance(720)) {
        const Word &second = rng.pick(given);
        name += second.text;
        latin += second.latin;
        initials += second.latin.left(1);
    }
    return name;
}

Human DemoFactory::human(quint64 index) const
{
    Rng rng(mix(m_seed ^ HumanStream, index));
    Human h;
    const int regionRoll = int(rng.below(1000));
    qint64 termYears = 10;
    if (regionRoll < 982) {
        // Mainland: a resident ID built from a bijection of the index, so no two humans share one.
        quint64 code = m_residentIds(index);
        const int sequence = int(code % 1000);
        code /= 1000;
        h.birthDay = m_firstBirthDay + qint64(code % quint64(m_birthDays));
        const Region &region = m_words.regions.at(qsizetype(code / quint64(m_birthDays)));
        h.male = sequence % 2 == 1;
        int y = 0;
        int m = 0;
        int d = 0;
        civilFromDays(h.birthDay, y, m, d);
        h.birthYear = y;
        QString first17 = region.code + digits(quint64(y), 4) + digits(quint64(m), 2) + digits(quint64(d), 2) +
                          digits(quint64(sequence), 3);
        h.idNumber = first17 + ids::residentIdCheckCharacter(first17);
        h.identityRegion = QStringLiteral("mainland");
        h.idType = QStringLiteral("resident_id");
        h.name = chineseName(rng, h.male, h.latin, h.initials);
        termYears = -1; // by age at issue
    } else {
        h.male = rng.chance(500);
        h.birthDay = m_firstBirthDay + rng.between(0, m_birthDays - 1);
        int y = 0;
        int m = 0;
        int d = 0;
        civilFromDays(h.birthDay, y, m, d);
        h.birthYear = y;
        if (regionRoll < 992) {
            h.identityRegion = QStringLiteral("hk_mo_tw");
            h.name = chineseName(rng, h.male, h.latin, h.initials);
            if (rng.chance(700)) {
                h.idType = QStringLiteral("hk_mo_permit");
                h.idNumber =
                    (rng.chance(800) ? QStringLiteral("H") : QStringLiteral("M")) + digits(m_permits(index), 8);
                termYears = 10;
            } else {
                h.idType = QStringLiteral("tw_permit");
                h.idNumber = digits(m_permits(index ^ 0x5a5a5a), 8);
                termYears = 5;
            }
        } else {
            h.identityRegion = QStringLiteral("other");
            h.idType = QStringLiteral("passport");
            const char16_t letters[2] = {char16_t(u'A' + rng.below(26)), char16_t(u'A' + rng.below(26))};
            h.idNumber = QString(reinterpret_cast<const QChar *>(letters), 2) + digits(m_passports(index), 7);
            const Word &given = rng.pick(m_words.foreignGiven);
            const Word &family = rng.pick(m_words.foreignFamily);
            if (rng.chance(500))
                h.name = given.text + QChar(char16_t(0x00B7)) + family.text; // 约翰·史密斯
            else
                h.name = given.latin + QLatin1Char(' ') + family.latin;
            h.latin = (given.latin + family.latin).toLower();
            h.initials = h.latin.left(1) + family.latin.left(1).toLower();
            termYears = 10;
        }
    }

    // The document in hand: follow the renewals from the first adult document to today; about 6% of holders
    // have let the current one expire and not renewed it yet.
    qint64 from = std::min(addYears(h.birthDay, termYears < 0 ? 16 : 18) + rng.between(0, 700), m_nowDays - 30);
    qint64 until = -1;
    qint64 previousFrom = -1;
    qint64 previousUntil = -1;
    for (;;) {
        const int years = termYears < 0 ? residentIdTerm(ageOn(h.birthDay, from)) : int(termYears);
        if (years == 0)
            break; // long-term (长期)
        until = addYears(from, years);
        if (until > m_nowDays)
            break;
        previousFrom = from;
        previousUntil = until;
        from = std::min(until - rng.between(-60, 90), m_nowDays - 1); // renewed around the expiry date
        until = -1;
    }
    if (previousUntil >= 0 && rng.chance(60)) {
        from = previousFrom;
        until = previousUntil;
        h.idExpired = true;
    }
    h.validFrom = isoDate(from);
    if (until >= 0)
        h.validUntil = isoDate(until);
    return h;
}

QString DemoFactory::phone(quint64 slot) const
{
    const quint64 number = m_phones(slot);
    return m_words.mobilePrefixes.at(qsizetype(number / 100000000)) + digits(number % 100000000, 8);
}

namespace {

QString buildName(const Vocabulary &w, OrgType type, int subtype, quint64 tuple, quint64 variant, int region,
                  QString &stem, int &industryOut)
{
    const quint64 brands = quint64(w.brandCharacters.size());
    const quint64 suffixIndex = tuple % quint64(w.enterpriseSuffixes.size());
    tuple /= quint64(w.enterpriseSuffixes.size());
    const quint64 industry = tuple % quint64(w.industries.size());
    tuple /= quint64(w.industries.size());
    const quint64 pair = tuple % (brands * (brands - 1));
    const quint64 b1 = pair / (brands - 1);
    const quint64 r = pair % (brands - 1);
    const quint64 b2 = r < b1 ? r : r + 1;

    const Region &reg = w.regions.at(region);
    const Word &brand1 = w.brandCharacters.at(qsizetype(b1));
    const Word &brand2 = w.brandCharacters.at(qsizetype(b2));
    const Word &ind = w.industries.at(qsizetype(industry));
    const QString brand = brand1.text + brand2.text;
    industryOut = int(industry);
    stem = reg.cityLatin + brand1.latin + brand2.latin + ind.latin;

    switch (type) {
    case OrgType::Enterprise: {
        const QString suffix = w.enterpriseSuffixes.at(qsizetype(suffixIndex)).text;
        const quint64 form = variant % 100;
        if (form < 5) // 华信科技（深圳）有限公司
            return brand + ind.text + QChar(char16_t(0xFF08)) + reg.cityShort + QChar(char16_t(0xFF09)) + suffix;
        if (form < 35)
            return reg.cityShort + brand + ind.text + suffix;
        return reg.city + brand + ind.text + suffix;
    }
    case OrgType::SocialOrganization:
        if (subtype == 51) {
            const quint64 topics = quint64(w.societyTopics.size() + w.industries.size());
            const quint64 t = (industry * 7 + suffixIndex + b1) % topics;
            const QString topic =
                t < quint64(w.societyTopics.size()) ? w.societyTopics.at(qsizetype(t)).text : at(w.industries, t).text;
            const QString place = variant % 3 == 0 ? reg.city + reg.district : reg.city;
            return place + topic + at(w.societyKinds, b2).text;
        }
        if (subtype == 53)
            return reg.city + brand + (variant % 2 ? QStringLiteral("科技创新基金会") : QStringLiteral("公益基金会"));
        return reg.city + brand + at(w.privateNonEnterpriseKinds, suffixIndex + b2).text;
    case OrgType::PublicInstitution:
        if (variant % 100 < 12)
            return reg.city + reg.district + at(w.hospitalKinds, b1 + b2).text;
        return reg.city + brand + ind.text + at(w.institutionKinds, suffixIndex + b1).text;
    case OrgType::Other:
        if (subtype == 93)
            return reg.city + reg.district + brand + at(w.cooperativeKinds, b1 % 2).text;
        return reg.city + brand + w.cooperativeKinds.constLast().text; // 律师事务所
    }
    return brand;
}

} // namespace

Organization DemoFactory::organization(quint64 index) const
{
    Rng rng(mix(m_seed ^ OrgStream, index));
    Organization org;
    const int typeRoll = int(rng.below(1000));
    int subtype = 91;
    if (typeRoll < 860) {
        org.type = OrgType::Enterprise;
        org.typeName = QStringLiteral("enterprise");
    } else if (typeRoll < 890) {
        org.type = OrgType::SocialOrganization;
        org.typeName = QStringLiteral("social_organization");
        const int roll = int(rng.below(10));
        subtype = roll < 3 ? 51 : roll < 9 ? 52 : 53;
    } else if (typeRoll < 960) {
        org.type = OrgType::PublicInstitution;
        org.typeName = QStringLiteral("public_institution");
        subtype = 12;
    } else {
        org.type = OrgType::Other;
        org.typeName = QStringLiteral("other");
        subtype = rng.chance(600) ? 93 : 31;
    }

    quint64 tuple = m_names(index);
    const quint64 perRegion = m_names.domain() / quint64(m_words.regions.size());
    org.region = int(tuple / perRegion);
    tuple %= perRegion;
    org.name = buildName(m_words, org.type, subtype, tuple, rng.next(), org.region, org.loginStem, org.industry);

    // Organization code (characters 9-17): "MA" + 6 characters for enterprises registered since 2015,
    // 8 digits for older ones and for the other registration authorities; then the GB 11714 check character.
    QString body;
    if (org.type == OrgType::Enterprise && rng.chance(650)) {
        quint64 v = m_modernCodes(index);
        char16_t chars[8] = {u'M', u'A', 0, 0, 0, 0, 0, 0};
        for (int i = 7; i >= 2; --i) {
            chars[i] = char16_t(kUsccAlphabet[v % kUsccAlphabetSize]);
            v /= kUsccAlphabetSize;
        }
        body = QString(reinterpret_cast<const QChar *>(chars), 8);
    } else {
        body = digits(m_oldCodes(index), 8);
    }
    const QString first17 = QString::number(subtype) + m_words.regions.at(org.region).code + body +
                            ids::organizationCodeCheckCharacter(body);
    org.uscc = first17 + ids::usccCheckCharacter(first17);
    return org;
}

QString DemoFactory::renamedName(const Organization &org, quint64 index) const
{
    quint64 tuple = m_names(m_names.domain() - 1 - index);
    tuple %= m_names.domain() / quint64(m_words.regions.size());
    const int subtype = org.uscc.left(2).toInt();
    QString stem;
    int industry = 0;
    return buildName(m_words, org.type, subtype, tuple, mix(m_seed, index), org.region, stem, industry);
}

} // namespace desk::demo
