#include "AfterFirstFrame.h"

#include <QEvent>
#include <QWidget>

AfterFirstFrame::AfterFirstFrame(QWidget *window, std::function<void()> work)
    : QObject(window)
    , m_work(std::move(work))
{
    window->installEventFilter(this);
}

void AfterFirstFrame::run(QWidget *window, std::function<void()> work)
{
    new AfterFirstFrame(window, std::move(work));
}

bool AfterFirstFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Queued: the paint this event starts, and its flush to the screen, come first.
        QMetaObject::invokeMethod(this, [this] {
            m_work();
            deleteLater();
        }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}
