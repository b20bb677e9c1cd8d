#pragma once

#include <QStyledItemDelegate>

// Draws one tile of the picker's grid: the thumbnail centred in a square of
// the view's icon size, its caption below that square, so that the captions
// of a row line up whatever each thumbnail's aspect. A selected tile gets a
// frame in the highlight colour around the square instead of Qt's tint:
// designers choose by colour, and the thumbnail's pixels stay as they are.
class ImageTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Thick enough to be seen beside any thumbnail, in device-independent pixels.
    static constexpr int frameWidth = 3;
    static constexpr int captionLines = 2;

    using QStyledItemDelegate::QStyledItemDelegate;

    // A tile for thumbnails of `icon` size and captions in `metrics`.
    static QSize tileSize(QSize icon, const QFontMetrics &metrics);

    // Where the thumbnail may go (the frame is drawn just outside it), and
    // where the caption and the picture itself go, in a tile at `tile`.
    QRect imageArea(const QRect &tile, const QStyleOptionViewItem &option) const;
    QRect captionRect(const QRect &tile, const QStyleOptionViewItem &option) const;
    QRect pictureRect(const QRect &tile, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int margin = frameWidth + 2;
};
