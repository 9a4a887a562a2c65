#include "lookup/LookupPage.h"

#include "items/AccountListModel.h"
#include "lookup/AccountDetailPanel.h"
#include "reports/ListExportButton.h"
#include "store/Database.h"
#include "widgets/PagedTableView.h"
#include "workflow/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace desk {

LookupPage::LookupPage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("lookupPage"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("lookupSearch"));
    m_search->setPlaceholderText(tr("Login name, USCC, ID number, mobile number or name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(200);
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("lookupKindFilter"));
    m_kindFilter->addItem(tr("All accounts"), QString());
    m_kindFilter->addItem(tr("Persons only"), QStringLiteral("person"));
    m_kindFilter->addItem(tr("Organizations only"), QStringLiteral("organization"));
    m_searchButton = new QPushButton(tr("Search"), this);
    m_searchButton->setObjectName(QStringLiteral("lookupButton"));

    m_export = new ListExportButton(
        m_session, [this]() { return describeExport(); }, this, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setObjectName(QStringLiteral("lookupExport"));
    m_export->setEnabled(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_kindFilter);
    searchRow->addWidget(m_searchButton);
    searchRow->addWidget(m_export);

    m_recognised = new QLabel(this);
    m_recognised->setObjectName(QStringLiteral("lookupRecognised"));
    m_recognised->setWordWrap(true);
    m_recognised->setTextFormat(Qt::PlainText);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("lookupCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *infoRow = new QHBoxLayout;
    infoRow->addWidget(m_recognised, 1);
    infoRow->addWidget(m_count);

    m_results = new PagedTableView(this);
    m_results->setObjectName(QStringLiteral("lookupResults"));
    m_results->setPlaceholderText(
        tr("Type what the caller tells you: a login name, a USCC, an ID number, a mobile number or the beginning "
           "of a name, then press Enter."));
    m_results->horizontalHeader()->setSortIndicator(int(AccountListModel::Column::Login), Qt::AscendingOrder);
    m_detail = new AccountDetailPanel(m_session, m_runner, this);
    createModel();
    m_results->setSortingEnabled(true);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("lookupSplitter"));
    m_splitter->addWidget(m_results);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_results->setMinimumWidth(360);
    m_detail->setMinimumWidth(520);
    m_splitter->setSizes({640, 680});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(infoRow);
    layout->addWidget(m_splitter, 1);

    m_selectionTimer.setSingleShot(true);
    m_selectionTimer.setInterval(150); // arrow keys through the list do not load every account on the way
    connect(&m_selectionTimer, &QTimer::timeout, this, [this]() { openRow(m_results->currentRow()); });

    connect(m_search, &QLineEdit::textChanged, this, &LookupPage::showRecognition);
    connect(m_search, &QLineEdit::returnPressed, this, &LookupPage::search);
    connect(m_searchButton, &QPushButton::clicked, this, &LookupPage::search);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_searched)
            search();
    });
    connect(m_results, &PagedTableView::rowActivated, this, [this](int row) {
        m_selectionTimer.stop();
        openRow(row);
    });
    connect(m_results->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &LookupPage::syncSortIndicator,
            Qt::QueuedConnection);

    // Anywhere in the window (a hidden page's shortcuts are off, so pages do not compete for it).
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this]() {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &LookupPage::clearSearch);

    m_search->installEventFilter(this); // Down arrow: into the list

    showRecognition();
    updateCount();
    setFocusProxy(m_search);
}

LookupPage::~LookupPage() = default;

bool LookupPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_results->setFocus(Qt::TabFocusReason);
        if (m_results->currentRow() < 0)
            m_results->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LookupPage::createModel()
{
    // A fresh model per cleared search: the list model has no "no search" state to go back to.
    AccountListModel *old = m_model;
    QItemSelectionModel *oldSelection = m_results->selectionModel();
    m_model = new AccountListModel(m_session->sharedDatabase(), this);
    m_results->setModel(m_model);
    delete oldSelection;
    delete old;
    connect(m_model, &AccountListModel::loadingChanged, this, [this](bool loading) {
        m_results->setBusy(loading);
        updateCount();
    });
    connect(m_model, &AccountListModel::firstPageLoaded, this, [this]() {
        updateCount();
        // One account found: show it at once, as the caller is usually asking about that one.
        if (m_model->rowCount() == 1 && m_model->atEnd()) {
            m_results->selectRow(0);
            m_selectionTimer.stop();
            openRow(0);
        }
    });
    connect(m_model, &AccountListModel::searchFailed, this, [this](const QString &message) {
        m_count->setText(tr("Search failed"));
        m_recognised->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
        m_recognised->setText(message);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LookupPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LookupPage::updateCount);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_selectionTimer.start();
            });
    QHeaderView *header = m_results->horizontalHeader();
    header->resizeSection(int(AccountListModel::Column::Login), 160);
    header->resizeSection(int(AccountListModel::Column::Kind), 64);
    header->resizeSection(int(AccountListModel::Column::Name), 180);
    header->resizeSection(int(AccountListModel::Column::Uscc), 170);
    header->resizeSection(int(AccountListModel::Column::IdNumber), 165);
    header->resizeSection(int(AccountListModel::Column::Phone), 110);
}

