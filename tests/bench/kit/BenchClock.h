#pragma once

#include <QElapsedTimer>

// One monotonic clock for every figure of a benchmark, in nanoseconds since
// its first use.
namespace BenchClock {

inline qint64 nowNs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.nsecsElapsed();
}

inline double msSince(qint64 startNs)
{
    return double(nowNs() - startNs) / 1e6;
}

} // namespace BenchClock
