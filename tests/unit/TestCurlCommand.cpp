#include "api/ApiClient.h"
#include "api/CurlCommand.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// "Copy as cURL": the request a user can paste into a shell. The token is
// never in it, and no character of what was typed means anything to the shell.
class TestCurlCommand : public QObject
{
    Q_OBJECT

private slots:
    void quotedTextReachesTheCommandUnchanged_data();
    void quotedTextReachesTheCommandUnchanged();
    void aCreateIsCopiedWithoutTheToken();
    void anEditIsCopiedAsItsPatch();
    void nothingSentNothingCopied();
};

namespace {

const QString secret = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"_s;

// What the shell makes of `word`: one argument, printed back.
QString throughTheShell(const QString &word)
{
    QProcess shell;
    shell.start(u"/bin/sh"_s, {u"-c"_s, u"printf '%s' "_s + word});
    shell.waitForFinished();
    return QString::fromUtf8(shell.readAllStandardOutput());
}

} // namespace

void TestCurlCommand::quotedTextReachesTheCommandUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("apostrophe") << u"Ali's demo"_s;
    QTest::newRow("only quotes") << u"''"_s;
    QTest::newRow("Persian with ZWNJ") << u"نمونه‌ی «فروشگاه»"_s;
    QTest::newRow("variable and command") << u"$HOME `id` $(id)"_s;
    QTest::newRow("double quotes and backslash") << u"\"a\\\"b\\"_s;
    QTest::newRow("newline and glob") << u"line 1\n* ? [x]"_s;
    QTest::newRow("JSON body") << u"{\"name\":\"کد 'منبع'\"}"_s;
}

void TestCurlCommand::quotedTextReachesTheCommandUnchanged()
{
    QFETCH(QString, text);
    QCOMPARE(throughTheShell(CurlCommand::shellQuoted(text)), text);
}

void TestCurlCommand::aCreateIsCopiedWithoutTheToken()
{
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(QUrl(u"http://127.0.0.1:9/backend/"_s)); // nothing listens: nothing needs to answer
    api.setToken(secret);
    LinkDraft draft;
    draft.portfolioId = 3;
    draft.name = u"دمو 'فروشگاه' $HOME"_s;
    draft.url = u"https://xn--mgbh0fb.xn--mgba3a4f16a/%D8%AF%D9%85%D9%88"_s;
    draft.description = u"خط اول\nخط دوم"_s;
    api.createLink(draft);

    const QString command = CurlCommand::of(api.lastWrite(), u"PORTFOLIO_LINKS_TOKEN"_s);
    QVERIFY2(!command.contains(secret), qPrintable(command));
    QVERIFY2(command.contains(u"-H \"Authorization: Token $PORTFOLIO_LINKS_TOKEN\""_s), qPrintable(command));
    // One argument a line, for reading.
    QVERIFY2(command.startsWith(u"curl -X 'POST' \\\n  'http://127.0.0.1:9/backend/api/portfolios/3/links/' \\\n"_s),
             qPrintable(command));
    QVERIFY(command.contains(u"-H 'Content-Type: application/json'"_s));
    QVERIFY(command.contains(u"-H 'Accept: application/json'"_s));
    // The body as sent, Persian as text, the apostrophes closed and reopened.
    QVERIFY2(command.contains(u"\"name\":\"دمو '\\''فروشگاه'\\'' $HOME\""_s), qPrintable(command));
}

void TestCurlCommand::anEditIsCopiedAsItsPatch()
{
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(QUrl(u"http://127.0.0.1:9/"_s));
    api.setToken(secret);
    LinkDraft before;
    before.portfolioId = 1;
    before.name = u"قدیمی"_s;
    LinkDraft after = before;
    after.name = u"جدید"_s;
    api.updateLink(LinkPatch::between(before, after, 42));

    const QString command = CurlCommand::of(api.lastWrite(), u"PORTFOLIO_LINKS_TOKEN"_s);
    QVERIFY(!command.contains(secret));
    QVERIFY2(command.startsWith(u"curl -X 'PATCH' \\\n  'http://127.0.0.1:9/api/portfolios/1/links/42'"_s), qPrintable(command));
    QVERIFY(command.endsWith(u"--data-raw '{\"name\":\"جدید\"}'"_s));
}

void TestCurlCommand::nothingSentNothingCopied()
{
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setToken(secret);
    QVERIFY(api.lastWrite().isNull());
    QCOMPARE(CurlCommand::of(api.lastWrite(), u"PORTFOLIO_LINKS_TOKEN"_s), QString());
}

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "TestCurlCommand.moc"
