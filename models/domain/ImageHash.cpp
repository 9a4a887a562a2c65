#include "domain/ImageHash.h"

#include <bit>

namespace desk {

quint64 ImageHash::dHash(const QImage &image)
{
    if (image.isNull())
        return 0;
    const QImage small =
        image.convertToFormat(QImage::Format_Grayscale8).scaled(9, 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    quint64 hash = 0;
    for (int y = 0; y < 8; ++y) {
        const uchar *row = small.constScanLine(y);
        for (int x = 0; x < 8; ++x) {
            hash <<= 1;
            if (row[x] > row[x + 1])
                hash |= 1;
        }
    }
    return hash;
}

quint64 ImageHash::documentHash(const QImage &image, const QString &kind)
{
    if (image.isNull())
        return 0;
    if (!kind.endsWith(QLatin1String("id_front")))
        return dHash(image);
    // Where the holder's photo sits on a second-generation resident ID card (and on the permits laid out like it).
    const QRect photo(int(image.width() * 0.62), int(image.height() * 0.08), int(image.width() * 0.34),
                      int(image.height() * 0.64));
    return dHash(image.copy(photo));
}

int ImageHash::distance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

int ImageHash::band(quint64 hash, int index)
{
    return int((hash >> (16 * (3 - index))) & 0xFFFF);
}

} // namespace desk
