#pragma once

#include <QLabel>

#include <memory>

namespace desk {

class Session;
class TaskRunner;

// The warning that the holiday calendar does not reach 60 days ahead, so that due times there would ignore the
// coming holidays. Shown to administrators (who import the next year) and supervisors (who watch the SLAs) on
// the pages where due times matter; hidden for everyone else and whenever the calendar is covered.
class CalendarCoverageBanner : public QLabel
{
    Q_OBJECT
public:
    CalendarCoverageBanner(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent = nullptr);

    // Reads the calendar's coverage again (after an import, say).
    void refresh();
    // Whether this staff member is shown the warning at all.
    bool concernsStaff() const { return m_concerned; }

Q_SIGNALS:
    // After each check, for tests.
    void checked();

private:
    std::shared_ptr<Session> m_session;
    TaskRunner &m_runner;
    bool m_concerned = false;
};

} // namespace desk
