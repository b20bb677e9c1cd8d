#include "UrlText.h"

#include "HiddenCharacters.h"
#include "ServerText.h"

#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace {

bool readsAsItself(char32_t c)
{
    if (c == U'\u200C' || c == U'\u200D')
        return true;
    if (HiddenCharacters::isSuspicious(c) || !HiddenCharacters::hasVisible(QString::fromUcs4(&c, 1)))
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Format:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Other_Surrogate:
        return false;
    default:
        return true;
    }
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

// The byte of "%XY" at position i of a fully encoded text, or -1.
int encodedByteAt(const QString &text, qsizetype i)
{
    if (i + 2 >= text.size() || text.at(i) != QLatin1Char('%'))
        return -1;
    const int high = hexValue(text.at(i + 1));
    const int low = hexValue(text.at(i + 2));
    return high < 0 || low < 0 ? -1 : high * 16 + low;
}

QString percentEncoded(char32_t c)
{
    return QString::fromLatin1(QString::fromUcs4(&c, 1).toUtf8().toPercentEncoding());
}

// One run of percent-encoded bytes of 0x80 and above: each character it
// spells is decoded if it reads as itself, kept encoded otherwise. A run
// that is not UTF-8 or would change under NFC (a decoded combining mark
// joining what precedes it) is kept as it is: decoding must not change
// which URL it is.
QString decodedRun(const QByteArray &bytes, const QString &encoded, QChar previous)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return encoded;
    const QString joined = previous + text;
    if (joined.normalized(QString::NormalizationForm_C) != joined)
        return encoded;
    QString result;
    for (const char32_t c : text.toUcs4())
        result += readsAsItself(c) ? QString::fromUcs4(&c, 1) : percentEncoded(c);
    return result;
}

// A fully encoded path, query or fragment with its non-ASCII characters decoded.
QString decodedLetters(const QString &encoded)
{
    QString result;
    qsizetype i = 0;
    while (i < encoded.size()) {
        QByteArray bytes;
        const qsizetype start = i;
        for (int byte = encodedByteAt(encoded, i); byte >= 0x80; byte = encodedByteAt(encoded, i)) {
            bytes += char(byte);
            i += 3;
        }
        if (bytes.isEmpty()) {
            result += encoded.at(i++);
            continue;
        }
        result += decodedRun(bytes, encoded.mid(start, i - start), result.isEmpty() ? QChar() : result.back());
    }
    return result;
}

bool isOneScript(const QString &label)
{
    std::optional<QChar::Script> seen;
    for (const char32_t c : label.toUcs4()) {
        const QChar::Script script = QChar::script(c);
        if (script == QChar::Script_Common || script == QChar::Script_Inherited)
            continue; // digits, the hyphen, ZWNJ
        if (seen && *seen != script)
            return false;
        seen = script;
    }
    return true;
}

} // namespace

QString UrlText::readableHost(const QString &aceHost)
{
    // QUrl shows a Unicode host only for top-level domains on its own
    // whitelist, and .ایران is not on it: each label is decoded here
    // instead, when its letters are of one script. One that mixes them
    // stays in punycode, as browsers show it: "аpple", its first letter
    // Cyrillic, would read as another site's name.
    QStringList labels = aceHost.split(QLatin1Char('.'));
    for (QString &label : labels) {
        const QString decoded = QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist);
        if (isOneScript(decoded))
            label = decoded;
    }
    return labels.join(QLatin1Char('.'));
}

QString UrlText::readable(const QUrl &url)
{
    const QString aceHost = url.host(QUrl::FullyEncoded);
    const QString host = aceHost.contains(QLatin1Char(':')) ? QLatin1Char('[') + aceHost + QLatin1Char(']')
                                                            : readableHost(aceHost);
    const QString userInfo = url.userInfo(QUrl::FullyEncoded);
    const QString port = url.port() < 0 ? QString() : QLatin1Char(':') + QString::number(url.port());
    const QString rest = QString::fromLatin1(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded));
    return url.scheme() + QLatin1String("://") + (userInfo.isEmpty() ? QString() : userInfo + QLatin1Char('@')) + host
        + port + decodedLetters(rest);
}

QString UrlText::readable(const QString &url)
{
    const QUrl parsed(url.trimmed());
    if (!parsed.isValid() || parsed.host().isEmpty())
        return url;
    return readable(parsed);
}

QString UrlText::shown(const QString &url)
{
    return ServerText::shown(readable(url));
}

qsizetype UrlText::length(const QString &url)
{
    return url.toUcs4().size();
}
