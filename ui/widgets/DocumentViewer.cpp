#include "widgets/DocumentViewer.h"

#include "domain/DocumentCheck.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QSignalBlocker>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace desk {

// The picture area: a graphics view that hands the viewer's keys and Ctrl+wheel to the viewer and otherwise
// scrolls and drags like any view.
class DocumentView : public QGraphicsView
{
public:
    DocumentView(QGraphicsScene *scene, DocumentViewer *viewer) : QGraphicsView(scene, viewer), m_viewer(viewer)
    {
        setObjectName(QStringLiteral("documentView"));
        setDragMode(QGraphicsView::ScrollHandDrag);
        setTransformationAnchor(QGraphicsView::AnchorViewCenter);
        setResizeAnchor(QGraphicsView::AnchorViewCenter);
        setRenderHint(QPainter::SmoothPixmapTransform);
        setBackgroundBrush(QColor(58, 58, 58));
        setFrameShape(QFrame::NoFrame);
        setAlignment(Qt::AlignCenter);
        setFocusPolicy(Qt::StrongFocus);
        viewport()->setMouseTracking(true);
    }

protected:
    void drawForeground(QPainter *painter, const QRectF &) override
    {
        if (!m_viewer->m_imageShown)
            return;
        const QString text = m_viewer->watermarkText();
        if (text.isEmpty())
            return;
        painter->save();
        painter->resetTransform(); // viewport coordinates: the pattern does not turn or grow with the picture
        DocumentViewer::paintWatermark(*painter, viewport()->rect(), text);
        painter->restore();
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        QGraphicsView::mouseMoveEvent(event);
        m_viewer->mouseMovedInView(event->position().toPoint());
    }

    void leaveEvent(QEvent *event) override
    {
        QGraphicsView::leaveEvent(event);
        m_viewer->mouseLeftView();
    }

    void scrollContentsBy(int dx, int dy) override
    {
        QGraphicsView::scrollContentsBy(dx, dy);
        m_viewer->placeMagnifier();
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (!m_viewer->handleKey(event))
            QGraphicsView::keyPressEvent(event);
    }

    void wheelEvent(QWheelEvent *event) override
    {
        if (!(event->modifiers() & Qt::ControlModifier)) {
            QGraphicsView::wheelEvent(event);
            return;
        }
        const int delta = event->angleDelta().y();
        if (delta != 0) {
            setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
            if (delta > 0)
                m_viewer->zoomIn();
            else
                m_viewer->zoomOut();
            setTransformationAnchor(QGraphicsView::AnchorViewCenter);
        }
        event->accept();
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QGraphicsView::resizeEvent(event);
        m_viewer->viewResized();
    }

private:
    DocumentViewer *m_viewer;
};

// The picture in the scene: a QImage painted as it is, so showing a decoded picture needs no conversion to a
// pixmap on the GUI thread.
class DocumentImageItem : public QGraphicsItem
{
public:
    void setImage(const QImage &image)
    {
        prepareGeometryChange();
        m_image = image;
        update();
    }
    const QImage &image() const { return m_image; }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), QSizeF(m_image.size())); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (m_image.isNull())
            return;
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(QPointF(0, 0), m_image);
    }

private:
    QImage m_image;
};

// The magnifier: a square over the picture area, centred on the cursor, showing what lies under it
// kMagnification times larger than on screen, with the watermark. Mouse events go through it to the picture.
class MagnifierLens : public QWidget
{
public:
    MagnifierLens(DocumentViewer *viewer, QWidget *parent) : QWidget(parent), m_viewer(viewer)
    {
        setObjectName(QStringLiteral("documentMagnifier"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFixedSize(DocumentViewer::kMagnifierSize, DocumentViewer::kMagnifierSize);
        hide();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), QColor(58, 58, 58));
        const QImage &image = m_viewer->m_item->image();
        if (!image.isNull()) {
            const QPointF center = QPointF(width() / 2.0, height() / 2.0);
            // The picture point under the lens centre, in scene (= picture) coordinates.
            const QPointF scenePoint = m_viewer->m_view->mapToScene(geometry().center());
            p.save();
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.translate(center);
            p.scale(DocumentViewer::kMagnification, DocumentViewer::kMagnification);
            p.setWorldTransform(m_viewer->m_view->transform(), true);
            p.translate(-scenePoint);
            p.drawImage(QPointF(0, 0), image);
            p.restore();
            DocumentViewer::paintWatermark(p, rect(), m_viewer->watermarkText());
        }
        p.setPen(QPen(QColor(255, 196, 0), 2));
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }

private:
    DocumentViewer *m_viewer;
};

