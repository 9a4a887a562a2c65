#pragma once

#include <memory>

namespace desk {

class Session;
class TaskRunner;

// Closes the worker thread's database connection of a session that is being let go, on that thread,
// so the Database is destroyed without touching another thread's connection.
void releaseSession(TaskRunner &runner, std::shared_ptr<Session> session);

} // namespace desk
