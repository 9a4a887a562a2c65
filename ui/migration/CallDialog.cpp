#include "migration/CallDialog.h"

#include "common/TaskRunner.h"
#include "workflow/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace desk {

CallDialog::CallDialog(std::shared_ptr<Session> session, TaskRunner &runner, const QVector<AccountChoice> &accounts,
                       QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("callDialog"));
    setWindowTitle(tr("Log a call"));

    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("callAccount"));
    for (const AccountChoice &a : accounts)
        m_account->addItem(a.label, a.id);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("callPhone"));
    m_phone->setPlaceholderText(tr("Mobile number or landline with area code"));
    m_phone->setMaxLength(30);
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("callTopic"));
    for (const QString &t : CallLog::topics())
        m_topic->addItem(CallLog::topicLabel(t), t);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("callOutcome"));
    for (const QString &o : CallLog::outcomes())
        m_outcome->addItem(CallLog::outcomeLabel(o), o);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("callNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What the caller asked and what you told them (at most %1 characters)")
                                   .arg(CallLog::kMaxNote));
    m_note->setMinimumHeight(90);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("callError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("Caller's &number:"), m_phone);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Note:"), m_note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("callSave"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Log call"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CallDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CallDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
    m_phone->setFocus();
}

void CallDialog::setCallerPhone(const QString &phone)
{
    m_phone->setText(phone);
    m_topic->setFocus();
}

void CallDialog::setTopic(const QString &topic)
{
    const int i = m_topic->findData(topic);
    if (i >= 0)
        m_topic->setCurrentIndex(i);
}

void CallDialog::setContext(const QString &context)
{
    m_context = context;
}

qint64 CallDialog::accountId() const
{
    return m_account->currentData().toLongLong();
}

void CallDialog::accept()
{
    if (m_saving)
        return;
    CallRecord call;
    call.accountId = accountId();
    call.callerPhone = m_phone->text();
    call.topic = m_topic->currentData().toString();
    call.outcome = m_outcome->currentData().toString();
    call.note = m_note->toPlainText();
    call.context = m_context;
    m_saving = true;
    m_buttons->setEnabled(false);
    m_error->hide();
    auto session = m_session;
    m_runner.run(
        this, [session, call]() { return CallLog(session).log(call); },
        [this](Result<qint64> result) {
            m_saving = false;
            m_buttons->setEnabled(true);
            if (!result) {
                m_error->setText(result.error().message);
                m_error->show();
                if (!CallLog::isCallerPhone(m_phone->text()))
                    m_phone->setFocus();
                else if (m_note->toPlainText().trimmed().size() > CallLog::kMaxNote)
                    m_note->setFocus();
                return;
            }
            m_eventId = *result;
            QDialog::accept();
        });
}

} // namespace desk