namespace {

// Brightness adds up to +/-255 * b/100; contrast stretches or squeezes around the middle grey.
QImage adjusted(const QImage &source, int brightness, int contrast)
{
    const double c = contrast * 2.55;
    const double factor = (259.0 * (c + 255.0)) / (255.0 * (259.0 - c));
    const double shift = brightness * 2.55;
    uchar lut[256];
    for (int v = 0; v < 256; ++v)
        lut[v] = uchar(std::clamp(int(std::lround(factor * (v - 128) + 128 + shift)), 0, 255));
    QImage out = source.convertToFormat(source.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    for (int y = 0; y < out.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x) {
            const QRgb px = line[x];
            line[x] = qRgba(lut[qRed(px)], lut[qGreen(px)], lut[qBlue(px)], qAlpha(px));
        }
    }
    if (out.hasAlphaChannel())
        out.convertTo(QImage::Format_ARGB32_Premultiplied);
    return out;
}

QToolButton *toolButton(const QString &objectName, const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // the keys stay with the picture
    return button;
}

// A file name safe to create in the temporary folder, ending in .pdf.
QString safePdfName(const QString &fileName, int index)
{
    QString name;
    for (const QChar c : fileName) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_'))
            name.append(c);
        else
            name.append(QLatin1Char('_'));
    }
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("document");
    if (!name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        name.append(QLatin1String(".pdf"));
    return QString::number(index + 1) + QLatin1Char('-') + name.left(120);
}

bool isPdf(const ViewerDocument &doc)
{
    return DocumentCheck::sniffMimeType(doc.content) == QLatin1String("application/pdf");
}

} // namespace

