#include "admin/ReasonTemplatesPage.h"

#include "common/TaskRunner.h"
#include "workflow/AppealService.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace desk {

namespace {

const char *const kErrorStyle = "QLabel { color: #b3261e; }";

enum Column { CodeColumn, TitleColumn, SmsColumn, ActiveColumn, OrderColumn, ColumnCount };

} // namespace

// ---- ReasonTemplateDialog ----

ReasonTemplateDialog::ReasonTemplateDialog(const ReasonTemplate *existing, int nextOrder, QWidget *parent)
    : QDialog(parent), m_id(existing ? existing->id : 0)
{
    setObjectName(QStringLiteral("reasonTemplateDialog"));
    setWindowTitle(existing ? tr("Change reason template %1").arg(existing->code) : tr("Add a reason template"));
    setMinimumWidth(520);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("reasonCode"));
    m_code->setMaxLength(40);
    m_code->setPlaceholderText(tr("e.g. unclear_image (lower-case letters, digits, underscores)"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("reasonTitle"));
    m_title->setMaxLength(kMaxTitle);
    m_title->setPlaceholderText(tr("What reviewers see in the list"));
    m_sms = new QPlainTextEdit(this);
    m_sms->setObjectName(QStringLiteral("reasonSmsText"));
    m_sms->setTabChangesFocus(true);
    m_sms->setPlaceholderText(tr("What the user is told by SMS"));
    m_sms->setMinimumHeight(100);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("reasonSmsCount"));
    m_count->setAlignment(Qt::AlignRight);
    m_order = new QSpinBox(this);
    m_order->setObjectName(QStringLiteral("reasonOrder"));
    m_order->setRange(0, 9999);
    m_order->setToolTip(tr("Templates are listed by this number, smallest first."));
    m_active = new QCheckBox(tr("Active: reviewers can choose it"), this);
    m_active->setObjectName(QStringLiteral("reasonActive"));

    if (existing) {
        m_code->setText(existing->code);
        m_code->setReadOnly(true); // the code is what decisions refer to
        m_code->setToolTip(tr("The code cannot change once the template is saved."));
        m_title->setText(existing->title);
        m_sms->setPlainText(existing->smsText);
        m_order->setValue(existing->sortOrder);
        m_active->setChecked(existing->active);
    } else {
        m_order->setValue(nextOrder);
        m_active->setChecked(true);
        m_active->hide(); // a new template is active
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reasonError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QLatin1String(kErrorStyle));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Title:"), m_title);
    auto *smsCell = new QVBoxLayout;
    smsCell->setSpacing(2);
    smsCell->addWidget(m_sms);
    smsCell->addWidget(m_count);
    auto *smsLabel = new QLabel(tr("&SMS text:"), this);
    smsLabel->setBuddy(m_sms);
    form->addRow(smsLabel, smsCell);
    form->addRow(tr("&Order:"), m_order);
    if (existing)
        form->addRow(QString(), m_active);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("reasonOk"));
    m_ok->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("reasonCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonTemplateDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sms, &QPlainTextEdit::textChanged, this, &ReasonTemplateDialog::updateCount);
    // Enter in the SMS text starts a new line; Ctrl+Enter saves from anywhere.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ReasonTemplateDialog::submit);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateCount();
    if (existing)
        m_title->setFocus();
    else
        m_code->setFocus();
}

ReasonTemplate ReasonTemplateDialog::reasonTemplate() const
{
    ReasonTemplate t;
    t.id = m_id;
    t.code = m_code->text().trimmed();
    t.title = m_title->text().trimmed();
    t.smsText = m_sms->toPlainText().trimmed();
    t.sortOrder = m_order->value();
    t.active = m_id == 0 || m_active->isChecked();
    return t;
}

void ReasonTemplateDialog::updateCount()
{
    const int n = int(m_sms->toPlainText().trimmed().size());
    m_count->setText(tr("%1 / %2 characters").arg(n).arg(kMaxSmsText));
    m_count->setStyleSheet(n > kMaxSmsText ? QLatin1String(kErrorStyle) : QString());
}

void ReasonTemplateDialog::submit()
{
    if (m_busy)
        return;
    m_error->hide();
    Q_EMIT saveRequested(reasonTemplate());
}

void ReasonTemplateDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ReasonTemplateDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ok->setEnabled(!busy);
}

// ---- ReasonTemplatesPage ----

ReasonTemplatesPage::ReasonTemplatesPage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("reasonTemplatesPage"));
    m_canManage =
        Permissions::allows(m_session->staff().role, Action::ManageReasonTemplates) && m_session->staff().active;

    auto *title = new QLabel(tr("Rejection reasons: what reviewers choose when they reject an appeal or ask for "
                                "documents, and the text the user then gets by SMS."),
                             this);
    title->setWordWrap(true);

    m_add = new QPushButton(tr("&Add\u2026 (Ins)"), this);
    m_add->setObjectName(QStringLiteral("reasonAdd"));
    m_edit = new QPushButton(tr("&Change\u2026 (Enter)"), this);
    m_edit->setObjectName(QStringLiteral("reasonEdit"));
    m_deactivate = new QPushButton(tr("&Deactivate (Del)"), this);
    m_deactivate->setObjectName(QStringLiteral("reasonDeactivate"));
    auto *top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(m_add);
    top->addWidget(m_edit);
    top->addWidget(m_deactivate);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("reasonTable"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Title"), tr("SMS text"), tr("Active"), tr("Order")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(SmsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(CodeColumn, 130);
    m_table->horizontalHeader()->resizeSection(TitleColumn, 160);
    m_table->horizontalHeader()->resizeSection(ActiveColumn, 70);
    m_table->horizontalHeader()->resizeSection(OrderColumn, 60);
    m_table->installEventFilter(this);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reasonMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &ReasonTemplatesPage::addTemplate);
    connect(m_edit, &QPushButton::clicked, this, &ReasonTemplatesPage::editCurrentTemplate);
    connect(m_deactivate, &QPushButton::clicked, this, &ReasonTemplatesPage::deactivateCurrentTemplate);
    connect(m_table, &QTableWidget::doubleClicked, this, &ReasonTemplatesPage::editCurrentTemplate);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ReasonTemplatesPage::updateButtons);
    // Insert adds from anywhere on the page; Enter and Delete act on the table (event filter).
    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    insert->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QShortcut::activated, this, &ReasonTemplatesPage::addTemplate);

    if (!m_canManage)
        showMessage(tr("Only administrators change the reason templates."), false);
    setFocusProxy(m_table);
    updateButtons();
    reload();
}

ReasonTemplatesPage::~ReasonTemplatesPage() = default;

QString ReasonTemplatesPage::message() const
{
    return m_message->text();
}

void ReasonTemplatesPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QLatin1String(kErrorStyle) : QString());
}

void ReasonTemplatesPage::updateButtons()
{
    const ReasonTemplate *t = currentTemplate();
    m_add->setEnabled(m_canManage && !m_loading);
    m_edit->setEnabled(m_canManage && !m_loading && t);
    m_deactivate->setEnabled(m_canManage && !m_loading && t && t->active);
}

void ReasonTemplatesPage::reload()
{
    m_loading = true;
    updateButtons();
    m_runner.run(
        this, [session = m_session]() { return AppealService(session).reasonTemplates(false); },
        [this](Result<QVector<ReasonTemplate>> result) {
            m_loading = false;
            if (!result) {
                showMessage(tr("Cannot read the reason templates: %1").arg(result.error().message), true);
                updateButtons();
                Q_EMIT failed(result.error().message);
                Q_EMIT loaded();
                return;
            }
            m_rows = *result;
            fillTable();
            Q_EMIT loaded();
        });
}

