#include "widgets/CalendarCoverageBanner.h"

#include "common/TaskRunner.h"
#include "workflow/CalendarService.h"
#include "workflow/Session.h"

namespace desk {

CalendarCoverageBanner::CalendarCoverageBanner(std::shared_ptr<Session> session, TaskRunner &runner, QWidget *parent)
    : QLabel(parent), m_session(std::move(session)), m_runner(runner)
{
    setObjectName(QStringLiteral("calendarCoverageWarning"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(6);
    setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0b400; }"));
    const StaffRole role = m_session->staff().role;
    m_concerned = role == StaffRole::Administrator || role == StaffRole::Supervisor;
    hide();
    refresh();
}

void CalendarCoverageBanner::refresh()
{
    if (!m_concerned) {
        Q_EMIT checked();
        return;
    }
    m_runner.run(
        this, [session = m_session]() { return CalendarService(session).coverage(); },
        [this](Result<CalendarService::Coverage> coverage) {
            // A calendar that cannot be read is reported by the page that reads it; the banner stays quiet.
            const bool warn = coverage && !coverage->covered();
            setText(warn ? coverage->warning() : QString());
            setVisible(warn);
            Q_EMIT checked();
        });
}

} // namespace desk
