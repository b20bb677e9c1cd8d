#include "BenchClock.h"
#include "FigureTable.h"
#include "WorkerThreads.h"

#include "media/MediaDiskCache.h"
#include "media/ThumbnailLoader.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <ctime>

using namespace Qt::StringLiterals;

// The first file a session saves to the media cache, with a folder full of
// thumbnails from earlier sessions: Qt's QNetworkDiskCache walks the whole
// folder on the saving thread (the GUI thread), MediaDiskCache on a worker.
// Figures, never asserted against a clock. 3 000 files by default, 15 000
// (a long-used cache) with PORTFOLIO_LINKS_LONG_BENCH=1.
// A screenful of thumbnails saved: Qt's cache writes each file on the saving
// thread, MediaDiskCache on DiskCacheThread. And a screenful of thumbnails
// the cache holds: Qt's network manager reads its cache on its own thread
// (the GUI thread), ThumbnailLoader on a worker.
class BenchDiskCache : public QObject
{
    Q_OBJECT

private slots:
    void firstSaveOfASession();
    void aScreenfulOfThumbnailsSaved();
    void aScreenfulOfCachedThumbnails();

private:
    static bool fill(const QString &folder, int files);
    template<typename Cache>
    static double firstSaveMs(const QString &folder, int run);
};

static void save(QNetworkDiskCache *cache, const QUrl &url)
{
    QNetworkCacheMetaData metaData;
    metaData.setUrl(url);
    metaData.setSaveToDisk(true);
    QIODevice *device = cache->prepare(metaData);
    device->write(QByteArray(3 * 1024, 'x'));
    cache->insert(device);
}

bool BenchDiskCache::fill(const QString &folder, int files)
{
    // One real cache file, copied under other names: the walk looks at
    // names and sizes only.
    QNetworkDiskCache cache;
    cache.setCacheDirectory(folder);
    cache.setMaximumCacheSize(qint64(1) << 40);
    save(&cache, QUrl(u"http://127.0.0.1:9/media/model.png"_s));
    QString model;
    QDir data(folder);
    const QStringList subfolders = data.entryList({u"data*"_s}, QDir::Dirs);
    if (subfolders.isEmpty() || !data.cd(subfolders.first()))
        return false;
    for (const QString &sub : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QStringList found = QDir(data.filePath(sub)).entryList({u"*.d"_s}, QDir::Files);
        if (!found.isEmpty())
            model = data.filePath(sub + u'/' + found.first());
    }
    if (model.isEmpty())
        return false;
    for (int i = 0; i < files; ++i) {
        const QString sub = data.filePath(QString::number(i % 16, 16));
        QDir().mkpath(sub);
        if (!QFile::copy(model, sub + u"/old%1.d"_s.arg(i)))
            return false;
    }
    return true;
}

template<typename Cache>
double BenchDiskCache::firstSaveMs(const QString &folder, int run)
{
    Cache cache;
    cache.setCacheDirectory(folder);
    cache.setMaximumCacheSize(qint64(1) << 40); // no trimming: the walk alone
    QElapsedTimer timer;
    timer.start();
    save(&cache, QUrl(u"http://127.0.0.1:9/media/new%1.png"_s.arg(run)));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    WorkerThreads::pool()->waitForDone(); // a walk under way ends before the next run
    return ms;
}

void BenchDiskCache::firstSaveOfASession()
{
    const bool longRun = qEnvironmentVariable("PORTFOLIO_LINKS_LONG_BENCH") == u"1"_s;
    const int files = longRun ? 15000 : 3000;
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(fill(folder.path(), files));

    Stats qtCache, mediaCache;
    for (int run = 0; run < 7; ++run) {
        qtCache.values.append(firstSaveMs<QNetworkDiskCache>(folder.path(), 2 * run));
        mediaCache.values.append(firstSaveMs<MediaDiskCache>(folder.path(), 2 * run + 1));
    }
    FigureTable table;
    const QString note = u"%1 files of 3 KiB, warm file system"_s.arg(files);
    table.add(u"first save, QNetworkDiskCache"_s, qtCache, u"ms"_s, 2, note);
    table.add(u"first save, MediaDiskCache"_s, mediaCache, u"ms"_s, 2, u"the walk on a worker"_s);
    table.print(u"Media disk cache: the first save of a session (on the saving thread)"_s,
                u"Median, min and max of 7 runs, each on a new cache object for the same folder."_s);
    // Both kept every file: the caches' maximum is above the folder's size.
    QNetworkDiskCache check;
    check.setCacheDirectory(folder.path());
    QVERIFY(check.metaData(QUrl(u"http://127.0.0.1:9/media/new13.png"_s)).isValid());
}

