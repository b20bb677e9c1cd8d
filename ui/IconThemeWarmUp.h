#pragma once

class QWidget;

// Looks the message boxes' icons up in the icon theme a moment after a
// window's first frame. The session's first lookup reads the theme's index
// and searches its folders (6-10 ms here, more with no icon of that name):
// left to the first question, it made opening that question 14-19 ms
// instead of 6-7.
namespace IconThemeWarmUp {
void schedule(QWidget *window);
}
