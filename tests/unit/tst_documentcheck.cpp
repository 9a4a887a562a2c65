// DocumentCheck: uploaded documents are judged by content, size and a safe decode, in a QCoreApplication
// (the command-line tool has no GUI).
#include "TestDocuments.h"
#include "domain/DocumentCheck.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QTest>

using desk::DocumentCheck;
namespace test = desk::test;

namespace {

QImage pattern(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qRgb((x * 255) / width, (y * 255) / height, ((x / 16 + y / 16) % 2) * 200);
    }
    return image;
}

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (qstrcmp(format, "jpeg") == 0)
        writer.setQuality(85);
    if (!writer.write(image))
        qFatal("cannot encode the test picture as %s: %s", format, qPrintable(writer.errorString()));
    return data;
}

} // namespace

class TestDocumentCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validJpegPasses();
    void validPngPasses();
    void typeComesFromContentNotName();
    void pdfAllowedOrRefusedBySlot();
    void pdfWithoutEndMarkerIsRefused();
    void sizeLimit();
    void decompressionBombIsRefusedBeforeDecoding_data();
    void decompressionBombIsRefusedBeforeDecoding();
    void truncatedJpegIsRefused();
    void truncatedPngIsRefused();
    void damagedJpegHeaderIsRefused();
    void randomBytesNamedJpgAreRefused();
    void programRenamedJpgIsNamed();
    void emptyFileIsRefused();
    void sniffMimeType();
    void decodeImage();

private:
    QByteArray m_jpeg;
    QByteArray m_png;
};

void TestDocumentCheck::initTestCase()
{
    // The check must run where the CLI runs: a QCoreApplication, no GUI.
    QVERIFY(qobject_cast<QCoreApplication *>(QCoreApplication::instance()));
    QVERIFY(QCoreApplication::instance()->inherits("QGuiApplication") == false);
    m_jpeg = encode(pattern(640, 400), "jpeg");
    m_png = encode(pattern(300, 200), "png");
    QVERIFY(m_jpeg.size() > 1000);
    QVERIFY(m_png.size() > 100);
}

void TestDocumentCheck::validJpegPasses()
{
    const auto v = DocumentCheck::check(m_jpeg, QStringLiteral("id-front.jpg"), false);
    QVERIFY2(v.ok, qPrintable(v.reason));
    QCOMPARE(v.mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(v.imageSize, QSize(640, 400));
    QVERIFY(v.reason.isEmpty());
}

void TestDocumentCheck::validPngPasses()
{
    const auto v = DocumentCheck::check(m_png, QStringLiteral("licence.png"), true);
    QVERIFY2(v.ok, qPrintable(v.reason));
    QCOMPARE(v.mimeType, QStringLiteral("image/png"));
    QCOMPARE(v.imageSize, QSize(300, 200));
}

void TestDocumentCheck::typeComesFromContentNotName()
{
    // A PNG named .jpg is a PNG.
    const auto png = DocumentCheck::check(m_png, QStringLiteral("scan.jpg"), false);
    QVERIFY2(png.ok, qPrintable(png.reason));
    QCOMPARE(png.mimeType, QStringLiteral("image/png"));
    // A JPEG with no extension at all is a JPEG.
    const auto jpeg = DocumentCheck::check(m_jpeg, QStringLiteral("upload"), false);
    QVERIFY2(jpeg.ok, qPrintable(jpeg.reason));
    QCOMPARE(jpeg.mimeType, QStringLiteral("image/jpeg"));
    // A PDF named .png is still a PDF, refused where PDFs are not accepted.
    const auto pdf = DocumentCheck::check(test::minimalPdf(), QStringLiteral("id-back.png"), false);
    QVERIFY(!pdf.ok);
    QVERIFY2(pdf.reason.contains(QLatin1String("PDF")), qPrintable(pdf.reason));
}

void TestDocumentCheck::pdfAllowedOrRefusedBySlot()
{
    const auto allowed = DocumentCheck::check(test::minimalPdf(), QStringLiteral("licence.pdf"), true);
    QVERIFY2(allowed.ok, qPrintable(allowed.reason));
    QCOMPARE(allowed.mimeType, QStringLiteral("application/pdf"));
    QVERIFY(!allowed.imageSize.isValid());

    const auto refused = DocumentCheck::check(test::minimalPdf(), QStringLiteral("licence.pdf"), false);
    QVERIFY(!refused.ok);
    QVERIFY(refused.mimeType.isEmpty());
    QVERIFY2(refused.reason.contains(QLatin1String("licence.pdf")), qPrintable(refused.reason));
    QVERIFY2(refused.reason.contains(QLatin1String("PDF")), qPrintable(refused.reason));
}

void TestDocumentCheck::pdfWithoutEndMarkerIsRefused()
{
    QByteArray cut = test::minimalPdf();
    cut.chop(7); // drops "%%EOF\n"
    const auto v = DocumentCheck::check(cut, QStringLiteral("declaration.pdf"), true);
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QLatin1String("declaration.pdf")), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QLatin1String("%%EOF")), qPrintable(v.reason));

    const auto badHeader = DocumentCheck::check(QByteArrayLiteral("%PDF-x\n%%EOF\n"), QStringLiteral("a.pdf"), true);
    QVERIFY(!badHeader.ok);
    QVERIFY2(badHeader.reason.contains(QLatin1String("header")), qPrintable(badHeader.reason));
}