DocumentViewer::DocumentViewer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("documentViewer"));
    setFocusPolicy(Qt::StrongFocus);
    m_pool.setMaxThreadCount(1);
    m_ownPrefetcher = new ImagePrefetcher(this);
    m_prefetcher = m_ownPrefetcher;
    connect(m_prefetcher, &ImagePrefetcher::finished, this, &DocumentViewer::prefetched);

    m_previousButton =
        toolButton(QStringLiteral("documentPrevious"), QString(), tr("Previous document (PageUp, P)"), this);
    m_previousButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_nextButton = toolButton(QStringLiteral("documentNext"), QString(), tr("Next document (PageDown, N)"), this);
    m_nextButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("documentPosition"));
    m_infoLabel = new QLabel(this);
    m_infoLabel->setObjectName(QStringLiteral("documentInfo"));
    m_infoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Shrinks before the buttons do, so that two or three viewers fit side by side.
    m_infoLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_zoomOutButton =
        toolButton(QStringLiteral("documentZoomOut"), QStringLiteral("\u2212"), tr("Zoom out (Ctrl+-)"), this);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("documentZoom"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("8888 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomInButton = toolButton(QStringLiteral("documentZoomIn"), QStringLiteral("+"), tr("Zoom in (Ctrl++)"), this);
    m_fitButton = toolButton(QStringLiteral("documentFit"), tr("Fit"), tr("Fit to window (F, Ctrl+0)"), this);
    m_actualButton = toolButton(QStringLiteral("documentActualSize"), tr("1:1"), tr("Actual size (1)"), this);
    m_rotateLeftButton = toolButton(QStringLiteral("documentRotateLeft"), QStringLiteral("\u27F2"),
                                    tr("Rotate left (Shift+R, L)"), this);
    m_rotateRightButton = toolButton(QStringLiteral("documentRotateRight"), QStringLiteral("\u27F3"),
                                     tr("Rotate right (R)"), this);
    m_magnifierButton = toolButton(QStringLiteral("documentMagnifierButton"), QStringLiteral("\u2315"),
                                   tr("Magnifier under the cursor (M)"), this);
    m_magnifierButton->setCheckable(true);
    m_darkerButton =
        toolButton(QStringLiteral("documentDarker"), QStringLiteral("\u2600\u2212"), tr("Darker (Shift+B)"), this);
    m_brighterButton = toolButton(QStringLiteral("documentBrighter"), QStringLiteral("\u2600+"), tr("Brighter (B)"),
                                  this);
    m_lessContrastButton = toolButton(QStringLiteral("documentLessContrast"), QStringLiteral("\u25D0\u2212"),
                                      tr("Less contrast (Shift+C)"), this);
    m_moreContrastButton = toolButton(QStringLiteral("documentMoreContrast"), QStringLiteral("\u25D0+"),
                                      tr("More contrast (C)"), this);
    m_resetAdjustButton = toolButton(QStringLiteral("documentResetAdjustments"), QStringLiteral("\u25CC"),
                                     tr("Reset brightness and contrast (X)"), this);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_previousButton);
    bar->addWidget(m_positionLabel);
    bar->addWidget(m_nextButton);
    bar->addSpacing(12);
    bar->addWidget(m_infoLabel, 1);
    bar->addWidget(m_zoomOutButton);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomInButton);
    bar->addWidget(m_fitButton);
    bar->addWidget(m_actualButton);
    bar->addWidget(m_rotateLeftButton);
    bar->addWidget(m_rotateRightButton);
    bar->addSpacing(6);
    bar->addWidget(m_magnifierButton);
    bar->addWidget(m_darkerButton);
    bar->addWidget(m_brighterButton);
    bar->addWidget(m_lessContrastButton);
    bar->addWidget(m_moreContrastButton);
    bar->addWidget(m_resetAdjustButton);

    m_scene = new QGraphicsScene(this);
    m_item = new DocumentImageItem;
    m_scene->addItem(m_item);
    m_view = new DocumentView(m_scene, this);
    m_magnifier = new MagnifierLens(this, m_view->viewport());

    m_messagePage = new QWidget(this);
    m_messageLabel = new QLabel(m_messagePage);
    m_messageLabel->setObjectName(QStringLiteral("documentMessage"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openButton = new QPushButton(tr("Open in PDF viewer"), m_messagePage);
    m_openButton->setObjectName(QStringLiteral("documentOpenExternally"));
    m_openButton->setToolTip(tr("Saves the document to a private temporary folder and opens it with the "
                                "system's PDF viewer"));
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_messageLabel);
    messageLayout->addWidget(m_openButton, 0, Qt::AlignHCenter);
    messageLayout->addStretch(1);
    m_messagePage->setFocusPolicy(Qt::StrongFocus);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_messagePage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_previousButton, &QToolButton::clicked, this, &DocumentViewer::previous);
    connect(m_nextButton, &QToolButton::clicked, this, &DocumentViewer::next);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &DocumentViewer::zoomOut);
    connect(m_zoomInButton, &QToolButton::clicked, this, &DocumentViewer::zoomIn);
    connect(m_fitButton, &QToolButton::clicked, this, &DocumentViewer::fitToWindow);
    connect(m_actualButton, &QToolButton::clicked, this, &DocumentViewer::actualSize);
    connect(m_rotateLeftButton, &QToolButton::clicked, this, &DocumentViewer::rotateLeft);
    connect(m_rotateRightButton, &QToolButton::clicked, this, &DocumentViewer::rotateRight);
    connect(m_openButton, &QPushButton::clicked, this, &DocumentViewer::openExternally);
    connect(m_magnifierButton, &QToolButton::toggled, this, &DocumentViewer::setMagnifierEnabled);
    connect(m_darkerButton, &QToolButton::clicked, this, &DocumentViewer::darker);
    connect(m_brighterButton, &QToolButton::clicked, this, &DocumentViewer::brighter);
    connect(m_lessContrastButton, &QToolButton::clicked, this, &DocumentViewer::lessContrast);
    connect(m_moreContrastButton, &QToolButton::clicked, this, &DocumentViewer::moreContrast);
    connect(m_resetAdjustButton, &QToolButton::clicked, this, &DocumentViewer::resetAdjustments);

    // The time in the watermark moves on while a picture stays on screen.
    m_watermarkTimer = new QTimer(this);
    m_watermarkTimer->setInterval(30 * 1000);
    connect(m_watermarkTimer, &QTimer::timeout, this, [this] {
        m_view->viewport()->update();
        m_magnifier->update();
    });

    showCurrent();
}

DocumentViewer::~DocumentViewer()
{
    // A queued adjustment is not started; a running one finishes (it touches nothing of the viewer) and is dropped.
    m_pool.clear();
    m_pool.waitForDone();
}

