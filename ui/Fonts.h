#pragma once

class QLocale;

namespace Fonts {

// Loads the bundled Vazirmatn. In a Persian UI it is the application font;
// in any other UI it draws Persian text wherever the system's font has no
// Persian letters (Qt falls back glyph by glyph, so a system font that has
// them, such as DejaVu Sans, draws Persian names there).
void install(const QLocale &uiLocale);

} // namespace Fonts
