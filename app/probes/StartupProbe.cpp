#include "StartupProbe.h"

#include "EventLoopLateness.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

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
} // namespace

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
    if (qEnvironmentVariable("PORTFOLIO_LINKS_PROBE") == QLatin1String("1"))
        new StartupProbe(window, std::move(thenDo));
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
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
