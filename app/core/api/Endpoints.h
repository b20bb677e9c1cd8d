#pragma once

#include <QUrl>

// Builds API URLs from the user's base URL. Django answers a POST to
// ".../links" (no slash) with a 500, so collection URLs always end in '/'.
namespace Endpoints {

QUrl links(const QUrl &base, qint64 portfolioId);
QUrl link(const QUrl &base, qint64 portfolioId, qint64 linkId);

// Scheme, host and port equal: the only URLs that may see the API token.
bool isSameOrigin(const QUrl &a, const QUrl &b);

} // namespace Endpoints
