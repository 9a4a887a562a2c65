#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <type_traits>

namespace desk {

// Runs database work off the GUI thread. All jobs share one long-lived worker thread, so a Database
// keeps exactly one connection for them (connections belong to the thread that opened them), and jobs
// run in the order they were submitted. The result comes back on the GUI thread, to a receiver: if the
// receiver is destroyed first, the result is dropped.
class TaskRunner : public QObject
{
    Q_OBJECT
public:
    explicit TaskRunner(QObject *parent = nullptr);
    ~TaskRunner() override; // waits for the job in progress

    // Runs `job()` on the worker thread, then `done(result)` on the receiver's thread.
    template <typename Job, typename Done> void run(QObject *receiver, Job job, Done done)
    {
        using R = std::invoke_result_t<Job>;
        using Box = std::shared_ptr<R>; // Result<T> has no default constructor; QFuture wants one
        auto *watcher = new QFutureWatcher<Box>(receiver);
        QObject::connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, done = std::move(done)]() mutable {
            Box box = watcher->result();
            watcher->deleteLater();
            done(std::move(*box));
        });
        m_pending.fetchAndAddRelaxed(1);
        watcher->setFuture(QtConcurrent::run(&m_pool, [this, job = std::move(job)]() mutable {
            Box box = std::make_shared<R>(job());
            m_pending.fetchAndAddRelaxed(-1);
            return box;
        }));
    }

    // Runs `job()` on the worker thread and waits for it (closing the worker's connection, say).
    void runAndWait(const std::function<void()> &job);

    bool isBusy() const { return m_pending.loadRelaxed() > 0; }

private:
    QThreadPool m_pool;
    QAtomicInt m_pending;
};

} // namespace desk
