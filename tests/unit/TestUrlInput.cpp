#include "text/UrlInput.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

// Links as people paste them: what is sent to Django's URLField, what the
// user sees, and which rule a refused link breaks.
class TestUrlInput : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void persianDomainIsSentAsPunycode();
    void lengthLimitCountsTheSentForm();
};

namespace {

const QString persianPathEncoded = u"%D8%B5%D9%81%D8%AD%D9%87"_s; // "صفحه" in UTF-8

// A link of exactly `length` characters as sent.
QString linkOfLength(int length)
{
    const QString prefix = u"https://example.com/"_s;
    return prefix + QString(length - prefix.size(), u'a');
}

} // namespace

void TestUrlInput::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("display");

    QTest::newRow("https") << u"https://example.com"_s << u"https://example.com"_s << u"https://example.com"_s;
    QTest::newRow("no scheme") << u"example.com"_s << u"https://example.com"_s << u"https://example.com"_s;
    QTest::newRow("no scheme, path") << u"github.com/user/repo"_s << u"https://github.com/user/repo"_s
                                     << u"https://github.com/user/repo"_s;
    QTest::newRow("surrounding spaces") << u"  https://example.com/a  "_s << u"https://example.com/a"_s
                                        << u"https://example.com/a"_s;
    QTest::newRow("surrounding tab and newline") << u"\thttps://example.com/a\n"_s << u"https://example.com/a"_s
                                                 << u"https://example.com/a"_s;
    QTest::newRow("http") << u"http://example.com/page"_s << u"http://example.com/page"_s
                          << u"http://example.com/page"_s;
    QTest::newRow("ftp") << u"ftp://files.example.com/pub/a.zip"_s << u"ftp://files.example.com/pub/a.zip"_s
                         << u"ftp://files.example.com/pub/a.zip"_s;
    QTest::newRow("ftps") << u"ftps://files.example.com/"_s << u"ftps://files.example.com/"_s
                          << u"ftps://files.example.com/"_s;
    QTest::newRow("uppercase scheme and host") << u"HTTPS://EXAMPLE.COM/Path"_s << u"https://example.com/Path"_s
                                               << u"https://example.com/Path"_s;
    QTest::newRow("Persian domain and path")
        << u"https://مثال.ایران/صفحه"_s << u"https://xn--mgbh0fb.xn--mgba3a4f16a/"_s + persianPathEncoded
        << u"https://مثال.ایران/صفحه"_s;
    QTest::newRow("Persian domain, no scheme") << u"مثال.ایران"_s << u"https://xn--mgbh0fb.xn--mgba3a4f16a"_s
                                               << u"https://مثال.ایران"_s;
    QTest::newRow("punycode typed") << u"https://xn--mgbh0fb.xn--mgba3a4f16a/"_s
                                    << u"https://xn--mgbh0fb.xn--mgba3a4f16a/"_s << u"https://مثال.ایران/"_s;
    QTest::newRow("Persian label under .com") << u"https://مثال.com/"_s << u"https://xn--mgbh0fb.com/"_s
                                              << u"https://مثال.com/"_s;
    QTest::newRow("Latin IDN") << u"https://bücher.example/"_s << u"https://xn--bcher-kva.example/"_s
                               << u"https://bücher.example/"_s;
    QTest::newRow("Persian path") << u"https://example.com/صفحه"_s << u"https://example.com/"_s + persianPathEncoded
                                  << u"https://example.com/صفحه"_s;
    QTest::newRow("Persian path with ZWNJ")
        << u"https://example.com/پروژه\u200Cها"_s
        << u"https://example.com/%D9%BE%D8%B1%D9%88%DA%98%D9%87%E2%80%8C%D9%87%D8%A7"_s
        << u"https://example.com/پروژه\u200Cها"_s;
    QTest::newRow("already percent-encoded path") << u"https://example.com/"_s + persianPathEncoded
                                                  << u"https://example.com/"_s + persianPathEncoded
                                                  << u"https://example.com/صفحه"_s;
    QTest::newRow("Persian query") << u"https://example.com/search?q=گیت&lang=fa"_s
                                   << u"https://example.com/search?q=%DA%AF%DB%8C%D8%AA&lang=fa"_s
                                   << u"https://example.com/search?q=گیت&lang=fa"_s;
    QTest::newRow("fragment") << u"https://example.com/doc#part-2"_s << u"https://example.com/doc#part-2"_s
                              << u"https://example.com/doc#part-2"_s;
    QTest::newRow("localhost with port") << u"localhost:8000"_s << u"https://localhost:8000"_s
                                         << u"https://localhost:8000"_s;
    QTest::newRow("http localhost") << u"http://localhost:8000/admin/"_s << u"http://localhost:8000/admin/"_s
                                    << u"http://localhost:8000/admin/"_s;
    QTest::newRow("no scheme, port and path") << u"example.com:8080/a"_s << u"https://example.com:8080/a"_s
                                              << u"https://example.com:8080/a"_s;
    QTest::newRow("IPv4") << u"http://192.168.1.10/"_s << u"http://192.168.1.10/"_s << u"http://192.168.1.10/"_s;
    QTest::newRow("IPv4 with port") << u"http://127.0.0.1:8000"_s << u"http://127.0.0.1:8000"_s
                                    << u"http://127.0.0.1:8000"_s;
    QTest::newRow("IPv6") << u"http://[::1]/"_s << u"http://[::1]/"_s << u"http://[::1]/"_s;
    QTest::newRow("IPv6 with port") << u"http://[2001:db8::1]:8443/x"_s << u"http://[2001:db8::1]:8443/x"_s
                                    << u"http://[2001:db8::1]:8443/x"_s;
    QTest::newRow("subdomains, hyphen, underscore in path")
        << u"https://my-site.sub.example.co.uk/a_b-c"_s << u"https://my-site.sub.example.co.uk/a_b-c"_s
        << u"https://my-site.sub.example.co.uk/a_b-c"_s;
    QTest::newRow("port 65535") << u"https://example.com:65535/"_s << u"https://example.com:65535/"_s
                                << u"https://example.com:65535/"_s;
    QTest::newRow("exactly 200 characters") << linkOfLength(200) << linkOfLength(200) << linkOfLength(200);
}

