#include "migration/MigrationPage.h"

#include "common/TaskRunner.h"
#include "domain/AccountLabels.h"
#include "lookup/AccountDetailPanel.h"
#include "lookup/LookupLabels.h"
#include "migration/CallDialog.h"
#include "workflow/Session.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace desk {

namespace {

QString byLabel(MigrationLookup::By by)
{
    switch (by) {
    case MigrationLookup::By::Uscc: return MigrationPage::tr("Recognised: USCC (organization, Torch login)");
    case MigrationLookup::By::Phone: return MigrationPage::tr("Recognised: mobile number (person, Torch login)");
    case MigrationLookup::By::Login: return MigrationPage::tr("Recognised: Torch login");
    case MigrationLookup::By::Name: return MigrationPage::tr("Recognised: organization name (current or former)");
    }
    return {};
}

QString relationLabel(const QString &relation)
{
    if (relation == QLatin1String("linked"))
        return MigrationPage::tr("Migrated account");
    if (relation == QLatin1String("delegating_organization"))
        return MigrationPage::tr("Organization that delegates");
    if (relation == QLatin1String("existing_organization"))
        return MigrationPage::tr("Existing organization account");
    if (relation == QLatin1String("verified_owner"))
        return MigrationPage::tr("Verified owner of the phone");
    return relation;
}

} // namespace

