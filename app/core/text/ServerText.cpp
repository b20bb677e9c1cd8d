#include "ServerText.h"

#include "HiddenCharacters.h"

#include <QTextDocument>

QString ServerText::shown(const QString &text)
{
    QString result;
    result.reserve(std::min(text.size(), maxShownLength) + 1);
    for (const char32_t c : text.left(maxShownLength).toUcs4()) {
        if (!HiddenCharacters::isDirectionControl(c))
            result += QChar::fromUcs4(HiddenCharacters::isSuspicious(c) ? U'\uFFFD' : c);
    }
    if (text.size() > maxShownLength)
        result += QChar(0x2026);
    return result;
}

QString ServerText::toolTip(const QString &text)
{
    return Qt::convertFromPlainText(shown(text), Qt::WhiteSpaceNormal);
}
