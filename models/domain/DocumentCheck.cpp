#include "domain/DocumentCheck.h"

#include <QBuffer>
#include <QImageReader>
#include <QLocale>
#include <QtEndian>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace desk {

namespace {

const QString kJpeg = QStringLiteral("image/jpeg");
const QString kPng = QStringLiteral("image/png");
const QString kPdf = QStringLiteral("application/pdf");

// How the bytes of a picture are laid out, before any decoder sees them.
enum class Structure { Sound, Truncated, Malformed };

const uchar *bytes(const QByteArray &data)
{
    return reinterpret_cast<const uchar *>(data.constData());
}

bool startsWith(const QByteArray &data, const char *prefix, qsizetype length)
{
    return data.size() >= length && std::equal(prefix, prefix + length, data.constData());
}

// JPEG: marker segments up to the first start-of-scan, then an end-of-image marker somewhere after it.
// libjpeg pads a cut-off file with grey and "succeeds", so a truncated upload has to be caught here.
Structure jpegStructure(const QByteArray &data)
{
    const uchar *p = bytes(data);
    const qsizetype n = data.size();
    qsizetype i = 2; // after SOI (FF D8)
    for (;;) {
        if (i >= n)
            return Structure::Truncated;
        if (p[i] != 0xFF)
            return Structure::Malformed;
        while (i < n && p[i] == 0xFF) // fill bytes
            ++i;
        if (i >= n)
            return Structure::Truncated;
        const uchar marker = p[i++];
        if (marker == 0x00 || marker == 0xD8 || marker == 0xD9) // stuffing, a second SOI, EOI before any scan
            return Structure::Malformed;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) // TEM, RSTn: no length
            continue;
        if (i + 2 > n)
            return Structure::Truncated;
        const qsizetype length = (qsizetype(p[i]) << 8) | p[i + 1];
        if (length < 2)
            return Structure::Malformed;
        if (i + length > n)
            return Structure::Truncated;
        i += length;
        if (marker == 0xDA) // SOS: entropy-coded data follows
            break;
    }
    // In entropy-coded data 0xFF is always followed by 0x00 or a marker, so FF D9 is the real end of image.
    for (; i + 1 < n; ++i) {
        if (p[i] == 0xFF && p[i + 1] == 0xD9)
            return Structure::Sound;
    }
    return Structure::Truncated;
}

// PNG: a chain of length/type/data/CRC chunks, IHDR first, up to IEND.
Structure pngStructure(const QByteArray &data)
{
    const uchar *p = bytes(data);
    const qsizetype n = data.size();
    qsizetype i = 8; // after the signature
    bool first = true;
    for (;;) {
        if (i + 8 > n)
            return Structure::Truncated;
        const quint32 length = qFromBigEndian<quint32>(p + i);
        if (length > 0x7FFFFFFFu)
            return Structure::Malformed;
        const QByteArray type = data.mid(i + 4, 4);
        if (first && (type != QByteArrayLiteral("IHDR") || length != 13))
            return Structure::Malformed;
        first = false;
        if (i + 12 + qsizetype(length) > n)
            return Structure::Truncated;
        if (type == QByteArrayLiteral("IEND"))
            return Structure::Sound;
        i += 12 + qsizetype(length);
    }
}

// Types people upload by mistake: named in the refusal so the caller can be told what they sent.
QString knownOtherType(const QByteArray &data)
{
    if (startsWith(data, "GIF8", 4))
        return DocumentCheck::tr("GIF picture");
    if (startsWith(data, "BM", 2) && data.size() >= 14)
        return DocumentCheck::tr("BMP picture");
    if (startsWith(data, "RIFF", 4) && data.mid(8, 4) == QByteArrayLiteral("WEBP"))
        return DocumentCheck::tr("WebP picture");
    if (startsWith(data, "II*\0", 4) || startsWith(data, "MM\0*", 4))
        return DocumentCheck::tr("TIFF picture");
    if (data.mid(4, 4) == QByteArrayLiteral("ftyp")) {
        const QByteArray brand = data.mid(8, 4);
        if (brand == QByteArrayLiteral("heic") || brand == QByteArrayLiteral("heix") || brand == QByteArrayLiteral("mif1")
            || brand == QByteArrayLiteral("msf1"))
            return DocumentCheck::tr("HEIC picture");
    }
    if (startsWith(data, "PK\3\4", 4))
        return DocumentCheck::tr("ZIP archive or Office document");
    if (startsWith(data, "MZ", 2))
        return DocumentCheck::tr("Windows program");
    if (startsWith(data, "\x7F" "ELF", 4))
        return DocumentCheck::tr("Linux program");
    return {};
}

QString shownName(const QString &fileName)
{
    const QString name = fileName.isEmpty() ? DocumentCheck::tr("(unnamed document)") : fileName;
    return QStringLiteral("\u201C") + name + QStringLiteral("\u201D");
}

// Decoders allocate from the declared size, which has passed the pixel limit already; the global allocation
// limit is the second fence, sized to the largest picture accepted (8 bytes a pixel for 16-bit PNGs).
void setAllocationLimitOnce()
{
    static const bool done = [] {
        const double megabytes = double(DocumentCheck::kMaxPixels) * 8.0 / (1024.0 * 1024.0);
        QImageReader::setAllocationLimit(int(std::ceil(megabytes)) + 1);
        return true;
    }();
    Q_UNUSED(done);
}

