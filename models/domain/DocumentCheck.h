#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace desk {

// Checks an uploaded document before it is stored: type by content (not by name), size, and for images that
// the picture decodes and is not a decompression bomb. Pure function over bytes; no database.
class DocumentCheck
{
    Q_DECLARE_TR_FUNCTIONS(desk::DocumentCheck)

public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;       // 1 MB per file
    static constexpr qint64 kMaxPixels = 40LL * 1000 * 1000; // larger pictures are refused as a possible bomb
    static constexpr int kMaxSide = 12000;

    struct Verdict
    {
        bool ok = false;
        QString mimeType;   // "image/jpeg", "image/png", "application/pdf" (when ok)
        QSize imageSize;    // for images
        QString reason;     // translated, names the file and what is wrong (when not ok)
    };

    // pdfAllowed: whether this document slot accepts a PDF (licences and declarations do; ID photos do not).
    static Verdict check(const QByteArray &content, const QString &fileName, bool pdfAllowed);

    // The MIME type by content alone ("image/jpeg", "image/png", "application/pdf"), or an empty string when the
    // first bytes are none of those. Does not check that the rest of the file is sound.
    static QString sniffMimeType(const QByteArray &content);

    // The same checks as check(content, fileName, false), then returns the decoded picture (for the document
    // viewer; safe to call on a worker thread). A PDF or anything that fails a check gives
    // Error::Code::InvalidInput with the translated reason.
    static Result<QImage> decodeImage(const QByteArray &content, const QString &fileName);
};

} // namespace desk
