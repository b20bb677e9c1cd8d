#include "storage/LaunchOptions.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

// The test binary re-runs itself with this variable set to parse its own
// arguments: --help and --version print and exit the process, which can only
// be observed from outside.
constexpr char childVariable[] = "PORTFOLIO_LINKS_TEST_PARSE_CHILD";
constexpr int childReturned = 37; // parse() came back instead of exiting

int runParseChild(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"portfolio-links"_s);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    LaunchOptions options;
    const QString error = LaunchOptions::parse(QCoreApplication::arguments(), &options);
    std::fprintf(stdout, "parse returned: %s\n", qPrintable(error));
    return childReturned;
}

} // namespace

// The command line: values validated, errors explained, and the options that
// only print recognised before any window (or display) is needed.
class TestLaunchOptions : public QObject
{
    Q_OBJECT

private slots:
    void validOptions_data();
    void validOptions();
    void invalidOptions_data();
    void invalidOptions();
    void onlyPrints_data();
    void onlyPrints();
    void printingOptionsExit_data();
    void printingOptionsExit();
    void profileOption_data();
    void profileOption();
};

void TestLaunchOptions::validOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QUrl>("server");
    QTest::addColumn<std::optional<qint64>>("portfolio");

    const QString app = u"portfolio-links"_s;
    const std::optional<qint64> none;
    QTest::newRow("nothing") << QStringList{app} << QUrl() << none;
    QTest::newRow("https server") << QStringList{app, u"--server"_s, u"https://example.com/"_s}
                                  << QUrl(u"https://example.com/"_s) << none;
    QTest::newRow("server with =") << QStringList{app, u"--server=https://example.com/backend/"_s}
                                   << QUrl(u"https://example.com/backend/"_s) << none;
    QTest::newRow("http server with port") << QStringList{app, u"--server"_s, u"http://127.0.0.1:8000"_s}
                                           << QUrl(u"http://127.0.0.1:8000"_s) << none;
    QTest::newRow("host and port, https assumed")
        << QStringList{app, u"--server"_s, u"localhost:8000"_s} << QUrl(u"https://localhost:8000"_s) << none;
    QTest::newRow("bare host, https assumed") << QStringList{app, u"--server"_s, u"example.com"_s}
                                               << QUrl(u"https://example.com"_s) << none;
    QTest::newRow("IDN server") << QStringList{app, u"--server"_s, u"https://مثال.ایران/"_s}
                                << QUrl(u"https://مثال.ایران/"_s) << none;
    QTest::newRow("portfolio") << QStringList{app, u"--portfolio"_s, u"3"_s} << QUrl() << std::optional<qint64>(3);
    QTest::newRow("portfolio with =") << QStringList{app, u"--portfolio=42"_s} << QUrl() << std::optional<qint64>(42);
    QTest::newRow("large portfolio") << QStringList{app, u"--portfolio"_s, u"9007199254740993"_s} << QUrl()
                                     << std::optional<qint64>(9007199254740993LL);
    QTest::newRow("both") << QStringList{app, u"--portfolio"_s, u"7"_s, u"--server"_s, u"https://h.example"_s}
                          << QUrl(u"https://h.example"_s) << std::optional<qint64>(7);
}

void TestLaunchOptions::validOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QUrl, server);
    QFETCH(std::optional<qint64>, portfolio);

    LaunchOptions options;
    const QString error = LaunchOptions::parse(arguments, &options);

    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(options.server.has_value(), !server.isEmpty());
    if (options.server)
        QCOMPARE(*options.server, server);
    QCOMPARE(options.portfolio, portfolio);
}

