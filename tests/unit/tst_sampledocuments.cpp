// SampleDocuments: every kind renders as a JPEG of the expected size under 1 MB that passes DocumentCheck,
// carries the sample watermark and shows the fields it was given.
#include "demo/SampleDocuments.h"
#include "domain/DocumentCheck.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QSet>
#include <QTest>

using desk::DocumentCheck;
using desk::SampleDocuments;
using Kind = desk::SampleDocuments::Kind;

Q_DECLARE_METATYPE(desk::SampleDocuments::Kind)

namespace {

// What render() did before any QGuiApplication existed (see main()).
struct CoreOnlyOutcome
{
    bool canRender = true;
    bool renderedBytes = true;
    bool renderedImage = true;
};
CoreOnlyOutcome g_coreOnly;

QImage decodeJpeg(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    return reader.read();
}

// Pixels clearly redder than they are green and blue: the watermark and the seals.
double redShare(const QImage &image, const QRect &area)
{
    qint64 red = 0;
    qint64 all = 0;
    for (int y = area.top(); y <= area.bottom(); y += 2) {
        for (int x = area.left(); x <= area.right(); x += 2) {
            const QRgb c = image.pixel(x, y);
            if (qRed(c) > qGreen(c) + 40 && qRed(c) > qBlue(c) + 40)
                ++red;
            ++all;
        }
    }
    return all ? double(red) / double(all) : 0.0;
}

// Pixels dark enough to be ink.
int darkPixels(const QImage &image, const QRect &area)
{
    int dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 90)
                ++dark;
        }
    }
    return dark;
}

} // namespace

class TestSampleDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWithoutGuiApplication();
    void canRenderInGuiApplication();
    void everyKindRendersAValidJpeg_data();
    void everyKindRendersAValidJpeg();
    void highestQualityStaysUnderLimit();
    void fieldsReachThePicture();
    void missingFieldsTakeExampleValues();
    void titlesAndFileNames();

private:
    void kinds();
};

void TestSampleDocuments::kinds()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("ID front") << Kind::IdFront;
    QTest::newRow("ID back") << Kind::IdBack;
    QTest::newRow("business licence") << Kind::BusinessLicence;
    QTest::newRow("authorization letter") << Kind::AuthorizationLetter;
    QTest::newRow("name-change declaration") << Kind::NameChangeDeclaration;
}

void TestSampleDocuments::refusesWithoutGuiApplication()
{
    // In a plain QCoreApplication (the command-line tool) there are no fonts: render() says so by returning
    // nothing instead of crashing.
    QVERIFY(!g_coreOnly.canRender);
    QVERIFY(!g_coreOnly.renderedBytes);
    QVERIFY(!g_coreOnly.renderedImage);
}

void TestSampleDocuments::canRenderInGuiApplication()
{
    QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    QVERIFY(SampleDocuments::canRender());
}

void TestSampleDocuments::everyKindRendersAValidJpeg_data()
{
    kinds();
}

void TestSampleDocuments::everyKindRendersAValidJpeg()
{
    QFETCH(Kind, kind);
    const QByteArray jpeg = SampleDocuments::render(kind, SampleDocuments::exampleFields());
    QVERIFY(!jpeg.isEmpty());
    QVERIFY(jpeg.size() <= DocumentCheck::kMaxBytes);
    QVERIFY(jpeg.startsWith(QByteArrayLiteral("\xFF\xD8\xFF")));
    // With DESK_SAMPLE_DUMP=<folder> set, the pictures are saved there for a person to look at.
    const QString dump = qEnvironmentVariable("DESK_SAMPLE_DUMP");
    if (!dump.isEmpty()) {
        QFile out(dump + QLatin1Char('/') + SampleDocuments::fileName(kind));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(jpeg);
    }

    const QImage image = decodeJpeg(jpeg);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), SampleDocuments::imageSize(kind));
    if (kind == Kind::IdFront || kind == Kind::IdBack)
        QCOMPARE(image.size(), QSize(1000, 630));

    // ID photos do not take PDFs; the sample must pass that stricter slot.
    const auto verdict = DocumentCheck::check(jpeg, SampleDocuments::fileName(kind), false);
    QVERIFY2(verdict.ok, qPrintable(verdict.reason));
    QCOMPARE(verdict.mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(verdict.imageSize, SampleDocuments::imageSize(kind));

    // The watermark crosses the middle of every picture in red.
    const QRect middle(image.width() / 2 - 150, image.height() / 2 - 100, 300, 200);
    const double share = redShare(image, middle);
    QVERIFY2(share > 0.04, qPrintable(QStringLiteral("red share in the middle: %1").arg(share)));

    QCOMPARE(SampleDocuments::watermarkText(), QStringLiteral("样例 SAMPLE \u2013 非真实证件"));
}

