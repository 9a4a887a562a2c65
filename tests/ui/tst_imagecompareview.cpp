// The reviewers' image comparison, driven with keys like a reviewer: side by side and one at a time, rotation and
// zoom in a pane, the magnifier under the cursor, brightness and contrast that change the pixels on screen (and
// never the document), the watermark in what is rendered, and the next request's pictures prefetched off the GUI
// thread so that they are on screen the moment the request is shown. Damaged files and bombs show their reason.
#include "UiTestKit.h"

#include "TestDocuments.h"
#include "demo/SampleDocuments.h"
#include "domain/DocumentCheck.h"
#include "widgets/DocumentViewer.h"
#include "widgets/ImageCompareView.h"
#include "widgets/ImagePrefetcher.h"

#include <QBuffer>
#include <QGraphicsView>
#include <QImageWriter>
#include <QLabel>
#include <QMutex>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QToolButton>

using namespace desk;

namespace {

QByteArray pngPicture(int width, int height, QColor color)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QPainter p(&image);
    p.fillRect(QRect(0, 0, width / 2, height / 2), QColor(240, 200, 40));
    p.setPen(Qt::black);
    for (int x = 0; x < width; x += 40)
        p.drawLine(x, 0, x, height);
    p.end();
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(image);
    return data;
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *l = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *r = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            n += l[col] != r[col] ? 1 : 0;
    }
    return n;
}

QGraphicsView *viewOf(DocumentViewer *pane)
{
    return pane ? pane->findChild<QGraphicsView *>(QStringLiteral("documentView")) : nullptr;
}

} // namespace

class TestImageCompareView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sideBySideAndOneAtATime();
    void rotateAndZoomWithKeys();
    void magnifierFollowsTheCursor();
    void brightnessAndContrastChangeThePixelsOnly();
    void watermarkIsInTheRenderedPicture();
    void prefetchedPairIsShownAtOnce();
    void organizationRequestIsPrefetchedWhole();
    void damagedFileAndBombShowTheirReason();
    void keysAreInTheTooltipsAndTheHelp();

private:
    QVector<CompareDocument> idPair(const QString &request) const;

    QByteArray m_front;
    QByteArray m_back;
    std::unique_ptr<ImageCompareView> m_view;
};

void TestImageCompareView::initTestCase()
{
    test::prepareGuiTest();
    QVERIFY(SampleDocuments::canRender());
    m_front = SampleDocuments::render(SampleDocuments::Kind::IdFront, SampleDocuments::exampleFields());
    m_back = SampleDocuments::render(SampleDocuments::Kind::IdBack, SampleDocuments::exampleFields());
    QVERIFY(!m_front.isEmpty() && !m_back.isEmpty());
}