// All the checks; for a picture that passes, `decoded` (when given) receives the picture.
DocumentCheck::Verdict inspect(const QByteArray &content, const QString &fileName, bool pdfAllowed, QImage *decoded)
{
    DocumentCheck::Verdict v;
    const QString name = shownName(fileName);
    const QLocale locale;

    auto refuse = [&v](QString reason) {
        v.ok = false;
        v.mimeType.clear();
        v.reason = std::move(reason);
        return v;
    };

    if (content.isEmpty())
        return refuse(DocumentCheck::tr("%1 is empty (0 bytes).").arg(name));
    if (content.size() > DocumentCheck::kMaxBytes) {
        return refuse(DocumentCheck::tr("%1 is %2 bytes; at most 1 MB (%3 bytes) is accepted per file.")
                          .arg(name, locale.toString(qint64(content.size())), locale.toString(DocumentCheck::kMaxBytes)));
    }

    const QString mime = DocumentCheck::sniffMimeType(content);
    if (mime.isEmpty()) {
        const QString accepted = pdfAllowed ? DocumentCheck::tr("JPEG or PNG pictures and PDF documents")
                                            : DocumentCheck::tr("JPEG or PNG pictures");
        const QString other = knownOtherType(content);
        if (!other.isEmpty()) {
            return refuse(DocumentCheck::tr("%1 is a %2, whatever its name says; only %3 are accepted.")
                              .arg(name, other, accepted));
        }
        return refuse(DocumentCheck::tr("%1 is of an unknown type: its content is not a JPEG, PNG or PDF file, "
                                        "whatever its name says; only %2 are accepted.")
                          .arg(name, accepted));
    }

    if (mime == kPdf) {
        if (!pdfAllowed) {
            return refuse(DocumentCheck::tr("%1 is a PDF document, but only JPEG or PNG pictures are accepted here.")
                              .arg(name));
        }
        // "%PDF-" then a version such as 1.7 or 2.0.
        const bool versionOk = content.size() >= 8 && std::isdigit(uchar(content.at(5))) && content.at(6) == '.'
            && std::isdigit(uchar(content.at(7)));
        if (!versionOk)
            return refuse(DocumentCheck::tr("%1 starts like a PDF document, but its header is damaged.").arg(name));
        // The trailer ends with %%EOF, possibly followed by line ends or a little padding.
        const QByteArray tail = content.right(1024);
        if (!tail.contains(QByteArrayLiteral("%%EOF"))) {
            return refuse(DocumentCheck::tr("%1 is an incomplete PDF document: the %%EOF end marker is missing, "
                                            "so the file was probably cut off.")
                              .arg(name));
        }
        v.ok = true;
        v.mimeType = mime;
        return v;
    }

    // A picture: the header first, the pixels only once the declared size is known to be reasonable.
    const bool isJpeg = mime == kJpeg;
    const QByteArray format = isJpeg ? QByteArrayLiteral("jpeg") : QByteArrayLiteral("png");
    const QString formatName = isJpeg ? QStringLiteral("JPEG") : QStringLiteral("PNG");
    if (!QImageReader::supportedImageFormats().contains(format)) {
        return refuse(DocumentCheck::tr("%1 cannot be checked: %2 pictures cannot be read on this computer "
                                        "(the Qt image plugin for %2 is not installed).")
                          .arg(name, formatName));
    }

    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false);
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(true); // pictures from phones carry their orientation in EXIF

    const QSize declared = reader.size();
    if (!declared.isValid() || declared.isEmpty()) {
        return refuse(DocumentCheck::tr("%1 is a damaged %2 picture: its header, which gives the picture size, "
                                        "cannot be read.")
                          .arg(name, formatName));
    }
    const qint64 pixels = qint64(declared.width()) * qint64(declared.height());
    if (pixels > DocumentCheck::kMaxPixels || declared.width() > DocumentCheck::kMaxSide
        || declared.height() > DocumentCheck::kMaxSide) {
        return refuse(DocumentCheck::tr("%1 declares a picture of %2 × %3 pixels, more than the %4 megapixels "
                                        "(at most %5 pixels a side) accepted; it is refused as a possible "
                                        "decompression bomb.")
                          .arg(name)
                          .arg(declared.width())
                          .arg(declared.height())
                          .arg(DocumentCheck::kMaxPixels / 1000000)
                          .arg(DocumentCheck::kMaxSide));
    }

    const Structure structure = isJpeg ? jpegStructure(content) : pngStructure(content);
    if (structure == Structure::Truncated) {
        return refuse(DocumentCheck::tr("%1 is an incomplete %2 picture: the file ends before the picture does "
                                        "(it was probably cut off while uploading).")
                          .arg(name, formatName));
    }
    if (structure == Structure::Malformed) {
        return refuse(DocumentCheck::tr("%1 is a damaged %2 picture: its internal structure is invalid.")
                          .arg(name, formatName));
    }

    setAllocationLimitOnce();
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        return refuse(DocumentCheck::tr("%1 is a damaged %2 picture and cannot be decoded: %3.")
                          .arg(name, formatName, reader.errorString()));
    }

    v.ok = true;
    v.mimeType = mime;
    v.imageSize = image.size(); // after the EXIF orientation is applied
    if (decoded)
        *decoded = std::move(image);
    return v;
}

} // namespace

QString DocumentCheck::sniffMimeType(const QByteArray &content)
{
    if (startsWith(content, "\xFF\xD8\xFF", 3))
        return kJpeg;
    if (startsWith(content, "\x89PNG\r\n\x1A\n", 8))
        return kPng;
    if (startsWith(content, "%PDF-", 5))
        return kPdf;
    return {};
}

DocumentCheck::Verdict DocumentCheck::check(const QByteArray &content, const QString &fileName, bool pdfAllowed)
{
    return inspect(content, fileName, pdfAllowed, nullptr);
}

Result<QImage> DocumentCheck::decodeImage(const QByteArray &content, const QString &fileName)
{
    QImage image;
    const Verdict v = inspect(content, fileName, false, &image);
    if (!v.ok)
        return Error(Error::Code::InvalidInput, v.reason);
    return image;
}

} // namespace desk
