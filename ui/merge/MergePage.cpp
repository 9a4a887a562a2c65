#include "merge/MergePage.h"

#include "common/TaskRunner.h"
#include "domain/BusinessCalendar.h"
#include "merge/MergeRequestDialog.h"
#include "merge/TransferRequestDialog.h"
#include "reports/ListExportButton.h"
#include "workflow/MergeService.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace desk {

namespace {

constexpr int kPageSize = 50;
constexpr int kPeopleSize = 200; // handlers and pending activation, per page
constexpr int kExportAll = 1000000; // lists the service gives whole: the export takes every row

QString reasonLabel(const QString &reason)
{
    if (reason == QLatin1String("same_id_number"))
        return MergePage::tr("Same ID number");
    if (reason == QLatin1String("o4_person"))
        return MergePage::tr("O4 person account of an organization");
    if (reason == QLatin1String("same_uscc"))
        return MergePage::tr("Same USCC");
    return MergePage::tr("Former name");
}

QString stateLabel(const QString &stored)
{
    if (stored == QLatin1String("requested"))
        return MergePage::tr("Waiting for approval");
    if (stored == QLatin1String("applied"))
        return MergePage::tr("Executed");
    if (stored == QLatin1String("rejected"))
        return MergePage::tr("Rejected");
    return MergePage::tr("Undone");
}

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("merge"))
        return MergePage::tr("Merge");
    if (kind == QLatin1String("rename"))
        return MergePage::tr("Rename recovery");
    if (kind == QLatin1String("transfer"))
        return MergePage::tr("Project transfer");
    return MergePage::tr("Undo");
}

QString chinaTime(const QDateTime &t)
{
    return t.isValid() ? BusinessCalendar::toChinaTime(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

// The texts of a row as the tables show them and the exports write them (any thread).
QStringList candidateTexts(const MergeCandidate &c)
{
    QStringList accounts, bound;
    for (const MergeAccount &a : c.accounts) {
        accounts << QStringLiteral("%1 (%2)").arg(a.login, a.name);
        if (a.bound())
            bound << a.login;
    }
    return {reasonLabel(c.reason), accounts.join(QStringLiteral("; ")),
            bound.isEmpty() ? MergePage::tr("none") : bound.join(QStringLiteral(", "))};
}

QStringList requestTexts(const MergeRequestRecord &r)
{
    return {QString::number(r.id), kindLabel(r.kind), stateLabel(r.state), r.sourceLogin, r.targetLogin,
            r.requestedBy, r.decidedBy, chinaTime(r.requestedAt)};
}

QStringList expiringTexts(const DelegationRow &d)
{
    return {QStringLiteral("%1 (%2)").arg(d.organizationName, d.organizationLogin),
            QStringLiteral("%1 (%2)").arg(d.personName, d.personLogin), d.businessSystem, d.role, chinaTime(d.expiresAt)};
}

QStringList handlerTexts(const DelegationRow &d, const QDateTime &now)
{
    const bool expired = d.expiresAt.isValid() && d.expiresAt <= now;
    return {QStringLiteral("%1 (%2)").arg(d.organizationName, d.organizationLogin),
            QStringLiteral("%1 (%2)").arg(d.personName, d.personLogin),
            d.businessSystem,
            d.role,
            d.role == QLatin1String("admin") ? MergePage::tr("yes") : QString(),
            MergePage::tr("%1 … %2").arg(chinaTime(d.grantedAt),
                                         d.expiresAt.isValid() ? chinaTime(d.expiresAt) : MergePage::tr("long-term")),
            expired ? MergePage::tr("expired") : QString()};
}

QStringList pendingTexts(const PendingAccountRow &a)
{
    return {a.login, a.name, a.kind == QLatin1String("organization") ? MergePage::tr("organization") : MergePage::tr("person"),
            chinaTime(a.createdAt),
            a.organizationLogin.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(a.organizationName, a.organizationLogin)};
}

void appendRow(QTableWidget *table, const QStringList &texts)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < texts.size(); ++c)
        table->setItem(row, c, cell(texts[c]));
}

