#include "media/ImageFileCheck.h"
#include "text/PersianText.h"

#include "PngChunk.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>
#include <QtEndian>

using namespace Qt::StringLiterals;

// A local file checked before upload: judged by its content and its size on
// disk, never by its name, with a clear reason for every refusal.
class TestImageFileCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void checksAFile_data();
    void checksAFile();
    void aMissingFileIsRefused();
    void runsInAWorkerThread();

private:
    QString write(const QString &relativePath, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

namespace {

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        qFatal("Qt could not encode %s", format);
    return bytes;
}

QImage pattern(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, (x + y) % 256));
    return image;
}

} // namespace

void TestImageFileCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestImageFileCheck::write(const QString &relativePath, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImageFileCheck::checksAFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QSize>("previewSize");

    const QByteArray png = encode(pattern(600, 300), "PNG");
    const QByteArray jpeg = encode(pattern(120, 80), "JPEG");
    const qint64 tenMegabytes = ImageFileCheck::defaultMaxBytes;

    QTest::newRow("PNG named .txt") << u"picture.txt"_s << png << tenMegabytes << true << "png"_ba << QSize(600, 300)
                                    << QSize(256, 128);
    QTest::newRow("JPEG") << u"photo.jpg"_s << jpeg << tenMegabytes << true << "jpeg"_ba << QSize(120, 80)
                          << QSize(120, 80);
    QTest::newRow("JPEG without extension") << u"photo"_s << jpeg << tenMegabytes << true << "jpeg"_ba
                                            << QSize(120, 80) << QSize(120, 80);
    QTest::newRow("JPEG named .png") << u"photo.png"_s << jpeg << tenMegabytes << true << "jpeg"_ba
                                     << QSize(120, 80) << QSize(120, 80);
    QTest::newRow("Persian folder and name") << u"تصاویر/تصویر نمونه‌ی پروژه.png"_s << png << tenMegabytes << true
                                             << "png"_ba << QSize(600, 300) << QSize(256, 128);
    QTest::newRow("exactly at the limit") << u"at-limit.png"_s << png << qint64(png.size()) << true << "png"_ba
                                          << QSize(600, 300) << QSize(256, 128);

    QTest::newRow("text named .png") << u"notes.png"_s << "Just some notes, not a picture.\n"_ba << tenMegabytes
                                     << false << QByteArray() << QSize() << QSize();
    QTest::newRow("HTML named .jpg") << u"page.jpg"_s << "<!DOCTYPE html><html><body>404</body></html>\n"_ba
                                     << tenMegabytes << false << QByteArray() << QSize() << QSize();
    QTest::newRow("empty") << u"empty.png"_s << QByteArray() << tenMegabytes << false << QByteArray() << QSize()
                           << QSize();
    QTest::newRow("one byte over the limit") << u"over.png"_s << png << qint64(png.size() - 1) << false
                                             << QByteArray() << QSize() << QSize();
    QTest::newRow("PNG announcing 20000x20000") << u"huge.png"_s << pngWithHeader(20000, 20000) << tenMegabytes
                                                << false << "png"_ba << QSize(20000, 20000) << QSize();
    QTest::newRow("truncated PNG") << u"truncated.png"_s << png.left(png.size() / 2) << tenMegabytes << false
                                   << "png"_ba << QSize(600, 300) << QSize();
}

void TestImageFileCheck::checksAFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, maxBytes);
    QFETCH(bool, ok);
    QFETCH(QByteArray, format);
    QFETCH(QSize, size);
    QFETCH(QSize, previewSize);

    const QString path = write(fileName, bytes);
    const ImageFileCheck::Result result = ImageFileCheck::check(path, maxBytes);

    QCOMPARE(result.ok, ok);
    QCOMPARE(result.bytes, qint64(bytes.size()));
    QCOMPARE(result.format, format);
    QCOMPARE(result.size, size);
    if (ok) {
        QCOMPARE(result.preview.size(), previewSize);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    } else {
        QVERIFY(result.preview.isNull());
        // Says which file, so the user knows what to pick again.
        QVERIFY2(result.error.contains(QFileInfo(path).fileName()), qPrintable(result.error));
    }
}

void TestImageFileCheck::aMissingFileIsRefused()
{
    const ImageFileCheck::Result result = ImageFileCheck::check(m_dir.filePath(u"گم‌شده.png"_s));
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(u"گم‌شده.png"_s));
    // A folder given for the file is called one, not missing.
    QVERIFY(QDir(m_dir.path()).mkpath(u"پوشهٔ تصویرها"_s));
    const ImageFileCheck::Result folder = ImageFileCheck::check(m_dir.filePath(u"پوشهٔ تصویرها"_s));
    QVERIFY(!folder.ok);
    QCOMPARE(folder.error,
             ImageFileCheck::tr("%1 is a folder, not an image file.").arg(PersianText::isolated(u"پوشهٔ تصویرها"_s)));
}

void TestImageFileCheck::runsInAWorkerThread()
{
    const QString path = write(u"worker.png"_s, encode(pattern(64, 64), "PNG"));
    QFuture<ImageFileCheck::Result> future = QtConcurrent::run([path] { return ImageFileCheck::check(path); });
    const ImageFileCheck::Result result = future.result();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.preview.size(), QSize(64, 64));
}

QTEST_GUILESS_MAIN(TestImageFileCheck)
#include "TestImageFileCheck.moc"
