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

// For text typed without a scheme that names this machine: the same
// address over http, which a development server often speaks alone.
// Invalid for anything else: an explicit scheme is what the user meant, and
// another machine is never asked in clear text unless the user typed http.
QUrl plainHttpFallback(const QString &text);

// Where Django REST Framework's admin lists the API tokens ("Auth Token ›
// Tokens"), on the server's origin. Built from the address alone: it never
// carries a token. Invalid unless the server is http(s) with a host.
QUrl tokenAdmin(const QUrl &server);

// Scheme, host and port equal: the only URLs that may see the API token.
bool isSameOrigin(const QUrl &a, const QUrl &b);
// One text per server however its address was typed (host case, default
// port, trailing slash): the key of what is kept per server (drafts, limits).
QString serverIdentity(const QUrl &server);

// localhost, 127.0.0.0/8 or ::1: plain http never leaves the machine.
bool isLoopback(const QUrl &url);

} // namespace Endpoints
