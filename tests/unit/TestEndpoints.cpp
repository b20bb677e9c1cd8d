#include "api/Endpoints.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

// URL building for every shape of base URL a user may type, and the origin
// check that decides which URLs may ever see the API token.
class TestEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void collectionUrl_data();
    void collectionUrl();
    void detailUrl_data();
    void detailUrl();
    void collectionUrlIsSameOriginAsBase_data();
    void collectionUrlIsSameOriginAsBase();
    void isSameOrigin_data();
    void isSameOrigin();
    void isSameOriginIsSymmetric_data();
    void isSameOriginIsSymmetric();
    void isLoopback_data();
    void isLoopback();
    void plainHttpFallback_data();
    void plainHttpFallback();
    void tokenAdmin_data();
    void tokenAdmin();
};

namespace {

void addBaseRows()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QByteArray>("prefix"); // what every API URL starts with, encoded as sent

    QTest::newRow("host only") << QUrl(u"https://example.com"_s) << "https://example.com/"_ba;
    QTest::newRow("host with slash") << QUrl(u"https://example.com/"_s) << "https://example.com/"_ba;
    QTest::newRow("http") << QUrl(u"http://example.com/"_s) << "http://example.com/"_ba;
    QTest::newRow("path prefix") << QUrl(u"https://host/backend"_s) << "https://host/backend/"_ba;
    QTest::newRow("path prefix with slash") << QUrl(u"https://host/backend/"_s) << "https://host/backend/"_ba;
    QTest::newRow("deep prefix") << QUrl(u"https://host/a/b/c"_s) << "https://host/a/b/c/"_ba;
    QTest::newRow("port") << QUrl(u"http://localhost:8000"_s) << "http://localhost:8000/"_ba;
    QTest::newRow("port with slash") << QUrl(u"http://127.0.0.1:8000/"_s) << "http://127.0.0.1:8000/"_ba;
    QTest::newRow("port and prefix") << QUrl(u"https://host:8443/backend/"_s) << "https://host:8443/backend/"_ba;
    QTest::newRow("explicit default port kept") << QUrl(u"https://host:443/"_s) << "https://host:443/"_ba;
    QTest::newRow("ipv6") << QUrl(u"http://[::1]:8000/"_s) << "http://[::1]:8000/"_ba;
    QTest::newRow("query dropped") << QUrl(u"https://host/backend/?lang=fa"_s) << "https://host/backend/"_ba;
    QTest::newRow("fragment dropped") << QUrl(u"https://host/backend#top"_s) << "https://host/backend/"_ba;
    QTest::newRow("query and fragment dropped")
        << QUrl(u"https://host:8443/backend?x=1&y=2#frag"_s) << "https://host:8443/backend/"_ba;
    QTest::newRow("IDN host") << QUrl(u"https://مثال.ایران/"_s) << "https://xn--mgbh0fb.xn--mgba3a4f16a/"_ba;
    QTest::newRow("IDN host, Latin") << QUrl(u"https://bücher.example/api-root"_s)
                                     << "https://xn--bcher-kva.example/api-root/"_ba;
    QTest::newRow("Persian path prefix")
        << QUrl(u"https://host/پیشخوان/"_s) << "https://host/%D9%BE%DB%8C%D8%B4%D8%AE%D9%88%D8%A7%D9%86/"_ba;
}

} // namespace

void TestEndpoints::collectionUrl_data()
{
    addBaseRows();
}

void TestEndpoints::collectionUrl()
{
    QFETCH(QUrl, base);
    QFETCH(QByteArray, prefix);

    const QUrl url = Endpoints::links(base, 3);

    QVERIFY(url.isValid());
    QCOMPARE(url.toEncoded(), prefix + "api/portfolios/3/links/");
    // Django answers a POST without the trailing slash with a 500.
    QVERIFY(url.path().endsWith(u'/'));
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
    QVERIFY(!url.path().contains(u"//"_s));
}

void TestEndpoints::detailUrl_data()
{
    addBaseRows();
}

void TestEndpoints::detailUrl()
{
    QFETCH(QUrl, base);
    QFETCH(QByteArray, prefix);

    const QUrl url = Endpoints::link(base, 3, 42);

    QVERIFY(url.isValid());
    // Detail paths are documented without the trailing slash.
    QCOMPARE(url.toEncoded(), prefix + "api/portfolios/3/links/42");
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
}

void TestEndpoints::collectionUrlIsSameOriginAsBase_data()
{
    addBaseRows();
}

void TestEndpoints::collectionUrlIsSameOriginAsBase()
{
    QFETCH(QUrl, base);

    QVERIFY(Endpoints::isSameOrigin(base, Endpoints::links(base, 1)));
    QVERIFY(Endpoints::isSameOrigin(base, Endpoints::link(base, 1, 2)));
}

