#pragma once

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
class MediaDiskCache : public QNetworkDiskCache
{
    Q_OBJECT
public:
    explicit MediaDiskCache(QObject *parent = nullptr);

    QIODevice *prepare(const QNetworkCacheMetaData &metaData) override;
    void insert(QIODevice *device) override;
    bool remove(const QUrl &url) override;
    // As far as known: the last walk's total and what was saved since.
    qint64 cacheSize() const override;

public slots:
    // Removes every file now, on the calling thread, as Qt does: the user
    // (or a test) expects nothing cached once it returns.
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
    void walkInBackground();
    static qint64 walkedSize(const QString &folder, qint64 maximum);

    qint64 m_size = 0;
    bool m_walkWanted = true; // the total is not known before the first walk
    bool m_inserting = false;
    std::optional<qint64> m_savedDuringWalk; // set while a walk runs
    quint64 m_clears = 0; // a walk that overlapped a clear() counted files now gone
    QHash<QIODevice *, QUrl> m_saving;
    QSet<QUrl> m_saved;
};
