#pragma once

#include <QProxyStyle>

// Qt's raster engine draws a translucent line (Fusion's light and shadow
// lines, inner contrast lines and most outlines) one pixel per span when the
// painter has no clip of its own, as a widget's painter has not, and hands
// every 96 spans or more to its thread pool and waits: a toolbar's line
// across the window is 20 hand-overs, each a thread woken on another core,
// dozens per frame. With a clip rectangle it writes the same pixels
// itself. This gives the style below such a clip, the whole paint device,
// where a raster painter has none and only moves its drawing (a clip
// through a scaling or rotating transform is a path, dearer than what it
// saves; other engines, a picture's or a printer's, draw lines their own way).
class DeviceClipStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit DeviceClipStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;

    // Whether drawing through this painter gets the device's clip.
    static bool clips(const QPainter *painter);

private:
    template<typename Draw>
    static void drawClipped(QPainter *painter, Draw draw);
};
