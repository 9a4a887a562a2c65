#pragma once

#include "demo/DemoRandom.h"
#include "demo/DemoVocabulary.h"

#include <QString>

namespace desk::demo {

// Days and seconds since 1970-01-01 (UTC) and their text forms, without QDateTime's formatting cost
// (the generator writes tens of millions of timestamps).
qint64 daysFromCivil(int year, int month, int day);
void civilFromDays(qint64 days, int &year, int &month, int &day);
qint64 addYears(qint64 days, int years); // same month and day; 29 February becomes 28 February
QString isoDate(qint64 days);            // yyyy-MM-dd
QString isoTime(qint64 secs);            // yyyy-MM-ddTHH:mm:ss.000Z, as QDateTime::toString(Qt::ISODateWithMs) of UTC

constexpr qint64 kSecsPerDay = 86400;

// One human being of the demo world: computed from an index alone, so any row can name any human.
// Different indices are different people with different ID numbers.
struct Human
{
    QString name;
    QString latin;    // pinyin without spaces: zhangwei (foreigners: johnsmith)
    QString initials; // zw
    bool male = true;
    qint64 birthDay = 0;
    int birthYear = 0;
    QString identityRegion; // mainland / hk_mo_tw / other
    QString idType;         // resident_id / hk_mo_permit / tw_permit / passport
    QString idNumber;
    QString validFrom;  // yyyy-MM-dd
    QString validUntil; // empty: long-term (长期)
    bool idExpired = false;
};

enum class OrgType { Enterprise, SocialOrganization, PublicInstitution, Other };

// One organization of the demo world, also computed from an index: unique USCC and (almost always) name.
struct Organization
{
    OrgType type = OrgType::Enterprise;
    QString typeName; // enterprise / social_organization / public_institution / other
    QString name;
    QString uscc;
    QString loginStem; // pinyin initials for logins that are not the USCC: bjhxkj
    int region = 0;
    int industry = 0;
};

// Turns indices into humans, phone numbers and organizations for one seed.
class DemoFactory
{
public:
    DemoFactory(quint64 seed, qint64 nowDays);

    const Vocabulary &words() const { return m_words; }

    Human human(quint64 index) const;
    QString phone(quint64 slot) const;                                 // unique per slot
    Organization organization(quint64 index) const;                    // unique USCC per index
    QString renamedName(const Organization &org, quint64 index) const; // a different name, same region and type

private:
    QString chineseName(Rng &rng, bool male, QString &latin, QString &initials) const;

    const Vocabulary &m_words;
    quint64 m_seed;
    qint64 m_nowDays;
    qint64 m_firstBirthDay;
    qint64 m_birthDays;
    Permutation m_residentIds;
    Permutation m_permits;
    Permutation m_passports;
    Permutation m_phones;
    Permutation m_names;
    Permutation m_modernCodes;
    Permutation m_oldCodes;
};

} // namespace desk::demo
