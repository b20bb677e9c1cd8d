#include "FakeHttpServer.h"

#include "AppInfo.h"
#include "api/ApiClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {

const QByteArray validLink = R"({"id": 7, "name": "دمو", "url": null, "description": null, "image_data": null,
 "created_at": "2026-01-13T10:05:43.296270Z", "updated_at": "2026-01-13T10:05:43.296310Z"})";
const QByteArray linksPath = "/api/portfolios/3/links/";

} // namespace

// The API client against a scripted server: every way a reply can go wrong
// ends in exactly one failed() with the right kind, never a hang or a crash.
class TestApiClientFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sendsTheContractsRequest();
    void sendsNoAuthorizationWithoutAToken();
    void timesOutOnAHangingServer();
    void cancelIsNotATimeout();
    void connectionClosedMidBodyIsANetworkError();
    void connectionClosedBeforeAnswerIsANetworkError();
    void htmlServerErrorKeepsTitleAndBody();
    void truncatedJsonIsMalformed();
    void refusesCrossOriginRedirectAndNeverSendsTheTokenThere();
    void followsNoRedirectToAnotherPortEither();
    void neverFollowsARedirectedPostEvenOnTheSameOrigin_data();
    void neverFollowsARedirectedPostEvenOnTheSameOrigin();

private:
    struct Result
    {
        std::optional<Link> link;
        std::optional<ApiError> error;
        int finishedSignals = 0;
    };
    Result runCreate(std::function<void(CreateLinkCall *)> whileRunning = {});

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClientFaults::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(m_server->url());
    m_client->setToken(QStringLiteral("secret-token"));
    m_client->setTimeout(500ms);
}

TestApiClientFaults::Result TestApiClientFaults::runCreate(std::function<void(CreateLinkCall *)> whileRunning)
{
    LinkDraft draft;
    draft.portfolioId = 3;
    draft.name = QStringLiteral("دمو پروژه");
    CreateLinkCall *call = m_client->createLink(draft);
    Result result;
    connect(call, &CreateLinkCall::created, this, [&result](const Link &link) { result.link = link; });
    connect(call, &ApiCall::failed, this, [&result](const ApiError &error) { result.error = error; });
    QSignalSpy finished(call, &ApiCall::finished);
    if (whileRunning)
        whileRunning(call);
    if (finished.isEmpty())
        finished.wait(10000);
    result.finishedSignals = int(finished.count());
    return result;
}

void TestApiClientFaults::sendsTheContractsRequest()
{
    m_server->setResponse(linksPath, FakeHttpServer::json(201, validLink));
    const Result result = runCreate();
    QVERIFY(result.link);
    QCOMPARE(result.link->id, 7);
    QVERIFY(!result.error);

    QCOMPARE(m_server->requests().size(), 1);
    const FakeHttpServer::Request request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, linksPath);
    QCOMPARE(request.headers.value("authorization"), QByteArray("Token secret-token"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
    QVERIFY(request.headers.value("user-agent").contains(QByteArray(AppInfo::version.latin1())));
    QCOMPARE(QJsonDocument::fromJson(request.body).object().value(QStringLiteral("name")).toString(),
             QStringLiteral("دمو پروژه"));
}

void TestApiClientFaults::sendsNoAuthorizationWithoutAToken()
{
    m_client->setToken(QString());
    m_server->setResponse(linksPath, FakeHttpServer::json(401, R"({"detail": "Authentication credentials were not provided."})"));
    const Result result = runCreate();
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ApiError::Kind::Unauthorized);
    QVERIFY(!m_server->requests().first().headers.contains("authorization"));
}

void TestApiClientFaults::timesOutOnAHangingServer()
{
    FakeHttpServer::Response hang;
    hang.behaviour = FakeHttpServer::Behaviour::Hang;
    m_server->setResponse(linksPath, hang);
    const Result result = runCreate();
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ApiError::Kind::Timeout);
    QCOMPARE(result.finishedSignals, 1);
}

void TestApiClientFaults::cancelIsNotATimeout()
{
    FakeHttpServer::Response hang;
    hang.behaviour = FakeHttpServer::Behaviour::Hang;
    m_server->setResponse(linksPath, hang);
    m_client->setTimeout(30s);
    const Result result = runCreate([this](CreateLinkCall *call) {
        QSignalSpy received(m_server.get(), &FakeHttpServer::requestReceived);
        QVERIFY(received.wait(5000));
        call->cancel();
    });
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ApiError::Kind::Cancelled);
    QCOMPARE(result.finishedSignals, 1);
}

