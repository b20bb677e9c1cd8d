#include "UserFolders.h"
#include "ReferenceServer.h"

#include "api/ApiClient.h"
#include "api/CurlCommand.h"
#include "api/NetworkSetup.h"
#include "storage/TokenStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// "Copy as cURL" pasted into a shell does what the app did: the real curl
// sends the copied create to the real backend, with the token from the
// environment variable the command names.
class TestCurlCommandE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theCopiedCreateCreatesTheSameLink();

private:
    ReferenceServer m_server;
};

void TestCurlCommandE2E::initTestCase()
{
    keepOutOfUserFolders();
    if (!QFile::exists(u"/usr/bin/curl"_s))
        QSKIP("curl is not installed (scripts/install-deps installs it)");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestCurlCommandE2E::theCopiedCreateCreatesTheSameLink()
{
    const QString token = m_server.token(u"staff"_s);
    const NetworkSetup::Managers network = NetworkSetup::createManagers(this);
    ApiClient api(network.api);
    api.setBaseUrl(m_server.baseUrl());
    api.setToken(token);
    LinkDraft draft;
    draft.portfolioId = m_server.ready().value(u"portfolios"_s).toArray().first().toInteger();
    draft.name = u"دمو 'فروشگاه' $HOME `id`"_s;
    draft.url = u"https://example.com/%D8%AF%D9%85%D9%88"_s;
    draft.description = u"خط اول\nخط «دوم»"_s;
    LinkCall *call = api.createLink(draft);
    QSignalSpy created(call, &LinkCall::succeeded);
    QVERIFY(created.wait(20000));

    const QString command = CurlCommand::of(api.lastWrite(), QLatin1String(TokenStore::environmentVariable));
    QVERIFY(!command.contains(token));
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(TokenStore::environmentVariable), token);
    shell.setProcessEnvironment(environment);
    shell.start(u"/bin/bash"_s, {u"-c"_s, command + u" --silent --show-error --fail-with-body"_s});
    QVERIFY(shell.waitForFinished(30000));
    const QByteArray answer = shell.readAllStandardOutput();
    QVERIFY2(shell.exitCode() == 0, answer + shell.readAllStandardError());

    const QJsonObject link = QJsonDocument::fromJson(answer).object();
    QCOMPARE(link.value(u"name"_s).toString(), draft.name);
    QCOMPARE(link.value(u"url"_s).toString(), draft.url);
    QCOMPARE(link.value(u"description"_s).toString(), draft.description);
    QVERIFY(link.value(u"id"_s).toInteger() > 0);
}

QTEST_GUILESS_MAIN(TestCurlCommandE2E)
#include "TestCurlCommandE2E.moc"