MigrationPage::MigrationPage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("migrationPage"));

    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("migrationInput"));
    m_input->setPlaceholderText(tr("USCC, mobile number, Torch login or organization name (Ctrl+M)"));
    m_input->setClearButtonEnabled(true);
    m_input->setMaxLength(120);
    m_lookupButton = new QPushButton(tr("Look up"), this);
    m_lookupButton->setObjectName(QStringLiteral("migrationLookupButton"));
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_lookupButton);

    m_recognised = new QLabel(this);
    m_recognised->setObjectName(QStringLiteral("migrationRecognised"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("migrationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("migrationResults"));
    m_results->setMaximumHeight(110);
    m_results->hide();
    connect(m_results, &QListWidget::currentRowChanged, this, &MigrationPage::showResult);

    // The answer card.
    m_card = new QGroupBox(tr("Answer"), this);
    m_card->setObjectName(QStringLiteral("migrationCard"));
    m_case = new QLabel(m_card);
    m_case->setObjectName(QStringLiteral("migrationCase"));
    m_case->setWordWrap(true);
    QFont caseFont = m_case->font();
    caseFont.setPointSizeF(caseFont.pointSizeF() * 1.25);
    caseFont.setBold(true);
    m_case->setFont(caseFont);
    m_system = new QLabel(m_card);
    m_system->setObjectName(QStringLiteral("migrationSystem"));
    m_login = new QLabel(m_card);
    m_login->setObjectName(QStringLiteral("migrationLogin"));
    m_login->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont loginFont = m_login->font();
    loginFont.setFamily(QStringLiteral("monospace"));
    loginFont.setBold(true);
    m_login->setFont(loginFont);
    m_window = new QLabel(m_card);
    m_window->setObjectName(QStringLiteral("migrationWindow"));
    m_copyLogin = new QPushButton(tr("Copy login"), m_card);
    m_copyLogin->setObjectName(QStringLiteral("migrationCopyLogin"));
    m_copyLogin->setToolTip(tr("Ctrl+Shift+L"));
    auto *loginRow = new QHBoxLayout;
    loginRow->addWidget(m_login);
    loginRow->addWidget(m_copyLogin);
    loginRow->addStretch(1);

    auto *facts = new QFormLayout;
    facts->addRow(tr("Legacy system:"), m_system);
    facts->addRow(tr("Login to use:"), loginRow);
    facts->addRow(tr("Sign-in window:"), m_window);

    m_guidance = new QTextBrowser(m_card);
    m_guidance->setObjectName(QStringLiteral("migrationGuidance"));
    m_guidance->setOpenLinks(false);
    m_guidance->setMinimumHeight(110);
    m_guidance->setMaximumHeight(190);
    QFont guidanceFont = m_guidance->font();
    guidanceFont.setPointSizeF(guidanceFont.pointSizeF() * 1.1);
    m_guidance->setFont(guidanceFont);
    m_copyGuidance = new QPushButton(tr("Copy guidance"), m_card);
    m_copyGuidance->setObjectName(QStringLiteral("migrationCopyGuidance"));
    m_copyGuidance->setToolTip(tr("Ctrl+Shift+C"));
    m_logCall = new QPushButton(tr("Log call…"), m_card);
    m_logCall->setObjectName(QStringLiteral("migrationLogCall"));
    m_logCall->setToolTip(tr("Ctrl+L"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copyGuidance);
    actions->addWidget(m_logCall);
    actions->addStretch(1);

    m_accounts = new QTableWidget(0, 6, m_card);
    m_accounts->setObjectName(QStringLiteral("migrationAccounts"));
    m_accounts->setHorizontalHeaderLabels(
        {tr("Relation"), tr("Login"), tr("Kind"), tr("Name"), tr("Real-name status"), tr("Mobile")});
    m_accounts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accounts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accounts->verticalHeader()->hide();
    m_accounts->horizontalHeader()->setStretchLastSection(true);
    m_accounts->setTabKeyNavigation(false);
    m_accounts->setMinimumHeight(120);
    m_accounts->installEventFilter(this);
    m_input->installEventFilter(this);
    connect(m_accounts, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openAccount(row); });

    auto *guidanceTitle = new QLabel(tr("Tell the caller:"), m_card);
    auto *accountsTitle = new QLabel(tr("Accounts involved (Enter opens the detail):"), m_card);
    auto *cardLayout = new QVBoxLayout(m_card);
    cardLayout->addWidget(m_case);
    cardLayout->addLayout(facts);
    cardLayout->addWidget(guidanceTitle);
    cardLayout->addWidget(m_guidance);
    cardLayout->addLayout(actions);
    cardLayout->addWidget(accountsTitle);
    cardLayout->addWidget(m_accounts, 1);
    m_card->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputRow);
    layout->addWidget(m_recognised);
    layout->addWidget(m_message);
    layout->addWidget(m_results);
    layout->addWidget(m_card, 1);
    layout->addStretch(0);

    connect(m_input, &QLineEdit::textChanged, this, &MigrationPage::updateRecognition);
    connect(m_input, &QLineEdit::returnPressed, this, &MigrationPage::runLookup);
    connect(m_lookupButton, &QPushButton::clicked, this, &MigrationPage::runLookup);
    connect(m_copyGuidance, &QPushButton::clicked, this, &MigrationPage::copyGuidance);
    connect(m_copyLogin, &QPushButton::clicked, this, &MigrationPage::copyLogin);
    connect(m_logCall, &QPushButton::clicked, this, &MigrationPage::logCall);

    auto shortcut = [this](const QKeySequence &keys, auto slot, Qt::ShortcutContext context) {
        auto *s = new QShortcut(keys, this);
        s->setContext(context);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_M), [this]() {
        m_input->setFocus(Qt::ShortcutFocusReason);
        m_input->selectAll();
    }, Qt::WindowShortcut);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this]() { copyGuidance(); },
             Qt::WidgetWithChildrenShortcut);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [this]() { copyLogin(); }, Qt::WidgetWithChildrenShortcut);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this]() { logCall(); }, Qt::WidgetWithChildrenShortcut);
    shortcut(QKeySequence(Qt::Key_Escape), [this]() { clear(); }, Qt::WidgetWithChildrenShortcut);

    setFocusProxy(m_input);
    updateRecognition();
}

MigrationPage::~MigrationPage() = default;

