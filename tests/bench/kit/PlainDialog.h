#pragma once

#include <QSize>

class QWidget;

// The floor of opening any dialog over a window here: a plain dialog of a
// given size (tabs, a search field, a list of 200 lines) opened over
// `parent` on the loop's next turn, until it is painted. Any new window
// pays for its platform window, its backing store and its first frame.
namespace PlainDialog {
struct Stall
{
    double ms = -1; // the event loop's longest lateness meanwhile; -1 when it was never painted
    double cpuMs = -1; // the GUI thread's own CPU time in that stall
};
Stall open(QWidget *parent, QSize size);
} // namespace PlainDialog
