#include "FocusStyle.h"

#include "ButtonLabelStyle.h"
#include "CachedFusionStyle.h"
#include "DeferredIconEngine.h"
#include "DeviceClipStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

namespace {

// A ring in the highlight colour, inside the button's edge.
void drawFocusRing(QPainter *painter, const QPalette &palette, const QRect &rect)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 2, 2);
    painter->restore();
}

} // namespace

void FocusStyle::install()
{
    // Over ButtonLabelStyle: every Persian button with an icon keeps its
    // padding; over DeviceClipStyle: Fusion's translucent lines drawn on the
    // GUI thread; over CachedFusionStyle: a line edit's frame is drawn once,
    // and each text shaped once.
    if (!qobject_cast<FocusStyle *>(QApplication::style())) // QApplication owns it, each owns its base
        QApplication::setStyle(new FocusStyle(new ButtonLabelStyle(new DeviceClipStyle(new CachedFusionStyle))));
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    if (element == CE_FocusFrame) {
        // A QFocusFrame around a widget that draws no focus of its own (a selectable label).
        painter->fillRect(option->rect, option->palette.color(QPalette::Highlight));
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_PushButton && (option->state & State_HasFocus))
        drawFocusRing(painter, option->palette, option->rect.adjusted(2, 2, -2, -2));
}

void FocusStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                    const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_ToolButton && (option->state & State_HasFocus))
        drawFocusRing(painter, option->palette, option->rect.adjusted(1, 1, -1, -1));
}

QIcon FocusStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    const Qt::LayoutDirection direction = option ? option->direction
        : widget                                 ? widget->layoutDirection()
                                                 : QGuiApplication::layoutDirection();
    // The base style looks for most of them in the icon theme first.
    const auto key = std::tuple(standardIcon, direction, QIcon::themeName());
    if (const auto made = m_standardIcons.find(key); made != m_standardIcons.cend())
        return made->second;
    return m_standardIcons.emplace(key, makeStandardIcon(standardIcon, direction)).first->second;
}

QIcon FocusStyle::makeStandardIcon(StandardPixmap standardIcon, Qt::LayoutDirection direction) const
{
    QStyleOption directionOnly;
    directionOnly.direction = direction;
    // Asked for by every menu bar and tool bar when it is built, shown only
    // when the window is too narrow for them; the first image read loads the
    // image format plugins, a few milliseconds before the first frame.
    if (standardIcon == SP_ToolBarHorizontalExtensionButton || standardIcon == SP_ToolBarVerticalExtensionButton) {
        return QIcon(new DeferredIconEngine([base = QPointer<QStyle>(baseStyle()), standardIcon, directionOnly] {
            return base ? base->standardIcon(standardIcon, &directionOnly) : QIcon();
        }));
    }
    return baseStyle()->standardIcon(standardIcon, &directionOnly);
}
