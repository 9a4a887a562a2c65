#include "report/ExportTable.h"

#include "domain/Identifiers.h"

#include <QTimeZone>

namespace desk {

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

} // namespace desk
