#pragma once

#include <QProxyStyle>

// Fusion draws a line edit's frame as antialiased rounded rectangles, about
// 340 k instructions each time one is painted: a new link shown repainted
// fourteen, a third of the window's painting after Create. Drawn here once
// per size, focus, palette and pixel ratio into a pixmap, then copied (as
// Qt's styles keep their buttons' and combo boxes' images). Only over
// Fusion, whose frame depends on nothing else; any other style, or a
// painter that scales or rotates, draws its own every time.
class CachedFrameStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

private:
    bool caches(PrimitiveElement element, const QStyleOption *option, const QPainter *painter) const;
};
