#pragma once

#include <QModelIndexList>

#include <functional>

class QListView;
class QTableView;

// What the benchmarks wait for on screen: a condition that holds once a
// paint has happened, and the paint flushed.
namespace ScreenChecks {

// Until shown() holds after a paint anywhere in the application, and that
// paint is done; false after timeoutMs.
bool waitForPainted(const std::function<bool()> &shown, int timeoutMs);
// The links list: every row in view whose link has an image shows its thumbnail.
bool visibleRowsShowTheirThumbnails(const QTableView &list);
// The picker's grid: every tile in view shows its thumbnail (or has none to show).
bool visibleTilesLoaded(const QListView &grid);
// The picker's grid: the tiles in view, top-left first.
QModelIndexList visibleTiles(const QListView &grid);

} // namespace ScreenChecks
