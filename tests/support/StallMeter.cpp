#include "StallMeter.h"

#include <QFile>

#include <ctime>

namespace {

qint64 threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1'000'000;
}

// Time this thread spent runnable but waiting for a CPU (Linux schedstat).
qint64 threadRunQueueMs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().split(' ').value(1).toLongLong() / 1'000'000;
}

} // namespace

StallMeter::StallMeter(QObject* parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        const qint64 cpu = threadCpuMs();
        const qint64 waited = threadRunQueueMs();
        if (now - m_last > m_longest) {
            m_longest = now - m_last;
            m_longestCpu = cpu - m_lastCpu;
            m_longestRunQueue = waited - m_lastRunQueue;
            m_longestEndedAt = now;
        }
        m_last = now;
        m_lastCpu = cpu;
        m_lastRunQueue = waited;
        ++m_ticks;
    });
}

void StallMeter::start()
{
    m_longest = 0;
    m_longestCpu = 0;
    m_lastCpu = threadCpuMs();
    m_longestRunQueue = 0;
    m_longestEndedAt = 0;
    m_lastRunQueue = threadRunQueueMs();
    m_ticks = 0;
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}
