#include "FigureTable.h"
#include "Stats.h"
#include "TestImages.h"
#include "UserFolders.h"
#include "WorkerThreads.h"

#include "media/ImageDecoder.h"
#include "media/PortfolioImageModel.h"
#include "media/ThumbnailCache.h"
#include "text/PersianText.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <numeric>

// Figures for the picker's grid, printed, never asserted against a clock:
// how fast a search narrows a large portfolio, and what the thumbnails of a
// screenful and of a whole large portfolio cost in time and memory.
class BenchImagePicker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchKeyOfAPersianName();
    void searchingFiveThousandImages_data();
    void searchingFiveThousandImages();
    void decodingThumbnails_data();
    void decodingThumbnails();
    void aHeaderPaintedWhileImagesDecode();

private:
    static QList<Image> images(int count, const QString &directory = {});
};

void BenchImagePicker::initTestCase()
{
    keepOutOfUserFolders();
}

QList<Image> BenchImagePicker::images(int count, const QString &directory)
{
    static const QStringList names = {QStringLiteral("سبد خرید"), QStringLiteral("Checkout flow"),
                                      QStringLiteral("صفحه‌ی محصول"), QStringLiteral("Dark theme"),
                                      QStringLiteral("نسخه‌ی موبایل"), QStringLiteral("پروفایل کاربر")};
    QList<Image> result;
    for (int i = 0; i < count; ++i) {
        Image image;
        image.id = i + 1;
        image.name = QStringLiteral("%1 %2.png").arg(names.at(i % names.size())).arg(i + 1);
        image.width = 320;
        image.height = 240;
        if (!directory.isEmpty())
            image.thumbnails = {{i + 1, QUrl::fromLocalFile(QStringLiteral("%1/%2.png").arg(directory).arg(i)), 128}};
        result.append(image);
    }
    return result;
}

void BenchImagePicker::searchKeyOfAPersianName()
{
    const QString name = QStringLiteral("طرحِ صفحه‌ی اصلیِ فروشگاه كتاب ۱۴۰۳.jpg");
    QString key;
    QBENCHMARK {
        key = PersianText::searchKey(name);
    }
    QVERIFY(key.contains(QStringLiteral("1403")));
}

void BenchImagePicker::searchingFiveThousandImages_data()
{
    // Names cycle through six, so each matches one image in six.
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expected");
    QTest::newRow("Persian word, ZWNJ left out") << QStringLiteral("صفحهی") << 5000 / 6;
    QTest::newRow("Latin, other case") << QStringLiteral("DARK") << 5000 / 6;
    QTest::newRow("no match") << QStringLiteral("ناموجود") << 0;
}

void BenchImagePicker::searchingFiveThousandImages()
{
    QFETCH(QString, query);
    QFETCH(int, expected);
    QNetworkAccessManager network;
    ThumbnailCache cache(&network);
    PortfolioImageModel model(&cache);
    model.setImages(images(5000));
    QSortFilterProxyModel filter;
    filter.setSourceModel(&model);
    filter.setFilterRole(PortfolioImageModel::SearchKeyRole);
    int matches = 0;
    // One keystroke's work: narrow the grid, then widen it again.
    QBENCHMARK {
        filter.setFilterFixedString(PersianText::searchKey(query));
        matches = filter.rowCount();
        filter.setFilterFixedString(QString());
    }
    QCOMPARE(matches, expected);
    QCOMPARE(filter.rowCount(), 5000);
}

void BenchImagePicker::decodingThumbnails_data()
{
    QTest::addColumn<int>("tiles");
    QTest::newRow("a screenful") << 12;
    QTest::newRow("a large portfolio scrolled through") << 500;
}

void BenchImagePicker::decodingThumbnails()
{
    QFETCH(int, tiles);
    QTemporaryDir directory;
    for (int i = 0; i < tiles; ++i) {
        QFile file(QStringLiteral("%1/%2.png").arg(directory.path()).arg(i));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(noisyPngBytes({128, 96}));
    }
    QNetworkAccessManager network;
    ThumbnailCache cache(&network);
    PortfolioImageModel model(&cache);
    model.setImages(images(tiles, directory.path()));
    QList<int> rows(tiles);
    std::iota(rows.begin(), rows.end(), 0);

    QElapsedTimer clock;
    clock.start();
    model.loadThumbnails(rows);
    const auto loaded = [&model, tiles] {
        for (int row = 0; row < tiles; ++row) {
            if (model.thumbnailAt(row).isNull())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(loaded(), 120000);
    const qint64 elapsed = clock.elapsed();
    qint64 bytes = 0;
    for (int row = 0; row < tiles; ++row)
        bytes += model.thumbnailAt(row).sizeInBytes();
    qInfo("%d thumbnails fetched and decoded off the GUI thread in %lld ms (%.1f ms each); decoded: %.1f MiB",
          tiles, elapsed, double(elapsed) / tiles, double(bytes) / (1024 * 1024));
}

// Qt 6.4's raster engine hands a long translucent line to Qt's global
// thread pool and waits for it on the GUI thread; Fusion draws a header's
// sections so, into pixmaps of its own, for each new size. Painted while
// large images decode in that pool (where the app decoded until now), the
// header waits for a decoding to finish; decoding in WorkerThreads, it
// does not.
void BenchImagePicker::aHeaderPaintedWhileImagesDecode()
{
    constexpr int decodings = 8;
    const QByteArray large = noisyPngBytes({1600, 1200});
    QStandardItemModel model(1, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("URL"), QStringLiteral("Updated")});
    QHeaderView header(Qt::Horizontal);
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    header.setStyle(fusion.get());
    header.setModel(&model);
    header.resize(620, 24);
    Stats inQtsPool, inWorkers;
    for (int run = -1; run < 7; ++run) {
        for (QThreadPool *pool : {QThreadPool::globalInstance(), WorkerThreads::pool()}) {
            // A size Fusion has not drawn yet: its pixmaps are cached by size.
            static int width = 150;
            ++width;
            for (int section = 0; section < 3; ++section)
                header.resizeSection(section, width + section);
            QList<QFuture<DecodedImage>> decoded;
            for (int i = 0; i < decodings; ++i)
                decoded.append(QtConcurrent::run(pool, &ImageDecoder::decode, large, QSize()));
            QElapsedTimer clock;
            clock.start();
            const QPixmap painted = header.grab();
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            for (QFuture<DecodedImage> &image : decoded)
                QVERIFY(!image.result().image.isNull());
            QVERIFY(!painted.isNull());
            if (run >= 0)
                (pool == WorkerThreads::pool() ? inWorkers : inQtsPool).values.append(ms);
        }
    }
    FigureTable table;
    const QString note = QStringLiteral("%1 PNGs of 1600x1200 decoding").arg(decodings);
    table.add(QStringLiteral("header painted, the images decoding in Qt's global pool"), inQtsPool, QStringLiteral("ms"), 2, note);
    table.add(QStringLiteral("header painted, the images decoding in WorkerThreads"), inWorkers, QStringLiteral("ms"), 2, note);
    table.print(QStringLiteral("A header painted on the GUI thread while images decode (offscreen, Fusion)"),
                QStringLiteral("Median, min and max of 7 runs after a warm-up; each paint at a size not painted before."));
}

QTEST_MAIN(BenchImagePicker)
#include "BenchImagePicker.moc"