void TestImageCompareView::init()
{
    m_view = std::make_unique<ImageCompareView>();
    m_view->setWatermarkLogin(QStringLiteral("reviewer01"));
    m_view->setClock([] { return QDateTime(QDate(2026, 12, 6), QTime(9, 30)); });
    m_view->resize(1200, 560);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestImageCompareView::cleanup()
{
    m_view.reset();
}

QVector<CompareDocument> TestImageCompareView::idPair(const QString &request) const
{
    return {
        {request + QStringLiteral("/id_front"), QStringLiteral("ID card front"), QStringLiteral("front.jpg"), m_front},
        {request + QStringLiteral("/id_back"), QStringLiteral("ID card back"), QStringLiteral("back.jpg"), m_back}};
}

void TestImageCompareView::sideBySideAndOneAtATime()
{
    ImageCompareView &view = *m_view;
    QSignalSpy settled(&view, &ImageCompareView::allSettledChanged);
    QSignalSpy opened(&view, &ImageCompareView::documentShown);
    view.setDocuments(idPair(QStringLiteral("review:1")));
    QTRY_COMPARE(settled.count(), 1);
    QVERIFY(view.allSettled());
    QCOMPARE(opened.count(), 2);
    QSet<QString> ids{opened.at(0).at(0).toString(), opened.at(1).at(0).toString()};
    QCOMPARE(ids, (QSet<QString>{QStringLiteral("review:1/id_front"), QStringLiteral("review:1/id_back")}));

    DocumentViewer *front = view.findChild<DocumentViewer *>(QStringLiteral("comparePane0"));
    DocumentViewer *back = view.findChild<DocumentViewer *>(QStringLiteral("comparePane1"));
    QVERIFY(front && back);
    QCOMPARE(view.layout(), ImageCompareView::Layout::SideBySide);
    QVERIFY(front->isVisible() && back->isVisible());
    QVERIFY(front->isImageShown() && back->isImageShown());
    QVERIFY(front->mapTo(&view, QPoint(0, 0)).x() < back->mapTo(&view, QPoint(0, 0)).x()); // side by side
    QVERIFY(front->findChild<QLabel *>(QStringLiteral("documentPosition"))
                ->text()
                .contains(QLatin1String("ID card front")));
    QCOMPARE(view.width(), 1200); // two panes fit side by side in 1200 pixels
    view.grab().save(QStringLiteral("/tmp/imagecompare.png"));
    test::saveScreenshot(&view, QStringLiteral("imagecompare-side-by-side"));

    // S: one at a time, the current one filling the view; N and P move through them.
    viewOf(front)->setFocus();
    QTest::keyClick(viewOf(front), Qt::Key_S);
    QCOMPARE(view.layout(), ImageCompareView::Layout::Single);
    QVERIFY(front->isVisible());
    QVERIFY(!back->isVisible());
    QTRY_VERIFY(front->width() > 1000);
    QTest::keyClick(viewOf(front), Qt::Key_N);
    QCOMPARE(view.currentIndex(), 1);
    QVERIFY(!front->isVisible());
    QVERIFY(back->isVisible());
    QVERIFY(back->isImageShown()); // already decoded: nothing to wait for
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("compareTitle"))->text().contains(QLatin1String("2 / 2")));
    test::saveScreenshot(&view, QStringLiteral("imagecompare-single"));
    QTest::keyClick(&view, Qt::Key_PageDown); // past the end: stays
    QCOMPARE(view.currentIndex(), 1);
    QTest::keyClick(&view, Qt::Key_P);
    QCOMPARE(view.currentIndex(), 0);
    QVERIFY(front->isVisible() && !back->isVisible());

    // The toolbar button does the same as S.
    auto *layoutButton = view.findChild<QToolButton *>(QStringLiteral("compareLayout"));
    QVERIFY(layoutButton);
    QTest::mouseClick(layoutButton, Qt::LeftButton);
    QCOMPARE(view.layout(), ImageCompareView::Layout::SideBySide);
    QVERIFY(front->isVisible() && back->isVisible());
    QTRY_VERIFY(front->width() < 700);
}

