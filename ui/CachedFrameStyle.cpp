#include "CachedFrameStyle.h"

#include <QPainter>
#include <QPixmapCache>
#include <QStyleOption>

using namespace Qt::StringLiterals;

void CachedFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                     const QWidget *widget) const
{
    if (!caches(element, option, painter)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    const QSize size = option->rect.size();
    const qreal ratio = painter->device()->devicePixelRatio();
    const QString key = u"portfolio-links-line-edit-frame-%1x%2-%3-%4-%5-%6"_s.arg(size.width())
                            .arg(size.height())
                            .arg(option->state.testFlag(State_HasFocus))
                            .arg(option->palette.cacheKey())
                            .arg(option->palette.currentColorGroup())
                            .arg(ratio);
    QPixmap frame;
    if (!QPixmapCache::find(key, &frame)) {
        frame = QPixmap((QSizeF(size) * ratio).toSize());
        frame.setDevicePixelRatio(ratio);
        frame.fill(Qt::transparent);
        QPainter framePainter(&frame);
        QStyleOptionFrame atOrigin;
        if (const auto *frameOption = qstyleoption_cast<const QStyleOptionFrame *>(option))
            atOrigin = *frameOption;
        else
            static_cast<QStyleOption &>(atOrigin) = *option;
        atOrigin.rect = QRect(QPoint(), size);
        QProxyStyle::drawPrimitive(element, &atOrigin, &framePainter, widget);
        framePainter.end();
        QPixmapCache::insert(key, frame);
    }
    painter->drawPixmap(option->rect.topLeft(), frame);
}

bool CachedFrameStyle::caches(PrimitiveElement element, const QStyleOption *option, const QPainter *painter) const
{
    return element == PE_FrameLineEdit && baseStyle()->name() == "fusion"_L1 && !option->rect.isEmpty()
        && painter->transform().type() <= QTransform::TxTranslate;
}