bool MigrationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_accounts && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openAccount(m_accounts->currentRow());
            return true;
        }
        if (watched == m_input && key->key() == Qt::Key_Down && m_card->isVisible()) {
            if (m_results->isVisible())
                m_results->setFocus(Qt::TabFocusReason);
            else
                m_accounts->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString MigrationPage::caseTitle(const QString &caseCode)
{
    if (caseCode == QLatin1String("O0"))
        return tr("O0 not in Torch: register an organization account (or sign in to the existing one) and verify");
    if (caseCode == QLatin1String("P0"))
        return tr("P0 not in Torch: register a person account");
    if (caseCode.isEmpty())
        return tr("Not migrated yet");
    return LookupLabels::migrationCase(caseCode);
}

QString MigrationPage::windowLabel(const QString &window)
{
    return window == QLatin1String("organization") ? tr("Organization (legal person) sign-in window")
                                                    : tr("Person (natural person) sign-in window");
}

void MigrationPage::lookUp(const QString &text)
{
    m_input->setText(text);
    runLookup();
}

void MigrationPage::clear()
{
    ++m_generation;
    m_busy = false;
    m_input->clear();
    m_answer = {};
    m_current = -1;
    m_results->clear();
    m_results->hide();
    m_card->hide();
    m_message->hide();
    m_lookupButton->setEnabled(true);
    m_input->setFocus();
}

void MigrationPage::updateRecognition()
{
    const QString text = m_input->text().trimmed();
    m_recognised->setText(text.isEmpty() ? tr("Type what the caller gives you and press Enter.")
                                         : byLabel(MigrationLookup::guess(text)));
}

void MigrationPage::runLookup()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty()) {
        showError(tr("Type a USCC, a mobile number, a Torch login or an organization name first."));
        return;
    }
    m_by = MigrationLookup::guess(text);
    m_busy = true;
    m_lookupButton->setEnabled(false);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Looking up…"));
    m_message->show();
    const quint64 generation = ++m_generation;
    auto session = m_session;
    const MigrationLookup::By by = m_by;
    m_runner.run(
        this, [session, by, text]() { return MigrationLookup(session).find(by, text); },
        [this, generation](Result<MigrationLookup::Answer> result) {
            if (generation != m_generation)
                return; // a newer look-up or a clear came meanwhile
            m_busy = false;
            m_lookupButton->setEnabled(true);
            if (!result) {
                m_answer = {};
                m_card->hide();
                m_results->hide();
                showError(result.error().message);
                Q_EMIT answered();
                return;
            }
            m_answer = std::move(*result);
            showAnswer();
            Q_EMIT answered();
        });
}

void MigrationPage::showError(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(text);
    m_message->show();
}

void MigrationPage::showAnswer()
{
    m_results->blockSignals(true);
    m_results->clear();
    for (const MigrationAnswer &a : std::as_const(m_answer.results)) {
        const QString code = a.caseCode.isEmpty() ? tr("pending") : a.caseCode;
        const QString who = a.legacyLogin.isEmpty() ? m_answer.input : a.legacyLogin;
        m_results->addItem(tr("%1 · %2 · %3").arg(code, who, a.platformLogin.isEmpty() ? QStringLiteral("—") : a.platformLogin));
    }
    m_results->blockSignals(false);
    m_results->setVisible(m_answer.results.size() > 1);

    if (m_answer.results.isEmpty()) {
        m_card->hide();
        m_current = -1;
        if (m_by == MigrationLookup::By::Name)
            showError(tr("No Torch organization is known under the name \"%1\". Ask the caller for the USCC.")
                          .arg(m_answer.input));
        else
            showError(tr("No Torch account has the login \"%1\". Ask for the USCC (organizations) or the mobile "
                         "number (persons) it was registered with.")
                          .arg(m_answer.input));
        return;
    }
    if (!m_answer.warning.isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        m_message->setText(m_answer.warning);
        m_message->show();
    } else {
        m_message->hide();
    }
    m_results->setCurrentRow(0);
    showResult(0);
}

void MigrationPage::showResult(int index)
{
    if (index < 0 || index >= m_answer.results.size())
        return;
    m_current = index;
    const MigrationAnswer &a = m_answer.results.at(index);
    m_case->setText(caseTitle(a.caseCode));
    QString system = a.system.isEmpty() ? tr("—") : LookupLabels::legacySystem(a.system);
    if (!a.legacyLogin.isEmpty())
        system += tr(" (legacy login %1)").arg(a.legacyLogin);
    m_system->setText(system);
    m_login->setText(a.platformLogin.isEmpty() ? tr("— (no platform login yet)") : a.platformLogin);
    m_copyLogin->setEnabled(!a.platformLogin.isEmpty());
    m_window->setText(windowLabel(a.signInWindow));
    QString guidance = a.guidance;
    if (!a.conflictReason.isEmpty())
        guidance += QStringLiteral("\n\n") + tr("Why the migration could not place it: %1").arg(a.conflictReason);
    m_guidance->setPlainText(guidance);

    m_accounts->setRowCount(0);
    for (const QJsonValue &v : a.accounts) {
        const QJsonObject o = v.toObject();
        const int row = m_accounts->rowCount();
        m_accounts->insertRow(row);
        auto *relation = new QTableWidgetItem(relationLabel(o.value(QStringLiteral("relation")).toString()));
        relation->setData(Qt::UserRole, o.value(QStringLiteral("id")).toVariant().toLongLong());
        m_accounts->setItem(row, 0, relation);
        m_accounts->setItem(row, 1, new QTableWidgetItem(o.value(QStringLiteral("login")).toString()));
        m_accounts->setItem(row, 2, new QTableWidgetItem(AccountLabels::kind(o.value(QStringLiteral("kind")).toString())));
        m_accounts->setItem(row, 3, new QTableWidgetItem(o.value(QStringLiteral("name")).toString()));
        m_accounts->setItem(row, 4, new QTableWidgetItem(AccountLabels::realNameStatus(o.value(QStringLiteral("real_name_status")).toString())));
        m_accounts->setItem(row, 5, new QTableWidgetItem(o.value(QStringLiteral("phone")).toString()));
    }
    m_accounts->resizeColumnsToContents();
    if (m_accounts->rowCount() > 0)
        m_accounts->selectRow(0);
    m_logCall->setEnabled(m_accounts->rowCount() > 0);
    m_logCall->setToolTip(m_accounts->rowCount() > 0 ? tr("Ctrl+L")
                                                      : tr("There is no platform account to log this call against."));
    m_card->show();
}

