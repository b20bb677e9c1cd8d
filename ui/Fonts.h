#pragma once

class QLocale;

namespace Fonts {

// Loads the bundled Vazirmatn. In a Persian UI it is the application font;
// in any other UI it is the fallback for Persian text, so a Persian name
// looks the same whatever the system has installed.
void install(const QLocale &uiLocale);

} // namespace Fonts
