#include "FocusStyle.h"
#include "HandleOnlyScrollBar.h"

#include <QApplication>
#include <QPaintEvent>
#include <QScreen>
#include <QTest>

// The list's scroll bar repaints only where its handle was and is when its
// value alone changes, and what the screen shows is always what a whole
// repaint would show: stepped through a long range, in both directions,
// to either end and back, and after a resize.
class TestHandleOnlyScrollBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aValueChangeRepaintsOnlyAroundTheHandle();
    void theScreenShowsAWholeRepaint_data();
    void theScreenShowsAWholeRepaint();

private:
    QImage onScreen() const;
    QImage paintedWhole() const;
    // The regions of the paint events since the last call.
    QList<QRegion> paints();

    std::unique_ptr<QWidget> m_window;
    HandleOnlyScrollBar *m_bar = nullptr;
    QList<QRegion> m_paints;
};

namespace {

class PaintWatch : public QObject
{
public:
    PaintWatch(QList<QRegion> *paints, QObject *parent)
        : QObject(parent)
        , m_paints(paints)
    {
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_paints->append(static_cast<QPaintEvent *>(event)->region());
        return false;
    }

private:
    QList<QRegion> *m_paints;
};

} // namespace

void TestHandleOnlyScrollBar::initTestCase()
{
    FocusStyle::install();
}

void TestHandleOnlyScrollBar::init()
{
    m_window = std::make_unique<QWidget>();
    m_window->resize(60, 600);
    m_bar = new HandleOnlyScrollBar(Qt::Vertical, m_window.get());
    m_bar->setGeometry(10, 10, 16, 560);
    m_bar->setRange(0, 10000 * 38);
    m_bar->setPageStep(540);
    m_bar->setSingleStep(38);
    m_bar->installEventFilter(new PaintWatch(&m_paints, m_bar));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_paints.isEmpty());
    QTRY_COMPARE(onScreen(), paintedWhole());
    m_paints.clear();
}

void TestHandleOnlyScrollBar::cleanup()
{
    m_window.reset();
    m_paints.clear();
}

QImage TestHandleOnlyScrollBar::onScreen() const
{
    const QPoint topLeft = m_bar->mapToGlobal(QPoint(0, 0));
    return m_bar->screen()
        ->grabWindow(0, topLeft.x(), topLeft.y(), m_bar->width(), m_bar->height())
        .toImage()
        .convertToFormat(QImage::Format_RGB32);
}

QImage TestHandleOnlyScrollBar::paintedWhole() const
{
    return m_bar->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

QList<QRegion> TestHandleOnlyScrollBar::paints()
{
    return std::exchange(m_paints, {});
}

void TestHandleOnlyScrollBar::aValueChangeRepaintsOnlyAroundTheHandle()
{
    const QRect whole = m_bar->rect();
    m_bar->setValue(m_bar->maximum() / 2);
    QTRY_VERIFY(!m_paints.isEmpty());
    paints();
    m_bar->setValue(m_bar->value() + m_bar->pageStep());
    QTRY_VERIFY(!m_paints.isEmpty());
    for (const QRegion &region : paints())
        QVERIFY2(region.boundingRect().height() < whole.height() / 4, "a step repaints only around the handle");

    // Reaching an end, and leaving it: the whole bar.
    m_bar->setValue(m_bar->maximum());
    QTRY_VERIFY(!m_paints.isEmpty());
    QCOMPARE(paints().constLast().boundingRect(), whole);
    m_bar->setValue(m_bar->maximum() - m_bar->singleStep());
    QTRY_VERIFY(!m_paints.isEmpty());
    QCOMPARE(paints().constLast().boundingRect(), whole);
    // Any other change: the whole bar.
    m_bar->setMaximum(m_bar->maximum() + 1000);
    QTRY_VERIFY(!m_paints.isEmpty());
    QCOMPARE(paints().constLast().boundingRect(), whole);
}

void TestHandleOnlyScrollBar::theScreenShowsAWholeRepaint_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("a page at a time") << 540 << Qt::LeftToRight;
    QTest::newRow("three rows at a time") << 3 * 38 << Qt::LeftToRight;
    QTest::newRow("a long jump, right to left (Persian)") << 10000 * 38 / 7 << Qt::RightToLeft;
}

void TestHandleOnlyScrollBar::theScreenShowsAWholeRepaint()
{
    QFETCH(int, step);
    QFETCH(Qt::LayoutDirection, direction);
    m_window->setLayoutDirection(direction);
    QTRY_COMPARE(onScreen(), paintedWhole());

    // Down to the end and back up to the start, looking at a few places on the way.
    for (const int sign : {1, -1}) {
        for (int i = 0; i < 40 && m_bar->value() != (sign > 0 ? m_bar->maximum() : m_bar->minimum()); ++i) {
            m_bar->setValue(m_bar->value() + sign * step);
            if (i % 8 == 7 || m_bar->value() == m_bar->maximum() || m_bar->value() == m_bar->minimum())
                QTRY_COMPARE(onScreen(), paintedWhole());
        }
        m_bar->setValue(sign > 0 ? m_bar->maximum() : m_bar->minimum());
        QTRY_COMPARE(onScreen(), paintedWhole());
    }
    // A taller bar, then a step: the handle is not left where it was painted before.
    m_bar->setValue(m_bar->maximum() / 3);
    m_bar->resize(m_bar->width(), m_bar->height() - 200);
    m_bar->setValue(m_bar->value() + step);
    QTest::qWait(500);
    onScreen().save(QStringLiteral("/tmp/cg-scroll3/sb-screen.png"));
    paintedWhole().save(QStringLiteral("/tmp/cg-scroll3/sb-whole.png"));
    QTRY_COMPARE(onScreen(), paintedWhole());
}

QTEST_MAIN(TestHandleOnlyScrollBar)
#include "TestHandleOnlyScrollBar.moc"
