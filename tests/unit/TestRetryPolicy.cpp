#include "store/RetryPolicy.h"

#include <QTest>

using namespace std::chrono_literals;

// The waits between attempts: doubling from 1 s, never above 5 min, and
// drawn between half and the whole of that, so that clients back after an
// outage spread out.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void waitsDoubleUpToTheMaximum_data();
    void waitsDoubleUpToTheMaximum();
    void shortWaitsForTests();
};

void TestRetryPolicy::waitsDoubleUpToTheMaximum_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("first failure, least jitter") << 1 << 0.0 << qint64(500);
    QTest::newRow("first failure, most jitter") << 1 << 1.0 << qint64(1000);
    QTest::newRow("second failure") << 2 << 1.0 << qint64(2000);
    QTest::newRow("fifth failure, middle") << 5 << 0.5 << qint64(12000);
    QTest::newRow("ninth failure: 256 s") << 9 << 1.0 << qint64(256000);
    QTest::newRow("tenth failure: capped at 5 min") << 10 << 1.0 << qint64(300000);
    QTest::newRow("capped, least jitter") << 40 << 0.0 << qint64(150000);
    QTest::newRow("a thousand failures do not overflow") << 1000 << 1.0 << qint64(300000);
    QTest::newRow("no attempt yet counts as the first") << 0 << 1.0 << qint64(1000);
    QTest::newRow("a random source out of range is clamped") << 1 << 7.0 << qint64(1000);
}

void TestRetryPolicy::waitsDoubleUpToTheMaximum()
{
    QFETCH(int, attempts);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);
    const RetryPolicy policy(1s, 5min, [random] { return random; });
    QCOMPARE(policy.delayAfter(attempts).count(), expectedMs);
}

void TestRetryPolicy::shortWaitsForTests()
{
    const RetryPolicy policy(20ms, 200ms, [] { return 1.0; });
    QCOMPARE(policy.delayAfter(1), 20ms);
    QCOMPARE(policy.delayAfter(4), 160ms);
    QCOMPARE(policy.delayAfter(5), 200ms);
    // The default source stays inside the bounds.
    const RetryPolicy real;
    for (int i = 0; i < 100; ++i) {
        const auto wait = real.delayAfter(3);
        QVERIFY(wait >= 2000ms && wait <= 4000ms);
    }
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
