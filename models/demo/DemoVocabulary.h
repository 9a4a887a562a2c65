#pragma once

#include <QString>
#include <QVector>

namespace desk::demo {

// The word lists the demo data is drawn from: Chinese surnames and given names with their pinyin, real
// administrative-division codes, organization-name parts, project titles and reasons. Built once, read-only.
struct Word
{
    QString text;
    QString latin; // pinyin, an abbreviation or a Latin spelling, lower case
    int weight = 1;
};

struct Region
{
    QString code;      // 6-digit administrative-division code (GB/T 2260)
    QString city;      // as written at the start of an official name: 北京市, 深圳市
    QString cityShort; // as companies often write it: 北京, 深圳
    QString district;  // 海淀区
    QString cityLatin; // pinyin initials for logins: bj, sz
};

class Vocabulary
{
public:
    static const Vocabulary &instance();

    QVector<Word> surnames; // weighted by frequency
    QVector<int> surnameCumulative;
    QVector<Word> maleGiven;
    QVector<Word> femaleGiven;
    QVector<Word> foreignGiven; // transliterations with the Latin spelling
    QVector<Word> foreignFamily;
    QVector<Region> regions;
    QVector<Word> brandCharacters; // 字号 characters
    QVector<Word> industries;      // latin: pinyin initials
    QVector<Word> enterpriseSuffixes;
    QVector<Word> societyTopics;
    QVector<Word> societyKinds; // 学会, 协会 ...
    QVector<Word> privateNonEnterpriseKinds;
    QVector<Word> institutionKinds;
    QVector<Word> hospitalKinds;
    QVector<Word> cooperativeKinds;
    QVector<Word> geneticsTopics;
    QVector<Word> expertPrograms;
    QVector<Word> personEmailDomains;
    QVector<Word> personFailureReasons;
    QVector<Word> organizationFailureReasons;
    QVector<Word> disableReasons;
    QVector<QString> mobilePrefixes; // 3-digit mainland mobile prefixes
    QVector<QString> platformPasswordHashes;
    QVector<QString> legacyPasswordHashes;

private:
    Vocabulary();
};

} // namespace desk::demo
