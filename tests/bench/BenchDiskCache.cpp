#include "FigureTable.h"

#include "media/MediaDiskCache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkDiskCache>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

// The first file a session saves to the media cache, with a folder full of
// thumbnails from earlier sessions: Qt's QNetworkDiskCache walks the whole
// folder on the saving thread (the GUI thread), MediaDiskCache on a worker.
// Figures, never asserted against a clock. 3 000 files by default, 15 000
// (a long-used cache) with PORTFOLIO_LINKS_LONG_BENCH=1.
class BenchDiskCache : public QObject
{
    Q_OBJECT

private slots:
    void firstSaveOfASession();

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
    QThreadPool::globalInstance()->waitForDone(); // a walk under way ends before the next run
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

QTEST_GUILESS_MAIN(BenchDiskCache)
#include "BenchDiskCache.moc"
