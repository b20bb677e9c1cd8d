#include "SharedNetworkCache.h"

#include <QNetworkAccessManager>

SharedNetworkCache::SharedNetworkCache(QNetworkAccessManager *owner, QObject *parent)
    : QAbstractNetworkCache(parent)
    , m_owner(owner)
{
}

QAbstractNetworkCache *SharedNetworkCache::cache() const
{
    return m_owner ? m_owner->cache() : nullptr;
}

QNetworkCacheMetaData SharedNetworkCache::metaData(const QUrl &url)
{
    QAbstractNetworkCache *shared = cache();
    return shared ? shared->metaData(url) : QNetworkCacheMetaData();
}

void SharedNetworkCache::updateMetaData(const QNetworkCacheMetaData &metaData)
{
    if (QAbstractNetworkCache *shared = cache())
        shared->updateMetaData(metaData);
}

QIODevice *SharedNetworkCache::data(const QUrl &url)
{
    QAbstractNetworkCache *shared = cache();
    return shared ? shared->data(url) : nullptr;
}

bool SharedNetworkCache::remove(const QUrl &url)
{
    QAbstractNetworkCache *shared = cache();
    return shared && shared->remove(url);
}

qint64 SharedNetworkCache::cacheSize() const
{
    QAbstractNetworkCache *shared = cache();
    return shared ? shared->cacheSize() : 0;
}

QIODevice *SharedNetworkCache::prepare(const QNetworkCacheMetaData &metaData)
{
    QAbstractNetworkCache *shared = cache();
    return shared ? shared->prepare(metaData) : nullptr;
}

void SharedNetworkCache::insert(QIODevice *device)
{
    if (QAbstractNetworkCache *shared = cache())
        shared->insert(device);
}

void SharedNetworkCache::clear()
{
    if (QAbstractNetworkCache *shared = cache())
        shared->clear();
}
