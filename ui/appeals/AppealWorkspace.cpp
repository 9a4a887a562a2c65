#include "appeals/AppealWorkspace.h"

#include "common/TaskRunner.h"
#include "domain/AccountLabels.h"
#include "domain/BusinessCalendar.h"
#include "domain/Identifiers.h"
#include "lookup/LookupLabels.h"
#include "widgets/DocumentViewer.h"
#include "workflow/Session.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace desk {

namespace {

struct Loaded
{
    Result<AppealReview> review = Error();
    QVector<ViewerDocument> documents;
    QVector<ReasonTemplate> templates;
};

QString chinaTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return BusinessCalendar::toChinaTime(t).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// What staff may see of a compared value: ID numbers and phones masked.
QString shown(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return AppealWorkspace::tr("—");
    if (field.contains(QLatin1String("id_number")))
        return ids::maskIdNumber(value);
    if (field == QLatin1String("phone"))
        return ids::maskPhone(value);
    return value;
}

QString matchedByLabel(const QString &what)
{
    if (what == QLatin1String("id_number"))
        return AppealWorkspace::tr("ID number");
    if (what == QLatin1String("uscc"))
        return AppealWorkspace::tr("USCC");
    if (what == QLatin1String("name"))
        return AppealWorkspace::tr("name");
    if (what == QLatin1String("former_name"))
        return AppealWorkspace::tr("former name");
    return what;
}

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTabKeyNavigation(false);
    return t;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

AppealWorkspace::AppealWorkspace(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("appealWorkspace"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("appealTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("appealStatus"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("appealWorkspaceMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto button = [this](const QString &text, const QString &name, const QString &keys) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(keys);
        return b;
    };
    m_back = button(tr("Back to the queue"), QStringLiteral("appealBack"), tr("Esc"));
    m_claim = button(tr("Claim"), QStringLiteral("appealWorkspaceClaim"), tr("Ctrl+Return"));
    m_approve = button(tr("Approve…"), QStringLiteral("appealApprove"), tr("Ctrl+Shift+A"));
    m_reject = button(tr("Reject…"), QStringLiteral("appealReject"), tr("Ctrl+Shift+R"));
    m_ask = button(tr("Ask for documents…"), QStringLiteral("appealAskDocuments"), tr("Ctrl+Shift+D"));
    m_release = button(tr("Release"), QStringLiteral("appealWorkspaceRelease"), QString());
    m_next = button(tr("Next appeal"), QStringLiteral("appealWorkspaceNext"), tr("Ctrl+N"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    for (QPushButton *b : {m_claim, m_approve, m_reject, m_ask, m_release, m_next})
        buttons->addWidget(b);

    // Left: the data and what it is compared with.
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("appealCandidates"));
    m_candidates->setMaximumHeight(120);
    m_renameHint = new QLabel(this);
    m_renameHint->setObjectName(QStringLiteral("appealRenameHint"));
    m_renameHint->setWordWrap(true);
    m_renameHint->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_renameHint->hide();
    m_comparison = makeTable(this, QStringLiteral("appealComparison"),
                             {tr("Field"), tr("In the appeal"), tr("In the account"), tr("")});
    m_verdicts = new QListWidget(this);
    m_verdicts->setObjectName(QStringLiteral("appealVerdicts"));
    m_verdicts->setMaximumHeight(130);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("appealTabs"));
    m_related = makeTable(this, QStringLiteral("appealRelated"),
                          {tr("Appeal"), tr("Type"), tr("State"), tr("Submitted"), tr("Claimed by")});
    m_decisions = makeTable(this, QStringLiteral("appealDecisions"),
                            {tr("Appeal"), tr("Decision"), tr("Decided"), tr("By"), tr("Reason")});
    auto *notesPage = new QWidget(this);
    m_notes = new QListWidget(notesPage);
    m_notes->setObjectName(QStringLiteral("appealNotes"));
    m_noteInput = new QLineEdit(notesPage);
    m_noteInput->setObjectName(QStringLiteral("appealNoteInput"));
    m_noteInput->setPlaceholderText(tr("Internal note for colleagues; Enter adds it"));
    m_noteInput->setMaxLength(1000);
    auto *notesLayout = new QVBoxLayout(notesPage);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addWidget(m_noteInput);
    m_history = makeTable(this, QStringLiteral("appealHistory"), {tr("Time"), tr("Staff"), tr("Action")});
    m_tabs->addTab(m_related, tr("Other open appeals"));
    m_tabs->addTab(m_decisions, tr("Recent decisions"));
    m_tabs->addTab(notesPage, tr("Notes"));
    m_tabs->addTab(m_history, tr("History"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Matching accounts (the one chosen is compared and approved):"), left));
    leftLayout->addWidget(m_candidates);
    leftLayout->addWidget(m_renameHint);
    leftLayout->addWidget(m_comparison, 2);
    leftLayout->addWidget(new QLabel(tr("Checks:"), left));
    leftLayout->addWidget(m_verdicts);
    leftLayout->addWidget(m_tabs, 1);

    m_viewer = new DocumentViewer(this);
    m_viewer->setObjectName(QStringLiteral("appealDocuments"));
    m_viewer->setWatermarkLogin(m_session->staff().login); // every picture on screen names who looks at it

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("appealSplitter"));
    split->addWidget(left);
    split->addWidget(m_viewer);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_back, &QPushButton::clicked, this, &AppealWorkspace::backRequested);
    connect(m_next, &QPushButton::clicked, this, &AppealWorkspace::nextRequested);
    connect(m_claim, &QPushButton::clicked, this, &AppealWorkspace::claim);
    connect(m_release, &QPushButton::clicked, this, &AppealWorkspace::release);
    connect(m_approve, &QPushButton::clicked, this, [this]() { approveSelected(true); });
    connect(m_reject, &QPushButton::clicked, this, &AppealWorkspace::rejectWithDialog);
    connect(m_ask, &QPushButton::clicked, this, &AppealWorkspace::askForDocumentsWithDialog);
    connect(m_candidates, &QListWidget::currentRowChanged, this, [this]() { renderComparison(); });
    connect(m_noteInput, &QLineEdit::returnPressed, this, [this]() { addNote(m_noteInput->text()); });

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this]() { approveSelected(true); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this]() { rejectWithDialog(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this]() { askForDocumentsWithDialog(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this]() { claim(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this]() { Q_EMIT nextRequested(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown), [this]() { m_viewer->next(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp), [this]() { m_viewer->previous(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this]() { Q_EMIT backRequested(); });

    m_keepAlive = new QTimer(this);
    m_keepAlive->setInterval(4 * 60 * 1000); // well inside the smallest idle time an administrator may set (5 min)
    connect(m_keepAlive, &QTimer::timeout, this, &AppealWorkspace::keepClaimAlive);
    m_keepAlive->start();
    qApp->installEventFilter(this);

    setFocusProxy(m_candidates);
    setBusy(false);
}

bool AppealWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress) && isVisible()) {
        if (auto *w = qobject_cast<QWidget *>(watched); w && (w == this || isAncestorOf(w)))
            m_activeSinceTouch = true;
    }
    return QWidget::eventFilter(watched, event);
}

void AppealWorkspace::keepClaimAlive()
{
    if (!m_activeSinceTouch || !isVisible() || !m_review.heldByMe || m_appealId == 0)
        return;
    m_activeSinceTouch = false;
    const qint64 id = m_appealId;
    auto session = m_session;
    m_runner.run(
        this, [session, id]() { return AppealService(session).touch(id); },
        [this](Result<QDateTime> expires) {
            if (!expires) {
                showMessage(expires.error().message, true);
                return;
            }
            m_review.appeal.claimExpiresAt = *expires;
        });
}

AppealWorkspace::~AppealWorkspace()
{
    qApp->removeEventFilter(this);
}

void AppealWorkspace::showAppeal(qint64 appealId)
{
    m_appealId = appealId;
    m_review = {};
    m_title->setText(tr("Appeal %1").arg(appealId));
    m_status->setText(tr("Loading…"));
    m_candidates->clear();
    m_comparison->setRowCount(0);
    m_verdicts->clear();
    m_viewer->setDocuments({});
    m_message->hide();
    reload();
}

void AppealWorkspace::reload()
{
    if (m_appealId == 0)
        return;
    m_loading = true;
    setBusy(true);
    const quint64 generation = ++m_generation;
    const qint64 id = m_appealId;
    auto session = m_session;
    m_runner.run(
        this,
        [session, id]() {
            Loaded loaded;
            AppealService service(session);
            loaded.review = service.review(id);
            if (!loaded.review)
                return loaded;
            for (const AppealDocument &d : loaded.review->documents) {
                auto bytes = service.documentContent(d.id);
                loaded.documents.append(ViewerDocument{AppealTexts::documentKindLabel(d.kind), d.fileName,
                                                       d.mimeType, bytes ? *bytes : QByteArray()});
            }
            if (auto templates = service.reasonTemplates(true))
                loaded.templates = *templates;
            if (loaded.review->heldByMe)
                (void)service.touch(id); // opening the appeal is working on it: the claim runs on
            return loaded;
        },
        [this, generation](Loaded result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.review) {
                setBusy(false);
                showMessage(result.review.error().message, true);
                Q_EMIT failed(result.review.error().message);
                return;
            }
            const int candidate = m_candidates->currentRow();
            const bool sameAppeal = m_review.appeal.id == result.review->appeal.id;
            m_review = std::move(result.review).value();
            m_templates = result.templates;
            render();
            if (sameAppeal && candidate >= 0 && candidate < m_candidates->count())
                m_candidates->setCurrentRow(candidate);
            m_viewer->setDocuments(result.documents);
            setBusy(false);
            Q_EMIT loaded(m_appealId);
        });
}

void AppealWorkspace::render()
{
    const AppealRecord &a = m_review.appeal;
    const QString who = a.organizationName.isEmpty() ? a.applicantName : a.organizationName;
    m_title->setText(tr("Appeal %1 · %2 · %3").arg(a.id).arg(AppealTexts::typeLabel(a.type), who));
    QStringList status{AppealTexts::stateLabel(a.state)};
    if (!a.claimedBy.isEmpty())
        status << (m_review.heldByMe ? tr("claimed by you until %1").arg(chinaTime(a.claimExpiresAt))
                                     : tr("claimed by %1").arg(a.claimedBy));
    status << tr("submitted %1").arg(chinaTime(a.submittedAt));
    if (AppealStates::isOpen(a.state))
        status << (a.dueAt.isValid() ? tr("due %1 (%2)")
                                           .arg(chinaTime(a.dueAt),
                                                BusinessCalendar::timeLeftLabel(a.dueAt, QDateTime::currentDateTimeUtc()))
                                     : tr("deadline paused while waiting for the user"));
    if (!a.documentsComplete)
        status << tr("documents missing or refused");
    if (!a.decidedBy.isEmpty())
        status << tr("decided by %1 on %2").arg(a.decidedBy, chinaTime(a.decidedAt));
    m_status->setText(status.join(QStringLiteral(" · ")));
    const QString sla = m_review.slaState;
    m_status->setStyleSheet(sla == QLatin1String("overdue")     ? QStringLiteral("color: #b3261e; font-weight: bold;")
                            : sla == QLatin1String("due_today") ? QStringLiteral("color: #8a5a00; font-weight: bold;")
                                                                : QString());

    m_candidates->blockSignals(true);
    m_candidates->clear();
    for (const AppealCandidate &c : std::as_const(m_review.candidates)) {
        QStringList by;
        for (const QString &m : c.matchedBy)
            by << matchedByLabel(m);
        auto *item = new QListWidgetItem(tr("%1 – %2 (%3; matched by %4)")
                                             .arg(c.account.login, c.account.name,
                                                  AccountLabels::realNameStatus(c.account.realNameStatus),
                                                  by.join(QStringLiteral(", "))),
                                         m_candidates);
        item->setData(Qt::UserRole, c.account.id);
    }
    if (m_review.candidates.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No platform account matches: the answer is \"register anew\" "
                                            "(reject with the template \"no matching account\")."),
                                         m_candidates);
        none->setFlags(Qt::ItemIsEnabled);
    }
    m_candidates->blockSignals(false);
    if (!m_review.candidates.isEmpty())
        m_candidates->setCurrentRow(0);
    renderComparison();