void TestUrlInput::accepts()
{
    QFETCH(QString, text);
    QFETCH(QString, sent);
    QFETCH(QString, display);

    const UrlInput::Result result = UrlInput::fromUserInput(text);

    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.sent, sent);
    QCOMPARE(result.display, display);
    QVERIFY(result.sent.size() <= UrlInput::maxSentLength);
    // What is sent is plain ASCII, and reads back as the same link.
    for (const QChar c : result.sent)
        QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7F, qPrintable(result.sent));
    QCOMPARE(QUrl::fromEncoded(result.sent.toLatin1(), QUrl::StrictMode).toEncoded(), result.sent.toLatin1());
    // Feeding either form back in gives the same link.
    QCOMPARE(UrlInput::fromUserInput(result.sent).sent, result.sent);
    QCOMPARE(UrlInput::fromUserInput(result.display).sent, result.sent);
}

void TestUrlInput::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorContains"); // names the rule that failed

    QTest::newRow("empty") << QString() << u"Enter a link"_s;
    QTest::newRow("only spaces") << u"   "_s << u"Enter a link"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"javascript:"_s;
    QTest::newRow("javascript, mixed case") << u"JavaScript:alert(1)"_s << u"JavaScript:"_s;
    QTest::newRow("javascript with slashes") << u"javascript://example.com/%0Aalert(1)"_s << u"javascript:"_s;
    QTest::newRow("mailto") << u"mailto:someone@example.com"_s << u"mailto:"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s << u"file:"_s;
    QTest::newRow("data") << u"data:text/html,<b>x</b>"_s << u"data:"_s;
    QTest::newRow("tel") << u"tel:+989121234567"_s << u"tel:"_s;
    QTest::newRow("scheme only") << u"https://"_s << u"no domain name"_s;
    QTest::newRow("slashes missing") << u"https:example.com"_s << u"no domain name"_s;
    QTest::newRow("path only") << u"https:///path"_s << u"no domain name"_s;
    QTest::newRow("space in host") << u"https://exa mple.com"_s << u"cannot contain spaces"_s;
    QTest::newRow("space in path") << u"https://example.com/a b"_s << u"cannot contain spaces"_s;
    QTest::newRow("no-break space in path") << u"https://example.com/a\u00A0b"_s << u"cannot contain spaces"_s;
    QTest::newRow("hyphens around label") << u"https://-bad-.com"_s << u"not a valid domain name"_s;
    QTest::newRow("hyphen at label end") << u"https://bad-.example.com"_s << u"not a valid domain name"_s;
    QTest::newRow("underscore in host") << u"https://exa_mple.com"_s << u"not a valid domain name"_s;
    QTest::newRow("empty label") << u"https://example..com"_s << u"not a valid domain name"_s;
    QTest::newRow("no top-level domain") << u"https://example"_s << u"no ending"_s;
    QTest::newRow("Persian, no top-level domain") << u"مثال"_s << u"no ending"_s;
    QTest::newRow("digit in top-level domain") << u"https://example.c0m"_s << u"not a valid domain name"_s;
    QTest::newRow("one-letter top-level domain") << u"https://example.c"_s << u"not a valid domain name"_s;
    QTest::newRow("IPv4 out of range") << u"http://999.1.1.1/"_s << u"not a valid domain name"_s;
    QTest::newRow("IPv6 not hex") << u"http://[::g]/"_s << u"not a valid IPv6 address"_s;
    QTest::newRow("IPv6 unclosed") << u"http://[::1/"_s << u"not a valid IPv6 address"_s;
    QTest::newRow("port too large") << u"https://example.com:99999"_s << u"“\u206699999\u2069” is not a valid port"_s;
    QTest::newRow("port zero") << u"https://example.com:0/"_s << u"not a valid port"_s;
    QTest::newRow("port not a number") << u"https://example.com:http/"_s << u"not a valid port"_s;
    QTest::newRow("port empty") << u"https://example.com:/"_s << u"not a valid port"_s;
    QTest::newRow("port in Persian digits") << u"https://example.com:۸۰۸۰/"_s << u"not a valid port"_s;
    QTest::newRow("user and password") << u"https://user:secret@example.com/"_s << u"user name or password"_s;
    QTest::newRow("bad percent-encoding") << u"https://example.com/%zz"_s << u"not a valid link"_s;
    QTest::newRow("201 characters") << linkOfLength(201) << u"201 characters"_s;
    QTest::newRow("short Persian path, long when encoded")
        << u"https://example.com/"_s + u"صفحه"_s.repeated(10) << u"260 characters"_s;
}

