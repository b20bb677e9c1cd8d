#include "HandleOnlyScrollBar.h"

#include <QStyle>
#include <QStyleOptionSlider>

HandleOnlyScrollBar::HandleOnlyScrollBar(Qt::Orientation orientation, QWidget *parent)
    : QScrollBar(orientation, parent)
{
}

QRect HandleOnlyScrollBar::handleRect() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect handle = style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this);
    // Across the whole bar, and a few pixels beyond its ends: Fusion draws
    // the handle's edge lines just outside the rectangle it reports.
    return orientation() == Qt::Vertical ? QRect(0, handle.top() - edgeMargin, width(), handle.height() + 2 * edgeMargin)
                                         : QRect(handle.left() - edgeMargin, 0, handle.width() + 2 * edgeMargin, height());
}

void HandleOnlyScrollBar::sliderChange(SliderChange change)
{
    if (change != SliderValueChange || m_paintedAtAnEnd || atAnEnd() || m_paintedHandle.isNull()
        || style()->styleHint(QStyle::SH_ScrollBar_Transient, nullptr, this)) {
        QScrollBar::sliderChange(change);
        return;
    }
    update(QRegion(m_paintedHandle) + QRegion(handleRect()));
}

void HandleOnlyScrollBar::paintEvent(QPaintEvent *event)
{
    QScrollBar::paintEvent(event);
    m_paintedHandle = handleRect();
    m_paintedAtAnEnd = atAnEnd();
}
