#include "FakeHttpServer.h"
#include "ReferenceServer.h"
#include "SecretService.h"
#include "TestImages.h"
#include "UserFolders.h"

#include "CsvWriter.h"
#include "AppInfo.h"
#include "links/LinkImport.h"
#include "session/Profiles.h"
#include "storage/TokenStore.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QScopedValueRollback>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace Qt::StringLiterals;

// The built portfolio-links-cli run as a script runs it (QProcess: standard
// input and output are pipes, not a terminal) against the real backend:
// every command, what it prints parsed back and compared with what the
// server holds, and every exit status provoked for real.
class TestCliE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionHelpAndUsage();
    void checkSaysWhatItFound();
    void createRoundTripsPersianNames_data();
    void createRoundTripsPersianNames();
    void createFromStdinJson();
    void uploadAndCreateWithImageFile();
    void validationExits5();
    void listPagesFiltersAndOrders();
    void getUnknownIdExits4();
    void updateSendsOnlyWhatWasGiven();
    void imagesAndDescriptionFiles();
    void deleteOffTerminalNeedsYes();
    void exportWritesEveryLink();
    void importSkipsDuplicatesAndDryRunSendsNothing();
    void ctrlCStopsAnImportBetweenTwoLinks();
    void csvExportImportRoundTripsFormulas_data();
    void csvExportImportRoundTripsFormulas();
    void authenticationAndPermissionExitCodes();
    void theAppsTokenIsReadFromTheKeychain();
    void aKeychainThatDoesNotAnswerIsGivenUpOn();
    void networkAndServerExitCodes();
    void lostCreateAnswerIsCheckedNeverResent();
    void aLostCreateWithAnImageFileRunAgainIsAskedAbout();
    void lostDeleteAnswerIsCheckedNeverResent();
    void whatCannotBeWrittenOrReadWholeIsAnError();
    void tokenNeverPrinted();
    void aTokenTypedAtATerminalIsNotShown();
    void aServersControlCharactersNeverReachATerminal_data();
    void aServersControlCharactersNeverReachATerminal();
    void profileChoosesTheServer();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = QProcessEnvironment()) const;
    QProcessEnvironment environment(const QString &token) const;
    QJsonArray serverLinks(qint64 portfolio, const QString &query = {}) const;
    QJsonObject serverLink(qint64 portfolio, qint64 id) const;

    SecretService m_keychain; // every run's: with no entry for a server, as without a keychain
    ReferenceServer m_server;
    QString m_token;
    QTemporaryDir m_files;
    bool m_serverOption = true; // cli() adds --server unless told otherwise
};

namespace {

QJsonObject byId(const QJsonArray &links, qint64 id)
{
    for (const QJsonValue &link : links) {
        if (link.toObject().value(u"id"_s).toInteger() == id)
            return link.toObject();
    }
    return {};
}

} // namespace

void TestCliE2E::initTestCase()
{
    keepOutOfUserFolders();
    QVERIFY2(m_keychain.start(), qPrintable(m_keychain.errorString()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_token = m_server.token(u"staff"_s);
    QVERIFY(m_files.isValid());
}

QProcessEnvironment TestCliE2E::environment(const QString &token) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"PORTFOLIO_LINKS_PORTFOLIO"_s);
    environment.remove(u"QT_LOGGING_RULES"_s);
    if (token.isEmpty())
        environment.remove(u"PORTFOLIO_LINKS_TOKEN"_s);
    else
        environment.insert(u"PORTFOLIO_LINKS_TOKEN"_s, token);
    return environment;
}

TestCliE2E::Run TestCliE2E::cli(const QStringList &arguments, const QByteArray &input,
                                const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? this->environment(m_token) : environment);
    QStringList all = arguments;
    if (m_serverOption && !arguments.contains(u"--server"_s) && !arguments.contains(u"--profile"_s))
        all.prepend(m_server.baseUrl().toString()), all.prepend(u"--server"_s);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PORTFOLIO_LINKS_CLI), all);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    // Waiting with an event loop: a FakeHttpServer in this process answers meanwhile.
    if (!finished.wait(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QJsonArray TestCliE2E::serverLinks(qint64 portfolio, const QString &query) const
{
    QUrl url = m_server.baseUrl().resolved(QUrl(u"api/portfolios/%1/links/"_s.arg(portfolio)));
    QUrlQuery items(query);
    items.addQueryItem(u"limit"_s, u"1000"_s);
    url.setQuery(items);
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Token " + m_token.toLatin1());
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(20000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"results"_s).toArray();
}

QJsonObject TestCliE2E::serverLink(qint64 portfolio, qint64 id) const
{
    return byId(serverLinks(portfolio), id);
}

void TestCliE2E::versionHelpAndUsage()
{
    const Run version = cli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("portfolio-links-cli 0."));
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &command : {u"check"_s, u"create"_s, u"list"_s, u"get"_s, u"update"_s, u"delete"_s, u"upload"_s,
                                   u"export"_s, u"import"_s, u"7 server error"_s})
        QVERIFY2(help.out.contains(command.toUtf8()), qPrintable(command));
    const Run helpCommand = cli({u"help"_s, u"import"_s});
    QCOMPARE(helpCommand.exitCode, 0);
    QVERIFY(helpCommand.out.contains("--dry-run"));
    const Run token = cli({u"--token"_s, m_token, u"list"_s});
    QCOMPARE(token.exitCode, 1);
    QVERIFY(token.out.isEmpty());
    QVERIFY(!token.err.isEmpty());
    QCOMPARE(cli({u"frobnicate"_s}).exitCode, 1);
    QCOMPARE(cli({u"list"_s}).exitCode, 1); // no portfolio
}

void TestCliE2E::checkSaysWhatItFound()
{
    const Run json = cli({u"--portfolio"_s, u"۲"_s, u"check"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject found = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(found.value(u"portfolio"_s).toInteger(), 2);
    QCOMPARE(found.value(u"links"_s).toInteger(), serverLinks(2).size());
    QCOMPARE(found.value(u"uploads"_s).toBool(), true);
    const Run table = cli({u"--format"_s, u"table"_s, u"check"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("Token: accepted"));
    QVERIFY(table.out.contains("Uploads: available"));
}

void TestCliE2E::createRoundTripsPersianNames_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("stored");
    const QString name = u"نمونه‌ی «فروشگاه» ۱۲"_s;
    QTest::newRow("json") << QStringList{u"--name"_s, name} << u"json"_s << name;
    QTest::newRow("jsonl") << QStringList{u"--name"_s, name + u" ب"_s} << u"jsonl"_s << name + u" ب"_s;
    QTest::newRow("csv") << QStringList{u"--name"_s, name + u", پ"_s} << u"csv"_s << name + u", پ"_s;
    QTest::newRow("table") << QStringList{u"--name"_s, name + u" ت"_s} << u"table"_s << name + u" ت"_s;
    QTest::newRow("arabic letters normalised") << QStringList{u"--name"_s, u"كتاب علي"_s} << u"json"_s << u"کتاب علی"_s;
    QTest::newRow("--no-normalize keeps them") << QStringList{u"--no-normalize"_s, u"--name"_s, u"كتاب علي"_s} << u"json"_s
                                               << u"كتاب علي"_s;
    QTest::newRow("url and description")
        << QStringList{u"--name"_s, u"دمو"_s, u"--url"_s, u"نمونه.ایران/صفحه"_s, u"--description"_s, u"خط اول\nخط دوم"_s}
        << u"json"_s << u"دمو"_s;
}

void TestCliE2E::createRoundTripsPersianNames()
{
    QFETCH(QStringList, options);
    QFETCH(QString, format);
    QFETCH(QString, stored);
    const Run run = cli(QStringList{u"--portfolio"_s, u"1"_s, u"--format"_s, format, u"create"_s} + options);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains((format == u"csv" ? CsvWriter::field(stored) : stored).toUtf8()), run.out.constData());
    const QJsonArray found = serverLinks(1, u"search="_s + QString::fromUtf8(QUrl::toPercentEncoding(stored)));
    QVERIFY(!found.isEmpty());
    const QJsonObject onServer = found.first().toObject();
    QCOMPARE(onServer.value(u"name"_s).toString().toUtf8(), stored.toUtf8());
    if (format == u"json" || format == u"jsonl")
        QCOMPARE(QJsonDocument::fromJson(run.out).object(), onServer);
}

void TestCliE2E::createFromStdinJson()
{
    const QByteArray input = R"([{"name": "اولی از ورودی", "url": "https://example.com/1"},
                                 {"name": "دومی از ورودی", "description": "توضیح‌ها"}])";
    const qsizetype posts = m_server.requestCount({.method = u"POST"_s});
    const Run run = cli({u"--portfolio"_s, u"1"_s, u"create"_s, u"--json"_s, u"-"_s}, input);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_server.requestCount({.method = u"POST"_s}), posts + 2);
    const QJsonArray created = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(created.size(), 2);
    QCOMPARE(created.at(0).toObject().value(u"name"_s).toString().toUtf8(), QByteArray("اولی از ورودی"));
    QCOMPARE(created.at(1).toObject().value(u"description"_s).toString().toUtf8(), QByteArray("توضیح‌ها"));
    for (const QJsonValue &link : created)
        QCOMPARE(serverLink(1, link.toObject().value(u"id"_s).toInteger()), link.toObject());
}