QString LookupPage::kindLabel(LookupQuery::Kind kind)
{
    switch (kind) {
    case LookupQuery::Kind::Empty:
        return {};
    case LookupQuery::Kind::Login:
        return tr("login name");
    case LookupQuery::Kind::Uscc:
        return tr("unified social credit code (USCC)");
    case LookupQuery::Kind::IdNumber:
        return tr("resident ID number");
    case LookupQuery::Kind::Code18:
        return tr("legacy 18-character code");
    case LookupQuery::Kind::Phone:
        return tr("mobile phone number");
    case LookupQuery::Kind::Name:
        return tr("name (beginning of)");
    case LookupQuery::Kind::Invalid:
        return tr("not searchable");
    }
    return {};
}

void LookupPage::showRecognition()
{
    const LookupQuery query = LookupQuery::parse(m_search->text());
    QString text;
    QString color;
    switch (query.kind) {
    case LookupQuery::Kind::Empty:
        text = tr("Recognises login names, USCCs, ID numbers, mobile numbers, names and legacy codes.");
        break;
    case LookupQuery::Kind::Invalid:
        text = query.message;
        color = QStringLiteral("#b3261e");
        break;
    default:
        text = tr("Recognised as %1: %2").arg(kindLabel(query.kind), query.text);
        if (!query.warning.isEmpty()) {
            text += QStringLiteral("\n⚠ ") + query.warning;
            color = QStringLiteral("#9a5b00");
        }
        break;
    }
    m_recognised->setText(text);
    m_recognised->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(color));
    m_recognised->setForegroundRole(
        color.isEmpty() && query.kind == LookupQuery::Kind::Empty ? QPalette::PlaceholderText : QPalette::WindowText);
}

void LookupPage::lookUp(const QString &text)
{
    m_search->setText(text);
    search();
}

void LookupPage::search()
{
    const LookupQuery query = LookupQuery::parse(m_search->text());
    showRecognition();
    if (query.kind == LookupQuery::Kind::Invalid || query.kind == LookupQuery::Kind::Empty) {
        m_search->setFocus();
        return; // the recognition line says why; nothing is searched
    }
    AccountSearch search;
    search.query = query;
    search.kindFilter = m_kindFilter->currentData().toString();
    search.sort = query.kind == LookupQuery::Kind::Name ? AccountSort::Name : AccountSort::Login;
    m_searched = true;
    m_selectionTimer.stop();
    m_detail->clear();
    m_model->setSearch(search);
    m_export->setEnabled(true);
    syncSortIndicator();
    updateCount();
}

void LookupPage::clearSearch()
{
    m_search->clear();
    m_searched = false;
    m_export->setEnabled(false);
    m_selectionTimer.stop();
    m_detail->clear();
    m_results->setBusy(false);
    createModel();
    syncSortIndicator();
    updateCount();
    m_search->setFocus();
}

void LookupPage::syncSortIndicator()
{
    // The model sorts only by indexed columns; the header shows the order really applied.
    const AccountSearch &search = m_model->search();
    int column = int(AccountListModel::Column::Login);
    if (search.sort == AccountSort::Name)
        column = int(AccountListModel::Column::Name);
    else if (search.sort == AccountSort::CreatedAt)
        column = int(AccountListModel::Column::CreatedAt);
    QHeaderView *header = m_results->horizontalHeader();
    const Qt::SortOrder order = search.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (header->sortIndicatorSection() == column && header->sortIndicatorOrder() == order)
        return;
    const bool blocked = header->blockSignals(true);
    header->setSortIndicator(column, order);
    header->blockSignals(blocked);
    header->viewport()->update();
}

void LookupPage::updateCount()
{
    const int rows = m_model->rowCount();
    if (!m_searched)
        m_count->clear();
    else if (m_model->isLoading() && rows == 0)
        m_count->setText(tr("Searching…"));
    else if (m_model->atEnd())
        m_count->setText(rows == 0 ? tr("No account found") : tr("%n account(s)", nullptr, rows));
    else
        m_count->setText(tr("%1+ accounts").arg(rows));
}

std::optional<ListExport> LookupPage::describeExport() const
{
    if (!m_searched)
        return std::nullopt;
    const LookupQuery &query = m_model->search().query;
    const QString shown = ListExport::maskedSearch(query.text); // a personal number only masked
    ListExport list = exportOfModel(*m_model, QStringLiteral("lookup"), tr("Account look-up results"), Action::LookupAccounts);
    list.filters = {{tr("Search"), QStringLiteral("%1 (%2)").arg(shown, kindLabel(query.kind))},
                    {tr("Accounts"), m_kindFilter->currentText()}};
    return list;
}

void LookupPage::openRow(int row)
{
    const qint64 id = m_model->accountIdAt(row);
    if (id != 0)
        m_detail->showAccount(id);
}

} // namespace desk
