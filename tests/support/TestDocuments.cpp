#include "TestDocuments.h"

#include "domain/Identifiers.h"

#include <QBuffer>
#include <QImage>
#include <QtEndian>

namespace desk::test {

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc ^= uchar(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1u) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return crc ^ 0xFFFFFFFFu;
}

QByteArray be32(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &payload)
{
    const QByteArray typed = type + payload;
    return be32(quint32(payload.size())) + typed + be32(crc32(typed));
}

} // namespace

QByteArray picture(const char *format, Qt::GlobalColor color, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        qFatal("cannot encode a %s test picture", format);
    return data;
}

QByteArray minimalPdf()
{
    return QByteArrayLiteral("%PDF-1.4\n"
                             "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                             "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                             "trailer << /Root 1 0 R >>\n"
                             "%%EOF\n");
}

QByteArray declaredSizePng(quint32 width, quint32 height, bool withEnd)
{
    QByteArray ihdr = be32(width) + be32(height);
    ihdr.append(char(8)); // bit depth
    ihdr.append(char(6)); // RGBA
    ihdr.append(char(0)); // deflate
    ihdr.append(char(0)); // adaptive filtering
    ihdr.append(char(0)); // no interlace
    // A zlib stream of a few zero bytes (one stored block): nowhere near enough rows.
    const QByteArray idat = QByteArray::fromHex("7801010400fbff0000000000040001");
    QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1A\n");
    png += pngChunk(QByteArrayLiteral("IHDR"), ihdr);
    png += pngChunk(QByteArrayLiteral("IDAT"), idat);
    if (withEnd)
        png += pngChunk(QByteArrayLiteral("IEND"), QByteArray());
    return png;
}

QString residentId(const char *first17)
{
    const QString head = QString::fromLatin1(first17);
    return head + ids::residentIdCheckCharacter(head);
}

} // namespace desk::test
