#include "NetworkSetup.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkProxyFactory>
#include <QStandardPaths>

namespace NetworkSetup {

QNetworkAccessManager *createNetworkAccessManager(QObject *parent)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    auto *network = new QNetworkAccessManager(parent);
    auto *cache = new QNetworkDiskCache(network);
    cache->setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/network"));
    network->setCache(cache);
    return network;
}

} // namespace NetworkSetup