void TestLaunchOptions::invalidOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions"); // the error names what was wrong

    const QString app = u"portfolio-links"_s;
    const auto server = [&](const QString &value) { return QStringList{app, u"--server"_s, value}; };
    const auto portfolio = [&](const QString &value) { return QStringList{app, u"--portfolio"_s, value}; };

    QTest::newRow("ftp server") << server(u"ftp://example.com/"_s) << u"ftp://example.com/"_s;
    QTest::newRow("file server") << server(u"file:///tmp/api"_s) << u"file:///tmp/api"_s;
    QTest::newRow("local path") << server(u"/srv/api"_s) << u"/srv/api"_s;
    QTest::newRow("javascript") << server(u"javascript:alert(1)"_s) << u"javascript:alert(1)"_s;
    QTest::newRow("garbage") << server(u"%%%"_s) << u"%%%"_s;
    QTest::newRow("words") << server(u"not a url"_s) << u"not a url"_s;
    QTest::newRow("colons") << server(u"::::"_s) << u"::::"_s;
    QTest::newRow("no host") << server(u"https://"_s) << u"https://"_s;
    QTest::newRow("no host, path") << server(u"http:///api/"_s) << u"http:///api/"_s;
    QTest::newRow("user but no host") << server(u"https://user@"_s) << u"https://user@"_s;
    QTest::newRow("empty server") << server(QString()) << u"--server"_s;
    QTest::newRow("space in host") << server(u"https://exa mple.com"_s) << u"https://exa mple.com"_s;
    QTest::newRow("unclosed IPv6") << server(u"http://[::1:8000/"_s) << u"http://[::1:8000/"_s;
    QTest::newRow("server without value") << QStringList{app, u"--server"_s} << u"server"_s;
    QTest::newRow("portfolio zero") << portfolio(u"0"_s) << u"0"_s;
    QTest::newRow("portfolio negative") << portfolio(u"-3"_s) << u"-3"_s;
    QTest::newRow("portfolio negative with =") << QStringList{app, u"--portfolio=-3"_s} << u"-3"_s;
    QTest::newRow("portfolio word") << portfolio(u"three"_s) << u"three"_s;
    QTest::newRow("portfolio with suffix") << portfolio(u"12abc"_s) << u"12abc"_s;
    QTest::newRow("portfolio fraction") << portfolio(u"1.5"_s) << u"1.5"_s;
    QTest::newRow("portfolio Persian digits") << portfolio(u"۳"_s) << u"۳"_s;
    QTest::newRow("portfolio overflow") << portfolio(u"99999999999999999999"_s) << u"99999999999999999999"_s;
    QTest::newRow("portfolio empty") << portfolio(QString()) << u"--portfolio"_s;
    QTest::newRow("portfolio without value") << QStringList{app, u"--portfolio"_s} << u"portfolio"_s;
    QTest::newRow("unknown long option") << QStringList{app, u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown short option") << QStringList{app, u"-x"_s} << u"x"_s;
    QTest::newRow("misspelt option") << QStringList{app, u"--servr"_s, u"https://example.com/"_s} << u"servr"_s;
    QTest::newRow("bad value after a good one")
        << QStringList{app, u"--server"_s, u"https://example.com/"_s, u"--portfolio"_s, u"0"_s} << u"0"_s;
}

void TestLaunchOptions::invalidOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);

    LaunchOptions options;
    const QString error = LaunchOptions::parse(arguments, &options);

    QVERIFY2(!error.isEmpty(), qPrintable(options.server.value_or(QUrl()).toString()));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    // A refused value is never kept.
    if (arguments.contains(u"--portfolio"_s) || arguments.last().startsWith(u"--portfolio"_s))
        QVERIFY(!options.portfolio);
    if (!arguments.contains(u"https://example.com/"_s))
        QVERIFY(!options.server);
}

void TestLaunchOptions::profileOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("profile"); // empty: an error
    const QString app = u"portfolio-links"_s;
    QTest::newRow("name") << QStringList{app, u"--profile"_s, u"Staging"_s} << u"Staging"_s;
    QTest::newRow("with =, spaces tidied") << QStringList{app, u"--profile=  Local   laptop "_s} << u"Local laptop"_s;
    QTest::newRow("Persian name") << QStringList{app, u"--profile"_s, u"سرور آزمایشی"_s} << u"سرور آزمایشی"_s;
    QTest::newRow("blank") << QStringList{app, u"--profile"_s, u"  "_s} << QString();
}