void TestSampleDocuments::highestQualityStaysUnderLimit()
{
    for (Kind kind : {Kind::IdFront, Kind::BusinessLicence, Kind::AuthorizationLetter}) {
        const QByteArray jpeg = SampleDocuments::render(kind, SampleDocuments::exampleFields(), 100);
        QVERIFY(!jpeg.isEmpty());
        QVERIFY2(jpeg.size() <= DocumentCheck::kMaxBytes, qPrintable(QString::number(jpeg.size())));
        QVERIFY(DocumentCheck::check(jpeg, QStringLiteral("q100.jpg"), false).ok);
    }
}

void TestSampleDocuments::fieldsReachThePicture()
{
    // The name is drawn at the top left of the ID front: two names, two different pictures there, and the same
    // everywhere the name does not reach (the photo placeholder).
    SampleDocuments::SampleFields a = SampleDocuments::exampleFields();
    SampleDocuments::SampleFields b = a;
    b.name = QStringLiteral("欧阳建华");
    const QImage imageA = SampleDocuments::renderImage(Kind::IdFront, a);
    const QImage imageB = SampleDocuments::renderImage(Kind::IdFront, b);
    const QRect nameArea(170, 70, 300, 50);
    QVERIFY(darkPixels(imageA, nameArea) > 200);
    QVERIFY(imageA.copy(nameArea) != imageB.copy(nameArea));
    const QRect photo(660, 80, 260, 120);
    QCOMPARE(imageA.copy(photo), imageB.copy(photo));

    // The ID number changes the number line.
    SampleDocuments::SampleFields c = a;
    c.idNumber = QStringLiteral("44030419900101002X");
    const QImage imageC = SampleDocuments::renderImage(Kind::IdFront, c);
    const QRect numberArea(300, 505, 600, 55);
    QVERIFY(darkPixels(imageA, numberArea) > 300);
    QVERIFY(imageA.copy(numberArea) != imageC.copy(numberArea));
    // Each card's photo stand-in is its own, as real photos are (the review's perceptual hash compares them).
    QVERIFY(imageA.copy(photo) != imageC.copy(photo));

    // The organization name reaches the licence.
    SampleDocuments::SampleFields d = a;
    d.organizationName = QStringLiteral("上海另一家示范贸易有限公司");
    QVERIFY(SampleDocuments::renderImage(Kind::BusinessLicence, a) != SampleDocuments::renderImage(Kind::BusinessLicence, d));
}

void TestSampleDocuments::missingFieldsTakeExampleValues()
{
    const QImage empty = SampleDocuments::renderImage(Kind::IdBack, SampleDocuments::SampleFields());
    SampleDocuments::SampleFields fields = SampleDocuments::exampleFields();
    const QImage limited = SampleDocuments::renderImage(Kind::IdBack, fields);
    fields.validUntil = QDate(); // no end date is a valid value: 长期 (no expiry)
    const QImage example = SampleDocuments::renderImage(Kind::IdBack, fields);
    QVERIFY(!empty.isNull());
    QCOMPARE(empty, example);
    QVERIFY(limited != example);
}

void TestSampleDocuments::titlesAndFileNames()
{
    QSet<QString> titles;
    QSet<QString> names;
    for (Kind kind : {Kind::IdFront, Kind::IdBack, Kind::BusinessLicence, Kind::AuthorizationLetter,
                      Kind::NameChangeDeclaration}) {
        QVERIFY(!SampleDocuments::title(kind).isEmpty());
        QVERIFY(SampleDocuments::fileName(kind).endsWith(QLatin1String(".jpg")));
        titles.insert(SampleDocuments::title(kind));
        names.insert(SampleDocuments::fileName(kind));
    }
    QCOMPARE(titles.size(), 5);
    QCOMPARE(names.size(), 5);
}

// First a QCoreApplication, as the command-line tool has, then the QGuiApplication the tests run in.
int main(int argc, char *argv[])
{
    {
        QCoreApplication core(argc, argv);
        g_coreOnly.canRender = SampleDocuments::canRender();
        g_coreOnly.renderedBytes = !SampleDocuments::render(Kind::IdFront, SampleDocuments::exampleFields()).isEmpty();
        g_coreOnly.renderedImage = !SampleDocuments::renderImage(Kind::IdFront, SampleDocuments::exampleFields()).isNull();
    }
    QGuiApplication app(argc, argv);
    TestSampleDocuments test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_sampledocuments.moc"
