#include "CliOptions.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The command line read before anything is sent: numbers in any digits,
// options only where their command takes them, usage errors said.
class TestCliOptions : public QObject
{
    Q_OBJECT

private slots:
    void numbersInAnyDigits_data();
    void numbersInAnyDigits();
    void refused_data();
    void refused();
    void portfolioFromTheEnvironment();
    void listQuery();
    void helpAndVersion();
};

namespace {

QStringList command(const QString &line)
{
    return QStringList{u"portfolio-links-cli"_s} + line.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

void TestCliOptions::numbersInAnyDigits_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<qint64>("portfolio");
    QTest::addColumn<qint64>("image");
    QTest::addColumn<int>("timeout");
    QTest::newRow("ascii") << u"--portfolio 12 --timeout 30 create --name a --image 7"_s << qint64(12) << qint64(7) << 30;
    QTest::newRow("persian") << u"--portfolio ۱۲ --timeout ۳۰ create --name a --image ۷"_s << qint64(12) << qint64(7) << 30;
    QTest::newRow("arabic-indic") << u"--portfolio ١٢ --timeout ٣٠ create --name a --image ٧"_s << qint64(12) << qint64(7) << 30;
    QTest::newRow("mixed") << u"--portfolio ۱2 --timeout 3٠ create --name a --image ۷"_s << qint64(12) << qint64(7) << 30;
    QTest::newRow("options after the command") << u"create --name a --image ۷ --portfolio ۱۲ --timeout 30"_s << qint64(12) << qint64(7) << 30;
}

void TestCliOptions::numbersInAnyDigits()
{
    QFETCH(QString, line);
    QFETCH(int, timeout);
    CliOptions options;
    QCOMPARE(CliOptions::parse(command(line), QString(), &options), QString());
    QTEST(options.portfolio, "portfolio");
    QTEST(options.image.value_or(0), "image");
    QCOMPARE(options.timeout.value_or(std::chrono::seconds(0)).count(), timeout);
}

void TestCliOptions::refused_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << u"--portfolio 1"_s << u"No command given"_s;
    QTest::newRow("unknown command") << u"frobnicate"_s << u"Unknown command"_s;
    QTest::newRow("no --token option") << u"--token abc list"_s << u"token"_s;
    QTest::newRow("option of another command") << u"create --name a --search b"_s << u"--search is not an option of create"_s;
    QTest::newRow("-o outside export") << u"list -o x"_s << u"--output is not an option of list"_s;
    QTest::newRow("bad portfolio") << u"--portfolio ۱الف list"_s << u"--portfolio"_s;
    QTest::newRow("zero portfolio") << u"--portfolio 0 list"_s << u"--portfolio"_s;
    QTest::newRow("bad limit") << u"list --limit -3"_s << u"--limit"_s;
    QTest::newRow("bad format") << u"--format xml list"_s << u"--format"_s;
    QTest::newRow("bad presence") << u"list --has-url maybe"_s << u"--has-url"_s;
    QTest::newRow("bad ordering") << u"list --ordering colour"_s << u"--ordering"_s;
    QTest::newRow("create without name") << u"create --url x.ir"_s << u"--name"_s;
    QTest::newRow("url and no-url") << u"update 1 --url a.ir --no-url"_s << u"--no-url"_s;
    QTest::newRow("json and fields") << u"create --json - --name a"_s << u"--json"_s;
    QTest::newRow("two readers of stdin") << u"--token-stdin create --json -"_s << u"standard input"_s;
    QTest::newRow("get needs one id") << u"get"_s << u"Wrong number of arguments"_s;
    QTest::newRow("all and limit") << u"list --all --limit 3"_s << u"--all"_s;
    QTest::newRow("server not http") << u"--server ftp://h list"_s << u"--server"_s;
    // Beyond Qt's timers (2147484 s overflowed them: no timeout at all).
    QTest::newRow("timeout too long") << u"--timeout 2147484 list"_s << u"--timeout takes at most 3600"_s;
    QTest::newRow("timeout zero") << u"--timeout 0 list"_s << u"--timeout"_s;
}

void TestCliOptions::refused()
{
    QFETCH(QString, line);
    QFETCH(QString, message);
    CliOptions options;
    const QString error = CliOptions::parse(command(line), QString(), &options);
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestCliOptions::portfolioFromTheEnvironment()
{
    CliOptions fromEnvironment;
    QCOMPARE(CliOptions::parse(command(u"list"_s), u"۴۲"_s, &fromEnvironment), QString());
    QCOMPARE(fromEnvironment.portfolio, 42);
    CliOptions optionFirst;
    QCOMPARE(CliOptions::parse(command(u"--portfolio 7 list"_s), u"42"_s, &optionFirst), QString());
    QCOMPARE(optionFirst.portfolio, 7);
}

void TestCliOptions::listQuery()
{
    CliOptions options;
    QCOMPARE(CliOptions::parse(command(u"list --search كتاب --has-image yes --has-url no --ordering -name --limit ۵"_s), QString(), &options),
             QString());
    QCOMPARE(options.query.searchTerm(), u"کتاب"_s);
    QCOMPARE(options.query.image, LinkListQuery::Presence::With);
    QCOMPARE(options.query.url, LinkListQuery::Presence::Without);
    QCOMPARE(options.query.description, LinkListQuery::Presence::Any);
    QCOMPARE(options.query.order, LinkListQuery::Order::Name);
    QVERIFY(options.query.descending);
    QCOMPARE(options.limit, 5);
    CliOptions kept;
    QCOMPARE(CliOptions::parse(command(u"--no-normalize list --search كتاب"_s), QString(), &kept), QString());
    QCOMPARE(kept.query.searchTerm(), u"كتاب"_s);
}

void TestCliOptions::helpAndVersion()
{
    CliOptions version;
    QCOMPARE(CliOptions::parse(command(u"--version"_s), QString(), &version), QString());
    QCOMPARE(version.action, CliOptions::Action::Version);
    CliOptions help;
    QCOMPARE(CliOptions::parse(command(u"help delete"_s), QString(), &help), QString());
    QCOMPARE(help.action, CliOptions::Action::Help);
    QCOMPARE(help.command, u"delete"_s);
    QVERIFY(CliOptions::helpText(u"delete"_s).contains(u"--yes"_s));
    QVERIFY(CliOptions::helpText().contains(u"7 server error"_s));
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "TestCliOptions.moc"