void TestUrlInput::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, errorContains);

    const UrlInput::Result result = UrlInput::fromUserInput(text);

    QVERIFY2(!result.ok(), qPrintable(u"accepted as "_s + result.sent));
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
    QVERIFY(result.sent.isEmpty());
    QVERIFY(result.display.isEmpty());
}

void TestUrlInput::persianDomainIsSentAsPunycode()
{
    // The expected ACE form comes from Qt's own IDNA, not from this class.
    const QByteArray ace = QUrl::toAce(u"مثال.ایران"_s);
    QCOMPARE(ace, "xn--mgbh0fb.xn--mgba3a4f16a"_ba);

    const UrlInput::Result result = UrlInput::fromUserInput(u"مثال.ایران/صفحه"_s);

    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.sent, u"https://"_s + QString::fromLatin1(ace) + u'/' + persianPathEncoded);
    QVERIFY(result.display.contains(u"مثال.ایران"_s));
}

void TestUrlInput::lengthLimitCountsTheSentForm()
{
    // A Persian letter is two bytes of UTF-8, six characters once encoded:
    // 30 of them fill the limit while the link looks 50 characters long.
    const QString fits = u"https://example.com/"_s + QString(30, u'ص');

    const UrlInput::Result accepted = UrlInput::fromUserInput(fits);
    const UrlInput::Result tooLong = UrlInput::fromUserInput(fits + u'ص');

    QVERIFY2(accepted.ok(), qPrintable(accepted.error));
    QCOMPARE(accepted.sent.size(), UrlInput::maxSentLength);
    QCOMPARE(accepted.display, fits);
    QVERIFY(!tooLong.ok());
    QVERIFY2(tooLong.error.contains(u"206 characters"_s), qPrintable(tooLong.error));
}

QTEST_GUILESS_MAIN(TestUrlInput)
#include "TestUrlInput.moc"
