#include "ButtonLabelStyle.h"

#include <QStyleOptionButton>

void ButtonLabelStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
    const bool affected = element == CE_PushButtonLabel && button && button->direction == Qt::RightToLeft
        && !button->icon.isNull() && !button->text.isEmpty();
    m_inMirroredLabel = affected;
    QProxyStyle::drawControl(element, option, painter, widget);
    m_inMirroredLabel = false;
}

void ButtonLabelStyle::drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette,
                                    bool enabled, const QString &text, QPalette::ColorRole textRole) const
{
    // The label's "right" was worked out for the screen already: not to be mirrored again.
    if (m_inMirroredLabel && (flags & Qt::AlignRight))
        flags |= Qt::AlignAbsolute;
    QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
}
