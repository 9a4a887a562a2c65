#include "lookup/RevealDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace desk {

RevealDialog::RevealDialog(const QString &fieldLabel, const QString &accountLabel, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("revealDialog"));
    setWindowTitle(tr("Reveal %1").arg(fieldLabel));
    setMinimumWidth(460);

    auto *question =
        new QLabel(tr("Why do you need to see the %1 of %2 in clear?").arg(fieldLabel, accountLabel), this);
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    auto *note = new QLabel(tr("Your name, the field and this reason are recorded in the audit log."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("revealReason"));
    m_reason->setPlaceholderText(tr("e.g. caller verification, call of 14:05, appeal number"));
    m_reason->setMaxLength(500);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("revealError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->hide();
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("&Reveal"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("revealConfirm"));
    m_confirm->setDefault(true);
    m_confirm->setEnabled(false);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("revealCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RevealDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_confirm->setEnabled(!text.trimmed().isEmpty() && !m_progress->isVisible());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_reason);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString RevealDialog::reason() const
{
    return m_reason->text().trimmed();
}

void RevealDialog::submit()
{
    if (reason().isEmpty() || m_progress->isVisible())
        return;
    m_error->hide();
    Q_EMIT revealRequested(reason());
}

void RevealDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_reason->setEnabled(!busy);
    m_confirm->setEnabled(!busy && !reason().isEmpty());
}

void RevealDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_reason->setFocus();
    m_reason->selectAll();
}

} // namespace desk
