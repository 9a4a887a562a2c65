#include "widgets/ImageCompareView.h"

#include "widgets/DocumentViewer.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace desk {

namespace {

QToolButton *barButton(const QString &objectName, const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // the keys stay with the pictures
    return button;
}

constexpr int kMaxColumns = 3;

} // namespace

// The frame around a pane: outlined when its pane is the one the keys go to. Painted, not styled: a style sheet
// change re-polishes the whole pane, which costs milliseconds at every "next".
class ComparePaneFrame : public QFrame
{
public:
    using QFrame::QFrame;

    void setActive(bool active)
    {
        if (active == m_active)
            return;
        m_active = active;
        update();
    }
    bool isActive() const { return m_active; }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QFrame::paintEvent(event);
        if (!m_active)
            return;
        QPainter p(this);
        p.setPen(QPen(QColor(61, 142, 230), 2));
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }

private:
    bool m_active = false;
};

ImageCompareView::ImageCompareView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("imageCompareView"));
    setFocusPolicy(Qt::StrongFocus);
    m_ownPrefetcher = new ImagePrefetcher(this);
    m_prefetcher = m_ownPrefetcher;

    m_layoutButton =
        barButton(QStringLiteral("compareLayout"), tr("Side by side"), tr("Side by side or one at a time (S)"), this);
    m_layoutButton->setCheckable(true);
    m_layoutButton->setChecked(true);
    m_previousButton = barButton(QStringLiteral("comparePrevious"), QStringLiteral("\u25C0"),
                                 tr("Previous document (P, PageUp)"), this);
    m_nextButton =
        barButton(QStringLiteral("compareNext"), QStringLiteral("\u25B6"), tr("Next document (N, PageDown)"), this);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("compareTitle"));
    m_helpButton = barButton(QStringLiteral("compareHelpButton"), QStringLiteral("?"), QString(), this);
    m_helpButton->setCheckable(true);
    m_helpButton->setToolTip(tr("Keys (F1)") + keyHelp());

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_layoutButton);
    bar->addWidget(m_previousButton);
    bar->addWidget(m_nextButton);
    bar->addSpacing(8);
    bar->addWidget(m_titleLabel, 1);
    bar->addWidget(m_helpButton);

    m_paneArea = new QWidget(this);
    m_paneArea->setObjectName(QStringLiteral("comparePanes"));
    m_grid = new QGridLayout(m_paneArea);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);

    m_help = new QLabel(this);
    m_help->setObjectName(QStringLiteral("imageCompareHelp"));
    m_help->setTextFormat(Qt::RichText);
    m_help->setText(keyHelp());
    m_help->setAutoFillBackground(true);
    m_help->setFrameShape(QFrame::StyledPanel);
    m_help->setMargin(12);
    m_help->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_paneArea, 1);

    connect(m_layoutButton, &QToolButton::clicked, this, &ImageCompareView::toggleLayout);
    connect(m_previousButton, &QToolButton::clicked, this, &ImageCompareView::previousDocument);
    connect(m_nextButton, &QToolButton::clicked, this, &ImageCompareView::nextDocument);
    connect(m_helpButton, &QToolButton::toggled, this, &ImageCompareView::setHelpVisible);
    updateBar();
}

ImageCompareView::~ImageCompareView() = default;

QString ImageCompareView::keyHelp()
{
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    const QList<QPair<QString, QString>> rows = {
        {tr("S"), tr("Side by side / one at a time")},
        {tr("N, PageDown / P, PageUp"), tr("Next / previous document")},
        {tr("F1"), tr("This list of keys")},
    };
    for (const auto &[keys, action] : rows)
        html +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), action.toHtmlEscaped());
    html += QStringLiteral("</table>");
    QString pane = DocumentViewer::keyHelp();
    // The panes' own list without its "next / previous" row, which the view takes over.
    const qsizetype row = pane.lastIndexOf(QStringLiteral("<tr>"));
    if (row > 0)
        pane = pane.left(row) + QStringLiteral("</table>");
    return html + pane;
}

