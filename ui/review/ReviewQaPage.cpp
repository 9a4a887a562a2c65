#include "review/ReviewQaPage.h"

#include "common/TaskRunner.h"
#include "domain/BusinessCalendar.h"
#include "domain/RealNameChecks.h"
#include "store/AppealRepository.h"
#include "widgets/ImageCompareView.h"
#include "widgets/ImagePrefetcher.h"
#include "workflow/ReviewQaService.h"
#include "workflow/ReviewService.h"
#include "workflow/Session.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace desk {

namespace {

enum SampleColumn { RefColumn, TypeColumn, ReviewerColumn, OutcomeColumn, DecidedColumn, ReasonsColumn, VerdictColumn,
                    NoteColumn };

QString html(const QString &s)
{
    return s.toHtmlEscaped();
}

QString chinaTime(const QDateTime &t)
{
    return t.isValid() ? BusinessCalendar::toChinaTime(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString typeLabel(const QString &name)
{
    RealNameReviewType type = RealNameReviewType::Person;
    return RealNameChecks::typeFromName(name, &type) ? RealNameChecks::typeLabel(type) : name;
}

using Shown = std::pair<QaSample, ReviewDetail>;

} // namespace

ReviewQaPage::ReviewQaPage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("reviewQaPage"));
    const QDate today = BusinessCalendar::toChinaTime(QDateTime::currentDateTimeUtc()).date();
    m_from = new QDateEdit(today.addDays(-6), this);
    m_from->setObjectName(QStringLiteral("qaFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_through = new QDateEdit(today, this);
    m_through->setObjectName(QStringLiteral("qaThrough"));
    m_through->setCalendarPopup(true);
    m_through->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_share = new QLabel(this);
    m_share->setObjectName(QStringLiteral("qaShare"));
    m_share->setToolTip(tr("The share of decisions drawn is a setting for every desk; administrators change it."));
    m_draw = new QPushButton(tr("Draw samples"), this);
    m_draw->setObjectName(QStringLiteral("qaDraw"));
    m_draw->setToolTip(tr("Draws decisions of the period at random until the share is reached (Ctrl+Shift+S)"));
    m_pendingOnly = new QCheckBox(tr("Waiting for a verdict only"), this);
    m_pendingOnly->setObjectName(QStringLiteral("qaPendingOnly"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("qaRefresh"));
    refreshButton->setToolTip(tr("F5"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Decided from"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("through"), this));
    top->addWidget(m_through);
    top->addWidget(m_share);
    top->addWidget(m_draw);
    top->addStretch(1);
    top->addWidget(m_pendingOnly);
    top->addWidget(refreshButton);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("qaMessage"));
    m_message->setWordWrap(true);

    m_samples = new QTreeWidget(this);
    m_samples->setObjectName(QStringLiteral("qaSamples"));
    m_samples->setRootIsDecorated(false);
    m_samples->setUniformRowHeights(true);
    m_samples->setHeaderLabels({tr("Reference"), tr("Type"), tr("Reviewer"), tr("Decision"), tr("Decided"),
                                tr("Reasons"), tr("Verdict"), tr("Note")});

    auto *side = new QWidget(this);
    m_detail = new QTextBrowser(side);
    m_detail->setObjectName(QStringLiteral("qaDetail"));
    m_detail->setPlaceholderText(tr("Select a sample to review the decision again."));
    m_note = new QLineEdit(side);
    m_note->setObjectName(QStringLiteral("qaNote"));
    m_note->setPlaceholderText(tr("Note (needed when you disagree)"));
    m_note->setMaxLength(ReviewQaService::kMaxNote);
    m_agree = new QPushButton(tr("Agree"), side);
    m_agree->setObjectName(QStringLiteral("qaAgree"));
    m_agree->setToolTip(tr("Ctrl+Shift+G"));
    m_disagree = new QPushButton(tr("Disagree"), side);
    m_disagree->setObjectName(QStringLiteral("qaDisagree"));
    m_disagree->setToolTip(tr("Ctrl+Shift+D"));
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_agree);
    verdictRow->addWidget(m_disagree);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_detail, 1);
    sideLayout->addWidget(m_note);
    sideLayout->addLayout(verdictRow);

    m_figures = new QTreeWidget(this);
    m_figures->setObjectName(QStringLiteral("qaFigures"));
    m_figures->setRootIsDecorated(false);
    m_figures->setHeaderLabels({tr("Reviewer"), tr("Samples"), tr("Agreed"), tr("Disagreed"), tr("Waiting"),
                                tr("Agreement")});
    m_figures->setMaximumHeight(160);

    auto *horizontal = new QSplitter(this);
    horizontal->addWidget(m_samples);
    horizontal->addWidget(side);
    horizontal->setStretchFactor(0, 3);
    horizontal->setStretchFactor(1, 2);
    // The pictures of the decided submission (supervisors see images), watermarked with their login.
    m_images = new ImageCompareView(this);
    m_images->setObjectName(QStringLiteral("qaImages"));
    m_images->setWatermarkLogin(m_session->staff().login);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("qaSplitter"));
    vertical->addWidget(horizontal);
    vertical->addWidget(m_images);
    vertical->setSizes({320, 420});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(vertical, 1);
    layout->addWidget(new QLabel(tr("Agreement per reviewer"), this));
    layout->addWidget(m_figures);

    connect(m_draw, &QPushButton::clicked, this, &ReviewQaPage::draw);
    connect(refreshButton, &QPushButton::clicked, this, &ReviewQaPage::refresh);
    connect(m_pendingOnly, &QCheckBox::toggled, this, &ReviewQaPage::loadSamples);
    connect(m_agree, &QPushButton::clicked, this, &ReviewQaPage::agree);
    connect(m_disagree, &QPushButton::clicked, this, &ReviewQaPage::disagree);
    connect(m_samples, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showSample(item->data(RefColumn, Qt::UserRole).toLongLong());
    });
    const auto shortcut = [this](const QKeySequence &keys, auto slot, const char *name) {
        auto *s = new QShortcut(keys, this, this, slot, Qt::WidgetWithChildrenShortcut);
        s->setObjectName(QString::fromLatin1(name));
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &ReviewQaPage::draw, "qaDrawShortcut");
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), &ReviewQaPage::agree, "qaAgreeShortcut");
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &ReviewQaPage::disagree, "qaDisagreeShortcut");
    shortcut(QKeySequence(Qt::Key_F5), &ReviewQaPage::refresh, "qaRefreshShortcut");

    updateVerdictButtons();
    loadShare();
    refresh();
}

