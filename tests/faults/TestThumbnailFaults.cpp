#include "FakeHttpServer.h"

#include "media/ThumbnailLoader.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

QByteArray pngBytes(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

FakeHttpServer::Response image(const QByteArray &bytes)
{
    FakeHttpServer::Response response = FakeHttpServer::json(200, bytes);
    response.contentType = "image/png";
    return response;
}

Thumbnail thumbnail(const FakeHttpServer &server, const QString &path, qint64 size)
{
    Thumbnail thumbnail;
    thumbnail.file = server.url(path);
    thumbnail.size = size;
    return thumbnail;
}

} // namespace

// Thumbnails download side by side; each is reported on its own, a slow
// or broken one never holds back or spoils the others.
class TestThumbnailFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void eachThumbnailSettlesOnItsOwnWhileOneHangs();
    void aTrickledThumbnailStillArrives();
    void aNewBatchSilencesTheOldOne();
    void largeImagesAreScaledDownInTheWorker();

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestThumbnailFaults::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestThumbnailFaults::eachThumbnailSettlesOnItsOwnWhileOneHangs()
{
    FakeHttpServer::Response hang;
    hang.behaviour = FakeHttpServer::Behaviour::Hang;
    m_server->setResponse("/media/hang.jpg", hang);
    m_server->setResponse("/media/text.jpg", FakeHttpServer::html(200, "<html>not an image</html>"));
    m_server->setResponse("/media/fine.png", image(pngBytes({64, 64})));
    // "/media/missing.jpg" gets the default 404.

    ThumbnailLoader loader(m_network.get());
    QSignalSpy loaded(&loader, &ThumbnailLoader::thumbnailLoaded);
    QSignalSpy failed(&loader, &ThumbnailLoader::thumbnailFailed);
    QSignalSpy finished(&loader, &ThumbnailLoader::batchFinished);
    loader.load({thumbnail(*m_server, QStringLiteral("/media/hang.jpg"), 1080),
                 thumbnail(*m_server, QStringLiteral("/media/text.jpg"), 64),
                 thumbnail(*m_server, QStringLiteral("/media/missing.jpg"), 128),
                 thumbnail(*m_server, QStringLiteral("/media/fine.png"), 512)});

    // The first thumbnail never answers; the three behind it settle anyway,
    // which they could not if they were fetched one after another.
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count() + failed.count(), 3, 10000);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().at(0).toInt(), 3);
    QCOMPARE(loaded.first().at(1).value<QImage>().size(), QSize(64, 64));
    QList<int> failedIndexes{failed.at(0).at(0).toInt(), failed.at(1).at(0).toInt()};
    std::sort(failedIndexes.begin(), failedIndexes.end());
    QCOMPARE(failedIndexes, (QList<int>{1, 2}));
    for (const QList<QVariant> &failure : failed)
        QVERIFY(!failure.at(1).toString().isEmpty());
    QVERIFY(loader.isLoading());
    QCOMPARE(finished.count(), 0);

    QCOMPARE(m_server->requests().size(), 4);
    for (const FakeHttpServer::Request &request : m_server->requests())
        QVERIFY2(!request.headers.contains("authorization"), request.path.constData());
}

void TestThumbnailFaults::aTrickledThumbnailStillArrives()
{
    FakeHttpServer::Response trickle = image(pngBytes({200, 100}));
    trickle.behaviour = FakeHttpServer::Behaviour::Trickle;
    trickle.delayMs = 5;
    m_server->setResponse("/media/slow.png", trickle);
    m_server->setResponse("/media/fine.png", image(pngBytes({32, 32})));

    ThumbnailLoader loader(m_network.get());
    QSignalSpy loaded(&loader, &ThumbnailLoader::thumbnailLoaded);
    QSignalSpy finished(&loader, &ThumbnailLoader::batchFinished);
    loader.load({thumbnail(*m_server, QStringLiteral("/media/slow.png"), 1080),
                 thumbnail(*m_server, QStringLiteral("/media/fine.png"), 64)});
    QVERIFY(finished.wait(10000));
    QCOMPARE(loaded.count(), 2);
    // The small one did not wait for the slow one.
    QCOMPARE(loaded.at(0).at(0).toInt(), 1);
    QCOMPARE(loaded.at(1).at(1).value<QImage>().size(), QSize(200, 100));
}

void TestThumbnailFaults::aNewBatchSilencesTheOldOne()
{
    FakeHttpServer::Response hang;
    hang.behaviour = FakeHttpServer::Behaviour::Hang;
    m_server->setResponse("/media/old.png", hang);
    m_server->setResponse("/media/new.png", image(pngBytes({48, 48})));

    ThumbnailLoader loader(m_network.get());
    QSignalSpy loaded(&loader, &ThumbnailLoader::thumbnailLoaded);
    QSignalSpy failed(&loader, &ThumbnailLoader::thumbnailFailed);
    QSignalSpy finished(&loader, &ThumbnailLoader::batchFinished);
    QSignalSpy received(m_server.get(), &FakeHttpServer::requestReceived);
    loader.load({thumbnail(*m_server, QStringLiteral("/media/old.png"), 64)});
    QVERIFY(received.wait(5000));
    loader.load({thumbnail(*m_server, QStringLiteral("/media/new.png"), 64)});
    QVERIFY(finished.wait(5000));

    // The old download was aborted, and its abort was not reported as a failure.
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().at(1).value<QImage>().size(), QSize(48, 48));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1);
}

void TestThumbnailFaults::largeImagesAreScaledDownInTheWorker()
{
    m_server->setResponse("/media/big.png", image(pngBytes({1080, 540})));
    ThumbnailLoader loader(m_network.get());
    loader.setMaximumImageSize({128, 128});
    QSignalSpy loaded(&loader, &ThumbnailLoader::thumbnailLoaded);
    loader.load({thumbnail(*m_server, QStringLiteral("/media/big.png"), 1080)});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().at(1).value<QImage>().size(), QSize(128, 64));
}

QTEST_GUILESS_MAIN(TestThumbnailFaults)
#include "TestThumbnailFaults.moc"
