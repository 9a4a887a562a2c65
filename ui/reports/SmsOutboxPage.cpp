#include "reports/SmsOutboxPage.h"

#include "common/TaskRunner.h"
#include "domain/BusinessCalendar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace desk {

namespace {

constexpr int kPage = 200;

QString timeText(const QDateTime &t)
{
    return t.isValid() ? BusinessCalendar::toChinaTime(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

SmsOutboxPage::SmsOutboxPage(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QWidget(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("smsOutboxPage"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("outboxState"));
    m_state->addItem(tr("All messages"), QString());
    m_state->addItem(tr("Failed"), QStringLiteral("failed"));
    m_state->addItem(tr("Queued"), QStringLiteral("queued"));
    m_state->addItem(tr("Sending"), QStringLiteral("sending"));
    m_state->addItem(tr("Sent"), QStringLiteral("sent"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("outboxRefresh"));
    m_requeue = new QPushButton(tr("Send again"), this);
    m_requeue->setObjectName(QStringLiteral("outboxRequeue"));
    m_requeue->setToolTip(tr("Queue a finally failed message again (recorded in the audit log)"));
    m_more = new QPushButton(tr("More"), this);
    m_more->setObjectName(QStringLiteral("outboxMore"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("outboxMessage"));
    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("State"), tr("Attempts"), tr("Last error"), tr("Phone"),
                                        tr("Queued at"), tr("Next attempt"), tr("Sent at")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_state);
    bar->addWidget(m_refresh);
    bar->addWidget(m_requeue);
    bar->addStretch(1);
    bar->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_more, 0, Qt::AlignHCenter);

    connect(m_state, &QComboBox::currentIndexChanged, this, &SmsOutboxPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &SmsOutboxPage::refresh);
    connect(m_more, &QPushButton::clicked, this, &SmsOutboxPage::loadMore);
    connect(m_requeue, &QPushButton::clicked, this, &SmsOutboxPage::requeueSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SmsOutboxPage::updateButtons);
    refresh();
}

void SmsOutboxPage::refresh()
{
    m_table->setRowCount(0);
    m_lastId = 0;
    loadMore();
}

void SmsOutboxPage::loadMore()
{
    const int generation = ++m_generation;
    const QString state = m_state->currentData().toString();
    const qint64 before = m_lastId;
    auto session = m_session;
    m_runner.run(
        this, [session, state, before]() { return SmsOutboxService(session).list(state, before, kPage); },
        [this, generation](Result<QVector<OutboxEntry>> result) {
            if (generation != m_generation)
                return;
            if (!result) {
                m_message->setText(result.error().message);
                return;
            }
            append(*result);
            m_more->setEnabled(result->size() == kPage);
            m_message->setText(tr("%n message(s) shown", nullptr, m_table->rowCount()));
            Q_EMIT loaded();
        });
}

void SmsOutboxPage::append(const QVector<OutboxEntry> &entries)
{
    for (const OutboxEntry &e : entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const int stateIndex = m_state->findData(e.state);
        const QString stateText = stateIndex > 0 ? m_state->itemText(stateIndex) : e.state; // the filter's label
        const QStringList cells{QString::number(e.id), stateText, QString::number(e.attempts), e.lastError, e.phone,
                                timeText(e.createdAt), timeText(e.nextAttemptAt), timeText(e.sentAt)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setData(Qt::UserRole, e.id);
            if (c == 1)
                item->setData(Qt::UserRole, e.state); // the stored state, whatever the language
            m_table->setItem(row, c, item);
        }
        m_lastId = e.id;
    }
    updateButtons();
}

void SmsOutboxPage::updateButtons()
{
    const int row = m_table->currentRow();
    m_requeue->setEnabled(row >= 0 && m_table->item(row, 1) && m_table->item(row, 1)->data(Qt::UserRole).toString() == QLatin1String("failed"));
}

void SmsOutboxPage::requeueSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    auto session = m_session;
    m_requeue->setEnabled(false);
    m_runner.run(
        this, [session, id]() { return SmsOutboxService(session).requeue(id); },
        [this, id](Status result) {
            if (!result) {
                m_message->setText(result.error().message);
                updateButtons();
                return;
            }
            Q_EMIT statusMessage(tr("Message %1 is queued again.").arg(id));
            refresh();
        });
}

} // namespace desk