    m_verdicts->clear();
    for (const ValidatorVerdict &v : std::as_const(m_review.verdicts)) {
        auto *item = new QListWidgetItem((v.ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + v.message, m_verdicts);
        item->setForeground(v.ok ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb3, 0x26, 0x1e));
    }

    m_related->setRowCount(0);
    for (const AppealSummary &r : std::as_const(m_review.otherOpenAppeals))
        addRow(m_related, {QString::number(r.id), AppealTexts::typeLabel(r.type), AppealTexts::stateLabel(r.state),
                           chinaTime(r.submittedAt), r.claimedBy});
    m_decisions->setRowCount(0);
    for (const AppealRecord &r : std::as_const(m_review.recentDecisions))
        addRow(m_decisions, {QString::number(r.id), AppealTexts::stateLabel(r.state), chinaTime(r.decidedAt),
                             r.decidedBy, r.decisionReason});
    m_tabs->setTabText(0, tr("Other open appeals (%1)").arg(m_review.otherOpenAppeals.size()));
    m_tabs->setTabText(1, tr("Recent decisions (%1)").arg(m_review.recentDecisions.size()));
    m_notes->clear();
    for (const AppealNote &n : std::as_const(m_review.notes))
        m_notes->addItem(tr("%1 %2: %3").arg(chinaTime(n.createdAt), n.staffLogin, n.body));
    m_tabs->setTabText(2, tr("Notes (%1)").arg(m_review.notes.size()));
    m_history->setRowCount(0);
    for (const AuditRow &r : std::as_const(m_review.auditTrail))
        addRow(m_history, {chinaTime(QDateTime::fromString(r.createdAt, Qt::ISODateWithMs)), r.staffLogin,
                           LookupLabels::auditAction(r.action)});
    m_related->resizeColumnsToContents();
    m_decisions->resizeColumnsToContents();
    m_history->resizeColumnsToContents();
}

