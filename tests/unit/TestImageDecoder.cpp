#include "media/ImageDecoder.h"

#include "PngChunk.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QImageReader>
#include <QTest>
#include <QtEndian>

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>


using namespace Qt::StringLiterals;

// Decoding downloaded thumbnail bytes: by content, scaled to fit, and never
// trusting a header that asks for gigabytes.
class TestImageDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesPngPixelForPixel();
    void decodesByContent_data();
    void decodesByContent();
    void refusesWhatIsNotAnImage_data();
    void refusesWhatIsNotAnImage();
    void truncatedJpegScanData();
    void scalesDownToFit_data();
    void scalesDownToFit();
    void hugeHeaderIsRefused_data();
    void hugeHeaderIsRefused();
    void craftedHeaderIsWellFormed();
    void lowDepthPngScalesWithoutStripes_data();
    void lowDepthPngScalesWithoutStripes();
};

namespace {

// Collects what Qt's image plugins log while it lives (their only account of
// why an image was refused), and keeps it out of the test log.
class MessageCapture
{
public:
    MessageCapture()
    {
        const QMutexLocker lock(&s_mutex);
        s_messages.clear();
        s_previous = qInstallMessageHandler(&MessageCapture::handle);
    }
    ~MessageCapture() { qInstallMessageHandler(s_previous); }
    MessageCapture(const MessageCapture &) = delete;
    MessageCapture &operator=(const MessageCapture &) = delete;

    QString text() const
    {
        const QMutexLocker lock(&s_mutex);
        return s_messages.join(u'\n');
    }
    bool contains(const QString &pattern) const { return text().contains(QRegularExpression(pattern)); }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        const QMutexLocker lock(&s_mutex);
        s_messages.append(message);
    }

    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_messages;
};

QImage pattern(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgba((x * 255) / qMax(1, width - 1), (y * 255) / qMax(1, height - 1), (x ^ y) & 0xff, 255));
    }
    return image;
}

QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, quality))
        qFatal("could not encode a test image as %s", format);
    return bytes;
}

// A real JPEG whose SOF0 frame header is rewritten to announce another size.
QByteArray jpegWithHeader(quint16 width, quint16 height)
{
    QByteArray jpeg = encode(pattern(16, 16), "JPEG");
    // Walk the marker segments (FF xx, big-endian length) up to the frame header.
    qsizetype sof = 2;
    while (sof + 4 <= jpeg.size() && quint8(jpeg.at(sof)) == 0xFF && quint8(jpeg.at(sof + 1)) != 0xC0)
        sof += 2 + qFromBigEndian<quint16>(jpeg.constData() + sof + 2);
    if (sof + 9 > jpeg.size() || quint8(jpeg.at(sof + 1)) != 0xC0)
        qFatal("no SOF0 marker in Qt's JPEG");
    qToBigEndian(height, jpeg.data() + sof + 5);
    qToBigEndian(width, jpeg.data() + sof + 7);
    return jpeg;
}

} // namespace

void TestImageDecoder::decodesPngPixelForPixel()
{
    const QImage original = pattern(40, 30);
    const QByteArray png = encode(original, "PNG");
    QVERIFY(png.startsWith("\x89PNG"));

    const DecodedImage decoded = ImageDecoder::decode(png);

    QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
    QVERIFY(!decoded.image.isNull());
    QCOMPARE(decoded.image.size(), QSize(40, 30));
    QCOMPARE(decoded.image.convertToFormat(QImage::Format_ARGB32), original);
}

void TestImageDecoder::decodesByContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QSize>("size");

    // There is no file name, and no file name is needed: the bytes decide.
    const QImage image = pattern(33, 17);
    QTest::newRow("PNG") << encode(image, "PNG") << QSize(33, 17);
    QTest::newRow("JPEG") << encode(image, "JPEG", 90) << QSize(33, 17);
    QTest::newRow("BMP") << encode(image, "BMP") << QSize(33, 17);
    QTest::newRow("PNG, indexed colours (PIL mode P)")
        << encode(image.convertToFormat(QImage::Format_Indexed8), "PNG") << QSize(33, 17);
    QTest::newRow("PNG, greyscale (PIL mode L)")
        << encode(image.convertToFormat(QImage::Format_Grayscale8), "PNG") << QSize(33, 17);
    QTest::newRow("PNG, 1x1") << encode(pattern(1, 1), "PNG") << QSize(1, 1);
    QTest::newRow("PNG followed by junk") << encode(image, "PNG") + QByteArray(64, 'x') << QSize(33, 17);
}

void TestImageDecoder::decodesByContent()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QSize, size);

    const DecodedImage decoded = ImageDecoder::decode(bytes);

    QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
    QVERIFY(!decoded.image.isNull());
    QCOMPARE(decoded.image.size(), size);
}

