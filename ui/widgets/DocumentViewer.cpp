#include "widgets/DocumentViewer.h"

#include "domain/DocumentCheck.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTemporaryDir>
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
    }

protected:
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

namespace {

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
    m_pool.setMaxThreadCount(2);

    m_previousButton = toolButton(QStringLiteral("documentPrevious"), QString(), tr("Previous document (PageUp, P)"), this);
    m_previousButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_nextButton = toolButton(QStringLiteral("documentNext"), QString(), tr("Next document (PageDown, N)"), this);
    m_nextButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("documentPosition"));
    m_infoLabel = new QLabel(this);
    m_infoLabel->setObjectName(QStringLiteral("documentInfo"));
    m_infoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_zoomOutButton = toolButton(QStringLiteral("documentZoomOut"), QStringLiteral("\u2212"), tr("Zoom out (Ctrl+-)"), this);
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

    m_scene = new QGraphicsScene(this);
    m_item = new QGraphicsPixmapItem;
    m_item->setTransformationMode(Qt::SmoothTransformation);
    m_scene->addItem(m_item);
    m_view = new DocumentView(m_scene, this);

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

    showCurrent();
}

DocumentViewer::~DocumentViewer()
{
    // Queued decodes are not started; a running one finishes (it touches nothing of the viewer) and is dropped.
    m_pool.clear();
    m_pool.waitForDone();
}

void DocumentViewer::setDocuments(const QVector<ViewerDocument> &documents)
{
    m_documents = documents;
    m_rotations = QVector<int>(m_documents.size(), 0);
    m_current = m_documents.isEmpty() ? -1 : 0;
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
    const QSize size = m_item->pixmap().size();
    return (m_rotation % 180 == 0) ? size : size.transposed();
}

void DocumentViewer::setExternalOpener(ExternalOpener opener)
{
    m_opener = std::move(opener);
}

void DocumentViewer::showCurrent()
{
    ++m_generation; // whatever is still decoding is for a document no longer shown
    m_imageShown = false;
    m_item->setPixmap(QPixmap());
    m_scene->setSceneRect(QRectF());
    m_fit = true;
    m_rotation = (m_current >= 0) ? m_rotations.value(m_current) : 0;
    m_view->resetTransform();
    m_zoom = 1.0;
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
        return;
    }
    showMessage(tr("Loading \u201C%1\u201D\u2026").arg(doc.fileName), false);
    startDecode(m_current);
}

void DocumentViewer::startDecode(int index)
{
    const ViewerDocument &doc = m_documents.at(index);
    const quint64 generation = m_generation;
    const QByteArray content = doc.content;
    const QString fileName = doc.fileName;

    auto *watcher = new QFutureWatcher<Decoded>(this);
    ++m_pendingDecodes;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        --m_pendingDecodes;
        const Decoded decoded = watcher->result();
        watcher->deleteLater();
        decodeFinished(decoded);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [generation, index, content, fileName] {
        Decoded d;
        d.generation = generation;
        d.index = index;
        Result<QImage> image = DocumentCheck::decodeImage(content, fileName);
        if (image.ok()) {
            d.image = std::move(image).value();
            // Converted here, so turning it into a pixmap on the GUI thread is a cheap hand-over.
            d.image.convertTo(d.image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
        } else {
            d.error = image.error().message;
        }
        return d;
    }));
}

void DocumentViewer::decodeFinished(const Decoded &decoded)
{
    if (decoded.generation != m_generation || decoded.index != m_current)
        return; // the reviewer has moved on
    if (!decoded.error.isEmpty()) {
        showMessage(tr("This document cannot be shown.\n%1").arg(decoded.error), false);
        Q_EMIT documentFailed(decoded.index, decoded.error);
        return;
    }
    m_item->setPixmap(QPixmap::fromImage(decoded.image));
    m_scene->setSceneRect(m_item->boundingRect());
    const bool hadFocus = m_messagePage->hasFocus();
    m_stack->setCurrentWidget(m_view);
    if (hadFocus)
        m_view->setFocus();
    m_imageShown = true;
    applyTransform();
    updateButtons();
    Q_EMIT imageShown(decoded.index);
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
    QTransform transform;
    transform.rotate(m_rotation);
    transform.scale(m_zoom, m_zoom);
    m_view->setTransform(transform);
    if (m_fit)
        m_view->centerOn(m_item);
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
    m_positionLabel->setText(tr("%1 / %2 %3").arg(m_current + 1).arg(count()).arg(doc.title));
    QString mime = doc.mimeType;
    if (mime.isEmpty())
        mime = DocumentCheck::sniffMimeType(doc.content);
    if (mime.isEmpty())
        mime = tr("unknown type");
    m_infoLabel->setText(
        tr("%1 \u00B7 %2 \u00B7 %3").arg(doc.fileName, QLocale().formattedDataSize(doc.content.size()), mime));
    m_zoomLabel->setText(m_imageShown ? tr("%1 %").arg(qRound(m_zoom * 100)) : QString());
}

void DocumentViewer::updateButtons()
{
    m_previousButton->setEnabled(m_current > 0);
    m_nextButton->setEnabled(m_current + 1 < count());
    for (QToolButton *b : {m_zoomOutButton, m_zoomInButton, m_fitButton, m_actualButton, m_rotateLeftButton,
                           m_rotateRightButton})
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
