#pragma once

#include <QDateTime>
#include <QPair>
#include <QString>
#include <QVariant>
#include <QVector>

namespace desk {

// One column of an export: its key (the SQL column), its title, how a writer shows its cells and which mask
// hides it unless the export is unmasked.
struct ExportColumn
{
    enum class Kind {
        Text,       // free text
        Identifier, // ID numbers, USCCs, phones, refs: always text, never a number (XLSX would spoil them)
        Number,     // counts and shares: a number cell in XLSX
        Time,       // an instant, shown in China time
    };
    enum class Mask { None, IdNumber, Phone, Email };

    QString key;
    QString title;
    Kind kind = Kind::Text;
    Mask mask = Mask::None;
    int width = 14; // characters, a hint for XLSX and PDF
};

// What an export records about itself: the XLSX second sheet, the PDF heading and the audit row.
struct ExportMeta
{
    QString title;                           // e.g. 申诉清单
    QString reportName;                      // e.g. appeals
    QString query;                           // what was asked, in words or SQL
    QVector<QPair<QString, QString>> filters; // label -> value
    QString exportedBy;
    QDateTime exportedAt;                    // UTC
    bool masked = true;
};

using ExportRow = QVector<QVariant>;

// Applies a column's mask to one value (empty and null stay as they are).
QString maskValue(ExportColumn::Mask mask, const QString &value);
// The cell text of a value for a column: instants in China time ("2026-12-01 09:30"), numbers without
// exponent, the rest as text.
QString cellText(const ExportColumn &column, const QVariant &value);
// One cell as a writer gets it: instants in China time, the column's mask applied unless `unmasked`, numbers as
// numbers (PostgreSQL's numeric text becomes a double); null stays null.
void shapeCell(const ExportColumn &column, bool unmasked, QVariant *value);

} // namespace desk
