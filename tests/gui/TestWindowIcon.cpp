#include "WindowIcon.h"

#include <QApplication>
#include <QIcon>
#include <QTest>
#include <QWidget>

// The window icon comes after the first frame, decoded on a worker, and is
// the bundled 256-pixel picture.
class TestWindowIcon : public QObject
{
    Q_OBJECT

private slots:
    void comesAfterTheFirstFrame();
};

void TestWindowIcon::comesAfterTheFirstFrame()
{
    QWidget window;
    window.resize(200, 100);
    WindowIcon::setAfterFirstFrame(&window);
    QCoreApplication::processEvents();
    QVERIFY(QGuiApplication::windowIcon().isNull()); // nothing before the window paints
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!QGuiApplication::windowIcon().isNull());
    const QIcon icon = QGuiApplication::windowIcon();
    QCOMPARE(icon.availableSizes(), QList<QSize>{QSize(256, 256)});
    QCOMPARE(window.windowIcon().cacheKey(), icon.cacheKey());
    // Opaque somewhere: a real picture, not an empty image of the right size.
    const QImage pixels = icon.pixmap(QSize(256, 256)).toImage();
    QVERIFY(pixels.pixelColor(128, 128).alpha() > 0);
}

QTEST_MAIN(TestWindowIcon)
#include "TestWindowIcon.moc"