void DocumentViewer::setPrefetcher(ImagePrefetcher *prefetcher)
{
    ImagePrefetcher *wanted = prefetcher ? prefetcher : m_ownPrefetcher;
    if (wanted == m_prefetcher)
        return;
    disconnect(m_prefetcher, &ImagePrefetcher::finished, this, &DocumentViewer::prefetched);
    m_prefetcher = wanted;
    connect(m_prefetcher, &ImagePrefetcher::finished, this, &DocumentViewer::prefetched);
    showCurrent();
}

void DocumentViewer::setNavigationVisible(bool visible)
{
    m_navigationVisible = visible;
    m_previousButton->setVisible(visible);
    m_nextButton->setVisible(visible);
    updateLabels();
}

void DocumentViewer::setDocuments(const QVector<ViewerDocument> &documents)
{
    m_documents = documents;
    m_rotations = QVector<int>(m_documents.size(), 0);
    m_current = m_documents.isEmpty() ? -1 : 0;
    ++m_listGeneration;
    if (m_prefetcher == m_ownPrefetcher) {
        QStringList keys;
        for (int i = 0; i < count(); ++i)
            keys.append(keyFor(i));
        m_prefetcher->retainOnly(keys); // the previous list's pictures go with it
    }
    m_brightness = 0;
    m_contrast = 0;
    m_tempDir.reset(); // files saved for the previous list go with it
    showCurrent();
    Q_EMIT currentChanged(m_current);
}

void DocumentViewer::setCurrentIndex(int index)
{
    if (index < 0 || index >= count() || index == m_current)
        return;
    m_current = index;
    showCurrent();
    Q_EMIT currentChanged(m_current);
}

void DocumentViewer::next()
{
    if (m_current + 1 < count())
        setCurrentIndex(m_current + 1);
}

void DocumentViewer::previous()
{
    if (m_current > 0)
        setCurrentIndex(m_current - 1);
}

bool DocumentViewer::isImageShown() const
{
    return m_imageShown;
}

QString DocumentViewer::messageText() const
{
    return m_imageShown ? QString() : m_messageLabel->text();
}

QSize DocumentViewer::imageSize() const
{
    if (!m_imageShown)
        return {};
    const QSize size = m_item->image().size();
    return (m_rotation % 180 == 0) ? size : size.transposed();
}

void DocumentViewer::setExternalOpener(ExternalOpener opener)
{
    m_opener = std::move(opener);
}

QString DocumentViewer::keyFor(int index) const
{
    const ViewerDocument &doc = m_documents.at(index);
    if (!doc.id.isEmpty())
        return doc.id;
    // Unique to this viewer and this list, so a shared prefetcher never mixes two viewers' documents up.
    return QStringLiteral("viewer:%1:%2:%3").arg(quintptr(this), 0, 16).arg(m_listGeneration).arg(index);
}

ImagePrefetcher::Source DocumentViewer::sourceFor(int index) const
{
    const ViewerDocument &doc = m_documents.at(index);
    return {keyFor(index), doc.fileName, doc.content, doc.loader};
}

void DocumentViewer::showCurrent()
{
    ++m_generation; // an adjustment still running is for a document no longer shown
    m_imageShown = false;
    m_adjusting = false;
    m_shownKey.clear();
    ImagePrefetcher::releaseLater(std::move(m_decoded));
    m_decoded = QImage();
    ImagePrefetcher::releaseLater(m_item->image());
    m_item->setImage(QImage());
    m_scene->setSceneRect(QRectF());
    m_fit = true;
    m_rotation = (m_current >= 0) ? m_rotations.value(m_current) : 0;
    m_view->resetTransform();
    m_zoom = 1.0;
    m_watermarkTimer->stop();
    placeMagnifier();
    updateLabels();
    updateButtons();

    if (m_current < 0) {
        showMessage(tr("No documents."), false);
        return;
    }
    const ViewerDocument &doc = m_documents.at(m_current);
    if (isPdf(doc)) {
        showMessage(tr("PDF document \u2014 open externally\n\u201C%1\u201D, %2")
                        .arg(doc.fileName, QLocale().formattedDataSize(doc.content.size())),
                    true);
        prefetchNext();
        return;
    }
    const QString key = keyFor(m_current);
    if (m_prefetcher->isReady(key)) {
        m_prefetcher->request(sourceFor(m_current)); // marks it recently used
        showDecoded(key);
    } else {
        showMessage(tr("Loading \u201C%1\u201D\u2026").arg(doc.fileName), false);
        m_prefetcher->request(sourceFor(m_current));
    }
    prefetchNext();
}

