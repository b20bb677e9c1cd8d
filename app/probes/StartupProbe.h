#pragma once

#include <QObject>

#include <functional>

class EventLoopLateness;
class QWidget;

// Built only into the benchmark build (PORTFOLIO_LINKS_BENCH_PROBES=ON):
// when PORTFOLIO_LINKS_PROBE=1 is set, tells the benchmark's driver on
// stdout, one line each, when the window's first frame has been painted
// ("first-frame", after "peak-rss-kb <kB>", the peak resident set size
// then), every later stall of the event loop over 16 ms ("stall <ms>"),
// the longest one in the first two seconds after the first frame
// ("longest-stall-settled <ms>", after "longest-stall-cpu-settled <ms>", the
// GUI thread's own CPU time in it, or -1), and the longest one when the application
// quits ("longest-stall <ms>"). The driver times the lines from outside, so the
// figures include loading and linking the executable. On the way there,
// "phase <name> <ns>" lines give the steady clock's reading when the
// executable is loaded and linked (before main(): "loaded"), when the window
// is built and about to be shown ("window-built", at watch()) and when its
// first paint starts ("paint-started").
class StartupProbe : public QObject
{
public:
    // thenDo, if given, runs once the first frame is told and the stall
    // probe runs (a benchmark anchor's own work after its first frame).
    static void watch(QWidget *window, std::function<void()> thenDo = {});
    // PORTFOLIO_LINKS_PROBE=1 is set (also before main()).
    static bool probing();
    // "phase <name> <ns>": the steady clock's reading (CLOCK_MONOTONIC on
    // Linux), which the driver reads too when it starts the process.
    static void sayPhase(const char *phase);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupProbe(QWidget *window, std::function<void()> thenDo);
    void firstFramePainted();

    EventLoopLateness *m_lateness;
    std::function<void()> m_thenDo;
    bool m_painted = false;
};
