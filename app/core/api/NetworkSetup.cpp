#include "NetworkSetup.h"

#include "media/MediaDiskCache.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QStandardPaths>

namespace NetworkSetup {

Managers createManagers(QObject *parent)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    auto *media = new QNetworkAccessManager(parent);
    auto *cache = new MediaDiskCache(media);
    cache->setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/network"));
    media->setCache(cache);
    return {new QNetworkAccessManager(parent), media};
}

} // namespace NetworkSetup
