#include "ThumbnailColumnDelegate.h"

ThumbnailColumnDelegate::ThumbnailColumnDelegate(int column, QObject *parent)
    : OneLayoutItemDelegate(parent)
    , m_column(column)
{
}

void ThumbnailColumnDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    const QSize place = option->decorationSize; // the view's icon size
    OneLayoutItemDelegate::initStyleOption(option, index);
    if (index.column() != m_column)
        return;
    // A null icon in the place draws nothing; a picture is centred in it.
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = place;
}