void TestImageDecoder::refusesWhatIsNotAnImage_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QByteArray noise(4096, Qt::Uninitialized);
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    const QByteArray png = encode(pattern(64, 64), "PNG");
    const QByteArray jpeg = encode(pattern(64, 64), "JPEG");
    QByteArray badCrc = png;
    badCrc[29] = char(badCrc.at(29) ^ 0x55); // IHDR's CRC no longer matches

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << "\x89"_ba;
    QTest::newRow("text") << "this is not an image"_ba;
    QTest::newRow("noise") << noise;
    QTest::newRow("HTML error page") << "<!doctype html><html><head><title>Not Found</title></head></html>"_ba;
    QTest::newRow("JSON") << R"({"detail": "Not found."})"_ba;
    QTest::newRow("PNG signature only") << png.left(8);
    QTest::newRow("PNG cut inside IHDR") << png.left(20);
    QTest::newRow("PNG cut before image data") << png.left(33);
    QTest::newRow("PNG with a corrupt IHDR CRC") << badCrc;
    QTest::newRow("JPEG SOI only") << jpeg.left(2);
    QTest::newRow("JPEG cut inside the header") << jpeg.left(100);
    QTest::newRow("JPEG cut before the scan") << jpeg.left(jpeg.indexOf("\xff\xda"));
}

void TestImageDecoder::refusesWhatIsNotAnImage()
{
    QFETCH(QByteArray, bytes);

    const MessageCapture capture;
    const DecodedImage decoded = ImageDecoder::decode(bytes, QSize(128, 128));

    QVERIFY(decoded.image.isNull());
    QVERIFY(!decoded.error.isEmpty());
}

void TestImageDecoder::truncatedJpegScanData()
{
    // A JPEG cut in its scan data: libjpeg only warns ("premature end of data
    // segment") and Qt returns the image with its missing part filled in grey.
    const QByteArray jpeg = encode(pattern(256, 256), "JPEG", 90);
    const QByteArray truncated = jpeg.left(jpeg.size() / 2);
    QVERIFY(truncated.contains("\xff\xda")); // the scan has started

    const MessageCapture capture;
    const DecodedImage decoded = ImageDecoder::decode(truncated, QSize(128, 128));
    QVERIFY2(capture.contains(u"premature end of data segment"_s), qPrintable(capture.text()));

    QEXPECT_FAIL("", "a JPEG truncated in its scan data decodes as a partly grey image without an error", Continue);
    QVERIFY(decoded.image.isNull());
    QEXPECT_FAIL("", "a JPEG truncated in its scan data decodes as a partly grey image without an error", Continue);
    QVERIFY(!decoded.error.isEmpty());
}

void TestImageDecoder::scalesDownToFit_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QSize>("original");
    QTest::addColumn<QSize>("maxSize");
    QTest::addColumn<QSize>("expected");

    for (const QByteArray &format : {"PNG"_ba, "JPEG"_ba}) {
        const auto row = [&](const char *name, QSize original, QSize maxSize, QSize expected) {
            QTest::addRow("%s %s", format.constData(), name) << format << original << maxSize << expected;
        };
        row("square 1080 into 128", {1080, 1080}, {128, 128}, {128, 128});
        row("landscape 2:1", {1080, 540}, {128, 128}, {128, 64});
        row("portrait 1:2", {540, 1080}, {128, 128}, {64, 128});
        row("wide into a wide box", {1000, 250}, {400, 200}, {400, 100});
        row("only the height too big", {100, 400}, {128, 128}, {32, 128});
        row("smaller is not enlarged", {100, 50}, {128, 128}, {100, 50});
        row("exactly the box", {128, 128}, {128, 128}, {128, 128});
        row("no box: original size", {1080, 540}, QSize(), {1080, 540});
    }
}

void TestImageDecoder::scalesDownToFit()
{
    QFETCH(QByteArray, format);
    QFETCH(QSize, original);
    QFETCH(QSize, maxSize);
    QFETCH(QSize, expected);

    const QByteArray bytes = encode(pattern(original.width(), original.height()), format.constData());

    const DecodedImage decoded = ImageDecoder::decode(bytes, maxSize);

    QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
    QCOMPARE(decoded.image.size(), expected);
    if (maxSize.isValid()) {
        QVERIFY(decoded.image.width() <= maxSize.width());
        QVERIFY(decoded.image.height() <= maxSize.height());
    }
}

