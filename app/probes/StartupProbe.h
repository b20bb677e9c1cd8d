#pragma once

#include <QObject>

class EventLoopLateness;
class QWidget;

// Built only into the benchmark build (PORTFOLIO_LINKS_BENCH_PROBES=ON):
// when PORTFOLIO_LINKS_PROBE=1 is set, tells the benchmark's driver on
// stdout, one line each, when the window's first frame has been painted
// ("first-frame", after "peak-rss-kb <kB>", the peak resident set size
// then), every later stall of the event loop over 16 ms ("stall <ms>"),
// the longest one in the first two seconds after the first frame
// ("longest-stall-settled <ms>"), and the longest one when the application
// quits ("longest-stall <ms>"). The driver times the lines from outside, so the
// figures include loading and linking the executable.
class StartupProbe : public QObject
{
public:
    static void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(QWidget *window);
    void firstFramePainted();

    EventLoopLateness *m_lateness;
    bool m_painted = false;
};
