#include "ServerText.h"

#include "HiddenCharacters.h"

#include <QTextDocument>

QString ServerText::shown(const QString &text)
{
    QList<uint> codePoints = text.left(maxShownLength).toUcs4();
    codePoints.removeIf([](uint c) { return HiddenCharacters::isDirectionControl(c); });
    for (uint &c : codePoints) {
        if (HiddenCharacters::isSuspicious(c))
            c = U'\uFFFD';
    }
    QString result = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), codePoints.size());
    if (text.size() > maxShownLength)
        result += QChar(0x2026);
    return result;
}

QString ServerText::toolTip(const QString &text)
{
    return Qt::convertFromPlainText(shown(text), Qt::WhiteSpaceNormal);
}