void TestImageDecoder::hugeHeaderIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QSize>("maxSize");
    QTest::addColumn<QString>("reason"); // what refused it, as Qt logs it

    // 20000 × 20000 RGBA is 1.6 GB, far beyond the 128 MB allocation limit.
    const QString allocationLimit = u"exceeds the current allocation limit of 128 megabytes"_s;
    QTest::newRow("PNG 20000x20000") << pngWithHeader(20000, 20000) << QSize() << allocationLimit;
    QTest::newRow("PNG 65535x65535") << pngWithHeader(65535, 65535) << QSize() << allocationLimit;
    QTest::newRow("PNG 20000x20000, scaled to 128") << pngWithHeader(20000, 20000) << QSize(128, 128)
                                                    << allocationLimit;
    QTest::newRow("JPEG 20000x20000") << jpegWithHeader(20000, 20000) << QSize() << allocationLimit;
    QTest::newRow("JPEG 20000x20000, scaled to 128") << jpegWithHeader(20000, 20000) << QSize(128, 128)
                                                     << allocationLimit;
    // Beyond what the codecs take at all: refused before Qt's limit is asked.
    QTest::newRow("PNG 1x2000000000") << pngWithHeader(1, 2000000000) << QSize(128, 128)
                                      << u"exceeds user limit"_s;
    QTest::newRow("JPEG 65535x65535") << jpegWithHeader(65535, 65535) << QSize() << u"Maximum supported image dimension"_s;
}

void TestImageDecoder::hugeHeaderIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QSize, maxSize);
    QFETCH(QString, reason);
    QVERIFY(bytes.size() < 4096); // the attack costs nothing to send

    DecodedImage decoded;
    QString log;
    QElapsedTimer timer;
    {
        const MessageCapture capture;
        timer.start();
        decoded = ImageDecoder::decode(bytes, maxSize);
        log = capture.text();
    }
    // Refused from the header alone: decoding 400 million pixels would take
    // seconds and over a gigabyte; a refusal takes milliseconds.
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

    const bool refused = decoded.image.isNull() && !decoded.error.isEmpty();
    QVERIFY2(refused, qPrintable(log));
    // Refused for its announced size before any pixel is decoded: by the
    // decoder's own check (which also guards scaled reads, where Qt never
    // consults the limit) or by Qt's reader on the header.
    QVERIFY2(decoded.error.contains(u"too large"_s) || log.contains(reason), qPrintable(decoded.error + log));
}

void TestImageDecoder::craftedHeaderIsWellFormed()
{
    // The crafted files are refused for their size, not for a broken header:
    // the same construction with a small size is read as a real header.
    const QByteArray png = pngWithHeader(48, 24);
    QBuffer pngBuffer;
    pngBuffer.setData(png);
    pngBuffer.open(QIODevice::ReadOnly);
    QImageReader pngReader(&pngBuffer);
    QVERIFY(pngReader.canRead());
    QCOMPARE(pngReader.format(), "png"_ba);
    QCOMPARE(pngReader.size(), QSize(48, 24));

    QBuffer bigPngBuffer;
    bigPngBuffer.setData(pngWithHeader(20000, 20000));
    bigPngBuffer.open(QIODevice::ReadOnly);
    QCOMPARE(QImageReader(&bigPngBuffer).size(), QSize(20000, 20000));

    QBuffer jpegBuffer;
    jpegBuffer.setData(jpegWithHeader(20000, 20000));
    jpegBuffer.open(QIODevice::ReadOnly);
    QCOMPARE(QImageReader(&jpegBuffer).size(), QSize(20000, 20000));
}

void TestImageDecoder::lowDepthPngScalesWithoutStripes_data()
{
    QTest::addColumn<int>("colours"); // palette size: 2 is written 1 bit a pixel, more as 8 bits
    QTest::addColumn<bool>("lowDepth");
    QTest::newRow("1 bit palette") << 2 << true;
    QTest::newRow("8 bit palette") << 256 << false;
}

// An 800 x 600 single-colour PNG of few bits a pixel (as
// `convert -size 800x600 xc:orange` saves it) previewed at a reduced size:
// Qt 6.4's scaled PNG read gave stripes; every pixel must stay orange.
void TestImageDecoder::lowDepthPngScalesWithoutStripes()
{
    QFETCH(int, colours);
    QFETCH(bool, lowDepth);
    const QColor orange(0xff, 0xa5, 0x00);
    QImage picture(800, 600, colours == 2 ? QImage::Format_Mono : QImage::Format_Indexed8);
    QList<QRgb> table(colours, qRgb(0, 0, 0));
    table[0] = orange.rgb();
    picture.setColorTable(table);
    picture.fill(0);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(picture.save(&buffer, "PNG"));
    QCOMPARE(ImageDecoder::isLowDepthPng(png), lowDepth);

    const DecodedImage decoded = ImageDecoder::decode(png, QSize(128, 128));
    QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
    QCOMPARE(decoded.image.size(), QSize(128, 96));
    for (int y = 0; y < decoded.image.height(); y += 7) {
        for (int x = 0; x < decoded.image.width(); x += 7)
            QCOMPARE(decoded.image.pixelColor(x, y).rgb(), orange.rgb());
    }
}

QTEST_GUILESS_MAIN(TestImageDecoder)
#include "TestImageDecoder.moc"