void TestEndpoints::isSameOrigin_data()
{
    QTest::addColumn<QUrl>("a");
    QTest::addColumn<QUrl>("b");
    QTest::addColumn<bool>("same");

    const auto row = [](const char *name, const QString &a, const QString &b, bool same) {
        QTest::newRow(name) << QUrl(a) << QUrl(b) << same;
    };
    row("identical", u"https://example.com/"_s, u"https://example.com/"_s, true);
    row("different paths", u"https://example.com/backend/"_s, u"https://example.com/media/x.png"_s, true);
    row("query and fragment ignored", u"https://example.com/?a=1"_s, u"https://example.com/#b"_s, true);
    row("host case", u"https://Example.COM/"_s, u"https://example.com/"_s, true);
    row("scheme case", u"HTTPS://example.com/"_s, u"https://example.com/"_s, true);
    row("explicit 443 vs none", u"https://example.com:443/"_s, u"https://example.com/"_s, true);
    row("none vs explicit 443", u"https://example.com/"_s, u"https://example.com:443/api/"_s, true);
    row("explicit 80 vs none", u"http://example.com:80/"_s, u"http://example.com/"_s, true);
    row("same explicit port", u"http://localhost:8000/"_s, u"http://localhost:8000/media/a.png"_s, true);
    row("IDN vs punycode", u"https://مثال.ایران/"_s, u"https://xn--mgbh0fb.xn--mgba3a4f16a/"_s, true);

    row("http vs https", u"http://example.com/"_s, u"https://example.com/"_s, false);
    row("http:443 vs https", u"http://example.com:443/"_s, u"https://example.com/"_s, false);
    row("https:80 vs http", u"https://example.com:80/"_s, u"http://example.com/"_s, false);
    row("different port", u"http://localhost:8000/"_s, u"http://localhost:8001/"_s, false);
    row("explicit port vs default", u"http://localhost:8000/"_s, u"http://localhost/"_s, false);
    row("https 8443 vs default", u"https://example.com:8443/"_s, u"https://example.com/"_s, false);
    row("localhost vs 127.0.0.1", u"http://localhost:8000/"_s, u"http://127.0.0.1:8000/"_s, false);
    row("subdomain", u"https://example.com/"_s, u"https://media.example.com/"_s, false);
    row("suffix attack", u"https://example.com/"_s, u"https://example.com.evil.test/"_s, false);
    row("userinfo host trick", u"https://example.com/"_s, u"https://example.com@evil.test/"_s, false);
    row("different host", u"https://example.com/"_s, u"https://example.org/"_s, false);
    row("relative URL", u"https://example.com/"_s, u"/media/a.png"_s, false);
    row("empty URL", u"https://example.com/"_s, QString(), false);
    row("both empty", QString(), QString(), false);
    row("both without host", u"file:///tmp/a"_s, u"file:///tmp/a"_s, false);
}

void TestEndpoints::isSameOrigin()
{
    QFETCH(QUrl, a);
    QFETCH(QUrl, b);
    QFETCH(bool, same);

    QCOMPARE(Endpoints::isSameOrigin(a, b), same);
}

void TestEndpoints::isSameOriginIsSymmetric_data()
{
    isSameOrigin_data();
}

void TestEndpoints::isSameOriginIsSymmetric()
{
    QFETCH(QUrl, a);
    QFETCH(QUrl, b);
    QFETCH(bool, same);

    QCOMPARE(Endpoints::isSameOrigin(b, a), same);
}

void TestEndpoints::isLoopback_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("localhost") << QUrl(u"http://localhost:8000/"_s) << true;
    QTest::newRow("LOCALHOST") << QUrl(u"http://LOCALHOST/"_s) << true;
    QTest::newRow("127.0.0.1") << QUrl(u"http://127.0.0.1:32843/"_s) << true;
    QTest::newRow("127.1.2.3") << QUrl(u"http://127.1.2.3/"_s) << true;
    QTest::newRow("::1") << QUrl(u"http://[::1]:8000/"_s) << true;
    QTest::newRow("LAN address") << QUrl(u"http://192.168.1.10/"_s) << false;
    QTest::newRow("any address") << QUrl(u"http://0.0.0.0:8000/"_s) << false;
    QTest::newRow("name ending in localhost") << QUrl(u"http://evil-localhost/"_s) << false;
    QTest::newRow("localhost subdomain elsewhere") << QUrl(u"http://localhost.example.com/"_s) << false;
    QTest::newRow("domain") << QUrl(u"https://example.com/"_s) << false;
    QTest::newRow("no host") << QUrl() << false;
}

