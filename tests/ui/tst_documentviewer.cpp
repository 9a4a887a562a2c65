// The reviewers' document viewer, driven with keys like a reviewer: next/previous, zoom, fit, actual size,
// rotation, panning; pictures decoded off the GUI thread with stale results dropped; a damaged file shows its
// reason; a PDF offers the system viewer.
#include "UiTestKit.h"

#include "demo/SampleDocuments.h"
#include "domain/DocumentCheck.h"
#include "widgets/DocumentViewer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsView>
#include <QImageWriter>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace desk;

namespace {

QByteArray pngPicture(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(QColor(30, 120, 200));
    QPainter p(&image);
    p.fillRect(QRect(0, 0, width / 2, height / 2), QColor(240, 200, 40));
    p.end();
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(image);
    return data;
}

QByteArray minimalPdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}

} // namespace

class TestDocumentViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void navigatesZoomsRotatesAndShowsErrors();
    void ctrlWheelZoomsAndKeysWorkInThePicture();
    void staleDecodeIsDropped();
    void pdfOffersTheSystemViewer();
    void emptyListSaysSo();

private:
    QVector<ViewerDocument> threeDocuments() const;

    QByteArray m_front;
    QByteArray m_back;
    QByteArray m_broken;
    std::unique_ptr<DocumentViewer> m_viewer;
};

void TestDocumentViewer::initTestCase()
{
    test::prepareGuiTest();
    QVERIFY(SampleDocuments::canRender());
    m_front = SampleDocuments::render(SampleDocuments::Kind::IdFront, SampleDocuments::exampleFields());
    QVERIFY(!m_front.isEmpty());
    m_back = pngPicture(800, 500);
    m_broken = m_front.left(m_front.size() / 2); // cut off mid-upload
}

void TestDocumentViewer::init()
{
    m_viewer = std::make_unique<DocumentViewer>();
    m_viewer->resize(800, 600);
    m_viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
}

void TestDocumentViewer::cleanup()
{
    m_viewer.reset();
}

QVector<ViewerDocument> TestDocumentViewer::threeDocuments() const
{
    return {
        {QStringLiteral("ID front"), QStringLiteral("front.jpg"), QStringLiteral("image/jpeg"), m_front},
        {QStringLiteral("ID back"), QStringLiteral("back.png"), QStringLiteral("image/png"), m_back},
        {QStringLiteral("Business licence"), QStringLiteral("broken.jpg"), QStringLiteral("image/jpeg"), m_broken},
    };
}