void TestImageCompareView::rotateAndZoomWithKeys()
{
    ImageCompareView &view = *m_view;
    QSignalSpy settled(&view, &ImageCompareView::allSettledChanged);
    view.setDocuments(idPair(QStringLiteral("review:2")));
    QTRY_COMPARE(settled.count(), 1);
    DocumentViewer *front = view.pane(0);
    DocumentViewer *back = view.pane(1);
    QGraphicsView *frontView = viewOf(front);
    const QSize size = front->imageSize();
    const double fit = front->zoom();
    QSignalSpy actions(&view, &ImageCompareView::documentAction);

    QTest::keyClick(frontView, Qt::Key_R); // rotated, and fitted anew: zoomed too
    QVERIFY(actions.count() >= 1);
    QCOMPARE(actions.at(0).at(0).toString(), QStringLiteral("review:2/id_front"));
    QVERIFY(std::any_of(actions.cbegin(), actions.cend(), [](const QList<QVariant> &a) {
        return a.at(1).value<ImageCompareView::Action>() == ImageCompareView::Action::Rotated;
    }));
    QCOMPARE(front->rotation(), 90);
    QCOMPARE(front->imageSize(), size.transposed());
    QCOMPARE(back->rotation(), 0); // the other pane keeps its own
    QTest::keyClick(frontView, Qt::Key_L);
    QTest::keyClick(frontView, Qt::Key_L);
    QCOMPARE(front->rotation(), 270);

    QTest::keyClick(frontView, Qt::Key_1);
    QCOMPARE(front->zoom(), 1.0);
    QTest::keyClick(frontView, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(qFuzzyCompare(front->zoom(), DocumentViewer::kZoomStep));
    QTest::keyClick(frontView, Qt::Key_F);
    QVERIFY(front->isFitToWindow());
    QCOMPARE(back->zoom(), fit);

    // N moves the keys to the second pane (side by side); keys on the view itself go to the current pane.
    QTest::keyClick(frontView, Qt::Key_N);
    QCOMPARE(view.currentIndex(), 1);
    QTest::keyClick(&view, Qt::Key_R);
    QCOMPARE(back->rotation(), 90);
    QCOMPARE(front->rotation(), 270);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(back->zoom() < fit);
    QCOMPARE(actions.last().at(0).toString(), QStringLiteral("review:2/id_back"));
    QCOMPARE(actions.last().at(1).value<ImageCompareView::Action>(), ImageCompareView::Action::Zoomed);
}

void TestImageCompareView::magnifierFollowsTheCursor()
{
    ImageCompareView &view = *m_view;
    QSignalSpy settled(&view, &ImageCompareView::allSettledChanged);
    view.setDocuments(idPair(QStringLiteral("review:3")));
    QTRY_COMPARE(settled.count(), 1);
    DocumentViewer *front = view.pane(0);
    QGraphicsView *frontView = viewOf(front);
    auto *lens = front->findChild<QWidget *>(QStringLiteral("documentMagnifier"));
    QVERIFY(lens);
    QVERIFY(!lens->isVisible());

    QTest::keyClick(frontView, Qt::Key_M);
    QVERIFY(front->isMagnifierEnabled());
    QVERIFY(lens->isVisible());
    QVERIFY(front->findChild<QToolButton *>(QStringLiteral("documentMagnifierButton"))->isChecked());

    // The cursor moves over the picture: the magnifier is centred under it.
    const QPoint at(frontView->viewport()->width() / 3, frontView->viewport()->height() / 2);
    QTest::mouseMove(frontView->viewport(), at);
    QTRY_COMPARE(front->magnifierCenter(), at);
    QVERIFY(lens->geometry().contains(at));
    const QPoint elsewhere = at + QPoint(60, 30);
    QTest::mouseMove(frontView->viewport(), elsewhere);
    QTRY_COMPARE(front->magnifierCenter(), elsewhere);

    // It shows the picture larger than on screen: the same spot spans more pixels.
    const QImage lensPicture = lens->grab().toImage();
    QCOMPARE(lensPicture.size(),
             QSize(DocumentViewer::kMagnifierSize, DocumentViewer::kMagnifierSize) * lens->devicePixelRatioF());
    const QColor middle = lensPicture.pixelColor(lensPicture.width() / 2, lensPicture.height() / 2);
    QVERIFY(middle != QColor(58, 58, 58)); // the picture, not the empty background
    test::saveScreenshot(&view, QStringLiteral("imagecompare-magnifier"));

    // Dragging still pans (the magnifier lets the mouse through), and M hides it again.
    QTest::keyClick(frontView, Qt::Key_M);
    QVERIFY(!front->isMagnifierEnabled());
    QVERIFY(!lens->isVisible());
}

void TestImageCompareView::brightnessAndContrastChangeThePixelsOnly()
{
    ImageCompareView &view = *m_view;
    QSignalSpy settled(&view, &ImageCompareView::allSettledChanged);
    view.setDocuments(idPair(QStringLiteral("review:4")));
    QTRY_COMPARE(settled.count(), 1);
    DocumentViewer *front = view.pane(0);
    QGraphicsView *frontView = viewOf(front);
    const QImage decoded = front->decodedImage();
    QCOMPARE(front->displayedImage(), decoded);
    const QImage screenBefore = frontView->viewport()->grab().toImage();
    const QPoint spot(decoded.width() / 2, decoded.height() / 2);
    const int before = qGray(decoded.pixel(spot));

    QSignalSpy applied(front, &DocumentViewer::adjustmentsApplied);
    QTest::keyClick(frontView, Qt::Key_B);
    QTest::keyClick(frontView, Qt::Key_B);
    QCOMPARE(front->brightness(), 2 * DocumentViewer::kAdjustStep);
    QTRY_VERIFY(!front->isAdjusting());
    QVERIFY(applied.count() >= 1);
    const int brighter = qGray(front->displayedImage().pixel(spot));
    QVERIFY2(brighter > before || before > 250, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(brighter)));
    // On screen once the scene has repainted.
    QTRY_VERIFY(differingPixels(frontView->viewport()->grab().toImage(), screenBefore) > 1000);

    QTest::keyClick(frontView, Qt::Key_B, Qt::ShiftModifier);
    QTest::keyClick(frontView, Qt::Key_B, Qt::ShiftModifier);
    QTest::keyClick(frontView, Qt::Key_B, Qt::ShiftModifier);
    QCOMPARE(front->brightness(), -DocumentViewer::kAdjustStep);
    QTRY_VERIFY(!front->isAdjusting());
    QVERIFY(qGray(front->displayedImage().pixel(spot)) < before || before < 5);

    // Contrast spreads the greys away from the middle: the darkest and brightest move apart.
    QTest::keyClick(frontView, Qt::Key_X);
    QTRY_VERIFY(!front->isAdjusting());
    QCOMPARE(front->displayedImage(), decoded);
    auto spread = [](const QImage &image) {
        int lo = 255, hi = 0;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7) {
                const int g = qGray(image.pixel(x, y));
                lo = std::min(lo, g);
                hi = std::max(hi, g);
            }
        return hi - lo;
    };
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(frontView, Qt::Key_C, Qt::ShiftModifier);
    QCOMPARE(front->contrast(), -3 * DocumentViewer::kAdjustStep);
    QTRY_VERIFY(!front->isAdjusting());
    QVERIFY(spread(front->displayedImage()) < spread(decoded));
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(frontView, Qt::Key_C);
    QTRY_VERIFY(!front->isAdjusting());
    QCOMPARE(front->contrast(), 3 * DocumentViewer::kAdjustStep);
    int changed = differingPixels(front->displayedImage(), decoded);
    QVERIFY(changed > decoded.width() * decoded.height() / 4);

    // The document itself is untouched: the decoded picture is still what the bytes decode to.
    const QImage fromBytes = DocumentCheck::decodeImage(m_front, QStringLiteral("front.jpg")).value();
    QCOMPARE(differingPixels(front->decodedImage(), fromBytes.convertToFormat(QImage::Format_RGB32)), 0);
    QCOMPARE(view.documents().at(0).content, m_front);
    // The other pane is not adjusted.
    QCOMPARE(view.pane(1)->brightness(), 0);
    QCOMPARE(view.pane(1)->displayedImage(), view.pane(1)->decodedImage());
}