void TestEndpoints::isLoopback()
{
    QFETCH(QUrl, url);
    QFETCH(bool, loopback);

    QCOMPARE(Endpoints::isLoopback(url), loopback);
}

void TestEndpoints::plainHttpFallback_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QUrl>("httpsFirst"); // what serverFromUserInput makes of it, unchanged
    QTest::addColumn<QUrl>("fallback");   // invalid: https only

    QTest::newRow("loopback with port") << u"127.0.0.1:32843"_s << QUrl(u"https://127.0.0.1:32843"_s)
                                        << QUrl(u"http://127.0.0.1:32843"_s);
    QTest::newRow("spaces around") << u"  127.0.0.1:32843/ "_s << QUrl(u"https://127.0.0.1:32843/"_s)
                                   << QUrl(u"http://127.0.0.1:32843/"_s);
    QTest::newRow("localhost with prefix") << u"localhost:8000/backend/"_s << QUrl(u"https://localhost:8000/backend/"_s)
                                           << QUrl(u"http://localhost:8000/backend/"_s);
    QTest::newRow("ipv6 loopback") << u"[::1]:8000"_s << QUrl(u"https://[::1]:8000"_s) << QUrl(u"http://[::1]:8000"_s);
    QTest::newRow("explicit https on loopback") << u"https://127.0.0.1:32843"_s << QUrl(u"https://127.0.0.1:32843"_s)
                                                << QUrl();
    QTest::newRow("explicit http on loopback") << u"http://127.0.0.1:32843"_s << QUrl(u"http://127.0.0.1:32843"_s)
                                               << QUrl();
    QTest::newRow("another machine") << u"example.com"_s << QUrl(u"https://example.com"_s) << QUrl();
    QTest::newRow("LAN address") << u"192.168.1.10:8000"_s << QUrl(u"https://192.168.1.10:8000"_s) << QUrl();
    QTest::newRow("Persian domain") << u"مثال.ایران"_s << QUrl(u"https://مثال.ایران"_s) << QUrl();
    QTest::newRow("empty") << QString() << QUrl() << QUrl();
    QTest::newRow("broken") << u"exa mple.com"_s << QUrl() << QUrl();
}

void TestEndpoints::plainHttpFallback()
{
    QFETCH(QString, typed);
    QFETCH(QUrl, httpsFirst);
    QFETCH(QUrl, fallback);

    QCOMPARE(Endpoints::serverFromUserInput(typed), httpsFirst);
    QCOMPARE(Endpoints::plainHttpFallback(typed), fallback);
}

void TestEndpoints::tokenAdmin_data()
{
    QTest::addColumn<QUrl>("server");
    QTest::addColumn<QUrl>("admin"); // invalid: no page to offer

    const QUrl https(u"https://example.com/admin/authtoken/tokenproxy/"_s);
    QTest::newRow("host only") << QUrl(u"https://example.com"_s) << https;
    QTest::newRow("API below a prefix") << QUrl(u"https://example.com/backend/"_s) << https;
    QTest::newRow("query and fragment dropped") << QUrl(u"https://example.com/?lang=fa#top"_s) << https;
    QTest::newRow("user info dropped") << QUrl(u"https://me:secret@example.com/"_s) << https;
    QTest::newRow("http kept") << QUrl(u"http://127.0.0.1:32843/"_s)
                               << QUrl(u"http://127.0.0.1:32843/admin/authtoken/tokenproxy/"_s);
    QTest::newRow("port kept") << QUrl(u"https://example.com:8443/api/"_s)
                               << QUrl(u"https://example.com:8443/admin/authtoken/tokenproxy/"_s);
    QTest::newRow("ipv6") << QUrl(u"http://[::1]:8000/"_s) << QUrl(u"http://[::1]:8000/admin/authtoken/tokenproxy/"_s);
    QTest::newRow("Persian domain") << QUrl(u"https://مثال.ایران/"_s)
                                    << QUrl(u"https://مثال.ایران/admin/authtoken/tokenproxy/"_s);
    QTest::newRow("ftp") << QUrl(u"ftp://example.com/"_s) << QUrl();
    QTest::newRow("javascript") << QUrl(u"javascript:alert(1)"_s) << QUrl();
    QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s) << QUrl();
    QTest::newRow("empty") << QUrl() << QUrl();
}

void TestEndpoints::tokenAdmin()
{
    QFETCH(QUrl, server);
    QFETCH(QUrl, admin);

    const QUrl url = Endpoints::tokenAdmin(server);
    QCOMPARE(url, admin);
    if (url.isValid())
        QVERIFY(Endpoints::isSameOrigin(url, server));
}

QTEST_GUILESS_MAIN(TestEndpoints)
#include "TestEndpoints.moc"
