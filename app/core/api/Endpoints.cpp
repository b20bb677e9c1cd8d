#include "Endpoints.h"

#include <QHostAddress>

namespace {

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

QUrl withApiPath(const QUrl &base, const QString &relativePath)
{
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + relativePath);
    return url;
}

} // namespace

namespace Endpoints {

QUrl links(const QUrl &base, qint64 portfolioId)
{
    return withApiPath(base, QStringLiteral("api/portfolios/%1/links/").arg(portfolioId));
}

QUrl link(const QUrl &base, qint64 portfolioId, qint64 linkId)
{
    // Detail paths are documented without the trailing slash.
    return withApiPath(base, QStringLiteral("api/portfolios/%1/links/%2").arg(portfolioId).arg(linkId));
}

QUrl serverFromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    // Not QUrl::fromUserInput: it retries broken text as "http://" + text,
    // turning "https://exa mple.com" into a plain-http URL with host "https".
    const QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("https://") + trimmed,
                   QUrl::StrictMode);
    const bool http = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    return url.isValid() && http && !url.host().isEmpty() ? url : QUrl();
}

QUrl plainHttpFallback(const QString &text)
{
    if (text.contains(QLatin1String("://")))
        return {};
    QUrl url = serverFromUserInput(text);
    if (!isLoopback(url))
        return {};
    url.setScheme(QStringLiteral("http"));
    return url;
}

QUrl tokenAdmin(const QUrl &server)
{
    const QString scheme = server.scheme().toLower();
    if (!server.isValid() || server.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    QUrl url;
    url.setScheme(scheme);
    url.setHost(server.host());
    url.setPort(server.port());
    url.setPath(QStringLiteral("/admin/authtoken/tokenproxy/"));
    return url;
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    if (!a.isValid() || !b.isValid() || a.host().isEmpty())
        return false;
    const QString scheme = a.scheme().toLower();
    return scheme == b.scheme().toLower()
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(scheme)) == b.port(defaultPort(scheme));
}

QString serverIdentity(const QUrl &server)
{
    QUrl url = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                               | QUrl::NormalizePathSegments);
    if (url.port() == defaultPort(url.scheme()))
        url.setPort(-1);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url.toString(QUrl::FullyEncoded);
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

} // namespace Endpoints
