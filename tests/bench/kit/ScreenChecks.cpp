#include "ScreenChecks.h"

#include "EventWatch.h"
#include "Waiter.h"

#include "links/LinkListModel.h"
#include "media/PortfolioImageModel.h"

#include <QApplication>
#include <QImage>
#include <QListView>
#include <QTableView>
#include <QTimer>

#include <algorithm>

bool ScreenChecks::waitForPainted(const std::function<bool()> &shown, int timeoutMs)
{
    Waiter waiter;
    QObject context;
    EventWatch paints(qApp, QEvent::Paint, [&] {
        if (shown())
            QTimer::singleShot(0, &context, [&] { waiter.finish(); });
    });
    return waiter.wait(timeoutMs);
}

bool ScreenChecks::visibleRowsShowTheirThumbnails(const QTableView &list)
{
    const auto *links = qobject_cast<const LinkListModel *>(list.model());
    if (!links || links->rowCount() == 0)
        return false;
    const int first = list.rowAt(0);
    int last = list.rowAt(list.viewport()->height() - 1);
    if (last < 0)
        last = links->rowCount() - 1;
    for (int row = first; row <= last; ++row) {
        const QModelIndex name = links->index(row, LinkListModel::NameColumn);
        if (links->link(row)->image && name.data(Qt::DecorationRole).value<QImage>().isNull())
            return false;
    }
    return true;
}

bool ScreenChecks::visibleTilesLoaded(const QListView &grid)
{
    const QModelIndexList tiles = visibleTiles(grid);
    return !tiles.isEmpty() && std::all_of(tiles.cbegin(), tiles.cend(), [](const QModelIndex &index) {
        const auto state = index.data(PortfolioImageModel::ThumbnailStateRole).value<PortfolioImageModel::ThumbnailState>();
        return state == PortfolioImageModel::ThumbnailState::Loaded || state == PortfolioImageModel::ThumbnailState::None;
    });
}

QModelIndexList ScreenChecks::visibleTiles(const QListView &grid)
{
    QModelIndexList tiles;
    const QAbstractItemModel *model = grid.model();
    if (!model)
        return tiles;
    const QRect viewport = grid.viewport()->rect();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (grid.visualRect(index).intersects(viewport))
            tiles.append(index);
    }
    return tiles;
}