void AppealWorkspace::renderComparison()
{
    m_comparison->setRowCount(0);
    const int index = m_candidates->currentRow();
    const AppealRecord &a = m_review.appeal;
    if (index < 0 || index >= m_review.candidates.size()) {
        // No account to compare with: the submitted data alone.
        const QJsonObject fields = a.fields();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.value().toString().isEmpty())
                continue;
            addRow(m_comparison, {AppealTexts::fieldLabel(it.key()), shown(it.key(), it.value().toString()),
                                  tr("—"), QString()});
        }
        m_renameHint->hide();
        return;
    }
    const AppealCandidate &c = m_review.candidates.at(index);
    for (const FieldComparison &f : c.comparison) {
        const QString mark = f.match == FieldMatch::Equal    ? tr("same")
                             : f.match == FieldMatch::Differs ? tr("DIFFERS")
                                                              : tr("missing");
        addRow(m_comparison, {AppealTexts::fieldLabel(f.field), shown(f.field, f.appealValue),
                              shown(f.field, f.accountValue), mark});
        const int row = m_comparison->rowCount() - 1;
        if (f.match == FieldMatch::Differs) {
            for (int col = 0; col < 4; ++col) {
                m_comparison->item(row, col)->setBackground(QColor(0xfd, 0xe0, 0xdc));
                m_comparison->item(row, col)->setForeground(QColor(0xb3, 0x26, 0x1e));
            }
        } else if (f.match == FieldMatch::Equal) {
            m_comparison->item(row, 3)->setForeground(QColor(0x1b, 0x5e, 0x20));
        }
    }
    m_comparison->resizeColumnsToContents();
    m_renameHint->setText(c.renameHint);
    m_renameHint->setVisible(!c.renameHint.isEmpty());
}

