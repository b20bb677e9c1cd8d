#include "DeferredIconEngine.h"
#include "FocusStyle.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QStyleOption>
#include <QTest>

using namespace Qt::StringLiterals;

// Icons made on first use: a deferred icon is not made until it is drawn or
// measured, is made once, and draws what the icon it stands for draws; the
// style's overflow arrows come deferred and look as the base style's own,
// in both directions. The style's standard icons are made once for each
// direction and icon theme, and look as the base style's own.
class TestDeferredIcon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void madeOnFirstUseOnly();
    void standardIconIsTheBaseStyles_data();
    void standardIconIsTheBaseStyles();
    void standardIconsAreMadeOncePerDirectionAndTheme();
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

void TestDeferredIcon::standardIconIsTheBaseStyles_data()
{
    QTest::addColumn<int>("standardIcon");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    // The overflow arrows come deferred (DeferredIconEngine).
    QTest::newRow("overflow, horizontal, left to right") << int(QStyle::SP_ToolBarHorizontalExtensionButton) << Qt::LeftToRight;
    QTest::newRow("overflow, horizontal, right to left (Persian)")
        << int(QStyle::SP_ToolBarHorizontalExtensionButton) << Qt::RightToLeft;
    QTest::newRow("overflow, vertical, left to right") << int(QStyle::SP_ToolBarVerticalExtensionButton) << Qt::LeftToRight;
    QTest::newRow("OK button") << int(QStyle::SP_DialogOkButton) << Qt::LeftToRight;
    QTest::newRow("Cancel button, right to left") << int(QStyle::SP_DialogCancelButton) << Qt::RightToLeft;
    QTest::newRow("a question") << int(QStyle::SP_MessageBoxQuestion) << Qt::LeftToRight;
    QTest::newRow("back arrow, left to right") << int(QStyle::SP_ArrowBack) << Qt::LeftToRight;
    QTest::newRow("back arrow, right to left") << int(QStyle::SP_ArrowBack) << Qt::RightToLeft;
}

void TestDeferredIcon::standardIconIsTheBaseStyles()
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
    // Made, then from the cache: the same picture both times.
    QCOMPARE(imageOf(style->standardIcon(which, &option)), expected);
    QCOMPARE(imageOf(style->standardIcon(which, &option)), expected);
}

void TestDeferredIcon::standardIconsAreMadeOncePerDirectionAndTheme()
{
    QStyle *style = QApplication::style();
    QStyleOption leftToRight;
    leftToRight.direction = Qt::LeftToRight;
    QStyleOption rightToLeft;
    rightToLeft.direction = Qt::RightToLeft;
    const QIcon ok = style->standardIcon(QStyle::SP_DialogOkButton, &leftToRight);
    QVERIFY(!ok.isNull());
    // Every later dialog's OK button shares it: no image decoded again.
    QCOMPARE(style->standardIcon(QStyle::SP_DialogOkButton, &leftToRight).cacheKey(), ok.cacheKey());
    QCOMPARE(style->standardIcon(QStyle::SP_DialogOkButton).cacheKey(), ok.cacheKey());
    // An arrow points the other way in a right-to-left UI.
    const QIcon back = style->standardIcon(QStyle::SP_ArrowBack, &leftToRight);
    const QIcon backInPersian = style->standardIcon(QStyle::SP_ArrowBack, &rightToLeft);
    QVERIFY(imageOf(back) != imageOf(backInPersian));
    QCOMPARE(style->standardIcon(QStyle::SP_ArrowBack, &rightToLeft).cacheKey(), backInPersian.cacheKey());
    // Another icon theme (the desktop's changed): looked up again.
    const QString theme = QIcon::themeName();
    QIcon::setThemeName(u"another-theme"_s);
    const qint64 inOtherTheme = style->standardIcon(QStyle::SP_DialogOkButton, &leftToRight).cacheKey();
    QIcon::setThemeName(theme);
    QVERIFY(inOtherTheme != ok.cacheKey());
    QCOMPARE(style->standardIcon(QStyle::SP_DialogOkButton, &leftToRight).cacheKey(), ok.cacheKey());
}

QTEST_MAIN(TestDeferredIcon)
#include "TestDeferredIcon.moc"
