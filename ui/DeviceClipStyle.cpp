#include "DeviceClipStyle.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>

DeviceClipStyle::DeviceClipStyle(QStyle *base)
    : QProxyStyle(base)
{
}

bool DeviceClipStyle::clips(const QPainter *painter)
{
    return painter->isActive() && painter->paintEngine()->type() == QPaintEngine::Raster && !painter->hasClipping()
        && painter->worldTransform().type() <= QTransform::TxTranslate;
}

template<typename Draw>
void DeviceClipStyle::drawClipped(QPainter *painter, Draw draw)
{
    if (!clips(painter)) {
        draw();
        return;
    }
    const QPaintDevice *device = painter->device();
    // Over a pixel ratio of 1 this is larger than the device; the engine
    // cuts it to the device.
    const QRect deviceRect(0, 0, device->width() * device->devicePixelRatio(),
                           device->height() * device->devicePixelRatio());
    painter->save();
    painter->setClipRect(painter->worldTransform().inverted().mapRect(deviceRect));
    draw();
    painter->restore();
}

void DeviceClipStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    drawClipped(painter, [&] { QProxyStyle::drawPrimitive(element, option, painter, widget); });
}

void DeviceClipStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    drawClipped(painter, [&] { QProxyStyle::drawControl(element, option, painter, widget); });
}

void DeviceClipStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                         QPainter *painter, const QWidget *widget) const
{
    drawClipped(painter, [&] { QProxyStyle::drawComplexControl(control, option, painter, widget); });
}
