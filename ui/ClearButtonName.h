#pragma once

class QLineEdit;

// Names the clear button Qt puts in a line edit (setClearButtonEnabled):
// its action has no text, and a screen reader met an unnamed button in the
// search fields. Called once the button is enabled.
namespace ClearButtonName {

void apply(QLineEdit *edit);

} // namespace ClearButtonName
