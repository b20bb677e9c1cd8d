#include "FakeHttpServer.h"
#include "TestImages.h"

#include "api/ApiClient.h"
#include "media/MediaDiskCache.h"
#include "media/ThumbnailLoader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QElapsedTimer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Behaviour = FakeHttpServer::Behaviour;

namespace {

FakeHttpServer::Response image(QSize size)
{
    FakeHttpServer::Response response = FakeHttpServer::json(200, pngBytes(size));
    response.contentType = "image/png";
    return response;
}

Thumbnail thumbnail(const FakeHttpServer &server, const char *path)
{
    Thumbnail thumbnail;
    thumbnail.file = server.url(QString::fromLatin1(path));
    thumbnail.size = 64;
    return thumbnail;
}

// Every signal of a loader, in the order it came: "loaded 3 64x64",
// "failed 1", "finished". Order is what several tests are about.
class LoaderLog : public QObject
{
public:
    explicit LoaderLog(ThumbnailLoader *loader)
    {
        connect(loader, &ThumbnailLoader::thumbnailLoaded, this, [this](int index, const QImage &image) {
            events.append(QStringLiteral("loaded %1 %2x%3").arg(index).arg(image.width()).arg(image.height()));
        });
        connect(loader, &ThumbnailLoader::thumbnailFailed, this, [this](int index, const QString &message) {
            events.append(QStringLiteral("failed %1").arg(index));
            failureMessages.append(message);
        });
        connect(loader, &ThumbnailLoader::batchFinished, this, [this] { events.append(QStringLiteral("finished")); });
    }

    qsizetype indexOf(const QString &event) const { return events.indexOf(event); }

    QStringList events;
    QStringList failureMessages;
};

// Counts what the network manager asks its cache on the GUI thread.
class ReadCountingCache : public QNetworkDiskCache
{
public:
    using QNetworkDiskCache::QNetworkDiskCache;

    QNetworkCacheMetaData metaData(const QUrl &url) override
    {
        countIfOnGuiThread();
        return QNetworkDiskCache::metaData(url);
    }
    QIODevice *data(const QUrl &url) override
    {
        countIfOnGuiThread();
        return QNetworkDiskCache::data(url);
    }

    int reads = 0;

private:
    void countIfOnGuiThread()
    {
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            ++reads;
    }
};

} // namespace

// Thumbnails download side by side; each is reported on its own, a slow or
// broken one never holds back or spoils the others, media never gets the
// API token, and a new batch silences the old one for good.
class TestThumbnailFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fourThumbnailsSettleEachOnItsOwn();
    void aTrickledThumbnailStillArrives();
    void aHangingThumbnailTimesOutAndTheBatchStillFinishes();
    void aTrickledThumbnailStopsAtTheDeadline();
    void aNewBatchSilencesTheOldDownloads();
    void aNewBatchStartsWhileAnImageDecodes_data();
    void aNewBatchStartsWhileAnImageDecodes();
    void aFileAskedForAgainInFlightIsFetchedOnce_data();
    void aFileAskedForAgainInFlightIsFetchedOnce();
    void aDownloadNoLongerWantedIsAborted();
    void loadersOfOneManagerShareADownloadInFlight_data();
    void loadersOfOneManagerShareADownloadInFlight();
    void aFileTheDiskCacheHoldsIsReadOffTheGuiThread_data();
    void aFileTheDiskCacheHoldsIsReadOffTheGuiThread();
    void filesExpectedNewAreAskedForAtOnce_data();
    void filesExpectedNewAreAskedForAtOnce();
    void aNotModifiedAnswerWithNoCopyLeftComesFromTheServer();
    void aServerAnsweringNotModifiedToEverythingIsAskedTwice();
    void largeImagesAreScaledDownInTheWorker();
    void aThumbnailIsDecodedWhileQtsPoolIsTaken();

private:
    int requestsFor(const QByteArray &path) const;
    // The manager's disk cache from now on, in `folder`.
    void useDiskCache(QNetworkDiskCache *cache, const QString &folder);
    // `file` loaded by a loader of its own, gone after; false if it never came.
    bool loadOnce(const Thumbnail &file);

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