void AppealWorkspace::selectCandidate(int index)
{
    m_candidates->setCurrentRow(index);
}

int AppealWorkspace::selectedCandidate() const
{
    const int row = m_candidates->currentRow();
    return row >= 0 && row < m_review.candidates.size() ? row : -1;
}

void AppealWorkspace::setBusy(bool busy)
{
    m_busy = busy;
    const bool open = AppealStates::isOpen(m_review.appeal.state) && m_review.appeal.id != 0;
    const bool held = open && m_review.heldByMe && m_review.appeal.state == AppealState::Claimed;
    // Claimable: new, or held by someone whose claim has lapsed.
    const bool claimable = m_review.appeal.state == AppealState::New
        || (m_review.appeal.state == AppealState::Claimed && !m_review.heldByMe
            && m_review.appeal.claimExpiresAt.isValid()
            && m_review.appeal.claimExpiresAt < QDateTime::currentDateTimeUtc());
    m_claim->setEnabled(!busy && open && claimable);
    m_approve->setEnabled(!busy && held && !m_review.candidates.isEmpty());
    m_reject->setEnabled(!busy && held);
    m_ask->setEnabled(!busy && held);
    m_release->setEnabled(!busy && held);
}

void AppealWorkspace::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AppealWorkspace::runDecision(const QString &what, std::function<Status(AppealService &)> job,
                                  std::optional<AppealState> newState)
{
    if (m_busy || m_appealId == 0)
        return;
    setBusy(true);
    const qint64 id = m_appealId;
    auto session = m_session;
    m_runner.run(
        this,
        [session, job]() {
            AppealService service(session);
            return job(service);
        },
        [this, id, what, newState](Status done) {
            setBusy(false);
            if (!done) {
                showMessage(done.error().message, true);
                reload(); // the appeal may have changed meanwhile: show what it is now
                return;
            }
            showMessage(what, false);
            Q_EMIT statusMessage(what);
            if (newState)
                Q_EMIT decided(id, AppealStates::name(*newState));
            Q_EMIT changed();
            reload();
        });
}

