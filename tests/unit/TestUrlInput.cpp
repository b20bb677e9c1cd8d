#include "text/HiddenCharacters.h"
#include "text/UrlInput.h"
#include "text/UrlText.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

// Links as people paste them: what is sent to Django's URLField (the
// readable form the user also sees), and which rule a refused link breaks.
class TestUrlInput : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void persianLinkIsSentReadable();
    void lengthLimitCountsWhatIsSent();
};

namespace {

const QString persianPathEncoded = u"%D8%B5%D9%81%D8%AD%D9%87"_s; // "صفحه" in UTF-8

// A link of exactly `length` characters as sent.
QString linkOfLength(int length)
{
    const QString prefix = u"https://example.com/"_s;
    return prefix + QString(length - prefix.size(), u'a');
}

// The same with a Persian path, each letter one character as sent.
QString persianLinkOfLength(int length)
{
    const QString prefix = u"https://example.com/"_s;
    return prefix + QString(length - prefix.size(), u'ص');
}

} // namespace

void TestUrlInput::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sent");

    QTest::newRow("https") << u"https://example.com"_s << u"https://example.com"_s;
    QTest::newRow("no scheme") << u"example.com"_s << u"https://example.com"_s;
    QTest::newRow("no scheme, path") << u"github.com/user/repo"_s << u"https://github.com/user/repo"_s;
    QTest::newRow("surrounding spaces") << u"  https://example.com/a  "_s << u"https://example.com/a"_s;
    QTest::newRow("surrounding tab and newline") << u"\thttps://example.com/a\n"_s << u"https://example.com/a"_s;
    QTest::newRow("http") << u"http://example.com/page"_s << u"http://example.com/page"_s;
    QTest::newRow("ftp") << u"ftp://files.example.com/pub/a.zip"_s << u"ftp://files.example.com/pub/a.zip"_s;
    QTest::newRow("ftps") << u"ftps://files.example.com/"_s << u"ftps://files.example.com/"_s;
    QTest::newRow("uppercase scheme and host") << u"HTTPS://EXAMPLE.COM/Path"_s << u"https://example.com/Path"_s;
    QTest::newRow("Persian domain and path") << u"https://مثال.ایران/صفحه"_s << u"https://مثال.ایران/صفحه"_s;
    QTest::newRow("Persian domain, no scheme") << u"مثال.ایران"_s << u"https://مثال.ایران"_s;
    QTest::newRow("punycode typed") << u"https://xn--mgbh0fb.xn--mgba3a4f16a/"_s << u"https://مثال.ایران/"_s;
    QTest::newRow("punycode and percent-encoding pasted from a browser")
        << u"https://xn--hhbbbed.xn--mgba3a4f16a/"_s + persianPathEncoded << u"https://نمونه.ایران/صفحه"_s;
    QTest::newRow("Persian label under .com") << u"https://مثال.com/"_s << u"https://مثال.com/"_s;
    QTest::newRow("Latin IDN") << u"https://bücher.example/"_s << u"https://bücher.example/"_s;
    QTest::newRow("Latin IDN in capitals") << u"https://BÜCHER.example/"_s << u"https://bücher.example/"_s;
    QTest::newRow("Persian path") << u"https://example.com/صفحه"_s << u"https://example.com/صفحه"_s;
    QTest::newRow("Persian path with ZWNJ") << u"https://example.com/پروژه\u200Cها"_s
                                            << u"https://example.com/پروژه\u200Cها"_s;
    QTest::newRow("Persian path with harakat") << u"https://example.com/مُحَمَّد"_s << u"https://example.com/مُحَمَّد"_s;
    QTest::newRow("already percent-encoded path") << u"https://example.com/"_s + persianPathEncoded
                                                  << u"https://example.com/صفحه"_s;
    QTest::newRow("Persian query") << u"https://example.com/search?q=گیت&lang=fa"_s
                                   << u"https://example.com/search?q=گیت&lang=fa"_s;
    QTest::newRow("encoded Persian query") << u"https://example.com/search?q=%DA%AF%DB%8C%D8%AA"_s
                                           << u"https://example.com/search?q=گیت"_s;
    QTest::newRow("Persian fragment") << u"https://example.com/doc#بخش"_s << u"https://example.com/doc#بخش"_s;
    QTest::newRow("decomposed letter composed (NFC)") << u"https://example.com/cafe\u0301"_s
                                                      << u"https://example.com/caf\u00E9"_s;
    QTest::newRow("decomposed letter in the host") << u"https://cafe\u0301.example/"_s << u"https://caf\u00E9.example/"_s;
    // Decoding must not change which link it is: these stay encoded.
    QTest::newRow("encoded space") << u"https://example.com/a%20b"_s << u"https://example.com/a%20b"_s;
    QTest::newRow("encoded slash") << u"https://example.com/a%2Fb"_s << u"https://example.com/a%2Fb"_s;
    QTest::newRow("encoded no-break space") << u"https://example.com/a%C2%A0b"_s << u"https://example.com/a%C2%A0b"_s;
    QTest::newRow("encoded right-to-left override") << u"https://example.com/%E2%80%AEgnp.exe"_s
                                                    << u"https://example.com/%E2%80%AEgnp.exe"_s;
    QTest::newRow("typed right-to-left override") << u"https://example.com/\u202Egnp.exe"_s
                                                  << u"https://example.com/%E2%80%AEgnp.exe"_s;
    QTest::newRow("typed left-to-right mark") << u"https://example.com/a\u200Eb"_s << u"https://example.com/a%E2%80%8Eb"_s;
    QTest::newRow("typed zero-width space") << u"https://example.com/a\u200Bb"_s << u"https://example.com/a%E2%80%8Bb"_s;
    QTest::newRow("encoded Hangul filler") << u"https://example.com/%E3%85%A4"_s << u"https://example.com/%E3%85%A4"_s;
    QTest::newRow("encoded private use") << u"https://example.com/%EE%80%80"_s << u"https://example.com/%EE%80%80"_s;
    QTest::newRow("not UTF-8") << u"https://example.com/%FF%FE"_s << u"https://example.com/%FF%FE"_s;
    QTest::newRow("encoded combining mark after a letter")
        << u"https://example.com/e%CC%81"_s << u"https://example.com/e%CC%81"_s;
    QTest::newRow("letters around a kept override") << u"https://example.com/%D8%B5%E2%80%AE%D8%B5"_s
                                                    << u"https://example.com/ص%E2%80%AEص"_s;
    QTest::newRow("fragment") << u"https://example.com/doc#part-2"_s << u"https://example.com/doc#part-2"_s;
    QTest::newRow("localhost with port") << u"localhost:8000"_s << u"https://localhost:8000"_s;
    QTest::newRow("http localhost") << u"http://localhost:8000/admin/"_s << u"http://localhost:8000/admin/"_s;
    QTest::newRow("no scheme, port and path") << u"example.com:8080/a"_s << u"https://example.com:8080/a"_s;
    QTest::newRow("Persian domain with port") << u"https://نمونه.ایران:8443/"_s << u"https://نمونه.ایران:8443/"_s;
    QTest::newRow("IPv4") << u"http://192.168.1.10/"_s << u"http://192.168.1.10/"_s;
    QTest::newRow("IPv4 with port") << u"http://127.0.0.1:8000"_s << u"http://127.0.0.1:8000"_s;
    QTest::newRow("IPv6") << u"http://[::1]/"_s << u"http://[::1]/"_s;
    QTest::newRow("IPv6 with port") << u"http://[2001:db8::1]:8443/x"_s << u"http://[2001:db8::1]:8443/x"_s;
    QTest::newRow("subdomains, hyphen, underscore in path")
        << u"https://my-site.sub.example.co.uk/a_b-c"_s << u"https://my-site.sub.example.co.uk/a_b-c"_s;
    QTest::newRow("port 65535") << u"https://example.com:65535/"_s << u"https://example.com:65535/"_s;
    QTest::newRow("exactly 200 characters") << linkOfLength(200) << linkOfLength(200);
    QTest::newRow("exactly 200 Persian characters") << persianLinkOfLength(200) << persianLinkOfLength(200);
}