int TestThumbnailFaults::requestsFor(const QByteArray &path) const
{
    const QList<FakeHttpServer::Request> requests = m_server->requests();
    return int(std::count_if(requests.cbegin(), requests.cend(),
                             [&path](const FakeHttpServer::Request &request) { return request.path == path; }));
}

void TestThumbnailFaults::useDiskCache(QNetworkDiskCache *cache, const QString &folder)
{
    cache->setCacheDirectory(folder);
    m_network->setCache(cache);
}

bool TestThumbnailFaults::loadOnce(const Thumbnail &file)
{
    ThumbnailLoader loader(m_network.get());
    QSignalSpy loaded(&loader, &ThumbnailLoader::thumbnailLoaded);
    loader.load({file});
    return loaded.wait(10000) && loaded.size() == 1;
}

void TestThumbnailFaults::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestThumbnailFaults::cleanup()
{
    m_network.reset();
    m_server.reset();
}

void TestThumbnailFaults::fourThumbnailsSettleEachOnItsOwn()
{
    // First an authorised API call on the same manager and the same origin,
    // as in the application: the token must still not reach the media.
    m_server->setResponse("/api/portfolios/3/links/", FakeHttpServer::json(400, R"({"name": ["This field is required."]})"));
    ApiClient api(m_network.get());
    api.setBaseUrl(m_server->url());
    api.setToken(QStringLiteral("secret-token"));
    QSignalSpy apiFinished(api.createLink(LinkDraft{3, QStringLiteral("x"), {}, {}, {}}), &ApiCall::finished);
    QVERIFY(apiFinished.wait(5000));
    QVERIFY(m_server->requests().first().headers.contains("authorization"));

    // The slow one is first in the batch: fetched one after another, it
    // would hold back the other three for 1.5 s.
    m_server->setResponse("/media/slow.png", FakeHttpServer::with(Behaviour::Delayed, image({200, 100}), 1500));
    m_server->setResponse("/media/text.jpg", FakeHttpServer::html(200, "<html><body>not an image</body></html>"));
    // "/media/missing.jpg" gets the default 404.
    m_server->setResponse("/media/fine.png", image({64, 64}));

    ThumbnailLoader loader(m_network.get());
    LoaderLog log(&loader);
    loader.load({thumbnail(*m_server, "/media/slow.png"), thumbnail(*m_server, "/media/text.jpg"),
                 thumbnail(*m_server, "/media/missing.jpg"), thumbnail(*m_server, "/media/fine.png")});

    // All four are in flight at once: the server holds all four requests
    // while the slow answer is still being held back.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1 + 4, 5000);
    QCOMPARE(log.indexOf(QStringLiteral("loaded 0 200x100")), -1);
    QVERIFY(loader.isLoading());

    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(QStringLiteral("finished")), 10000);
    // Each settled exactly once; the fine one came before the slow one, and
    // the slow one was the last to settle.
    QCOMPARE(log.events.size(), 5);
    QVERIFY2(log.indexOf(QStringLiteral("loaded 3 64x64")) >= 0, qPrintable(log.events.join(u", ")));
    QVERIFY2(log.indexOf(QStringLiteral("loaded 3 64x64")) < log.indexOf(QStringLiteral("loaded 0 200x100")),
             qPrintable(log.events.join(u", ")));
    QCOMPARE(log.events.at(3), QStringLiteral("loaded 0 200x100"));
    QCOMPARE(log.events.at(4), QStringLiteral("finished"));
    // The failures are reported for their own index, each with a reason.
    QVERIFY(log.events.contains(QStringLiteral("failed 1")));
    QVERIFY(log.events.contains(QStringLiteral("failed 2")));
    for (const QString &message : log.failureMessages)
        QVERIFY(!message.trimmed().isEmpty());
    QVERIFY(!loader.isLoading());

    const QList<FakeHttpServer::Request> requests = m_server->requests();
    for (qsizetype i = 1; i < requests.size(); ++i) {
        QVERIFY(requests.at(i).path.startsWith("/media/"));
        QVERIFY2(!requests.at(i).headers.contains("authorization"), requests.at(i).path.constData());
    }
}