void TestCliE2E::uploadAndCreateWithImageFile()
{
    const QString path = m_files.filePath(u"طرح صفحه.png"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pngBytes(QSize(40, 30)));
    file.close();
    const Run upload = cli({u"upload"_s, path, path});
    QVERIFY2(upload.exitCode == 0, upload.err.constData());
    const QJsonArray images = QJsonDocument::fromJson(upload.out).array();
    QCOMPARE(images.size(), 2);
    QCOMPARE(images.at(0).toObject().value(u"name"_s).toString(), u"طرح صفحه.png"_s);
    QVERIFY(images.at(1).toObject().value(u"id"_s).toInteger() > images.at(0).toObject().value(u"id"_s).toInteger());

    const Run create = cli({u"--portfolio"_s, u"1"_s, u"create"_s, u"--name"_s, u"با تصویر"_s, u"--image-file"_s, path});
    QVERIFY2(create.exitCode == 0, create.err.constData());
    const QJsonObject link = QJsonDocument::fromJson(create.out).object();
    QCOMPARE(link.value(u"image_data"_s).toObject().value(u"name"_s).toString(), u"طرح صفحه.png"_s);
    QCOMPARE(serverLink(1, link.value(u"id"_s).toInteger()), link);

    const Run notImage = cli({u"upload"_s, QStringLiteral(PORTFOLIO_LINKS_CLI)});
    QCOMPARE(notImage.exitCode, 5);
    // A file that is not there is a usage error, as the README's table says.
    const QString missing = m_files.filePath(u"نیست.png"_s);
    QCOMPARE(cli({u"upload"_s, missing}).exitCode, 1);
    QCOMPARE(cli({u"--portfolio"_s, u"1"_s, u"create"_s, u"--name"_s, u"x"_s, u"--image-file"_s, missing}).exitCode, 1);

    // A server that takes no uploads there: said so, not "no image with this number".
    FakeHttpServer noUploads;
    QVERIFY(noUploads.listen());
    noUploads.setResponse("/api/media/", FakeHttpServer::json(404, R"({"detail": "Not found."})"));
    const Run nowhere = cli({u"--server"_s, noUploads.url().toString(), u"upload"_s, path});
    QCOMPARE(nowhere.exitCode, 4);
    QVERIFY2(nowhere.err.contains("takes no image uploads"), nowhere.err.constData());
}

void TestCliE2E::validationExits5()
{
    const qsizetype posts = m_server.requestCount({.method = u"POST"_s});
    const Run local = cli({u"--portfolio"_s, u"1"_s, u"create"_s, u"--name"_s, u"الف"_s, u"--url"_s, u"javascript:alert(1)"_s});
    QCOMPARE(local.exitCode, 5);
    QVERIFY2(local.err.startsWith("url: "), local.err.constData());
    QCOMPARE(m_server.requestCount({.method = u"POST"_s}), posts);

    const Run server = cli({u"--portfolio"_s, u"1"_s, u"create"_s, u"--name"_s, QString(101, u'ن')});
    QCOMPARE(server.exitCode, 5);
    QVERIFY2(server.err.contains("\nname: "), server.err.constData());
    QCOMPARE(m_server.requestCount({.method = u"POST"_s}), posts + 1);

    // A server's message with a line break: one line still, not a line of the program's own.
    FakeHttpServer fake;
    QVERIFY(fake.listen());
    fake.setResponse("/api/portfolios/1/links/",
                     FakeHttpServer::json(400, R"({"name": ["Too long.\nCreated: 1 link(s); skipped as duplicates: 0."]})"));
    const Run forged = cli({u"--server"_s, fake.url().toString(), u"--portfolio"_s, u"1"_s, u"create"_s, u"--name"_s, u"الف"_s});
    QCOMPARE(forged.exitCode, 5);
    QVERIFY2(forged.err.contains("name: Too long. Created:"), forged.err.constData());
    QVERIFY(!forged.err.contains("\nCreated"));
}

void TestCliE2E::listPagesFiltersAndOrders()
{
    const QJsonArray all = serverLinks(1, u"ordering=-created_at,-id"_s);
    const Run limited = cli({u"--portfolio"_s, u"1"_s, u"list"_s, u"--limit"_s, u"۲"_s});
    QCOMPARE(limited.exitCode, 0);
    const QJsonArray two = QJsonDocument::fromJson(limited.out).array();
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).toObject(), all.at(0).toObject());
    QCOMPARE(two.at(1).toObject(), all.at(1).toObject());

    QProcessEnvironment fromEnvironment = environment(m_token);
    fromEnvironment.insert(u"PORTFOLIO_LINKS_PORTFOLIO"_s, u"۱"_s);
    const Run lines = cli({u"list"_s, u"--all"_s, u"--format"_s, u"jsonl"_s}, {}, fromEnvironment);
    QCOMPARE(lines.exitCode, 0);
    const QList<QByteArray> objects = lines.out.trimmed().split('\n');
    QCOMPARE(objects.size(), all.size());
    QCOMPARE(QJsonDocument::fromJson(objects.last()).object(), all.last().toObject());

    const Run withoutUrl = cli({u"--portfolio"_s, u"1"_s, u"list"_s, u"--has-url"_s, u"no"_s, u"--ordering"_s, u"name"_s});
    QCOMPARE(withoutUrl.exitCode, 0);
    QJsonArray expected = serverLinks(1, u"has_url=false&ordering=name,id"_s);
    QCOMPARE(QJsonDocument::fromJson(withoutUrl.out).array(), expected);

    const Run search = cli({u"--portfolio"_s, u"1"_s, u"--format"_s, u"csv"_s, u"list"_s, u"--search"_s, u"مستندات"_s});
    QCOMPARE(search.exitCode, 0);
    QVERIFY(search.out.startsWith("id,name,url,description,image,created_at,updated_at\r\n"));
    QCOMPARE(search.out.count("\r\n"), 2);
    QVERIFY(search.out.contains("مستندات"));
}

