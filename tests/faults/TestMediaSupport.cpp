#include "FakeHttpServer.h"

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/MediaSupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using Behaviour = FakeHttpServer::Behaviour;
using State = MediaSupport::State;

namespace {

const QByteArray mediaPath = "/api/media/";
// What the probe must ask for, query included: one entry, not the whole list.
const QByteArray probeRequestPath = "/api/media/?limit=1";
const QByteArray emptyList = R"({"count":0,"next":null,"previous":null,"results":[]})";

ApiError httpError(int status)
{
    return ApiError::fromHttp(status, R"({"detail": "x"})", "application/json");
}

} // namespace

// Whether the server has the media endpoint, learnt from one small request
// per server (or from a failed upload), never asked again once known, and
// said to the user only once.
class TestMediaSupport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void probeAnswer_data();
    void probeAnswer();
    void emptyMediaPathIsMissingWithoutARequest();
    void checkWhileCheckingSendsOneRequest();
    void aKnownAnswerIsNotAskedAgain();
    void resetForgetsAndAsksAgain();
    void checkRightAfterResetDuringACheckAsksAgain();
    void learnFromUpload_data();
    void learnFromUpload();
    void missingNoticeIsTakenOnce();
    void missingNoticeAfterAProbe();

private:
    // Every request to the media path the server saw.
    int probeRequests() const;
    // A request on the same manager, answered and finished: requests sent
    // before it have reached the server by then.
    bool roundTrip();

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MediaSupport> m_media;
};

void TestMediaSupport::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(m_server->url());
    m_client->setMediaPath(QString::fromLatin1(mediaPath));
    m_client->setTimeout(5s);
    m_media = std::make_unique<MediaSupport>(m_client.get());
}

void TestMediaSupport::cleanup()
{
    m_media.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

int TestMediaSupport::probeRequests() const
{
    int count = 0;
    for (const FakeHttpServer::Request &request : m_server->requests()) {
        if (request.path.startsWith(mediaPath))
            ++count;
    }
    return count;
}

bool TestMediaSupport::roundTrip()
{
    std::unique_ptr<QNetworkReply> reply(m_network->get(QNetworkRequest(m_server->url(u"/round-trip"_s))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    return finished.wait(10000);
}

void TestMediaSupport::probeAnswer_data()
{
    QTest::addColumn<FakeHttpServer::Response>("answer");
    QTest::addColumn<MediaSupport::State>("expected");

    QTest::newRow("200 empty list") << FakeHttpServer::json(200, emptyList) << State::Available;
    QTest::newRow("404") << FakeHttpServer::json(404, R"({"detail": "Not found."})") << State::Missing;
    QTest::newRow("404 HTML page") << FakeHttpServer::html(404, "<html><title>Not Found</title></html>")
                                   << State::Missing;
    QTest::newRow("405") << FakeHttpServer::json(405, R"({"detail": "Method \"GET\" not allowed."})")
                         << State::Missing;
    // Nothing learnt: the endpoint may be there and merely broken right now.
    QTest::newRow("500") << FakeHttpServer::html(500, "<html><title>Server Error</title></html>") << State::Unknown;
    QTest::newRow("503") << FakeHttpServer::json(503, R"({"detail": "busy"})") << State::Unknown;
    QTest::newRow("401") << FakeHttpServer::json(401, R"({"detail": "Invalid token."})") << State::Unknown;
    QTest::newRow("dropped connection") << FakeHttpServer::with(Behaviour::CloseAfterRequest) << State::Unknown;
}

void TestMediaSupport::probeAnswer()
{
    QFETCH(FakeHttpServer::Response, answer);
    QFETCH(MediaSupport::State, expected);

    m_server->setResponse(mediaPath, answer);
    QSignalSpy changed(m_media.get(), &MediaSupport::stateChanged);
    QCOMPARE(m_media->state(), State::Unknown);

    m_media->check();
    QCOMPARE(m_media->state(), State::Checking);
    QTRY_VERIFY_WITH_TIMEOUT(m_media->state() != State::Checking, 10000);

    QCOMPARE(m_media->state(), expected);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).value<MediaSupport::State>(), State::Checking);
    QCOMPARE(changed.at(1).at(0).value<MediaSupport::State>(), expected);

    const QList<FakeHttpServer::Request> requests = m_server->requests();
    QVERIFY(!requests.isEmpty());
    // Qt may resend a GET once on a connection closed before any answer;
    // whatever it sends must be the one small list request.
    if (answer.behaviour == Behaviour::Respond)
        QCOMPARE(requests.size(), 1);
    for (const FakeHttpServer::Request &request : requests) {
        QCOMPARE(request.method, "GET"_ba);
        QCOMPARE(request.path, probeRequestPath);
    }
}

void TestMediaSupport::emptyMediaPathIsMissingWithoutARequest()
{
    m_server->setResponse(mediaPath, FakeHttpServer::json(200, emptyList));
    m_client->setMediaPath(QString());
    QSignalSpy changed(m_media.get(), &MediaSupport::stateChanged);

    m_media->check();

    QCOMPARE(m_media->state(), State::Missing);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<MediaSupport::State>(), State::Missing);
    QVERIFY(roundTrip());
    QCOMPARE(probeRequests(), 0);
    QCOMPARE(m_server->requests().size(), 1); // the round trip alone
}

