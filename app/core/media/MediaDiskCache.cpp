#include "MediaDiskCache.h"

#include "DiskCacheThread.h"
#include "WhenFinished.h"
#include "WorkerThreads.h"

#include <QBuffer>
#include <QPromise>
#include <QThreadPool>

#include <memory>

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

// A download as the cache keeps it in memory until its reply ends: at most
// MediaDiskCache::maximumBodyBytes; past that, nothing more is kept.
class BoundedBody : public QBuffer
{
public:
    using QBuffer::QBuffer;
    bool overflowed() const { return m_overflowed; }

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        if (!m_overflowed && size() + length <= MediaDiskCache::maximumBodyBytes)
            return QBuffer::writeData(data, length);
        m_overflowed = true;
        buffer().clear();
        return length; // taken, as far as the network manager is concerned
    }

private:
    bool m_overflowed = false;
};

// Writes the folder's files on DiskCacheThread. The cache on the GUI thread
// keeps the total and starts the walks: none here, where Qt would walk the
// whole folder before the first file a new cache object saves.
class FolderFiles : public QNetworkDiskCache
{
protected:
    qint64 expire() override { return 0; }
};

} // namespace

MediaDiskCache::MediaDiskCache(QObject *parent)
    : QNetworkDiskCache(parent)
    , m_written(QtFuture::makeReadyFuture())
{
}

MediaDiskCache::~MediaDiskCache()
{
    m_written.waitForFinished();
}

bool MediaDiskCache::refuses(const QNetworkCacheMetaData &metaData) const
{
    // Qt's own refusals (QNetworkDiskCache::prepare), before a body is kept
    // in memory for nothing; the object that saves it applies them again.
    if (!metaData.isValid() || !metaData.url().isValid() || !metaData.saveToDisk() || cacheDirectory().isEmpty())
        return true;
    const QNetworkCacheMetaData::RawHeaderList headers = metaData.rawHeaders();
    for (const auto &[name, value] : headers) {
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            const qint64 length = value.toLongLong();
            return length > maximumCacheSize() * 3 / 4 || length > maximumBodyBytes;
        }
    }
    return false;
}

QIODevice *MediaDiskCache::prepare(const QNetworkCacheMetaData &metaData)
{
    if (refuses(metaData))
        return nullptr;
    auto *body = new BoundedBody(this);
    body->open(QIODevice::WriteOnly);
    m_saving.insert(body, metaData);
    return body;
}

template<typename Change>
void MediaDiskCache::changeFiles(Change &&change)
{
    // One thread: the changes are made in the order asked for, so the last
    // one is done after all the others. A promise, not QtConcurrent::run's
    // future: waiting for that one would run its task at once on the waiting
    // thread when it has not started yet, before those queued ahead of it.
    auto done = std::make_shared<QPromise<void>>();
    done->start();
    m_written = done->future();
    DiskCacheThread::pool()->start([folder = cacheDirectory(), maximum = maximumCacheSize(),
                                    change = std::forward<Change>(change), done] {
        FolderFiles files;
        files.setCacheDirectory(folder);
        files.setMaximumCacheSize(maximum);
        change(files);
        done->finish();
    });
}

void MediaDiskCache::insert(QIODevice *device)
{
    const auto saving = m_saving.constFind(device);
    if (saving == m_saving.cend())
        return; // removed since, or not prepared here: Qt ignores it too
    const QNetworkCacheMetaData metaData = saving.value();
    m_saving.erase(saving);
    const auto *kept = static_cast<const BoundedBody *>(device);
    const bool tooLarge = kept->overflowed();
    const QByteArray body = kept->data();
    delete device;
    if (tooLarge)
        return;
    m_saved.insert(metaData.url());
    const qint64 saved = body.size() + headerAllowance;
    m_size += saved;
    if (m_savedDuringWalk)
        *m_savedDuringWalk += saved;
    changeFiles([metaData, body](QNetworkDiskCache &files) {
        if (QIODevice *file = files.prepare(metaData)) {
            file->write(body);
            files.insert(file);
        }
    });
    expire();
}

void MediaDiskCache::updateMetaData(const QNetworkCacheMetaData &metaData)
{
    changeFiles([metaData](QNetworkDiskCache &files) { files.updateMetaData(metaData); });
}

bool MediaDiskCache::remove(const QUrl &url)
{
    m_saved.remove(url);
    // Qt removes a file it was saving when its download fails, and the cache
    // deletes the device, as Qt's own does: the first one saving that file.
    for (auto saving = m_saving.begin(); saving != m_saving.end(); ++saving) {
        if (saving.value().url() == url) {
            delete saving.key();
            m_saving.erase(saving);
            break;
        }
    }
    changeFiles([url](QNetworkDiskCache &files) { files.remove(url); });
    return true;
}

qint64 MediaDiskCache::cacheSize() const
{
    return m_size;
}

void MediaDiskCache::clear()
{
    m_written.waitForFinished();
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
    if (m_walkWanted)
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
    // After the files asked for so far are written, so that it counts them;
    // on another thread than theirs, so that reads do not wait for it.
    const QFuture<qint64> walked = m_written.then(WorkerThreads::pool(),
                                                  [folder = cacheDirectory(), maximum = maximumCacheSize()] {
                                                      return walkedSize(folder, maximum);
                                                  });
    whenFinished(walked, this, [this, clears](qint64 walked) {
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
