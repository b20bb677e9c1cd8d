#include "TableRow.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace TableRow {

void choose(QAbstractItemView *view, int row)
{
    const QModelIndex first = view->model()->index(row, 0, view->rootIndex());
    if (!first.isValid())
        return;
    view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace TableRow
