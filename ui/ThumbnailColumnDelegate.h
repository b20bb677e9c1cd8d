#pragma once

#include "OneLayoutItemDelegate.h"

// The links list's cells, drawn as OneLayoutItemDelegate draws them, where
// every cell of the thumbnail column keeps a whole thumbnail's place: the
// view's icon size, whether its picture is still coming, absent, or of
// another shape. Qt's delegate sizes the place to the picture, so names
// would start wherever their row's picture ends, and jump aside when a
// thumbnail arrives.
class ThumbnailColumnDelegate : public OneLayoutItemDelegate
{
    Q_OBJECT
public:
    ThumbnailColumnDelegate(int column, QObject *parent);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_column;
};
