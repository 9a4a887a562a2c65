#pragma once

#include "report/ReportService.h"

#include <QPushButton>

#include <functional>
#include <memory>
#include <optional>

namespace desk {

class KeysetListModel;
class Session;

// A lazily paged list model as an export: its name, title and permission, the model's column titles and a pager
// over every row of its current query (see KeysetListModel::exportPager); filters are the caller's to add.
ListExport exportOfModel(const KeysetListModel &model, const QString &name, const QString &title, Action action);

// The "Export…" button of a list page (the look-up results, the queues, the duplicate finder, the watch and
// people lists): a click describes the list as it is filtered at that moment and opens the export dialog over
// it (CSV, XLSX or PDF, masked as on screen, off the GUI thread with progress and cancel). With a shortcut,
// the keys work anywhere inside `page` while it is shown.
class ListExportButton : public QPushButton
{
    Q_OBJECT
public:
    using Describe = std::function<std::optional<ListExport>()>; // nullopt: nothing to export yet

    ListExportButton(std::shared_ptr<Session> session, Describe describe, QWidget *page,
                     const QKeySequence &shortcut = {});

    void exportNow(); // what a click does

private:
    std::shared_ptr<Session> m_session;
    Describe m_describe;
};

} // namespace desk
