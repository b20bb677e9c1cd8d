#include "text/UrlText.h"

#include <QTest>

using namespace Qt::StringLiterals;

// URLs a server holds, shown readable: a domain in punycode and a path in
// percent-encoding as the letters they stand for, without decoding anything
// that would hide, reorder or change the link.
class TestUrlText : public QObject
{
    Q_OBJECT

private slots:
    void readable_data();
    void readable();
    void shownHidesNothing_data();
    void shownHidesNothing();
    void lengthCountsCodePoints_data();
    void lengthCountsCodePoints();
};

void TestUrlText::readable_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected");

    QTest::newRow("the issue's link, in punycode")
        << u"https://xn--hhbbbed.xn--mgba3a4f16a/%D8%B5%D9%81%D8%AD%D9%87"_s << u"https://نمونه.ایران/صفحه"_s;
    QTest::newRow("the same, readable already") << u"https://نمونه.ایران/صفحه"_s << u"https://نمونه.ایران/صفحه"_s;
    QTest::newRow("punycode under .com, port") << u"https://xn--mgbh0fb.com:8443/"_s << u"https://مثال.com:8443/"_s;
    QTest::newRow("Latin IDN") << u"http://xn--bcher-kva.example/x"_s << u"http://bücher.example/x"_s;
    // A look-alike: "аpple" with a Cyrillic first letter.
    QTest::newRow("mixed scripts kept in punycode") << u"http://xn--pple-43d.com/"_s << u"http://xn--pple-43d.com/"_s;
    QTest::newRow("only the mixed label kept") << u"https://xn--pple-43d.xn--mgbh0fb.xn--mgba3a4f16a/"_s
                                              << u"https://xn--pple-43d.مثال.ایران/"_s;
    QTest::newRow("Persian label with ZWNJ and digits") << QString::fromLatin1(QUrl(u"https://می‌خواهم۲.ایران/"_s).toEncoded())
                                                        << u"https://می‌خواهم۲.ایران/"_s;
    QTest::newRow("encoded query and fragment") << u"https://example.com/s?q=%DA%AF%DB%8C%D8%AA&x=1#%D8%A8"_s
                                                << u"https://example.com/s?q=گیت&x=1#ب"_s;
    QTest::newRow("ZWNJ decoded") << u"https://example.com/%D9%BE%D8%B1%D9%88%DA%98%D9%87%E2%80%8C%D9%87%D8%A7"_s
                                  << u"https://example.com/پروژه\u200Cها"_s;
    QTest::newRow("ASCII left alone") << u"https://example.com/a%2Fb?c=d%26e"_s << u"https://example.com/a%2Fb?c=d%26e"_s;
    QTest::newRow("encoded space kept") << u"https://example.com/a%20b"_s << u"https://example.com/a%20b"_s;
    QTest::newRow("raw space encoded") << u"https://example.com/a b"_s << u"https://example.com/a%20b"_s;
    QTest::newRow("override kept encoded") << u"https://example.com/%E2%80%AEgnp.exe"_s
                                           << u"https://example.com/%E2%80%AEgnp.exe"_s;
    QTest::newRow("raw override encoded") << u"https://example.com/\u202Egnp.exe"_s
                                          << u"https://example.com/%E2%80%AEgnp.exe"_s;
    QTest::newRow("right-to-left mark kept encoded") << u"https://example.com/a%E2%80%8Fb"_s
                                                     << u"https://example.com/a%E2%80%8Fb"_s;
    QTest::newRow("ideographic space kept encoded") << u"https://example.com/a%E3%80%80b"_s
                                                    << u"https://example.com/a%E3%80%80b"_s;
    QTest::newRow("not UTF-8 kept") << u"https://example.com/%C3"_s << u"https://example.com/%C3"_s;
    QTest::newRow("user name kept") << u"https://user@xn--mgbh0fb.com/"_s << u"https://user@مثال.com/"_s;
    QTest::newRow("IPv6") << u"http://[2001:db8::1]:8443/%D8%B5"_s << u"http://[2001:db8::1]:8443/ص"_s;
    QTest::newRow("ftp") << u"ftp://xn--mgbh0fb.com/%D8%B5.zip"_s << u"ftp://مثال.com/ص.zip"_s;
    // No host, or no URL: shown as the server holds it (and never opened).
    QTest::newRow("javascript") << u"javascript:alert(%D8%B5)"_s << u"javascript:alert(%D8%B5)"_s;
    QTest::newRow("file") << u"file:///etc/%D8%B5"_s << u"file:///etc/%D8%B5"_s;
    QTest::newRow("words") << u"not a link"_s << u"not a link"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestUrlText::readable()
{
    QFETCH(QString, stored);
    QFETCH(QString, expected);

    const QString shown = UrlText::readable(stored);

    QCOMPARE(shown, expected);
    // Still the same link.
    if (QUrl(stored).isValid() && !QUrl(stored).host().isEmpty())
        QCOMPARE(QUrl(shown).toEncoded(), QUrl(stored).toEncoded());
}

void TestUrlText::shownHidesNothing_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected");

    QTest::newRow("override in a link") << u"https://example.com/\u202Egnp.exe"_s
                                        << u"https://example.com/%E2%80%AEgnp.exe"_s;
    QTest::newRow("override in no link") << u"x\u202Egnp.exe"_s << u"xgnp.exe"_s;
    QTest::newRow("control in no link") << u"a\u0007b"_s << u"a\uFFFDb"_s;
}

void TestUrlText::shownHidesNothing()
{
    QFETCH(QString, stored);
    QFETCH(QString, expected);

    QCOMPARE(UrlText::shown(stored), expected);
}

void TestUrlText::lengthCountsCodePoints_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<qsizetype>("length");

    QTest::newRow("ASCII") << u"https://a.io"_s << qsizetype(12);
    QTest::newRow("Persian letters") << u"https://نمونه.ایران"_s << qsizetype(19);
    QTest::newRow("outside the BMP") << u"https://a.io/😀"_s << qsizetype(14);
}

void TestUrlText::lengthCountsCodePoints()
{
    QFETCH(QString, url);
    QFETCH(qsizetype, length);

    QCOMPARE(UrlText::length(url), length);
}

QTEST_GUILESS_MAIN(TestUrlText)
#include "TestUrlText.moc"
