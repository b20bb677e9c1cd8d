#include "media/ClipboardImage.h"

#include "TestImages.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <utime.h>
#endif

using namespace Qt::StringLiterals;

// A pasted picture made a file for the upload: bytes in an image format
// kept as they are, a bitmap encoded to PNG, each paste in a folder of its
// own, and the folders of pastes a day old cleared away.
class TestClipboardImage : public QObject
{
    Q_OBJECT

private slots:
    void savesWhatTheClipboardHolds_data();
    void savesWhatTheClipboardHolds();
    void oldPastesAreRemoved();
};

void TestClipboardImage::savesWhatTheClipboardHolds_data()
{
    QTest::addColumn<QString>("format"); // a MIME type, "bitmap", or "text"
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("suffix"); // of the saved file; empty: nothing to save

    const QByteArray png = pngBytes({12, 8}, Qt::darkRed);
    QTest::newRow("PNG bytes") << u"image/png"_s << png << u"png"_s;
    QTest::newRow("JPEG bytes") << u"image/jpeg"_s << QByteArray("\xff\xd8\xff\xe0 not checked here") << u"jpg"_s;
    QTest::newRow("bitmap only") << u"bitmap"_s << png << u"png"_s;
    QTest::newRow("text only") << u"text"_s << QByteArray("a picture of a cat") << QString();
    QTest::newRow("empty PNG entry") << u"image/png"_s << QByteArray() << QString();
}

void TestClipboardImage::savesWhatTheClipboardHolds()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, suffix);
    QMimeData mime;
    if (format == u"bitmap"_s)
        mime.setImageData(QImage::fromData(bytes));
    else if (format == u"text"_s)
        mime.setText(QString::fromUtf8(bytes));
    else
        mime.setData(format, bytes);

    const ClipboardImage image = ClipboardImage::from(&mime);
    QCOMPARE(image.isEmpty(), suffix.isEmpty());
    if (suffix.isEmpty())
        return;
    QTemporaryDir folder;
    const ClipboardImage::Saved saved = image.save(folder.filePath(u"pasted"_s));
    QVERIFY2(saved.error.isEmpty(), qPrintable(saved.error));
    const QFileInfo file(saved.path);
    QVERIFY(file.isFile());
    QVERIFY2(file.fileName().startsWith(u"Pasted image "_s), qPrintable(file.fileName()));
    QCOMPARE(file.suffix(), suffix);
    // In a folder of its own, so that two pastes in one second keep apart.
    QCOMPARE(QFileInfo(file.absolutePath()).absolutePath(), QFileInfo(folder.filePath(u"pasted"_s)).absoluteFilePath());
    QFile written(saved.path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray content = written.readAll();
    if (format == u"bitmap"_s)
        QCOMPARE(QImage::fromData(content, "PNG"), QImage::fromData(bytes));
    else
        QCOMPARE(content, bytes);
}

void TestClipboardImage::oldPastesAreRemoved()
{
    QTemporaryDir folder;
    QMimeData mime;
    mime.setData(u"image/png"_s, pngBytes({4, 4}));
    const ClipboardImage image = ClipboardImage::from(&mime);
    const ClipboardImage::Saved old = image.save(folder.path());
    const ClipboardImage::Saved recent = image.save(folder.path());
    QVERIFY(!old.path.isEmpty() && !recent.path.isEmpty());
    const QString oldFolder = QFileInfo(old.path).absolutePath();
#ifdef Q_OS_UNIX
    // Two days old (QFile cannot open a folder to set its time).
    const time_t twoDaysAgo = time_t(QDateTime::currentSecsSinceEpoch() - 2 * 24 * 3600);
    const utimbuf times{twoDaysAgo, twoDaysAgo};
    QCOMPARE(utime(QFile::encodeName(oldFolder).constData(), &times), 0);
#else
    QSKIP("setting a folder's time needs utime()");
#endif
    const ClipboardImage::Saved next = image.save(folder.path());
    QVERIFY(!next.path.isEmpty());
    QVERIFY(!QFileInfo::exists(oldFolder));
    QVERIFY(QFileInfo::exists(recent.path)); // its upload may still be reading it
    QVERIFY(QFileInfo::exists(next.path));
}

QTEST_GUILESS_MAIN(TestClipboardImage)
#include "TestClipboardImage.moc"
