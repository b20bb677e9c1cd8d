#include "EventLoopLateness.h"

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cstdio>
#include <ctime>
#endif

qint64 EventLoopLateness::threadRunQueueNs()
{
#ifdef Q_OS_LINUX
    if (FILE *stats = std::fopen("/proc/thread-self/schedstat", "r")) {
        unsigned long long running = 0;
        unsigned long long waiting = 0;
        const bool read = std::fscanf(stats, "%llu %llu", &running, &waiting) == 2;
        std::fclose(stats);
        if (read)
            return qint64(waiting);
    }
#endif
    return -1;
}

qint64 EventLoopLateness::threadCpuNs()
{
#ifdef Q_OS_LINUX
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#endif
    return -1;
}

EventLoopLateness::EventLoopLateness(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopLateness::fired);
}

void EventLoopLateness::start()
{
    m_longestMs = 0;
    m_longestCpuMs = -1;
    m_longestRunQueueMs = -1;
    m_latenessMs.clear();
    m_clock.start();
    m_lastNs = 0;
    m_lastCpuNs = threadCpuNs();
    m_lastRunQueueNs = threadRunQueueNs();
    m_timer.start();
}

void EventLoopLateness::stop()
{
    m_timer.stop();
}

void EventLoopLateness::onStall(double thresholdMs, std::function<void(double)> report)
{
    m_thresholdMs = thresholdMs;
    m_report = std::move(report);
}

void EventLoopLateness::fired()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpuNow = threadCpuNs();
    const qint64 runQueueNow = threadRunQueueNs();
    const double late = std::max(0.0, double(now - m_lastNs) / 1e6 - m_intervalMs);
    if (late >= m_longestMs) {
        m_longestMs = late;
        m_longestCpuMs = cpuNow < 0 ? -1 : double(cpuNow - m_lastCpuNs) / 1e6;
        m_longestRunQueueMs = runQueueNow < 0 ? -1 : double(runQueueNow - m_lastRunQueueNs) / 1e6;
    }
    m_lastNs = now;
    m_lastCpuNs = cpuNow;
    m_lastRunQueueNs = runQueueNow;
    m_latenessMs.append(late);
    if (m_report && late > m_thresholdMs)
        m_report(late);
}
