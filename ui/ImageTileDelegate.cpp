#include "ImageTileDelegate.h"

#include <QAbstractItemView>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QTextLayout>

namespace {

QSize iconSizeOf(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->iconSize();
    return option.decorationSize;
}

// A name in at most `lines` lines of `width`, the last one elided.
QString wrapped(const QString &text, const QFont &font, int width, int lines)
{
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    QStringList shown;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (shown.size() == lines - 1) {
            shown.append(metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, width));
            break;
        }
        shown.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return shown.join(QLatin1Char('\n'));
}

} // namespace

QRect ImageTileDelegate::imageArea(const QRect &tile, const QStyleOptionViewItem &option) const
{
    const QSize icon = iconSizeOf(option);
    return QRect(QPoint(tile.left() + (tile.width() - icon.width()) / 2, tile.top() + margin), icon);
}

QRect ImageTileDelegate::captionRect(const QRect &tile, const QStyleOptionViewItem &option) const
{
    const QRect area = imageArea(tile, option);
    const int top = area.bottom() + 1 + margin;
    return QRect(tile.left() + 2, top, tile.width() - 4, captionLines * option.fontMetrics.lineSpacing());
}

QRect ImageTileDelegate::pictureRect(const QRect &tile, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QRect area = imageArea(tile, option);
    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    if (image.isNull())
        return {};
    // Scaled down to fit, never up; centred in the square.
    const QSize natural = image.deviceIndependentSize().toSize();
    const QSize fitted = natural.width() <= area.width() && natural.height() <= area.height()
        ? natural
        : natural.scaled(area.size(), Qt::KeepAspectRatio);
    return QStyle::alignedRect(option.direction, Qt::AlignCenter, fitted, area);
}

QSize ImageTileDelegate::tileSize(QSize icon, const QFontMetrics &metrics)
{
    return {icon.width() + 2 * margin, icon.height() + 2 * margin + captionLines * metrics.lineSpacing() + 2};
}

QSize ImageTileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return tileSize(iconSizeOf(option), option.fontMetrics);
}

void ImageTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &baseOption,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem option = baseOption;
    initStyleOption(&option, index);
    const QRect tile = option.rect;
    const QRect area = imageArea(tile, option);
    painter->save();

    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    const QRect picture = pictureRect(tile, option, index);
    if (!image.isNull()) {
        // Drawn as it is: no selected or disabled mode, which would tint it.
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(picture, image);
    }

    const bool selected = option.state & QStyle::State_Selected;
    const bool active = option.state & QStyle::State_Active;
    if (selected) {
        const QPalette::ColorGroup group = active ? QPalette::Active : QPalette::Inactive;
        QPen pen(option.palette.color(group, QPalette::Highlight), frameWidth);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        // The pen's middle runs half a width outside the square: the thumbnail is not covered.
        const qreal half = frameWidth / 2.0;
        painter->drawRect(QRectF(area).adjusted(-half, -half, half, half));
    }
    if (option.state & QStyle::State_HasFocus) {
        // The current tile of a focused grid, selected or not: a dotted line
        // around the whole tile, beyond the frame (the style's focus rect
        // shows only after keyboard navigation).
        QPen pen(option.palette.color(QPalette::Text), 1, Qt::DotLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(tile.adjusted(0, 0, -1, -1));
    }

    const QRect caption = captionRect(tile, option);
    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->setLayoutDirection(option.direction);
    painter->drawText(caption, Qt::AlignHCenter | Qt::AlignTop,
                      wrapped(option.text, option.font, caption.width(), captionLines));
    painter->restore();
}
