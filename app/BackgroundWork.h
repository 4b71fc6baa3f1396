#pragma once

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

class QThreadPool;

namespace cip::app {

/// The threads for work nobody is waiting on at this moment: the next job's scan read and
/// analysed ahead, a finished job's analysis, a verdict from the history being loaded. They run
/// at a lower scheduling priority (nice 10 on Linux) than the GUI thread and the viewer's frame
/// workers, so on a workstation with two cores they take the time the window leaves over instead
/// of preempting it: measured in bench/bench_analyst_session, the window's longest waits were
/// half spent preempted while a prefetch ran beside it.
QThreadPool& backgroundPool();

/// Lowers the calling thread's scheduling priority once (a no-op where that is not possible).
void lowerThisThreadsPriority();

/// QtConcurrent::run on the background pool.
template <typename Function, typename... Args>
auto runInBackground(Function&& function, Args&&... args) {
  return QtConcurrent::run(&backgroundPool(), [function = std::forward<Function>(function), args...]() mutable {
    lowerThisThreadsPriority();
    return function(args...);
  });
}

}  // namespace cip::app