ReviewQaPage::~ReviewQaPage() = default;

void ReviewQaPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b03020;") : QString());
    if (!text.isEmpty())
        Q_EMIT statusMessage(text);
}

void ReviewQaPage::updateVerdictButtons()
{
    const bool judgeable = m_shown.id > 0 && m_shown.reviewerLogin != m_session->staff().login;
    m_agree->setEnabled(judgeable);
    m_disagree->setEnabled(judgeable);
    m_note->setEnabled(judgeable);
}

void ReviewQaPage::refresh()
{
    loadSamples();
    loadFigures();
}

void ReviewQaPage::loadShare()
{
    auto session = m_session;
    m_runner.run(
        this, [session] { return ReviewQaService(session).sharePercent(); },
        [this](Result<int> share) {
            if (!share) {
                setMessage(share.error().message, true);
                return;
            }
            m_share->setText(tr("Share drawn: %1 %").arg(*share));
        });
}

void ReviewQaPage::loadSamples()
{
    auto session = m_session;
    QaSampleFilter filter;
    filter.pendingOnly = m_pendingOnly->isChecked();
    m_runner.run(
        this, [session, filter] { return ReviewQaService(session).samples(filter); },
        [this](Result<QVector<QaSample>> samples) {
            if (!samples) {
                setMessage(samples.error().message, true);
                Q_EMIT samplesLoaded(-1);
                return;
            }
            const qint64 keep = m_shown.id;
            const QSignalBlocker blocker(m_samples);
            m_samples->clear();
            QTreeWidgetItem *current = nullptr;
            for (const QaSample &s : std::as_const(*samples)) {
                auto *item = new QTreeWidgetItem(m_samples);
                item->setText(RefColumn, s.ref);
                item->setData(RefColumn, Qt::UserRole, s.id);
                item->setText(TypeColumn, typeLabel(s.type));
                item->setText(ReviewerColumn, s.reviewerLogin);
                item->setText(OutcomeColumn, s.outcome == QLatin1String("approved") ? tr("approved") : tr("rejected"));
                item->setText(DecidedColumn, chinaTime(s.decidedAt));
                item->setText(ReasonsColumn, s.reasonCodes.join(QStringLiteral(", ")));
                item->setText(VerdictColumn, s.verdict == QaVerdict::Agree      ? tr("agree")
                                             : s.verdict == QaVerdict::Disagree ? tr("disagree")
                                                                                : tr("waiting"));
                item->setText(NoteColumn, s.note);
                if (s.id == keep)
                    current = item;
            }
            for (int c = 0; c < m_samples->columnCount(); ++c)
                m_samples->resizeColumnToContents(c);
            if (current)
                m_samples->setCurrentItem(current);
            Q_EMIT samplesLoaded(int(samples->size()));
        });
}