void TestUrlInput::accepts()
{
    QFETCH(QString, text);
    QFETCH(QString, sent);

    const UrlInput::Result result = UrlInput::fromUserInput(text);

    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.sent, sent);
    QVERIFY(UrlText::length(result.sent) <= UrlInput::maxSentLength);
    // Nothing sent hides or reorders text, and no space ends the link early.
    for (const char32_t c : result.sent.toUcs4()) {
        QVERIFY2(!HiddenCharacters::isSuspicious(c) && !QChar::isSpace(c), qPrintable(result.sent));
        QVERIFY2(c == U'\u200C' || QChar::category(c) != QChar::Other_Format, qPrintable(result.sent));
    }
    QCOMPARE(result.sent, result.sent.normalized(QString::NormalizationForm_C));
    QVERIFY(QUrl(result.sent, QUrl::StrictMode).isValid());
    // Sending it again sends the same.
    QCOMPARE(UrlInput::fromUserInput(result.sent).sent, result.sent);
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
    QTest::newRow("201 Persian characters") << persianLinkOfLength(201) << u"201 characters"_s;
    QTest::newRow("encoded characters count three each")
        << u"https://example.com/"_s + u"%2F"_s.repeated(61) << u"203 characters"_s;
    QTest::newRow("the three are explained") << u"https://example.com/"_s + u"%2F"_s.repeated(61)
                                             << u"such as “\u2066%2F\u2069”, counts as three"_s;
}