void TestImageCompareView::watermarkIsInTheRenderedPicture()
{
    ImageCompareView &view = *m_view;
    QSignalSpy settled(&view, &ImageCompareView::allSettledChanged);
    view.setDocuments(idPair(QStringLiteral("review:5")));
    QTRY_COMPARE(settled.count(), 1);
    DocumentViewer *front = view.pane(0);
    QGraphicsView *frontView = viewOf(front);
    QCOMPARE(front->watermarkText(), QStringLiteral("reviewer01 \u00B7 2026-12-06 09:30"));

    const QImage marked = frontView->viewport()->grab().toImage();
    view.setWatermarkLogin(QString());
    QVERIFY(front->watermarkText().isEmpty());
    const QImage plain = frontView->viewport()->grab().toImage();
    view.setWatermarkLogin(QStringLiteral("someone.else"));
    const QImage other = frontView->viewport()->grab().toImage();

    // The watermark changes what is on screen, faintly: many pixels, each by a little.
    const int marks = differingPixels(marked, plain);
    QVERIFY2(marks > 2000, qPrintable(QString::number(marks)));
    QVERIFY(differingPixels(marked, other) > 500); // the login is in it
    int strongest = 0;
    for (int y = 0; y < marked.height(); ++y)
        for (int x = 0; x < marked.width(); ++x)
            strongest = std::max(strongest, std::abs(qGray(marked.pixel(x, y)) - qGray(plain.pixel(x, y))));
    QVERIFY2(strongest < 90, qPrintable(QString::number(strongest))); // faint, the document stays readable

    // The text drawn is the login and the time: the same pattern painted by hand over the plain render matches.
    QImage expected = plain.convertToFormat(QImage::Format_RGB32);
    {
        QPainter p(&expected);
        DocumentViewer::paintWatermark(p, expected.rect(), QStringLiteral("reviewer01 \u00B7 2026-12-06 09:30"));
    }
    QVERIFY(differingPixels(expected, marked) < marks / 10);

    // Only on screen: the decoded picture carries none.
    const QImage fromBytes = DocumentCheck::decodeImage(m_front, QStringLiteral("front.jpg")).value();
    QCOMPARE(differingPixels(front->decodedImage(), fromBytes.convertToFormat(QImage::Format_RGB32)), 0);

    // The magnifier shows it too.
    view.setWatermarkLogin(QStringLiteral("reviewer01"));
    front->setMagnifierEnabled(true);
    auto *lens = front->findChild<QWidget *>(QStringLiteral("documentMagnifier"));
    const QImage lensMarked = lens->grab().toImage();
    view.setWatermarkLogin(QString());
    QVERIFY(differingPixels(lens->grab().toImage(), lensMarked) > 200);
}

