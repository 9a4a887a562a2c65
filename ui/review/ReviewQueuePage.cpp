#include "review/ReviewQueuePage.h"

#include "common/TaskRunner.h"
#include "domain/BusinessCalendar.h"
#include "items/ReviewListModel.h"
#include "reports/ListExportButton.h"
#include "store/AppealRepository.h"
#include "widgets/ImageCompareView.h"
#include "widgets/PagedTableView.h"
#include "workflow/Permissions.h"
#include "workflow/ReasonTemplates.h"
#include "workflow/ReviewService.h"
#include "workflow/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace desk {

namespace {

// The state tabs in the order reviewers work them; the last one shows every state.
const QStringList &tabStates()
{
    static const QStringList states{QStringLiteral("new"),      QStringLiteral("claimed"),
                                    QStringLiteral("approved"), QStringLiteral("rejected"),
                                    QStringLiteral("withdrawn"), QString()};
    return states;
}

QString html(const QString &s)
{
    return s.toHtmlEscaped();
}

QString chinaTime(const QDateTime &t)
{
    return t.isValid() ? BusinessCalendar::toChinaTime(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

ReviewQueuePage::ReviewQueuePage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_runner(runner),
      m_reviewer(Permissions::allows(m_session->staff().role, Action::ReviewRealName))
{
    setObjectName(QStringLiteral("reviewQueuePage"));
    m_states = new QTabBar(this);
    m_states->setObjectName(QStringLiteral("reviewStates"));
    m_states->setExpanding(false);
    m_states->addTab(tr("Waiting"));
    m_states->addTab(tr("In review"));
    m_states->addTab(tr("Approved"));
    m_states->addTab(tr("Rejected"));
    m_states->addTab(tr("Withdrawn"));
    m_states->addTab(tr("All"));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("reviewTypeFilter"));
    m_type->addItem(tr("All types"), QString());
    for (RealNameReviewType t : {RealNameReviewType::Person, RealNameReviewType::Organization,
                                 RealNameReviewType::PrimaryAgent})
        m_type->addItem(RealNameChecks::typeLabel(t), RealNameChecks::typeName(t));
    m_flagged = new QCheckBox(tr("Bound to another account only"), this);
    m_flagged->setObjectName(QStringLiteral("reviewFlaggedOnly"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("reviewSearch"));
    m_search->setPlaceholderText(tr("Reference or account login (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_type);
    filters->addWidget(m_flagged);
    filters->addWidget(m_search, 1);
    m_dashboardNote = new QLabel(this);
    m_dashboardNote->setObjectName(QStringLiteral("reviewDashboardNote"));
    m_dashboardNote->hide();
    m_showAll = new QPushButton(tr("Show all"), this);
    m_showAll->setObjectName(QStringLiteral("reviewShowAll"));
    m_showAll->hide();
    auto *dashboardBar = new QHBoxLayout;
    dashboardBar->addWidget(m_dashboardNote, 1);
    dashboardBar->addWidget(m_showAll);

    m_next = new QPushButton(tr("Next request"), this);
    m_next->setObjectName(QStringLiteral("reviewNext"));
    m_next->setToolTip(tr("Claims the most urgent waiting request (Ctrl+N)"));
    m_claim = new QPushButton(tr("Claim selected"), this);
    m_claim->setObjectName(QStringLiteral("reviewClaim"));
    m_claim->setToolTip(tr("Ctrl+Enter"));
    m_next->setEnabled(m_reviewer);
    m_claim->setEnabled(m_reviewer);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("reviewRefresh"));
    refreshButton->setToolTip(tr("F5"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_export = new ListExportButton(
        m_session, [this]() { return describeExport(); }, this, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setObjectName(QStringLiteral("reviewExport"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_next);
    actions->addWidget(m_claim);
    actions->addWidget(refreshButton);
    actions->addWidget(m_export);
    actions->addWidget(m_message, 1);

    m_list = new PagedTableView(this);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setPlaceholderText(tr("No review requests match these filters."));
    m_model = new ReviewListModel(m_session->sharedDatabase(), this);
    m_list->setModel(m_model);
    m_list->horizontalHeader()->setStretchLastSection(true);
    connect(m_model, &ReviewListModel::loadingChanged, m_list, &PagedTableView::setBusy);
    connect(m_model, &ReviewListModel::firstPageLoaded, this, [this] {
        m_list->resizeColumnsToContents();
        m_list->horizontalHeader()->setStretchLastSection(true);
        // The list moved on (a claim, a decision, a refresh): what "next" takes may have changed.
        if (m_shownId > 0)
            prefetchNext(m_shownId);
    });
    connect(m_model, &ReviewListModel::searchFailed, this, [this](const QString &text) { setMessage(text, true); });
    connect(m_list, &PagedTableView::rowActivated, this, [this](int) { showSelected(); });

    // The request beside the list.
    auto *side = new QWidget(this);
    m_detail = new QTextBrowser(side);
    m_detail->setObjectName(QStringLiteral("reviewDetail"));
    m_detail->setPlaceholderText(tr("Select a request (Enter) or claim the next one (Ctrl+N)."));
    m_reasons = new QListWidget(side);
    m_reasons->setObjectName(QStringLiteral("reviewReasons"));
    m_reasons->setMaximumHeight(100);
    m_text = new QLineEdit(side);
    m_text->setObjectName(QStringLiteral("reviewText"));
    m_text->setPlaceholderText(tr("Explanation for the user (optional)"));
    m_approve = new QPushButton(tr("Approve"), side);
    m_approve->setObjectName(QStringLiteral("reviewApprove"));
    m_approve->setToolTip(tr("Ctrl+Shift+A"));
    m_reject = new QPushButton(tr("Reject"), side);
    m_reject->setObjectName(QStringLiteral("reviewReject"));
    m_reject->setToolTip(tr("Ctrl+Shift+R"));
    auto *decide = new QHBoxLayout;
    decide->addWidget(m_approve);
    decide->addWidget(m_reject);
    // What the reviewer ticks by looking at the pictures; approval needs them.
    m_signature = new QCheckBox(tr("Signature present"), side);
    m_signature->setObjectName(QStringLiteral("reviewSignaturePresent"));
    m_signature->setToolTip(tr("The ID copies carry the user's signature (须签字)."));
    m_seal = new QCheckBox(tr("Seal present"), side);
    m_seal->setObjectName(QStringLiteral("reviewSealPresent"));
    m_seal->setToolTip(tr("The organization's documents carry the company seal (加盖公章)."));
    auto *ticks = new QHBoxLayout;
    ticks->addWidget(m_signature);
    ticks->addWidget(m_seal);
    ticks->addStretch(1);
    // A reason per document when rejecting ("ID back: not signed").
    m_documentReasons = new QWidget(side);
    m_documentReasons->setObjectName(QStringLiteral("reviewDocumentReasons"));
    m_documentReasonGrid = new QGridLayout(m_documentReasons);
    m_documentReasonGrid->setContentsMargins(0, 0, 0, 0);
    auto *documentScroll = new QScrollArea(side);
    documentScroll->setWidget(m_documentReasons);
    documentScroll->setWidgetResizable(true);
    documentScroll->setFrameShape(QFrame::NoFrame);
    documentScroll->setMaximumHeight(130);
    auto *reasonsLabel = new QLabel(tr("Rejection reasons"), side);
    auto *documentLabel = new QLabel(tr("Reasons per document"), side);
    // The request above, the decision's inputs below; the reviewer moves the line between them.
    auto *decision = new QWidget(side);
    decision->setObjectName(QStringLiteral("reviewDecisionPanel"));
    auto *sideSplitter = new QSplitter(Qt::Vertical, side);
    sideSplitter->setObjectName(QStringLiteral("reviewSideSplitter"));
    sideSplitter->addWidget(m_detail);
    sideSplitter->addWidget(decision);
    sideSplitter->setChildrenCollapsible(false);
    sideSplitter->setStretchFactor(0, 3);
    sideSplitter->setStretchFactor(1, 2);
    auto *outer = new QVBoxLayout(side);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(sideSplitter);
    auto *sideLayout = new QVBoxLayout(decision);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addLayout(ticks);
    sideLayout->addWidget(reasonsLabel);
    sideLayout->addWidget(m_reasons);
    sideLayout->addWidget(documentLabel);
    sideLayout->addWidget(documentScroll);
    sideLayout->addWidget(m_text);
    sideLayout->addLayout(decide);
    for (QWidget *w : {static_cast<QWidget *>(m_reasons), static_cast<QWidget *>(m_text),
                       static_cast<QWidget *>(m_approve), static_cast<QWidget *>(m_reject),
                       static_cast<QWidget *>(m_signature), static_cast<QWidget *>(m_seal),
                       static_cast<QWidget *>(reasonsLabel), static_cast<QWidget *>(documentLabel),
                       static_cast<QWidget *>(documentScroll)})
        w->setVisible(m_reviewer);
    decision->setVisible(m_reviewer);
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // The documents of the request shown, under the list (reviewers and supervisors only).
    QWidget *body = splitter;
    if (m_reviewer) {
        m_images = new ImageCompareView(this);
        m_images->setWatermarkLogin(m_session->staff().login);
        auto *vertical = new QSplitter(Qt::Vertical, this);
        vertical->setObjectName(QStringLiteral("reviewSplitter"));
        vertical->addWidget(splitter);
        vertical->addWidget(m_images);
        vertical->setStretchFactor(0, 2);
        vertical->setStretchFactor(1, 3);
        vertical->setSizes({320, 480}); // the pictures get most of the height
        body = vertical;
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_states);
    layout->addLayout(filters);
    layout->addLayout(dashboardBar);
    layout->addLayout(actions);
    layout->addWidget(body, 1);

    connect(m_states, &QTabBar::currentChanged, this, [this] {
        showFiltered(ReviewListFilter{}, QString()); // another tab: the dashboard's bar no longer applies
    });
    connect(m_showAll, &QPushButton::clicked, this, [this] { showFiltered(ReviewListFilter{}, QString()); });
    connect(m_type, &QComboBox::currentIndexChanged, this, &ReviewQueuePage::applyFilter);
    connect(m_flagged, &QCheckBox::toggled, this, &ReviewQueuePage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &ReviewQueuePage::applyFilter);
    connect(m_next, &QPushButton::clicked, this, &ReviewQueuePage::claimNext);
    connect(m_claim, &QPushButton::clicked, this, &ReviewQueuePage::claimSelected);
    connect(refreshButton, &QPushButton::clicked, this, &ReviewQueuePage::refresh);
    connect(m_approve, &QPushButton::clicked, this, &ReviewQueuePage::approveShown);
    connect(m_reject, &QPushButton::clicked, this, &ReviewQueuePage::rejectShown);

    const auto shortcut = [this](const QKeySequence &keys, auto slot, const char *name) {
        auto *s = new QShortcut(keys, this, this, slot, Qt::WidgetWithChildrenShortcut);
        s->setObjectName(QString::fromLatin1(name));
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), &ReviewQueuePage::claimNext, "reviewNextShortcut");
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &ReviewQueuePage::claimSelected, "reviewClaimShortcut");
    shortcut(QKeySequence(Qt::Key_F5), &ReviewQueuePage::refresh, "reviewRefreshShortcut");
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &ReviewQueuePage::approveShown, "reviewApproveShortcut");
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &ReviewQueuePage::rejectShown, "reviewRejectShortcut");
    auto *find = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_search, [this] { m_search->setFocus(); });

    loadReasons();
    applyFilter();
}

ReviewQueuePage::~ReviewQueuePage() = default;

void ReviewQueuePage::showFiltered(const ReviewListFilter &filter, const QString &note)
{
    if (!filter.state.isEmpty() || filter.hasDashboardConditions()) {
        const QSignalBlocker a(m_states), b(m_type), c(m_flagged);
        m_states->setCurrentIndex(std::max<qsizetype>(0, tabStates().indexOf(filter.state)));
        m_type->setCurrentIndex(0);
        m_flagged->setChecked(false);
        m_search->clear();
    }
    m_dashboard = filter;
    m_dashboardNote->setText(note);
    m_dashboardNote->setVisible(!note.isEmpty());
    m_showAll->setVisible(!note.isEmpty());
    applyFilter();
}

ReviewListFilter ReviewQueuePage::currentFilter() const
{
    ReviewListFilter f = m_dashboard;
    f.state = tabStates().value(m_states->currentIndex());
    f.type = m_type->currentData().toString();
    f.flaggedOnly = m_flagged->isChecked();
    f.text = m_search->text().trimmed();
    return f;
}

std::optional<ListExport> ReviewQueuePage::describeExport() const
{
    const ReviewListFilter &applied = m_model->filter();
    ListExport list = exportOfModel(*m_model, QStringLiteral("review_queue"), tr("Real-name review requests"), Action::ViewReviews);
    list.filters = {{tr("State"), m_states->tabText(m_states->currentIndex())}, {tr("Type"), m_type->currentText()}};
    if (applied.flaggedOnly)
        list.filters.append({tr("Flagged"), m_flagged->text()});
    if (!applied.text.isEmpty())
        list.filters.append({tr("Search"), ListExport::maskedSearch(applied.text)});
    if (m_dashboardNote->isVisible())
        list.filters.append({tr("Dashboard"), m_dashboardNote->text()});
    return list;
}

void ReviewQueuePage::applyFilter()
{
    m_model->setQuery(currentFilter());
}

void ReviewQueuePage::refresh()
{
    m_model->refresh();
    if (m_shownId > 0)
        showReview(m_shownId);
}

void ReviewQueuePage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b03020;") : QString());
    if (!text.isEmpty())
        Q_EMIT statusMessage(text);
}

qint64 ReviewQueuePage::selectedId() const
{
    const int row = m_list->currentRow();
    return row >= 0 ? m_model->reviewIdAt(row) : 0;
}

void ReviewQueuePage::loadReasons()
{
    if (!m_reviewer)
        return;
    auto session = m_session;
    m_runner.run(
        this, [session] { return ReasonTemplates(session).list(true); },
        [this](Result<QVector<ReasonTemplate>> templates) {
            if (!templates) {
                setMessage(templates.error().message, true);
                return;
            }
            m_reasons->clear();
            m_templates = *templates;
            buildDocumentReasons(m_shownType);
            for (const ReasonTemplate &t : std::as_const(*templates)) {
                auto *item = new QListWidgetItem(t.title, m_reasons);
                item->setData(Qt::UserRole, t.code);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        });
}

void ReviewQueuePage::claimNext()
{
    if (!m_reviewer)
        return;
    auto session = m_session;
    m_runner.run(
        this, [session] { return ReviewService(session).claimNext(); },
        [this](Result<ReviewRecord> rec) {
            if (!rec) {
                setMessage(rec.error().message, true);
                Q_EMIT claimFinished(false);
                return;
            }
            setMessage(tr("You hold %1 until %2.").arg(rec->ref, chinaTime(rec->claimExpiresAt)), false);
            m_model->refresh();
            showReview(rec->id);
            Q_EMIT claimFinished(true);
        });
}

void ReviewQueuePage::claimSelected()
{
    const qint64 id = selectedId();
    if (!m_reviewer || id <= 0)
        return;
    auto session = m_session;
    m_runner.run(
        this, [session, id] { return ReviewService(session).claim(id); },
        [this](Result<ReviewRecord> rec) {
            if (!rec) {
                setMessage(rec.error().message, true);
                Q_EMIT claimFinished(false);
                return;
            }
            setMessage(tr("You hold %1 until %2.").arg(rec->ref, chinaTime(rec->claimExpiresAt)), false);
            m_model->refresh();
            showReview(rec->id);
            Q_EMIT claimFinished(true);
        });
}

void ReviewQueuePage::showSelected()
{
    if (const qint64 id = selectedId(); id > 0)
        showReview(id);
}

void ReviewQueuePage::showReview(qint64 id)
{
    auto session = m_session;
    m_runner.run(
        this, [session, id] { return ReviewService(session).detail(id); },
        [this, id](Result<ReviewDetail> d) {
            if (!d) {
                setMessage(d.error().message, true);
                return;
            }
            if (id != m_shownId) {
                // Another request: nothing ticked or typed for the previous one carries over.
                m_shownId = id;
                clearDecisionInputs();
            }
            const ReviewRecord &r = d->record;
            if (r.type != m_shownType) {
                m_shownType = r.type;
                buildDocumentReasons(r.type);
            }
            m_seal->setVisible(m_reviewer && ReviewTicks::sealApplies(r.type));
            QString text = QStringLiteral("<h3>%1</h3><p>%2 · %3 · %4</p>")
                               .arg(html(r.ref), html(r.accountLogin), html(r.state), html(chinaTime(r.dueAt)));
            if (!r.claimedBy.isEmpty())
                text += QStringLiteral("<p>") +
                        html(tr("Claimed by %1 until %2").arg(r.claimedBy, chinaTime(r.claimExpiresAt))) +
                        QStringLiteral("</p>");
            text += QStringLiteral("<h4>") + html(tr("Checklist")) + QStringLiteral("</h4><ul>");
            for (const RealNameCheck &c : std::as_const(d->checks))
                text += QStringLiteral("<li style=\"color:%1\">%2 <b>%3</b>: %4</li>")
                            .arg(c.ok ? QStringLiteral("#206020") : QStringLiteral("#b03020"),
                                 c.ok ? QStringLiteral("✓") : QStringLiteral("✗"), html(c.check), html(c.message));
            text += QStringLiteral("</ul><h4>") + html(tr("Declared data")) + QStringLiteral("</h4><table>");
            const QJsonObject fields = d->maskedFields();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                text += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(html(it.key()), html(it->toString()));
            text += QStringLiteral("</table><h4>") + html(tr("Documents")) + QStringLiteral("</h4><ul>");
            for (const ReviewDocument &doc : std::as_const(d->documents))
                text += QStringLiteral("<li>%1 (%2, %3 KB)%4</li>")
                            .arg(html(doc.kind), html(doc.mimeType))
                            .arg(doc.sizeBytes / 1024)
                            .arg(doc.submissionId == r.currentSubmissionId ? QString()
                                                                           : html(tr(" – earlier submission")));
            text += QStringLiteral("</ul>");
            if (!d->decisions.isEmpty()) {
                text += QStringLiteral("<h4>") + html(tr("Decisions")) + QStringLiteral("</h4><ul>");
                for (const ReviewDecision &dec : std::as_const(d->decisions))
                    text += QStringLiteral("<li>%1 %2 %3 %4</li>")
                                .arg(html(chinaTime(dec.decidedAt)), html(dec.decidedBy), html(dec.outcome),
                                     html(dec.reasonCodes.join(QStringLiteral(", "))));
                text += QStringLiteral("</ul>");
            }
            m_detail->setHtml(text);
            if (m_images) {
                // The current submission's pictures, fetched (and the opening audited) on a worker thread; on
                // screen at once when they were decoded ahead.
                m_images->setDocuments(compareDocuments(*d));
            }
            const bool mine = r.state == QLatin1String("claimed") && r.claimedBy == m_session->staff().login;
            m_approve->setEnabled(m_reviewer && mine);
            m_reject->setEnabled(m_reviewer && mine);
            Q_EMIT detailShown(id);
            prefetchNext(id);
        });
}

void ReviewQueuePage::approveShown()
{
    const qint64 id = m_shownId;
    if (!m_reviewer || id <= 0 || !m_approve->isEnabled())
        return;
    ReviewTicks ticks;
    ticks.signaturePresent = m_signature->isChecked();
    ticks.sealPresent = m_seal->isChecked();
    auto session = m_session;
    m_runner.run(
        this, [session, id, ticks] { return ReviewService(session).approve(id, ticks); },
        [this, id](Result<ReviewOutcome> o) {
            if (!o) {
                setMessage(o.error().message, true);
                Q_EMIT decisionFinished(false);
                return;
            }
            setMessage(tr("%1 approved: %2 is verified.").arg(o->ref, o->accountLogin), false);
            clearDecisionInputs();
            m_model->refresh();
            showReview(id);
            Q_EMIT decisionFinished(true);
        });
}

void ReviewQueuePage::rejectShown()
{
    const qint64 id = m_shownId;
    if (!m_reviewer || id <= 0 || !m_reject->isEnabled())
        return;
    QStringList codes;
    for (int i = 0; i < m_reasons->count(); ++i)
        if (m_reasons->item(i)->checkState() == Qt::Checked)
            codes << m_reasons->item(i)->data(Qt::UserRole).toString();
    const QString text = m_text->text();
    const QVector<ReviewDocumentReason> perDocument = documentReasons();
    ReviewTicks ticks;
    ticks.signaturePresent = m_signature->isChecked();
    ticks.sealPresent = m_seal->isChecked();
    auto session = m_session;
    m_runner.run(
        this,
        [session, id, codes, text, perDocument, ticks] {
            return ReviewService(session).reject(id, codes, text, perDocument, ticks);
        },
        [this, id](Result<ReviewOutcome> o) {
            if (!o) {
                setMessage(o.error().message, true);
                Q_EMIT decisionFinished(false);
                return;
            }
            setMessage(tr("%1 rejected; the user is told by SMS.").arg(o->ref), false);
            clearDecisionInputs();
            m_model->refresh();
            showReview(id);
            Q_EMIT decisionFinished(true);
        });
}

void ReviewQueuePage::buildDocumentReasons(const QString &reviewType)
{
    if (!m_reviewer)
        return;
    while (QLayoutItem *item = m_documentReasonGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    RealNameReviewType type = RealNameReviewType::Person;
    if (reviewType.isEmpty() || !RealNameChecks::typeFromName(reviewType, &type))
        return;
    int row = 0;
    for (const QString &kind : RealNameChecks::documentKinds(type)) {
        auto *label = new QLabel(AppealTexts::documentKindLabel(kind), m_documentReasons);
        auto *code = new QComboBox(m_documentReasons);
        code->setObjectName(QStringLiteral("reviewDocReason_") + kind);
        code->addItem(tr("(no reason)"), QString());
        for (const ReasonTemplate &t : std::as_const(m_templates))
            code->addItem(t.title, t.code);
        auto *text = new QLineEdit(m_documentReasons);
        text->setObjectName(QStringLiteral("reviewDocText_") + kind);
        text->setPlaceholderText(tr("What is wrong with it (optional)"));
        label->setBuddy(code);
        m_documentReasonGrid->addWidget(label, row, 0);
        m_documentReasonGrid->addWidget(code, row, 1);
        m_documentReasonGrid->addWidget(text, row, 2);
        ++row;
    }
    m_documentReasonGrid->setColumnStretch(2, 1);
}

QVector<ReviewDocumentReason> ReviewQueuePage::documentReasons() const
{
    QVector<ReviewDocumentReason> out;
    RealNameReviewType type = RealNameReviewType::Person;
    if (!RealNameChecks::typeFromName(m_shownType, &type))
        return out;
    for (const QString &kind : RealNameChecks::documentKinds(type)) {
        auto *code = m_documentReasons->findChild<QComboBox *>(QStringLiteral("reviewDocReason_") + kind);
        auto *text = m_documentReasons->findChild<QLineEdit *>(QStringLiteral("reviewDocText_") + kind);
        if (!code || !text)
            continue;
        ReviewDocumentReason r;
        r.kind = kind;
        r.code = code->currentData().toString();
        r.text = text->text().trimmed();
        if (!r.code.isEmpty() || !r.text.isEmpty())
            out << r;
    }
    return out;
}

void ReviewQueuePage::clearDecisionInputs()
{
    m_text->clear();
    for (int i = 0; i < m_reasons->count(); ++i)
        m_reasons->item(i)->setCheckState(Qt::Unchecked);
    m_signature->setChecked(false);
    m_seal->setChecked(false);
    for (QComboBox *code : m_documentReasons->findChildren<QComboBox *>())
        code->setCurrentIndex(0);
    for (QLineEdit *text : m_documentReasons->findChildren<QLineEdit *>())
        text->clear();
}

void ReviewQueuePage::setImageCache(ImageCache *cache)
{
    if (m_images)
        m_images->prefetcher()->setCache(cache);
}

QVector<CompareDocument> ReviewQueuePage::compareDocuments(const ReviewDetail &detail) const
{
    QVector<CompareDocument> docs;
    for (const ReviewDocument &doc : std::as_const(detail.documents)) {
        if (doc.submissionId != detail.record.currentSubmissionId)
            continue;
        const qint64 docId = doc.id;
        auto session = m_session;
        docs << CompareDocument{QStringLiteral("review-document:%1").arg(docId), AppealTexts::documentKindLabel(doc.kind),
                                doc.fileName, {},
                                [session, docId]() { return ReviewService(session).documentContent(docId); }};
    }
    return docs;
}

void ReviewQueuePage::prefetchNext(qint64 shownId)
{
    if (!m_images)
        return;
    // What Ctrl+N most likely claims: the first waiting request of the list (most urgent first) that is not the
    // one on screen and was not filed by this reviewer. Another reviewer may take it first: then the decode was
    // only wasted work.
    const QString me = m_session->staff().login;
    qint64 nextId = 0;
    for (int row = 0; row < m_model->rowCount() && row < 100 && nextId == 0; ++row) {
        const std::optional<ReviewRecord> rec = m_model->recordAt(row);
        if (rec && rec->id != shownId && rec->state == QLatin1String("new") && rec->filedBy != me)
            nextId = rec->id;
    }
    if (nextId <= 0 || nextId == m_prefetchingId)
        return;
    m_prefetchingId = nextId;
    auto session = m_session;
    m_runner.run(
        this, [session, nextId] { return ReviewService(session).detail(nextId); },
        [this, nextId](Result<ReviewDetail> d) {
            if (m_prefetchingId == nextId)
                m_prefetchingId = 0;
            if (!d || m_shownId == nextId)
                return; // no prefetch is worth an error message
            m_prefetchedId = nextId;
            m_images->prefetch(compareDocuments(*d));
            Q_EMIT prefetchStarted(nextId);
        });
}

} // namespace desk
