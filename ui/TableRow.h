#pragma once

class QAbstractItemView;

namespace TableRow {

// Makes `row` the view's current row and selects the whole of it, in
// either layout direction. QTableView::selectRow() takes its column from
// the header at the viewport's leading edge: in a right-to-left table whose
// columns are wider than it, there is none there, and nothing is chosen.
void choose(QAbstractItemView *view, int row);

} // namespace TableRow
