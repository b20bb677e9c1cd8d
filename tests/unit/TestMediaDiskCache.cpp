#include "WorkerThreads.h"
#include "media/DiskCacheReads.h"
#include "media/DiskCacheThread.h"
#include "media/MediaDiskCache.h"

#include <QDirIterator>
#include <QPointer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

// Qt's QNetworkDiskCache walks its whole folder on the thread that saves a
// file; MediaDiskCache leaves that walk to a worker and keeps the total
// itself in between, and writes its files on a thread of its own. A task
// holding the only thread of the pool that walks (or writes) keeps it
// waiting, so what the saving thread did on its own can be seen.
class TestMediaDiskCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aSaveLeavesTheWalkToAWorker();
    void theTotalKeptBetweenWalksStartsTheNextOne();
    void clearEmptiesTheFolderAtOnceAndOutlastsAWalkUnderWay();
    void aFileSavedDuringAWalkCounts();
    void aSaveWritesNoFileOnTheSavingThread();
    void aRemovalWaitsForTheSaveAskedForBeforeIt();
    void aDownloadCutShortIsNotSaved();
    void aBodyTooLargeIsNeitherKeptNorSaved();

private:
    void hold(QThreadPool *pool);
    void holdThePool() { hold(WorkerThreads::pool()); }
    void releaseThePool();
    static QByteArray save(QNetworkDiskCache *cache, const QUrl &url, qint64 bytes);
    QList<QString> files() const;
    qint64 folderBytes() const;

    std::unique_ptr<QTemporaryDir> m_folder;
    QSemaphore m_hold;
    QSemaphore m_held;
    int m_holding = 0;
    int m_oldThreadCount = 0;
};

void TestMediaDiskCache::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_oldThreadCount = WorkerThreads::pool()->maxThreadCount();
    WorkerThreads::pool()->setMaxThreadCount(1);
}

void TestMediaDiskCache::cleanup()
{
    releaseThePool();
    QVERIFY(WorkerThreads::pool()->waitForDone(10000));
    WorkerThreads::pool()->setMaxThreadCount(m_oldThreadCount);
    m_folder.reset();
}

void TestMediaDiskCache::hold(QThreadPool *pool)
{
    pool->start([this] {
        m_held.release();
        m_hold.acquire();
    });
    m_held.acquire(); // the pool's one thread is taken
    ++m_holding;
}

void TestMediaDiskCache::releaseThePool()
{
    m_hold.release(m_holding);
    m_holding = 0;
}

static QNetworkCacheMetaData metaDataOf(const QUrl &url)
{
    QNetworkCacheMetaData metaData;
    metaData.setUrl(url);
    metaData.setSaveToDisk(true);
    metaData.setRawHeaders({{"Content-Type", "image/png"}});
    return metaData;
}

static QByteArray randomBytes(qint64 bytes)
{
    QByteArray body(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(body.data()), body.size() / 4);
    return body;
}

QByteArray TestMediaDiskCache::save(QNetworkDiskCache *cache, const QUrl &url, qint64 bytes)
{
    QIODevice *device = cache->prepare(metaDataOf(url));
    if (!device)
        return {};
    const QByteArray body = randomBytes(bytes);
    device->write(body);
    cache->insert(device);
    return body;
}

