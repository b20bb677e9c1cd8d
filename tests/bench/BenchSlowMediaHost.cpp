#include "FakeHttpServer.h"
#include "TestImages.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTest>

#include <functional>
#include <memory>

using Behaviour = FakeHttpServer::Behaviour;

namespace {

enum class Strategy { Shared, SharedHighPriority, SharedMediaCappedAtFour, Separate, SeparateHighPriority };

constexpr int idleTimeoutMs = 3000;
const QByteArray listPath = "/api/portfolios/3/links/";

} // namespace

// Figures behind the choice of how media and API calls share the network:
// one host serves both the thumbnails and the API, as when media sits on the
// API's own server, and its thumbnails hang (8, then 4 slow ones) or are all
// slow (12 answering after 1 s). Printed for each way Qt offers, so that the
// choice in NetworkSetup can be checked again on another Qt; asserts only
// that every download settled, never a duration.
class BenchSlowMediaHost : public QObject
{
    Q_OBJECT

private slots:
    void apiBesideSlowMedia_data();
    void apiBesideSlowMedia();
};

void BenchSlowMediaHost::apiBesideSlowMedia_data()
{
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<int>("hanging");
    const std::pair<Strategy, const char *> strategies[] = {
        {Strategy::Shared, "one manager (before)"},
        {Strategy::SharedHighPriority, "one manager, API HighPriority"},
        {Strategy::SharedMediaCappedAtFour, "one manager, at most 4 media downloads"},
        {Strategy::Separate, "a manager each"},
        {Strategy::SeparateHighPriority, "a manager each, API HighPriority"},
    };
    for (const int hanging : {8, 0}) {
        for (const auto &[strategy, name] : strategies)
            QTest::addRow("%s, %s", hanging ? "8 hanging + 4 slow" : "12 slow", name) << strategy << hanging;
    }
}

void BenchSlowMediaHost::apiBesideSlowMedia()
{
    QFETCH(Strategy, strategy);
    QFETCH(int, hanging);
    const int slow = hanging ? 4 : 12;
    FakeHttpServer server;
    QVERIFY(server.listen());
    FakeHttpServer::Response image = FakeHttpServer::json(200, pngBytes(QSize(64, 64)));
    image.contentType = "image/png";
    QList<QUrl> waiting;
    for (int i = 0; i < hanging + slow; ++i) {
        const QString path = QStringLiteral("/media/%1.png").arg(i);
        server.setResponse(path.toLatin1(), i < hanging ? FakeHttpServer::with(Behaviour::Hang)
                                                        : FakeHttpServer::with(Behaviour::Delayed, image, 1000));
        waiting.append(server.url(path));
    }
    server.setResponse(listPath, FakeHttpServer::json(200, R"({"count": 0, "next": null, "previous": null, "results": []})"));

    const bool separate = strategy == Strategy::Separate || strategy == Strategy::SeparateHighPriority;
    const bool highPriority = strategy == Strategy::SharedHighPriority || strategy == Strategy::SeparateHighPriority;
    const int mediaLimit = strategy == Strategy::SharedMediaCappedAtFour ? 4 : int(waiting.size());
    QNetworkAccessManager mediaNetwork;
    const auto apiNetwork = separate ? std::make_unique<QNetworkAccessManager>() : nullptr;

    QElapsedTimer clock;
    clock.start();
    const int mediaCount = int(waiting.size());
    QList<QPointer<QNetworkReply>> replies;
    int inFlight = 0;
    int mediaSettled = 0;
    int slowArrived = 0;
    qint64 lastArrivalMs = -1;
    std::function<void()> startMedia = [&] {
        while (inFlight < mediaLimit && !waiting.isEmpty()) {
            QNetworkRequest request(waiting.takeFirst());
            request.setTransferTimeout(idleTimeoutMs);
            QNetworkReply *reply = mediaNetwork.get(request);
            replies.append(reply);
            ++inFlight;
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                --inFlight;
                ++mediaSettled;
                if (reply->error() == QNetworkReply::NoError) {
                    ++slowArrived;
                    lastArrivalMs = clock.elapsed();
                }
                startMedia();
            });
        }
    };
    startMedia();
    // The media downloads hold their connections before the API asks.
    QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= qMin(6, mediaLimit), 5000);

    QNetworkRequest listRequest(server.url(QString::fromLatin1(listPath)));
    listRequest.setTransferTimeout(idleTimeoutMs);
    if (highPriority)
        listRequest.setPriority(QNetworkRequest::HighPriority);
    QElapsedTimer apiClock;
    apiClock.start();
    QNetworkReply *list = (apiNetwork ? apiNetwork.get() : &mediaNetwork)->get(listRequest);
    qint64 apiMs = -1;
    connect(list, &QNetworkReply::finished, this, [&] { apiMs = apiClock.elapsed(); });
    QTRY_VERIFY_WITH_TIMEOUT(apiMs >= 0, 2 * idleTimeoutMs);
    const bool apiOk = list->error() == QNetworkReply::NoError;
    QTRY_COMPARE_WITH_TIMEOUT(mediaSettled, mediaCount, 4 * idleTimeoutMs);

    qInfo().noquote() << QStringLiteral("API list %1 after %2 ms; %3 of %4 slow thumbnails arrived, the last after %5 ms")
                             .arg(apiOk ? QStringLiteral("answered") : QStringLiteral("FAILED (error %1)").arg(list->error()))
                             .arg(apiMs)
                             .arg(slowArrived)
                             .arg(slow)
                             .arg(lastArrivalMs);
    delete list;
    for (const QPointer<QNetworkReply> &reply : std::as_const(replies))
        delete reply.data();
}

QTEST_GUILESS_MAIN(BenchSlowMediaHost)
#include "BenchSlowMediaHost.moc"
