#include "appeals/AppealQueuePage.h"

#include "reports/ListExportButton.h"
#include "appeals/AppealWorkspace.h"
#include "common/TaskRunner.h"
#include "items/AppealListModel.h"
#include "reports/ListExportButton.h"
#include "store/Database.h"
#include "widgets/CalendarCoverageBanner.h"
#include "widgets/PagedTableView.h"
#include "workflow/AppealService.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace desk {

namespace {

// The state tabs, in the order reviewers work them; the last one (no state) shows every state.
const QVector<std::optional<AppealState>> &tabStates()
{
    static const QVector<std::optional<AppealState>> states = [] {
        QVector<std::optional<AppealState>> tabs(AppealStates::all().cbegin(), AppealStates::all().cend());
        tabs << std::nullopt;
        return tabs;
    }();
    return states;
}

} // namespace

AppealQueuePage::AppealQueuePage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("appealQueuePage"));
    const bool supervisor = Permissions::allows(m_session->staff().role, Action::SuperviseAppeals);

    m_queueView = new QWidget(this);
    m_states = new QTabBar(m_queueView);
    m_states->setObjectName(QStringLiteral("appealStates"));
    m_states->setExpanding(false);
    for (const std::optional<AppealState> &state : tabStates())
        m_states->addTab(state ? AppealTexts::stateLabel(*state) : tr("All"));

    m_type = new QComboBox(m_queueView);
    m_type->setObjectName(QStringLiteral("appealTypeFilter"));
    m_type->addItem(tr("All types"), QString());
    for (const QString &type : AppealTexts::typeNames())
        m_type->addItem(AppealTexts::typeLabel(type), type);
    m_sla = new QComboBox(m_queueView);
    m_sla->setObjectName(QStringLiteral("appealSlaFilter"));
    m_sla->addItem(tr("Any deadline"), QString());
    m_sla->addItem(tr("Overdue"), QStringLiteral("overdue"));
    m_sla->addItem(tr("Due today"), QStringLiteral("due_today"));
    m_sla->addItem(tr("On time"), QStringLiteral("on_time"));
    m_sla->addItem(tr("Paused (waiting for the user)"), QStringLiteral("paused"));
    m_assignee = new QComboBox(m_queueView);
    m_assignee->setObjectName(QStringLiteral("appealAssigneeFilter"));
    m_assignee->addItem(tr("Anyone"), 0);
    m_assignee->addItem(tr("Claimed by me"), 1);
    m_assignee->addItem(tr("Unclaimed"), 2);
    m_from = new QDateEdit(m_queueView);
    m_from->setObjectName(QStringLiteral("appealFrom"));
    m_to = new QDateEdit(m_queueView);
    m_to->setObjectName(QStringLiteral("appealTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(tr("any day"));
        edit->setDate(edit->minimumDate()); // the special value: no limit
    }
    m_search = new QLineEdit(m_queueView);
    m_search->setObjectName(QStringLiteral("appealSearch"));
    m_search->setPlaceholderText(tr("Name, USCC, ID number, mobile or reference (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_type);
    filters->addWidget(m_sla);
    filters->addWidget(m_assignee);
    filters->addWidget(new QLabel(tr("Submitted"), m_queueView));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), m_queueView));
    filters->addWidget(m_to);
    filters->addWidget(m_search, 1);

    m_next = new QPushButton(tr("Next appeal"), m_queueView);
    m_next->setObjectName(QStringLiteral("appealNext"));
    m_next->setToolTip(tr("Claims the most urgent unclaimed appeal (Ctrl+N)"));
    m_claim = new QPushButton(tr("Claim selected"), m_queueView);
    m_claim->setObjectName(QStringLiteral("appealClaim"));
    m_claim->setToolTip(tr("Ctrl+Enter"));
    m_release = new QPushButton(tr("Release"), m_queueView);
    m_release->setObjectName(QStringLiteral("appealRelease"));
    m_reassign = new QPushButton(tr("Reassign…"), m_queueView);
    m_reassign->setObjectName(QStringLiteral("appealReassign"));
    m_release->setVisible(supervisor);
    m_reassign->setVisible(supervisor);
    auto *refreshButton = new QPushButton(tr("Refresh"), m_queueView);
    refreshButton->setObjectName(QStringLiteral("appealRefresh"));
    refreshButton->setToolTip(tr("F5"));
    m_message = new QLabel(m_queueView);
    m_message->setObjectName(QStringLiteral("appealMessage"));
    m_message->setWordWrap(true);
    m_export = new ListExportButton(
        m_session, [this]() { return describeExport(); }, m_queueView, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setObjectName(QStringLiteral("appealExport"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_next);
    actions->addWidget(m_claim);
    actions->addWidget(m_release);
    actions->addWidget(m_reassign);
    actions->addWidget(refreshButton);
    actions->addWidget(m_export);
    actions->addWidget(m_message, 1);

    m_list = new PagedTableView(m_queueView);
    m_list->setObjectName(QStringLiteral("appealList"));
    m_list->setPlaceholderText(tr("No appeals match these filters."));
    m_model = new AppealListModel(m_session->sharedDatabase(), this);
    m_list->setModel(m_model);
    m_list->setSortingEnabled(true);
    m_list->horizontalHeader()->setSortIndicator(int(AppealListModel::Column::Due), Qt::AscendingOrder);
    m_list->horizontalHeader()->setStretchLastSection(true);
    connect(m_model, &AppealListModel::loadingChanged, m_list, &PagedTableView::setBusy);
    connect(m_model, &AppealListModel::firstPageLoaded, this, [this]() {
        m_list->resizeColumnsToContents();
        m_list->horizontalHeader()->setStretchLastSection(true);
    });
    connect(m_model, &AppealListModel::searchFailed, this, [this](const QString &text) { showError(text); });
    connect(m_list, &PagedTableView::rowActivated, this, [this](int) { openSelected(); });

    auto *queueLayout = new QVBoxLayout(m_queueView);
    queueLayout->addWidget(new CalendarCoverageBanner(m_session, m_runner, m_queueView));
    queueLayout->addWidget(m_states);
    queueLayout->addLayout(filters);
    m_dashboardNote = new QLabel(m_queueView);
    m_dashboardNote->setObjectName(QStringLiteral("appealDashboardNote"));
    m_dashboardNote->hide();
    m_showAll = new QPushButton(tr("Show all"), m_queueView);
    m_showAll->setObjectName(QStringLiteral("appealShowAll"));
    m_showAll->hide();
    auto *dashboardBar = new QHBoxLayout;
    dashboardBar->addWidget(m_dashboardNote, 1);
    dashboardBar->addWidget(m_showAll);
    queueLayout->addLayout(dashboardBar);
    queueLayout->addLayout(actions);
    queueLayout->addWidget(m_list, 1);

    m_workspace = new AppealWorkspace(m_session, m_runner, this);
    connect(m_workspace, &AppealWorkspace::backRequested, this, &AppealQueuePage::showQueue);
    connect(m_workspace, &AppealWorkspace::nextRequested, this, &AppealQueuePage::claimNext);
    connect(m_workspace, &AppealWorkspace::changed, this, &AppealQueuePage::refresh);
    connect(m_workspace, &AppealWorkspace::statusMessage, this, &AppealQueuePage::statusMessage);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_queueView);
    m_stack->addWidget(m_workspace);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_states, &QTabBar::currentChanged, this, [this]() {
        setDecisions({}, QString()); // another tab: the dashboard's bar no longer applies
        applyFilter();
    });
    connect(m_showAll, &QPushButton::clicked, this, [this]() {
        setDecisions({}, QString());
        applyFilter();
    });
    for (QComboBox *combo : {m_type, m_sla, m_assignee})
        connect(combo, &QComboBox::currentIndexChanged, this, &AppealQueuePage::applyFilter);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AppealQueuePage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &AppealQueuePage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter();
    });
    connect(m_next, &QPushButton::clicked, this, &AppealQueuePage::claimNext);
    connect(m_claim, &QPushButton::clicked, this, &AppealQueuePage::claimSelected);
    connect(refreshButton, &QPushButton::clicked, this, &AppealQueuePage::refresh);
    connect(m_release, &QPushButton::clicked, this, &AppealQueuePage::releaseSelected);
    connect(m_reassign, &QPushButton::clicked, this, [this]() {
        if (selectedId() == 0)
            return;
        bool ok = false;
        const QString login = QInputDialog::getText(this, tr("Reassign the appeal"),
                                                    tr("Staff login of the reviewer who takes it over:"),
                                                    QLineEdit::Normal, QString(), &ok)
                                  .trimmed();
        if (ok && !login.isEmpty())
            reassignSelected(login);
    });

    auto shortcut = [this](const QKeySequence &keys, auto slot, Qt::ShortcutContext context) {
        auto *s = new QShortcut(keys, this);
        s->setContext(context);
        connect(s, &QShortcut::activated, this, slot);
    };
    // Ctrl+N works in the list and in the workspace (the workspace forwards it as nextRequested).
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this]() {
        if (!isShowingWorkspace())
            claimNext();
    }, Qt::WidgetWithChildrenShortcut);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this]() {
        if (!isShowingWorkspace())
            claimSelected();
    }, Qt::WidgetWithChildrenShortcut);
    shortcut(QKeySequence(Qt::Key_F5), [this]() { refresh(); }, Qt::WidgetWithChildrenShortcut);
    shortcut(QKeySequence::Find, [this]() {
        if (isShowingWorkspace())
            return;
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    }, Qt::WidgetWithChildrenShortcut);

    setFocusProxy(m_list);
    const bool reviewer = Permissions::allows(m_session->staff().role, Action::ReviewAppeals);
    m_next->setEnabled(reviewer);
    m_claim->setEnabled(reviewer);
    applyFilter();
}

