#include "text/DateText.h"

#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Timestamps as each UI shows them: Persian in the Solar Hijri calendar and
// Tehran time, whatever the machine's zone; English in the machine's zone
// (America/New_York, set by ctest); the date and the time set apart.
class TestDateText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void shown_data();
    void shown();
    void persianHasOnlyPersianDigits_data();
    void persianHasOnlyPersianDigits();
    void followsAChangeOfTheSystemZone();
};

namespace {

const QLocale persian(QLocale::Persian, QLocale::Iran);
const QLocale english(QLocale::English, QLocale::UnitedStates);

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

// The offset is kept left to right inside Persian text.
QString offset(const QString &text)
{
    return u"(\u2066"_s + text + u"\u2069)"_s;
}

} // namespace

void TestDateText::initTestCase()
{
    QVERIFY2(QTimeZone::systemTimeZoneId() == "America/New_York", "run through ctest, which sets TZ");
}

void TestDateText::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestDateText::shown_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QLocale::FormatType>("format");
    QTest::addColumn<QString>("expected");

    const QDateTime afternoon = utc(2026, 12, 1, 13, 39, 5);
    QTest::newRow("Persian, long") << persian << afternoon << QLocale::LongFormat
                                   << u"۱۰ آذر ۱۴۰۵، ساعت ۱۷:۰۹ "_s + offset(u"+۰۳:۳۰"_s);
    QTest::newRow("Persian, short") << persian << afternoon << QLocale::ShortFormat << u"۱۴۰۵/۹/۱۰، ۱۷:۰۹"_s;
    QTest::newRow("English, long") << english << afternoon << QLocale::LongFormat << u"December 1, 2026 at 8:39 AM"_s;
    QTest::newRow("English, short") << english << afternoon << QLocale::ShortFormat << u"12/1/26, 8:39 AM"_s;
    // A POSIX system locale, with the English UI.
    QTest::newRow("C, long") << QLocale::c() << afternoon << QLocale::LongFormat << u"1 December 2026 at 08:39:05"_s;
    QTest::newRow("C, short") << QLocale::c() << afternoon << QLocale::ShortFormat << u"1 Dec 2026, 08:39:05"_s;

    // The same moment given with another offset is shown the same.
    const QDateTime sameInBerlin = afternoon.toTimeZone(QTimeZone("Europe/Berlin"));
    QTest::newRow("Persian, long, from another zone") << persian << sameInBerlin << QLocale::LongFormat
                                                      << u"۱۰ آذر ۱۴۰۵، ساعت ۱۷:۰۹ "_s + offset(u"+۰۳:۳۰"_s);
    QTest::newRow("English, short, from another zone") << english << sameInBerlin << QLocale::ShortFormat
                                                       << u"12/1/26, 8:39 AM"_s;

    // Nowruz has begun in Tehran, not yet in New York (daylight time there).
    const QDateTime nowruz = utc(2026, 3, 20, 20, 45);
    QTest::newRow("Persian, long, new year") << persian << nowruz << QLocale::LongFormat
                                             << u"۱ فروردین ۱۴۰۵، ساعت ۰:۱۵ "_s + offset(u"+۰۳:۳۰"_s);
    QTest::newRow("Persian, short, new year") << persian << nowruz << QLocale::ShortFormat << u"۱۴۰۵/۱/۱، ۰:۱۵"_s;
    QTest::newRow("English, long, day before") << english << nowruz << QLocale::LongFormat
                                               << u"March 20, 2026 at 4:45 PM"_s;
    QTest::newRow("English, short, day before") << english << nowruz << QLocale::ShortFormat << u"3/20/26, 4:45 PM"_s;

    // Seconds are left out, not rounded; Iran keeps +03:30 in summer.
    const QDateTime summer = utc(2026, 6, 15, 8, 0, 59);
    QTest::newRow("Persian, long, summer") << persian << summer << QLocale::LongFormat
                                           << u"۲۵ خرداد ۱۴۰۵، ساعت ۱۱:۳۰ "_s + offset(u"+۰۳:۳۰"_s);
    QTest::newRow("Persian, short, summer") << persian << summer << QLocale::ShortFormat << u"۱۴۰۵/۳/۲۵، ۱۱:۳۰"_s;
    QTest::newRow("English, long, summer") << english << summer << QLocale::LongFormat << u"June 15, 2026 at 4:00 AM"_s;
}

void TestDateText::shown()
{
    QFETCH(QLocale, locale);
    QFETCH(QDateTime, time);
    QFETCH(QLocale::FormatType, format);
    QFETCH(QString, expected);
    QLocale::setDefault(locale);
    const QLocale::FormatType other = format == QLocale::LongFormat ? QLocale::ShortFormat : QLocale::LongFormat;

    QCOMPARE(DateText::shown(time, format), expected);
    // Shown again (a list paints its rows over and over), after the same
    // moment in the other format: the same text.
    QVERIFY(DateText::shown(time, other) != expected);
    QCOMPARE(DateText::shown(time, format), expected);
}

void TestDateText::persianHasOnlyPersianDigits_data()
{
    QTest::addColumn<QLocale::FormatType>("format");
    QTest::newRow("long") << QLocale::LongFormat;
    QTest::newRow("short") << QLocale::ShortFormat;
}

void TestDateText::persianHasOnlyPersianDigits()
{
    QFETCH(QLocale::FormatType, format);
    QLocale::setDefault(persian);

    // Every minute of a day: no "+0330" or "10" left in Latin digits.
    for (QDateTime time = utc(2026, 12, 1, 0, 0); time < utc(2026, 12, 2, 0, 0); time = time.addSecs(60)) {
        const QString text = DateText::shown(time, format);
        for (const QChar c : text)
            QVERIFY2(!(c >= u'0' && c <= u'9') && !(c >= u'a' && c <= u'z') && !(c >= u'A' && c <= u'Z'), qPrintable(text));
    }
}

// Texts are made once per moment: a change of the system's zone (TZ here,
// /etc/localtime on a desktop) still shows, within a second.
void TestDateText::followsAChangeOfTheSystemZone()
{
    const QDateTime afternoon = utc(2026, 12, 1, 13, 39, 5);
    QLocale::setDefault(english);
    QCOMPARE(DateText::shown(afternoon, QLocale::LongFormat), u"December 1, 2026 at 8:39 AM"_s);
    const QByteArray before = qgetenv("TZ");
    const auto restore = qScopeGuard([&before] { qputenv("TZ", before); });
    qputenv("TZ", "Asia/Tokyo");

    QTRY_COMPARE_WITH_TIMEOUT(DateText::shown(afternoon, QLocale::LongFormat), u"December 1, 2026 at 10:39 PM"_s, 10000);
    QCOMPARE(DateText::shown(afternoon, QLocale::ShortFormat), u"12/1/26, 10:39 PM"_s);
    // The Persian UI keeps Tehran's time whatever the system's zone.
    QLocale::setDefault(persian);
    QCOMPARE(DateText::shown(afternoon, QLocale::ShortFormat), u"۱۴۰۵/۹/۱۰، ۱۷:۰۹"_s);

    qputenv("TZ", before);
    QLocale::setDefault(english);
    QTRY_COMPARE_WITH_TIMEOUT(DateText::shown(afternoon, QLocale::LongFormat), u"December 1, 2026 at 8:39 AM"_s, 10000);
}

QTEST_GUILESS_MAIN(TestDateText)
#include "TestDateText.moc"
