#include "DeferredIconEngine.h"
#include "FocusStyle.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QStyleOption>
#include <QTest>

// Icons made on first use: a deferred icon is not made until it is drawn or
// measured, is made once, and draws what the icon it stands for draws; the
// style's overflow arrows come deferred and look as the base style's own,
// in both directions.
class TestDeferredIcon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void madeOnFirstUseOnly();
    void overflowArrowIsTheBaseStyles_data();
    void overflowArrowIsTheBaseStyles();
};

namespace {
QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16)).toImage();
}
} // namespace

void TestDeferredIcon::initTestCase()
{
    FocusStyle::install();
}

void TestDeferredIcon::madeOnFirstUseOnly()
{
    QPixmap red(16, 16);
    red.fill(Qt::red);
    int made = 0;
    const QIcon icon(new DeferredIconEngine([&] {
        ++made;
        return QIcon(red);
    }));
    QCOMPARE(made, 0); // building it made nothing
    QVERIFY(!icon.isNull());
    QCOMPARE(made, 1);
    QCOMPARE(imageOf(icon), red.toImage());
    QCOMPARE(icon.actualSize(QSize(32, 32)), QSize(16, 16));
    QCOMPARE(made, 1);
}

void TestDeferredIcon::overflowArrowIsTheBaseStyles_data()
{
    QTest::addColumn<int>("standardIcon");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("horizontal, left to right") << int(QStyle::SP_ToolBarHorizontalExtensionButton) << Qt::LeftToRight;
    QTest::newRow("horizontal, right to left (Persian)") << int(QStyle::SP_ToolBarHorizontalExtensionButton) << Qt::RightToLeft;
    QTest::newRow("vertical, left to right") << int(QStyle::SP_ToolBarVerticalExtensionButton) << Qt::LeftToRight;
}

void TestDeferredIcon::overflowArrowIsTheBaseStyles()
{
    QFETCH(int, standardIcon);
    QFETCH(Qt::LayoutDirection, direction);
    auto *style = qobject_cast<FocusStyle *>(QApplication::style());
    QVERIFY(style);
    QStyleOption option;
    option.direction = direction;
    const auto which = QStyle::StandardPixmap(standardIcon);
    const QImage expected = imageOf(style->baseStyle()->standardIcon(which, &option));
    QVERIFY(!expected.isNull());
    QCOMPARE(imageOf(style->standardIcon(which, &option)), expected);
}

QTEST_MAIN(TestDeferredIcon)
#include "TestDeferredIcon.moc"
