#pragma once

#include <QListView>

// The picker's grid of tiles, drawn by ImageTileDelegate. Qt's icon mode
// moves the cursor by logical order, so in a mirrored (Persian) layout Left
// would go to the previous tile, which is on the right; here the arrows
// follow the screen.
class ImageGrid : public QListView
{
    Q_OBJECT
public:
    explicit ImageGrid(QWidget *parent = nullptr);

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
};