void TestDocumentViewer::navigatesZoomsRotatesAndShowsErrors()
{
    DocumentViewer &viewer = *m_viewer;
    QSignalSpy shown(&viewer, &DocumentViewer::imageShown);
    QSignalSpy changed(&viewer, &DocumentViewer::currentChanged);
    QSignalSpy failed(&viewer, &DocumentViewer::documentFailed);
    auto *position = viewer.findChild<QLabel *>(QStringLiteral("documentPosition"));
    auto *zoomLabel = viewer.findChild<QLabel *>(QStringLiteral("documentZoom"));
    auto *info = viewer.findChild<QLabel *>(QStringLiteral("documentInfo"));
    auto *view = viewer.findChild<QGraphicsView *>(QStringLiteral("documentView"));
    auto *message = viewer.findChild<QLabel *>(QStringLiteral("documentMessage"));
    QVERIFY(position && zoomLabel && info && view && message);

    viewer.setDocuments(threeDocuments());
    QCOMPARE(viewer.count(), 3);
    QCOMPARE(viewer.currentIndex(), 0);
    QCOMPARE(changed.count(), 1);
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).toInt(), 0);
    QVERIFY(viewer.isImageShown());
    QVERIFY(view->isVisible());
    QCOMPARE(viewer.imageSize(), QSize(1000, 630));
    QVERIFY(position->text().contains(QLatin1String("1 / 3")));
    QVERIFY(position->text().contains(QLatin1String("ID front")));
    QVERIFY(info->text().contains(QLatin1String("front.jpg")));
    QVERIFY(info->text().contains(QLatin1String("image/jpeg")));
    test::saveScreenshot(&viewer, QStringLiteral("documentviewer-id-front"));

    // A 1000 px wide card in an 800 px window: fitted, so shrunk.
    QVERIFY(viewer.isFitToWindow());
    const double fit = viewer.zoom();
    QVERIFY2(fit < 0.85 && fit > 0.5, qPrintable(QString::number(fit)));
    QVERIFY(zoomLabel->text().contains(QString::number(qRound(fit * 100))));

    // Zoom in and out.
    QTest::keyClick(&viewer, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(!viewer.isFitToWindow());
    QVERIFY(qFuzzyCompare(viewer.zoom(), fit * DocumentViewer::kZoomStep));
    QVERIFY(zoomLabel->text().contains(QString::number(qRound(viewer.zoom() * 100))));
    QCOMPARE(view->transform().m11(), viewer.zoom());
    QTest::keyClick(&viewer, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&viewer, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(qFuzzyCompare(viewer.zoom(), fit / DocumentViewer::kZoomStep));

    // Actual size, then pan with the arrow keys: the picture is larger than the window now.
    QTest::keyClick(&viewer, Qt::Key_1);
    QCOMPARE(viewer.zoom(), 1.0);
    QVERIFY(view->horizontalScrollBar()->maximum() > 0);
    const int x0 = view->horizontalScrollBar()->value();
    QTest::keyClick(&viewer, Qt::Key_Right);
    QVERIFY(view->horizontalScrollBar()->value() > x0);
    const int x1 = view->horizontalScrollBar()->value();
    QTest::keyClick(&viewer, Qt::Key_Left);
    QVERIFY(view->horizontalScrollBar()->value() < x1);

    // Fit again (F, then Ctrl+0 after zooming).
    QTest::keyClick(&viewer, Qt::Key_F);
    QVERIFY(viewer.isFitToWindow());
    QVERIFY(qFuzzyCompare(viewer.zoom(), fit));
    QTest::keyClick(&viewer, Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(&viewer, Qt::Key_0, Qt::ControlModifier);
    QVERIFY(viewer.isFitToWindow());
    QVERIFY(qFuzzyCompare(viewer.zoom(), fit));

    // Rotation by 90 degrees; a card on its side fits smaller.
    QSignalSpy rotated(&viewer, &DocumentViewer::rotationChanged);
    QTest::keyClick(&viewer, Qt::Key_R);
    QCOMPARE(viewer.rotation(), 90);
    QCOMPARE(viewer.imageSize(), QSize(630, 1000));
    QVERIFY(viewer.zoom() < fit);
    QCOMPARE(view->transform().m12(), viewer.zoom()); // rotate(90) then scale: [0 z; -z 0]
    QTest::keyClick(&viewer, Qt::Key_R, Qt::ShiftModifier);
    QCOMPARE(viewer.rotation(), 0);
    QTest::keyClick(&viewer, Qt::Key_L);
    QCOMPARE(viewer.rotation(), 270);
    QTest::keyClick(&viewer, Qt::Key_R);
    QTest::keyClick(&viewer, Qt::Key_R);
    QCOMPARE(viewer.rotation(), 90);
    QCOMPARE(rotated.count(), 5);

    // Next document: the PNG, decoded and shown; its own rotation (none).
    QTest::keyClick(&viewer, Qt::Key_PageDown);
    QCOMPARE(viewer.currentIndex(), 1);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).toInt(), 1);
    QCOMPARE(viewer.rotation(), 0);
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(shown.last().at(0).toInt(), 1);
    QCOMPARE(viewer.imageSize(), QSize(800, 500));
    QVERIFY(position->text().contains(QLatin1String("2 / 3")));
    QVERIFY(position->text().contains(QLatin1String("ID back")));
    QVERIFY(info->text().contains(QLatin1String("image/png")));

    // The damaged one: its reason, named, in place of the picture.
    QTest::keyClick(&viewer, Qt::Key_N);
    QCOMPARE(viewer.currentIndex(), 2);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toInt(), 2);
    const QString reason = DocumentCheck::check(m_broken, QStringLiteral("broken.jpg"), false).reason;
    QVERIFY(!reason.isEmpty());
    QCOMPARE(failed.at(0).at(1).toString(), reason);
    QVERIFY(!viewer.isImageShown());
    QVERIFY(message->isVisible());
    QVERIFY(!view->isVisible());
    QVERIFY2(viewer.messageText().contains(reason), qPrintable(viewer.messageText()));
    QVERIFY(viewer.messageText().contains(QLatin1String("broken.jpg")));
    QCOMPARE(shown.count(), 2);
    test::saveScreenshot(&viewer, QStringLiteral("documentviewer-broken"));

    // Past the end nothing happens; keys still work on the message page.
    QTest::keyClick(&viewer, Qt::Key_N);
    QCOMPARE(viewer.currentIndex(), 2);
    QCOMPARE(changed.count(), 3);

    // Back: P then PageUp; the first document kept its rotation.
    QTest::keyClick(&viewer, Qt::Key_P);
    QCOMPARE(viewer.currentIndex(), 1);
    QTRY_COMPARE(shown.count(), 3);
    QTest::keyClick(&viewer, Qt::Key_PageUp);
    QCOMPARE(viewer.currentIndex(), 0);
    QCOMPARE(viewer.rotation(), 90);
    QTRY_COMPARE(shown.count(), 4);
    QCOMPARE(shown.last().at(0).toInt(), 0);
    QCOMPARE(viewer.imageSize(), QSize(630, 1000));
    QTest::keyClick(&viewer, Qt::Key_PageUp);
    QCOMPARE(viewer.currentIndex(), 0);
    QCOMPARE(changed.count(), 5);
}