namespace {

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QByteArray thumbnailPng()
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImage picture(64, 64, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    picture.save(&buffer, "PNG");
    return png;
}

QUrl thumbnailFile(int i)
{
    // Port 9 (discard): nothing answers; every read must come from the cache.
    return QUrl(u"http://127.0.0.1:9/media/thumbnails/cached%1_64x64.png"_s.arg(i));
}

// As the network manager saves a download: prepare, the body, insert.
void saveThumbnail(QNetworkDiskCache &cache, const QUrl &file, const QByteArray &png)
{
    QNetworkCacheMetaData metaData;
    metaData.setUrl(file);
    metaData.setSaveToDisk(true);
    metaData.setRawHeaders({{"Content-Type", "image/png"}, {"Content-Length", QByteArray::number(png.size())}});
    metaData.setAttributes({{QNetworkRequest::HttpStatusCodeAttribute, 200}});
    QIODevice *device = cache.prepare(metaData);
    device->write(png);
    cache.insert(device);
}

QList<Thumbnail> savedThumbnails(const QString &folder, int count)
{
    const QByteArray png = thumbnailPng();
    QNetworkDiskCache cache;
    cache.setCacheDirectory(folder);
    QList<Thumbnail> thumbnails;
    for (int i = 0; i < count; ++i) {
        Thumbnail thumbnail;
        thumbnail.file = thumbnailFile(i);
        thumbnail.size = 64;
        saveThumbnail(cache, thumbnail.file, png);
        thumbnails.append(thumbnail);
    }
    return thumbnails;
}

struct Took
{
    double cpuMs;
    double wallMs;
};

// The runs of one way of doing it: the thread's CPU time and the time it took.
struct Timings
{
    Stats cpu;
    Stats wall;
    void append(const Took &took)
    {
        cpu.values.append(took.cpuMs);
        wall.values.append(took.wallMs);
    }
};

// On the thread that saves (the network manager's, the GUI thread), until
// the last insert() returns; a MediaDiskCache then waits for its files as it
// goes, not counted.
template<typename Cache>
Took saveOnThisThread(const QString &folder, int count)
{
    const QByteArray png = thumbnailPng();
    Cache cache;
    cache.setCacheDirectory(folder);
    const double cpu = threadCpuMs();
    const qint64 started = BenchClock::nowNs();
    for (int i = 0; i < count; ++i)
        saveThumbnail(cache, thumbnailFile(i), png);
    return {threadCpuMs() - cpu, BenchClock::msSince(started)};
}

// As Qt would: the network manager asked for each file from its cache.
Took readThroughTheManager(const QString &folder, const QList<Thumbnail> &thumbnails)
{
    QNetworkAccessManager network;
    auto *cache = new QNetworkDiskCache(&network);
    cache->setCacheDirectory(folder);
    network.setCache(cache);
    QEventLoop loop;
    qsizetype left = thumbnails.size();
    const double cpu = threadCpuMs();
    const qint64 started = BenchClock::nowNs();
    for (const Thumbnail &thumbnail : thumbnails) {
        QNetworkRequest request(thumbnail.file);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysCache);
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [reply, &left, &loop] {
            reply->readAll();
            reply->deleteLater();
            if (--left == 0)
                loop.quit();
        });
    }
    loop.exec();
    return {threadCpuMs() - cpu, BenchClock::msSince(started)};
}

