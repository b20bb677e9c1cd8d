#pragma once

#include <QList>
#include <QString>

// Characters that change how text reads without being seen: explicit
// direction embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069) and control characters. "\u202Egnp.exe" reads as
// "exe.png"; a name of only ZWNJ looks empty. ZWNJ and the direction marks
// LRM/RLM are ordinary in Persian text and are not counted.
class HiddenCharacters
{
public:
    static bool isDirectionControl(char32_t c);
    // Direction controls and control characters other than line breaks and tabs.
    static bool isSuspicious(char32_t c);
    // Each suspicious character once, in order of appearance.
    static QList<char32_t> suspiciousIn(const QString &text);
    // At least one character that draws something (not space, format or control).
    static bool hasVisible(const QString &text);
    // "U+202E" for a message.
    static QString codePointName(char32_t c);
};
