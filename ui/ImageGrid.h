#pragma once

#include <QListView>

// The picker's grid of tiles. Qt's icon mode moves the cursor by logical
// order, so in a mirrored (Persian) layout Left would go to the previous
// tile, which is on the right; here the arrows follow the screen.
class ImageGrid : public QListView
{
    Q_OBJECT
public:
    using QListView::QListView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
};
