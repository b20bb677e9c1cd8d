#include "FakeHttpServer.h"

#include "api/ApiClient.h"
#include "media/ThumbnailLoader.h"
#include "text/SizeText.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

// Answers larger than any real one are refused as soon as their size is
// known, without being read whole into memory; downloads are bounded too.
class TestSizeLimits : public QObject
{
    Q_OBJECT

private slots:
    void oversizedImageIsRefusedEarly();
    void oversizedApiAnswerIsRefused();
    void atMostSixThumbnailDownloadsPerHost();
};

void TestSizeLimits::oversizedImageIsRefusedEarly()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    FakeHttpServer::Response huge = FakeHttpServer::json(200, QByteArray(ThumbnailLoader::maxImageBytes + 1, 'x'));
    huge.contentType = "image/png";
    server.setResponse("/media/huge.png", huge);

    QNetworkAccessManager network;
    ThumbnailLoader loader(&network);
    QSignalSpy failed(&loader, &ThumbnailLoader::thumbnailFailed);
    QSignalSpy loaded(&loader, &ThumbnailLoader::thumbnailLoaded);
    Thumbnail thumbnail;
    thumbnail.file = server.url(QStringLiteral("/media/huge.png"));
    loader.load({thumbnail});

    QVERIFY(failed.wait(10000));
    QCOMPARE(loaded.count(), 0);
    QVERIFY2(failed.first().at(1).toString().contains(SizeText::shown(ThumbnailLoader::maxImageBytes)), qPrintable(failed.first().at(1).toString()));
}

void TestSizeLimits::oversizedApiAnswerIsRefused()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setResponse("/api/portfolios/1/links/",
                       FakeHttpServer::json(201, "{\"name\": \"" + QByteArray(ApiCall::maxAnswerBytes, 'a') + "\"}"));
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(server.url());
    LinkDraft draft;
    draft.portfolioId = 1;
    draft.name = QStringLiteral("x");
    LinkCall *call = client.createLink(draft);
    std::optional<ApiError::Kind> kind;
    connect(call, &ApiCall::failed, this, [&kind](const ApiError &error) { kind = error.kind(); });
    QSignalSpy created(call, &ApiCall::succeeded);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(created.count(), 0);
    QVERIFY(kind);
    QCOMPARE(*kind, ApiError::Kind::TooLarge);
}

void TestSizeLimits::atMostSixThumbnailDownloadsPerHost()
{
    // Ten thumbnails on one host that never answers: Qt's HTTP layer opens
    // at most six connections to a host, so six requests arrive, four wait.
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setDefaultResponse(FakeHttpServer::with(FakeHttpServer::Behaviour::Hang));
    server.setResponse("/ping", FakeHttpServer::json(200, "{}"));
    QNetworkAccessManager network;
    ThumbnailLoader loader(&network);
    QList<Thumbnail> thumbnails;
    for (int i = 0; i < 10; ++i) {
        Thumbnail thumbnail;
        thumbnail.file = server.url(QStringLiteral("/media/%1.png").arg(i));
        thumbnails.append(thumbnail);
    }
    loader.load(thumbnails);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 6, 10000);

    // A round trip on another connection: a seventh thumbnail request sent
    // meanwhile would have arrived before this answer.
    QNetworkAccessManager other;
    QNetworkReply *ping = other.get(QNetworkRequest(server.url(QStringLiteral("/ping"))));
    QSignalSpy pinged(ping, &QNetworkReply::finished);
    QVERIFY(pinged.wait(5000));
    ping->deleteLater();
    qsizetype thumbnailRequests = 0;
    for (const FakeHttpServer::Request &request : server.requests())
        thumbnailRequests += request.path.startsWith("/media/");
    QCOMPARE(thumbnailRequests, 6);
    loader.cancel();
}

QTEST_GUILESS_MAIN(TestSizeLimits)
#include "TestSizeLimits.moc"
