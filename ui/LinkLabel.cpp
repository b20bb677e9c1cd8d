#include "LinkLabel.h"

bool LinkLabel::focusNextPrevChild(bool next)
{
    const int start = selectionStart();
    const QString selected = selectedText();
    // A move to another link stays in the label; one that selects nothing new goes on.
    if (MeasuredLabel::focusNextPrevChild(next) && (selectionStart() != start || selectedText() != selected))
        return true;
    return QWidget::focusNextPrevChild(next);
}
