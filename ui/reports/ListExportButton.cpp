#include "reports/ListExportButton.h"

#include "items/KeysetListModel.h"
#include "reports/ExportDialog.h"

#include <QShortcut>

namespace desk {

ListExportButton::ListExportButton(std::shared_ptr<Session> session, Describe describe, QWidget *page,
                                   const QKeySequence &shortcut)
    : QPushButton(tr("Export…"), page), m_session(std::move(session)), m_describe(std::move(describe))
{
    if (!shortcut.isEmpty()) {
        setToolTip(tr("Writes every row of this list to CSV, XLSX or PDF, masked as shown (%1)")
                       .arg(shortcut.toString(QKeySequence::NativeText)));
        auto *keys = new QShortcut(shortcut, page);
        keys->setContext(Qt::WidgetWithChildrenShortcut);
        connect(keys, &QShortcut::activated, this, [this]() {
            if (isEnabled())
                exportNow();
        });
    } else {
        setToolTip(tr("Writes every row of this list to CSV, XLSX or PDF, masked as shown"));
    }
    connect(this, &QPushButton::clicked, this, &ListExportButton::exportNow);
}

ListExport exportOfModel(const KeysetListModel &model, const QString &name, const QString &title, Action action)
{
    ListExport list;
    list.name = name;
    list.title = title;
    list.action = action;
    list.columns = ListExport::textColumns(model.columnTitles());
    list.pager = model.exportPager();
    if (model.atEnd())
        list.expectedRows = model.rowCount();
    return list;
}

void ListExportButton::exportNow()
{
    std::optional<ListExport> list = m_describe();
    if (!list)
        return;
    ExportDialog dialog(m_session, std::move(*list), window());
    dialog.exec();
}

} // namespace desk