void TestThumbnailFaults::aTrickledThumbnailStillArrives()
{
    FakeHttpServer::Response trickle = FakeHttpServer::with(Behaviour::Trickle, image({200, 100}), 5);
    trickle.chunkBytes = 32;
    m_server->setResponse("/media/slow.png", trickle);
    m_server->setResponse("/media/fine.png", image({32, 32}));

    ThumbnailLoader loader(m_network.get());
    LoaderLog log(&loader);
    loader.load({thumbnail(*m_server, "/media/slow.png"), thumbnail(*m_server, "/media/fine.png")});
    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(QStringLiteral("finished")), 10000);

    // The small one did not wait for the trickled one, which arrived whole.
    QCOMPARE(log.events, (QStringList{QStringLiteral("loaded 1 32x32"), QStringLiteral("loaded 0 200x100"),
                                      QStringLiteral("finished")}));
}

void TestThumbnailFaults::aHangingThumbnailTimesOutAndTheBatchStillFinishes()
{
    m_server->setResponse("/media/hang.png", FakeHttpServer::with(Behaviour::Hang));
    m_server->setResponse("/media/fine.png", image({16, 16}));

    ThumbnailLoader loader(m_network.get());
    loader.setTimeout(300ms);
    LoaderLog log(&loader);
    loader.load({thumbnail(*m_server, "/media/hang.png"), thumbnail(*m_server, "/media/fine.png")});
    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(QStringLiteral("finished")), 10000);

    // A tile stuck on "loading" forever would be the failure here.
    QCOMPARE(log.events, (QStringList{QStringLiteral("loaded 1 16x16"), QStringLiteral("failed 0"),
                                      QStringLiteral("finished")}));
    QVERIFY(!log.failureMessages.first().isEmpty());
}

void TestThumbnailFaults::aTrickledThumbnailStopsAtTheDeadline()
{
    // A byte every 200 ms: never silent for the 1 s idle timeout, and the
    // whole image would take minutes. The small one beside it is unaffected.
    FakeHttpServer::Response trickle = FakeHttpServer::with(Behaviour::Trickle, image({200, 100}), 200);
    trickle.chunkBytes = 1;
    m_server->setResponse("/media/trickle.png", trickle);
    m_server->setResponse("/media/fine.png", image({16, 16}));

    ThumbnailLoader loader(m_network.get());
    loader.setTimeout(1s);
    loader.setDeadline(2s);
    LoaderLog log(&loader);
    QElapsedTimer clock;
    clock.start();
    loader.load({thumbnail(*m_server, "/media/trickle.png"), thumbnail(*m_server, "/media/fine.png")});
    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(QStringLiteral("finished")), 3000);

    QCOMPARE(log.events, (QStringList{QStringLiteral("loaded 1 16x16"), QStringLiteral("failed 0"),
                                      QStringLiteral("finished")}));
    // Ended by the deadline, well after the idle timeout would have fired,
    // and said as a timeout, not as Qt's "Operation canceled".
    QVERIFY2(clock.elapsed() >= 1500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(log.failureMessages.first().contains(QLatin1String("in time")), qPrintable(log.failureMessages.first()));
}

void TestThumbnailFaults::aNewBatchSilencesTheOldDownloads()
{
    // The old batch would answer (an image and a 404) well before the new
    // one; if it were still listened to, its signals would come first.
    m_server->setResponse("/media/old.png", FakeHttpServer::with(Behaviour::Delayed, image({10, 10}), 300));
    m_server->setResponse("/media/old-missing.png",
                          FakeHttpServer::with(Behaviour::Delayed, FakeHttpServer::json(404, R"({"detail": "Not found."})"), 300));
    m_server->setResponse("/media/new.png", FakeHttpServer::with(Behaviour::Delayed, image({48, 48}), 900));

    ThumbnailLoader loader(m_network.get());
    LoaderLog log(&loader);
    loader.load({thumbnail(*m_server, "/media/old.png"), thumbnail(*m_server, "/media/old-missing.png")});
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 2, 5000);
    loader.load({thumbnail(*m_server, "/media/new.png")});
    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(QStringLiteral("finished")), 10000);

    QCOMPARE(log.events, (QStringList{QStringLiteral("loaded 0 48x48"), QStringLiteral("finished")}));
}

