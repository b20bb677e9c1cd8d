#include "text/WebLink.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(WebLink::Kind)

// Which of a server's URLs may be opened: web links only.
class TestWebLink : public QObject
{
    Q_OBJECT

private slots:
    void kind_data();
    void kind();
};

void TestWebLink::kind_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<WebLink::Kind>("kind");
    using K = WebLink::Kind;

    QTest::newRow("https") << u"https://example.com/demo"_s << K::Web;
    QTest::newRow("http, Persian domain") << u"http://نمونه.ایران/صفحه"_s << K::Web;
    QTest::newRow("HTTPS in capitals") << u"HTTPS://EXAMPLE.COM"_s << K::Web;
    QTest::newRow("ftp") << u"ftp://files.example.com/a.zip"_s << K::FileTransfer;
    QTest::newRow("ftps") << u"ftps://files.example.com/"_s << K::FileTransfer;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << K::Unsafe;
    QTest::newRow("file") << u"file:///etc/passwd"_s << K::Unsafe;
    QTest::newRow("Windows share") << u"file://host/share"_s << K::Unsafe;
    QTest::newRow("data") << u"data:text/html,<script>alert(1)</script>"_s << K::Unsafe;
    QTest::newRow("http without host") << u"http:///etc/passwd"_s << K::Unsafe;
    QTest::newRow("relative") << u"/etc/passwd"_s << K::Unsafe;
    QTest::newRow("smb") << u"smb://host/share"_s << K::Unsafe;
    QTest::newRow("a user name that reads as the site") << u"http://trusted.example.com@127.0.0.1:9/"_s << K::HidesItsHost;
    QTest::newRow("with a password") << u"https://good.example:secret@evil.example/"_s << K::HidesItsHost;
    QTest::newRow("an @ in the path only") << u"https://example.com/@someone"_s << K::Web;
}

void TestWebLink::kind()
{
    QFETCH(QString, url);
    QFETCH(WebLink::Kind, kind);
    QCOMPARE(WebLink::kindOf(QUrl(url)), kind);
    QCOMPARE(WebLink::mayOpen(QUrl(url)), kind == WebLink::Kind::Web);
}

QTEST_GUILESS_MAIN(TestWebLink)
#include "TestWebLink.moc"
