#pragma once

#include <QUrl>

// Builds API URLs from the user's base URL. Django answers a POST to
// ".../links" (no slash) with a 500, so collection URLs always end in '/'.
namespace Endpoints {

QUrl links(const QUrl &base, qint64 portfolioId);
QUrl link(const QUrl &base, qint64 portfolioId, qint64 linkId);

// What a person types as the server: "https://host/prefix/", or just
// "host/prefix" (HTTPS is assumed, so the token never travels in clear text
// by accident). Returns an invalid QUrl for anything but http(s) with a host.
QUrl serverFromUserInput(const QString &text);

// Scheme, host and port equal: the only URLs that may see the API token.
bool isSameOrigin(const QUrl &a, const QUrl &b);
// One text per server however its address was typed (host case, default
// port, trailing slash): the key of what is kept per server (drafts, limits).
QString serverIdentity(const QUrl &server);

} // namespace Endpoints