void ImageCompareView::setPrefetcher(ImagePrefetcher *prefetcher)
{
    m_prefetcher = prefetcher ? prefetcher : m_ownPrefetcher;
    for (DocumentViewer *p : std::as_const(m_panes))
        p->setPrefetcher(m_prefetcher);
}

void ImageCompareView::setWatermarkLogin(const QString &login)
{
    m_login = login;
    for (DocumentViewer *p : std::as_const(m_panes))
        p->setWatermarkLogin(login);
}

void ImageCompareView::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    for (DocumentViewer *p : std::as_const(m_panes))
        p->setClock(m_clock);
}

DocumentViewer *ImageCompareView::makePane(int index)
{
    auto *frame = new ComparePaneFrame(m_paneArea);
    frame->setObjectName(QStringLiteral("comparePaneFrame%1").arg(index));
    auto *frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(2, 2, 2, 2);
    auto *pane = new DocumentViewer(frame);
    pane->setObjectName(QStringLiteral("comparePane%1").arg(index));
    pane->setNavigationVisible(false);
    pane->setPrefetcher(m_prefetcher);
    pane->setWatermarkLogin(m_login);
    if (m_clock)
        pane->setClock(m_clock);
    frameLayout->addWidget(pane);
    watchFocus(pane);
    connect(pane, &DocumentViewer::imageShown, this,
            [this, pane] { paneSettled(int(m_panes.indexOf(pane)), true, {}); });
    connect(pane, &DocumentViewer::documentFailed, this,
            [this, pane](int, const QString &reason) { paneSettled(int(m_panes.indexOf(pane)), false, reason); });
    auto forward = [this, pane](Action action) {
        const int at = int(m_panes.indexOf(pane));
        if (at >= 0 && at < count())
            Q_EMIT documentAction(m_documents.at(at).id, action);
    };
    connect(pane, &DocumentViewer::zoomChanged, this, [forward] { forward(Action::Zoomed); });
    connect(pane, &DocumentViewer::rotationChanged, this, [forward] { forward(Action::Rotated); });
    connect(pane, &DocumentViewer::adjustmentsChanged, this, [forward] { forward(Action::Adjusted); });
    connect(pane, &DocumentViewer::magnifierToggled, this, [forward] { forward(Action::MagnifierToggled); });
    m_frames.append(frame);
    m_panes.append(pane);
    return pane;
}

void ImageCompareView::watchFocus(QWidget *pane)
{
    pane->installEventFilter(this);
    for (QWidget *child : pane->findChildren<QWidget *>()) {
        if (child->focusPolicy() != Qt::NoFocus)
            child->installEventFilter(this);
    }
}

void ImageCompareView::setDocuments(const QVector<CompareDocument> &documents)
{
    m_documents = documents;
    ++m_setGeneration;
    for (int i = 0; i < count(); ++i) {
        // A document without an id cannot be prefetched; it still gets a key of its own for the decode.
        if (m_documents[i].id.isEmpty())
            m_documents[i].id = QStringLiteral("compare:%1:%2").arg(m_setGeneration).arg(i);
    }
    m_settled = QVector<bool>(documents.size(), false);
    m_settledEmitted = false;
    while (m_panes.size() < documents.size())
        makePane(int(m_panes.size()));
    while (m_panes.size() > documents.size()) {
        m_grid->removeWidget(m_frames.last());
        delete m_frames.takeLast(); // the pane with it
        m_arrangedShape = 0;
        m_panes.removeLast();
    }
    m_current = documents.isEmpty() ? -1 : 0;
    retain();
    for (int i = 0; i < count(); ++i) {
        const CompareDocument &doc = m_documents.at(i);
        // The pane shows a prefetched picture before this returns, and says so through its signals.
        m_panes.at(i)->setDocuments({{doc.kind, doc.fileName, QString(), doc.content, doc.id, doc.loader}});
        if (!m_panes.at(i)->messageText().isEmpty() && !m_prefetcher->isPending(doc.id) &&
            !m_panes.at(i)->isImageShown() && !m_prefetcher->contains(doc.id))
            m_settled[i] = true; // a PDF placeholder: nothing to decode
    }
    arrange();
    updateBar();
    Q_EMIT currentChanged(m_current);
    if (allSettled() && !m_settledEmitted) {
        m_settledEmitted = true;
        Q_EMIT allSettledChanged();
    }
}