Took readByTheLoader(const QString &folder, const QList<Thumbnail> &thumbnails)
{
    QNetworkAccessManager network;
    auto *cache = new MediaDiskCache(&network);
    cache->setCacheDirectory(folder);
    network.setCache(cache);
    ThumbnailLoader loader(&network);
    QSignalSpy loaded(&loader, &ThumbnailLoader::thumbnailLoaded);
    QEventLoop loop;
    QObject::connect(&loader, &ThumbnailLoader::batchFinished, &loop, &QEventLoop::quit);
    const double cpu = threadCpuMs();
    const qint64 started = BenchClock::nowNs();
    loader.load(thumbnails);
    loop.exec();
    const Took took{threadCpuMs() - cpu, BenchClock::msSince(started)};
    return loaded.size() == thumbnails.size() ? took : Took{-1, -1};
}

} // namespace

void BenchDiskCache::aScreenfulOfThumbnailsSaved()
{
    constexpr int tiles = 42;
    Timings qtCache, mediaCache;
    for (int run = -1; run < 7; ++run) {
        QTemporaryDir qtFolder, mediaFolder;
        QVERIFY(qtFolder.isValid() && mediaFolder.isValid());
        const Took qt = saveOnThisThread<QNetworkDiskCache>(qtFolder.path(), tiles);
        const Took media = saveOnThisThread<MediaDiskCache>(mediaFolder.path(), tiles);
        WorkerThreads::pool()->waitForDone(); // the first save's walk
        QNetworkDiskCache check;
        check.setCacheDirectory(mediaFolder.path());
        QVERIFY2(check.metaData(thumbnailFile(tiles - 1)).isValid(), "MediaDiskCache did not save the screenful");
        if (run < 0)
            continue; // warm-up
        qtCache.append(qt);
        mediaCache.append(media);
    }
    FigureTable table;
    const QString note = u"%1 PNG thumbnails of 64x64 into an empty cache"_s.arg(tiles);
    table.add(u"QNetworkDiskCache: saving thread's CPU time"_s, qtCache.cpu, u"ms"_s, 2, note);
    table.add(u"QNetworkDiskCache: saving thread's time"_s, qtCache.wall, u"ms"_s, 2, u"writes each file there"_s);
    table.add(u"MediaDiskCache: saving thread's CPU time"_s, mediaCache.cpu, u"ms"_s, 2, note);
    table.add(u"MediaDiskCache: saving thread's time"_s, mediaCache.wall, u"ms"_s, 2, u"the files written on DiskCacheThread"_s);
    table.print(u"Media disk cache: a screenful of thumbnails saved (on the saving thread)"_s,
                u"Median, min and max of 7 runs after a warm-up, each on new cache objects and folders."_s);
}

void BenchDiskCache::aScreenfulOfCachedThumbnails()
{
    // The list's first screen at the app's size, or a little more than the picker's.
    constexpr int tiles = 42;
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QList<Thumbnail> thumbnails = savedThumbnails(folder.path(), tiles);
    Timings managerReads, loaderReads;
    for (int run = -1; run < 7; ++run) {
        const Took manager = readThroughTheManager(folder.path(), thumbnails);
        const Took loader = readByTheLoader(folder.path(), thumbnails);
        QVERIFY2(loader.cpuMs >= 0, "the loader did not read every thumbnail from the cache");
        if (run < 0)
            continue; // warm-up
        managerReads.append(manager);
        loaderReads.append(loader);
    }
    FigureTable table;
    const QString note = u"%1 PNG thumbnails of 64x64, warm file system"_s.arg(tiles);
    table.add(u"the manager reads its cache (Qt): GUI thread's CPU time"_s, managerReads.cpu, u"ms"_s, 2, note);
    table.add(u"the manager reads its cache (Qt): until all are read"_s, managerReads.wall, u"ms"_s, 2, u"not decoded"_s);
    table.add(u"ThumbnailLoader: GUI thread's CPU time"_s, loaderReads.cpu, u"ms"_s, 2, u"read on a worker"_s);
    table.add(u"ThumbnailLoader: until all are decoded"_s, loaderReads.wall, u"ms"_s, 2, u"read, then decoded on workers"_s);
    table.print(u"Media disk cache: a screenful of thumbnails it holds"_s,
                u"Median, min and max of 7 runs after a warm-up, each with new network managers and caches."_s);
}

QTEST_GUILESS_MAIN(BenchDiskCache)
#include "BenchDiskCache.moc"
