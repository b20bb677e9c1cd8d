#pragma once

class QString;
class QWidget;

// A field's accessible name from its label, as a screen reader should say it.
//
// Qt names a field after its buddy label with the label's ampersands taken
// out, nothing more. The Persian labels carry their Alt letter the way
// Qt's translations do for a script without Latin letters, "نام (&N)", and
// every Persian field was read as "نام (N)".
namespace BuddyNames {

// "&Name" is "Name", "نام (&N)" is "نام", "&&" is "&".
QString withoutMnemonic(const QString &label);
// Names every labelled field under `root` after its label, once its texts
// are set; labels whose text needs nothing taken out, and fields named
// already, are left to Qt.
void apply(QWidget *root);

} // namespace BuddyNames
