#include "DeviceClipStyle.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

// Through DeviceClipStyle, Fusion's toolbars, headers, scroll bars, frames,
// buttons, tabs, progress bars and splitters are the same pixels as Fusion
// alone draws them, in both formats a window's backing store has, moved and
// at a pixel ratio of 2. The style below gets a clip over the whole device
// when a raster painter had none, is left the painter's own clip, and gets
// none through a scaling painter or a picture's; the painter is as it was
// after each.
class TestDeviceClipStyle : public QObject
{
    Q_OBJECT

private slots:
    void looksAsItsBaseDrawsIt_data();
    void looksAsItsBaseDrawsIt();
    void clipsOnlyAPainterWithoutOne();
};

namespace {

using Draw = std::function<void(const QStyle &, QPainter *)>;

QPalette palette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

template<typename Option>
Option optionFor(const QRect &rect, QStyle::State state = QStyle::State_Enabled)
{
    Option option;
    option.rect = rect;
    option.state = state;
    option.palette = palette();
    option.direction = Qt::LeftToRight;
    return option;
}

QImage drawnBy(const QStyle &style, const Draw &draw, QImage::Format format, qreal ratio)
{
    QImage image((QSizeF(640, 520) * ratio).toSize(), format);
    image.setDevicePixelRatio(ratio);
    image.fill(QColor(0xf0, 0xe8, 0xd8));
    QPainter painter(&image);
    painter.translate(12, 7);
    draw(style, &painter);
    return image;
}

} // namespace

void TestDeviceClipStyle::looksAsItsBaseDrawsIt_data()
{
    QTest::addColumn<Draw>("draw");
    QTest::addColumn<QImage::Format>("format");
    QTest::addColumn<qreal>("ratio");

    auto toolBar = optionFor<QStyleOptionToolBar>({0, 0, 600, 35}, QStyle::State_Enabled | QStyle::State_Horizontal);
    toolBar.toolBarArea = Qt::TopToolBarArea;
    toolBar.positionOfLine = QStyleOptionToolBar::OnlyOne;
    auto header = optionFor<QStyleOptionHeader>({0, 0, 600, 24});
    header.text = u"Name"_s;
    header.position = QStyleOptionHeader::Middle;
    auto scrollBar = optionFor<QStyleOptionSlider>({0, 0, 16, 500});
    scrollBar.orientation = Qt::Vertical;
    scrollBar.minimum = 0;
    scrollBar.maximum = 100;
    scrollBar.pageStep = 10;
    scrollBar.sliderPosition = scrollBar.sliderValue = 30;
    scrollBar.subControls = QStyle::SC_All;
    auto horizontalBar = scrollBar;
    horizontalBar.rect = {0, 0, 600, 16};
    horizontalBar.orientation = Qt::Horizontal;
    horizontalBar.state |= QStyle::State_Horizontal;
    auto frame = optionFor<QStyleOptionFrame>({0, 0, 400, 480});
    frame.frameShape = QFrame::StyledPanel;
    frame.lineWidth = 1;
    auto box = optionFor<QStyleOptionGroupBox>({0, 0, 400, 300});
    box.text = u"Link"_s;
    box.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
    box.textAlignment = Qt::AlignLeft;
    box.lineWidth = 1;
    auto button = optionFor<QStyleOptionButton>({0, 0, 200, 120});
    button.text = u"Create link"_s;
    auto tabs = optionFor<QStyleOptionTabWidgetFrame>({0, 0, 500, 400});
    tabs.shape = QTabBar::RoundedNorth;
    tabs.lineWidth = 1;
    auto progress = optionFor<QStyleOptionProgressBar>({0, 0, 300, 120});
    progress.minimum = 0;
    progress.maximum = 100;
    progress.progress = 40;
    auto splitter = optionFor<QStyleOption>({0, 0, 6, 500});

    const QList<std::pair<const char *, Draw>> draws = {
        {"toolbar", [=](const QStyle &s, QPainter *p) { s.drawControl(QStyle::CE_ToolBar, &toolBar, p); }},
        {"header", [=](const QStyle &s, QPainter *p) { s.drawControl(QStyle::CE_Header, &header, p); }},
        {"vertical scroll bar",
         [=](const QStyle &s, QPainter *p) { s.drawComplexControl(QStyle::CC_ScrollBar, &scrollBar, p); }},
        {"horizontal scroll bar",
         [=](const QStyle &s, QPainter *p) { s.drawComplexControl(QStyle::CC_ScrollBar, &horizontalBar, p); }},
        {"frame", [=](const QStyle &s, QPainter *p) { s.drawControl(QStyle::CE_ShapedFrame, &frame, p); }},
        {"group box", [=](const QStyle &s, QPainter *p) { s.drawComplexControl(QStyle::CC_GroupBox, &box, p); }},
        {"push button", [=](const QStyle &s, QPainter *p) { s.drawControl(QStyle::CE_PushButton, &button, p); }},
        {"tab widget frame",
         [=](const QStyle &s, QPainter *p) { s.drawPrimitive(QStyle::PE_FrameTabWidget, &tabs, p); }},
        {"progress bar", [=](const QStyle &s, QPainter *p) { s.drawControl(QStyle::CE_ProgressBar, &progress, p); }},
        {"splitter", [=](const QStyle &s, QPainter *p) { s.drawControl(QStyle::CE_Splitter, &splitter, p); }},
    };
    for (const auto &[name, draw] : draws) {
        QTest::addRow("%s, ARGB32 premultiplied", name) << draw << QImage::Format_ARGB32_Premultiplied << 1.0;
        QTest::addRow("%s, RGB32", name) << draw << QImage::Format_RGB32 << 1.0;
        QTest::addRow("%s, RGB32, ratio 2", name) << draw << QImage::Format_RGB32 << 2.0;
    }
}