void TestCliE2E::getUnknownIdExits4()
{
    const Run known = cli({u"--portfolio"_s, u"۱"_s, u"get"_s, u"۳"_s});
    QCOMPARE(known.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(known.out).object(), serverLink(1, 3));
    const Run unknown = cli({u"--portfolio"_s, u"1"_s, u"get"_s, u"99999"_s});
    QCOMPARE(unknown.exitCode, 4);
    QVERIFY(unknown.out.isEmpty());
    // Never there: not "no longer on the server".
    QVERIFY2(unknown.err.contains("no link with this number"), unknown.err.constData());
    QCOMPARE(cli({u"--portfolio"_s, u"999"_s, u"list"_s}).exitCode, 4);
}

void TestCliE2E::updateSendsOnlyWhatWasGiven()
{
    const Run created = cli({u"--portfolio"_s, u"1"_s, u"create"_s, u"--name"_s, u"ویرایشی"_s, u"--url"_s, u"https://example.com/e"_s});
    const qint64 id = QJsonDocument::fromJson(created.out).object().value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    const Run update = cli({u"--portfolio"_s, u"1"_s, u"update"_s, QString::number(id), u"--description"_s, u"تازه"_s});
    QVERIFY2(update.exitCode == 0, update.err.constData());
    const QJsonObject patch = QJsonDocument::fromJson(m_server.requestLog().last().value(u"body"_s).toString().toUtf8()).object();
    QCOMPARE(m_server.requestLog().last().value(u"method"_s).toString(), u"PATCH"_s);
    QCOMPARE(patch, QJsonObject({{u"description"_s, u"تازه"_s}}));
    QCOMPARE(QJsonDocument::fromJson(update.out).object(), serverLink(1, id));

    const Run noUrl = cli({u"--portfolio"_s, u"1"_s, u"update"_s, QString::number(id), u"--no-url"_s});
    QCOMPARE(noUrl.exitCode, 0);
    QVERIFY(serverLink(1, id).value(u"url"_s).isNull());
    QCOMPARE(cli({u"--portfolio"_s, u"1"_s, u"update"_s, u"99999"_s, u"--name"_s, u"x"_s}).exitCode, 4);
}

void TestCliE2E::imagesAndDescriptionFiles()
{
    const QString descriptionPath = m_files.filePath(u"توضیح.txt"_s);
    QFile description(descriptionPath);
    QVERIFY(description.open(QIODevice::WriteOnly));
    const QByteArray text = "خط اول\nخط «دوم» با نیم‌فاصله";
    description.write(text + '\n');
    description.close();
    const Run created = cli({u"--portfolio"_s, u"1"_s, u"create"_s, u"--name"_s, u"با پرونده"_s, u"--image"_s, u"۱"_s,
                             u"--description-file"_s, descriptionPath});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QJsonObject link = QJsonDocument::fromJson(created.out).object();
    QCOMPARE(link.value(u"description"_s).toString().toUtf8(), text); // DRF trims the final line break
    QCOMPARE(link.value(u"image_data"_s).toObject().value(u"id"_s).toInteger(), 1);
    const QString id = QString::number(link.value(u"id"_s).toInteger());

    QCOMPARE(cli({u"--portfolio"_s, u"1"_s, u"update"_s, id, u"--no-image"_s}).exitCode, 0);
    QVERIFY(serverLink(1, id.toLongLong()).value(u"image_data"_s).isNull());
    const Run changed = cli({u"--portfolio"_s, u"1"_s, u"update"_s, id, u"--image"_s, u"2"_s, u"--name"_s, u"نام تازه"_s});
    QCOMPARE(changed.exitCode, 0);
    const QJsonObject patch = QJsonDocument::fromJson(m_server.requestLog().last().value(u"body"_s).toString().toUtf8()).object();
    QCOMPARE(patch, QJsonObject({{u"image"_s, 2}, {u"name"_s, u"نام تازه"_s}}));
    QCOMPARE(QJsonDocument::fromJson(changed.out).object(), serverLink(1, id.toLongLong()));

    const Run withImage = cli({u"--portfolio"_s, u"1"_s, u"list"_s, u"--has-image"_s, u"yes"_s, u"--has-description"_s, u"no"_s,
                               u"--ordering"_s, u"-id"_s});
    QCOMPARE(withImage.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(withImage.out).array(), serverLinks(1, u"has_image=true&has_description=false&ordering=-id"_s));
}

void TestCliE2E::deleteOffTerminalNeedsYes()
{
    const Run created = cli({u"--portfolio"_s, u"1"_s, u"create"_s, u"--name"_s, u"حذفی"_s});
    const QString id = QString::number(QJsonDocument::fromJson(created.out).object().value(u"id"_s).toInteger());
    const qsizetype deletes = m_server.requestCount({.method = u"DELETE"_s});
    const qsizetype all = m_server.requestCount();
    const Run refused = cli({u"--portfolio"_s, u"1"_s, u"delete"_s, id});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("--yes"));
    QCOMPARE(m_server.requestCount(), all); // not even a GET
    QCOMPARE(m_server.requestCount({.method = u"DELETE"_s}), deletes);

    const Run deleted = cli({u"--quiet"_s, u"--portfolio"_s, u"1"_s, u"delete"_s, id, u"--yes"_s});
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY(deleted.err.isEmpty());
    QCOMPARE(m_server.requestCount({.method = u"DELETE"_s}), deletes + 1);
    QCOMPARE(cli({u"--portfolio"_s, u"1"_s, u"get"_s, id}).exitCode, 4);
    QCOMPARE(cli({u"--portfolio"_s, u"1"_s, u"delete"_s, id, u"-y"_s}).exitCode, 4);

    // Stopped at one it could not delete: the ones after it are named as left.
    const Run kept = cli({u"--portfolio"_s, u"1"_s, u"create"_s, u"--name"_s, u"ماندنی"_s});
    const QString keptId = QString::number(QJsonDocument::fromJson(kept.out).object().value(u"id"_s).toInteger());
    const Run stopped = cli({u"--portfolio"_s, u"1"_s, u"delete"_s, id, keptId, u"-y"_s});
    QCOMPARE(stopped.exitCode, 4);
    QVERIFY2(stopped.err.contains("Not tried, so still there: " + keptId.toUtf8()), stopped.err.constData());
    QCOMPARE(cli({u"--portfolio"_s, u"1"_s, u"get"_s, keptId}).exitCode, 0);
}