void ReviewQaPage::loadFigures()
{
    auto session = m_session;
    m_runner.run(
        this, [session] { return ReviewQaService(session).figures(); },
        [this](Result<QVector<QaReviewerFigures>> figures) {
            if (!figures) {
                setMessage(figures.error().message, true);
                return;
            }
            m_figures->clear();
            for (const QaReviewerFigures &f : std::as_const(*figures)) {
                auto *item = new QTreeWidgetItem(m_figures);
                item->setText(0, f.reviewerLogin);
                item->setText(1, QString::number(f.samples));
                item->setText(2, QString::number(f.agreed));
                item->setText(3, QString::number(f.disagreed));
                item->setText(4, QString::number(f.pending()));
                const double share = f.agreementShare();
                item->setText(5, share < 0 ? QStringLiteral("–") : QStringLiteral("%1 %").arg(share * 100.0, 0, 'f', 0));
                for (int c = 1; c < 6; ++c)
                    item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            }
            Q_EMIT figuresLoaded();
        });
}

void ReviewQaPage::draw()
{
    const QDate from = m_from->date();
    const QDate through = m_through->date();
    auto session = m_session;
    m_draw->setEnabled(false);
    m_runner.run(
        this, [session, from, through] { return ReviewQaService(session).draw(from, through); },
        [this](Result<QaDrawReport> report) {
            m_draw->setEnabled(true);
            if (!report) {
                setMessage(report.error().message, true);
                Q_EMIT drawFinished(false);
                return;
            }
            m_share->setText(tr("Share drawn: %1 %").arg(report->sharePercent));
            if (report->decisions == 0)
                setMessage(tr("No decisions were made in this period."), false);
            else
                setMessage(tr("Drew %1 new samples: %2 of %3 decisions in the period are sampled (%4 %).")
                               .arg(report->drawn.size())
                               .arg(report->alreadyDrawn + report->drawn.size())
                               .arg(report->decisions)
                               .arg(report->sharePercent),
                           false);
            refresh();
            Q_EMIT drawFinished(true);
        });
}

