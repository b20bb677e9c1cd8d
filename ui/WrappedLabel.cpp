#include "WrappedLabel.h"

#include <QEvent>

#include <algorithm>

int WrappedLabel::heightForWidth(int width) const
{
    const Layout now = current();
    if (!(now == m_measured)) {
        m_measured = now;
        m_heights.fill(QSize());
    }
    const auto known = std::find_if(m_heights.cbegin(), m_heights.cend(),
                                    [width](const QSize &slot) { return slot.isValid() && slot.width() == width; });
    if (known != m_heights.cend())
        return known->height();
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = QSize(width, height);
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

bool WrappedLabel::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        m_heights.fill(QSize());
        break;
    default:
        break;
    }
    return QLabel::event(event);
}

WrappedLabel::Layout WrappedLabel::current() const
{
    return {text(), margin(), indent(), alignment(), wordWrap(), textFormat(), textInteractionFlags()};
}
