#include "lookup/AccountDetailPanel.h"

#include "common/TaskRunner.h"
#include "domain/AccountLabels.h"
#include "domain/CitizenTexts.h"
#include "domain/Identifiers.h"
#include "lookup/LookupLabels.h"
#include "lookup/RevealDialog.h"
#include "workflow/StaffService.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace desk {

namespace {
QString formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

// A read-only table as tall as its rows: the panel scrolls, not each table.
QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QStringList &headers,
                        const QVector<QStringList> &rows)
{
    auto *table = new QTableWidget(int(rows.size()), int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < headers.size() && c < rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            item->setToolTip(rows[r][c]);
            table->setItem(r, c, item);
        }
    table->resizeColumnsToContents();
    for (int c = 0; c + 1 < headers.size(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 320));
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth() + 2;
    for (int r = 0; r < rows.size(); ++r)
        height += table->rowHeight(r);
    height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
    return table;
}

QLabel *emptyNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QGroupBox *section(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}
} // namespace

struct AccountDetailPanel::Loaded
{
    Result<AccountDetail> detail = Error();
    Result<QVector<AuditRow>> history = Error();
};

AccountDetailPanel::AccountDetailPanel(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QWidget(parent), m_session(session), m_lookup(std::make_shared<LookupService>(session)),
      m_staff(std::make_shared<StaffService>(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("accountDetail"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::PlainText);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("detailScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);
    clear();
}

AccountDetailPanel::~AccountDetailPanel() = default;

void AccountDetailPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_message->setForegroundRole(error ? QPalette::WindowText : QPalette::PlaceholderText);
    m_message->show();
    m_scroll->hide();
}

void AccountDetailPanel::clear()
{
    ++m_generation;
    m_loading = false;
    m_accountId = 0;
    m_revealed.clear();
    delete m_scroll->takeWidget();
    showMessage(tr("Select an account in the list to see its details."));
}

void AccountDetailPanel::showAccount(qint64 accountId)
{
    if (accountId != m_accountId)
        m_revealed.clear();
    load(accountId, accountId == m_accountId);
}

void AccountDetailPanel::reload()
{
    if (m_accountId != 0)
        load(m_accountId, true);
}

void AccountDetailPanel::load(qint64 accountId, bool keepScroll)
{
    const quint64 generation = ++m_generation;
    m_accountId = accountId;
    m_loading = true;
    if (!keepScroll || !m_scroll->widget())
        showMessage(tr("Loading…"));
    const int scrollValue = m_scroll->verticalScrollBar()->value();
    m_runner.run(
        this,
        [lookup = m_lookup, staff = m_staff, accountId]() {
            Loaded loaded;
            loaded.detail = lookup->detail(accountId);
            if (loaded.detail)
                loaded.history = staff->auditTrail(QStringLiteral("account"), QString::number(accountId));
            return loaded;
        },
        [this, generation, scrollValue, keepScroll](Loaded result) {
            if (generation != m_generation)
                return; // another account was asked for meanwhile
            m_loading = false;
            if (!result.detail) {
                showMessage(result.detail.error().message, true);
                return;
            }
            // Staff who may not read the audit trail still see the account's own events.
            const QVector<AuditRow> history = result.history ? result.history.value() : QVector<AuditRow>();
            render(result.detail.value(), history);
            if (keepScroll)
                m_scroll->verticalScrollBar()->setValue(scrollValue);
            Q_EMIT loaded(m_accountId);
        });
}

QLabel *AccountDetailPanel::addField(QFormLayout *form, const QString &label, const QString &value, const QString &name)
{
    auto *field = new QLabel(value.isEmpty() ? tr("—") : value);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setWordWrap(true);
    if (!name.isEmpty())
        field->setObjectName(QStringLiteral("field_") + name);
    form->addRow(label, field);
    return field;
}

void AccountDetailPanel::addPersonalField(QFormLayout *form, const QString &label, LookupService::PersonalField field,
                                          const QString &value, const QString &masked)
{
    const QString name = LookupService::fieldName(field);
    const auto revealed = m_revealed.constFind(int(field));
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel(revealed != m_revealed.constEnd() ? *revealed : (value.isEmpty() ? tr("—") : masked), row);
    text->setObjectName(QStringLiteral("field_") + name);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(text);
    if (revealed != m_revealed.constEnd()) {
        auto *note = new QLabel(tr("(revealed, audited)"), row);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
    } else if (!value.isEmpty()) {
        auto *button = new QPushButton(tr("Reveal…"), row);
        button->setObjectName(QStringLiteral("reveal_") + name);
        button->setToolTip(tr("Show the %1 in clear. You will be asked for a reason, which is audited.")
                               .arg(LookupService::fieldLabel(field)));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, field]() { reveal(field); });
        layout->addWidget(button);
    }
    layout->addStretch(1);
    form->addRow(label, row);
}