void TestCliE2E::exportWritesEveryLink()
{
    const QString csvPath = m_files.filePath(u"links.csv"_s);
    QCOMPARE(cli({u"--portfolio"_s, u"1"_s, u"export"_s, u"-o"_s, csvPath}).exitCode, 0);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFid,name,"));
    QString error;
    const QList<LinkImport::Row> rows = LinkImport::read(bytes, &error);
    const QJsonArray all = serverLinks(1, u"ordering=id"_s);
    QCOMPARE(rows.size(), all.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).form.name.toUtf8(), all.at(i).toObject().value(u"name"_s).toString().toUtf8());
        QCOMPARE(rows.at(i).form.description, all.at(i).toObject().value(u"description"_s).toString());
    }
    const Run json = cli({u"--portfolio"_s, u"1"_s, u"export"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).array(), all);
    QCOMPARE(cli({u"--portfolio"_s, u"1"_s, u"export"_s, u"--format"_s, u"table"_s}).exitCode, 1);

    // Link 1 deleted while the export reads its first page: at offset 2 the
    // server now starts at link 4, and link 3 was left out. The next page
    // starts after the last id read instead.
    const auto page = [](const QList<qint64> &ids, bool more) {
        QByteArray results;
        for (const qint64 id : ids)
            results += (results.isEmpty() ? "" : ",") + QByteArray(R"({"id": )") + QByteArray::number(id)
                + R"(, "name": "n", "url": null, "description": null, "image_data": null,)"
                  R"( "created_at": "2026-12-01T10:00:00Z", "updated_at": "2026-12-01T10:00:00Z"})";
        return R"({"count": 4, "next": )" + QByteArray(more ? R"("http://x/")" : "null") + R"(, "previous": null, "results": [)"
            + results + "]}";
    };
    FakeHttpServer fake;
    QVERIFY(fake.listen());
    connect(&fake, &FakeHttpServer::requestReceived, &fake, [&](const FakeHttpServer::Request &request) {
        const QUrlQuery query(QUrl::fromEncoded(request.path).query());
        QByteArray answer = page({1, 2}, true); // the first page, before the delete
        if (query.queryItemValue(u"id_min"_s) == u"3"_s)
            answer = page({3, 4}, false);
        else if (query.queryItemValue(u"offset"_s) == u"2"_s)
            answer = page({4}, false);
        fake.setResponse("/api/portfolios/1/links/", FakeHttpServer::json(200, answer));
    });
    const Run shifted = cli({u"--server"_s, fake.url().toString(), u"--portfolio"_s, u"1"_s, u"export"_s, u"--format"_s, u"json"_s});
    QCOMPARE(shifted.exitCode, 0);
    QList<qint64> exported;
    for (const QJsonValue &link : QJsonDocument::fromJson(shifted.out).array())
        exported.append(link.toObject().value(u"id"_s).toInteger());
    QCOMPARE(exported, (QList<qint64>{1, 2, 3, 4}));
}

void TestCliE2E::importSkipsDuplicatesAndDryRunSendsNothing()
{
    const QString path = m_files.filePath(u"seed.json"_s);
    // Portfolio 2's own links: every one a duplicate there.
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(serverLinks(2)).toJson());
    file.close();
    const qsizetype posts = m_server.requestCount({.method = u"POST"_s});
    const Run again = cli({u"--portfolio"_s, u"2"_s, u"import"_s, path});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(m_server.requestCount({.method = u"POST"_s}), posts);
    QCOMPARE(again.err.count(": skipped, the same name and URL as link"), serverLinks(2).size());

    const Run dryRun = cli({u"--portfolio"_s, u"1"_s, u"import"_s, path, u"--dry-run"_s});
    QCOMPARE(dryRun.exitCode, 0);
    QCOMPARE(m_server.requestCount({.method = u"POST"_s}), posts);
    QCOMPARE(QJsonDocument::fromJson(dryRun.out).array().size(), serverLinks(2).size());

    const int before = serverLinks(1).size();
    const Run imported = cli({u"--portfolio"_s, u"1"_s, u"import"_s, path});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(m_server.requestCount({.method = u"POST"_s}), posts + serverLinks(2).size());
    QCOMPARE(serverLinks(1).size(), before + serverLinks(2).size());
    for (const QJsonValue &link : QJsonDocument::fromJson(imported.out).array())
        QCOMPARE(serverLink(1, link.toObject().value(u"id"_s).toInteger()), link.toObject());
    const Run twice = cli({u"--portfolio"_s, u"1"_s, u"import"_s, path});
    QCOMPARE(twice.exitCode, 0);
    QCOMPARE(m_server.requestCount({.method = u"POST"_s}), posts + serverLinks(2).size());

    const QString bad = m_files.filePath(u"bad.csv"_s);
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("name,url\nخوب,https://example.com/ok\n,https://example.com/no-name\n");
    badFile.close();
    const Run refused = cli({u"--portfolio"_s, u"1"_s, u"import"_s, bad});
    QCOMPARE(refused.exitCode, 5);
    QVERIFY2(refused.err.contains("row 2: name: "), refused.err.constData());
    QCOMPARE(m_server.requestCount({.method = u"POST"_s}), posts + serverLinks(2).size());
}

// Ctrl+C while a link is being created: its POST is answered and reported
// (the server made it), then the import stops before the next, with its
// JSON closed and what was done said.
void TestCliE2E::ctrlCStopsAnImportBetweenTwoLinks()
{
    const QString file = m_files.filePath(u"three.csv"_s);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly) && csv.write("name\nیک\nدو\nسه\n") > 0);
    csv.close();
    const QByteArray path = "/api/portfolios/1/links/";
    FakeHttpServer fake;
    QVERIFY(fake.listen());
    QProcess import;
    int posts = 0;
    connect(&fake, &FakeHttpServer::requestReceived, &fake, [&](const FakeHttpServer::Request &request) {
        if (request.method != "POST") {
            fake.setResponse(path, FakeHttpServer::json(200, R"({"count": 0, "next": null, "previous": null, "results": []})"));
            return;
        }
        ++posts;
        const QByteArray link = R"({"id": )" + QByteArray::number(20 + posts)
            + R"(, "name": "یک", "url": null, "description": null, "image_data": null,)"
              R"( "created_at": "2026-12-01T10:00:00Z", "updated_at": "2026-12-01T10:00:00Z"})";
        fake.setResponse(path, FakeHttpServer::with(FakeHttpServer::Behaviour::Delayed, FakeHttpServer::json(201, link), 300));
        ::kill(pid_t(import.processId()), SIGINT); // Ctrl+C while the POST is out
    });
    import.setProcessEnvironment(environment(m_token));
    QSignalSpy finished(&import, &QProcess::finished);
    import.start(QStringLiteral(PORTFOLIO_LINKS_CLI), {u"--server"_s, fake.url().toString(), u"--portfolio"_s, u"1"_s,
                                                       u"import"_s, file, u"--format"_s, u"json"_s});
    QVERIFY(finished.wait(30000));
    const QByteArray said = import.readAllStandardError();
    QCOMPARE(import.exitStatus(), QProcess::NormalExit);
    QCOMPARE(import.exitCode(), 130);
    QCOMPARE(posts, 1);
    const QJsonDocument out = QJsonDocument::fromJson(import.readAllStandardOutput());
    QVERIFY(out.isArray());
    QCOMPARE(out.array().size(), 1);
    QCOMPARE(out.array().first().toObject().value(u"id"_s).toInteger(), 21);
    QVERIFY2(said.contains("Ctrl+C") && said.contains("row 2"), said.constData());
}

void TestCliE2E::csvExportImportRoundTripsFormulas_data()
{
    // The server trims a leading tab or carriage return off a name: those
    // two are proven by TestCsvWriter and TestLinkImport.
    QTest::addColumn<QString>("first");
    QTest::newRow("equals") << u"="_s;
    QTest::newRow("plus") << u"+"_s;
    QTest::newRow("minus") << u"-"_s;
    QTest::newRow("at") << u"@"_s;
    QTest::newRow("apostrophe") << u"'"_s;
}