void TestDocumentCheck::sizeLimit()
{
    // Exactly 1 MB: a real JPEG padded after its end marker is accepted.
    QByteArray exact = m_jpeg;
    exact.append(QByteArray(DocumentCheck::kMaxBytes - exact.size(), '\0'));
    QCOMPARE(exact.size(), DocumentCheck::kMaxBytes);
    const auto ok = DocumentCheck::check(exact, QStringLiteral("big.jpg"), false);
    QVERIFY2(ok.ok, qPrintable(ok.reason));

    // One byte more is refused, whatever the content.
    exact.append('\0');
    const auto v = DocumentCheck::check(exact, QStringLiteral("big.jpg"), false);
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QLatin1String("big.jpg")), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QLatin1String("1 MB")), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QLocale().toString(qint64(DocumentCheck::kMaxBytes + 1))), qPrintable(v.reason));
}

void TestDocumentCheck::decompressionBombIsRefusedBeforeDecoding_data()
{
    QTest::addColumn<quint32>("width");
    QTest::addColumn<quint32>("height");
    QTest::addColumn<bool>("withEnd");
    QTest::newRow("30000 x 30000, no IEND") << 30000u << 30000u << false;
    QTest::newRow("30000 x 30000, complete") << 30000u << 30000u << true;
    QTest::newRow("side too long") << 12001u << 10u << true;
    QTest::newRow("too many pixels") << 8000u << 6000u << true;
}

void TestDocumentCheck::decompressionBombIsRefusedBeforeDecoding()
{
    QFETCH(quint32, width);
    QFETCH(quint32, height);
    QFETCH(bool, withEnd);
    const QByteArray bomb = test::declaredSizePng(width, height, withEnd);
    QVERIFY(bomb.size() < 200);
    const auto v = DocumentCheck::check(bomb, QStringLiteral("bomb.png"), false);
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QLatin1String("bomb.png")), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QString::number(width)), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QString::number(height)), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QLatin1String("decompression bomb")), qPrintable(v.reason));
}

void TestDocumentCheck::truncatedJpegIsRefused()
{
    const QByteArray cut = m_jpeg.left(m_jpeg.size() * 6 / 10);
    const auto v = DocumentCheck::check(cut, QStringLiteral("cut.jpg"), false);
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QLatin1String("cut.jpg")), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QLatin1String("incomplete")), qPrintable(v.reason));

    // Cut inside the header segments, before any picture data.
    const auto early = DocumentCheck::check(m_jpeg.left(30), QStringLiteral("early.jpg"), false);
    QVERIFY(!early.ok);
    QVERIFY2(early.reason.contains(QLatin1String("early.jpg")), qPrintable(early.reason));
}

