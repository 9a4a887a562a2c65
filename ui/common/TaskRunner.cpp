#include "common/TaskRunner.h"

#include <QSemaphore>

namespace desk {

TaskRunner::TaskRunner(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the one thread lives as long as the runner: its connections stay valid
    m_pool.setObjectName(QStringLiteral("desk-worker"));
}

TaskRunner::~TaskRunner()
{
    m_pool.waitForDone();
}

void TaskRunner::runAndWait(const std::function<void()> &job)
{
    // Not QFuture::waitForFinished(): it may run a job that has not started yet on the calling thread,
    // and the point here is the worker thread.
    QSemaphore done;
    m_pool.start([&job, &done]() {
        job();
        done.release();
    });
    done.acquire();
}

} // namespace desk
