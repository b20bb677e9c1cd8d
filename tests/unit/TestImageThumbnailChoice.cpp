#include "model/Image.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Stands for a thumbnail whose size the server left null.
constexpr qint64 noSize = -1;

// Thumbnail i (0-based) gets id i + 1, so a table names the expected one by
// its 1-based position and 0 means "none at all".
Image imageWithThumbnails(const QList<qint64> &sizes)
{
    Image image;
    image.id = 7;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        Thumbnail thumbnail;
        thumbnail.id = i + 1;
        thumbnail.file = QUrl(u"https://media.example/thumbs/%1.png"_s.arg(i + 1));
        if (sizes.at(i) != noSize)
            thumbnail.size = sizes.at(i);
        image.thumbnails.append(thumbnail);
    }
    return image;
}

} // namespace

// Which of an image's thumbnails a tile of a given size downloads: sharp
// enough, without fetching more pixels than needed, whatever order the
// server lists them in and even when it left some sizes out.
class TestImageThumbnailChoice : public QObject
{
    Q_OBJECT

private slots:
    void thumbnailFor_data();
    void thumbnailFor();
};

void TestImageThumbnailChoice::thumbnailFor_data()
{
    QTest::addColumn<QList<qint64>>("sizes");
    QTest::addColumn<qint64>("edge");
    QTest::addColumn<qint64>("expectedId"); // 1-based position in sizes; 0: nullopt

    const QList<qint64> ascending{64, 128, 512, 1080};

    QTest::newRow("no thumbnails") << QList<qint64>{} << qint64(128) << qint64(0);
    QTest::newRow("only one, smaller") << QList<qint64>{64} << qint64(128) << qint64(1);
    QTest::newRow("only one, larger") << QList<qint64>{512} << qint64(128) << qint64(1);
    QTest::newRow("exact match 128") << ascending << qint64(128) << qint64(2);
    QTest::newRow("between sizes 100") << ascending << qint64(100) << qint64(2);
    QTest::newRow("one above a size 129") << ascending << qint64(129) << qint64(3);
    QTest::newRow("exactly the largest") << ascending << qint64(1080) << qint64(4);
    QTest::newRow("larger than all 2000") << ascending << qint64(2000) << qint64(4);
    QTest::newRow("smaller than all 10") << ascending << qint64(10) << qint64(1);
    QTest::newRow("edge 0") << ascending << qint64(0) << qint64(1);
    QTest::newRow("unordered, between") << QList<qint64>{512, 64, 1080, 128} << qint64(100) << qint64(4);
    QTest::newRow("unordered, larger than all") << QList<qint64>{512, 1080, 64} << qint64(2000) << qint64(2);
    QTest::newRow("descending, smaller than all") << QList<qint64>{1080, 512, 128, 64} << qint64(1) << qint64(4);
    QTest::newRow("descending, exact") << QList<qint64>{1080, 512, 128, 64} << qint64(512) << qint64(2);
    QTest::newRow("null first, then sized") << QList<qint64>{noSize, 512, 128} << qint64(100) << qint64(3);
    QTest::newRow("null last, larger than all") << QList<qint64>{128, noSize} << qint64(2000) << qint64(1);
    QTest::newRow("nulls mixed in, larger than all")
        << QList<qint64>{noSize, 64, noSize, 128} << qint64(1000) << qint64(4);
    QTest::newRow("nulls mixed in, between")
        << QList<qint64>{noSize, 1080, noSize, 64, 256, noSize} << qint64(200) << qint64(5);
    QTest::newRow("only one, null") << QList<qint64>{noSize} << qint64(128) << qint64(1);
    QTest::newRow("all null: the first") << QList<qint64>{noSize, noSize, noSize} << qint64(128) << qint64(1);
}

void TestImageThumbnailChoice::thumbnailFor()
{
    QFETCH(QList<qint64>, sizes);
    QFETCH(qint64, edge);
    QFETCH(qint64, expectedId);

    const Image image = imageWithThumbnails(sizes);
    const std::optional<Thumbnail> chosen = image.thumbnailFor(edge);

    if (expectedId == 0) {
        QVERIFY2(!chosen, qPrintable(u"chose thumbnail %1"_s.arg(chosen ? chosen->id : 0)));
        return;
    }
    QVERIFY(chosen.has_value());
    QCOMPARE(chosen->id, expectedId);
    // The whole thumbnail comes back, not only a matching id.
    const Thumbnail &expected = image.thumbnails.at(expectedId - 1);
    QCOMPARE(chosen->file, expected.file);
    QCOMPARE(chosen->size, expected.size);
}

QTEST_GUILESS_MAIN(TestImageThumbnailChoice)
#include "TestImageThumbnailChoice.moc"