void AppealWorkspace::approveSelected(bool askFirst)
{
    const int index = selectedCandidate();
    if (index < 0 || !m_approve->isEnabled())
        return;
    const AccountRecord &account = m_review.candidates.at(index).account;
    if (askFirst) {
        const auto answer = QMessageBox::question(
            this, tr("Approve the appeal"),
            tr("Approve appeal %1 for the account %2 (%3)? A new password is generated and sent with the login by "
               "SMS to %4; nobody at the desk sees it.")
                .arg(m_review.appeal.id)
                .arg(account.login, account.name, ids::maskPhone(m_review.appeal.phone)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    const qint64 id = m_appealId;
    const qint64 accountId = account.id;
    const int version = m_review.appeal.version;
    runDecision(tr("Appeal %1 approved: the login and a new password are queued for SMS.").arg(id),
                [id, accountId, version](AppealService &s) { return s.approve(id, accountId, version); },
                AppealState::Approved);
}

void AppealWorkspace::reject(const QString &reasonCode, const QString &freeText)
{
    if (!m_reject->isEnabled())
        return;
    const qint64 id = m_appealId;
    const int version = m_review.appeal.version;
    runDecision(tr("Appeal %1 rejected; the user is told why by SMS.").arg(id),
                [id, reasonCode, freeText, version](AppealService &s) {
                    return s.reject(id, reasonCode, freeText, version);
                },
                AppealState::Rejected);
}

void AppealWorkspace::askForDocuments(const QString &reasonCode, const QString &freeText)
{
    if (!m_ask->isEnabled())
        return;
    const qint64 id = m_appealId;
    const int version = m_review.appeal.version;
    runDecision(tr("Appeal %1 waits for the user's documents; its deadline is paused.").arg(id),
                [id, reasonCode, freeText, version](AppealService &s) {
                    return s.askForDocuments(id, reasonCode, freeText, version);
                },
                AppealState::WaitingForUser);
}

bool AppealWorkspace::reasonDialog(const QString &title, QString *code, QString *text)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("appealReasonDialog"));
    dialog.setWindowTitle(title);
    auto *reasons = new QComboBox(&dialog);
    reasons->setObjectName(QStringLiteral("appealReasonTemplate"));
    for (const ReasonTemplate &t : std::as_const(m_templates))
        reasons->addItem(t.title, t.code);
    auto *free = new QPlainTextEdit(&dialog);
    free->setObjectName(QStringLiteral("appealReasonText"));
    free->setTabChangesFocus(true);
    free->setPlaceholderText(tr("Anything the user should know besides the template (optional)"));
    auto *preview = new QLabel(&dialog);
    preview->setObjectName(QStringLiteral("appealReasonPreview"));
    preview->setWordWrap(true);
    auto update = [&]() {
        const int i = reasons->currentIndex();
        const QString base = i >= 0 ? m_templates.at(i).smsText : QString();
        const QString extra = free->toPlainText().trimmed();
        preview->setText(tr("The user will read: %1").arg(extra.isEmpty() ? base : base + QLatin1Char(' ') + extra));
    };
    connect(reasons, &QComboBox::currentIndexChanged, &dialog, update);
    connect(free, &QPlainTextEdit::textChanged, &dialog, update);
    update();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), reasons);
    form->addRow(tr("&Also tell the user:"), free);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(preview);
    layout->addWidget(buttons);
    dialog.resize(560, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *code = reasons->currentData().toString();
    *text = free->toPlainText().trimmed();
    return true;
}