AppealQueuePage::~AppealQueuePage() = default;

bool AppealQueuePage::isShowingWorkspace() const
{
    return m_stack->currentWidget() == m_workspace;
}

void AppealQueuePage::setDecisions(const AppealFilter &decisions, const QString &note)
{
    m_decisions = AppealFilter{};
    m_decisions.decidedFrom = decisions.decidedFrom;
    m_decisions.decidedBefore = decisions.decidedBefore;
    m_decisions.decidedBy = decisions.decidedBy;
    m_decisions.reasonCode = decisions.reasonCode;
    m_dashboardNote->setText(note);
    m_dashboardNote->setVisible(!note.isEmpty());
    m_showAll->setVisible(!note.isEmpty());
}

void AppealQueuePage::showDecisions(const AppealFilter &decisions, const QString &note)
{
    // Every state (the decided ones are approved or rejected), any submission day.
    resetFilters(QString(), m_from->minimumDate(), m_to->minimumDate());
    setDecisions(decisions, note);
    showQueue();
    applyFilter();
}

void AppealQueuePage::showFiltered(const QString &state, QDate from, QDate to)
{
    resetFilters(state, from, to);
    setDecisions({}, QString());
    showQueue();
    applyFilter();
}

void AppealQueuePage::resetFilters(const QString &state, QDate from, QDate to)
{
    const std::optional<AppealState> wanted = AppealStates::fromName(state);
    int tab = tabStates().size() - 1; // all
    for (int i = 0; i < tabStates().size(); ++i)
        if (wanted && tabStates()[i] == wanted)
            tab = i;
    const QSignalBlocker a(m_states), b(m_from), c(m_to), d(m_sla), e(m_assignee), f(m_type), g(m_search);
    m_states->setCurrentIndex(tab);
    m_from->setDate(from.isValid() ? from : m_from->minimumDate());
    m_to->setDate(to.isValid() ? to : m_to->minimumDate());
    m_sla->setCurrentIndex(0);
    m_assignee->setCurrentIndex(0);
    m_type->setCurrentIndex(0);
    m_search->clear();
}

