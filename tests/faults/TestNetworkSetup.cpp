#include "FakeHttpServer.h"
#include "UserFolders.h"

#include "api/ApiClient.h"
#include "api/NetworkSetup.h"
#include "media/ThumbnailLoader.h"

#include <QAbstractNetworkCache>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using Behaviour = FakeHttpServer::Behaviour;

namespace {
const QByteArray linksPath = "/api/portfolios/3/links/";
const QByteArray emptyPage = R"({"count": 0, "next": null, "previous": null, "results": []})";
constexpr int hangingThumbnails = 8;
} // namespace

// The application's managers: media and the API each get their own
// connections, so that slow media on the API's own host (Qt opens at most
// six connections per host and manager) never makes an API call wait.
class TestNetworkSetup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyTheMediaManagerHasTheDiskCache();
    void hangingThumbnailsOnTheApisHostDoNotHoldUpTheApi();
};

void TestNetworkSetup::initTestCase()
{
    keepOutOfUserFolders();
}

void TestNetworkSetup::onlyTheMediaManagerHasTheDiskCache()
{
    QObject owner;
    const NetworkSetup::Managers managers = NetworkSetup::createManagers(&owner);
    QVERIFY(managers.api && managers.media);
    QVERIFY(managers.api != managers.media);
    QVERIFY(managers.media->cache());
    QVERIFY(!managers.api->cache());
}

void TestNetworkSetup::hangingThumbnailsOnTheApisHostDoNotHoldUpTheApi()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    QList<Thumbnail> thumbnails;
    for (int i = 0; i < hangingThumbnails; ++i) {
        const QString path = QStringLiteral("/media/hang-%1.png").arg(i);
        server.setResponse(path.toLatin1(), FakeHttpServer::with(Behaviour::Hang));
        thumbnails.append({i + 1, server.url(path), 64});
    }
    server.setResponse(linksPath, FakeHttpServer::json(200, emptyPage));

    QObject owner;
    const NetworkSetup::Managers managers = NetworkSetup::createManagers(&owner);
    ThumbnailLoader loader(managers.media);
    loader.load(thumbnails);
    // Six of them hold every connection Qt opens to this host for the media.
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 6, 5000);

    ApiClient api(managers.api);
    api.setBaseUrl(server.url());
    api.setTimeout(30s); // the thumbnails' idle timeout must not be what frees a connection
    QSignalSpy listed(api.listLinks(3, LinkListQuery()), &ApiCall::succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(listed.size() == 1, 2000);
    QVERIFY(server.requests().last().path.startsWith(linksPath));
    QVERIFY(loader.isLoading());
}

QTEST_GUILESS_MAIN(TestNetworkSetup)
#include "TestNetworkSetup.moc"