void ReasonTemplatesPage::fillTable()
{
    const qint64 keep = m_selectAfterLoad ? m_selectAfterLoad : (currentTemplate() ? currentTemplate()->id : 0);
    m_selectAfterLoad = 0;
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_rows.size()));
    const QBrush inactive = palette().brush(QPalette::Disabled, QPalette::Text);
    int selectRow = -1;
    for (int r = 0; r < m_rows.size(); ++r) {
        const ReasonTemplate &t = m_rows.at(r);
        QString sms = t.smsText;
        sms.replace(QLatin1Char('\n'), QLatin1Char(' '));
        auto *code = new QTableWidgetItem(t.code);
        code->setData(Qt::UserRole, t.id);
        auto *sms_ = new QTableWidgetItem(sms);
        sms_->setToolTip(t.smsText);
        auto *active = new QTableWidgetItem(t.active ? tr("Yes") : tr("No"));
        active->setData(Qt::UserRole, t.active);
        auto *order = new QTableWidgetItem(QString::number(t.sortOrder));
        order->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QList<QTableWidgetItem *> items{code, new QTableWidgetItem(t.title), sms_, active, order};
        for (int c = 0; c < items.size(); ++c) {
            if (!t.active)
                items[c]->setForeground(inactive);
            m_table->setItem(r, c, items[c]);
        }
        if (t.id == keep)
            selectRow = r;
    }
    if (selectRow < 0 && !m_rows.isEmpty())
        selectRow = 0;
    if (selectRow >= 0)
        m_table->setCurrentCell(selectRow, CodeColumn);
    updateButtons();
}

const ReasonTemplate *ReasonTemplatesPage::currentTemplate() const
{
    const int row = m_table ? m_table->currentRow() : -1;
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

bool ReasonTemplatesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Delete:
            deactivateCurrentTemplate();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            editCurrentTemplate();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReasonTemplatesPage::addTemplate()
{
    if (!m_canManage || m_loading)
        return;
    openDialog(nullptr);
}

void ReasonTemplatesPage::editCurrentTemplate()
{
    if (!m_canManage || m_loading)
        return;
    if (const ReasonTemplate *t = currentTemplate())
        openDialog(t);
}

void ReasonTemplatesPage::openDialog(const ReasonTemplate *existing)
{
    int nextOrder = 10;
    for (const ReasonTemplate &t : std::as_const(m_rows))
        nextOrder = std::max(nextOrder, (t.sortOrder / 10 + 1) * 10);
    auto *dialog = new ReasonTemplateDialog(existing, nextOrder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReasonTemplateDialog::saveRequested, this,
            [this, dialog](const ReasonTemplate &t) { runSave(t, dialog); });
    dialog->open();
}

void ReasonTemplatesPage::saveTemplate(const ReasonTemplate &t)
{
    runSave(t, nullptr);
}

void ReasonTemplatesPage::runSave(const ReasonTemplate &t, ReasonTemplateDialog *dialog)
{
    if (dialog)
        dialog->setBusy(true);
    showMessage(tr("Saving\u2026"), false);
    QObject *receiver = dialog ? static_cast<QObject *>(dialog) : this;
    m_runner.run(
        receiver, [session = m_session, t]() { return AppealService(session).saveReasonTemplate(t); },
        [this, dialog, t](Result<qint64> result) {
            if (!result) {
                if (dialog) {
                    dialog->setBusy(false);
                    dialog->showError(result.error().message);
                }
                showMessage(result.error().message, true);
                Q_EMIT failed(result.error().message);
                return;
            }
            if (dialog)
                dialog->accept();
            showMessage(tr("Saved the reason template \"%1\" (%2).").arg(t.code.trimmed(), t.title.trimmed()), false);
            m_selectAfterLoad = *result;
            m_table->setFocus();
            Q_EMIT saved(*result);
            reload();
        });
}

void ReasonTemplatesPage::deactivateCurrentTemplate()
{
    if (!m_canManage || m_loading)
        return;
    const ReasonTemplate *current = currentTemplate();
    if (!current || !current->active)
        return;
    const ReasonTemplate t = *current;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Deactivate reason template"),
                                tr("Deactivate \"%1\" (%2)? Reviewers can no longer choose it; decisions that used it "
                                   "keep it. It can be made active again with Change.")
                                    .arg(t.title, t.code),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("reasonDeactivateConfirm"));
    box->button(QMessageBox::Yes)->setText(tr("&Deactivate"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, t](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        showMessage(tr("Deactivating\u2026"), false);
        m_runner.run(
            this, [session = m_session, id = t.id]() { return AppealService(session).deactivateReasonTemplate(id); },
            [this, t](Status status) {
                if (!status) {
                    showMessage(status.error().message, true);
                    Q_EMIT failed(status.error().message);
                    return;
                }
                showMessage(tr("Deactivated the reason template \"%1\" (%2).").arg(t.code, t.title), false);
                m_selectAfterLoad = t.id;
                Q_EMIT deactivated(t.id);
                reload();
            });
    });
    box->open();
}

} // namespace desk