void ReviewQaPage::showSample(qint64 sampleId)
{
    if (sampleId <= 0)
        return;
    auto session = m_session;
    m_runner.run(
        this,
        [session, sampleId]() -> Result<Shown> {
            auto sample = ReviewQaService(session).sample(sampleId);
            if (!sample)
                return sample.error();
            auto detail = ReviewService(session).detail(sample->reviewId);
            if (!detail)
                return detail.error();
            return Shown{*sample, *detail};
        },
        [this, sampleId](Result<Shown> shown) {
            if (!shown) {
                setMessage(shown.error().message, true);
                return;
            }
            const QaSample &s = shown->first;
            const ReviewDetail &d = shown->second;
            m_shown = s;
            QString text = QStringLiteral("<h3>%1</h3><p>%2 · %3</p>").arg(html(s.ref), html(typeLabel(s.type)),
                                                                             html(s.accountLogin));
            text += QStringLiteral("<h4>") + html(tr("Decision")) + QStringLiteral("</h4><p>") +
                    html(tr("%1 by %2 on %3")
                             .arg(s.outcome == QLatin1String("approved") ? tr("Approved") : tr("Rejected"),
                                  s.reviewerLogin, chinaTime(s.decidedAt))) +
                    QStringLiteral("</p>");
            if (!s.reasonCodes.isEmpty())
                text += QStringLiteral("<p>") + html(tr("Reasons: %1").arg(s.reasonCodes.join(QStringLiteral(", ")))) +
                        QStringLiteral("</p>");
            if (!s.documentReasons.isEmpty()) {
                text += QStringLiteral("<ul>");
                for (const QJsonValue &v : s.documentReasons) {
                    const QJsonObject o = v.toObject();
                    text += QStringLiteral("<li>%1: %2</li>")
                                .arg(html(AppealTexts::documentKindLabel(o.value(QStringLiteral("kind")).toString())),
                                     html(o.value(QStringLiteral("reason")).toString()));
                }
                text += QStringLiteral("</ul>");
            }
            if (!s.freeText.isEmpty())
                text += QStringLiteral("<p>") + html(s.freeText) + QStringLiteral("</p>");
            if (s.verdict != QaVerdict::Pending)
                text += QStringLiteral("<p><b>") +
                        html(tr("Verdict: %1").arg(s.verdict == QaVerdict::Agree ? tr("agree") : tr("disagree"))) +
                        QStringLiteral("</b> ") + html(s.note) + QStringLiteral("</p>");
            if (s.reviewerLogin == m_session->staff().login)
                text += QStringLiteral("<p style=\"color:#b03020\">") +
                        html(tr("You made this decision: another supervisor judges it.")) + QStringLiteral("</p>");
            // The checklist and the declared data (masked) of the request's current submission.
            text += QStringLiteral("<h4>") + html(tr("Checklist")) + QStringLiteral("</h4><ul>");
            for (const RealNameCheck &c : std::as_const(d.checks))
                text += QStringLiteral("<li style=\"color:%1\">%2 <b>%3</b>: %4</li>")
                            .arg(c.ok ? QStringLiteral("#206020") : QStringLiteral("#b03020"),
                                 c.ok ? QStringLiteral("✓") : QStringLiteral("✗"), html(c.check), html(c.message));
            text += QStringLiteral("</ul><h4>") + html(tr("Declared data")) + QStringLiteral("</h4><table>");
            const QJsonObject fields = d.maskedFields();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                text += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(html(it.key()), html(it->toString()));
            text += QStringLiteral("</table>");
            m_detail->setHtml(text);
            m_note->setText(s.note);
            updateVerdictButtons();

            QVector<CompareDocument> docs;
            for (const ReviewDocument &doc : std::as_const(d.documents)) {
                if (doc.submissionId != s.submissionId)
                    continue;
                const qint64 docId = doc.id;
                auto session = m_session;
                docs << CompareDocument{QStringLiteral("review-document:%1").arg(docId),
                                        AppealTexts::documentKindLabel(doc.kind), doc.fileName, {},
                                        [session, docId]() { return ReviewService(session).documentContent(docId); }};
            }
            m_images->setDocuments(docs);
            Q_EMIT sampleShown(sampleId);
        });
}

void ReviewQaPage::setImageCache(ImageCache *cache)
{
    m_images->prefetcher()->setCache(cache);
}

void ReviewQaPage::agree()
{
    recordVerdict(QaVerdict::Agree);
}

void ReviewQaPage::disagree()
{
    recordVerdict(QaVerdict::Disagree);
}

void ReviewQaPage::recordVerdict(QaVerdict verdict)
{
    const qint64 id = m_shown.id;
    if (id <= 0 || !m_agree->isEnabled())
        return;
    const QString note = m_note->text();
    auto session = m_session;
    m_runner.run(
        this, [session, id, verdict, note] { return ReviewQaService(session).recordVerdict(id, verdict, note); },
        [this, id](Result<QaSample> s) {
            if (!s) {
                setMessage(s.error().message, true);
                Q_EMIT verdictFinished(false);
                return;
            }
            setMessage(tr("Verdict on %1 recorded.").arg(s->ref), false);
            if (m_shown.id == id)
                m_shown = *s;
            refresh();
            Q_EMIT verdictFinished(true);
        });
}

} // namespace desk