void AccountDetailPanel::render(const AccountDetail &detail, const QVector<AuditRow> &history)
{
    const AccountRecord &a = detail.account;
    const bool organization = a.kind == QLatin1String("organization");
    m_accountLabel = a.name.isEmpty() ? a.login : QStringLiteral("%1 (%2)").arg(a.name, a.login);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("detailContent"));
    auto *layout = new QVBoxLayout(content);

    auto *title = new QLabel(a.name.isEmpty() ? a.login : a.name, content);
    title->setObjectName(QStringLiteral("detailTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle =
        new QLabel(QStringLiteral("%1 · %2 · %3")
                       .arg(AccountLabels::kind(a.kind), AccountLabels::accountStatus(a.accountStatus),
                            AccountLabels::realNameStatus(a.realNameStatus)),
                   content);
    subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    layout->addWidget(title);
    layout->addWidget(subtitle);

    // The account itself.
    auto *accountBox = new QGroupBox(tr("Account"), content);
    auto *form = new QFormLayout(accountBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(form, tr("Login name:"), a.login, QStringLiteral("login"));
    addField(form, tr("Account type:"), AccountLabels::kind(a.kind), QStringLiteral("kind"));
    addField(form, organization ? tr("Organization name:") : tr("Name:"), a.name, QStringLiteral("name"));
    if (!a.formerName.isEmpty())
        addField(form, tr("Name at registration:"), a.formerName, QStringLiteral("former_name"));
    addField(form, tr("Account status:"), AccountLabels::accountStatus(a.accountStatus),
             QStringLiteral("account_status"));
    addField(form, tr("Real-name verification:"), AccountLabels::realNameStatus(a.realNameStatus),
             QStringLiteral("real_name_status"));
    if (!organization) {
        addField(form, tr("Identity region:"), LookupLabels::identityRegion(a.identityRegion));
        addField(form, tr("ID document type:"), LookupLabels::idType(a.idType));
        addPersonalField(form, tr("ID number:"), LookupService::PersonalField::IdNumber, a.idNumber,
                         ids::maskIdNumber(a.idNumber));
        if (a.idValidFrom.isValid() || a.idValidUntil.isValid())
            addField(form, tr("ID valid:"),
                     tr("%1 to %2")
                         .arg(formatDate(a.idValidFrom),
                              a.idValidUntil.isValid() ? formatDate(a.idValidUntil) : tr("long-term")));
    }
    addPersonalField(form, tr("Reserved phone:"), LookupService::PersonalField::Phone, a.phone,
                     ids::maskPhone(a.phone));
    addPersonalField(form, tr("E-mail:"), LookupService::PersonalField::Email, a.email, ids::maskEmail(a.email));
    addField(form, tr("Registered:"), formatTime(a.createdAt), QStringLiteral("created_at"));
    addField(form, tr("Origin:"), LookupLabels::origin(a.origin));
    if (a.mergedIntoId != 0)
        addField(form, tr("Merged into:"), tr("account %1").arg(a.mergedIntoId));
    if (a.mustChangePassword)
        addField(form, tr("Password:"), tr("must be changed at the next sign-in"));
    layout->addWidget(accountBox);

    if (organization) {
        auto *orgBox = new QGroupBox(tr("Organization details"), content);
        auto *orgForm = new QFormLayout(orgBox);
        orgForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        QString uscc = a.uscc;
        if (const ids::UsccCheck check = ids::checkUscc(uscc); !uscc.isEmpty() && !check.valid())
            uscc += QStringLiteral("  ⚠ ") + (check.problem == ids::UsccCheck::Problem::CheckCharacter
                                                  ? tr("check character is wrong (legacy data)")
                                                  : tr("%1 (legacy data)").arg(check.message()));
        addField(orgForm, tr("USCC:"), uscc, QStringLiteral("uscc"));
        addField(orgForm, tr("Legal person type:"), LookupLabels::organizationType(a.organizationType),
                 QStringLiteral("organization_type"));
        addField(orgForm, tr("Legal representative:"), a.legalRepName, QStringLiteral("legal_rep_name"));
        addPersonalField(orgForm, tr("Legal representative's ID:"), LookupService::PersonalField::LegalRepIdNumber,
                         a.legalRepIdNumber, ids::maskIdNumber(a.legalRepIdNumber));
        QString agent;
        if (detail.primaryAgent) {
            const AccountSummary &p = *detail.primaryAgent;
            agent = QStringLiteral("%1 (%2)").arg(p.name, p.login);
            if (!p.phone.isEmpty())
                agent += QStringLiteral(" · ") + ids::maskPhone(p.phone);
        }
        addField(orgForm, tr("Primary agent:"), agent, QStringLiteral("primary_agent"));
        layout->addWidget(orgBox);
    }

    layout->addWidget(
        section(organization ? tr("Delegations granted") : tr("Delegations held"), buildDelegations(detail), content));
    layout->addWidget(section(tr("Projects"), buildProjects(detail), content));
    layout->addWidget(section(tr("Legacy accounts and migration"), buildLegacy(detail), content));
    layout->addWidget(section(tr("History"), buildHistory(detail, history), content));
    layout->addStretch(1);

    delete m_scroll->takeWidget();
    m_scroll->setWidget(content);
    m_message->hide();
    m_scroll->show();
}

QWidget *AccountDetailPanel::buildDelegations(const AccountDetail &detail)
{
    if (detail.delegations.isEmpty())
        return emptyNote(tr("No delegations."), this);
    const bool organization = detail.account.kind == QLatin1String("organization");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVector<QStringList> rows;
    for (const DelegationRow &d : detail.delegations) {
        QString state = tr("Active");
        if (d.revokedAt.isValid())
            state = tr("Revoked %1").arg(formatTime(d.revokedAt));
        else if (d.expiresAt.isValid() && d.expiresAt < now)
            state = tr("Expired: the organization's administrator re-delegates (%1)").arg(CitizenTexts::delegationExpired());
        else if (d.expiresAt.isValid() && d.expiresAt < now.addDays(30))
            state = tr("Active, expires within 30 days");
        if (organization && d.personStatus == QLatin1String("pending_activation"))
            state += QStringLiteral(" · ") + tr("account pending activation");
        const QString other = organization ? QStringLiteral("%1 (%2)").arg(d.personName, d.personLogin)
                                           : QStringLiteral("%1 (%2)").arg(d.organizationName, d.organizationLogin);
        rows << QStringList{other,
                            d.businessSystem,
                            d.role == QLatin1String("admin") ? tr("%1 (administrator)").arg(d.role) : d.role,
                            formatTime(d.grantedAt),
                            d.expiresAt.isValid() ? formatTime(d.expiresAt) : tr("no expiry"),
                            state};
    }
    return makeTable(this, QStringLiteral("detailDelegations"),
                     {organization ? tr("Person") : tr("Organization"), tr("Business system"), tr("Role"),
                      tr("Granted"), tr("Expires"), tr("State")},
                     rows);
}

QWidget *AccountDetailPanel::buildProjects(const AccountDetail &detail)
{
    if (detail.projects.isEmpty())
        return emptyNote(tr("No projects."), this);
    QVector<QStringList> rows;
    for (const ProjectRow &p : detail.projects)
        rows << QStringList{p.reference, p.title, p.businessSystem, LookupLabels::projectStatus(p.status),
                            formatTime(p.createdAt)};
    return makeTable(this, QStringLiteral("detailProjects"),
                     {tr("Reference"), tr("Title"), tr("Business system"), tr("Status"), tr("Created")}, rows);
}

QWidget *AccountDetailPanel::buildLegacy(const AccountDetail &detail)
{
    if (detail.legacy.isEmpty())
        return emptyNote(tr("Not linked to a legacy account."), this);
    QVector<QStringList> rows;
    for (const LegacyLinkRow &l : detail.legacy)
        rows << QStringList{LookupLabels::legacySystem(l.system), l.legacyLogin,
                            LookupLabels::migrationCase(l.migrationCase), formatTime(l.migratedAt)};
    return makeTable(this, QStringLiteral("detailLegacy"),
                     {tr("System"), tr("Legacy login"), tr("Migration case"), tr("Migrated")}, rows);
}

QWidget *AccountDetailPanel::buildHistory(const AccountDetail &detail, const QVector<AuditRow> &history)
{
    struct Entry
    {
        QDateTime when;
        QStringList columns;
    };
    QVector<Entry> entries;
    for (const AccountEventRow &e : detail.events)
        entries << Entry{e.occurredAt,
                         {formatTime(e.occurredAt), tr("Account"), LookupLabels::accountEvent(e.kind), QString(),
                          LookupLabels::accountEventDetail(e.kind, e.detail)}};
    for (const AuditRow &r : history) {
        QDateTime when = QDateTime::fromString(r.createdAt, Qt::ISODateWithMs);
        when.setTimeSpec(Qt::UTC);
        entries << Entry{when,
                         {formatTime(when), tr("Audit"), LookupLabels::auditAction(r.action), r.staffLogin,
                          LookupLabels::auditDetail(r)}};
    }
    if (entries.isEmpty())
        return emptyNote(tr("No history."), this);
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) { return x.when > y.when; });
    QVector<QStringList> rows;
    for (const Entry &e : entries)
        rows << e.columns;
    return makeTable(this, QStringLiteral("detailHistory"),
                     {tr("Time"), tr("Source"), tr("What"), tr("By"), tr("Detail")}, rows);
}

void AccountDetailPanel::reveal(LookupService::PersonalField field)
{
    const qint64 accountId = m_accountId;
    auto *dialog = new RevealDialog(LookupService::fieldLabel(field), m_accountLabel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevealDialog::revealRequested, this, [this, dialog, field, accountId](const QString &reason) {
        dialog->setBusy(true);
        m_runner.run(
            dialog,
            [lookup = m_lookup, accountId, field, reason]() { return lookup->reveal(accountId, field, reason); },
            [this, dialog, field, accountId](Result<QString> value) {
                dialog->setBusy(false);
                if (!value) {
                    dialog->showError(value.error().message);
                    return;
                }
                dialog->accept();
                if (accountId != m_accountId)
                    return;
                m_revealed.insert(int(field), value.value());
                reload(); // shows the clear value and the new audit entry
            });
    });
    dialog->open();
}

} // namespace desk
