#pragma once

#include "model/Thumbnail.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>

#include <chrono>

class QNetworkAccessManager;
class ThumbnailLoader;

// Decoded thumbnails by thumbnail and edge, in a bounded amount of memory,
// for every view that shows many of them (the links list, the picker): a
// picture scrolled past and back is painted again without a download or a
// decode. Downloads go through the media network manager (hence its disk
// cache) and are decoded off the GUI thread (ThumbnailLoader).
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    enum class State { Missing, Loading, Loaded, Failed };
    Q_ENUM(State)

    static constexpr qint64 defaultMaximumBytes = 64 * 1024 * 1024;

    // `spare`: see ThumbnailLoader::setSpareNetwork.
    explicit ThumbnailCache(QNetworkAccessManager *network, QNetworkAccessManager *spare = nullptr,
                            QObject *parent = nullptr);
    ~ThumbnailCache() override;

    void setMaximumBytes(qint64 bytes);
    qint64 maximumBytes() const { return qint64(m_images.maxCost()) * 1024; }
    qint64 bytesHeld() const { return qint64(m_images.totalCost()) * 1024; }
    void setTimeouts(std::chrono::milliseconds timeout, std::chrono::milliseconds deadline);

    // `edge` is the square, in device pixels, the picture is decoded to fit.
    State state(qint64 thumbnailId, int edge) const;
    QImage image(qint64 thumbnailId, int edge) const;
    // Why it failed, translated; empty unless state() is Failed.
    QString failure(qint64 thumbnailId, int edge) const { return m_failures.value(key(thumbnailId, edge)); }
    // Starts what is neither held nor loading (a failure is not retried
    // until retryFailed()); a picture evicted from memory is fetched again,
    // usually from the disk cache.
    void request(const QList<Thumbnail> &thumbnails, int edge);
    void retryFailed();

signals:
    void loaded(qint64 thumbnailId, int edge);
    void failed(qint64 thumbnailId, int edge, const QString &message);

private:
    static quint64 key(qint64 thumbnailId, int edge) { return (quint64(thumbnailId) << 16) | quint64(edge & 0xffff); }
    ThumbnailLoader *loaderFor(int edge);

    QNetworkAccessManager *m_network;
    QNetworkAccessManager *m_spare;
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_deadline;
    QCache<quint64, QImage> m_images; // cost in KiB
    QHash<quint64, QString> m_failures;
    QSet<quint64> m_loading;
    QHash<int, ThumbnailLoader *> m_loaders; // by edge
    QHash<ThumbnailLoader *, QHash<int, quint64>> m_requests; // loader index -> key
};