// Portfolio 1 exported as a spreadsheet would open it, then imported into
// portfolio 2: the names and descriptions arrive as they were.
void TestCliE2E::csvExportImportRoundTripsFormulas()
{
    QFETCH(QString, first);
    const QJsonObject link{{u"name"_s, first + u"جمع(الف۱) «فرمول» "_s + QLatin1StringView(QTest::currentDataTag())},
                           {u"description"_s, first + u"HYPERLINK(\"https://x.example\"، \"کلیک\")"_s},
                           {u"url"_s, u"https://example.com/formula"_s}};
    const Run created = cli({u"--portfolio"_s, u"1"_s, u"create"_s, u"--json"_s, u"-"_s}, QJsonDocument(link).toJson());
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QCOMPARE(QJsonDocument::fromJson(created.out).object().value(u"name"_s), link.value(u"name"_s));

    const QString path = m_files.filePath(u"formulas.csv"_s);
    QCOMPARE(cli({u"--portfolio"_s, u"1"_s, u"export"_s, u"-o"_s, path}).exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    for (const QString &field : {u"name"_s, u"description"_s}) {
        const QString text = link.value(field).toString();
        const QString quoted = QString(text).replace(u"\""_s, u"\"\""_s);
        // A spreadsheet shows it as text: an apostrophe in front, and the cell never starts with the text.
        QVERIFY2(written.contains(u",'"_s + text) || written.contains(u",\"'"_s + quoted), qPrintable(written));
        QVERIFY(!written.contains(u',' + text) && !written.contains(u",\""_s + quoted));
    }

    const Run imported = cli({u"--portfolio"_s, u"2"_s, u"import"_s, path});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QJsonArray found = serverLinks(2, u"search="_s + QString::fromUtf8(QUrl::toPercentEncoding(QLatin1StringView(QTest::currentDataTag()))));
    QJsonObject arrived;
    for (const QJsonValue &candidate : found)
        arrived = candidate.toObject().value(u"name"_s) == link.value(u"name"_s) ? candidate.toObject() : arrived;
    QCOMPARE(arrived.value(u"name"_s), link.value(u"name"_s));
    QCOMPARE(arrived.value(u"description"_s), link.value(u"description"_s));
    QCOMPARE(arrived.value(u"url"_s), link.value(u"url"_s));
}

void TestCliE2E::authenticationAndPermissionExitCodes()
{
    const Run badToken = cli({u"--portfolio"_s, u"1"_s, u"list"_s}, {}, environment(u"not-a-token"_s));
    QCOMPARE(badToken.exitCode, 2);
    // Where a script's token comes from, not the app's Connection settings.
    QVERIFY2(badToken.err.contains("PORTFOLIO_LINKS_TOKEN") && !badToken.err.contains("Connection settings"),
             badToken.err.constData());
    const Run noToken = cli({u"--portfolio"_s, u"1"_s, u"list"_s}, {}, environment(QString()));
    QCOMPARE(noToken.exitCode, 2);
    QVERIFY(noToken.err.contains("PORTFOLIO_LINKS_TOKEN"));
    const Run fromStdin = cli({u"--token-stdin"_s, u"--portfolio"_s, u"1"_s, u"list"_s, u"--limit"_s, u"1"_s},
                              m_token.toUtf8() + '\n', environment(QString()));
    QCOMPARE(fromStdin.exitCode, 0);

    const Run readOnly = cli({u"--portfolio"_s, u"1"_s, u"create"_s, u"--name"_s, u"x"_s}, {},
                             environment(m_server.token(u"staff_noperm"_s)));
    QCOMPARE(readOnly.exitCode, 3);
    const Run noDelete = cli({u"--portfolio"_s, u"1"_s, u"delete"_s, u"3"_s, u"--yes"_s}, {},
                             environment(m_server.token(u"staff_nodelete"_s)));
    QCOMPARE(noDelete.exitCode, 3);
    QVERIFY(!serverLink(1, 3).isEmpty());
}

// No token in the environment nor on standard input: the one the app kept
// in the keychain for the server is read, as on a staff member's desktop.
void TestCliE2E::theAppsTokenIsReadFromTheKeychain()
{
    TokenStore keychain;
    QSignalSpy written(&keychain, &TokenStore::written);
    keychain.write(m_server.baseUrl(), m_token);
    QVERIFY(written.wait(20000));
    const Run listed = cli({u"--portfolio"_s, u"1"_s, u"list"_s, u"--limit"_s, u"1"_s}, {},
                           environment(QString()));
    QSignalSpy removed(&keychain, &TokenStore::removed);
    keychain.remove(m_server.baseUrl());
    QVERIFY(removed.wait(20000));
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
}

// A keychain that does not answer (waiting for its password where nobody
// sees it, or hung) holds a script up for --timeout, no longer: no token,
// the reason said, nothing sent.
void TestCliE2E::aKeychainThatDoesNotAnswerIsGivenUpOn()
{
    QVERIFY2(m_keychain.pause(), qPrintable(m_keychain.errorString()));
    auto alwaysResume = qScopeGuard([this] { m_keychain.resume(); });
    const qsizetype logged = m_server.requestCount();
    const Run listed = cli({u"--timeout"_s, u"1"_s, u"--portfolio"_s, u"1"_s, u"list"_s}, {}, environment(QString()));
    QCOMPARE(listed.exitCode, 2);
    QVERIFY2(listed.err.contains("keychain did not answer within 1 second"), listed.err.constData());
    QCOMPARE(m_server.requestCount({.path = u"/api/*"_s, .since = logged}), 0);
}

void TestCliE2E::networkAndServerExitCodes()
{
    // A port that was just free: nothing listens there.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString stopped = u"http://127.0.0.1:%1/"_s.arg(closed.serverPort());
    closed.close();
    QCOMPARE(cli({u"--server"_s, stopped, u"--portfolio"_s, u"1"_s, u"list"_s}).exitCode, 6);

    FakeHttpServer fake;
    QVERIFY(fake.listen());
    fake.setResponse("/api/portfolios/1/links/", FakeHttpServer::json(503, R"({"detail": "Service unavailable"})"));
    const Run unavailable = cli({u"--server"_s, fake.url().toString(), u"--portfolio"_s, u"1"_s, u"list"_s});
    QCOMPARE(unavailable.exitCode, 7);
    QVERIFY(unavailable.out.isEmpty());
    fake.setResponse("/api/portfolios/1/links/", FakeHttpServer::json(200, R"({"count": "many"})"));
    QCOMPARE(cli({u"--server"_s, fake.url().toString(), u"--portfolio"_s, u"1"_s, u"list"_s}).exitCode, 7);
    fake.setResponse("/api/portfolios/1/links/", FakeHttpServer::with(FakeHttpServer::Behaviour::Hang));
    QCOMPARE(cli({u"--server"_s, fake.url().toString(), u"--timeout"_s, u"1"_s, u"--portfolio"_s, u"1"_s, u"list"_s}).exitCode, 6);
}

void TestCliE2E::lostCreateAnswerIsCheckedNeverResent()
{
    // The POST reaches the server, its answer is lost: the command asks the
    // list whether the link was made (it was: id 11, above the newest id 10
    // known before sending) instead of sending it again.
    const auto page = [](const QList<qint64> &ids) {
        QByteArray results;
        for (const qint64 id : ids) {
            results += (results.isEmpty() ? "" : ",") + QByteArray(R"({"id": )") + QByteArray::number(id)
                + R"(, "name": "گمشده", "url": null, "description": null, "image_data": null,)"
                  R"( "created_at": "2026-12-01T10:00:00Z", "updated_at": "2026-12-01T10:00:00Z"})";
        }
        return R"({"count": )" + QByteArray::number(ids.size()) + R"(, "next": null, "previous": null, "results": [)" + results + "]}";
    };
    const QByteArray path = "/api/portfolios/1/links/";
    for (const bool checkAnswers : {true, false}) {
        FakeHttpServer fake;
        QVERIFY(fake.listen());
        fake.setResponse(path, FakeHttpServer::json(200, page({10})));
        connect(&fake, &FakeHttpServer::requestReceived, &fake, [&](const FakeHttpServer::Request &request) {
            if (request.method == "POST")
                fake.setResponse(path, FakeHttpServer::with(FakeHttpServer::Behaviour::CloseAfterRequest));
            else if (fake.requests().size() > 1)
                fake.setResponse(path, checkAnswers ? FakeHttpServer::json(200, page({11, 10})) : FakeHttpServer::json(503, "{}"));
        });
        const Run run = cli({u"--server"_s, fake.url().toString(), u"--portfolio"_s, u"1"_s, u"create"_s, u"--name"_s, u"گمشده"_s});
        int posts = 0;
        for (const FakeHttpServer::Request &request : fake.requests())
            posts += request.method == "POST" ? 1 : 0;
        QCOMPARE(posts, 1);
        if (checkAnswers) {
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"id"_s).toInteger(), 11);
            QVERIFY(run.err.contains("not sent again"));
        } else {
            QCOMPARE(run.exitCode, 6);
            QVERIFY(run.out.isEmpty());
            QVERIFY(run.err.contains("not sent again"));
            QCOMPARE(run.err.count("not available for now"), 1); // the check's 503

            // The same create run again once the server answers: the earlier
            // send is asked about first (it made link 11), and nothing is sent.
            fake.disconnect();
            const qsizetype firstRun = fake.requests().size();
            fake.setResponse(path, FakeHttpServer::json(200, page({11, 10})));
            const Run again = cli({u"--server"_s, fake.url().toString(), u"--portfolio"_s, u"1"_s, u"create"_s, u"--name"_s, u"گمشده"_s});
            QVERIFY2(again.exitCode == 0, again.err.constData());
            QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"id"_s).toInteger(), 11);
            QVERIFY2(again.err.contains("asked about it first"), again.err.constData());
            for (const FakeHttpServer::Request &request : fake.requests().mid(firstRun))
                QVERIFY2(request.method != "POST", request.path.constData());
        }
    }
}