QStringList headerTitles(const QTableWidget *table)
{
    QStringList titles;
    for (int c = 0; c < table->columnCount(); ++c)
        titles << table->horizontalHeaderItem(c)->text();
    return titles;
}

ExportRow exportRow(const QStringList &texts)
{
    ExportRow row;
    row.reserve(texts.size());
    for (const QString &t : texts)
        row << t;
    return row;
}

// A pager over a list the service gives whole (capped by `limit`): one batch, then the end.
template <typename Row, typename Fetch, typename Texts>
ListPager oneBatchPager(Fetch fetch, Texts texts)
{
    auto done = std::make_shared<bool>(false);
    return [fetch, texts, done](Database &, int) -> Result<QVector<ExportRow>> {
        if (*done)
            return QVector<ExportRow>{};
        *done = true;
        auto rows = fetch();
        if (!rows)
            return rows.error();
        QVector<ExportRow> out;
        for (const Row &r : std::as_const(*rows))
            out << exportRow(texts(r));
        return out;
    };
}

} // namespace

MergePage::MergePage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("mergePage"));
    const StaffRole role = m_session->staff().role;

    // The duplicate finder.
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("mergeCounts"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("mergeReasonFilter"));
    m_reason->addItem(tr("All reasons"), QString());
    for (const QString &r : MergeRepository::reasons())
        m_reason->addItem(reasonLabel(r), r);
    m_request = new QPushButton(tr("Request merge…"), this);
    m_request->setObjectName(QStringLiteral("mergeRequestButton"));
    m_request->setEnabled(Permissions::allows(role, Action::RequestMerge));
    m_transfer = new QPushButton(tr("Project transfer…"), this);
    m_transfer->setObjectName(QStringLiteral("mergeTransferButton"));
    m_transfer->setToolTip(tr("Move a departing member's projects to a colleague of the same organization"));
    m_transfer->setEnabled(Permissions::allows(role, Action::RequestMerge));
    connect(m_transfer, &QPushButton::clicked, this, &MergePage::requestTransfer);
    auto *finderExport = new ListExportButton(
        m_session, [this]() { return describeExport(QStringLiteral("duplicates")); }, this,
        QKeySequence(Qt::CTRL | Qt::Key_E));
    finderExport->setObjectName(QStringLiteral("mergeFinderExport"));
    auto *finderBar = new QHBoxLayout;
    finderBar->addWidget(new QLabel(tr("Possible duplicate accounts"), this));
    finderBar->addWidget(m_reason);
    finderBar->addWidget(m_counts, 1);
    finderBar->addWidget(m_request);
    finderBar->addWidget(m_transfer);
    finderBar->addWidget(finderExport);
    m_candidates = table(this, QStringLiteral("mergeCandidates"),
                         {tr("Reason"), tr("Accounts (login, name)"), tr("Real-name bound")});
    m_more = new QPushButton(tr("More"), this);
    m_more->setObjectName(QStringLiteral("mergeMore"));
    m_more->setEnabled(false);
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] { loadCandidates(false); });
    connect(m_more, &QPushButton::clicked, this, [this] { loadCandidates(true); });
    connect(m_request, &QPushButton::clicked, this, &MergePage::requestForSelected);
    connect(m_candidates, &QTableWidget::cellDoubleClicked, this, [this] { requestForSelected(); });

    // Requests and their decisions.
    m_requests = table(this, QStringLiteral("mergeRequests"),
                       {tr("No."), tr("Kind"), tr("State"), tr("Source"), tr("Target"), tr("Requested by"),
                        tr("Decided by"), tr("Requested at")});
    m_approve = new QPushButton(tr("Approve and execute"), this);
    m_approve->setObjectName(QStringLiteral("mergeApprove"));
    m_reject = new QPushButton(tr("Reject…"), this);
    m_reject->setObjectName(QStringLiteral("mergeReject"));
    m_undo = new QPushButton(tr("Request undo"), this);
    m_undo->setObjectName(QStringLiteral("mergeUndo"));
    const bool supervisor = Permissions::allows(role, Action::DecideMerge);
    for (QPushButton *b : {m_approve, m_reject, m_undo})
        b->setEnabled(supervisor);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("mergeRefresh"));
    refreshButton->setToolTip(tr("F5"));
    connect(refreshButton, &QPushButton::clicked, this, &MergePage::refresh);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(QStringLiteral("approve")); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(QStringLiteral("reject")); });
    connect(m_undo, &QPushButton::clicked, this, [this] { decide(QStringLiteral("undo")); });
    m_requestState = new QComboBox(this);
    m_requestState->setObjectName(QStringLiteral("mergeRequestState"));
    m_requestState->addItem(tr("All states"), QString());
    for (const char *state : {"requested", "applied", "rejected", "reverted"})
        m_requestState->addItem(stateLabel(QString::fromLatin1(state)), QString::fromLatin1(state));
    connect(m_requestState, &QComboBox::currentIndexChanged, this, [this] {
        m_requestFilter = MergeRequestFilter{};
        m_requestFilter.storedState = m_requestState->currentData().toString();
        m_requestsNote->hide();
        m_requestsShowAll->hide();
        loadRequests();
    });
    m_requestsNote = new QLabel(this);
    m_requestsNote->setObjectName(QStringLiteral("mergeRequestsNote"));
    m_requestsNote->hide();
    m_requestsShowAll = new QPushButton(tr("Show all"), this);
    m_requestsShowAll->setObjectName(QStringLiteral("mergeRequestsShowAll"));
    m_requestsShowAll->hide();
    connect(m_requestsShowAll, &QPushButton::clicked, this, [this] {
        if (m_requestState->currentIndex() != 0)
            m_requestState->setCurrentIndex(0); // reloads
        else
            showRequests(MergeRequestFilter{}, QString());
    });
    auto *requestBar = new QHBoxLayout;
    requestBar->addWidget(new QLabel(tr("Merge, rename and transfer requests (a second supervisor approves)"), this), 1);
    requestBar->addWidget(m_requestState);
    requestBar->addWidget(m_approve);
    requestBar->addWidget(m_reject);
    requestBar->addWidget(m_undo);
    requestBar->addWidget(refreshButton);
    auto *requestsExport = new ListExportButton(
        m_session, [this]() { return describeExport(QStringLiteral("merge_requests")); }, this);
    requestsExport->setObjectName(QStringLiteral("mergeRequestsExport"));
    requestBar->addWidget(requestsExport);

    // The watch list.
    m_expiring = table(this, QStringLiteral("mergeExpiring"),
                       {tr("Organization"), tr("Person"), tr("Business system"), tr("Role"), tr("Expires")});

    // The organization's people.
    m_handlers = table(this, QStringLiteral("mergeHandlers"),
                       {tr("Organization"), tr("Person"), tr("Business system"), tr("Role"), tr("Administrator"),
                        tr("Valid"), tr("Expired")});
    m_handlersMore = new QPushButton(tr("More"), this);
    m_handlersMore->setObjectName(QStringLiteral("mergeHandlersMore"));
    m_handlersMore->setEnabled(false);
    connect(m_handlersMore, &QPushButton::clicked, this, [this] { loadHandlers(true); });
    m_pending = table(this, QStringLiteral("mergePending"),
                      {tr("Login"), tr("Name"), tr("Kind"), tr("Created"), tr("Delegated by")});
    m_pendingMore = new QPushButton(tr("More"), this);
    m_pendingMore->setObjectName(QStringLiteral("mergePendingMore"));
    m_pendingMore->setEnabled(false);
    connect(m_pendingMore, &QPushButton::clicked, this, [this] { loadPending(true); });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mergeMessage"));
    m_message->setWordWrap(true);

    auto *finder = new QWidget(this);
    auto *finderLayout = new QVBoxLayout(finder);
    finderLayout->setContentsMargins(0, 0, 0, 0);
    finderLayout->addLayout(finderBar);
    finderLayout->addWidget(m_candidates, 1);
    finderLayout->addWidget(m_more, 0, Qt::AlignLeft);
    auto *requests = new QWidget(this);
    auto *requestsLayout = new QVBoxLayout(requests);
    requestsLayout->setContentsMargins(0, 0, 0, 0);
    requestsLayout->addLayout(requestBar);
    auto *noteBar = new QHBoxLayout;
    noteBar->addWidget(m_requestsNote, 1);
    noteBar->addWidget(m_requestsShowAll);
    requestsLayout->addLayout(noteBar);
    requestsLayout->addWidget(m_requests, 1);
    auto *watch = new QWidget(this);
    auto *watchLayout = new QVBoxLayout(watch);
    watchLayout->setContentsMargins(0, 0, 0, 0);
    watchLayout->addWidget(new QLabel(tr("Delegations expiring within 30 days (the organization's administrator "
                                         "re-delegates)"),
                                      watch));
    watchLayout->addWidget(m_expiring, 1);
    auto *expiringExport = new ListExportButton(
        m_session, [this]() { return describeExport(QStringLiteral("expiring_delegations")); }, this);
    expiringExport->setObjectName(QStringLiteral("mergeExpiringExport"));
    watchLayout->addWidget(expiringExport, 0, Qt::AlignLeft);
    auto *handlersPage = new QWidget(this);
    auto *handlersLayout = new QVBoxLayout(handlersPage);
    handlersLayout->setContentsMargins(0, 0, 0, 0);
    handlersLayout->addWidget(m_handlers, 1);
    auto *handlersExport = new ListExportButton(
        m_session, [this]() { return describeExport(QStringLiteral("handlers")); }, this);
    handlersExport->setObjectName(QStringLiteral("mergeHandlersExport"));
    auto *handlersButtons = new QHBoxLayout;
    handlersButtons->addWidget(m_handlersMore);
    handlersButtons->addWidget(handlersExport);
    handlersButtons->addStretch(1);
    handlersLayout->addLayout(handlersButtons);
    auto *pendingPage = new QWidget(this);
    auto *pendingLayout = new QVBoxLayout(pendingPage);
    pendingLayout->setContentsMargins(0, 0, 0, 0);
    pendingLayout->addWidget(m_pending, 1);
    auto *pendingExport = new ListExportButton(
        m_session, [this]() { return describeExport(QStringLiteral("pending_activation")); }, this);
    pendingExport->setObjectName(QStringLiteral("mergePendingExport"));
    auto *pendingButtons = new QHBoxLayout;
    pendingButtons->addWidget(m_pendingMore);
    pendingButtons->addWidget(pendingExport);
    pendingButtons->addStretch(1);
    pendingLayout->addLayout(pendingButtons);
    m_peopleTabs = new QTabWidget(this);
    m_peopleTabs->setObjectName(QStringLiteral("mergePeopleTabs"));
    m_peopleTabs->addTab(watch, tr("Expiring within 30 days"));
    m_peopleTabs->addTab(handlersPage, tr("Handlers"));
    m_peopleTabs->addTab(pendingPage, tr("Pending activation"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(finder);
    splitter->addWidget(requests);
    splitter->addWidget(m_peopleTabs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    refresh();
}

std::optional<ListExport> MergePage::describeExport(const QString &name) const
{
    auto session = m_session;
    ListExport list;
    list.name = name;
    list.action = Action::FindDuplicates;
    if (name == QLatin1String("duplicates")) {
        list.title = tr("Possible duplicate accounts");
        list.columns = ListExport::textColumns(headerTitles(m_candidates));
        list.filters = {{tr("Reason"), m_reason->currentText()}};
        const QString reason = m_reason->currentData().toString();
        auto after = std::make_shared<std::optional<CandidateKey>>();
        list.pager = [session, reason, after](Database &, int limit) -> Result<QVector<ExportRow>> {
            auto page = MergeService(session).candidates(reason, *after, std::min(limit, 1000));
            if (!page)
                return page.error();
            QVector<ExportRow> out;
            for (const MergeCandidate &c : std::as_const(*page))
                out << exportRow(candidateTexts(c));
            if (!page->isEmpty())
                *after = CandidateKey{page->constLast().reason, page->constLast().key};
            return out;
        };
    } else if (name == QLatin1String("merge_requests")) {
        list.title = tr("Merge, rename and transfer requests");
        list.columns = ListExport::textColumns(headerTitles(m_requests));
        list.pager = oneBatchPager<MergeRequestRecord>(
            [session] { return MergeService(session).list(QString(), kExportAll); }, requestTexts);
    } else if (name == QLatin1String("expiring_delegations")) {
        list.title = tr("Delegations expiring within 30 days");
        list.columns = ListExport::textColumns(headerTitles(m_expiring));
        list.pager = oneBatchPager<DelegationRow>(
            [session] { return MergeService(session).expiringDelegations(30, kExportAll); }, expiringTexts);
    } else if (name == QLatin1String("handlers")) {
        list.title = tr("Handlers");
        list.columns = ListExport::textColumns(headerTitles(m_handlers));
        auto after = std::make_shared<DelegationRow>();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        list.pager = [session, after, now](Database &, int limit) -> Result<QVector<ExportRow>> {
            auto page = MergeService(session).handlers(*after, limit);
            if (!page)
                return page.error();
            QVector<ExportRow> out;
            for (const DelegationRow &d : std::as_const(*page))
                out << exportRow(handlerTexts(d, now));
            if (!page->isEmpty())
                *after = page->constLast();
            return out;
        };
    } else if (name == QLatin1String("pending_activation")) {
        list.title = tr("Accounts pending activation");
        list.columns = ListExport::textColumns(headerTitles(m_pending));
        auto after = std::make_shared<qint64>(0);
        list.pager = [session, after](Database &, int limit) -> Result<QVector<ExportRow>> {
            auto page = MergeService(session).pendingActivation(*after, limit);
            if (!page)
                return page.error();
            QVector<ExportRow> out;
            for (const PendingAccountRow &a : std::as_const(*page))
                out << exportRow(pendingTexts(a));
            if (!page->isEmpty())
                *after = page->constLast().id;
            return out;
        };
    } else {
        return std::nullopt;
    }
    return list;
}

void MergePage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    if (!error && !text.isEmpty())
        Q_EMIT statusMessage(text);
}

void MergePage::refresh()
{
    auto session = m_session;
    m_runner.run(
        this, [session] { return MergeService(session).candidateCounts(); },
        [this](Result<QHash<QString, qint64>> counts) {
            if (!counts) {
                m_counts->setText(counts.error().message);
                return;
            }
            QStringList parts;
            for (const QString &r : MergeRepository::reasons())
                parts << tr("%1: %2").arg(reasonLabel(r)).arg(counts->value(r));
            m_counts->setText(parts.join(QStringLiteral(" · ")));
        });
    loadCandidates(false);
    loadRequests();
    loadExpiring();
    loadHandlers(false);
    loadPending(false);
}

void MergePage::loadCandidates(bool more)
{
    if (!more) {
        m_after.reset();
        m_candidates->setRowCount(0);
    }
    const int generation = ++m_generation;
    const QString reason = m_reason->currentData().toString();
    const std::optional<CandidateKey> after = m_after;
    m_more->setEnabled(false);
    auto session = m_session;
    m_runner.run(
        this, [session, reason, after] { return MergeService(session).candidates(reason, after, kPageSize); },
        [this, generation](Result<QVector<MergeCandidate>> page) {
            if (generation != m_generation)
                return; // a later filter asked for another list
            if (!page) {
                setMessage(page.error().message, true);
                Q_EMIT candidatesLoaded();
                return;
            }
            for (const MergeCandidate &c : std::as_const(*page)) {
                QStringList logins;
                for (const MergeAccount &a : c.accounts)
                    logins << a.login;
                appendRow(m_candidates, candidateTexts(c));
                QTableWidgetItem *first = m_candidates->item(m_candidates->rowCount() - 1, 0);
                first->setData(Qt::UserRole, logins);
                first->setData(Qt::UserRole + 1, c.reason);
            }
            if (!page->isEmpty())
                m_after = CandidateKey{page->constLast().reason, page->constLast().key};
            m_more->setEnabled(page->size() == kPageSize);
            m_candidates->resizeColumnsToContents();
            m_candidates->horizontalHeader()->setStretchLastSection(true);
            Q_EMIT candidatesLoaded();
        });
}

void MergePage::showRequests(const MergeRequestFilter &filter, const QString &note)
{
    {
        const QSignalBlocker block(m_requestState);
        m_requestState->setCurrentIndex(std::max(0, m_requestState->findData(filter.storedState)));
    }
    m_requestFilter = filter;
    m_requestsNote->setText(note);
    m_requestsNote->setVisible(!note.isEmpty());
    m_requestsShowAll->setVisible(!note.isEmpty());
    loadRequests();
}

void MergePage::loadRequests()
{
    auto session = m_session;
    const MergeRequestFilter filter = m_requestFilter;
    const int generation = ++m_requestsGeneration;
    m_runner.run(
        this, [session, filter] { return MergeService(session).list(filter, 200); },
        [this, generation](Result<QVector<MergeRequestRecord>> rows) {
            if (generation != m_requestsGeneration)
                return; // the filter changed meanwhile
            const qint64 selected = selectedRequest();
            m_requests->setRowCount(0);
            if (!rows) {
                setMessage(rows.error().message, true);
                Q_EMIT requestsLoaded();
                return;
            }
            for (const MergeRequestRecord &r : std::as_const(*rows)) {
                appendRow(m_requests, requestTexts(r));
                const int row = m_requests->rowCount() - 1;
                QTableWidgetItem *id = m_requests->item(row, 0);
                id->setData(Qt::UserRole, r.id);
                id->setData(Qt::UserRole + 1, r.state);
                if (r.id == selected)
                    m_requests->selectRow(row);
            }
            m_requests->resizeColumnsToContents();
            m_requests->horizontalHeader()->setStretchLastSection(true);
            Q_EMIT requestsLoaded();
        });
}

void MergePage::loadExpiring()
{
    auto session = m_session;
    m_runner.run(
        this, [session] { return MergeService(session).expiringDelegations(30, 500); },
        [this](Result<QVector<DelegationRow>> rows) {
            m_expiring->setRowCount(0);
            if (!rows)
                return;
            for (const DelegationRow &d : std::as_const(*rows))
                appendRow(m_expiring, expiringTexts(d));
        });
}

void MergePage::loadHandlers(bool more)
{
    if (!more) {
        m_handlersAfter = DelegationRow{};
        m_handlers->setRowCount(0);
    }
    const int generation = ++m_handlersGeneration;
    const DelegationRow after = m_handlersAfter;
    m_handlersMore->setEnabled(false);
    auto session = m_session;
    m_runner.run(
        this, [session, after] { return MergeService(session).handlers(after, kPeopleSize); },
        [this, generation](Result<QVector<DelegationRow>> page) {
            if (generation != m_handlersGeneration)
                return;
            if (!page) {
                Q_EMIT handlersLoaded();
                return;
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const DelegationRow &d : std::as_const(*page))
                appendRow(m_handlers, handlerTexts(d, now));
            if (!page->isEmpty())
                m_handlersAfter = page->constLast();
            m_handlersMore->setEnabled(page->size() == kPeopleSize);
            m_handlers->resizeColumnsToContents();
            m_handlers->horizontalHeader()->setStretchLastSection(true);
            Q_EMIT handlersLoaded();
        });
}

void MergePage::loadPending(bool more)
{
    if (!more) {
        m_pendingAfter = 0;
        m_pending->setRowCount(0);
    }
    const int generation = ++m_pendingGeneration;
    const qint64 after = m_pendingAfter;
    m_pendingMore->setEnabled(false);
    auto session = m_session;
    m_runner.run(
        this, [session, after] { return MergeService(session).pendingActivation(after, kPeopleSize); },
        [this, generation](Result<QVector<PendingAccountRow>> page) {
            if (generation != m_pendingGeneration)
                return;
            if (!page) {
                Q_EMIT pendingLoaded();
                return;
            }
            for (const PendingAccountRow &a : std::as_const(*page))
                appendRow(m_pending, pendingTexts(a));
            if (!page->isEmpty())
                m_pendingAfter = page->constLast().id;
            m_pendingMore->setEnabled(page->size() == kPeopleSize);
            m_pending->resizeColumnsToContents();
            m_pending->horizontalHeader()->setStretchLastSection(true);
            Q_EMIT pendingLoaded();
        });
}

qint64 MergePage::selectedRequest() const
{
    const int row = m_requests->currentRow();
    if (row < 0 || !m_requests->item(row, 0))
        return 0;
    return m_requests->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void MergePage::requestForSelected()
{
    QString source, target, kind = QStringLiteral("merge");
    const int row = m_candidates->currentRow();
    if (row >= 0 && m_candidates->item(row, 0)) {
        const QStringList logins = m_candidates->item(row, 0)->data(Qt::UserRole).toStringList();
        const QString reason = m_candidates->item(row, 0)->data(Qt::UserRole + 1).toString();
        if (logins.size() >= 2) {
            // The account holding the binding (listed first) remains; an O4 person goes into its organization, an
            // old name into the renamed organization (listed last).
            const bool intoLast = reason == QLatin1String("o4_person") || reason == QLatin1String("former_name");
            target = intoLast ? logins.constLast() : logins.constFirst();
            source = intoLast ? logins.constFirst() : logins.at(1);
            if (reason == QLatin1String("former_name"))
                kind = QStringLiteral("rename");
        }
    }
    auto *dialog = new MergeRequestDialog(m_session, m_runner, source, target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKind(kind);
    connect(dialog, &MergeRequestDialog::accepted, this, [this, dialog] {
        setMessage(tr("Merge request %1 recorded; a supervisor who did not request it approves it.")
                       .arg(dialog->requestId()),
                   false);
        loadRequests();
    });
    dialog->open();
}

void MergePage::requestTransfer()
{
    auto *dialog = new TransferRequestDialog(m_session, m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransferRequestDialog::accepted, this, [this, dialog] {
        setMessage(tr("Transfer request %1 recorded; a supervisor who did not request it approves it.")
                       .arg(dialog->requestId()),
                   false);
        loadRequests();
    });
    dialog->open();
}

void MergePage::decide(const QString &what)
{
    const qint64 id = selectedRequest();
    if (!id) {
        setMessage(tr("Select a request first."), true);
        Q_EMIT decisionFinished(false);
        return;
    }
    QString reason;
    if (what == QLatin1String("reject") || what == QLatin1String("undo")) {
        QInputDialog input(this);
        input.setObjectName(QStringLiteral("mergeReasonDialog"));
        input.setLabelText(what == QLatin1String("reject") ? tr("Why is request %1 rejected?").arg(id)
                                                            : tr("Why is request %1 undone?").arg(id));
        if (input.exec() != QDialog::Accepted) {
            Q_EMIT decisionFinished(false);
            return;
        }
        reason = input.textValue().trimmed();
    }
    auto session = m_session;
    m_runner.run(
        this,
        [session, id, what, reason]() -> Result<MergeRequestRecord> {
            MergeService service(session);
            if (what == QLatin1String("approve"))
                return service.approve(id);
            if (what == QLatin1String("reject"))
                return service.reject(id, reason);
            return service.requestUndo(id, reason);
        },
        [this, what](Result<MergeRequestRecord> r) {
            if (!r) {
                setMessage(r.error().message, true);
                Q_EMIT decisionFinished(false);
                return;
            }
            if (what == QLatin1String("undo"))
                setMessage(tr("Undo request %1 recorded; another supervisor approves it.").arg(r->id), false);
            else
                setMessage(tr("Request %1: %2.").arg(r->id).arg(stateLabel(r->state)), false);
            loadRequests();
            loadCandidates(false);
            Q_EMIT decisionFinished(true);
        });
}

} // namespace desk
