#pragma once

#include <QFuture>
#include <QHash>
#include <QNetworkDiskCache>
#include <QSet>
#include <QUrl>

#include <optional>

// The media manager's disk cache: Qt's QNetworkDiskCache, except that the
// walk over its folder runs on a worker. Qt stats every file in the folder
// before the first file a session saves, and again each time the total
// passes the maximum, to learn the total and remove the oldest files; with
// thousands of thumbnails saved over months that is tens of milliseconds on
// the GUI thread, in the middle of a list's scrolling. Here the cache keeps
// the total itself between walks, counting each saved file as Qt does, and
// a worker runs Qt's own walk (and removal) on a second cache object for the
// same folder. Files may leave while a reply reads them; ThumbnailLoader
// then fetches them from the server.
//
// Nor does it write files on the calling thread: Qt's cache writes each
// download into a file of its own as it arrives, on the network manager's
// thread (the GUI thread), and a busy disk can hold a write there for a long
// time. Here a download is kept in memory (thumbnails are small, and Qt
// keeps a body in memory for the reply anyway) and saved, updated or
// removed on DiskCacheThread, by a cache object of its own, in Qt's own
// format and in the order asked. A body larger than maximumBodyBytes is not
// kept, nor saved: a media server sending huge files costs no more memory
// than their replies do.
class MediaDiskCache : public QNetworkDiskCache
{
    Q_OBJECT
public:
    static constexpr qint64 maximumBodyBytes = 8 * 1024 * 1024;

    explicit MediaDiskCache(QObject *parent = nullptr);
    // Waits for the files still being written: the next cache object for
    // the folder (the next session) finds them.
    ~MediaDiskCache() override;

    QIODevice *prepare(const QNetworkCacheMetaData &metaData) override;
    void insert(QIODevice *device) override;
    void updateMetaData(const QNetworkCacheMetaData &metaData) override;
    // Always true: the file is removed on the cache's thread, after whatever
    // was asked for it before.
    bool remove(const QUrl &url) override;
    // As far as known: the last walk's total and what was saved since.
    qint64 cacheSize() const override;
    // Finishes once every save, update and removal asked for so far is done
    // in the folder.
    QFuture<void> written() const { return m_written; }

public slots:
    // Removes every file now, on the calling thread, as Qt does: the user
    // (or a test) expects nothing cached once it returns. It waits for the
    // files still being written first.
    void clear() override;

    // Whether this session saved `url` here (and did not remove it since, nor
    // clear the cache): such a file is looked for here even in a batch
    // expected new (ThumbnailLoader::Expect).
    bool wasSaved(const QUrl &url) const { return m_saved.contains(url); }

signals:
    // A walk finished: the folder held `bytes` once its oldest files were
    // removed to stay under the maximum.
    void sizeCounted(qint64 bytes);

protected:
    // The total as far as known; starts the walk when it is not known yet or
    // has passed the maximum. Never walks on the calling thread, except for
    // clear() (Qt's clear() is an expire() with a maximum of zero).
    qint64 expire() override;

private:
    bool refuses(const QNetworkCacheMetaData &metaData) const;
    // Runs `change` on a cache object of its own for this folder, on DiskCacheThread.
    template<typename Change>
    void changeFiles(Change &&change);
    void walkInBackground();
    static qint64 walkedSize(const QString &folder, qint64 maximum);

    qint64 m_size = 0;
    bool m_walkWanted = true; // the total is not known before the first walk
    std::optional<qint64> m_savedDuringWalk; // set while a walk runs
    quint64 m_clears = 0; // a walk that overlapped a clear() counted files now gone
    QHash<QIODevice *, QNetworkCacheMetaData> m_saving; // each a QBuffer of this cache's
    QSet<QUrl> m_saved;
    QFuture<void> m_written;
};