// The same with --image-file: the run again does not upload the file as
// another image (which would have made it another link to send), and a run
// started while the first one's POST is still out sends nothing.
void TestCliE2E::aLostCreateWithAnImageFileRunAgainIsAskedAbout()
{
    const QString image = m_files.filePath(u"نمونه.png"_s);
    QFile file(image);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pngBytes(QSize(20, 10))) > 0);
    file.close();
    const QByteArray linksPath = "/api/portfolios/1/links/";
    const auto linkPage = [](bool created) {
        return QByteArray(R"({"count": 1, "next": null, "previous": null, "results": [)")
            + (created ? QByteArray(R"({"id": 11, "name": "با تصویر", "url": null, "description": null, "image_data": {"id": 5,)"
                                    R"( "type": "image/png", "name": "نمونه.png", "size": 100, "human_readable_size": "100 B", "f": "http://127.0.0.1:1/m.png",)"
                                    R"( "width": 20, "height": 10, "mode": "RGB", "thumbnails": []},)"
                                    R"( "created_at": "2026-12-01T10:00:00Z", "updated_at": "2026-12-01T10:00:00Z"},)")
                       : QByteArray())
            + R"({"id": 10, "name": "قدیمی", "url": null, "description": null, "image_data": null,)"
              R"( "created_at": "2026-11-01T10:00:00Z", "updated_at": "2026-11-01T10:00:00Z"}]})";
    };
    FakeHttpServer fake;
    QVERIFY(fake.listen());
    int uploads = 0;
    fake.setResponse(linksPath, FakeHttpServer::json(200, linkPage(false)));
    connect(&fake, &FakeHttpServer::requestReceived, &fake, [&](const FakeHttpServer::Request &request) {
        const QByteArray path = request.path.split('?').constFirst();
        if (path == "/api/media/") {
            ++uploads;
            fake.setResponse(path, FakeHttpServer::json(201, R"({"id": )" + QByteArray::number(4 + uploads)
                                                                  + R"(, "type": "image/png", "name": "نمونه.png", "size": 100, "human_readable_size": "100 B",)"
                                                                    R"( "f": "http://127.0.0.1:1/m.png", "width": 20, "height": 10,)"
                                                                    R"( "mode": "RGB", "thumbnails": []})"));
        } else if (request.method == "POST") {
            fake.setResponse(linksPath, FakeHttpServer::with(FakeHttpServer::Behaviour::CloseAfterRequest));
        } else if (fake.requests().size() > 2) {
            fake.setResponse(linksPath, FakeHttpServer::json(503, "{}")); // the check after the lost answer
        }
    });
    const QStringList create{u"--server"_s, fake.url().toString(), u"--portfolio"_s, u"1"_s, u"create"_s,
                             u"--name"_s, u"با تصویر"_s, u"--image-file"_s, image};
    const Run first = cli(create);
    QCOMPARE(first.exitCode, 6);
    QCOMPARE(uploads, 1);

    // Run again once the server answers: it had made link 11 with image 5.
    fake.disconnect();
    const qsizetype firstRun = fake.requests().size();
    fake.setResponse(linksPath, FakeHttpServer::json(200, linkPage(true)));
    const Run again = cli(create);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"id"_s).toInteger(), 11);
    for (const FakeHttpServer::Request &request : fake.requests().mid(firstRun))
        QVERIFY2(request.method != "POST", request.path.constData()); // neither the image nor the link

    // Two runs at once: the second finds the first one's POST still out, and sends nothing.
    const QByteArray page = R"({"count": 1, "next": null, "previous": null, "results": [{"id": 20, "name": "همزمان",)"
                            R"( "url": null, "description": null, "image_data": null,)"
                            R"( "created_at": "2026-12-01T10:00:00Z", "updated_at": "2026-12-01T10:00:00Z"}]})";
    FakeHttpServer slow;
    QVERIFY(slow.listen());
    connect(&slow, &FakeHttpServer::requestReceived, &slow, [&](const FakeHttpServer::Request &request) {
        slow.setResponse(linksPath, request.method == "POST"
                                        ? FakeHttpServer::with(FakeHttpServer::Behaviour::Hang)
                                        : FakeHttpServer::json(200, R"({"count": 0, "next": null, "previous": null, "results": []})"));
    });
    const QStringList same{u"--server"_s, slow.url().toString(), u"--portfolio"_s, u"1"_s, u"create"_s, u"--name"_s, u"همزمان"_s};
    const auto posts = [&slow] {
        return std::count_if(slow.requests().cbegin(), slow.requests().cend(),
                             [](const FakeHttpServer::Request &request) { return request.method == "POST"; });
    };
    QProcess running;
    running.setProcessEnvironment(environment(m_token));
    running.start(QStringLiteral(PORTFOLIO_LINKS_CLI), same);
    QVERIFY(QTest::qWaitFor([&] { return posts() == 1; }, 20000));
    const Run second = cli(same);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains("another run"), second.err.constData());
    QCOMPARE(posts(), 1);
    // Killed with its POST out (which the server did act on): the next run
    // takes its row over and asks first.
    running.kill();
    QVERIFY(running.waitForFinished(10000));
    slow.disconnect();
    slow.setResponse(linksPath, FakeHttpServer::json(200, page));
    const Run afterKill = cli(same);
    QVERIFY2(afterKill.exitCode == 0, afterKill.err.constData());
    QCOMPARE(QJsonDocument::fromJson(afterKill.out).object().value(u"id"_s).toInteger(), 20);
    QCOMPARE(posts(), 1);
}