void TestDocumentCheck::truncatedPngIsRefused()
{
    const auto v = DocumentCheck::check(m_png.left(m_png.size() / 2), QStringLiteral("cut.png"), false);
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QLatin1String("cut.png")), qPrintable(v.reason));
}

void TestDocumentCheck::damagedJpegHeaderIsRefused()
{
    QByteArray damaged = QByteArrayLiteral("\xFF\xD8\xFF");
    QRandomGenerator rng(7);
    for (int i = 0; i < 4000; ++i)
        damaged.append(char(rng.bounded(256)));
    const auto v = DocumentCheck::check(damaged, QStringLiteral("damaged.jpg"), false);
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QLatin1String("damaged.jpg")), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QLatin1String("JPEG")), qPrintable(v.reason));
}

void TestDocumentCheck::randomBytesNamedJpgAreRefused()
{
    QByteArray noise;
    QRandomGenerator rng(42);
    for (int i = 0; i < 5000; ++i)
        noise.append(char(rng.bounded(256)));
    noise[0] = 'Q'; // no known signature starts with Q
    const auto v = DocumentCheck::check(noise, QStringLiteral("photo.jpg"), true);
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QLatin1String("photo.jpg")), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QLatin1String("unknown type")), qPrintable(v.reason));
}

void TestDocumentCheck::programRenamedJpgIsNamed()
{
    QByteArray exe = QByteArrayLiteral("MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0");
    exe.append(QByteArray(500, '\0'));
    const auto v = DocumentCheck::check(exe, QStringLiteral("id-front.jpg"), false);
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QLatin1String("id-front.jpg")), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QLatin1String("Windows program")), qPrintable(v.reason));
}

void TestDocumentCheck::emptyFileIsRefused()
{
    const auto v = DocumentCheck::check(QByteArray(), QStringLiteral("empty.png"), true);
    QVERIFY(!v.ok);
    QVERIFY2(v.reason.contains(QLatin1String("empty.png")), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QLatin1String("empty")), qPrintable(v.reason));
}

void TestDocumentCheck::sniffMimeType()
{
    QCOMPARE(DocumentCheck::sniffMimeType(m_jpeg), QStringLiteral("image/jpeg"));
    QCOMPARE(DocumentCheck::sniffMimeType(m_png), QStringLiteral("image/png"));
    QCOMPARE(DocumentCheck::sniffMimeType(test::minimalPdf()), QStringLiteral("application/pdf"));
    QCOMPARE(DocumentCheck::sniffMimeType(QByteArrayLiteral("GIF89a")), QString());
    QCOMPARE(DocumentCheck::sniffMimeType(QByteArrayLiteral("\xFF\xD8")), QString());
    QCOMPARE(DocumentCheck::sniffMimeType(QByteArray()), QString());
}

void TestDocumentCheck::decodeImage()
{
    const auto image = DocumentCheck::decodeImage(m_jpeg, QStringLiteral("a.jpg"));
    QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().message));
    QCOMPARE(image->size(), QSize(640, 400));
    // Pixels survive (JPEG is lossy, so roughly).
    const QRgb corner = image->pixel(600, 380);
    QVERIFY(qRed(corner) > 200);

    const auto bomb = DocumentCheck::decodeImage(test::declaredSizePng(30000, 30000, true), QStringLiteral("b.png"));
    QVERIFY(!bomb.ok());
    QCOMPARE(bomb.error().code, desk::Error::Code::InvalidInput);
    QVERIFY(bomb.error().message.contains(QLatin1String("b.png")));

    const auto pdf = DocumentCheck::decodeImage(test::minimalPdf(), QStringLiteral("c.pdf"));
    QVERIFY(!pdf.ok());
    QVERIFY(pdf.error().message.contains(QLatin1String("c.pdf")));
}

QTEST_GUILESS_MAIN(TestDocumentCheck)
#include "tst_documentcheck.moc"
