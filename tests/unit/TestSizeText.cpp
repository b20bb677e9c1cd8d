#include "text/SizeText.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

// Sizes as each UI shows them, from a number of bytes: 1024 to the
// kilobyte, one decimal, the UI's digits and units.
class TestSizeText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void shown_data();
    void shown();
};

void TestSizeText::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestSizeText::shown_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale persian(QLocale::Persian, QLocale::Iran);
    constexpr qint64 kib = 1024;

    QTest::newRow("English, bytes") << english << qint64(999) << u"999 bytes"_s;
    QTest::newRow("English, the server's 5.00 KB") << english << qint64(5123) << u"5.0 kB"_s;
    QTest::newRow("English, a kilobyte and a half") << english << qint64(1536) << u"1.5 kB"_s;
    QTest::newRow("English, a megabyte") << english << kib * kib << u"1.0 MB"_s;
    QTest::newRow("English, gigabytes") << english << 1500 * kib * kib << u"1.5 GB"_s;
    QTest::newRow("English, the download limit") << english << 16 * kib * kib << u"16.0 MB"_s;
    QTest::newRow("English, odd megabytes") << english << qint64(123456789) << u"117.7 MB"_s;
    QTest::newRow("Persian, bytes") << persian << qint64(999) << u"۹۹۹ بایت"_s;
    QTest::newRow("Persian, the server's 5.00 KB") << persian << qint64(5123) << u"۵٫۰ کیلوبایت"_s;
    QTest::newRow("Persian, a kilobyte and a half") << persian << qint64(1536) << u"۱٫۵ کیلوبایت"_s;
    QTest::newRow("Persian, a megabyte") << persian << kib * kib << u"۱٫۰ مگابایت"_s;
    QTest::newRow("Persian, the download limit") << persian << 16 * kib * kib << u"۱۶٫۰ مگابایت"_s;
    QTest::newRow("Persian, odd megabytes") << persian << qint64(123456789) << u"۱۱۷٫۷ مگابایت"_s;
    QTest::newRow("Persian, gigabytes") << persian << 5 * kib * kib * kib << u"۵٫۰ گیگابایت"_s;
    QTest::newRow("Persian, terabytes") << persian << 3 * kib * kib * kib * kib << u"۳٫۰ ترابایت"_s;
}

void TestSizeText::shown()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QLocale::setDefault(locale);

    QCOMPARE(SizeText::shown(bytes), expected);
}

QTEST_GUILESS_MAIN(TestSizeText)
#include "TestSizeText.moc"
