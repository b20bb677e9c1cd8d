#pragma once

#include "model/Thumbnail.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// Fetches a batch of thumbnails all at once (media is public: no token),
// decodes each off the GUI thread and reports each as soon as it is ready.
// What the media network manager's disk cache holds is read on a worker
// (DiskCacheReads); the rest comes through the manager, which saves it there.
class ThumbnailLoader : public QObject
{
    Q_OBJECT
public:
    // No real thumbnail is anywhere near this; a larger one is refused unread.
    static constexpr qint64 maxImageBytes = 30 * 1024 * 1024;

    explicit ThumbnailLoader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    // Idle timeout: the longest silence while a thumbnail downloads.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // The longest one download may take in all, however steadily it arrives.
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    // Images larger than this are scaled down in the worker, not when painted.
    void setMaximumImageSize(QSize size) { m_maximumImageSize = size; }
    // Qt 6.4 opens at most six connections per host and manager: beyond six
    // downloads at once, the rest go through `spare` (sharing the first
    // manager's cache) instead of waiting for a connection. Null: none.
    void setSpareNetwork(QNetworkAccessManager *spare) { m_spare = spare; }
    static constexpr int connectionsPerManager = 6;

    // Starts a new batch; nothing of the previous one is reported any more.
    // A file the new batch asks for again keeps its download (or decoding)
    // in flight and is reported under its new index; downloads no longer
    // wanted are aborted. A file asked for several times is fetched once,
    // also across the loaders of one network manager (SharedDownloads).
    // Where a batch's files most likely are. Cached: read from the disk
    // cache first, on a worker, the rest then asked for. New (a link just
    // created): asked for at once, not after a read that would find nothing,
    // except those this session saved in the cache (MediaDiskCache).
    enum class Expect { Cached, New };
    void load(const QList<Thumbnail> &thumbnails, Expect expect = Expect::Cached);
    // Adds to the current batch (for thumbnails fetched as they come into
    // view) and returns the index reported for the first one.
    int append(const QList<Thumbnail> &thumbnails);
    void cancel();
    bool isLoading() const { return !m_wanted.isEmpty(); }
    // Whether `file` is still to be reported in this batch.
    bool isWaitingFor(const QUrl &file) const { return m_wanted.contains(file); }

signals:
    void thumbnailLoaded(int index, const QImage &image, bool fromCache);
    void thumbnailFailed(int index, const QString &message);
    void batchFinished();

private:
    void forgetBatch();
    void abortUnwanted();
    void fetchMissing(const QList<Thumbnail> &thumbnails, Expect expect);
    void readCacheOrFetch(const QUrl &file);
    // Another loader's download of `file` in flight, now also this one's.
    bool joinDownload(const QUrl &file);
    void fetch(const QUrl &file, QNetworkRequest::CacheLoadControl control = QNetworkRequest::PreferNetwork);
    void onReplyFinished(QNetworkReply *reply, const QUrl &file);
    void decode(const QUrl &file, const QByteArray &body, bool fromCache);
    void report(const QUrl &file, const std::function<void(int index)> &signal);

    QNetworkAccessManager *networkForNext() const;

    QNetworkAccessManager *m_network;
    QPointer<QNetworkAccessManager> m_spare;
    QHash<QUrl, QPointer<QNetworkReply>> m_downloads; // by file, until the reply finishes
    QSet<QUrl> m_inWorker; // being read from the disk cache or decoded
    QHash<QUrl, QList<int>> m_wanted; // by file: the indices of this batch waiting for it
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_deadline;
    QSize m_maximumImageSize;
    quint64 m_batch = 0;
    int m_count = 0; // thumbnails in this batch
};