void TestUrlInput::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, errorContains);

    const UrlInput::Result result = UrlInput::fromUserInput(text);

    QVERIFY2(!result.ok(), qPrintable(u"accepted as "_s + result.sent));
    QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
    QVERIFY(result.sent.isEmpty());
}

void TestUrlInput::persianLinkIsSentReadable()
{
    // The example: not "https://xn--hhbbbed.xn--mgba3a4f16a/%D8%B5…".
    const UrlInput::Result result = UrlInput::fromUserInput(u"https://نمونه.ایران/صفحه"_s);

    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.sent, u"https://نمونه.ایران/صفحه"_s);
    // The same link as its encoded form; the ACE form comes from Qt's own IDNA.
    const QUrl sent(result.sent);
    QCOMPARE(sent.host(QUrl::FullyEncoded), QString::fromLatin1(QUrl::toAce(u"نمونه.ایران"_s)));
    QCOMPARE(sent.host(QUrl::FullyEncoded), u"xn--hhbbbed.xn--mgba3a4f16a"_s);
    QCOMPARE(sent.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority), "/" + persianPathEncoded.toLatin1());
}

void TestUrlInput::lengthLimitCountsWhatIsSent()
{
    // Django counts characters (code points) of what it is sent: a Persian
    // letter is one, not the six of its percent-encoding, and a character
    // outside the BMP is one, not QString's two.
    const QString fits = persianLinkOfLength(199) + u"😀"_s;
    QCOMPARE(fits.size(), 201);

    const UrlInput::Result accepted = UrlInput::fromUserInput(fits);
    const UrlInput::Result tooLong = UrlInput::fromUserInput(fits + u'ص');

    QVERIFY2(accepted.ok(), qPrintable(accepted.error));
    QCOMPARE(UrlText::length(accepted.sent), UrlInput::maxSentLength);
    QVERIFY(!tooLong.ok());
    QVERIFY2(tooLong.error.contains(u"201 characters"_s), qPrintable(tooLong.error));
    QVERIFY2(!tooLong.error.contains(u"three"_s), qPrintable(tooLong.error)); // nothing in it is encoded
}

QTEST_GUILESS_MAIN(TestUrlInput)
#include "TestUrlInput.moc"
