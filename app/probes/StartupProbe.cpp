#include "StartupProbe.h"

#include "EventLoopLateness.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/resource.h>

namespace {
constexpr double stallMs = 16; // one frame at 60 Hz
// What runs just after the first frame (the outbox's database, the first
// page, the network backend) is over by then on any machine.
constexpr int settledMs = 2000;

void say(const char *what, double ms = -1)
{
    if (ms < 0)
        std::printf("%s\n", what);
    else
        std::printf("%s %.2f\n", what, ms);
    std::fflush(stdout);
}

// Before main(): the executable and its libraries are loaded and linked.
[[maybe_unused]] const bool loadedTold = [] {
    if (StartupProbe::probing())
        StartupProbe::sayPhase("loaded");
    return true;
}();
} // namespace

bool StartupProbe::probing()
{
    // std::getenv: also read before main(), before Qt is set up.
    const char *probe = std::getenv("PORTFOLIO_LINKS_PROBE");
    return probe && std::strcmp(probe, "1") == 0;
}

void StartupProbe::sayPhase(const char *phase)
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    std::printf("phase %s %lld\n", phase, static_cast<long long>(std::chrono::nanoseconds(now).count()));
    std::fflush(stdout);
}

StartupProbe::StartupProbe(QWidget *window, std::function<void()> thenDo)
    : QObject(window)
    , m_lateness(new EventLoopLateness(1, this))
    , m_thenDo(std::move(thenDo))
{
    window->installEventFilter(this);
    m_lateness->onStall(stallMs, [](double ms) { say("stall", ms); });
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { say("longest-stall", m_lateness->longestMs()); });
}

void StartupProbe::watch(QWidget *window, std::function<void()> thenDo)
{
    if (!probing())
        return;
    sayPhase("window-built");
    new StartupProbe(window, std::move(thenDo));
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        sayPhase("paint-started");
        // Queued: the paint this event starts, and its flush to the screen,
        // finish before the line is written.
        QMetaObject::invokeMethod(this, &StartupProbe::firstFramePainted, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::firstFramePainted()
{
    // The peak now, before the work deferred to after the first frame
    // (AfterFirstFrame, queued behind this call) loads more: read from
    // outside once the line arrives, it would race with that work.
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak-rss-kb %ld\n", usage.ru_maxrss);
    // How long the GUI thread, ready to run, waited for a processor since
    // the process started: other threads and processes on the same cores.
    if (const qint64 waitedNs = EventLoopLateness::threadRunQueueNs(); waitedNs >= 0)
        say("processor-wait", double(waitedNs) / 1e6);
    say("first-frame");
    m_lateness->start();
    if (m_thenDo)
        m_thenDo();
    QTimer::singleShot(settledMs, this, [this] {
        // Before the line the driver waits for. A stall with little CPU time
        // of its own was spent waiting: for a processor, or for the display
        // server (the xcb backing store waits until the server has read a
        // frame before painting over it).
        say("longest-stall-cpu-settled", m_lateness->longestCpuMs());
        say("longest-stall-settled", m_lateness->longestMs());
    });
}
