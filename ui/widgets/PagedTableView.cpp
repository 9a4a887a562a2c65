#include "widgets/PagedTableView.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>

namespace desk {

PagedTableView::PagedTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT rowActivated(index.row());
    });
}

void PagedTableView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void PagedTableView::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    viewport()->update();
}

int PagedTableView::currentRow() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.row() : -1;
}

void PagedTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        if (currentRow() >= 0) {
            Q_EMIT rowActivated(currentRow());
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void PagedTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (model() && model()->rowCount() > 0)
        return;
    const QString text = m_busy ? tr("Loading…") : m_placeholder;
    if (text.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     text);
}

} // namespace desk