QList<QString> TestMediaDiskCache::files() const
{
    QList<QString> found;
    QDirIterator it(m_folder->path(), {QStringLiteral("*.d")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    return found;
}

qint64 TestMediaDiskCache::folderBytes() const
{
    qint64 total = 0;
    for (const QString &file : files())
        total += QFileInfo(file).size();
    return total;
}

static QUrl media(int i)
{
    return QUrl(QStringLiteral("http://127.0.0.1:9/media/%1.png").arg(i));
}

void TestMediaDiskCache::aSaveLeavesTheWalkToAWorker()
{
    // Forty files of 10 KiB from an earlier session, for a maximum of 200 KiB.
    {
        QNetworkDiskCache earlier;
        earlier.setCacheDirectory(m_folder->path());
        for (int i = 0; i < 40; ++i)
            save(&earlier, media(i), 10 * 1024);
    }
    QCOMPARE(files().size(), 40);

    MediaDiskCache cache;
    cache.setMaximumCacheSize(200 * 1024);
    cache.setCacheDirectory(m_folder->path());
    QSignalSpy counted(&cache, &MediaDiskCache::sizeCounted);
    holdThePool();
    save(&cache, media(100), 10 * 1024);
    cache.written().waitForFinished();
    // Qt would have removed the oldest files before returning; nothing was.
    QCOMPARE(files().size(), 41);
    QVERIFY(cache.metaData(media(0)).isValid());
    QCOMPARE(counted.size(), 0);

    releaseThePool();
    QVERIFY(counted.wait(10000));
    // Qt's own trim (oldest first, where the file system knows file ages),
    // down to 90 % of the maximum.
    QVERIFY2(folderBytes() < 200 * 1024 * 9 / 10, qPrintable(QString::number(folderBytes())));
    QCOMPARE(counted.first().first().toLongLong(), folderBytes());
    QVERIFY(files().size() < 41);
    QVERIFY(cache.cacheSize() >= folderBytes());
}

void TestMediaDiskCache::theTotalKeptBetweenWalksStartsTheNextOne()
{
    MediaDiskCache cache;
    cache.setMaximumCacheSize(100 * 1024);
    cache.setCacheDirectory(m_folder->path());
    QSignalSpy counted(&cache, &MediaDiskCache::sizeCounted);
    save(&cache, media(0), 10 * 1024); // the size is not known yet: one walk, which counts that file
    QVERIFY(counted.wait(10000));
    QVERIFY(counted.first().first().toLongLong() > 10 * 1024);

    // Under the maximum, saving needs no walk: the cache counts.
    for (int i = 1; i < 8; ++i)
        save(&cache, media(i), 10 * 1024);
    cache.written().waitForFinished();
    QCoreApplication::processEvents();
    QVERIFY(WorkerThreads::pool()->waitForDone(10000));
    QCoreApplication::processEvents();
    QCOMPARE(counted.size(), 1);
    QVERIFY(cache.cacheSize() >= folderBytes());

    // Past it, the next save starts one, which trims the folder (held until
    // every file is saved, so that it sees them all).
    holdThePool();
    for (int i = 8; i < 12; ++i)
        save(&cache, media(i), 10 * 1024);
    cache.written().waitForFinished();
    releaseThePool();
    QTRY_COMPARE_WITH_TIMEOUT(counted.size(), 2, 10000);
    QVERIFY2(folderBytes() < 100 * 1024 * 9 / 10, qPrintable(QString::number(folderBytes())));
    // Never less than the folder holds (files saved during a walk may be
    // counted twice: at worst one walk more).
    QVERIFY(cache.cacheSize() >= folderBytes());
}

void TestMediaDiskCache::clearEmptiesTheFolderAtOnceAndOutlastsAWalkUnderWay()
{
    MediaDiskCache cache;
    cache.setCacheDirectory(m_folder->path());
    QSignalSpy counted(&cache, &MediaDiskCache::sizeCounted);
    holdThePool();
    for (int i = 0; i < 5; ++i)
        save(&cache, media(i), 4 * 1024);
    cache.clear();
    QCOMPARE(files().size(), 0);
    QCOMPARE(cache.cacheSize(), 0);

    // The walk that waited counts a folder that has changed since: its total
    // is not taken.
    releaseThePool();
    QVERIFY(WorkerThreads::pool()->waitForDone(10000));
    QCoreApplication::processEvents();
    QCOMPARE(counted.size(), 0);
    QCOMPARE(cache.cacheSize(), 0);
    save(&cache, media(9), 4 * 1024);
    QVERIFY(cache.cacheSize() >= 4 * 1024);
    cache.written().waitForFinished();
    QVERIFY(std::unique_ptr<QIODevice>(cache.data(media(9))));
}

void TestMediaDiskCache::aFileSavedDuringAWalkCounts()
{
    MediaDiskCache cache;
    cache.setCacheDirectory(m_folder->path());
    QSignalSpy counted(&cache, &MediaDiskCache::sizeCounted);
    holdThePool();
    save(&cache, media(0), 4 * 1024);
    cache.written().waitForFinished();
    const qint64 walked = folderBytes();
    // Saved after the walk was asked for; whether the walk sees it or not,
    // the total must not lose it.
    save(&cache, media(1), 50 * 1024);
    releaseThePool();
    QVERIFY(counted.wait(10000));
    QVERIFY2(cache.cacheSize() >= walked + 50 * 1024, qPrintable(QString::number(cache.cacheSize())));
}

// The file is written on DiskCacheThread, in Qt's format: a read there
// (queued after the save) gets the body back.
void TestMediaDiskCache::aSaveWritesNoFileOnTheSavingThread()
{
    MediaDiskCache cache;
    cache.setCacheDirectory(m_folder->path());
    // After the cache: released before it goes, since it waits for its files.
    const auto release = qScopeGuard([this] { releaseThePool(); });
    hold(DiskCacheThread::pool());
    const QByteArray body = save(&cache, media(1), 6 * 1024);
    QVERIFY(!body.isEmpty());
    QCOMPARE(files().size(), 0);
    QVERIFY(!cache.written().isFinished());
    QVERIFY(cache.wasSaved(media(1)));
    QVERIFY(cache.cacheSize() >= body.size());

    const QFuture<std::optional<QByteArray>> read = DiskCacheReads::body(cache.cacheDirectory(), media(1));
    releaseThePool();
    // Not waitForFinished(): it would run the read at once, on this thread.
    QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 10000);
    QVERIFY(read.result().has_value());
    QCOMPARE(*read.result(), body);
    QVERIFY(cache.written().isFinished());
    QCOMPARE(files().size(), 1);
}

void TestMediaDiskCache::aRemovalWaitsForTheSaveAskedForBeforeIt()
{
    MediaDiskCache cache;
    cache.setCacheDirectory(m_folder->path());
    save(&cache, media(2), 4 * 1024);
    const auto release = qScopeGuard([this] { releaseThePool(); });
    hold(DiskCacheThread::pool());
    save(&cache, media(3), 4 * 1024);
    QVERIFY(cache.remove(media(3)));
    QVERIFY(!cache.wasSaved(media(3)));
    releaseThePool();
    cache.written().waitForFinished();
    QCOMPARE(files().size(), 1);
    QVERIFY(!cache.metaData(media(3)).isValid());
    QVERIFY(cache.metaData(media(2)).isValid());
}

// A download that fails is taken back with remove(), as Qt does: its device
// is deleted, and nothing of it reaches the folder.
void TestMediaDiskCache::aDownloadCutShortIsNotSaved()
{
    MediaDiskCache cache;
    cache.setCacheDirectory(m_folder->path());
    QPointer<QIODevice> device = cache.prepare(metaDataOf(media(4)));
    QVERIFY(device);
    device->write(randomBytes(2 * 1024));
    QVERIFY(cache.remove(media(4)));
    QVERIFY(device.isNull());
    cache.written().waitForFinished();
    QCOMPARE(files().size(), 0);
    QVERIFY(!cache.wasSaved(media(4)));
}

// A media server sending huge files costs no more memory than their replies
// do: a body announced larger than the cache keeps is refused at once, and
// one sent without its length is dropped once it passes that size.
void TestMediaDiskCache::aBodyTooLargeIsNeitherKeptNorSaved()
{
    MediaDiskCache cache;
    cache.setCacheDirectory(m_folder->path());
    QNetworkCacheMetaData announced = metaDataOf(media(5));
    announced.setRawHeaders(
        {{"Content-Type", "image/png"}, {"Content-Length", QByteArray::number(MediaDiskCache::maximumBodyBytes + 1)}});
    QVERIFY(!cache.prepare(announced));

    QIODevice *device = cache.prepare(metaDataOf(media(6)));
    QVERIFY(device);
    const QByteArray chunk(1024 * 1024, 'x');
    for (qint64 sent = 0; sent <= MediaDiskCache::maximumBodyBytes; sent += chunk.size())
        QCOMPARE(device->write(chunk), chunk.size());
    QCOMPARE(device->size(), 0);
    cache.insert(device);
    cache.written().waitForFinished();
    QCOMPARE(files().size(), 0);
    QVERIFY(!cache.wasSaved(media(6)));
}

QTEST_GUILESS_MAIN(TestMediaDiskCache)
#include "TestMediaDiskCache.moc"
