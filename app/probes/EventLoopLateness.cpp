#include "EventLoopLateness.h"

#include <algorithm>

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
    m_latenessMs.clear();
    m_clock.start();
    m_lastNs = 0;
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
    const double late = std::max(0.0, double(now - m_lastNs) / 1e6 - m_intervalMs);
    m_lastNs = now;
    m_latenessMs.append(late);
    m_longestMs = std::max(m_longestMs, late);
    if (m_report && late > m_thresholdMs)
        m_report(late);
}
