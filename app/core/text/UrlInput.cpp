#include "UrlInput.h"

#include "PersianText.h"
#include "UrlText.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace {

UrlInput::Result refused(const QString &error)
{
    return {{}, error};
}

QString noDomain()
{
    return UrlInput::tr("The link has no domain name, as in %1.")
        .arg(PersianText::isolated(QStringLiteral("https://example.com")));
}

bool isAllowedScheme(const QString &scheme)
{
    static const QStringList allowed = {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ftp"),
                                        QStringLiteral("ftps")};
    return allowed.contains(scheme.toLower());
}

// "localhost:8000/x" and "example.com:8080" have a colon that is a port, not
// the end of a scheme; "mailto:a@b.c" and "javascript:alert(1)" do not.
bool startsWithScheme(const QString &text, QString *scheme)
{
    static const QRegularExpression schemePrefix(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$"),
                                                 QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression portThenPath(QStringLiteral("^[0-9]*(?:[/?#].*)?$"),
                                                 QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = schemePrefix.match(text);
    if (!match.hasMatch())
        return false;
    const QString rest = match.captured(2);
    if (!rest.startsWith(QLatin1String("//")) && portThenPath.match(rest).hasMatch())
        return false;
    *scheme = match.captured(1);
    return true;
}

// Django's URLValidator ipv4_re: four decimal parts, no leading zeros.
bool isIpv4(const QString &host)
{
    static const QRegularExpression ipv4(QStringLiteral(
        "^(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)(?:\\.(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)){3}$"));
    return ipv4.match(host).hasMatch();
}

// Django's URLValidator host_re, as it applies to the ACE form that is sent:
// labels of letters, digits and hyphens that neither start nor end with a
// hyphen, then a top-level domain of at least two letters (or its punycode).
bool isDomain(const QString &aceHost)
{
    static const QRegularExpression domain(
        QStringLiteral("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
                       "(?:\\.(?!-)[a-z0-9-]{1,63}(?<!-))*"
                       "\\.(?!-)(?:[a-z-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?"
                       "|localhost)$"),
        QRegularExpression::CaseInsensitiveOption);
    return domain.match(aceHost).hasMatch();
}

} // namespace

UrlInput::Result UrlInput::fromUserInput(const QString &text)
{
    // One spelling of each letter: "é" typed as e + U+0301 is the same link.
    const QString trimmed = text.trimmed().normalized(QString::NormalizationForm_C);
    if (trimmed.isEmpty())
        return refused(tr("Enter a link."));
    for (const QChar c : trimmed) {
        if (c.isSpace())
            return refused(tr("A link cannot contain spaces."));
    }

    QString scheme;
    const bool hasScheme = startsWithScheme(trimmed, &scheme);
    if (hasScheme && !isAllowedScheme(scheme))
        return refused(tr("Links starting with “%1” are not allowed: use http, https or ftp.")
                           .arg(PersianText::isolated(scheme + QLatin1Char(':'))));
    if (hasScheme && !QStringView(trimmed).mid(scheme.size() + 1).startsWith(QLatin1String("//")))
        return refused(noDomain());
    const QString candidate = hasScheme ? trimmed : QStringLiteral("https://") + trimmed;
    const qsizetype authorityStart = candidate.indexOf(QLatin1String("://")) + 3;

    // QUrl would report these only as "invalid URL"; split the authority by
    // hand to tell the user which part is wrong.
    qsizetype authorityEnd = authorityStart;
    while (authorityEnd < candidate.size() && !QStringLiteral("/?#").contains(candidate.at(authorityEnd)))
        ++authorityEnd;
    QString hostAndPort = candidate.mid(authorityStart, authorityEnd - authorityStart);
    // A link on a public portfolio must not carry anyone's credentials.
    if (hostAndPort.contains(QLatin1Char('@')))
        return refused(tr("A link cannot contain a user name or password."));

    QString host = hostAndPort;
    QString port;
    const bool ipv6 = hostAndPort.startsWith(QLatin1Char('['));
    const qsizetype portColon = hostAndPort.lastIndexOf(QLatin1Char(':'));
    const qsizetype bracketEnd = hostAndPort.indexOf(QLatin1Char(']'));
    if (portColon >= 0 && (!ipv6 || portColon > bracketEnd)) {
        host = hostAndPort.left(portColon);
        port = hostAndPort.mid(portColon + 1);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        if (!digits.match(port).hasMatch() || port.toInt() < 1 || port.toInt() > 65535)
            return refused(tr("“%1” is not a valid port: use a number from 1 to 65535.")
                               .arg(PersianText::isolated(port)));
    }
    if (host.isEmpty())
        return refused(noDomain());

    if (ipv6) {
        static const QRegularExpression ipv6Literal(QStringLiteral("^\\[([0-9A-Fa-f:.]+)\\]$"));
        const QRegularExpressionMatch match = ipv6Literal.match(host);
        if (!match.hasMatch() || QHostAddress(match.captured(1)).protocol() != QAbstractSocket::IPv6Protocol)
            return refused(tr("“%1” is not a valid IPv6 address.").arg(PersianText::isolated(host)));
    } else if (!isIpv4(host)) {
        // Django tries the punycode form when the Unicode one does not match
        // its pattern; a host whose punycode passes here passes there.
        const QString aceHost = QString::fromLatin1(QUrl::toAce(host));
        if (!host.contains(QLatin1Char('.')) && host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0)
            return refused(tr("“%1” has no ending such as .com or .ir.").arg(PersianText::isolated(host)));
        if (aceHost.isEmpty() || !isDomain(aceHost))
            return refused(tr("“%1” is not a valid domain name: use letters, digits and hyphens (not at the "
                              "start or end of a part) and an ending such as .com or .ir.")
                               .arg(PersianText::isolated(host)));
    }

    QUrl url;
    url.setUrl(candidate, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return refused(tr("This is not a valid link: check it for stray characters."));

    const QString sent = UrlText::readable(url);
    if (const qsizetype length = UrlText::length(sent); length > maxSentLength) {
        QString error = tr("The link is %L1 characters long, but at most %L2 are allowed.").arg(length).arg(maxSentLength);
        if (const qsizetype percent = sent.indexOf(QLatin1Char('%')); percent >= 0)
            error += QLatin1Char(' ')
                + tr("A character sent encoded, such as “%1”, counts as three.").arg(PersianText::isolated(sent.mid(percent, 3)));
        return refused(error);
    }
    return {sent, {}};
}
