#pragma once

#include <memory>

namespace desk {

class ImageCache;
class Session;
class TaskRunner;

// Closes the worker thread's database connection of a session that is being let go, on that thread,
// so the Database is destroyed without touching another thread's connection. With `imageCache`, the
// document pictures cached during the session are purged too (sign-out and quit).
void releaseSession(TaskRunner &runner, std::shared_ptr<Session> session, ImageCache *imageCache = nullptr);

} // namespace desk