void TestThumbnailFaults::aNewBatchStartsWhileAnImageDecodes_data()
{
    QTest::addColumn<QByteArrayList>("newBatch");
    QTest::addColumn<QStringList>("reported"); // sorted; then "finished"
    QTest::newRow("without it: the old image is dropped") << QByteArrayList{"/media/new.png"} << QStringList{u"loaded 0 48x48"_s};
    QTest::newRow("with it again: reported to the new batch, not fetched again")
        << QByteArrayList{"/media/new.png", "/media/old.png"} << QStringList{u"loaded 0 48x48"_s, u"loaded 1 1000x1000"_s};
}

void TestThumbnailFaults::aNewBatchStartsWhileAnImageDecodes()
{
    QFETCH(QByteArrayList, newBatch);
    QFETCH(QStringList, reported);
    // The narrowest window: the old image is downloaded and handed to the
    // decoding worker, and only then does the new batch start. A queued call
    // from the manager's finished() runs after the loader has started the
    // decode but before the decoded result can be delivered (posted events
    // are delivered in order): the result goes to the new batch if it asks
    // for the file too, and is dropped on arrival if not.
    m_server->setResponse("/media/old.png", image({1000, 1000}));
    m_server->setResponse("/media/new.png", image({48, 48}));

    ThumbnailLoader loader(m_network.get());
    LoaderLog log(&loader);
    bool newBatchStarted = false;
    connect(
        m_network.get(), &QNetworkAccessManager::finished, &loader,
        [&](QNetworkReply *reply) {
            if (reply->url().path() == QLatin1String("/media/old.png")) {
                QList<Thumbnail> batch;
                for (const QByteArray &path : std::as_const(newBatch))
                    batch.append(thumbnail(*m_server, path.constData()));
                loader.load(batch);
                newBatchStarted = true;
            }
        },
        Qt::QueuedConnection);
    loader.load({thumbnail(*m_server, "/media/old.png")});
    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(u"finished"_s), 10000);

    QVERIFY(newBatchStarted);
    QCOMPARE(log.events.last(), u"finished"_s);
    QStringList events = log.events.mid(0, log.events.size() - 1);
    events.sort();
    QCOMPARE(events, reported);
    QCOMPARE(requestsFor("/media/old.png"), 1);
}

void TestThumbnailFaults::aFileAskedForAgainInFlightIsFetchedOnce_data()
{
    // How the second ask comes while the first download is held back by the
    // server, and the events expected once both are answered.
    QTest::addColumn<QString>("how");
    QTest::addColumn<QStringList>("events");
    QTest::newRow("a new batch asks for it again")
        << u"load"_s << QStringList{u"loaded 0 20x10"_s, u"finished"_s};
    QTest::newRow("the same batch asks for it again")
        << u"append"_s << QStringList{u"loaded 0 20x10"_s, u"loaded 1 20x10"_s, u"finished"_s};
    QTest::newRow("twice in one batch")
        << u"twice"_s << QStringList{u"loaded 0 20x10"_s, u"loaded 1 20x10"_s, u"finished"_s};
}

