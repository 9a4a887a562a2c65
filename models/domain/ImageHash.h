#pragma once

#include <QImage>
#include <QString>
#include <QtGlobal>

namespace desk {

// Perceptual hashes of decoded pictures, to find one photo submitted again under another name (fraud signal):
// a re-encoded, resized or slightly retouched copy keeps (nearly) the same hash, unlike its SHA-256.
class ImageHash
{
public:
    // dHash: the picture in 9x8 grey, one bit per pair of horizontal neighbours (left brighter than right).
    static quint64 dHash(const QImage &image);
    // The hash a document is compared by. The photo side of an ID card is hashed over the holder's photo (the
    // right third of the card): over the whole card the printed template dominates a 9x8 thumbnail, so every
    // card looks like every other. Other kinds: the whole picture.
    static quint64 documentHash(const QImage &image, const QString &kind);
    static int distance(quint64 a, quint64 b); // differing bits
    // Near enough to count as the same picture. Four 16-bit bands: two hashes this near share at least one
    // band exactly, which the database finds by equality.
    static constexpr int kSameImageDistance = 3;
    static int band(quint64 hash, int index); // 0..3, each 16 bits
};

} // namespace desk
