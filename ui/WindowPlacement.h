#pragma once

#include <QRect>

class QWidget;

// Where the main window opens: where the user left it (its size, place and
// whether maximized), on a screen that is there now and no larger than its
// free area (left on a large monitor, opened on the laptop alone); the
// first time, at its designed size unless the screen's free area is
// smaller (a 1366×768 laptop under a panel).
class WindowPlacement
{
public:
    // Before the window is first shown.
    static void restore(QWidget *window);
    // When the window closes.
    static void remember(const QWidget *window);
    // `designed` cut to the free area `available`, less room for the title
    // bar the window manager adds above the window.
    static QSize firstSize(QSize designed, QSize available);
    // A window `placed` (without its frame) no larger than the free area
    // `available` and moved into it, when it does not fit; else as placed.
    static QRect keptWithin(const QRect &placed, const QRect &available);
};
