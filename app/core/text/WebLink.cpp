#include "WebLink.h"

WebLink::Kind WebLink::kindOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Kind::Unsafe;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return url.userInfo().isEmpty() ? Kind::Web : Kind::HidesItsHost;
    if (scheme == QLatin1String("ftp") || scheme == QLatin1String("ftps"))
        return Kind::FileTransfer;
    return Kind::Unsafe;
}
