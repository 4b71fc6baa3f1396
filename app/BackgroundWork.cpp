#include "app/BackgroundWork.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace cip::app {

QThreadPool& backgroundPool() {
  // Owned by the application object, like Qt's global pool: the work still running when it goes
  // is waited for then, while everything it uses still exists.
  static QPointer<QThreadPool> pool;
  if (!pool) {
    pool = new QThreadPool(QCoreApplication::instance());
    pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    pool->setExpiryTimeout(-1);  // the priority is set once per thread: keep the threads
  }
  return *pool;
}

void lowerThisThreadsPriority() {
  thread_local bool lowered = false;
  if (lowered) return;
  lowered = true;
#ifdef Q_OS_LINUX
  // Linux schedules threads as tasks: the nice value of this one thread, not the process. Once
  // raised it stays (raising it back needs privileges), hence a pool of its own.
  setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#else
  QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

}  // namespace cip::app
