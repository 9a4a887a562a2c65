#include "migration/MigrationRunPage.h"

#include "lookup/LookupLabels.h"
#include "store/Database.h"
#include "workflow/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace desk {

MigrationRunPage::MigrationRunPage(std::shared_ptr<Session> session, QWidget *parent)
    : QWidget(parent), m_session(std::move(session))
{
    setObjectName(QStringLiteral("migrationRunPage"));
    m_pool.setMaxThreadCount(1);

    m_system = new QComboBox(this);
    m_system->setObjectName(QStringLiteral("migrationRunSystem"));
    m_system->addItem(LookupLabels::legacySystem(QStringLiteral("torch")), QStringLiteral("torch"));
    m_retry = new QCheckBox(tr("Also retry the legacy accounts recorded as conflicts"), this);
    m_retry->setObjectName(QStringLiteral("migrationRunRetry"));
    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("migrationRunPreview"));
    m_previewButton->setToolTip(tr("Makes every decision and keeps none of them."));
    m_applyButton = new QPushButton(tr("&Apply…"), this);
    m_applyButton->setObjectName(QStringLiteral("migrationRunApply"));
    m_applyButton->setEnabled(false);
    m_applyButton->setToolTip(tr("Preview first."));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("migrationRunCancel"));
    m_cancelButton->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Legacy &system:"), m_system);
    form->addRow(QString(), m_retry);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("migrationRunProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v / %m legacy accounts"));
    m_summary = new QLabel(tr("Preview the migration to see what it would do."), this);
    m_summary->setObjectName(QStringLiteral("migrationRunSummary"));
    m_summary->setWordWrap(true);

    m_counts = new QTableWidget(0, 2, this);
    m_counts->setObjectName(QStringLiteral("migrationRunCounts"));
    m_counts->setHorizontalHeaderLabels({tr("Case"), tr("Legacy accounts")});
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->setTabKeyNavigation(false);
    m_conflicts = new QTableWidget(0, 2, this);
    m_conflicts->setObjectName(QStringLiteral("migrationRunConflicts"));
    m_conflicts->setHorizontalHeaderLabels({tr("Legacy login"), tr("Why it could not be placed")});
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
    m_conflicts->setTabKeyNavigation(false);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_counts);
    split->addWidget(m_conflicts);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_previewButton, &QPushButton::clicked, this, &MigrationRunPage::preview);
    connect(m_applyButton, &QPushButton::clicked, this, [this]() { apply(true); });
    connect(m_cancelButton, &QPushButton::clicked, this, &MigrationRunPage::cancel);
    connect(m_retry, &QCheckBox::toggled, this, [this]() {
        m_previewed = false; // a preview answers for the options it ran with
        m_applyButton->setEnabled(false);
    });
    setFocusProxy(m_previewButton);
}

MigrationRunPage::~MigrationRunPage()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

void MigrationRunPage::preview()
{
    start(true);
}

void MigrationRunPage::apply(bool askFirst)
{
    if (m_running || !m_previewed)
        return;
    if (askFirst) {
        const int pending = m_report.total;
        const auto answer = QMessageBox::question(
            this, tr("Apply the migration"),
            tr("Migrate %1 legacy accounts onto the platform? Accounts and delegations are created as previewed; "
               "this is recorded in the audit log and is not undone by cancelling.")
                .arg(QLocale().toString(pending)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    start(false);
}

void MigrationRunPage::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_summary->setText(tr("Cancelling after the current batch…"));
}

void MigrationRunPage::setRunning(bool running)
{
    m_running = running;
    m_previewButton->setEnabled(!running);
    m_applyButton->setEnabled(!running && m_previewed);
    m_cancelButton->setEnabled(running);
    m_system->setEnabled(!running);
    m_retry->setEnabled(!running);
}

void MigrationRunPage::start(bool dryRun)
{
    if (m_running)
        return;
    MigrationEngine::Options options;
    options.system = m_system->currentData().toString();
    options.dryRun = dryRun;
    options.retryConflicts = m_retry->isChecked();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    QPointer<MigrationRunPage> self(this);
    options.progress = [self, cancel](int done, int total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total]() {
                if (!self)
                    return;
                self->m_progress->setRange(0, qMax(1, total));
                self->m_progress->setValue(done);
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    m_lastDryRun = dryRun;
    setRunning(true);
    m_progress->setRange(0, 0); // busy until the first batch reports
    m_summary->setText(dryRun ? tr("Previewing…") : tr("Migrating…"));

    auto session = m_session;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Result<MigrationReport>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, dryRun]() {
        auto result = watcher->result();
        watcher->deleteLater();
        setRunning(false);
        m_progress->setRange(0, 1);
        if (!result->ok()) {
            m_summary->setText(result->error().message);
            if (dryRun)
                m_previewed = false;
            m_applyButton->setEnabled(m_previewed);
            Q_EMIT finished(false);
            return;
        }
        m_report = result->value();
        m_previewed = dryRun; // an applied run needs a new preview before the next apply
        m_applyButton->setEnabled(m_previewed && m_report.total > 0);
        showReport(m_report);
        Q_EMIT finished(true);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [session, options]() {
        auto result = std::make_shared<Result<MigrationReport>>(MigrationEngine(session).run(options));
        session->database().closeThreadConnection(); // this pool thread may serve no more database work
        return result;
    }));
}

void MigrationRunPage::showReport(const MigrationReport &report)
{
    const QLocale locale;
    m_counts->setRowCount(0);
    for (const QString &code : MigrationEngine::caseCodes()) {
        const int row = m_counts->rowCount();
        m_counts->insertRow(row);
        m_counts->setItem(row, 0, new QTableWidgetItem(LookupLabels::migrationCase(code)));
        auto *n = new QTableWidgetItem(locale.toString(report.count(code)));
        n->setData(Qt::UserRole, report.count(code));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_counts->setItem(row, 1, n);
    }
    m_conflicts->setRowCount(0);
    for (const MigrationConflict &c : report.conflicts) {
        const int row = m_conflicts->rowCount();
        m_conflicts->insertRow(row);
        m_conflicts->setItem(row, 0, new QTableWidgetItem(c.legacyLogin));
        m_conflicts->setItem(row, 1, new QTableWidgetItem(c.reason));
    }
    m_progress->setRange(0, qMax(1, report.total));
    m_progress->setValue(report.processed);
    QString text;
    if (report.total == 0)
        text = tr("Nothing to migrate: every legacy account of this system has a case or a recorded conflict.");
    else if (report.dryRun)
        text = tr("Preview: %1 legacy accounts would be placed, %2 would be conflicts. Nothing was changed.")
                   .arg(locale.toString(report.processed - int(report.conflicts.size())),
                        locale.toString(int(report.conflicts.size())));
    else if (report.cancelled)
        text = tr("Cancelled: %1 of %2 legacy accounts were migrated and kept; run again to finish.")
                   .arg(locale.toString(report.processed), locale.toString(report.total));
    else
        text = tr("Migrated %1 legacy accounts; %2 conflicts were recorded.")
                   .arg(locale.toString(report.processed - int(report.conflicts.size())),
                        locale.toString(int(report.conflicts.size())));
    m_summary->setText(text);
    Q_EMIT statusMessage(text);
}

} // namespace desk