void MigrationPage::copyGuidance()
{
    if (m_current < 0)
        return;
    QApplication::clipboard()->setText(m_guidance->toPlainText());
    Q_EMIT statusMessage(tr("Guidance copied."));
}

void MigrationPage::copyLogin()
{
    if (m_current < 0 || m_answer.results.at(m_current).platformLogin.isEmpty())
        return;
    QApplication::clipboard()->setText(m_answer.results.at(m_current).platformLogin);
    Q_EMIT statusMessage(tr("Login %1 copied.").arg(m_answer.results.at(m_current).platformLogin));
}

qint64 MigrationPage::selectedAccountId() const
{
    const int row = m_accounts->currentRow() >= 0 ? m_accounts->currentRow() : 0;
    if (row >= m_accounts->rowCount())
        return 0;
    return m_accounts->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void MigrationPage::logCall()
{
    if (m_current < 0 || m_accounts->rowCount() == 0) {
        if (m_current >= 0)
            showError(tr("There is no platform account to log this call against."));
        return;
    }
    QVector<CallDialog::AccountChoice> choices;
    const qint64 selected = selectedAccountId();
    int selectedIndex = 0;
    for (int row = 0; row < m_accounts->rowCount(); ++row) {
        const qint64 id = m_accounts->item(row, 0)->data(Qt::UserRole).toLongLong();
        if (id == selected)
            selectedIndex = int(choices.size());
        choices.append({id, tr("%1 – %2 (%3)").arg(m_accounts->item(row, 1)->text(), m_accounts->item(row, 3)->text(),
                                                    m_accounts->item(row, 0)->text())});
    }
    std::rotate(choices.begin(), choices.begin() + selectedIndex, choices.begin() + selectedIndex + 1);
    auto *dialog = new CallDialog(m_session, m_runner, choices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const MigrationAnswer &a = m_answer.results.at(m_current);
    dialog->setTopic(QStringLiteral("migration"));
    if (m_by == MigrationLookup::By::Phone)
        dialog->setCallerPhone(m_answer.input);
    dialog->setContext(QStringList{a.system, a.caseCode.isEmpty() ? QStringLiteral("pending") : a.caseCode,
                                   a.legacyLogin.isEmpty() ? m_answer.input : a.legacyLogin}
                           .join(QLatin1Char(' '))
                           .trimmed());
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        Q_EMIT statusMessage(tr("Call logged against the account."));
        Q_EMIT callLogged(dialog->accountId());
    });
    dialog->open();
}

void MigrationPage::openAccount(int row)
{
    if (row < 0 || row >= m_accounts->rowCount())
        return;
    const qint64 id = m_accounts->item(row, 0)->data(Qt::UserRole).toLongLong();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("migrationAccountDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Account %1").arg(m_accounts->item(row, 1)->text()));
    auto *panel = new AccountDetailPanel(m_session, m_runner, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panel);
    connect(this, &MigrationPage::callLogged, panel, [panel](qint64 accountId) {
        if (panel->accountId() == accountId)
            panel->reload();
    });
    dialog->resize(760, 820);
    panel->showAccount(id);
    dialog->show();
}

} // namespace desk