void TestImageCompareView::prefetchedPairIsShownAtOnce()
{
    ImageCompareView &view = *m_view;
    QSignalSpy settled(&view, &ImageCompareView::allSettledChanged);
    view.setDocuments(idPair(QStringLiteral("review:6")));
    QTRY_COMPARE(settled.count(), 1);

    // The next request's pictures come through loaders (as from the database); record where they run.
    QMutex mutex;
    QList<QThread *> loaderThreads;
    const QByteArray licence = pngPicture(1200, 800, QColor(200, 60, 60));
    const QByteArray agentId = pngPicture(900, 600, QColor(60, 60, 200));
    auto loaderFor = [&mutex, &loaderThreads](QByteArray bytes) {
        return [&mutex, &loaderThreads, bytes]() -> Result<QByteArray> {
            QMutexLocker lock(&mutex);
            loaderThreads.append(QThread::currentThread());
            return bytes;
        };
    };
    const QVector<CompareDocument> next = {
        {QStringLiteral("review:7/licence"),
         QStringLiteral("Business licence"),
         QStringLiteral("licence.png"),
         {},
         loaderFor(licence)},
        {QStringLiteral("review:7/agent_front"),
         QStringLiteral("Agent's ID front"),
         QStringLiteral("agent.png"),
         {},
         loaderFor(agentId)},
    };
    const int guiDecodesBefore = ImagePrefetcher::decodesOnGuiThread();
    view.prefetch(next);
    ImagePrefetcher *prefetcher = view.prefetcher();
    QTRY_VERIFY(prefetcher->isReady(QStringLiteral("review:7/licence")) &&
                prefetcher->isReady(QStringLiteral("review:7/agent_front")));
    // The pictures on screen stay available while the next ones are decoded.
    QVERIFY(prefetcher->isReady(QStringLiteral("review:6/id_front")));

    // "Next": both pictures are on screen when setDocuments returns, without the event loop running.
    QSignalSpy opened(&view, &ImageCompareView::documentShown);
    const int decodes = prefetcher->decodeCount();
    view.setDocuments(next);
    QVERIFY(view.allSettled());
    QCOMPARE(settled.count(), 2);
    QVERIFY(view.pane(0)->isImageShown());
    QVERIFY(view.pane(1)->isImageShown());
    QCOMPARE(view.pane(0)->imageSize(), QSize(1200, 800));
    QCOMPARE(view.pane(1)->imageSize(), QSize(900, 600));
    QCOMPARE(opened.count(), 2);
    QCOMPARE(prefetcher->decodeCount(), decodes);
    QCOMPARE(prefetcher->pendingCount(), 0);

    // No decode and no load ran on the GUI thread.
    QCOMPARE(ImagePrefetcher::decodesOnGuiThread(), guiDecodesBefore);
    QCOMPARE(loaderThreads.size(), 2);
    for (QThread *t : std::as_const(loaderThreads))
        QVERIFY(t != QCoreApplication::instance()->thread());

    // The previous request's pictures are let go; the ones on screen stay.
    QVERIFY(!prefetcher->contains(QStringLiteral("review:6/id_front")));
    QVERIFY(prefetcher->isReady(QStringLiteral("review:7/licence")));

    // Without prefetch the pictures arrive shortly after, through the event loop.
    view.setDocuments(idPair(QStringLiteral("review:8")));
    QVERIFY(!view.allSettled());
    QTRY_COMPARE(settled.count(), 3);
    QVERIFY(view.pane(0)->isImageShown() && view.pane(1)->isImageShown());
    QCOMPARE(ImagePrefetcher::decodesOnGuiThread(), guiDecodesBefore);
}