void TestLaunchOptions::profileOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, profile);
    LaunchOptions options;
    const QString error = LaunchOptions::parse(arguments, &options);
    QCOMPARE(error.isEmpty(), !profile.isEmpty());
    QCOMPARE(options.profile.value_or(QString()), profile);
    if (!error.isEmpty())
        QVERIFY2(error.contains(u"--profile"_s), qPrintable(error));
}

void TestLaunchOptions::onlyPrints_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<bool>("prints");

    QTest::newRow("-h") << QByteArrayList{"portfolio-links", "-h"} << true;
    QTest::newRow("--help") << QByteArrayList{"portfolio-links", "--help"} << true;
    QTest::newRow("--help-all") << QByteArrayList{"portfolio-links", "--help-all"} << true;
    QTest::newRow("-v") << QByteArrayList{"portfolio-links", "-v"} << true;
    QTest::newRow("--version") << QByteArrayList{"portfolio-links", "--version"} << true;
    QTest::newRow("after other options")
        << QByteArrayList{"portfolio-links", "--server", "https://example.com/", "--version"} << true;
    QTest::newRow("no arguments") << QByteArrayList{"portfolio-links"} << false;
    QTest::newRow("server") << QByteArrayList{"portfolio-links", "--server", "https://example.com/"} << false;
    QTest::newRow("portfolio") << QByteArrayList{"portfolio-links", "--portfolio", "3"} << false;
    QTest::newRow("unknown option") << QByteArrayList{"portfolio-links", "--frobnicate"} << false;
    QTest::newRow("Qt platform option") << QByteArrayList{"portfolio-links", "-platform", "offscreen"} << false;
    QTest::newRow("program name only looks like help") << QByteArrayList{"--help"} << false;
    QTest::newRow("help as a word") << QByteArrayList{"portfolio-links", "help"} << false;
    QTest::newRow("--helpful") << QByteArrayList{"portfolio-links", "--helpful"} << false;
    QTest::newRow("--version=1") << QByteArrayList{"portfolio-links", "--version=1"} << false;
    QTest::newRow("-V") << QByteArrayList{"portfolio-links", "-V"} << false;
}

void TestLaunchOptions::onlyPrints()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(bool, prints);

    std::vector<const char *> argv;
    for (const QByteArray &argument : arguments)
        argv.push_back(argument.constData());
    argv.push_back(nullptr);

    QCOMPARE(LaunchOptions::onlyPrints(int(arguments.size()), argv.data()), prints);
}

void TestLaunchOptions::printingOptionsExit_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("printed");

    QTest::newRow("--help") << QStringList{u"--help"_s} << u"--server"_s;
    QTest::newRow("-h") << QStringList{u"-h"_s} << u"--portfolio"_s;
    QTest::newRow("--version") << QStringList{u"--version"_s} << u"portfolio-links 9.8.7"_s;
    QTest::newRow("-v") << QStringList{u"-v"_s} << u"9.8.7"_s;
    QTest::newRow("--help-all") << QStringList{u"--help-all"_s} << u"--server"_s;
}

void TestLaunchOptions::printingOptionsExit()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, printed);

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childVariable), u"1"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    QVERIFY2(child.waitForFinished(30000), qPrintable(child.errorString()));

    const QString output = QString::fromLocal8Bit(child.readAllStandardOutput());
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    QVERIFY2(output.contains(printed), qPrintable(output));
    QVERIFY(!output.contains(u"parse returned"_s));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(childVariable))
        return runParseChild(argc, argv);
    QCoreApplication application(argc, argv);
    TestLaunchOptions test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestLaunchOptions.moc"
