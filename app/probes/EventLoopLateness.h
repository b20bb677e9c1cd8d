#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

// How late the event loop runs: a precise timer asks to fire every
// `intervalMs`; however much later it fires is time the thread spent on
// something else (painting, parsing, a blocking call). The longest such
// stall is what a person feels as a freeze.
class EventLoopLateness : public QObject
{
public:
    explicit EventLoopLateness(int intervalMs = 1, QObject *parent = nullptr);

    void start();
    void stop();
    // Called for every stall longer than `thresholdMs`, with its length.
    void onStall(double thresholdMs, std::function<void(double ms)> report);

    double longestMs() const { return m_longestMs; }
    // The thread's own CPU time during the longest stall: near longestMs() when
    // the thread was working, far less when it waited (preempted by other
    // processes on a busy machine, or blocked in a system call). -1 where the
    // system does not tell.
    double longestCpuMs() const { return m_longestCpuMs; }
    // The time it was ready to run but waited for a processor during that
    // stall (Linux schedstat); what is neither this nor CPU time it was
    // blocked (a system call: disk, a lock). -1 where the system does not tell.
    double longestRunQueueMs() const { return m_longestRunQueueMs; }
    QList<double> latenessMs() const { return m_latenessMs; }

    // The calling thread's CPU time so far, or -1 where the system does not tell.
    static qint64 threadCpuNs();
    // The time the calling thread has spent ready to run but waiting for a
    // processor so far (Linux schedstat, read from /proc: a benchmark
    // build's probe only), or -1 where the system does not tell.
    static qint64 threadRunQueueNs();

private:
    void fired();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_lastRunQueueNs = 0;
    int m_intervalMs;
    double m_longestMs = 0;
    double m_longestCpuMs = -1;
    double m_longestRunQueueMs = -1;
    QList<double> m_latenessMs;
    double m_thresholdMs = 0;
    std::function<void(double)> m_report;
};
