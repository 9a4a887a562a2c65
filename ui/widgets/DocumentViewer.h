#pragma once

#include "widgets/ImagePrefetcher.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <QThreadPool>
#include <QUrl>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>

class QGraphicsScene;
class QLabel;
class QPainter;
class QPushButton;
class QStackedWidget;
class QTemporaryDir;
class QTimer;
class QToolButton;

namespace desk {

class DocumentImageItem;
class DocumentView;
class MagnifierLens;

// One document an appeal or a review carries, as the workspace loaded it.
struct ViewerDocument
{
    QString title;    // "ID card back", "Business licence"
    QString fileName; // as uploaded
    QString mimeType; // as recorded; the viewer itself goes by the content
    QByteArray content;
    QString id = {};                      // the key in a shared ImagePrefetcher; empty: the viewer makes one up
    ImagePrefetcher::Loader loader = {}; // fetches the bytes on a worker thread when `content` is empty
};

// The reviewers' document viewer: one document of a list at a time, with zoom, fit, rotation and panning.
// Pictures are checked and decoded on a worker thread by an ImagePrefetcher (DocumentCheck::decodeImage, so a
// decompression bomb or a damaged file is refused with its reason instead of freezing or crashing the desk); the
// next document of the list is decoded ahead, and a result that arrives after the reviewer has moved on is not
// shown. Brightness and contrast are applied on a worker thread too. A magnifier (loupe) follows the cursor.
// Every picture on screen, the magnifier included, carries a faint watermark with the reviewer's login and the
// time: painted over the display only, never into the document. A PDF is not rendered: a placeholder offers to
// open it in the system's PDF viewer from a private temporary folder (owner-only) that is removed with the viewer or
// when the list is replaced.
//
// Keys (while the viewer or its picture has the focus): Ctrl++ / Ctrl+- or Ctrl+wheel zoom, F or Ctrl+0 fit to
// window, 1 actual size, R rotate right, Shift+R or L rotate left, arrows or dragging pan,
// PageDown / N next document, PageUp / P previous, M magnifier, B / Shift+B brighter / darker,
// C / Shift+C more / less contrast, X reset brightness and contrast. keyHelp() lists them for a help panel.
class DocumentViewer : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kMinZoom = 0.05;
    static constexpr double kMaxZoom = 8.0;
    static constexpr double kZoomStep = 1.25;
    static constexpr int kAdjustStep = 10;  // brightness and contrast, each in -100..100
    static constexpr double kMagnification = 2.5; // the magnifier, relative to the zoom on screen
    static constexpr int kMagnifierSize = 220;

    explicit DocumentViewer(QWidget *parent = nullptr);
    ~DocumentViewer() override;

    // Replaces the list and shows the first document (nothing when the list is empty).
    void setDocuments(const QVector<ViewerDocument> &documents);
    const QVector<ViewerDocument> &documents() const { return m_documents; }
    int count() const { return int(m_documents.size()); }

    int currentIndex() const { return m_current; } // -1 when there are no documents
    void setCurrentIndex(int index);

    double zoom() const { return m_zoom; }   // 1.0 = actual size
    int rotation() const { return m_rotation; } // 0, 90, 180 or 270, clockwise
    bool isFitToWindow() const { return m_fit; }

    // Whether the current document's picture is on screen (false while decoding, for a PDF or a failure).
    bool isImageShown() const;
    // The text shown in place of a picture: "Loading…", the PDF placeholder or the reason decoding failed.
    QString messageText() const;
    // Decodes started and not yet come back (stale ones included), in the viewer's prefetcher.
    int pendingDecodes() const { return m_prefetcher->pendingCount(); }
    // The size of the picture on screen after rotation, before zoom (invalid when none is shown).
    QSize imageSize() const;

    // Decodes through `prefetcher` (shared with other viewers, kept by the caller) instead of the viewer's own.
    // Documents with an id already decoded there are shown at once, without a trip through the event loop.
    void setPrefetcher(ImagePrefetcher *prefetcher);
    ImagePrefetcher *prefetcher() const { return m_prefetcher; }

    // Hides the previous/next buttons and the "1 / 3" count (a pane of ImageCompareView shows one document).
    void setNavigationVisible(bool visible);

    // The watermark: "<login> · <date and time>", painted faintly over every picture shown. Empty: none.
    void setWatermarkLogin(const QString &login);
    QString watermarkLogin() const { return m_watermarkLogin; }
    QString watermarkText() const;
    // Where the watermark's time comes from; the current local time by default. Tests fix it.
    void setClock(std::function<QDateTime()> clock);
    // Paints `text` as a faint diagonal pattern over `area` (shared with the magnifier and other viewers).
    static void paintWatermark(QPainter &painter, const QRect &area, const QString &text);

    int brightness() const { return m_brightness; } // -100..100, 0 = as decoded
    int contrast() const { return m_contrast; }     // -100..100, 0 = as decoded
    // Whether a brightness or contrast change is still being applied on the worker thread.
    bool isAdjusting() const { return m_adjusting; }
    // The picture as painted (after brightness and contrast, before rotation, zoom and watermark).
    QImage displayedImage() const;
    // The decoded document as stored (never touched by adjustments or the watermark).
    QImage decodedImage() const { return m_decoded; }

