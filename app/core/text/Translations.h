#pragma once

class QCoreApplication;
class QLocale;

namespace Translations {

// Installs Qt's own strings (standard buttons, dialogs) and the app's, for
// the locale's preferred UI languages; a language the app has no catalogue
// for (German, or the C locale of a bare system) gets the English one,
// whose plurals read "5 links" where the source says "5 link(s)". Returns
// whether a catalogue of the app's own was found (false only in a build
// without them).
bool install(QCoreApplication *application, const QLocale &locale);

} // namespace Translations
