#include "merge/TransferRequestDialog.h"

#include "common/TaskRunner.h"
#include "workflow/MergeService.h"
#include "workflow/Session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace desk {

TransferRequestDialog::TransferRequestDialog(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("transferRequestDialog"));
    setWindowTitle(tr("Request a project transfer"));
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("transferFrom"));
    m_from->setPlaceholderText(tr("Login of the person who leaves"));
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("transferTo"));
    m_to->setPlaceholderText(tr("Login of the colleague of the same organization"));
    m_projects = new QLineEdit(this);
    m_projects->setObjectName(QStringLiteral("transferProjects"));
    m_projects->setPlaceholderText(tr("Project numbers, separated by commas"));
    m_evidence = new QLineEdit(this);
    m_evidence->setObjectName(QStringLiteral("transferEvidence"));
    m_evidence->setPlaceholderText(tr("The organization's stamped declaration (PDF, JPEG or PNG)"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("transferEvidenceBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Evidence"), QString(),
                                                          tr("Documents (*.pdf *.jpg *.jpeg *.png)"));
        if (!file.isEmpty())
            m_evidence->setText(QDir::toNativeSeparators(file));
    });
    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidence, 1);
    evidenceRow->addWidget(browse);
    m_reason = new QLineEdit(tr("employee left the organization"), this);
    m_reason->setObjectName(QStringLiteral("transferReason"));
    auto *form = new QFormLayout;
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Projects"), m_projects);
    form->addRow(tr("Evidence"), evidenceRow);
    form->addRow(tr("Reason"), m_reason);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("transferMessage"));
    m_message->setWordWrap(true);
    m_submit = new QPushButton(tr("Request transfer"), this);
    m_submit->setObjectName(QStringLiteral("transferSubmit"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    connect(m_submit, &QPushButton::clicked, this, &TransferRequestDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void TransferRequestDialog::submit()
{
    QList<qint64> projects;
    for (const QString &part : m_projects->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            m_message->setText(tr("\"%1\" is not a project number.").arg(part.trimmed()));
            Q_EMIT requestFinished(false);
            return;
        }
        projects << id;
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
    const QString from = m_from->text().trimmed(), to = m_to->text().trimmed(), reason = m_reason->text().trimmed();
    m_submit->setEnabled(false);
    auto session = m_session;
    m_runner.run(
        this,
        [session, from, to, projects, reason, evidence] {
            return MergeService(session).requestTransfer(from, to, projects, reason, evidence);
        },
        [this](Result<MergeRequestRecord> r) {
            m_submit->setEnabled(true);
            if (!r) {
                m_message->setText(r.error().message);
                Q_EMIT requestFinished(false);
                return;
            }
            m_requestId = r->id;
            Q_EMIT requestFinished(true);
            accept();
        });
}

} // namespace desk
