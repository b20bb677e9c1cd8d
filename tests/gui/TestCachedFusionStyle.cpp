#include "CachedFusionStyle.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPixmapCache>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

// A line edit's frame copied from the cache looks as Fusion draws it, for
// each size, focus, colour group, palette and pixel ratio: the first time
// (drawn into the cache) and the second (copied from it). Through a painter
// that scales, and over any other style, it is drawn as the style draws it.
// A text drawn from its kept layout is Fusion's to the pixel, whatever
// texts, fonts, flags, directions and resolutions were drawn before it.
class TestCachedFusionStyle : public QObject
{
    Q_OBJECT

private slots:
    void looksAsFusionDrawsIt_data();
    void looksAsFusionDrawsIt();
    void otherStylesAndScalingPaintersDrawTheirOwn();
    void textsLookAsFusionDrawsThem_data();
    void textsLookAsFusionDrawsThem();
    void textsOverOtherStylesAreTheirs();
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

struct ItemText
{
    QString text;
    int flags;
    Qt::LayoutDirection direction;
    QFont font;
    int dotsPerMeter;
};

QImage textDrawnBy(const QStyle &style, const ItemText &item, const QPalette &palette, bool enabled,
                   QPalette::ColorRole role)
{
    QImage image(260, 60, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(item.dotsPerMeter);
    image.setDotsPerMeterY(item.dotsPerMeter);
    image.fill(palette.color(QPalette::Window));
    QPainter painter(&image);
    painter.setLayoutDirection(item.direction);
    painter.setFont(item.font);
    painter.setPen(Qt::darkGreen); // the text's own colour without a role
    style.drawItemText(&painter, QRect(5, 4, 250, 50), item.flags, palette, enabled, item.text, role);
    return image;
}

QList<ItemText> itemTexts()
{
    const QFont font = QApplication::font();
    QFont larger = font;
    larger.setPointSizeF(font.pointSizeF() * 1.5);
    QFont bold = font;
    bold.setBold(true);
    const int screen = 3780; // 96 dpi
    const int button = Qt::AlignCenter | Qt::TextShowMnemonic;
    const int label = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
    QList<ItemText> texts;
    for (const QString &text : {u"&Create link"_s, u"&ساختن پیوند"_s, u"Choose an image from the portfolio"_s}) {
        // Each the same text as the one before but for one thing.
        texts += {text, button, Qt::LeftToRight, font, screen};
        texts += {text, label, Qt::LeftToRight, font, screen};
        texts += {text, label, Qt::RightToLeft, font, screen};
        texts += {text, label, Qt::RightToLeft, larger, screen};
        texts += {text, label, Qt::RightToLeft, bold, screen};
        texts += {text, label, Qt::RightToLeft, bold, 2 * screen};
    }
    return texts;
}

} // namespace

namespace {

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

void TestCachedFusionStyle::looksAsFusionDrawsIt_data()
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

void TestCachedFusionStyle::looksAsFusionDrawsIt()
{
    QFETCH(QSize, size);
    QFETCH(bool, focused);
    QFETCH(int, group);
    QFETCH(bool, darkPalette);
    QFETCH(qreal, ratio);
    QPixmapCache::clear();
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"fusion"_qs));
    CachedFusionStyle cached(QStyleFactory::create(u"fusion"_qs));
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

void TestCachedFusionStyle::otherStylesAndScalingPaintersDrawTheirOwn()
{
    const QSize size(200, 24);
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"fusion"_qs));
    const QPalette palette = fusion->standardPalette();
    const QStyle::State state = QStyle::State_Enabled;

    const std::unique_ptr<QStyle> windows(QStyleFactory::create(u"windows"_qs));
    CachedFusionStyle overWindows(QStyleFactory::create(u"windows"_qs));
    QCOMPARE(frameDrawnBy(overWindows, size, state, palette, 1), frameDrawnBy(*windows, size, state, palette, 1));

    CachedFusionStyle cached(QStyleFactory::create(u"fusion"_qs));
    const QTransform scaled = QTransform::fromScale(1.5, 1.5);
    QCOMPARE(frameDrawnBy(cached, size, state, palette, 1, scaled), frameDrawnBy(*fusion, size, state, palette, 1, scaled));
}

void TestCachedFusionStyle::textsLookAsFusionDrawsThem_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("role");
    QTest::newRow("the painter's pen") << true << int(QPalette::NoRole);
    QTest::newRow("button text") << true << int(QPalette::ButtonText);
    QTest::newRow("disabled window text") << false << int(QPalette::WindowText);
}

void TestCachedFusionStyle::textsLookAsFusionDrawsThem()
{
    QFETCH(bool, enabled);
    QFETCH(int, role);
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"fusion"_qs));
    CachedFusionStyle cached(QStyleFactory::create(u"fusion"_qs));
    QPalette palette = fusion->standardPalette();
    palette.setCurrentColorGroup(enabled ? QPalette::Active : QPalette::Disabled);
    const QList<ItemText> texts = itemTexts();
    for (int round = 0; round < 2; ++round) { // the second from what the first kept
        for (const ItemText &item : texts) {
            const auto colourRole = QPalette::ColorRole(role);
            QVERIFY2(textDrawnBy(cached, item, palette, enabled, colourRole)
                         == textDrawnBy(*fusion, item, palette, enabled, colourRole),
                     qPrintable(u"%1, flags %2, direction %3, %4, %5 dots a metre"_s.arg(item.text)
                                    .arg(item.flags)
                                    .arg(item.direction)
                                    .arg(item.font.toString())
                                    .arg(item.dotsPerMeter)));
        }
    }
}

void TestCachedFusionStyle::textsOverOtherStylesAreTheirs()
{
    // Qt's common style etches a disabled text; Fusion does not.
    const std::unique_ptr<QStyle> windows(QStyleFactory::create(u"windows"_qs));
    CachedFusionStyle overWindows(QStyleFactory::create(u"windows"_qs));
    const QPalette palette = windows->standardPalette();
    const ItemText item = itemTexts().first();
    QCOMPARE(textDrawnBy(overWindows, item, palette, false, QPalette::WindowText),
             textDrawnBy(*windows, item, palette, false, QPalette::WindowText));
}

QTEST_MAIN(TestCachedFusionStyle)
#include "TestCachedFusionStyle.moc"
