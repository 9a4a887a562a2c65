#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QThreadPool>
#include <QUrl>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>

class QGraphicsPixmapItem;
class QGraphicsScene;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTemporaryDir;
class QToolButton;

namespace desk {

class DocumentView;

// One document an appeal or a review carries, as the workspace loaded it.
struct ViewerDocument
{
    QString title;    // "ID card back", "Business licence"
    QString fileName; // as uploaded
    QString mimeType; // as recorded; the viewer itself goes by the content
    QByteArray content;
};

// The reviewers' document viewer: one document of a list at a time, with zoom, fit, rotation and panning.
// Pictures are checked and decoded on a worker thread (DocumentCheck::decodeImage, so a decompression bomb or a
// damaged file is refused with its reason instead of freezing or crashing the desk); a result that arrives
// after the reviewer has moved on is dropped. A PDF is not rendered: a placeholder offers to open it in the
// system's PDF viewer from a private temporary folder (owner-only) that is removed with the viewer or when the list
// is replaced.
//
// Keys (while the viewer or its picture has the focus): Ctrl++ / Ctrl+- or Ctrl+wheel zoom, F or Ctrl+0 fit to
// window, 1 actual size, R rotate right, Shift+R or L rotate left, arrows or dragging pan,
// PageDown / N next document, PageUp / P previous.
class DocumentViewer : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kMinZoom = 0.05;
    static constexpr double kMaxZoom = 8.0;
    static constexpr double kZoomStep = 1.25;

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
    // Decodes started and not yet come back (stale ones included).
    int pendingDecodes() const { return m_pendingDecodes; }
    // The size of the picture on screen after rotation, before zoom (invalid when none is shown).
    QSize imageSize() const;

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
    // Saves the current PDF to the private temporary folder and opens it; false (and a message) on failure.
    bool openExternally();

Q_SIGNALS:
    void currentChanged(int index);
    void imageShown(int index);                         // the decoded picture of `index` is on screen
    void documentFailed(int index, const QString &reason); // `index` cannot be shown; the reason is on screen
    void zoomChanged(double zoom);
    void rotationChanged(int rotation);
    void openedExternally(const QString &path); // a PDF was saved to `path` and handed to the opener

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    friend class DocumentView;

    struct Decoded
    {
        quint64 generation = 0;
        int index = -1;
        QImage image;
        QString error;
    };

    void showCurrent();
    void startDecode(int index);
    void decodeFinished(const Decoded &decoded);
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
    quint64 m_generation = 0; // bumped for every document shown: a decode for an older one is stale
    QVector<int> m_rotations; // per document, kept while the list is shown
    int m_pendingDecodes = 0;

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
    QStackedWidget *m_stack = nullptr;
    DocumentView *m_view = nullptr;
    QGraphicsScene *m_scene = nullptr;
    QGraphicsPixmapItem *m_item = nullptr;
    QWidget *m_messagePage = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace desk