void DocumentViewer::prefetchNext()
{
    const int next = m_current + 1;
    if (next > 0 && next < count() && !isPdf(m_documents.at(next)))
        m_prefetcher->request(sourceFor(next));
}

void DocumentViewer::prefetched(const QString &id)
{
    if (m_current < 0 || m_shownKey == id || id != keyFor(m_current) || isPdf(m_documents.at(m_current)))
        return; // not the document on screen, or already shown
    showDecoded(id);
}

void DocumentViewer::showDecoded(const QString &id)
{
    m_shownKey = id;
    const QString error = m_prefetcher->error(id);
    if (!error.isEmpty()) {
        showMessage(tr("This document cannot be shown.\n%1").arg(error), false);
        Q_EMIT documentFailed(m_current, error);
        return;
    }
    m_decoded = m_prefetcher->image(id);
    m_item->setImage(m_decoded);
    m_scene->setSceneRect(m_item->boundingRect());
    const bool hadFocus = m_messagePage->hasFocus();
    m_stack->setCurrentWidget(m_view);
    if (hadFocus)
        m_view->setFocus();
    m_imageShown = true;
    applyTransform();
    updateButtons();
    if (!m_watermarkLogin.isEmpty())
        m_watermarkTimer->start();
    if (m_brightness != 0 || m_contrast != 0)
        applyAdjustments();
    placeMagnifier();
    Q_EMIT imageShown(m_current);
}

QImage DocumentViewer::displayedImage() const
{
    return m_imageShown ? m_item->image() : QImage();
}

void DocumentViewer::setBrightness(int brightness)
{
    brightness = std::clamp(brightness, -100, 100);
    if (brightness == m_brightness)
        return;
    m_brightness = brightness;
    Q_EMIT adjustmentsChanged(m_brightness, m_contrast);
    applyAdjustments();
}

void DocumentViewer::setContrast(int contrast)
{
    contrast = std::clamp(contrast, -100, 100);
    if (contrast == m_contrast)
        return;
    m_contrast = contrast;
    Q_EMIT adjustmentsChanged(m_brightness, m_contrast);
    applyAdjustments();
}

void DocumentViewer::resetAdjustments()
{
    if (m_brightness == 0 && m_contrast == 0)
        return;
    m_brightness = 0;
    m_contrast = 0;
    Q_EMIT adjustmentsChanged(0, 0);
    applyAdjustments();
}

void DocumentViewer::applyAdjustments()
{
    updateLabels();
    if (!m_imageShown)
        return; // applied when the picture arrives
    const quint64 ticket = ++m_adjustGeneration;
    if (m_brightness == 0 && m_contrast == 0) {
        m_adjusting = false;
        m_item->setImage(m_decoded);
        m_magnifier->update();
        Q_EMIT adjustmentsApplied();
        return;
    }
    m_adjusting = true;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket, generation] {
        const QImage image = watcher->result();
        watcher->deleteLater();
        if (ticket != m_adjustGeneration || generation != m_generation)
            return; // asked again since, or another document
        m_adjusting = false;
        m_item->setImage(image);
        m_magnifier->update();
        Q_EMIT adjustmentsApplied();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [image = m_decoded, b = m_brightness, c = m_contrast] {
        return adjusted(image, b, c);
    }));
}

void DocumentViewer::setWatermarkLogin(const QString &login)
{
    m_watermarkLogin = login.trimmed();
    if (m_watermarkLogin.isEmpty())
        m_watermarkTimer->stop();
    else if (m_imageShown)
        m_watermarkTimer->start();
    m_view->viewport()->update();
    m_magnifier->update();
}

void DocumentViewer::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_view->viewport()->update();
}

