#include "MediaDiskCache.h"

#include "WhenFinished.h"

#include <QIODevice>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Qt's own count per saved file: its size plus 1 KiB for the header.
constexpr qint64 headerAllowance = 1024;

// QNetworkDiskCache::expire() is protected; a cache object of its own on the
// worker runs it, with Qt's order of removal (oldest first, down to 90 %).
class FolderWalk : public QNetworkDiskCache
{
public:
    using QNetworkDiskCache::expire;
};

} // namespace

MediaDiskCache::MediaDiskCache(QObject *parent)
    : QNetworkDiskCache(parent)
{
}

QIODevice *MediaDiskCache::prepare(const QNetworkCacheMetaData &metaData)
{
    QIODevice *device = QNetworkDiskCache::prepare(metaData);
    if (device)
        m_saving.insert(device, metaData.url());
    return device;
}

bool MediaDiskCache::remove(const QUrl &url)
{
    m_saved.remove(url);
    // Qt removes a file it was saving when its download fails, and deletes the device.
    m_saving.removeIf([&url](const QHash<QIODevice *, QUrl>::iterator &saving) { return saving.value() == url; });
    return QNetworkDiskCache::remove(url);
}

void MediaDiskCache::insert(QIODevice *device)
{
    if (const QUrl url = m_saving.take(device); !url.isEmpty())
        m_saved.insert(url);
    if (device) {
        const qint64 saved = device->size() + headerAllowance;
        m_size += saved;
        if (m_savedDuringWalk)
            *m_savedDuringWalk += saved;
    }
    // Qt asks expire() before it writes the file: the walk starts once the
    // file is there, so that it counts it.
    m_inserting = true;
    QNetworkDiskCache::insert(device);
    m_inserting = false;
    if (m_walkWanted)
        walkInBackground();
}

qint64 MediaDiskCache::cacheSize() const
{
    return m_size;
}

void MediaDiskCache::clear()
{
    ++m_clears;
    m_saved.clear();
    QNetworkDiskCache::clear();
    m_size = 0;
    m_walkWanted = false;
}

qint64 MediaDiskCache::expire()
{
    if (maximumCacheSize() <= 0) // only clear() sets it so
        return QNetworkDiskCache::expire();
    if (m_size >= maximumCacheSize())
        m_walkWanted = true;
    if (m_walkWanted && !m_inserting)
        walkInBackground();
    return m_size;
}

void MediaDiskCache::walkInBackground()
{
    if (m_savedDuringWalk || cacheDirectory().isEmpty())
        return; // one at a time; what is saved meanwhile is counted
    m_walkWanted = false;
    m_savedDuringWalk = 0;
    const quint64 clears = m_clears;
    whenFinished(QtConcurrent::run(&MediaDiskCache::walkedSize, cacheDirectory(), maximumCacheSize()), this,
                 [this, clears](qint64 walked) {
                     const qint64 saved = m_savedDuringWalk.value_or(0);
                     m_savedDuringWalk.reset();
                     if (clears != m_clears)
                         return;
                     m_size = walked + saved;
                     m_walkWanted = m_size >= maximumCacheSize(); // by the next save
                     emit sizeCounted(walked);
                 });
}

qint64 MediaDiskCache::walkedSize(const QString &folder, qint64 maximum)
{
    FolderWalk walk;
    walk.setCacheDirectory(folder);
    walk.setMaximumCacheSize(maximum);
    return walk.expire();
}