void AppealWorkspace::rejectWithDialog()
{
    if (!m_reject->isEnabled())
        return;
    QString code;
    QString text;
    if (reasonDialog(tr("Reject the appeal"), &code, &text))
        reject(code, text);
}

void AppealWorkspace::askForDocumentsWithDialog()
{
    if (!m_ask->isEnabled())
        return;
    QString code;
    QString text;
    if (reasonDialog(tr("Ask the user for documents"), &code, &text))
        askForDocuments(code, text);
}

void AppealWorkspace::claim()
{
    if (!m_claim->isEnabled())
        return;
    const qint64 id = m_appealId;
    runDecision(tr("Appeal %1 claimed.").arg(id),
                [id](AppealService &s) -> Status {
                    auto r = s.claim(id);
                    if (!r)
                        return r.error();
                    return {};
                },
                std::nullopt);
}

void AppealWorkspace::release()
{
    if (!m_release->isEnabled())
        return;
    const qint64 id = m_appealId;
    runDecision(tr("Appeal %1 released to the queue.").arg(id), [id](AppealService &s) { return s.release(id); },
                std::nullopt);
}

void AppealWorkspace::addNote(const QString &body)
{
    const QString text = body.trimmed();
    if (text.isEmpty() || m_appealId == 0)
        return;
    const qint64 id = m_appealId;
    auto session = m_session;
    m_noteInput->setEnabled(false);
    m_runner.run(
        this, [session, id, text]() { return AppealService(session).addNote(id, text); },
        [this](Result<qint64> added) {
            m_noteInput->setEnabled(true);
            if (!added) {
                showMessage(added.error().message, true);
                return;
            }
            m_noteInput->clear();
            reload();
        });
}

} // namespace desk