void TestDeviceClipStyle::looksAsItsBaseDrawsIt()
{
    QFETCH(Draw, draw);
    QFETCH(QImage::Format, format);
    QFETCH(qreal, ratio);
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    const DeviceClipStyle clipped(QStyleFactory::create(u"Fusion"_s));
    const QImage expected = drawnBy(*fusion, draw, format, ratio);
    const QImage drawn = drawnBy(clipped, draw, format, ratio);
    QCOMPARE_NE(expected, drawnBy(*fusion, [](const QStyle &, QPainter *) {}, format, ratio)); // something was drawn
    QCOMPARE(drawn, expected);
}

namespace {

// Tells how the painter it is given is clipped.
class ClipRecorder : public QProxyStyle
{
public:
    ClipRecorder()
        : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
    {
    }
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        clipping = painter->hasClipping();
        clip = painter->clipBoundingRect().toAlignedRect();
        QProxyStyle::drawControl(element, option, painter, widget);
    }
    mutable bool clipping = false;
    mutable QRect clip;
};

} // namespace

void TestDeviceClipStyle::clipsOnlyAPainterWithoutOne()
{
    auto *recorder = new ClipRecorder;
    const DeviceClipStyle style(recorder);
    const auto toolBar = optionFor<QStyleOptionToolBar>({0, 0, 300, 35});
    QImage image(400, 300, QImage::Format_RGB32);
    QPainter painter(&image);

    // No clip of its own: the whole device's, in the painter's coordinates.
    painter.translate(30, 20);
    QVERIFY(DeviceClipStyle::clips(&painter));
    style.drawControl(QStyle::CE_ToolBar, &toolBar, &painter);
    QVERIFY(recorder->clipping);
    QVERIFY(recorder->clip.contains(QRect(-30, -20, 400, 300)));
    QVERIFY(!painter.hasClipping());
    QCOMPARE(painter.worldTransform(), QTransform::fromTranslate(30, 20));

    // Its own clip: left to it.
    painter.setClipRect(QRect(5, 6, 70, 40));
    QVERIFY(!DeviceClipStyle::clips(&painter));
    style.drawControl(QStyle::CE_ToolBar, &toolBar, &painter);
    QVERIFY(recorder->clipping);
    QCOMPARE(recorder->clip, QRect(5, 6, 70, 40));
    QCOMPARE(painter.clipBoundingRect().toAlignedRect(), QRect(5, 6, 70, 40));
    painter.setClipping(false);

    // Another engine than the raster one: left alone.
    QPicture picture;
    {
        QPainter recording(&picture);
        QVERIFY(!DeviceClipStyle::clips(&recording));
        style.drawControl(QStyle::CE_ToolBar, &toolBar, &recording);
        QVERIFY(!recorder->clipping);
    }

    // A scaling painter: no clip, which would be a path.
    painter.scale(2, 2);
    QVERIFY(!DeviceClipStyle::clips(&painter));
    style.drawControl(QStyle::CE_ToolBar, &toolBar, &painter);
    QVERIFY(!recorder->clipping);
    QVERIFY(!painter.hasClipping());
}

QTEST_MAIN(TestDeviceClipStyle)

#include "TestDeviceClipStyle.moc"
