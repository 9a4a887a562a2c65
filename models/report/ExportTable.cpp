#include "report/ExportTable.h"

#include "domain/Identifiers.h"

#include <QTimeZone>

namespace desk {

namespace {

// "yyyy-MM-dd HH:mm" in China time (UTC+8) of a UTC instant given as its date and minute of the day, without
// QDateTime's parsing and formatting (the hot path of a million-row export).
QString chinaMinuteText(QDate utcDay, int minuteOfDay)
{
    minuteOfDay += 8 * 60;
    if (minuteOfDay >= 24 * 60) {
        minuteOfDay -= 24 * 60;
        utcDay = utcDay.addDays(1);
    }
    const int y = utcDay.year(), mo = utcDay.month(), d = utcDay.day(), h = minuteOfDay / 60, mi = minuteOfDay % 60;
    char buf[17] = {char('0' + y / 1000 % 10), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10),
                    '-', char('0' + mo / 10), char('0' + mo % 10), '-', char('0' + d / 10), char('0' + d % 10), ' ',
                    char('0' + h / 10), char('0' + h % 10), ':', char('0' + mi / 10), char('0' + mi % 10), 0};
    return QString::fromLatin1(buf, 16);
}

int digits(QStringView s, qsizetype at, int n, bool *ok)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const QChar c = s[at + i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c.unicode() - '0');
    }
    return v;
}

// SQLite's stored form "2026-12-01T01:30:00.000Z" (or without milliseconds); empty when it is not that.
QString fastIsoUtc(QStringView s)
{
    if ((s.size() != 24 && s.size() != 20) || !s.endsWith(QLatin1Char('Z')) || s[10] != QLatin1Char('T'))
        return {};
    bool ok = true;
    const int y = digits(s, 0, 4, &ok), mo = digits(s, 5, 2, &ok), d = digits(s, 8, 2, &ok);
    const int h = digits(s, 11, 2, &ok), mi = digits(s, 14, 2, &ok);
    const QDate day(y, mo, d);
    if (!ok || !day.isValid() || h > 23 || mi > 59)
        return {};
    return chinaMinuteText(day, h * 60 + mi);
}

} // namespace

QString maskValue(ExportColumn::Mask mask, const QString &value)
{
    if (value.isEmpty())
        return value;
    switch (mask) {
    case ExportColumn::Mask::None: return value;
    case ExportColumn::Mask::IdNumber: return ids::maskIdNumber(value);
    case ExportColumn::Mask::Phone: return ids::maskPhone(value);
    case ExportColumn::Mask::Email: return ids::maskEmail(value);
    }
    return value;
}

QString cellText(const ExportColumn &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (column.kind) {
    case ExportColumn::Kind::Time: {
        if (value.typeId() == QMetaType::QDateTime) {
            const qint64 ms = value.toDateTime().toMSecsSinceEpoch();
            const qint64 minutes = ms >= 0 ? ms / 60000 : (ms - 59999) / 60000;
            const qint64 days = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440;
            return chinaMinuteText(QDate(1970, 1, 1).addDays(days), int(minutes - days * 1440));
        }
        const QString text = value.toString();
        if (text.size() == 16 && text[10] == QLatin1Char(' ')) // formatted in China time by the server already
            return text;
        if (const QString fast = fastIsoUtc(text); !fast.isEmpty())
            return fast;
        QDateTime t = value.typeId() == QMetaType::QDateTime ? value.toDateTime()
                                                             : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(value.toString(), Qt::ISODate);
        if (!t.isValid())
            return value.toString();
        return t.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case ExportColumn::Kind::Number:
        if (value.typeId() == QMetaType::Double)
            return QString::number(value.toDouble(), 'f', 1);
        return value.toString();
    case ExportColumn::Kind::Text:
    case ExportColumn::Kind::Identifier:
        return value.toString();
    }
    return value.toString();
}

void shapeCell(const ExportColumn &column, bool unmasked, QVariant *value)
{
    QVariant &v = *value;
    if (v.isNull())
        return;
    if (column.kind == ExportColumn::Kind::Number) {
        if (v.typeId() == QMetaType::QString) // PostgreSQL's numeric may arrive as text
            v = v.toDouble();
        return;
    }
    QString text = cellText(column, v);
    if (!unmasked)
        text = maskValue(column.mask, text);
    v = text;
}

} // namespace desk
