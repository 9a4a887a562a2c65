#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace desk {

class AppealQueuePage;
class ImageCache;
class ReviewQaPage;
class DashboardPage;
class SmsOutboxPage;
class ReviewQueuePage;
class CalendarPage;
class ReasonTemplatesPage;
class LookupPage;
class MergePage;
class MigrationPage;
class MigrationRunPage;
class Session;
class TaskRunner;
struct DashboardDrill;

// The shell around the work areas: navigation on the left, the current area's page, the menu and a
// status bar naming the staff member, their role and the database. Each feature owns its page;
// areas appear only when they exist and the staff member's role may use them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);
    ~MainWindow() override;

    LookupPage *lookupPage() const { return m_lookup; }
    MigrationPage *migrationPage() const { return m_migration; }
    MigrationRunPage *migrationRunPage() const { return m_migrationRun; }
    AppealQueuePage *appealQueuePage() const { return m_appeals; }
    ReviewQueuePage *reviewQueuePage() const { return m_reviews; }
    ReviewQaPage *reviewQaPage() const { return m_reviewQa; }
    MergePage *mergePage() const { return m_merges; }
    CalendarPage *calendarPage() const { return m_calendar; }
    ReasonTemplatesPage *reasonTemplatesPage() const { return m_reasonTemplates; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    SmsOutboxPage *smsOutboxPage() const { return m_outbox; }
    // Opens the dialog in which a help-desk agent files a recovery appeal for a caller (Ctrl+Shift+N).
    void fileAppeal();
    // Shows the work area holding `page` (as the navigation does).
    void showWorkArea(QWidget *page);
    void showWorkAreaAt(int index);
    // Opens the list behind a bar of the dashboard: the appeal or review queue, the merge requests or the QA
    // sampling, filtered to what the bar counts.
    void openDashboardList(const DashboardDrill &drill);
    std::shared_ptr<Session> session() const { return m_session; }
    // The workstation's picture cache for the pages that show documents (kept by the caller, outliving the window).
    void setImageCache(ImageCache *cache);

Q_SIGNALS:
    void signOutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addWorkArea(const QString &title, QWidget *page);
    void createMenus();
    void createStatusBar();
    void showSettings();
    void showAbout();

    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    LookupPage *m_lookup = nullptr;
    MigrationPage *m_migration = nullptr;
    MigrationRunPage *m_migrationRun = nullptr;
    AppealQueuePage *m_appeals = nullptr;
    ReviewQueuePage *m_reviews = nullptr;
    ReviewQaPage *m_reviewQa = nullptr;
    MergePage *m_merges = nullptr;
    CalendarPage *m_calendar = nullptr;
    ReasonTemplatesPage *m_reasonTemplates = nullptr;
    DashboardPage *m_dashboard = nullptr;
    SmsOutboxPage *m_outbox = nullptr;
};

} // namespace desk
