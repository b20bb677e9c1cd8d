#pragma once

#include <QString>

// CSV cells that a spreadsheet would not run as a formula (CSV injection).
// A cell beginning with = + - @, a tab or a carriage return is a formula to
// Excel and its kin; such a cell gets an apostrophe in front, which they
// show as text. A cell that itself begins with an apostrophe gets one more,
// so that reading the cell back (unguarded) gives the original text exactly.
class SpreadsheetCell
{
public:
    static QString guarded(const QString &text);
    // The text guarded() was given; a cell it did not write comes back as it is.
    static QString unguarded(const QString &cell);

private:
    static bool needsGuard(QChar first);
};