void TestThumbnailFaults::aFileAskedForAgainInFlightIsFetchedOnce()
{
    QFETCH(QString, how);
    QFETCH(QStringList, events);
    // Held back by the server long enough for the second ask to come while
    // the first download is in flight.
    m_server->setResponse("/media/slow.png", FakeHttpServer::with(Behaviour::Delayed, image({20, 10}), 2000));

    ThumbnailLoader loader(m_network.get());
    LoaderLog log(&loader);
    const Thumbnail slow = thumbnail(*m_server, "/media/slow.png");
    if (how == u"twice")
        loader.load({slow, slow});
    else
        loader.load({slow});
    QTRY_COMPARE_WITH_TIMEOUT(requestsFor("/media/slow.png"), 1, 5000);
    if (how == u"load")
        loader.load({slow});
    else if (how == u"append")
        QCOMPARE(loader.append({slow}), 1);
    QVERIFY2(log.events.isEmpty(), qPrintable(log.events.join(u", "))); // still in flight
    QVERIFY(loader.isLoading());

    // A second request would have reached the server before the batch could finish.
    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(u"finished"_s), 10000);
    QCOMPARE(log.events, events);
    QCOMPARE(requestsFor("/media/slow.png"), 1);
    QVERIFY(!loader.isLoading());
}

void TestThumbnailFaults::aDownloadNoLongerWantedIsAborted()
{
    // The server never answers "gone": only an abort ends its download.
    m_server->setResponse("/media/gone.png", FakeHttpServer::with(Behaviour::Hang));
    m_server->setResponse("/media/kept.png", FakeHttpServer::with(Behaviour::Delayed, image({8, 8}), 1000));
    QStringList ended;
    connect(m_network.get(), &QNetworkAccessManager::finished, this, [&ended](QNetworkReply *reply) {
        ended.append(reply->url().path() + u' ' + QString::number(reply->error()));
    });

    ThumbnailLoader loader(m_network.get());
    LoaderLog log(&loader);
    loader.load({thumbnail(*m_server, "/media/gone.png"), thumbnail(*m_server, "/media/kept.png")});
    QTRY_VERIFY_WITH_TIMEOUT(requestsFor("/media/gone.png") == 1 && requestsFor("/media/kept.png") == 1, 5000);
    loader.load({thumbnail(*m_server, "/media/kept.png")});
    QTRY_VERIFY_WITH_TIMEOUT(ended.contains(u"/media/gone.png "_s + QString::number(QNetworkReply::OperationCanceledError)),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(u"finished"_s), 10000);

    // The aborted one is never reported; the kept one arrived under its new index, asked for once.
    QCOMPARE(log.events, (QStringList{u"loaded 0 8x8"_s, u"finished"_s}));
    QCOMPARE(requestsFor("/media/kept.png"), 1);
}

void TestThumbnailFaults::loadersOfOneManagerShareADownloadInFlight_data()
{
    QTest::addColumn<bool>("firstCancels");
    QTest::newRow("both wait") << false;
    QTest::newRow("the first no longer wants it") << true;
}

// The result's strip and the list's cache ask for the same file after a
// create: one download, each loader decoding it to its own size.
void TestThumbnailFaults::loadersOfOneManagerShareADownloadInFlight()
{
    QFETCH(bool, firstCancels);
    m_server->setResponse("/media/shared.png", FakeHttpServer::with(Behaviour::Delayed, image({40, 20}), 1000));
    ThumbnailLoader first(m_network.get());
    ThumbnailLoader second(m_network.get());
    second.setMaximumImageSize({16, 16});
    LoaderLog firstLog(&first);
    LoaderLog secondLog(&second);
    const Thumbnail shared = thumbnail(*m_server, "/media/shared.png");
    first.load({shared});
    QTRY_COMPARE_WITH_TIMEOUT(requestsFor("/media/shared.png"), 1, 5000);
    second.load({shared});
    if (firstCancels)
        first.cancel();

    QTRY_VERIFY_WITH_TIMEOUT(secondLog.events.contains(u"finished"_s), 10000);
    QCOMPARE(secondLog.events, (QStringList{u"loaded 0 16x8"_s, u"finished"_s}));
    if (firstCancels) {
        QVERIFY(firstLog.events.isEmpty());
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(firstLog.events.contains(u"finished"_s), 10000);
        QCOMPARE(firstLog.events, (QStringList{u"loaded 0 40x20"_s, u"finished"_s}));
    }
    QCOMPARE(requestsFor("/media/shared.png"), 1);
}

