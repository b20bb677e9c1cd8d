#include "ImageGrid.h"

#include "ImageTileDelegate.h"

ImageGrid::ImageGrid(QWidget *parent)
    : QListView(parent)
{
    setItemDelegate(new ImageTileDelegate(this));
}

QModelIndex ImageGrid::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (isRightToLeft() && action == MoveLeft)
        action = MoveRight;
    else if (isRightToLeft() && action == MoveRight)
        action = MoveLeft;
    return QListView::moveCursor(action, modifiers);
}