void TestCliE2E::lostDeleteAnswerIsCheckedNeverResent()
{
    // The DELETE reaches the server, its answer is lost: the command asks for
    // the link instead of deleting again (a second DELETE would find nothing
    // and report the done deletion as a failure). Gone: deleted, exit 0;
    // still there: the lost answer is the error.
    const QByteArray path = "/api/portfolios/1/links/5";
    const QByteArray link = R"({"id": 5, "name": "پاک‌شونده", "url": null, "description": null, "image_data": null,)"
                            R"( "created_at": "2026-12-01T10:00:00Z", "updated_at": "2026-12-01T10:00:00Z"})";
    for (const bool deleted : {true, false}) {
        FakeHttpServer fake;
        QVERIFY(fake.listen());
        // Chosen as each request arrives, for that request.
        connect(&fake, &FakeHttpServer::requestReceived, &fake, [&](const FakeHttpServer::Request &request) {
            if (request.method == "DELETE")
                fake.setResponse(path, FakeHttpServer::with(FakeHttpServer::Behaviour::CloseAfterRequest));
            else
                fake.setResponse(path, deleted ? FakeHttpServer::json(404, R"({"detail": "Not found."})")
                                               : FakeHttpServer::json(200, link));
        });
        const Run run = cli({u"--server"_s, fake.url().toString(), u"--portfolio"_s, u"1"_s, u"delete"_s, u"5"_s, u"--yes"_s});
        QStringList methods;
        for (const FakeHttpServer::Request &request : fake.requests())
            methods.append(QString::fromLatin1(request.method));
        QVERIFY2(methods == (QStringList{u"DELETE"_s, u"GET"_s}), qPrintable(methods.join(u' ') + u' ' + QString::fromUtf8(run.err)));
        if (deleted) {
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY(run.err.contains("Deleted link 5."));
        } else {
            QCOMPARE(run.exitCode, 6);
            QVERIFY(!run.err.contains("Deleted"));
        }
    }

    // A server without delete refuses it (405): a refusal, not a lost answer
    // to look into (the link looked up was not found, and "Deleted" was said).
    FakeHttpServer noDelete;
    QVERIFY(noDelete.listen());
    noDelete.setResponse(path, FakeHttpServer::json(405, R"({"detail": "Method \"DELETE\" not allowed."})"));
    const Run refused = cli({u"--server"_s, noDelete.url().toString(), u"--portfolio"_s, u"1"_s, u"delete"_s, u"5"_s, u"--yes"_s});
    QCOMPARE(refused.exitCode, 7);
    QVERIFY2(refused.err.contains("does not allow") && refused.err.contains("not allowed"), refused.err.constData());
    QVERIFY(!refused.err.contains("Deleted"));
    QCOMPARE(noDelete.requests().size(), 1);
}

// A script must not take a cut export for a whole one, nor wait for ever
// on an endless input or a server that ignores the offset it is given.
void TestCliE2E::whatCannotBeWrittenOrReadWholeIsAnError()
{
    QProcess full;
    full.setProcessEnvironment(environment(m_token));
    full.setStandardOutputFile(u"/dev/full"_s);
    QSignalSpy finished(&full, &QProcess::finished);
    full.start(QStringLiteral(PORTFOLIO_LINKS_CLI),
               {u"--server"_s, m_server.baseUrl().toString(), u"--portfolio"_s, u"1"_s, u"export"_s, u"--format"_s, u"csv"_s});
    QVERIFY(finished.wait(60000));
    QCOMPARE(full.exitCode(), 1);
    QVERIFY2(full.readAllStandardError().contains("could not be written"), "no word of the lost output");

    // A file on a full disk (a file size limit of 0 fails every write alike):
    // an error, and the last export kept in its place.
    const QString nightly = m_files.filePath(u"nightly.csv"_s);
    QFile previous(nightly);
    QVERIFY(previous.open(QIODevice::WriteOnly) && previous.write("id,name\r\n1,last night\r\n") > 0);
    previous.close();
    QProcess limited;
    limited.setProcessEnvironment(environment(m_token));
    limited.start(u"/bin/sh"_s, {u"-c"_s, u"ulimit -f 0; trap '' XFSZ; exec \"$0\" \"$@\""_s, QStringLiteral(PORTFOLIO_LINKS_CLI),
                                 u"--server"_s, m_server.baseUrl().toString(), u"--portfolio"_s, u"1"_s, u"export"_s,
                                 u"-o"_s, nightly});
    QSignalSpy limitedFinished(&limited, &QProcess::finished);
    QVERIFY(limitedFinished.wait(60000));
    const QByteArray said = limited.readAllStandardError();
    QCOMPARE(limited.exitCode(), 1);
    QVERIFY2(!said.contains("Exported"), said.constData());
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), "id,name\r\n1,last night\r\n"_ba);

    // A pipe given as the file (as -o >(gzip > links.gz) gives one) is written
    // into, not replaced by a file of the same name.
    const QString pipe = m_files.filePath(u"pipe"_s);
    QCOMPARE(QProcess::execute(u"mkfifo"_s, {pipe}), 0);
    QProcess piped;
    piped.setProcessEnvironment(environment(m_token));
    piped.start(u"/bin/sh"_s, {u"-c"_s, u"cat \"$0\" & \"$@\"; status=$?; wait; exit $status"_s, pipe,
                               QStringLiteral(PORTFOLIO_LINKS_CLI), u"--server"_s, m_server.baseUrl().toString(),
                               u"--portfolio"_s, u"1"_s, u"export"_s, u"--format"_s, u"csv"_s, u"-o"_s, pipe});
    QSignalSpy pipedFinished(&piped, &QProcess::finished);
    QVERIFY(pipedFinished.wait(60000));
    QCOMPARE(piped.exitCode(), 0);
    QVERIFY(piped.readAllStandardOutput().startsWith(CsvWriter::byteOrderMark + "id,name,"_ba));
    QVERIFY(!QFileInfo(pipe).isFile());

    const Run endless = cli({u"--portfolio"_s, u"1"_s, u"import"_s, u"/dev/zero"_s, u"--dry-run"_s});
    QCOMPARE(endless.exitCode, 1);
    QVERIFY2(endless.err.contains("larger than"), endless.err.constData());

    const Run unknown = cli({u"help"_s, u"nosuch"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.startsWith("There is no command"), unknown.err.constData());

    // Page after page the same link, "next" always set (a server that pages by number).
    FakeHttpServer fake;
    QVERIFY(fake.listen());
    fake.setResponse("/api/portfolios/1/links/",
                     FakeHttpServer::json(200, R"({"count": 1000000, "next": "http://x/", "previous": null, "results": [{"id": 5,)"
                                               R"( "name": "تکراری", "url": null, "description": null, "image_data": null,)"
                                               R"( "created_at": "2026-12-01T10:00:00Z", "updated_at": "2026-12-01T10:00:00Z"}]})"));
    const Run repeating = cli({u"--server"_s, fake.url().toString(), u"--portfolio"_s, u"1"_s, u"list"_s, u"--all"_s,
                               u"--format"_s, u"jsonl"_s});
    QCOMPARE(repeating.exitCode, 7);
    QCOMPARE(repeating.out.count('\n'), 1); // the link, once
    QCOMPARE(fake.requests().size(), 2);
}

