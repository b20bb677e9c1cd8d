#include "CachedFusionStyle.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmapCache>
#include <QStyleOption>

using namespace Qt::StringLiterals;

CachedFusionStyle::CachedFusionStyle(QStyle *base)
    : QProxyStyle(base)
{
    // Another font installed may stand in for glyphs a kept text lacked.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::fontDatabaseChanged, this, [this] { m_texts.clear(); });
}

bool CachedFusionStyle::overFusion() const
{
    return baseStyle()->name() == "fusion"_L1;
}

void CachedFusionStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                      const QWidget *widget) const
{
    if (!cachesFrame(element, option, painter)) {
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

bool CachedFusionStyle::cachesFrame(PrimitiveElement element, const QStyleOption *option,
                                    const QPainter *painter) const
{
    return element == PE_FrameLineEdit && overFusion() && !option->rect.isEmpty()
        && painter->transform().type() <= QTransform::TxTranslate;
}

void CachedFusionStyle::drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette,
                                     bool enabled, const QString &text, QPalette::ColorRole textRole) const
{
    if (!cachesText(painter, flags, text)) {
        QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
        return;
    }
    // Fusion's own: the role's colour, enabled or not; then QPainter::drawText()'s.
    const QPen pen = painter->pen();
    if (textRole != QPalette::NoRole)
        painter->setPen(QPen(palette.brush(textRole), pen.widthF()));
    if (painter->pen().style() != Qt::NoPen) {
        if (FormattedText *kept = formatted(painter, flags, text))
            kept->draw(painter, rect);
        else
            painter->drawText(rect, flags, text);
    }
    painter->setPen(pen);
}

bool CachedFusionStyle::cachesText(const QPainter *painter, int flags, const QString &text) const
{
    return overFusion() && painter->isActive() && !text.isEmpty() && text.size() <= m_texts.maxCost()
        && !(flags & Qt::TextDontPrint) && FormattedText::formats(text, flags);
}

FormattedText *CachedFusionStyle::formatted(const QPainter *painter, int flags, const QString &text) const
{
    // The painter's font is resolved for its device already; its resolution
    // is not part of a font's equality.
    TextKey key{text, painter->font(), flags, painter->layoutDirection(), painter->device()->logicalDpiY()};
    if (FormattedText *kept = m_texts.object(key))
        return kept;
    if (!FormattedText::paints(text, flags, key.direction))
        return nullptr;
    auto *made = new FormattedText(text, key.font, flags, key.direction);
    m_texts.insert(std::move(key), made, text.size());
    return made;
}
