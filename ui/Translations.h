#pragma once

class QCoreApplication;
class QLocale;

namespace Translations {

// Installs Qt's own strings (standard buttons, dialogs) and the app's, for
// the locale's preferred UI languages. Returns whether the app's were found.
bool install(QCoreApplication *application, const QLocale &locale);

} // namespace Translations
