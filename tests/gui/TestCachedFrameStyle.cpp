#include "CachedFrameStyle.h"

#include <QImage>
#include <QPainter>
#include <QPixmapCache>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

#include <algorithm>
#include <memory>

// A line edit's frame copied from the cache looks as Fusion draws it, for
// each size, focus, colour group, palette and pixel ratio: the first time
// (drawn into the cache) and the second (copied from it). Through a painter
// that scales, and over any other style, it is drawn as the style draws it.
class TestCachedFrameStyle : public QObject
{
    Q_OBJECT

private slots:
    void looksAsFusionDrawsIt_data();
    void looksAsFusionDrawsIt();
    void otherStylesAndScalingPaintersDrawTheirOwn();
};

namespace {

QImage frameDrawnBy(const QStyle &style, QSize size, QStyle::State state, const QPalette &palette, qreal ratio,
                    const QTransform &transform = {})
{
    QImage image((QSizeF(size + QSize(10, 10)) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    painter.setTransform(transform);
    QStyleOptionFrame option;
    option.rect = QRect(QPoint(4, 3), size);
    option.state = state;
    option.palette = palette;
    option.lineWidth = 1;
    style.drawPrimitive(QStyle::PE_FrameLineEdit, &option, &painter);
    return image;
}

// Copying the frame rounds each antialiased pixel once more (to a
// premultiplied 8 bits) than drawing it in place, per stroke that covers it
// (a focused frame has two): at most 2 of 255 apart, not to be seen.
int largestDifference(const QImage &left, const QImage &right)
{
    int largest = 0;
    for (int y = 0; y < left.height(); ++y) {
        const auto *l = reinterpret_cast<const QRgb *>(left.constScanLine(y));
        const auto *r = reinterpret_cast<const QRgb *>(right.constScanLine(y));
        for (int x = 0; x < left.width(); ++x) {
            largest = std::max({largest, std::abs(qRed(l[x]) - qRed(r[x])), std::abs(qGreen(l[x]) - qGreen(r[x])),
                                std::abs(qBlue(l[x]) - qBlue(r[x])), std::abs(qAlpha(l[x]) - qAlpha(r[x]))});
        }
    }
    return largest;
}

QPalette dark()
{
    QPalette palette(QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::Highlight, QColor(0xe0, 0x70, 0x20));
    // Each group its own outline and focus.
    palette.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x20, 0x70, 0xe0));
    palette.setColor(QPalette::Disabled, QPalette::Window, QColor(0x90, 0x40, 0x40));
    return palette;
}

} // namespace

void TestCachedFrameStyle::looksAsFusionDrawsIt_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("focused");
    QTest::addColumn<int>("group");
    QTest::addColumn<bool>("darkPalette");
    QTest::addColumn<qreal>("ratio");
    for (const QSize size : {QSize(523, 27), QSize(200, 24), QSize(7, 5)}) {
        for (bool focused : {false, true}) {
            for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
                for (bool darkPalette : {false, true}) {
                    for (qreal ratio : {1.0, 2.0}) {
                        QTest::addRow("%dx%d%s, group %d%s, ratio %g", size.width(), size.height(),
                                      focused ? ", focused" : "", int(group), darkPalette ? ", dark" : "", ratio)
                            << size << focused << int(group) << darkPalette << ratio;
                    }
                }
            }
        }
    }
}

void TestCachedFrameStyle::looksAsFusionDrawsIt()
{
    QFETCH(QSize, size);
    QFETCH(bool, focused);
    QFETCH(int, group);
    QFETCH(bool, darkPalette);
    QFETCH(qreal, ratio);
    QPixmapCache::clear();
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"fusion"_qs));
    CachedFrameStyle cached(QStyleFactory::create(u"fusion"_qs));
    const QPalette base = darkPalette ? dark() : fusion->standardPalette();
    const QStyle::State state = QStyle::State_Enabled | (focused ? QStyle::State_HasFocus : QStyle::State_None);
    // The frames of every other palette, colour group and ratio in the
    // cache first: none of them may be taken for this one.
    const QPalette otherBase = darkPalette ? fusion->standardPalette() : dark();
    for (const QPalette &otherPalette : {otherBase, base}) {
        for (const QPalette::ColorGroup otherGroup : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            for (qreal otherRatio : {1.0, 2.0}) {
                QPalette other = otherPalette;
                other.setCurrentColorGroup(otherGroup);
                frameDrawnBy(cached, size, state, other, otherRatio);
            }
        }
    }
    QPalette palette = base;
    palette.setCurrentColorGroup(QPalette::ColorGroup(group));
    const QImage drawn = frameDrawnBy(*fusion, size, state, palette, ratio);
    QCOMPARE_LE(largestDifference(frameDrawnBy(cached, size, state, palette, ratio), drawn), 2);
    QCOMPARE_LE(largestDifference(frameDrawnBy(cached, size, state, palette, ratio), drawn), 2); // from the cache
    // And the test can tell frames apart: the other focus's differs.
    const QImage other = frameDrawnBy(cached, size, state ^ QStyle::State_HasFocus, palette, ratio);
    QCOMPARE_GT(largestDifference(other, drawn), 8);
}

void TestCachedFrameStyle::otherStylesAndScalingPaintersDrawTheirOwn()
{
    const QSize size(200, 24);
    const QPalette palette = QStyleFactory::create(u"fusion"_qs)->standardPalette();
    const QStyle::State state = QStyle::State_Enabled;

    const std::unique_ptr<QStyle> windows(QStyleFactory::create(u"windows"_qs));
    CachedFrameStyle overWindows(QStyleFactory::create(u"windows"_qs));
    QCOMPARE(frameDrawnBy(overWindows, size, state, palette, 1), frameDrawnBy(*windows, size, state, palette, 1));

    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"fusion"_qs));
    CachedFrameStyle cached(QStyleFactory::create(u"fusion"_qs));
    const QTransform scaled = QTransform::fromScale(1.5, 1.5);
    QCOMPARE(frameDrawnBy(cached, size, state, palette, 1, scaled), frameDrawnBy(*fusion, size, state, palette, 1, scaled));
}

QTEST_MAIN(TestCachedFrameStyle)
#include "TestCachedFrameStyle.moc"
