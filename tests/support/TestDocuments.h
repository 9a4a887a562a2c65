#pragma once

// Files and identifiers the tests of appeal documents share: small real pictures, a minimal PDF, a PNG that
// declares an enormous size (a decompression bomb), and valid resident ID numbers.

#include <QByteArray>
#include <QSize>
#include <QString>

namespace desk::test {

// A plain picture of one colour, encoded as `format` ("PNG", "JPG").
QByteArray picture(const char *format, Qt::GlobalColor color, QSize size = QSize(60, 40));

// A minimal, well-formed PDF (header, catalogue, %%EOF trailer).
QByteArray minimalPdf();

// A well-formed PNG whose header declares width x height pixels but which carries only a few bytes of pixel
// data: decoding it would allocate width * height * 4 bytes. Without its IEND chunk when `withEnd` is false.
QByteArray declaredSizePng(quint32 width, quint32 height, bool withEnd = true);

// A resident ID number: the 17 given digits and their GB 11643 check character.
QString residentId(const char *first17);

} // namespace desk::test