void TestMediaSupport::checkWhileCheckingSendsOneRequest()
{
    // Held back long enough that a second request, had one been sent, would
    // have reached the server before this answer.
    m_server->setResponse(mediaPath, FakeHttpServer::with(Behaviour::Delayed, FakeHttpServer::json(200, emptyList), 300));

    m_media->check();
    m_media->check();
    QCOMPARE(m_media->state(), State::Checking);
    m_media->check();

    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Available, 10000);
    QVERIFY(roundTrip());
    QCOMPARE(probeRequests(), 1);
}

void TestMediaSupport::aKnownAnswerIsNotAskedAgain()
{
    m_server->setResponse(mediaPath, FakeHttpServer::json(200, emptyList));
    m_media->check();
    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Available, 10000);
    QSignalSpy changed(m_media.get(), &MediaSupport::stateChanged);

    m_media->check();
    m_media->check();

    QCOMPARE(m_media->state(), State::Available);
    QCOMPARE(changed.size(), 0);
    QVERIFY(roundTrip());
    QCOMPARE(probeRequests(), 1);
}

void TestMediaSupport::resetForgetsAndAsksAgain()
{
    m_server->setResponse(mediaPath, FakeHttpServer::json(200, emptyList));
    m_media->check();
    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Available, 10000);
    QSignalSpy changed(m_media.get(), &MediaSupport::stateChanged);

    // Another server, say, that has no media endpoint.
    m_server->setResponse(mediaPath, FakeHttpServer::json(404, R"({"detail": "Not found."})"));
    m_media->reset();
    QCOMPARE(m_media->state(), State::Unknown);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<MediaSupport::State>(), State::Unknown);

    m_media->check();
    QCOMPARE(m_media->state(), State::Checking);
    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Missing, 10000);
    QCOMPARE(probeRequests(), 2);
}

void TestMediaSupport::checkRightAfterResetDuringACheckAsksAgain()
{
    // The connection settings change while the first probe is still out,
    // and the application resets and checks again in one go.
    m_server->setResponse(mediaPath, FakeHttpServer::with(Behaviour::Hang));
    m_media->check();
    QTRY_COMPARE_WITH_TIMEOUT(probeRequests(), 1, 10000);
    QCOMPARE(m_media->state(), State::Checking);

    m_media->reset();
    QCOMPARE(m_media->state(), State::Unknown);

    m_server->setResponse(mediaPath, FakeHttpServer::json(200, emptyList));
    m_media->check();
    QCOMPARE(m_media->state(), State::Checking);
    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Available, 10000);
    QCOMPARE(probeRequests(), 2);
}

void TestMediaSupport::learnFromUpload_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<MediaSupport::State>("expected");

    QTest::newRow("404") << 404 << State::Missing;
    QTest::newRow("405") << 405 << State::Missing;
    QTest::newRow("400") << 400 << State::Unknown;
    QTest::newRow("413") << 413 << State::Unknown;
    QTest::newRow("500") << 500 << State::Unknown;
}

void TestMediaSupport::learnFromUpload()
{
    QFETCH(int, status);
    QFETCH(MediaSupport::State, expected);

    QSignalSpy changed(m_media.get(), &MediaSupport::stateChanged);
    m_media->learnFromUpload(httpError(status));

    QCOMPARE(m_media->state(), expected);
    QCOMPARE(changed.size(), expected == State::Unknown ? 0 : 1);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestMediaSupport::missingNoticeIsTakenOnce()
{
    QVERIFY(!m_media->takeMissingNotice());
    m_media->learnFromUpload(httpError(500));
    QVERIFY(!m_media->takeMissingNotice());

    m_media->learnFromUpload(httpError(404));
    QCOMPARE(m_media->state(), State::Missing);
    QVERIFY(m_media->takeMissingNotice());
    QVERIFY(!m_media->takeMissingNotice());
    // Learning the same again is no news to tell.
    m_media->learnFromUpload(httpError(405));
    QVERIFY(!m_media->takeMissingNotice());

    m_media->reset();
    QCOMPARE(m_media->state(), State::Unknown);
    QVERIFY(!m_media->takeMissingNotice());
    m_media->learnFromUpload(httpError(405));
    QVERIFY(m_media->takeMissingNotice());
    QVERIFY(!m_media->takeMissingNotice());
}

void TestMediaSupport::missingNoticeAfterAProbe()
{
    m_server->setResponse(mediaPath, FakeHttpServer::json(404, R"({"detail": "Not found."})"));
    m_media->check();
    QVERIFY(!m_media->takeMissingNotice()); // still checking
    QTRY_COMPARE_WITH_TIMEOUT(m_media->state(), State::Missing, 10000);

    QVERIFY(m_media->takeMissingNotice());
    QVERIFY(!m_media->takeMissingNotice());
}

QTEST_GUILESS_MAIN(TestMediaSupport)
#include "TestMediaSupport.moc"
