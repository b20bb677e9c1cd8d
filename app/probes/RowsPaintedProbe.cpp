#include "RowsPaintedProbe.h"

#include "StartupProbe.h"

#include <QAbstractItemView>
#include <QEvent>

RowsPaintedProbe::RowsPaintedProbe(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
}

void RowsPaintedProbe::watch(QAbstractItemView *view)
{
    if (StartupProbe::probing())
        new RowsPaintedProbe(view);
}

bool RowsPaintedProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_view->model() && m_view->model()->rowCount() > 0) {
        watched->removeEventFilter(this);
        // Queued: the paint this event starts, and its flush to the screen, come first.
        QMetaObject::invokeMethod(this, [this] {
            StartupProbe::sayPhase("rows-painted");
            deleteLater();
        }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}
