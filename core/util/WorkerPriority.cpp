#include "util/WorkerPriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

void WorkerPriority::lowerCurrentThread()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread: PRIO_PROCESS with a thread id.
    ::setpriority(PRIO_PROCESS, ::gettid(), 10);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}
