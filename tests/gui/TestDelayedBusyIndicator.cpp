#include "DelayedBusyIndicator.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

// The status bar's busy indicator shows only for a wait that lasts: one
// ended within its minimum duration shows nothing at all (no bar, no busy
// cursor coming and going), a longer one shows the bar and tells the window
// to show the busy cursor, and its end hides both at once.
class TestDelayedBusyIndicator : public QObject
{
    Q_OBJECT

private slots:
    void aWaitEndedWithinTheMinimumShowsNothing();
    void aWaitThatLastsShowsTheBarUntilItEnds();
    void aWaitAgainAfterAShortOneWaitsTheWholeMinimum();
};

namespace {
struct IndicatorInAStatusBar
{
    QStatusBar bar;
    DelayedBusyIndicator *indicator = new DelayedBusyIndicator;
    QSignalSpy presented{indicator, &DelayedBusyIndicator::presented};

    explicit IndicatorInAStatusBar(int minimumDurationMs)
    {
        indicator->setMinimumDuration(minimumDurationMs);
        bar.addPermanentWidget(indicator);
        bar.resize(400, bar.sizeHint().height());
        bar.show();
    }
};

// Qt runs due timers in the order they fall due: once this one, started
// later and longer (beyond a coarse timer's 5 % of leeway), has fired, a
// timer of that interval the indicator started before it has too.
bool waitedAsLongAs(int ms)
{
    QTimer after;
    after.setSingleShot(true);
    QSignalSpy fired(&after, &QTimer::timeout);
    after.start(ms + ms / 10 + 1);
    return fired.wait(ms + 5000);
}
} // namespace

void TestDelayedBusyIndicator::aWaitEndedWithinTheMinimumShowsNothing()
{
    IndicatorInAStatusBar window(50);
    QVERIFY(QTest::qWaitForWindowExposed(&window.bar));
    DelayedBusyIndicator *indicator = window.indicator;
    const QSignalSpy &presented = window.presented;

    indicator->setWaiting(true);
    QVERIFY(indicator->isWaiting());
    QVERIFY(indicator->isHidden());
    indicator->setWaiting(false);
    QVERIFY(waitedAsLongAs(indicator->minimumDuration()));

    QVERIFY(!indicator->isWaiting());
    QVERIFY(indicator->isHidden());
    QCOMPARE(presented.count(), 0);
}

void TestDelayedBusyIndicator::aWaitThatLastsShowsTheBarUntilItEnds()
{
    IndicatorInAStatusBar window(50);
    QVERIFY(QTest::qWaitForWindowExposed(&window.bar));
    DelayedBusyIndicator *indicator = window.indicator;
    const QSignalSpy &presented = window.presented;

    indicator->setWaiting(true);
    QTRY_VERIFY(indicator->isVisible());
    QCOMPARE(presented.count(), 1);
    QCOMPARE(presented.at(0).at(0).toBool(), true);
    // Asked again while it shows: nothing changes.
    indicator->setWaiting(true);
    QCOMPARE(presented.count(), 1);

    indicator->setWaiting(false);
    QVERIFY(indicator->isHidden());
    QCOMPARE(presented.count(), 2);
    QCOMPARE(presented.at(1).at(0).toBool(), false);
}

void TestDelayedBusyIndicator::aWaitAgainAfterAShortOneWaitsTheWholeMinimum()
{
    IndicatorInAStatusBar window(200);
    QVERIFY(QTest::qWaitForWindowExposed(&window.bar));
    DelayedBusyIndicator *indicator = window.indicator;
    const QSignalSpy &presented = window.presented;

    indicator->setWaiting(true);
    indicator->setWaiting(false);
    // A second wait starts its own minimum: the first one's time does not count.
    QTimer secondWait;
    secondWait.setSingleShot(true);
    connect(&secondWait, &QTimer::timeout, indicator, [indicator] { indicator->setWaiting(true); });
    secondWait.start(100);
    QVERIFY(waitedAsLongAs(indicator->minimumDuration()));
    QVERIFY(indicator->isWaiting());
    QCOMPARE(presented.count(), 0);
    QTRY_VERIFY(indicator->isVisible());
    QCOMPARE(presented.count(), 1);
}

QTEST_MAIN(TestDelayedBusyIndicator)
#include "TestDelayedBusyIndicator.moc"
