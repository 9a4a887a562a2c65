#include "merge/MergeRequestDialog.h"

#include "common/TaskRunner.h"
#include "workflow/MergeService.h"
#include "workflow/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace desk {

namespace {

QString previewHtml(const MergePreview &p)
{
    QString html = QStringLiteral("<p>") +
                   MergeRequestDialog::tr("What moves to the target: %1 delegations, %2 projects, %3 legacy links, "
                                          "%4 open appeals and reviews, %5 history entries (calls and events).")
                       .arg(p.delegations)
                       .arg(p.projects)
                       .arg(p.legacyLinks)
                       .arg(p.openCases)
                       .arg(p.events) +
                   QStringLiteral("</p>");
    if (p.conflicts.isEmpty())
        return html + QStringLiteral("<p>") + MergeRequestDialog::tr("No conflicts.") + QStringLiteral("</p>");
    html += QStringLiteral("<p>") + MergeRequestDialog::tr("Conflicts:") + QStringLiteral("</p><ul>");
    for (const QJsonValue &v : p.conflicts) {
        const QJsonObject c = v.toObject();
        QStringList rows;
        for (const QJsonValue &r : c.value(QStringLiteral("rows")).toArray())
            rows << QString::number(r.toInteger());
        const QString rule = c.value(QStringLiteral("rule")).toString();
        const QString text = rule == QLatin1String("kept the later expiry")
                                 ? MergeRequestDialog::tr("two delegations for one business system: the later expiry is "
                                                          "kept, delegation %1 ends")
                                 : MergeRequestDialog::tr("an organization is not delegated to: delegation %1 ends");
        html += QStringLiteral("<li>") + text.arg(rows.join(QStringLiteral(", "))).toHtmlEscaped() +
                QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

MergeRequestDialog::MergeRequestDialog(std::shared_ptr<Session> session, TaskRunner &runner, const QString &source,
                                       const QString &target, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("mergeRequestDialog"));
    setWindowTitle(tr("Request an account merge"));
    m_source = new QLineEdit(source, this);
    m_source->setObjectName(QStringLiteral("mergeSource"));
    m_target = new QLineEdit(target, this);
    m_target->setObjectName(QStringLiteral("mergeTarget"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("mergeKind"));
    m_kind->addItem(tr("Merge: the source is disabled and merged into the target"), QStringLiteral("merge"));
    m_kind->addItem(tr("Rename recovery: also record the source's name as the target's former name"),
                    QStringLiteral("rename"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("mergeReason"));
    m_reason->setPlaceholderText(tr("Why (for example: registered twice, FAQ 8.3)"));
    m_evidence = new QLineEdit(this);
    m_evidence->setObjectName(QStringLiteral("mergeEvidence"));
    m_evidence->setPlaceholderText(tr("Stamped declaration (PDF, JPEG or PNG), optional"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("mergeEvidenceBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Evidence"), QString(),
                                                          tr("Documents (*.pdf *.jpg *.jpeg *.png)"));
        if (!file.isEmpty())
            m_evidence->setText(QDir::toNativeSeparators(file));
    });
    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidence, 1);
    evidenceRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Source (disabled)"), m_source);
    form->addRow(tr("Target (remains)"), m_target);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Evidence"), evidenceRow);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("mergePreview"));
    m_preview->setPlaceholderText(tr("Preview what moves before you request the merge."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mergeDialogMessage"));
    m_message->setWordWrap(true);
    m_previewButton = new QPushButton(tr("Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("mergePreviewButton"));
    m_submit = new QPushButton(tr("Request merge"), this);
    m_submit->setObjectName(QStringLiteral("mergeSubmit"));
    m_submit->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    connect(m_previewButton, &QPushButton::clicked, this, &MergeRequestDialog::showPreview);
    connect(m_submit, &QPushButton::clicked, this, &MergeRequestDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A preview is for what it was made for: changing the pair asks for another.
    for (QLineEdit *e : {m_source, m_target})
        connect(e, &QLineEdit::textChanged, this, [this] { m_submit->setEnabled(false); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { m_submit->setEnabled(false); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 480);
}

void MergeRequestDialog::setKind(const QString &kind)
{
    const int index = m_kind->findData(kind);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

void MergeRequestDialog::setBusy(bool busy)
{
    m_previewButton->setEnabled(!busy);
    if (busy)
        m_submit->setEnabled(false);
}

void MergeRequestDialog::showPreview()
{
    const QString kind = m_kind->currentData().toString();
    const QString source = m_source->text().trimmed(), target = m_target->text().trimmed();
    setBusy(true);
    m_message->clear();
    auto session = m_session;
    m_runner.run(
        this, [session, kind, source, target] { return MergeService(session).preview(kind, source, target); },
        [this, kind, source, target](Result<MergePreview> r) {
            setBusy(false);
            if (!r) {
                m_preview->clear();
                m_message->setText(r.error().message);
                Q_EMIT previewShown(false);
                return;
            }
            m_preview->setHtml(previewHtml(*r));
            m_previewedFor = kind + QLatin1Char('|') + source + QLatin1Char('|') + target;
            m_submit->setEnabled(true);
            Q_EMIT previewShown(true);
        });
}

void MergeRequestDialog::submit()
{
    const QString kind = m_kind->currentData().toString();
    const QString source = m_source->text().trimmed(), target = m_target->text().trimmed();
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_message->setText(tr("Give a reason for the merge."));
        m_reason->setFocus();
        Q_EMIT requestFinished(false);
        return;
    }
    std::optional<MergeEvidence> evidence;
    if (!m_evidence->text().trimmed().isEmpty()) {
        auto e = MergeEvidence::load(QDir::fromNativeSeparators(m_evidence->text().trimmed()));
        if (!e) {
            m_message->setText(e.error().message);
            Q_EMIT requestFinished(false);
            return;
        }
        evidence = *e;
    }
    setBusy(true);
    auto session = m_session;
    m_runner.run(
        this,
        [session, kind, source, target, reason, evidence] {
            return MergeService(session).requestMerge(kind, source, target, reason, evidence);
        },
        [this](Result<MergeRequestRecord> r) {
            setBusy(false);
            if (!r) {
                m_message->setText(r.error().message);
                m_submit->setEnabled(true);
                Q_EMIT requestFinished(false);
                return;
            }
            m_requestId = r->id;
            Q_EMIT requestFinished(true);
            accept();
        });
}

} // namespace desk