QString DocumentViewer::watermarkText() const
{
    if (m_watermarkLogin.isEmpty())
        return {};
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTime();
    return m_watermarkLogin + QStringLiteral(" \u00B7 ") + now.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

namespace {

// The watermark pattern for an area of `size`, drawn once and then reused: rotated text is slow to draw (each glyph
// a path), and a picture area repaints often while the reviewer pans, zooms and moves the magnifier. GUI thread only.
QImage watermarkOverlay(const QSize &size, const QString &text)
{
    struct Cached
    {
        QSize size;
        QString text;
        QImage overlay;
    };
    static QVector<Cached> cache; // a few areas: the viewers on screen and their magnifiers
    for (const Cached &c : std::as_const(cache)) {
        if (c.size == size && c.text == text)
            return c.overlay;
    }
    QImage overlay(size, QImage::Format_ARGB32_Premultiplied);
    overlay.fill(Qt::transparent);
    QPainter painter(&overlay);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font = painter.font();
    font.setPixelSize(15);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int stepX = metrics.horizontalAdvance(text) + 80;
    const int stepY = 90;
    painter.translate(QRectF(QPointF(0, 0), QSizeF(size)).center());
    painter.rotate(-30);
    const int reach = int(std::hypot(size.width(), size.height()) / 2) + stepX;
    // Light text with a dark edge: faint on any background, a dark ID photo or a white licence.
    for (int y = -reach, row = 0; y <= reach; y += stepY, ++row) {
        for (int x = -reach + (row % 2) * stepX / 2; x <= reach; x += stepX) {
            painter.setPen(QColor(0, 0, 0, 40));
            painter.drawText(QPoint(x + 1, y + 1), text);
            painter.setPen(QColor(255, 255, 255, 70));
            painter.drawText(QPoint(x, y), text);
        }
    }
    painter.end();
    if (cache.size() >= 8)
        cache.removeFirst();
    cache.append({size, text, overlay});
    return overlay;
}

} // namespace

void DocumentViewer::paintWatermark(QPainter &painter, const QRect &area, const QString &text)
{
    if (text.isEmpty() || area.isEmpty())
        return;
    painter.drawImage(area.topLeft(), watermarkOverlay(area.size(), text));
}

void DocumentViewer::setMagnifierEnabled(bool enabled)
{
    if (enabled == m_magnifierEnabled)
        return;
    m_magnifierEnabled = enabled;
    {
        const QSignalBlocker blocker(m_magnifierButton);
        m_magnifierButton->setChecked(enabled);
    }
    placeMagnifier();
    Q_EMIT magnifierToggled(enabled);
}

void DocumentViewer::toggleMagnifier()
{
    setMagnifierEnabled(!m_magnifierEnabled);
}

bool DocumentViewer::isMagnifierVisible() const
{
    return m_magnifier->isVisible();
}

QPoint DocumentViewer::magnifierCenter() const
{
    return m_magnifier->geometry().center();
}

void DocumentViewer::mouseMovedInView(const QPoint &pos)
{
    m_cursor = pos;
    placeMagnifier();
}

void DocumentViewer::mouseLeftView()
{
    m_cursor = QPoint(-1, -1);
    placeMagnifier();
}

void DocumentViewer::placeMagnifier()
{
    if (!m_magnifier)
        return;
    if (!m_magnifierEnabled || !m_imageShown) {
        m_magnifier->hide();
        return;
    }
    const QRect area = m_view->viewport()->rect();
    // Under the cursor; in the middle when the magnifier was switched on with the keyboard and the cursor is
    // elsewhere.
    const QPoint at = area.contains(m_cursor) ? m_cursor : area.center();
    QRect geometry(QPoint(0, 0), m_magnifier->size());
    geometry.moveCenter(at);
    m_magnifier->setGeometry(geometry);
    m_magnifier->show();
    m_magnifier->raise();
    m_magnifier->update();
}

void DocumentViewer::showMessage(const QString &text, bool offerOpen)
{
    const bool hadFocus = m_view->hasFocus();
    m_messageLabel->setText(text);
    m_openButton->setVisible(offerOpen);
    m_stack->setCurrentWidget(m_messagePage);
    if (hadFocus)
        m_messagePage->setFocus();
}

double DocumentViewer::fitZoom() const
{
    const QSize image = imageSize();
    if (!image.isValid() || image.isEmpty())
        return 1.0;
    const QSize room = m_view->viewport()->size() - QSize(8, 8);
    if (room.width() <= 0 || room.height() <= 0)
        return 1.0;
    const double fit = std::min(double(room.width()) / image.width(), double(room.height()) / image.height());
    // Fit shrinks a large picture; a small one is not blown up past its actual size.
    return std::clamp(fit, kMinZoom, 1.0);
}

void DocumentViewer::applyTransform()
{
    const double before = m_zoom;
    if (m_fit)
        m_zoom = fitZoom();
    // Fitted, the picture needs no scroll bars; and a scroll bar that appears would shrink the room it was fitted to.
    const Qt::ScrollBarPolicy bars = m_fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    m_view->setHorizontalScrollBarPolicy(bars);
    m_view->setVerticalScrollBarPolicy(bars);
    if (m_fit)
        m_zoom = fitZoom(); // the room may have grown by the scroll bars just hidden
    QTransform transform;
    transform.rotate(m_rotation);
    transform.scale(m_zoom, m_zoom);
    m_view->setTransform(transform);
    if (m_fit)
        m_view->centerOn(m_item);
    m_magnifier->update();
    updateLabels();
    if (!qFuzzyCompare(before, m_zoom))
        Q_EMIT zoomChanged(m_zoom);
}

void DocumentViewer::updateLabels()
{
    if (m_current < 0) {
        m_positionLabel->setText(tr("0 / 0"));
        m_infoLabel->clear();
        m_zoomLabel->clear();
        return;
    }
    const ViewerDocument &doc = m_documents.at(m_current);
    if (m_navigationVisible)
        m_positionLabel->setText(tr("%1 / %2 %3").arg(m_current + 1).arg(count()).arg(doc.title));
    else
        m_positionLabel->setText(doc.title);
    QString mime = doc.mimeType;
    if (mime.isEmpty())
        mime = DocumentCheck::sniffMimeType(doc.content);
    if (mime.isEmpty())
        mime = tr("unknown type");
    m_infoLabel->setText(
        tr("%1 \u00B7 %2 \u00B7 %3").arg(doc.fileName, QLocale().formattedDataSize(doc.content.size()), mime));
    m_zoomLabel->setText(m_imageShown ? tr("%1 %").arg(qRound(m_zoom * 100)) : QString());
    QString adjustments;
    if (m_brightness != 0)
        adjustments += tr("Brightness %1").arg(m_brightness > 0 ? QStringLiteral("+%1").arg(m_brightness)
                                                                 : QString::number(m_brightness));
    if (m_contrast != 0) {
        if (!adjustments.isEmpty())
            adjustments += QStringLiteral(", ");
        adjustments += tr("contrast %1").arg(m_contrast > 0 ? QStringLiteral("+%1").arg(m_contrast)
                                                             : QString::number(m_contrast));
    }
    m_resetAdjustButton->setToolTip(adjustments.isEmpty()
                                        ? tr("Reset brightness and contrast (X)")
                                        : tr("Reset brightness and contrast (X): %1").arg(adjustments));
}

void DocumentViewer::updateButtons()
{
    m_previousButton->setEnabled(m_current > 0);
    m_nextButton->setEnabled(m_current + 1 < count());
    for (QToolButton *b : {m_zoomOutButton, m_zoomInButton, m_fitButton, m_actualButton, m_rotateLeftButton,
                           m_rotateRightButton, m_magnifierButton, m_darkerButton, m_brighterButton,
                           m_lessContrastButton, m_moreContrastButton, m_resetAdjustButton})
        b->setEnabled(m_imageShown);
}

void DocumentViewer::setZoom(double zoom)
{
    if (m_current < 0)
        return;
    const double before = m_zoom;
    m_fit = false;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    applyTransform();
    if (!qFuzzyCompare(before, m_zoom))
        Q_EMIT zoomChanged(m_zoom);
}

void DocumentViewer::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void DocumentViewer::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void DocumentViewer::fitToWindow()
{
    if (m_current < 0)
        return;
    m_fit = true;
    applyTransform();
}

void DocumentViewer::actualSize()
{
    setZoom(1.0);
}

void DocumentViewer::rotateRight()
{
    if (m_current < 0)
        return;
    m_rotation = (m_rotation + 90) % 360;
    m_rotations[m_current] = m_rotation;
    applyTransform();
    Q_EMIT rotationChanged(m_rotation);
}

void DocumentViewer::rotateLeft()
{
    if (m_current < 0)
        return;
    m_rotation = (m_rotation + 270) % 360;
    m_rotations[m_current] = m_rotation;
    applyTransform();
    Q_EMIT rotationChanged(m_rotation);
}

void DocumentViewer::pan(int dx, int dy)
{
    if (dx != 0)
        m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() + dx);
    if (dy != 0)
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + dy);
}