void TestThumbnailFaults::aFileTheDiskCacheHoldsIsReadOffTheGuiThread_data()
{
    QTest::addColumn<int>("loaders");
    QTest::addColumn<QString>("copy");
    QTest::newRow("held") << 1 << u"held"_s;
    QTest::newRow("held, two loaders") << 2 << u"held"_s;
    QTest::newRow("evicted") << 1 << u"evicted"_s;
    QTest::newRow("evicted, two loaders sharing the download") << 2 << u"evicted"_s;
    QTest::newRow("damaged") << 1 << u"damaged"_s;
}

// A file the disk cache holds is read from it on a worker, never by the
// network manager on the GUI thread, and used as it is. One the cache no
// longer holds (evicted as others were saved) or holds damaged comes from
// the server, once for all its loaders, and is not reported as failed.
void TestThumbnailFaults::aFileTheDiskCacheHoldsIsReadOffTheGuiThread()
{
    QFETCH(int, loaders);
    QFETCH(QString, copy);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    auto *cache = new ReadCountingCache(m_network.get());
    useDiskCache(cache, folder.path());
    m_server->setResponse("/media/cached.png", image({8, 8}));
    const Thumbnail cached = thumbnail(*m_server, "/media/cached.png");
    QVERIFY(loadOnce(cached));
    QVERIFY(cache->metaData(cached.file).isValid());
    if (copy == u"evicted"_s) {
        QVERIFY(cache->remove(cached.file));
    } else if (copy == u"damaged"_s) {
        QDirIterator saved(folder.path(), {u"*.d"_s}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(saved.hasNext());
        QFile file(saved.next());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write("not what Qt wrote") > 0);
    }
    cache->reads = 0;

    std::vector<std::unique_ptr<ThumbnailLoader>> readers;
    std::vector<std::unique_ptr<LoaderLog>> logs;
    std::vector<std::unique_ptr<QSignalSpy>> loaded;
    for (int i = 0; i < loaders; ++i) {
        readers.push_back(std::make_unique<ThumbnailLoader>(m_network.get()));
        logs.push_back(std::make_unique<LoaderLog>(readers.back().get()));
        loaded.push_back(std::make_unique<QSignalSpy>(readers.back().get(), &ThumbnailLoader::thumbnailLoaded));
        readers.back()->load({cached});
    }
    for (int i = 0; i < loaders; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(logs[i]->events.contains(u"finished"_s), 10000);
        QCOMPARE(logs[i]->events, (QStringList{u"loaded 0 8x8"_s, u"finished"_s}));
        QCOMPARE(loaded[i]->first().at(2).toBool(), copy == u"held"_s); // fromCache
    }
    QCOMPARE(requestsFor("/media/cached.png"), copy == u"held"_s ? 1 : 2);
    if (copy == u"held"_s)
        QCOMPARE(cache->reads, 0);
}

void TestThumbnailFaults::filesExpectedNewAreAskedForAtOnce_data()
{
    QTest::addColumn<bool>("expectedNew");
    QTest::addColumn<bool>("downloadedBefore");
    QTest::newRow("expected new") << true << false;
    QTest::newRow("expected in the cache") << false << false;
    QTest::newRow("expected new, but downloaded earlier") << true << true;
}

// A batch expected new (a link just created) has its requests on their way
// when load() returns; any other first waits for the read of the disk cache,
// and so does a file this session saved there, which is then used as it is.
void TestThumbnailFaults::filesExpectedNewAreAskedForAtOnce()
{
    QFETCH(bool, expectedNew);
    QFETCH(bool, downloadedBefore);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    useDiskCache(new MediaDiskCache(m_network.get()), folder.path());
    m_server->setResponse("/media/new.png", image({8, 8}));
    const Thumbnail file = thumbnail(*m_server, "/media/new.png");
    if (downloadedBefore)
        QVERIFY(loadOnce(file));
    ThumbnailLoader loader(m_network.get());
    LoaderLog log(&loader);
    QSignalSpy loaded(&loader, &ThumbnailLoader::thumbnailLoaded);
    loader.load({file}, expectedNew ? ThumbnailLoader::Expect::New : ThumbnailLoader::Expect::Cached);
    QCOMPARE(m_network->findChildren<QNetworkReply *>().size(), expectedNew && !downloadedBefore ? 1 : 0);
    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(u"finished"_s), 10000);
    QCOMPARE(log.events, (QStringList{u"loaded 0 8x8"_s, u"finished"_s}));
    QCOMPARE(loaded.first().at(2).toBool(), downloadedBefore); // fromCache
    QCOMPARE(requestsFor("/media/new.png"), 1);
}