void TestDocumentViewer::ctrlWheelZoomsAndKeysWorkInThePicture()
{
    DocumentViewer &viewer = *m_viewer;
    QSignalSpy shown(&viewer, &DocumentViewer::imageShown);
    viewer.setDocuments(threeDocuments());
    QTRY_COMPARE(shown.count(), 1);
    auto *view = viewer.findChild<QGraphicsView *>(QStringLiteral("documentView"));
    QVERIFY(view);
    const double fit = viewer.zoom();

    const QPointF at(view->viewport()->width() / 2.0, view->viewport()->height() / 2.0);
    QWheelEvent up(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &up);
    QVERIFY(qFuzzyCompare(viewer.zoom(), fit * DocumentViewer::kZoomStep));
    QWheelEvent down(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                     Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &down);
    QCoreApplication::sendEvent(view->viewport(), &down);
    QVERIFY(qFuzzyCompare(viewer.zoom(), fit / DocumentViewer::kZoomStep));

    // A plain wheel scrolls, it does not zoom.
    QTest::keyClick(view, Qt::Key_1); // the picture itself takes the viewer's keys
    QCOMPARE(viewer.zoom(), 1.0);
    const int y0 = view->verticalScrollBar()->value();
    QWheelEvent plain(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &plain);
    QCOMPARE(viewer.zoom(), 1.0);
    QVERIFY(view->verticalScrollBar()->value() > y0);

    // Dragging pans.
    const int x0 = view->horizontalScrollBar()->value();
    const QPoint start(400, 250);
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(view->viewport(), start - QPoint(100, 0));
    QTest::mouseMove(view->viewport(), start - QPoint(200, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, start - QPoint(200, 0));
    QVERIFY2(view->horizontalScrollBar()->value() > x0,
             qPrintable(QStringLiteral("%1 -> %2").arg(x0).arg(view->horizontalScrollBar()->value())));

    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(viewer.rotation(), 90);
    QTest::keyClick(view, Qt::Key_N);
    QCOMPARE(viewer.currentIndex(), 1);
}

void TestDocumentViewer::staleDecodeIsDropped()
{
    DocumentViewer &viewer = *m_viewer;
    QSignalSpy shown(&viewer, &DocumentViewer::imageShown);
    viewer.setDocuments(threeDocuments());
    // Decoding of the first document has started; results only arrive through the event loop, which has not run
    // yet: moving on now makes that result stale.
    QTest::keyClick(&viewer, Qt::Key_N);
    QCOMPARE(viewer.currentIndex(), 1);
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).toInt(), 1);
    QCOMPARE(viewer.imageSize(), QSize(800, 500));
    // Once every decode has come back, the stale one included, still only the second document was shown.
    QTRY_COMPARE(viewer.pendingDecodes(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(shown.count(), 1);
    QCOMPARE(viewer.imageSize(), QSize(800, 500));

    // A new list replaces the old one; a decode for the old list is dropped too.
    viewer.setDocuments(threeDocuments());
    viewer.setDocuments({{QStringLiteral("ID back"), QStringLiteral("only.png"), QStringLiteral("image/png"), m_back}});
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(viewer.count(), 1);
    QCOMPARE(viewer.imageSize(), QSize(800, 500));
}

void TestDocumentViewer::pdfOffersTheSystemViewer()
{
    DocumentViewer &viewer = *m_viewer;
    QList<QUrl> opened;
    bool openerAnswer = true;
    viewer.setExternalOpener([&opened, &openerAnswer](const QUrl &url) {
        opened.append(url);
        return openerAnswer;
    });
    QSignalSpy shown(&viewer, &DocumentViewer::imageShown);
    QSignalSpy failed(&viewer, &DocumentViewer::documentFailed);
    QSignalSpy saved(&viewer, &DocumentViewer::openedExternally);
    const QByteArray pdf = minimalPdf();
    viewer.setDocuments({{QStringLiteral("Authorization letter"), QStringLiteral("授权书 (signed).pdf"),
                          QStringLiteral("application/pdf"), pdf},
                         {QStringLiteral("ID front"), QStringLiteral("front.jpg"), QStringLiteral("image/jpeg"), m_front}});

    auto *button = viewer.findChild<QPushButton *>(QStringLiteral("documentOpenExternally"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(!viewer.isImageShown());
    QVERIFY(viewer.messageText().contains(QStringLiteral("授权书 (signed).pdf")));
    QVERIFY(viewer.messageText().contains(QLatin1String("PDF")));
    test::saveScreenshot(&viewer, QStringLiteral("documentviewer-pdf"));

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(saved.count(), 1);
    const QString path = opened.first().toLocalFile();
    QCOMPARE(saved.first().first().toString(), path);
    QVERIFY(path.endsWith(QLatin1String(".pdf")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pdf);
    file.close();
    QVERIFY(!(QFileInfo(path).permissions() & QFileDevice::ReadOther));

    // No PDF program: the viewer says where the file is.
    openerAnswer = false;
    QVERIFY(!viewer.openExternally());
    QCOMPARE(opened.size(), 2);
    QCOMPARE(saved.count(), 1);
    QVERIFY(viewer.messageText().contains(QDir::toNativeSeparators(path)));

    // An image is not opened externally; the open button goes away with the PDF.
    QTest::keyClick(&viewer, Qt::Key_N);
    QVERIFY(!button->isVisible());
    QVERIFY(!viewer.openExternally());
    QCOMPARE(opened.size(), 2);
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(failed.count(), 0);

    // The saved copy goes with the viewer.
    m_viewer.reset();
    QVERIFY(!QFile::exists(path));
}

void TestDocumentViewer::emptyListSaysSo()
{
    DocumentViewer &viewer = *m_viewer;
    QSignalSpy changed(&viewer, &DocumentViewer::currentChanged);
    viewer.setDocuments({});
    QCOMPARE(viewer.currentIndex(), -1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toInt(), -1);
    QVERIFY(!viewer.isImageShown());
    QVERIFY(!viewer.messageText().isEmpty());
    QTest::keyClick(&viewer, Qt::Key_N);
    QTest::keyClick(&viewer, Qt::Key_R);
    QTest::keyClick(&viewer, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(viewer.currentIndex(), -1);
    QCOMPARE(viewer.rotation(), 0);
    QCOMPARE(viewer.zoom(), 1.0);
    QVERIFY(!viewer.openExternally());
}

QTEST_MAIN(TestDocumentViewer)
#include "tst_documentviewer.moc"
