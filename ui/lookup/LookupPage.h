#pragma once

#include "domain/LookupQuery.h"

#include "report/ReportService.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;

namespace desk {

class AccountDetailPanel;
class AccountListModel;
class ListExportButton;
class PagedTableView;
class Session;
class TaskRunner;

// The help desk's account look-up: one search box that says what it recognised (login, USCC, ID number,
// phone, name or legacy code), a kind filter, the paged result list and the selected account's detail.
// Ctrl+F focuses the search box, Enter in the list opens the detail, Esc clears the search, Ctrl+E exports
// every result (masked as shown).
class LookupPage : public QWidget
{
    Q_OBJECT
public:
    LookupPage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);
    ~LookupPage() override;

    // Fills the search box and searches (the command line's --lookup, a telephony hand-over...).
    void lookUp(const QString &text);
    void search();
    void clearSearch();

    AccountDetailPanel *detailPanel() const { return m_detail; }
    PagedTableView *resultsView() const { return m_results; }

    static QString kindLabel(LookupQuery::Kind kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showRecognition();
    void updateCount();
    void openRow(int row);
    void syncSortIndicator();
    void createModel();
    std::optional<ListExport> describeExport() const;

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QPushButton *m_searchButton = nullptr;
    ListExportButton *m_export = nullptr;
    QLabel *m_recognised = nullptr;
    QLabel *m_count = nullptr;
    PagedTableView *m_results = nullptr;
    AccountListModel *m_model = nullptr;
    AccountDetailPanel *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer m_selectionTimer;
    bool m_searched = false;
};

} // namespace desk
