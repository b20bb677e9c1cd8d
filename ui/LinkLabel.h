#pragma once

#include "MeasuredLabel.h"

// A label whose link is reached from the keyboard, and left again both ways.
//
// QLabel moves Tab and Shift+Tab between its links before it lets the focus
// go. Backwards over a link whose text holds direction isolates (every URL
// the app shows), Qt 6.4 selects that same link again on each Shift+Tab, and
// the focus never left the label: a keyboard trap in the link's details.
class LinkLabel : public MeasuredLabel
{
    Q_OBJECT
public:
    using MeasuredLabel::MeasuredLabel;

protected:
    bool focusNextPrevChild(bool next) override;
};
