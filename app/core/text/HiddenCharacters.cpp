#include "HiddenCharacters.h"

bool HiddenCharacters::isDirectionControl(char32_t c)
{
    return (c >= U'\u202A' && c <= U'\u202E') || (c >= U'\u2066' && c <= U'\u2069');
}

bool HiddenCharacters::isSuspicious(char32_t c)
{
    if (isDirectionControl(c))
        return true;
    return QChar::category(c) == QChar::Other_Control && c != U'\n' && c != U'\t';
}

QList<char32_t> HiddenCharacters::suspiciousIn(const QString &text)
{
    QList<char32_t> found;
    for (const uint c : text.toUcs4()) {
        if (isSuspicious(c) && !found.contains(c))
            found.append(c);
    }
    return found;
}

bool HiddenCharacters::hasVisible(const QString &text)
{
    for (const uint c : text.toUcs4()) {
        switch (QChar::category(c)) {
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
        case QChar::Other_Control:
        case QChar::Other_Format:
            continue;
        default:
            if (c != U'\u3164' && c != U'\u115F' && c != U'\u1160' && c != U'\uFFA0') // Hangul fillers draw nothing
                return true;
        }
    }
    return false;
}

QString HiddenCharacters::codePointName(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}