    bool isMagnifierEnabled() const { return m_magnifierEnabled; }
    bool isMagnifierVisible() const;
    // The magnifier's centre in the picture area's viewport coordinates (under the cursor).
    QPoint magnifierCenter() const;

    // The keys, as an HTML table for a help panel or tooltip.
    static QString keyHelp();

    // How a saved PDF is opened; QDesktopServices::openUrl by default. Tests put a recorder here.
    using ExternalOpener = std::function<bool(const QUrl &)>;
    void setExternalOpener(ExternalOpener opener);

public Q_SLOTS:
    void next();
    void previous();
    void zoomIn();
    void zoomOut();
    void setZoom(double zoom); // leaves fit-to-window
    void fitToWindow();
    void actualSize();
    void rotateRight();
    void rotateLeft();
    void setMagnifierEnabled(bool enabled);
    void toggleMagnifier();
    void setBrightness(int brightness);
    void setContrast(int contrast);
    void brighter() { setBrightness(m_brightness + kAdjustStep); }
    void darker() { setBrightness(m_brightness - kAdjustStep); }
    void moreContrast() { setContrast(m_contrast + kAdjustStep); }
    void lessContrast() { setContrast(m_contrast - kAdjustStep); }
    void resetAdjustments();
    // Saves the current PDF to the private temporary folder and opens it; false (and a message) on failure.
    bool openExternally();

Q_SIGNALS:
    void currentChanged(int index);
    void imageShown(int index);                         // the decoded picture of `index` is on screen
    void documentFailed(int index, const QString &reason); // `index` cannot be shown; the reason is on screen
    void zoomChanged(double zoom);
    void rotationChanged(int rotation);
    void openedExternally(const QString &path); // a PDF was saved to `path` and handed to the opener
    void adjustmentsChanged(int brightness, int contrast); // asked for; the picture follows (adjustmentsApplied)
    void adjustmentsApplied();                             // the picture on screen reflects them
    void magnifierToggled(bool enabled);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    friend class DocumentView;
    friend class MagnifierLens;

    void showCurrent();
    QString keyFor(int index) const;
    ImagePrefetcher::Source sourceFor(int index) const;
    void prefetchNext();
    void prefetched(const QString &id);
    void showDecoded(const QString &id);
    void applyAdjustments();
    void mouseMovedInView(const QPoint &pos);
    void mouseLeftView();
    void placeMagnifier();
    void viewResized();
    void showMessage(const QString &text, bool offerOpen);
    void applyTransform();
    void updateLabels();
    void updateButtons();
    void pan(int dx, int dy);
    double fitZoom() const;
    bool handleKey(QKeyEvent *event); // true when the key was one of the viewer's

    QVector<ViewerDocument> m_documents;
    int m_current = -1;
    double m_zoom = 1.0;
    int m_rotation = 0;
    bool m_fit = true;
    bool m_imageShown = false;
    quint64 m_generation = 0; // bumped for every document shown: an adjustment for an older one is stale
    quint64 m_listGeneration = 0; // bumped for every list: made-up keys of an older list are never asked again
    QVector<int> m_rotations; // per document, kept while the list is shown
    QString m_shownKey;       // the document whose picture or failure is on screen

    ImagePrefetcher *m_prefetcher = nullptr;
    ImagePrefetcher *m_ownPrefetcher = nullptr;
    bool m_navigationVisible = true;

    QImage m_decoded;
    int m_brightness = 0;
    int m_contrast = 0;
    bool m_adjusting = false;
    quint64 m_adjustGeneration = 0;

    QString m_watermarkLogin;
    std::function<QDateTime()> m_clock;
    QTimer *m_watermarkTimer = nullptr;

    bool m_magnifierEnabled = false;
    QPoint m_cursor{-1, -1}; // in the viewport; (-1, -1) when the cursor is outside
    MagnifierLens *m_magnifier = nullptr;

    QThreadPool m_pool;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    ExternalOpener m_opener;

    QLabel *m_positionLabel = nullptr;
    QLabel *m_infoLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
    QToolButton *m_zoomInButton = nullptr;
    QToolButton *m_fitButton = nullptr;
    QToolButton *m_actualButton = nullptr;
    QToolButton *m_rotateLeftButton = nullptr;
    QToolButton *m_rotateRightButton = nullptr;
    QToolButton *m_magnifierButton = nullptr;
    QToolButton *m_darkerButton = nullptr;
    QToolButton *m_brighterButton = nullptr;
    QToolButton *m_lessContrastButton = nullptr;
    QToolButton *m_moreContrastButton = nullptr;
    QToolButton *m_resetAdjustButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    DocumentView *m_view = nullptr;
    QGraphicsScene *m_scene = nullptr;
    DocumentImageItem *m_item = nullptr;
    QWidget *m_messagePage = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace desk
