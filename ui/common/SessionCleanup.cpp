#include "common/SessionCleanup.h"

#include "cache/ImageCache.h"
#include "common/TaskRunner.h"
#include "store/Database.h"
#include "workflow/Session.h"

namespace desk {

void releaseSession(TaskRunner &runner, std::shared_ptr<Session> session, ImageCache *imageCache)
{
    if (imageCache)
        imageCache->purge(); // no reviewer's pictures outlive the session
    if (!session)
        return;
    runner.runAndWait([s = std::move(session)]() { s->database().closeThreadConnection(); });
}

} // namespace desk