AppealFilter AppealQueuePage::currentFilter() const
{
    AppealFilter filter = m_decisions;
    if (const std::optional<AppealState> state = tabStates().value(m_states->currentIndex()))
        filter.states = {*state};
    if (const QString type = m_type->currentData().toString(); !type.isEmpty())
        filter.types = {type};
    if (const QString sla = m_sla->currentData().toString(); !sla.isEmpty())
        filter.slaStates = {sla};
    switch (m_assignee->currentData().toInt()) {
    case 1: filter.assignee = m_session->staff().login; break;
    case 2: filter.unassignedOnly = true; break;
    default: break;
    }
    if (m_from->date() != m_from->minimumDate())
        filter.submittedFrom = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        filter.submittedTo = m_to->date();
    filter.text = m_search->text().trimmed();
    return filter;
}

std::optional<ListExport> AppealQueuePage::describeExport() const
{
    const AppealFilter &applied = m_model->filter();
    ListExport list = exportOfModel(*m_model, QStringLiteral("appeal_queue"), tr("Recovery appeals"), Action::ReviewAppeals);
    list.filters = {{tr("State"), m_states->tabText(m_states->currentIndex())},
                    {tr("Type"), m_type->currentText()},
                    {tr("Deadline"), m_sla->currentText()},
                    {tr("Claimed"), m_assignee->currentText()}};
    if (applied.submittedFrom.isValid() || applied.submittedTo.isValid())
        list.filters.append({tr("Submitted"), QStringLiteral("%1 – %2").arg(m_from->text(), m_to->text())});
    if (!applied.text.isEmpty())
        list.filters.append({tr("Search"), ListExport::maskedSearch(applied.text)});
    if (m_dashboardNote->isVisible())
        list.filters.append({tr("Dashboard"), m_dashboardNote->text()});
    return list;
}

