#include "ThumbnailCache.h"

#include "ThumbnailLoader.h"
#include "api/ApiClient.h"

#include <QSize>

ThumbnailCache::ThumbnailCache(QNetworkAccessManager *network, QNetworkAccessManager *spare, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_spare(spare)
    , m_timeout(ApiClient::defaultTimeout)
    , m_deadline(ApiClient::defaultDeadline(m_timeout))
{
    setMaximumBytes(defaultMaximumBytes);
}

ThumbnailCache::~ThumbnailCache() = default;

void ThumbnailCache::setMaximumBytes(qint64 bytes)
{
    m_images.setMaxCost(qsizetype(bytes / 1024));
}

void ThumbnailCache::setTimeouts(std::chrono::milliseconds timeout, std::chrono::milliseconds deadline)
{
    m_timeout = timeout;
    m_deadline = deadline;
    for (ThumbnailLoader *loader : std::as_const(m_loaders)) {
        loader->setTimeout(timeout);
        loader->setDeadline(deadline);
    }
}

ThumbnailCache::State ThumbnailCache::state(qint64 thumbnailId, int edge) const
{
    const quint64 k = key(thumbnailId, edge);
    if (m_images.contains(k))
        return State::Loaded;
    if (m_failures.contains(k))
        return State::Failed;
    return m_loading.contains(k) ? State::Loading : State::Missing;
}

QImage ThumbnailCache::image(qint64 thumbnailId, int edge) const
{
    const QImage *image = m_images.object(key(thumbnailId, edge));
    return image ? *image : QImage();
}

ThumbnailLoader *ThumbnailCache::loaderFor(int edge)
{
    if (ThumbnailLoader *loader = m_loaders.value(edge))
        return loader;
    auto *loader = new ThumbnailLoader(m_network, this);
    loader->setSpareNetwork(m_spare);
    loader->setTimeout(m_timeout);
    loader->setDeadline(m_deadline);
    loader->setMaximumImageSize(QSize(edge, edge));
    m_loaders.insert(edge, loader);
    connect(loader, &ThumbnailLoader::thumbnailLoaded, this, [this, loader, edge](int index, const QImage &image) {
        const quint64 k = m_requests[loader].take(index);
        m_loading.remove(k);
        m_images.insert(k, new QImage(image), qsizetype(qMax<qint64>(1, image.sizeInBytes() / 1024)));
        emit loaded(qint64(k >> 16), edge);
    });
    connect(loader, &ThumbnailLoader::thumbnailFailed, this, [this, loader, edge](int index, const QString &message) {
        const quint64 k = m_requests[loader].take(index);
        m_loading.remove(k);
        m_failures.insert(k, message);
        emit failed(qint64(k >> 16), edge, message);
    });
    return loader;
}

void ThumbnailCache::request(const QList<Thumbnail> &thumbnails, int edge)
{
    QList<Thumbnail> wanted;
    QList<quint64> keys;
    for (const Thumbnail &thumbnail : thumbnails) {
        const quint64 k = key(thumbnail.id, edge);
        if (state(thumbnail.id, edge) == State::Missing) {
            wanted.append(thumbnail);
            keys.append(k);
            m_loading.insert(k);
        }
    }
    if (wanted.isEmpty())
        return;
    ThumbnailLoader *loader = loaderFor(edge);
    const int first = loader->append(wanted);
    for (int i = 0; i < keys.size(); ++i)
        m_requests[loader].insert(first + i, keys.at(i));
}

void ThumbnailCache::retryFailed()
{
    m_failures.clear();
}