void TestImageCompareView::organizationRequestIsPrefetchedWhole()
{
    // An organization's request: licence, registry screenshot, two IDs front and back, letter, photo, ... nine
    // documents, and the next one as many: all of them stay decoded, so "next" shows every one at once.
    ImageCompareView &view = *m_view;
    auto request = [](int number) {
        QVector<CompareDocument> docs;
        for (int i = 0; i < 9; ++i) {
            docs.append({QStringLiteral("org:%1/%2").arg(number).arg(i), QStringLiteral("Document %1").arg(i + 1),
                         QStringLiteral("doc%1.png").arg(i),
                         pngPicture(300 + 10 * i, 200, QColor::fromHsv(40 * i, 120, 200))});
        }
        return docs;
    };
    QSignalSpy settled(&view, &ImageCompareView::allSettledChanged);
    view.setDocuments(request(1));
    QTRY_COMPARE(settled.count(), 1);
    QCOMPARE(view.count(), 9);
    test::saveScreenshot(&view, QStringLiteral("imagecompare-organization"));
    const QVector<CompareDocument> next = request(2);
    view.prefetch(next);
    QTRY_VERIFY(std::all_of(next.cbegin(), next.cend(),
                            [&view](const CompareDocument &d) { return view.prefetcher()->isReady(d.id); }));
    view.setDocuments(next);
    QVERIFY(view.allSettled());
    for (int i = 0; i < 9; ++i) {
        QVERIFY(view.pane(i)->isImageShown());
        QCOMPARE(view.pane(i)->imageSize(), QSize(300 + 10 * i, 200));
    }
    // Two documents without ids: the extra panes go, and the pictures are shown (they cannot be prefetched).
    QVector<CompareDocument> anonymous = idPair(QStringLiteral("ignored"));
    for (CompareDocument &d : anonymous)
        d.id.clear();
    view.setDocuments(anonymous);
    QCOMPARE(view.count(), 2);
    QVERIFY(!view.findChild<DocumentViewer *>(QStringLiteral("comparePane2")));
    QTRY_COMPARE(settled.count(), 3);
    QVERIFY(view.pane(0)->isImageShown() && view.pane(1)->isImageShown());
    QVERIFY(!view.documents().at(0).id.isEmpty());
    QVERIFY(view.documents().at(0).id != view.documents().at(1).id);

    // And a pair with ids again.
    view.setDocuments(idPair(QStringLiteral("review:10")));
    QTRY_COMPARE(settled.count(), 4);
}