void DocumentViewer::viewResized()
{
    if (m_fit && m_imageShown)
        applyTransform();
}

bool DocumentViewer::openExternally()
{
    if (m_current < 0 || !isPdf(m_documents.at(m_current)))
        return false;
    const ViewerDocument &doc = m_documents.at(m_current);
    if (!m_tempDir) {
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/identitydesk-XXXXXX"));
        if (!m_tempDir->isValid()) {
            const QString error = m_tempDir->errorString();
            m_tempDir.reset();
            m_messageLabel->setText(tr("The PDF document cannot be saved for the PDF viewer: no temporary folder "
                                       "could be created (%1).")
                                        .arg(error));
            return false;
        }
    }
    const QString path = m_tempDir->filePath(safePdfName(doc.fileName, m_current));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(doc.content) != doc.content.size()) {
        m_messageLabel->setText(tr("The PDF document cannot be saved to %1: %2").arg(QDir::toNativeSeparators(path),
                                                                                      file.errorString()));
        return false;
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = m_opener ? m_opener(url) : QDesktopServices::openUrl(url);
    if (!opened) {
        m_messageLabel->setText(tr("No program to open PDF documents was found. The document is saved at %1.")
                                    .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    Q_EMIT openedExternally(path);
    return true;
}

QString DocumentViewer::keyHelp()
{
    const QList<QPair<QString, QString>> rows = {
        {tr("Ctrl++ / Ctrl+\u2212, Ctrl+wheel"), tr("Zoom in / out")},
        {tr("F, Ctrl+0"), tr("Fit to window")},
        {tr("1"), tr("Actual size")},
        {tr("R / Shift+R, L"), tr("Rotate right / left")},
        {tr("Arrow keys, drag"), tr("Pan")},
        {tr("M"), tr("Magnifier under the cursor")},
        {tr("B / Shift+B"), tr("Brighter / darker")},
        {tr("C / Shift+C"), tr("More / less contrast")},
        {tr("X"), tr("Reset brightness and contrast")},
        {tr("PageDown, N / PageUp, P"), tr("Next / previous document")},
    };
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    for (const auto &[keys, action] : rows)
        html +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), action.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

bool DocumentViewer::handleKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool plain = mods == Qt::NoModifier;
    const bool ctrl = mods.testFlag(Qt::ControlModifier);
    const bool shiftOnly = mods == Qt::ShiftModifier;
    constexpr int step = 60;

    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (ctrl) {
            zoomIn();
            return true;
        }
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        if (ctrl) {
            zoomOut();
            return true;
        }
        break;
    case Qt::Key_0:
        if (ctrl) {
            fitToWindow();
            return true;
        }
        break;
    case Qt::Key_F:
        if (plain) {
            fitToWindow();
            return true;
        }
        break;
    case Qt::Key_1:
        if (plain) {
            actualSize();
            return true;
        }
        break;
    case Qt::Key_R:
        if (plain) {
            rotateRight();
            return true;
        }
        if (shiftOnly) {
            rotateLeft();
            return true;
        }
        break;
    case Qt::Key_L:
        if (plain) {
            rotateLeft();
            return true;
        }
        break;
    case Qt::Key_M:
        if (plain) {
            toggleMagnifier();
            return true;
        }
        break;
    case Qt::Key_B:
        if (plain) {
            brighter();
            return true;
        }
        if (shiftOnly) {
            darker();
            return true;
        }
        break;
    case Qt::Key_C:
        if (plain) {
            moreContrast();
            return true;
        }
        if (shiftOnly) {
            lessContrast();
            return true;
        }
        break;
    case Qt::Key_X:
        if (plain) {
            resetAdjustments();
            return true;
        }
        break;
    case Qt::Key_PageDown:
    case Qt::Key_N:
        if (plain) {
            next();
            return true;
        }
        break;
    case Qt::Key_PageUp:
    case Qt::Key_P:
        if (plain) {
            previous();
            return true;
        }
        break;
    case Qt::Key_Left:
        if (plain) {
            pan(-step, 0);
            return true;
        }
        break;
    case Qt::Key_Right:
        if (plain) {
            pan(step, 0);
            return true;
        }
        break;
    case Qt::Key_Up:
        if (plain) {
            pan(0, -step);
            return true;
        }
        break;
    case Qt::Key_Down:
        if (plain) {
            pan(0, step);
            return true;
        }
        break;
    default:
        break;
    }
    return false;
}

void DocumentViewer::keyPressEvent(QKeyEvent *event)
{
    if (handleKey(event))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

void DocumentViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    viewResized();
}

void DocumentViewer::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    viewResized();
}

} // namespace desk