void ImageCompareView::prefetch(const QVector<CompareDocument> &documents)
{
    m_nextIds.clear();
    for (const CompareDocument &doc : documents) {
        if (!doc.id.isEmpty()) // without an id it could not be found again
            m_nextIds.append(doc.id);
    }
    retain();
    for (const CompareDocument &doc : documents) {
        if (!doc.id.isEmpty())
            m_prefetcher->request({doc.id, doc.fileName, doc.content, doc.loader});
    }
}

void ImageCompareView::retain()
{
    if (m_prefetcher != m_ownPrefetcher)
        return; // a shared prefetcher is kept by its owner
    QStringList keep = m_nextIds;
    for (const CompareDocument &doc : std::as_const(m_documents))
        keep.append(doc.id);
    m_prefetcher->retainOnly(keep);
    // An organization's request has up to nine documents: room for all of this one's and the next one's.
    m_prefetcher->setCapacity(std::max<int>(ImagePrefetcher::kDefaultCapacity, int(keep.size())));
}

bool ImageCompareView::allSettled() const
{
    return std::all_of(m_settled.cbegin(), m_settled.cend(), [](bool s) { return s; });
}

void ImageCompareView::paneSettled(int index, bool shown, const QString &reason)
{
    if (index < 0 || index >= count())
        return;
    const QString id = m_documents.at(index).id;
    m_settled[index] = true;
    if (shown)
        Q_EMIT documentShown(id);
    else
        Q_EMIT documentFailed(id, reason);
    if (allSettled() && !m_settledEmitted && m_settled.size() == count()) {
        m_settledEmitted = true;
        Q_EMIT allSettledChanged();
    }
}

void ImageCompareView::arrange()
{
    const bool single = m_layout == Layout::Single;
    const int columns = std::min<int>(kMaxColumns, std::max<int>(1, count()));
    const int shape = single ? -1 : columns * 1000 + int(m_frames.size());
    if (shape != m_arrangedShape) { // the grid changes only with the layout or the number of documents
        m_arrangedShape = shape;
        for (ComparePaneFrame *frame : std::as_const(m_frames))
            m_grid->removeWidget(frame);
        for (int i = 0; i < m_frames.size(); ++i) {
            if (single)
                m_grid->addWidget(m_frames.at(i), 0, 0);
            else
                m_grid->addWidget(m_frames.at(i), i / columns, i % columns);
        }
        for (int c = 0; c < kMaxColumns; ++c)
            m_grid->setColumnStretch(c, (!single && c < columns) || (single && c == 0) ? 1 : 0);
    }
    for (int i = 0; i < m_frames.size(); ++i) {
        ComparePaneFrame *frame = m_frames.at(i);
        frame->setVisible(!single || i == m_current);
        // The pane the keys go to is outlined (only worth it when there are several on screen).
        frame->setActive(i == m_current && !single && count() > 1);
    }
}

void ImageCompareView::updateBar()
{
    const bool single = m_layout == Layout::Single;
    m_layoutButton->setText(single ? tr("One at a time") : tr("Side by side"));
    {
        const QSignalBlocker blocker(m_layoutButton);
        m_layoutButton->setChecked(!single);
    }
    m_layoutButton->setEnabled(count() > 1);
    m_previousButton->setEnabled(m_current > 0);
    m_nextButton->setEnabled(m_current >= 0 && m_current + 1 < count());
    if (m_current < 0)
        m_titleLabel->setText(tr("No documents."));
    else
        m_titleLabel->setText(tr("%1 (%2 / %3)").arg(m_documents.at(m_current).kind).arg(m_current + 1).arg(count()));
}

