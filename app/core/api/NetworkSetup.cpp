#include "NetworkSetup.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkProxyFactory>
#include <QStandardPaths>

namespace NetworkSetup {

Managers createManagers(QObject *parent)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    auto *media = new QNetworkAccessManager(parent);
    auto *cache = new QNetworkDiskCache(media);
    cache->setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/network"));
    media->setCache(cache);
    return {new QNetworkAccessManager(parent), media};
}

} // namespace NetworkSetup