// A file revalidated while the disk cache lets it go: the server says "not
// modified", Qt has no copy to give and hands on the empty 304. The file is
// fetched again, past the cache, rather than reported as not an image.
void TestThumbnailFaults::aNotModifiedAnswerWithNoCopyLeftComesFromTheServer()
{
    m_server->setResponse("/media/gone.png", FakeHttpServer::html(304, {}));
    // Answered after this is told, so the second request gets the file.
    connect(m_server.get(), &FakeHttpServer::requestReceived, this, [this, seen = 0]() mutable {
        if (++seen == 2)
            m_server->setResponse("/media/gone.png", image({8, 8}));
    });
    ThumbnailLoader loader(m_network.get());
    LoaderLog log(&loader);
    loader.load({thumbnail(*m_server, "/media/gone.png")});
    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(u"finished"_s), 10000);
    QCOMPARE(log.events, (QStringList{u"loaded 0 8x8"_s, u"finished"_s}));
    QCOMPARE(requestsFor("/media/gone.png"), 2);
}

// A hostile or broken server: "not modified" even to a request that asked
// for no revalidation. One more request, then a failure, never a loop.
void TestThumbnailFaults::aServerAnsweringNotModifiedToEverythingIsAskedTwice()
{
    m_server->setResponse("/media/never.png", FakeHttpServer::html(304, {}));
    ThumbnailLoader loader(m_network.get());
    LoaderLog log(&loader);
    loader.load({thumbnail(*m_server, "/media/never.png")});
    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(u"finished"_s), 10000);
    QCOMPARE(log.events, (QStringList{u"failed 0"_s, u"finished"_s}));
    QVERIFY(!log.failureMessages.first().trimmed().isEmpty());
    QCOMPARE(requestsFor("/media/never.png"), 2);
}

void TestThumbnailFaults::largeImagesAreScaledDownInTheWorker()
{
    m_server->setResponse("/media/big.png", image({1080, 540}));
    ThumbnailLoader loader(m_network.get());
    loader.setMaximumImageSize({128, 128});
    LoaderLog log(&loader);
    loader.load({thumbnail(*m_server, "/media/big.png")});
    QTRY_VERIFY_WITH_TIMEOUT(log.events.contains(QStringLiteral("finished")), 10000);
    QCOMPARE(log.events.first(), QStringLiteral("loaded 0 128x64"));
}

// Qt 6.4's raster engine paints a long translucent line through Qt's global
// thread pool and waits for it on the GUI thread: the app's work never
// queues there. With every thread of that pool taken, a thumbnail still
// arrives, decoded.
void TestThumbnailFaults::aThumbnailIsDecodedWhileQtsPoolIsTaken()
{
    QThreadPool *qts = QThreadPool::globalInstance();
    const int threads = qts->maxThreadCount();
    QSemaphore taken;
    QSemaphore release;
    for (int i = 0; i < threads; ++i) {
        qts->start([&taken, &release] {
            taken.release();
            release.acquire();
        });
    }
    taken.acquire(threads);
    const auto letGo = qScopeGuard([&] {
        release.release(threads);
        qts->waitForDone();
    });
    m_server->setResponse("/media/busy.png", image({32, 32}));
    QVERIFY(loadOnce(thumbnail(*m_server, "/media/busy.png")));
}

QTEST_GUILESS_MAIN(TestThumbnailFaults)
#include "TestThumbnailFaults.moc"
