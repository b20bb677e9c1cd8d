#include "WindowPlacement.h"

#include "storage/Settings.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace {
const QString layoutName = QStringLiteral("mainWindow");
// The title bar the window manager adds above the window (its size is known
// only once the window is shown); side borders are a few pixels at most.
constexpr int titleBarRoom = 40;

// Where a window's own area (its frame aside) can be in a free area.
QRect roomFor(const QRect &available)
{
    return available.adjusted(0, titleBarRoom, 0, 0);
}
} // namespace

void WindowPlacement::restore(QWidget *window)
{
    if (!window->restoreGeometry(Settings().layoutState(layoutName))) {
        if (const QScreen *screen = window->screen())
            window->resize(firstSize(window->size(), screen->availableGeometry().size()));
        return;
    }
    // Qt 6.4 brings a window's title bar back onto a screen, but keeps its
    // size: one left on a larger monitor would open past the laptop's edges.
    const QScreen *screen = QGuiApplication::screenAt(window->geometry().center());
    if (!screen)
        screen = window->screen();
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    if (const QRect kept = keptWithin(window->geometry(), screen->availableGeometry()); kept != window->geometry())
        window->setGeometry(kept);
}

void WindowPlacement::remember(const QWidget *window)
{
    Settings().setLayoutState(layoutName, window->saveGeometry());
}

QSize WindowPlacement::firstSize(QSize designed, QSize available)
{
    return designed.boundedTo(roomFor(QRect(QPoint(), available)).size().expandedTo(QSize(0, 0)));
}

QRect WindowPlacement::keptWithin(const QRect &placed, const QRect &available)
{
    const QRect room = roomFor(available);
    // A window that fits stays where the user put it, title bar and all.
    if (room.isEmpty() || (placed.width() <= room.width() && placed.height() <= room.height()))
        return placed;
    const QSize size = placed.size().boundedTo(room.size());
    return QRect(QPoint(std::clamp(placed.x(), room.left(), room.right() + 1 - size.width()),
                        std::clamp(placed.y(), room.top(), room.bottom() + 1 - size.height())),
                 size);
}
