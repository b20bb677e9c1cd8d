#pragma once

#include "model/Thumbnail.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
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
// Goes through the application's media network manager, hence its disk cache.
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
    void load(const QList<Thumbnail> &thumbnails);
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
    void fetchMissing(const QList<Thumbnail> &thumbnails);
    // CacheIfHeld: the disk cache's copy as it is, when the cache holds one.
    enum class Source { CacheIfHeld, Network };
    void fetch(const QUrl &file, Source source = Source::CacheIfHeld);
    void onReplyFinished(QNetworkReply *reply, const QUrl &file);
    void report(const QUrl &file, const std::function<void(int index)> &signal);

    QNetworkAccessManager *networkForNext() const;

    QNetworkAccessManager *m_network;
    QPointer<QNetworkAccessManager> m_spare;
    QHash<QUrl, QPointer<QNetworkReply>> m_downloads; // by file, until the reply finishes
    QSet<QUrl> m_decoding; // downloaded, in the worker
    QHash<QUrl, QList<int>> m_wanted; // by file: the indices of this batch waiting for it
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_deadline;
    QSize m_maximumImageSize;
    quint64 m_batch = 0;
    int m_count = 0; // thumbnails in this batch
};
