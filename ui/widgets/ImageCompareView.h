#pragma once

#include "widgets/ImagePrefetcher.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QVector>
#include <QWidget>

#include <functional>

class QFrame;
class QGridLayout;
class QLabel;
class QToolButton;

namespace desk {

class ComparePaneFrame;
class DocumentViewer;

// One document of a request as the comparison view shows it.
struct CompareDocument
{
    QString id;         // unique on the desk, e.g. "review:42/id_front": the key of the decoded picture (needed
                        // for prefetch(); made up when empty)
    QString kind;       // the label above the picture: "ID card front", "Business licence"
    QString fileName;   // as uploaded
    QByteArray content; // the bytes, or empty when `loader` fetches them
    ImagePrefetcher::Loader loader = {}; // runs on a worker thread
};

// The reviewers' comparison of a request's documents: ID front and back, or a licence and an ID, side by side or
// one at a time, each in its own DocumentViewer pane (zoom, pan, rotation, fit, brightness and contrast, magnifier,
// all by key), every picture watermarked with the reviewer's login and the time. The next request's documents are
// decoded in the background (prefetch()), so that setDocuments() for them shows the pictures at once.
//
// Keys besides the panes' own (DocumentViewer::keyHelp): S side by side / one at a time, N or PageDown and P or
// PageUp the next / previous document (the pane the other keys go to), F1 the list of keys.
class ImageCompareView : public QWidget
{
    Q_OBJECT
public:
    enum class Layout { SideBySide, Single };
    Q_ENUM(Layout)
    // What the reviewer did to one document's picture (documentAction).
    enum class Action { Zoomed, Rotated, Adjusted, MagnifierToggled };
    Q_ENUM(Action)

    explicit ImageCompareView(QWidget *parent = nullptr);
    ~ImageCompareView() override;

    // Decodes through a prefetcher shared with other views (kept by the caller); by default the view's own.
    void setPrefetcher(ImagePrefetcher *prefetcher);
    ImagePrefetcher *prefetcher() const { return m_prefetcher; }

    // The login painted into the watermark of every picture (no watermark while empty).
    void setWatermarkLogin(const QString &login);
    QString watermarkLogin() const { return m_login; }
    void setClock(std::function<QDateTime()> clock); // for tests; the current time by default

    // Shows a request's documents (the first is the current one); those prefetched are on screen on return.
    void setDocuments(const QVector<CompareDocument> &documents);
    const QVector<CompareDocument> &documents() const { return m_documents; }
    int count() const { return int(m_documents.size()); }
    // Starts decoding the next request's documents in the background; keeps them and the ones on screen.
    void prefetch(const QVector<CompareDocument> &documents);
    // Whether every document of the current set is settled: its picture on screen, or its reason why not.
    bool allSettled() const;

    Layout layout() const { return m_layout; }
    void setLayout(Layout layout);
    int currentIndex() const { return m_current; } // the pane keys go to, shown alone in Single; -1 when empty
    void setCurrentIndex(int index);
    DocumentViewer *pane(int index) const;
    DocumentViewer *currentPane() const { return pane(m_current); }

    bool isHelpVisible() const;
    // The keys of the view and its panes, as HTML (the help panel and the help button's tooltip).
    static QString keyHelp();

public Q_SLOTS:
    void toggleLayout();
    void nextDocument();
    void previousDocument();
    void setHelpVisible(bool visible);
    void toggleHelp();

Q_SIGNALS:
    void layoutChanged(desk::ImageCompareView::Layout layout);
    void currentChanged(int index);
    // A document's picture is on screen: the moment a page records "document opened" in the audit log.
    void documentShown(const QString &id);
    void documentFailed(const QString &id, const QString &reason);
    // Every document of the set given to setDocuments() is settled (emitted once per set).
    void allSettledChanged();
    // The reviewer zoomed, rotated, changed brightness or contrast, or toggled the magnifier on a document (the
    // pane itself, pane(index), says to what).
    void documentAction(const QString &id, desk::ImageCompareView::Action action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    DocumentViewer *makePane(int index);
    void arrange();
    void updateBar();
    void paneSettled(int index, bool shown, const QString &reason);
    void retain();
    bool handleKey(QKeyEvent *event);
    void watchFocus(QWidget *pane);

    QVector<CompareDocument> m_documents;
    QStringList m_nextIds;
    QVector<DocumentViewer *> m_panes;
    QVector<ComparePaneFrame *> m_frames;
    int m_arrangedShape = 0; // what the grid was last laid out for
    QVector<bool> m_settled;
    bool m_settledEmitted = false;
    bool m_forwarding = false;   // a key is being handed to the current pane
    quint64 m_setGeneration = 0; // bumped by setDocuments: made-up ids of an older set are never asked again
    int m_current = -1;
    Layout m_layout = Layout::SideBySide;
    QString m_login;
    std::function<QDateTime()> m_clock;

    ImagePrefetcher *m_prefetcher = nullptr;
    ImagePrefetcher *m_ownPrefetcher = nullptr;

    QToolButton *m_layoutButton = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QToolButton *m_helpButton = nullptr;
    QLabel *m_titleLabel = nullptr;
    QWidget *m_paneArea = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_help = nullptr;
};

} // namespace desk
