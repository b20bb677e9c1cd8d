#include "UserFolders.h"

#include "MainWindow.h"
#include "WindowPlacement.h"
#include "api/NetworkSetup.h"
#include "storage/SettingsWriter.h"

#include <QApplication>
#include <QScreen>
#include <QTest>

#include <memory>

// The main window opens where the user left it, on a screen that is there,
// and the first time no larger than the screen's free area. The real
// window under Xvfb, which runs no window manager: a window's frame is the
// window itself, and it goes where it is put.
class TestWindowPlacement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSizeFitsTheScreen_data();
    void firstSizeFitsTheScreen();
    void aWindowLargerThanTheScreenIsKeptWithinIt_data();
    void aWindowLargerThanTheScreenIsKeptWithinIt();
    void reopensWhereItWasLeft();
    void reopensMaximized();
    void aPlaceLargerThanTheScreenComesBackWithinIt();

private:
    // Shown until exposed, then closed as a person closes it.
    std::unique_ptr<MainWindow> openWindow();
    static void closeWindow(MainWindow &window);

    SettingsWriter m_settingsWriter; // as in main(): settings written by its worker
};

void TestWindowPlacement::initTestCase()
{
    keepOutOfUserFolders();
}

void TestWindowPlacement::firstSizeFitsTheScreen_data()
{
    QTest::addColumn<QSize>("designed");
    QTest::addColumn<QSize>("available");
    QTest::addColumn<QSize>("expected");
    const QSize designed(1280, 860);
    QTest::newRow("Full HD under a panel") << designed << QSize(1920, 1040) << designed;
    QTest::newRow("just room for a title bar") << designed << QSize(1280, 900) << designed;
    QTest::newRow("1366x768 laptop under a panel") << designed << QSize(1366, 740) << QSize(1280, 700);
    QTest::newRow("1024x600 netbook") << designed << QSize(1024, 600) << QSize(1024, 560);
    QTest::newRow("narrower only") << designed << QSize(1200, 1000) << QSize(1200, 860);
    QTest::newRow("no screen area") << designed << QSize(0, 0) << QSize(0, 0);
}

void TestWindowPlacement::firstSizeFitsTheScreen()
{
    QFETCH(QSize, designed);
    QFETCH(QSize, available);
    QFETCH(QSize, expected);
    QCOMPARE(WindowPlacement::firstSize(designed, available), expected);
}

void TestWindowPlacement::aWindowLargerThanTheScreenIsKeptWithinIt_data()
{
    QTest::addColumn<QRect>("placed");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("expected");
    const QRect laptop(0, 28, 1366, 740);
    // A window that fits is where the user left it, even close to an edge:
    // moving it would walk it down the screen a little at every start.
    QTest::newRow("fits") << QRect(100, 80, 1000, 600) << laptop << QRect(100, 80, 1000, 600);
    QTest::newRow("fits, at the panel") << QRect(0, 30, 1280, 600) << laptop << QRect(0, 30, 1280, 600);
    QTest::newRow("left on a larger monitor") << QRect(300, 200, 1800, 1100) << laptop << QRect(0, 68, 1366, 700);
    QTest::newRow("too tall only") << QRect(50, 90, 1200, 1000) << laptop << QRect(50, 68, 1200, 700);
    QTest::newRow("too wide, near the right edge")
        << QRect(900, 100, 1500, 500) << laptop << QRect(0, 100, 1366, 500);
    QTest::newRow("a second monitor to the right")
        << QRect(2000, 50, 2000, 1300) << QRect(1920, 0, 1920, 1200) << QRect(1920, 40, 1920, 1160);
}

void TestWindowPlacement::aWindowLargerThanTheScreenIsKeptWithinIt()
{
    QFETCH(QRect, placed);
    QFETCH(QRect, available);
    QFETCH(QRect, expected);
    QCOMPARE(WindowPlacement::keptWithin(placed, available), expected);
}

std::unique_ptr<MainWindow> TestWindowPlacement::openWindow()
{
    auto window = std::make_unique<MainWindow>(NetworkSetup::createManagers(this));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    return window;
}

void TestWindowPlacement::closeWindow(MainWindow &window)
{
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
}

void TestWindowPlacement::reopensWhereItWasLeft()
{
    const QRect left(QPoint(70, 40), QSize(1000, 700));
    {
        const std::unique_ptr<MainWindow> first = openWindow();
        QVERIFY(first);
        QVERIFY(first->geometry() != left);
        first->setGeometry(left);
        QTRY_COMPARE(first->geometry(), left);
        closeWindow(*first);
    }
    const auto second = std::make_unique<MainWindow>(NetworkSetup::createManagers(this));
    // Sized before it is shown: its splitters share out the size it opens at.
    QCOMPARE(second->size(), left.size());
    second->show();
    QVERIFY(QTest::qWaitForWindowExposed(second.get()));
    QTRY_COMPARE(second->geometry(), left);
}

void TestWindowPlacement::reopensMaximized()
{
    {
        const std::unique_ptr<MainWindow> first = openWindow();
        QVERIFY(first);
        first->showMaximized();
        QTRY_VERIFY(first->isMaximized());
        closeWindow(*first);
    }
    const std::unique_ptr<MainWindow> second = openWindow();
    QVERIFY(second);
    QVERIFY(second->isMaximized());
}

void TestWindowPlacement::aPlaceLargerThanTheScreenComesBackWithinIt()
{
    const QRect available = QApplication::primaryScreen()->availableGeometry();
    {
        const std::unique_ptr<MainWindow> first = openWindow();
        QVERIFY(first);
        // Left on a larger screen than this one, and off its edge.
        const QRect tooLarge(available.topLeft() + QPoint(200, 100), available.size() + QSize(400, 300));
        first->setGeometry(tooLarge);
        QTRY_COMPARE(first->geometry(), tooLarge);
        closeWindow(*first);
    }
    const std::unique_ptr<MainWindow> second = openWindow();
    QVERIFY(second);
    QTRY_VERIFY2(available.contains(second->frameGeometry()),
                 qPrintable(QStringLiteral("opened at %1,%2 %3x%4 on a free area of %5x%6")
                                .arg(second->frameGeometry().x())
                                .arg(second->frameGeometry().y())
                                .arg(second->frameGeometry().width())
                                .arg(second->frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height())));
}

QTEST_MAIN(TestWindowPlacement)
#include "TestWindowPlacement.moc"