// --token-stdin on a terminal: the terminal showed the token as it was
// typed, and left it on the screen (and in any recording of the session).
void TestCliE2E::aTokenTypedAtATerminalIsNotShown()
{
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        QSKIP("no script(1) here to give the command a terminal");
    QProcess terminal;
    terminal.setProcessEnvironment(environment({}));
    const QString command = u"'%1' --server '%2' --portfolio 1 --token-stdin check"_s.arg(
        QStringLiteral(PORTFOLIO_LINKS_CLI), m_server.baseUrl().toString());
    terminal.start(script, {u"-qec"_s, command, u"/dev/null"_s});
    QVERIFY(terminal.waitForStarted(10000));
    QByteArray screen;
    // Typed once asked, as a person would: what is typed before is echoed by the terminal itself.
    QVERIFY(QTest::qWaitFor([&] { return (screen += terminal.readAllStandardOutput()).contains("API token:"); }, 20000));
    QSignalSpy finished(&terminal, &QProcess::finished);
    terminal.write(m_token.toUtf8() + '\r');
    QVERIFY(finished.wait(30000));
    screen += terminal.readAllStandardOutput();
    QVERIFY2(terminal.exitCode() == 0, screen.constData());
    QVERIFY(!screen.contains(m_token.toUtf8()));
}

void TestCliE2E::aServersControlCharactersNeverReachATerminal_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("jsonl") << u"jsonl"_s;
}

// A name that retitles the terminal and clears it (ESC, and the 8-bit CSI
// U+009B), and a description that reverses what follows it: printed to a
// terminal, none acts; to a pipe, the server's text is given as it is.
void TestCliE2E::aServersControlCharactersNeverReachATerminal()
{
    QFETCH(QString, format);
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        QSKIP("no script(1) here to give the command a terminal");
    FakeHttpServer fake;
    QVERIFY(fake.listen());
    fake.setResponse("/api/portfolios/1/links/7", FakeHttpServer::json(200, R"({"id": 7, "name": "x\u001b]0;PWNED\u0007\u001b[2J\u009b31mred", )"
                                                                            R"("url": null, "description": "d\u202Eexe.png", "image_data": null, )"
                                                                            R"("created_at": "2026-01-13T10:05:43.296270Z", )"
                                                                            R"("updated_at": "2026-01-13T10:05:43.296270Z"})"));
    const QStringList arguments{u"--server"_s, fake.url().toString(), u"--portfolio"_s, u"1"_s, u"get"_s, u"7"_s,
                                u"--format"_s, format};

    const Run piped = cli(arguments);
    QCOMPARE(piped.exitCode, 0);
    if (format == u"csv"_s)
        QVERIFY(piped.out.contains("\x1b]0;PWNED\x07") && piped.out.contains("\u202E"_ba));
    else
        QVERIFY(piped.out.contains("\u202E"_ba)); // JSON's own escapes for ESC and BEL

    QProcess terminal;
    terminal.setProcessEnvironment(environment(m_token));
    QStringList quoted;
    for (const QString &argument : arguments)
        quoted << u'\'' + argument + u'\'';
    terminal.start(script, {u"-qec"_s, u"'%1' %2"_s.arg(QStringLiteral(PORTFOLIO_LINKS_CLI), quoted.join(u' ')), u"/dev/null"_s});
    QVERIFY(terminal.waitForStarted(10000));
    QSignalSpy finished(&terminal, &QProcess::finished);
    QByteArray screen;
    // Read as it comes, with an event loop: the fake server answers from this process.
    QVERIFY(QTest::qWaitFor([&] { screen += terminal.readAllStandardOutput(); return !finished.isEmpty(); }, 30000));
    screen += terminal.readAllStandardOutput();
    QVERIFY2(terminal.exitCode() == 0, screen.constData());
    QVERIFY2(screen.contains("PWNED") && screen.contains("exe.png"), screen.constData());
    QVERIFY2(!screen.contains('\x1b') && !screen.contains('\x07'), screen.constData());
    QVERIFY(!screen.contains("\u009B"_ba));
    QVERIFY(!screen.contains("\u202E"_ba));
    if (format != u"csv"_s) {
        // The same document: the characters are escaped, not lost.
        const qsizetype start = screen.indexOf('{');
        const QJsonObject link = QJsonDocument::fromJson(screen.mid(start, screen.lastIndexOf('}') - start + 1)).object();
        QCOMPARE(link.value(u"name"_s).toString(), u"x\u001b]0;PWNED\u0007\u001b[2J\u009b31mred"_s);
        QCOMPARE(link.value(u"description"_s).toString(), u"d\u202Eexe.png"_s);
    }
}

void TestCliE2E::tokenNeverPrinted()
{
    QProcessEnvironment debug = environment(m_token);
    debug.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    QByteArray everything;
    const QList<QStringList> commands{{u"check"_s},
                                      {u"--portfolio"_s, u"1"_s, u"list"_s, u"--limit"_s, u"1"_s},
                                      {u"--portfolio"_s, u"1"_s, u"create"_s, u"--name"_s, u"لاگ"_s},
                                      {u"--portfolio"_s, u"1"_s, u"get"_s, u"99999"_s}};
    for (const QStringList &command : commands) {
        const Run run = cli(command, {}, debug);
        everything += run.out + run.err;
    }
    QProcessEnvironment fromStdin = debug;
    fromStdin.remove(u"PORTFOLIO_LINKS_TOKEN"_s);
    const Run stdinRun = cli({u"--token-stdin"_s, u"check"_s}, m_token.toUtf8() + '\n', fromStdin);
    QCOMPARE(stdinRun.exitCode, 0);
    everything += stdinRun.out + stdinRun.err;
    QVERIFY2(everything.contains("portfoliolinks.api"), "debug logging was not on");
    QVERIFY(!everything.contains(m_token.toLatin1()));
}

QTEST_GUILESS_MAIN(TestCliE2E)
void TestCliE2E::profileChoosesTheServer()
{
    if (qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"))
        QSKIP("needs the settings folder ctest gives the test, shared with the command it runs");
    QCoreApplication::setOrganizationName(QString(AppInfo::organization));
    QCoreApplication::setApplicationName(QString(AppInfo::executable));
    Profiles profiles = Profiles::load();
    Profile staging;
    staging.setName(u"سرور آزمایشی"_s);
    staging.setServer(m_server.baseUrl());
    profiles.add(staging);
    Profile unreachable;
    unreachable.setName(u"Production"_s);
    unreachable.setServer(QUrl(u"http://127.0.0.1:9/"_s));
    unreachable.setProduction(true);
    profiles.setCurrent(profiles.add(unreachable).id());
    profiles.save();

    // Typed with an Arabic Yeh, as a Persian keyboard on Windows may.
    const Run named = cli({u"--profile"_s, u"سرور آزمايشي"_s, u"--portfolio"_s, u"2"_s, u"check"_s});
    QCOMPARE(named.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(named.out).object().value(u"links"_s).toInteger(), serverLinks(2).size());

    const QScopedValueRollback noServerOption(m_serverOption, false);
    QCOMPARE(cli({u"--portfolio"_s, u"2"_s, u"check"_s}).exitCode, 6); // the current profile's server
    const Run unknown = cli({u"--profile"_s, u"Nope"_s, u"check"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("Nope"));
    QCOMPARE(cli({u"--server"_s, m_server.baseUrl().toString(), u"--profile"_s, u"Production"_s, u"check"_s}).exitCode, 1);
}

#include "TestCliE2E.moc"
