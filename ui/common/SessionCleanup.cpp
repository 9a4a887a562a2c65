#include "common/SessionCleanup.h"

#include "common/TaskRunner.h"
#include "store/Database.h"
#include "workflow/Session.h"

namespace desk {

void releaseSession(TaskRunner &runner, std::shared_ptr<Session> session)
{
    if (!session)
        return;
    runner.runAndWait([s = std::move(session)]() { s->database().closeThreadConnection(); });
}

} // namespace desk