void AppealQueuePage::applyFilter()
{
    m_message->clear();
    m_model->setQuery(currentFilter(), m_model->sortOrder(), m_model->descending());
    refreshCounts();
}

void AppealQueuePage::refresh()
{
    m_model->refresh();
    refreshCounts();
}

void AppealQueuePage::refreshCounts()
{
    AppealFilter filter = currentFilter();
    filter.states.clear();
    auto db = m_session->sharedDatabase();
    m_runner.run(
        this,
        [db, filter]() { return AppealRepository(*db).countsByState(filter, QDateTime::currentDateTimeUtc()); },
        [this](Result<QMap<AppealState, qint64>> counts) {
            if (!counts)
                return; // the list shows the error
            qint64 all = 0;
            for (int i = 0; i < m_states->count(); ++i) {
                const std::optional<AppealState> state = tabStates().value(i);
                if (!state)
                    continue;
                const QString label = AppealTexts::stateLabel(*state);
                const qint64 n = counts->value(*state);
                all += n;
                m_states->setTabText(i, tr("%1 (%2)").arg(label).arg(n));
            }
            m_states->setTabText(m_states->count() - 1, tr("%1 (%2)").arg(tr("All")).arg(all));
        });
}

qint64 AppealQueuePage::selectedId() const
{
    const int row = m_list->currentRow();
    return row >= 0 ? m_model->appealIdAt(row) : 0;
}

void AppealQueuePage::showError(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(text);
}

void AppealQueuePage::claimNext()
{
    if (m_claiming)
        return;
    m_claiming = true;
    m_next->setEnabled(false);
    auto session = m_session;
    m_runner.run(
        this, [session]() { return AppealService(session).claimNext(); },
        [this](Result<AppealRecord> claimed) {
            m_claiming = false;
            m_next->setEnabled(true);
            if (!claimed) {
                if (claimed.error().code == Error::Code::NotFound) {
                    m_message->setStyleSheet(QString());
                    m_message->setText(tr("The queue is empty: no unclaimed appeal is waiting."));
                    showQueue();
                } else {
                    showError(claimed.error().message);
                }
                Q_EMIT claimFinished(false);
                return;
            }
            Q_EMIT statusMessage(tr("Appeal %1 claimed.").arg(claimed->id));
            refresh();
            openAppeal(claimed->id);
            Q_EMIT claimFinished(true);
        });
}

void AppealQueuePage::claimSelected()
{
    const qint64 id = selectedId();
    if (id == 0 || m_claiming)
        return;
    m_claiming = true;
    auto session = m_session;
    m_runner.run(
        this, [session, id]() { return AppealService(session).claim(id); },
        [this, id](Result<AppealRecord> claimed) {
            m_claiming = false;
            if (!claimed) {
                showError(claimed.error().message);
                Q_EMIT claimFinished(false);
                return;
            }
            Q_EMIT statusMessage(tr("Appeal %1 claimed.").arg(id));
            refresh();
            openAppeal(id);
            Q_EMIT claimFinished(true);
        });
}

void AppealQueuePage::openSelected()
{
    if (const qint64 id = selectedId(); id != 0)
        openAppeal(id);
}

void AppealQueuePage::openAppeal(qint64 appealId)
{
    m_stack->setCurrentWidget(m_workspace);
    m_workspace->showAppeal(appealId);
    m_workspace->setFocus();
}

void AppealQueuePage::showQueue()
{
    m_stack->setCurrentWidget(m_queueView);
    m_list->setFocus();
}

void AppealQueuePage::releaseSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto session = m_session;
    m_runner.run(
        this, [session, id]() { return AppealService(session).release(id); },
        [this, id](Status done) {
            if (!done) {
                showError(done.error().message);
                return;
            }
            Q_EMIT statusMessage(tr("Appeal %1 released to the queue.").arg(id));
            refresh();
        });
}

void AppealQueuePage::reassignSelected(const QString &staffLogin)
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto session = m_session;
    m_runner.run(
        this, [session, id, staffLogin]() { return AppealService(session).reassign(id, staffLogin); },
        [this, id, staffLogin](Status done) {
            if (!done) {
                showError(done.error().message);
                return;
            }
            Q_EMIT statusMessage(tr("Appeal %1 reassigned to %2.").arg(id).arg(staffLogin));
            refresh();
        });
}

} // namespace desk
