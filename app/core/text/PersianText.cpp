#include "PersianText.h"

#include <QLocale>

#include <limits>

namespace {

constexpr char16_t zeroWidthNonJoiner = u'\u200C';

// QChar::digitValue() also accepts Devanagari, Bengali, fullwidth... digits.
// Staff type on Persian layouts or paste from Arabic text; a digit from any
// other script is more likely a mistake than a number.
bool isAcceptedDigit(char32_t c)
{
    return (c >= U'0' && c <= U'9')
        || (c >= U'\u06F0' && c <= U'\u06F9')  // Extended Arabic-Indic (Persian)
        || (c >= U'\u0660' && c <= U'\u0669'); // Arabic-Indic
}

bool isDecimalSeparator(char32_t c)
{
    // '/' is how many Persian writers mark decimals by hand; U+066B is the
    // Arabic decimal separator of Persian layouts.
    return c == U'.' || c == U'/' || c == U'\u066B';
}

QString codePointText(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

std::optional<qint64> PersianText::parseId(const QString &text, QString *error)
{
    // Marks copied with a number from Persian text are invisible: a message
    // about them would quote nothing a person can see.
    const QString trimmed = withoutDirectionMarks(text).trimmed();
    if (trimmed.isEmpty()) {
        setError(error, tr("Enter a number."));
        return std::nullopt;
    }

    const QList<uint> codePoints = trimmed.toUcs4();
    qint64 value = 0;
    bool tooLarge = false;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints.at(i);
        if (isAcceptedDigit(c)) {
            const int digit = QChar::digitValue(c);
            // Keep reading after an overflow: a letter further on is the
            // more useful thing to report.
            if (value > (std::numeric_limits<qint64>::max() - digit) / 10)
                tooLarge = true;
            else
                value = value * 10 + digit;
            continue;
        }
        if (i == 0 && (c == U'-' || c == U'\u2212') && codePoints.size() > 1)
            setError(error, tr("Enter a number greater than zero."));
        else if (QChar::isSpace(c))
            setError(error, tr("Remove the spaces inside the number."));
        else if (isDecimalSeparator(c))
            setError(error, tr("Enter a whole number: “%1” is not allowed.").arg(codePointText(c)));
        else if (QChar::digitValue(c) >= 0)
            setError(error, tr("Type “%1” with Persian or English digits.").arg(codePointText(c)));
        else
            setError(error, tr("Only digits are allowed: “%1” is not a digit.").arg(codePointText(c)));
        return std::nullopt;
    }

    if (tooLarge) {
        setError(error, tr("The number is too large."));
        return std::nullopt;
    }
    if (value == 0) {
        setError(error, tr("Enter a number greater than zero."));
        return std::nullopt;
    }
    return value;
}

QString PersianText::id(qint64 number)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(number);
}

QString PersianText::toAsciiDigits(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (isAcceptedDigit(c.unicode()))
            c = QChar(u'0' + c.digitValue());
    }
    return result;
}

QString PersianText::normaliseLetters(const QString &text)
{
    QString result = text;
    for (qsizetype i = 0; i < result.size(); ++i) {
        const char16_t c = result.at(i).unicode();
        if (c == u'\u064A') {
            result[i] = QChar(u'\u06CC');
        } else if (c == u'\u0643') {
            result[i] = QChar(u'\u06A9');
        } else if (c == u'\u0649') {
            // Inside a word Alef Maksura is Arabic spelling of something else
            // (or a deliberate letter); only the final form is the Persian Yeh.
            const bool wordEnds = i + 1 == result.size() || result.at(i + 1).isSpace()
                || result.at(i + 1).isPunct() || result.at(i + 1) == QChar(zeroWidthNonJoiner);
            if (wordEnds)
                result[i] = QChar(u'\u06CC');
        }
    }
    return result;
}

Qt::LayoutDirection PersianText::directionOf(const QString &text)
{
    for (const uint c : text.toUcs4()) {
        switch (QChar::direction(c)) {
        case QChar::DirL:
            return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL:
            return Qt::RightToLeft;
        default:
            break;
        }
    }
    return Qt::LayoutDirectionAuto;
}

QString PersianText::isolated(const QString &text)
{
    return QChar(u'\u2066') + text + QChar(u'\u2069');
}

QString PersianText::inOwnDirection(const QString &text)
{
    return QChar(u'\u2068') + text + QChar(u'\u2069');
}

QString PersianText::linesIn(Qt::LayoutDirection direction, const QString &text)
{
    const QChar mark(direction == Qt::RightToLeft ? u'\u200F' : u'\u200E');
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(mark);
    return lines.join(QLatin1Char('\n'));
}

QString PersianText::searchKey(const QString &text)
{
    QString key = text;
    // Marks go first: "موسىٰ" ends its word only once the superscript alef is gone.
    key.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        // ZWNJ, ZWJ, tatweel, and the Arabic harakat (fathatan ... sukun, superscript alef)
        return u == 0x200C || u == 0x200D || u == 0x0640 || (u >= 0x064B && u <= 0x0652) || u == 0x0670;
    });
    return toAsciiDigits(normaliseLetters(key)).toCaseFolded().simplified();
}

QString PersianText::fileName(const QString &name)
{
    qsizetype lastRightToLeft = -1;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar::Direction direction = name.at(i).direction();
        if (direction == QChar::DirR || direction == QChar::DirAL)
            lastRightToLeft = i;
    }
    qsizetype tailStart = lastRightToLeft + 1;
    while (tailStart < name.size() && name.at(tailStart).isSpace())
        ++tailStart;
    const QString tail = name.mid(tailStart);
    if (lastRightToLeft < 0 || !tail.contains(QLatin1Char('.')))
        return inOwnDirection(name);
    return inOwnDirection(name.left(tailStart) + isolated(tail));
}

QString PersianText::withoutDirectionMarks(const QString &text)
{
    QString plain = text;
    plain.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    });
    return plain;
}
