#pragma once

class QLineEdit;

// A single-line field that reads left to right whatever its text and the
// UI language (a URL, a path), starting at its left edge.
namespace LeftToRightField {
void apply(QLineEdit *field);
}
