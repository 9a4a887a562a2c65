#pragma once

#include "report/ExportTable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace desk {

class RawRow;

// The CSV export's fast path: encodes rows read past QtSql (RawRow) straight from the database's UTF-8 into CSV
// lines, byte for byte what shapeCell() and the CSV writer make of the same values (China-time instants, masks
// unless unmasked, neutralised formula cells, quotes, CRLF), without a QVariant or QString per cell. A cell it
// cannot take as bytes (not text, not ASCII where a mask counts characters, a time in another form) goes the
// generic way.
class CsvRowEncoder
{
public:
    CsvRowEncoder(const QVector<ExportColumn> &columns, bool unmasked);

    // Appends one CSV line (with its CRLF) to `out`.
    void encode(const RawRow &row, QByteArray *out) const;

private:
    enum class Plan { Plain, Masked, Time, Generic, Unshaped };

    void encodeCell(const RawRow &row, int column, QByteArray *out) const;
    void generic(const RawRow &row, int column, QByteArray *out) const;

    QVector<ExportColumn> m_columns;
    QVector<Plan> m_plans;
    bool m_unmasked;
};

} // namespace desk