void ImageCompareView::setLayout(Layout layout)
{
    if (layout == m_layout)
        return;
    const bool hadFocus = currentPane() && currentPane()->isAncestorOf(QApplication::focusWidget());
    m_layout = layout;
    arrange();
    updateBar();
    if (hadFocus && currentPane())
        currentPane()->setFocus();
    Q_EMIT layoutChanged(m_layout);
}

void ImageCompareView::toggleLayout()
{
    setLayout(m_layout == Layout::SideBySide ? Layout::Single : Layout::SideBySide);
}

void ImageCompareView::setCurrentIndex(int index)
{
    if (index < 0 || index >= count() || index == m_current)
        return;
    const bool hadFocus = currentPane() && currentPane()->isAncestorOf(QApplication::focusWidget());
    m_current = index;
    arrange();
    updateBar();
    if (hadFocus)
        currentPane()->setFocus();
    Q_EMIT currentChanged(m_current);
}

void ImageCompareView::nextDocument()
{
    setCurrentIndex(m_current + 1);
}

void ImageCompareView::previousDocument()
{
    setCurrentIndex(m_current - 1);
}

DocumentViewer *ImageCompareView::pane(int index) const
{
    return index >= 0 && index < m_panes.size() ? m_panes.at(index) : nullptr;
}

bool ImageCompareView::isHelpVisible() const
{
    return m_help->isVisible();
}

void ImageCompareView::setHelpVisible(bool visible)
{
    {
        const QSignalBlocker blocker(m_helpButton);
        m_helpButton->setChecked(visible);
    }
    if (visible) {
        m_help->adjustSize();
        m_help->move(std::max(0, width() - m_help->width() - 8), m_paneArea->y() + 8);
        m_help->raise();
    }
    m_help->setVisible(visible);
}

void ImageCompareView::toggleHelp()
{
    setHelpVisible(!isHelpVisible());
}

bool ImageCompareView::handleKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods != Qt::NoModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_S:
        toggleLayout();
        return true;
    case Qt::Key_N:
    case Qt::Key_PageDown:
        nextDocument();
        return true;
    case Qt::Key_P:
    case Qt::Key_PageUp:
        previousDocument();
        return true;
    case Qt::Key_F1:
        toggleHelp();
        return true;
    case Qt::Key_Escape:
        if (isHelpVisible()) {
            setHelpVisible(false);
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool ImageCompareView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        if (handleKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
    } else if (event->type() == QEvent::FocusIn) {
        // Clicking into a pane makes it the one the keys go to.
        for (int i = 0; i < m_panes.size(); ++i) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && (widget == m_panes.at(i) || m_panes.at(i)->isAncestorOf(widget)) && i != m_current) {
                m_current = i;
                arrange();
                updateBar();
                Q_EMIT currentChanged(m_current);
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ImageCompareView::keyPressEvent(QKeyEvent *event)
{
    if (handleKey(event)) {
        event->accept();
        return;
    }
    // Keys pressed on the view itself go to the current pane; one the pane ignores comes back up here and goes on
    // to our parent.
    DocumentViewer *p = currentPane();
    if (p && !m_forwarding) {
        m_forwarding = true;
        QKeyEvent copy(event->type(), event->key(), event->modifiers(), event->text(), event->isAutoRepeat(),
                       ushort(event->count()));
        QCoreApplication::sendEvent(p, &copy);
        m_forwarding = false;
        if (copy.isAccepted())
            return;
    }
    QWidget::keyPressEvent(event);
}

void ImageCompareView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (isHelpVisible())
        setHelpVisible(true);
}

} // namespace desk