void TestApiClientFaults::connectionClosedMidBodyIsANetworkError()
{
    FakeHttpServer::Response response = FakeHttpServer::json(201, validLink);
    response.behaviour = FakeHttpServer::Behaviour::CloseMidBody;
    m_server->setResponse(linksPath, response);
    const Result result = runCreate();
    QVERIFY(!result.link);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ApiError::Kind::Network);
}

void TestApiClientFaults::connectionClosedBeforeAnswerIsANetworkError()
{
    FakeHttpServer::Response response;
    response.behaviour = FakeHttpServer::Behaviour::CloseAfterRequest;
    m_server->setResponse(linksPath, response);
    const Result result = runCreate();
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ApiError::Kind::Network);
    // The server may have created the link before the connection dropped:
    // sending the POST again could create it twice.
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiClientFaults::htmlServerErrorKeepsTitleAndBody()
{
    m_server->setResponse(linksPath, FakeHttpServer::html(503, "<html><head><title>503 Service Unavailable</title></head>"
                                                              "<body><h1>Maintenance</h1></body></html>"));
    const Result result = runCreate();
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ApiError::Kind::Server);
    QCOMPARE(result.error->httpStatus(), 503);
    QCOMPARE(result.error->serverDetail(), QStringLiteral("503 Service Unavailable"));
    QVERIFY(result.error->details().contains(QLatin1String("Maintenance")));
    QVERIFY(result.error->message().contains(QLatin1String("503")));
}

void TestApiClientFaults::truncatedJsonIsMalformed()
{
    m_server->setResponse(linksPath, FakeHttpServer::json(201, validLink.left(validLink.size() / 2)));
    const Result result = runCreate();
    QVERIFY(!result.link);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ApiError::Kind::Malformed);
}

void TestApiClientFaults::refusesCrossOriginRedirectAndNeverSendsTheTokenThere()
{
    // "localhost" and 127.0.0.1 are different origins, even on the same port.
    FakeHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setDefaultResponse(FakeHttpServer::json(201, validLink));
    for (const int status : {301, 302, 307, 308}) {
        FakeHttpServer::Response redirect = FakeHttpServer::json(status, {});
        QUrl target = elsewhere.url(QString::fromLatin1(linksPath));
        target.setHost(QStringLiteral("localhost"));
        redirect.headers.append({"Location", target.toEncoded()});
        m_server->setResponse(linksPath, redirect);
        const Result result = runCreate();
        QVERIFY2(result.error, qPrintable(QString::number(status)));
        QCOMPARE(result.error->kind(), ApiError::Kind::RedirectRefused);
    }
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestApiClientFaults::followsNoRedirectToAnotherPortEither()
{
    FakeHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setDefaultResponse(FakeHttpServer::json(201, validLink));
    FakeHttpServer::Response redirect = FakeHttpServer::json(307, {});
    redirect.headers.append({"Location", elsewhere.url(QString::fromLatin1(linksPath)).toEncoded()});
    m_server->setResponse(linksPath, redirect);
    const Result result = runCreate();
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ApiError::Kind::RedirectRefused);
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestApiClientFaults::neverFollowsARedirectedPostEvenOnTheSameOrigin_data()
{
    QTest::addColumn<int>("status");
    // 301/302 would turn the POST into a GET; 307/308 would send it twice.
    for (const int status : {301, 302, 303, 307, 308})
        QTest::newRow(QByteArray::number(status).constData()) << status;
}

void TestApiClientFaults::neverFollowsARedirectedPostEvenOnTheSameOrigin()
{
    QFETCH(int, status);
    FakeHttpServer::Response redirect = FakeHttpServer::json(status, {});
    redirect.headers.append({QByteArray("Location"), QByteArray("/api/portfolios/3/links/elsewhere/")});
    m_server->setResponse(linksPath, redirect);
    m_server->setResponse("/api/portfolios/3/links/elsewhere/", FakeHttpServer::json(201, validLink));
    const Result result = runCreate();
    QVERIFY(!result.link);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ApiError::Kind::RedirectRefused);
    QCOMPARE(m_server->requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestApiClientFaults)
#include "TestApiClientFaults.moc"