void TestImageCompareView::damagedFileAndBombShowTheirReason()
{
    ImageCompareView &view = *m_view;
    QSignalSpy settled(&view, &ImageCompareView::allSettledChanged);
    QSignalSpy failed(&view, &ImageCompareView::documentFailed);
    const QByteArray cut = m_front.left(m_front.size() / 2);
    const QByteArray bomb = test::declaredSizePng(30000, 30000);
    auto loaderFails = []() -> Result<QByteArray> {
        return Error(Error::Code::ConnectionFailed, QStringLiteral("the server went away"));
    };
    view.setDocuments(
        {{QStringLiteral("r/cut"), QStringLiteral("ID card front"), QStringLiteral("cut.jpg"), cut},
         {QStringLiteral("r/bomb"), QStringLiteral("ID card back"), QStringLiteral("bomb.png"), bomb},
         {QStringLiteral("r/lost"), QStringLiteral("Licence"), QStringLiteral("lost.jpg"), {}, loaderFails}});
    QTRY_COMPARE(settled.count(), 1);
    QCOMPARE(failed.count(), 3);
    QHash<QString, QString> reasons;
    for (const auto &call : failed)
        reasons.insert(call.at(0).toString(), call.at(1).toString());
    QCOMPARE(reasons.value(QStringLiteral("r/cut")),
             DocumentCheck::check(cut, QStringLiteral("cut.jpg"), false).reason);
    QCOMPARE(reasons.value(QStringLiteral("r/bomb")),
             DocumentCheck::check(bomb, QStringLiteral("bomb.png"), false).reason);
    QVERIFY(reasons.value(QStringLiteral("r/bomb")).contains(QLatin1String("30000")));
    QCOMPARE(reasons.value(QStringLiteral("r/lost")), QStringLiteral("the server went away"));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!view.pane(i)->isImageShown());
        QVERIFY2(view.pane(i)->messageText().contains(reasons.value(view.documents().at(i).id)),
                 qPrintable(view.pane(i)->messageText()));
    }
    QCOMPARE(ImagePrefetcher::decodesOnGuiThread(), 0);
    test::saveScreenshot(&view, QStringLiteral("imagecompare-failures"));
}

void TestImageCompareView::keysAreInTheTooltipsAndTheHelp()
{
    ImageCompareView &view = *m_view;
    view.setDocuments(idPair(QStringLiteral("review:9")));
    DocumentViewer *pane = view.pane(0);
    const QList<QPair<QString, QString>> buttons = {
        {QStringLiteral("documentZoomIn"), QStringLiteral("Ctrl++")},
        {QStringLiteral("documentZoomOut"), QStringLiteral("Ctrl+-")},
        {QStringLiteral("documentFit"), QStringLiteral("F")},
        {QStringLiteral("documentActualSize"), QStringLiteral("1")},
        {QStringLiteral("documentRotateLeft"), QStringLiteral("L")},
        {QStringLiteral("documentRotateRight"), QStringLiteral("R")},
        {QStringLiteral("documentMagnifierButton"), QStringLiteral("M")},
        {QStringLiteral("documentBrighter"), QStringLiteral("B")},
        {QStringLiteral("documentDarker"), QStringLiteral("Shift+B")},
        {QStringLiteral("documentMoreContrast"), QStringLiteral("C")},
        {QStringLiteral("documentLessContrast"), QStringLiteral("Shift+C")},
        {QStringLiteral("documentResetAdjustments"), QStringLiteral("X")},
    };
    for (const auto &[name, key] : buttons) {
        auto *button = pane->findChild<QToolButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->toolTip().contains(key), qPrintable(name + QStringLiteral(": ") + button->toolTip()));
    }
    QVERIFY(view.findChild<QToolButton *>(QStringLiteral("compareLayout"))->toolTip().contains(QLatin1String("S")));
    QVERIFY(view.findChild<QToolButton *>(QStringLiteral("compareNext"))->toolTip().contains(QLatin1String("N")));
    QVERIFY(view.findChild<QToolButton *>(QStringLiteral("comparePrevious"))->toolTip().contains(QLatin1String("P")));
    QVERIFY(
        view.findChild<QToolButton *>(QStringLiteral("compareHelpButton"))->toolTip().contains(QLatin1String("F1")));

    // F1 shows every key; Escape or F1 hides it.
    auto *help = view.findChild<QLabel *>(QStringLiteral("imageCompareHelp"));
    QVERIFY(help);
    QVERIFY(!help->isVisible());
    QTest::keyClick(viewOf(pane), Qt::Key_F1);
    QVERIFY(help->isVisible());
    for (const QString &key : {QStringLiteral("Shift+B"), QStringLiteral("Shift+C"), QStringLiteral("M"),
                               QStringLiteral("X"), QStringLiteral("S"), QStringLiteral("F1")})
        QVERIFY2(help->text().contains(QStringLiteral("<b>") + key) || help->text().contains(key), qPrintable(key));
    test::saveScreenshot(&view, QStringLiteral("imagecompare-help"));
    QTest::keyClick(viewOf(pane), Qt::Key_Escape);
    QVERIFY(!help->isVisible());
}

QTEST_MAIN(TestImageCompareView)
#include "tst_imagecompareview.moc"
