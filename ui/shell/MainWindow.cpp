#include "shell/MainWindow.h"

#include "admin/CalendarPage.h"
#include "admin/ReasonTemplatesPage.h"
#include "appeals/AppealQueuePage.h"
#include "appeals/FileAppealDialog.h"
#include "review/ReviewQaPage.h"
#include "review/ReviewQueuePage.h"
#include "lookup/LookupPage.h"
#include "merge/MergePage.h"
#include "migration/MigrationPage.h"
#include "migration/MigrationRunPage.h"
#include "shell/DeskSettings.h"
#include "shell/SettingsDialog.h"
#include "reports/DashboardPage.h"
#include "reports/SmsOutboxPage.h"
#include "store/Database.h"
#include "workflow/Permissions.h"
#include "workflow/Session.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace desk {

MainWindow::MainWindow(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QMainWindow(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("mainWindow"));
    const StaffMember &staff = m_session->staff();
    setWindowTitle(tr("IdentityDesk – %1").arg(staff.displayName.isEmpty() ? staff.login : staff.displayName));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(220);
    m_navigation->setSpacing(2);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (QWidget *page = m_pages->currentWidget())
            page->setFocus(); // each page hands the focus to where work starts (the look-up: its search box)
    });

    // Supervisors start on the dashboard (统计报表); administrators find it further down. (Agents and reviewers run
    // the aggregate reports from the command line.)
    const bool reportsFirst = Permissions::allows(staff.role, Action::SuperviseAppeals);
    auto addDashboard = [this]() {
        m_dashboard = new DashboardPage(m_session, m_runner, this);
        addWorkArea(tr("Reports"), m_dashboard);
        connect(m_dashboard, &DashboardPage::drillDown, this, &MainWindow::openDashboardList);
    };
    if (reportsFirst)
        addDashboard();
    if (Permissions::allows(staff.role, Action::LookupAccounts)) {
        m_lookup = new LookupPage(m_session, m_runner, this);
        addWorkArea(tr("Account look-up"), m_lookup);
    }
    if (Permissions::allows(staff.role, Action::ReviewAppeals)) {
        m_appeals = new AppealQueuePage(m_session, m_runner, this);
        addWorkArea(tr("Recovery appeals"), m_appeals);
        connect(m_appeals, &AppealQueuePage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    }
    if (Permissions::allows(staff.role, Action::ReviewRealName)) {
        m_reviews = new ReviewQueuePage(m_session, m_runner, this);
        addWorkArea(tr("Real-name review"), m_reviews);
        connect(m_reviews, &ReviewQueuePage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    }
    if (Permissions::allows(staff.role, Action::SampleReviews)) {
        m_reviewQa = new ReviewQaPage(m_session, m_runner, this);
        addWorkArea(tr("Review quality sampling"), m_reviewQa);
        connect(m_reviewQa, &ReviewQaPage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    }
    if (Permissions::allows(staff.role, Action::FindDuplicates)) {
        m_merges = new MergePage(m_session, m_runner, this);
        addWorkArea(tr("Account merges"), m_merges);
        connect(m_merges, &MergePage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    }
    if (Permissions::allows(staff.role, Action::LookupMigration)) {
        m_migration = new MigrationPage(m_session, m_runner, this);
        addWorkArea(tr("Torch migration"), m_migration);
        connect(m_migration, &MigrationPage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    }
    if (Permissions::allows(staff.role, Action::ManageCalendar)) {
        m_calendar = new CalendarPage(m_session, m_runner, this);
        addWorkArea(tr("Holiday calendar"), m_calendar);
    }
    if (Permissions::allows(staff.role, Action::ManageReasonTemplates)) {
        m_reasonTemplates = new ReasonTemplatesPage(m_session, m_runner, this);
        addWorkArea(tr("Reason templates"), m_reasonTemplates);
    }
    if (Permissions::allows(staff.role, Action::RunMigration)) {
        m_migrationRun = new MigrationRunPage(m_session, this);
        addWorkArea(tr("Run migration"), m_migrationRun);
        connect(m_migrationRun, &MigrationRunPage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    }

    if (!reportsFirst && Permissions::allows(staff.role, Action::SuperviseReports))
        addDashboard();
    if (Permissions::allows(staff.role, Action::RequeueSms)) {
        m_outbox = new SmsOutboxPage(m_session, m_runner, this);
        addWorkArea(tr("SMS outbox"), m_outbox);
        connect(m_outbox, &SmsOutboxPage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("shellSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    createMenus();
    createStatusBar();
    m_navigation->setCurrentRow(0);

    if (!restoreGeometry(DeskSettings::mainWindowGeometry()))
        resize(1400, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::setImageCache(ImageCache *cache)
{
    if (m_reviews)
        m_reviews->setImageCache(cache);
    if (m_reviewQa)
        m_reviewQa->setImageCache(cache);
}

void MainWindow::addWorkArea(const QString &title, QWidget *page)
{
    m_pages->addWidget(page);
    const int index = m_navigation->count();
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, page->objectName());
    item->setSizeHint(QSize(0, fontMetrics().height() + 16));
    if (index < 9) {
        // Ctrl+1 ... Ctrl+9 switch between the work areas.
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("actionArea%1").arg(index + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, page]() { showWorkArea(page); });
        addAction(action);
        item->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
    }
}

void MainWindow::showWorkAreaAt(int index)
{
    if (index >= 0 && index < m_navigation->count())
        m_navigation->setCurrentRow(index);
}

void MainWindow::showWorkArea(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setMenuRole(QAction::PreferencesRole);
    if (Permissions::allows(m_session->staff().role, Action::FileAppeal)) {
        QAction *appeal = file->addAction(tr("File a recovery &appeal…"), this, &MainWindow::fileAppeal);
        appeal->setObjectName(QStringLiteral("actionFileAppeal"));
        appeal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    }
    file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("actionSignOut"));
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *about = help->addAction(tr("&About IdentityDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    const StaffMember &staff = m_session->staff();
    auto *who = new QLabel(staff.displayName.isEmpty() || staff.displayName == staff.login
                               ? staff.login
                               : tr("%1 (%2)").arg(staff.displayName, staff.login),
                           this);
    who->setObjectName(QStringLiteral("statusStaff"));
    auto *role = new QLabel(staffRoleLabel(staff.role), this);
    role->setObjectName(QStringLiteral("statusRole"));
    // DatabaseUrl never holds a password, so its text is safe to show.
    auto *database = new QLabel(m_session->database().url().toString(), this);
    database->setObjectName(QStringLiteral("statusDatabase"));
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(who);
    statusBar()->addWidget(role);
    statusBar()->addPermanentWidget(database);
}

void MainWindow::fileAppeal()
{
    auto *dialog = new FileAppealDialog(m_session, m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() {
        statusBar()->showMessage(tr("The appeal was filed and waits in the reviewers' queue."), 6000);
        if (m_appeals)
            m_appeals->refresh();
    });
    dialog->open();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About IdentityDesk"),
                       tr("<h3>IdentityDesk %1</h3>"
                          "<p>Help-desk and review back office of the unified identity platform: account look-up, "
                          "appeals, real-name review, merges and reports.</p>"
                          "<p>Personal data is masked unless revealed with a reason; every reveal and change is "
                          "recorded in a tamper-evident audit log.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    DeskSettings::setMainWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::openDashboardList(const DashboardDrill &drill)
{
    const bool decisions = drill.decidedFrom.isValid() && drill.decidedBefore.isValid();
    if (drill.queue == QLatin1String("appeals") && m_appeals && !decisions) {
        m_appeals->showFiltered(drill.state, drill.from, drill.to);
        showWorkArea(m_appeals);
    } else if (drill.queue == QLatin1String("appeals") && m_appeals) {
        AppealFilter filter;
        filter.decidedFrom = drill.decidedFrom;
        filter.decidedBefore = drill.decidedBefore;
        filter.decidedBy = drill.decidedBy;
        if (drill.byReason)
            filter.reasonCode = drill.reason;
        m_appeals->showDecisions(filter, drill.note);
        showWorkArea(m_appeals);
    } else if (drill.queue == QLatin1String("reviews") && m_reviews) {
        ReviewListFilter filter;
        filter.state = drill.state;
        const InstantSpan &span = drill.submitted;
        (span.fromInclusive ? filter.submittedFrom : filter.submittedAfter) = span.from;
        (span.toInclusive ? filter.submittedUntil : filter.submittedBefore) = span.to;
        if (decisions) {
            filter.decidedFrom = drill.decidedFrom;
            filter.decidedBefore = drill.decidedBefore;
            filter.decidedBy = drill.decidedBy;
            filter.anyReason = !drill.byReason;
            filter.reasonCode = drill.reason;
        }
        m_reviews->showFiltered(filter, drill.note);
        showWorkArea(m_reviews);
    } else if (drill.queue == QLatin1String("merges") && m_merges) {
        MergeRequestFilter filter;
        filter.storedState = drill.state;
        const InstantSpan &span = drill.submitted;
        (span.fromInclusive ? filter.requestedFrom : filter.requestedAfter) = span.from;
        (span.toInclusive ? filter.requestedUntil : filter.requestedBefore) = span.to;
        m_merges->showRequests(filter, drill.note);
        showWorkArea(m_merges);
    } else if (drill.queue == QLatin1String("qa") && m_reviewQa) {
        showWorkArea(m_reviewQa); // its agreement per reviewer and the samples
    } else {
        statusBar()->showMessage(tr("There is no list to open for this bar."), 6000);
    }
}

} // namespace desk
