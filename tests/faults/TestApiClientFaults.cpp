#include "FakeHttpServer.h"
#include "TestImages.h"

#include "AppInfo.h"
#include "api/ApiClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace std::chrono_literals;
using Behaviour = FakeHttpServer::Behaviour;

namespace {

LinkListQuery tenLinks()
{
    LinkListQuery query;
    query.pageSize = 10;
    return query;
}

// One raw string per line: moc cannot read a raw string spanning lines.
const QByteArray validLink = R"({"id": 7, "name": "دمو پروژه", "url": "https://moeinsoft.com/demo", )"
                             R"("description": "لینک مشاهده‌ی دمو", "image_data": null, )"
                             R"("created_at": "2026-01-13T10:05:43.296270Z", "updated_at": "2026-01-13T10:05:43.296310Z"})";
const QByteArray linksPath = "/api/portfolios/3/links/";
const QByteArray mediaPath = "/api/media/";
const QByteArray emptyPage = R"({"count": 0, "next": null, "previous": null, "results": []})";
const QByteArray uploadedImage = R"({"id": 77, "type": "image/png", "name": "photo.png", "size": 5120, )"
                                 R"("human_readable_size": "5.00 KB", "f": "http://127.0.0.1:1/media/77.png", )"
                                 R"("width": 16, "height": 16, "mode": "RGB", "thumbnails": []})";

// Never silent for long, never done: one byte every 200 ms of an answer
// padded to take most of a minute.
FakeHttpServer::Response trickledForAMinute(int status, const QByteArray &json)
{
    FakeHttpServer::Response trickle = FakeHttpServer::with(Behaviour::Trickle, FakeHttpServer::json(status, json + QByteArray(250, ' ')), 200);
    trickle.chunkBytes = 1;
    return trickle;
}

// The rule of ApiClient::uploadDeadline: 1 s more per 64 KiB of body.
static_assert(ApiClient::uploadDeadline(std::chrono::seconds(2), 640 * 1024) == std::chrono::seconds(12));

// Everything one call reported, in the order it reported it. The call
// deletes itself after finished(), so it is watched through a QPointer.
class CallRecorder : public QObject
{
public:
    explicit CallRecorder(ApiCall *call)
        : call(call)
    {
        connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
            failures.push_back(error);
            sentBeforeFailing = this->call && this->call->requestWasSent();
        });
        connect(call, &ApiCall::succeeded, this, [this](const QByteArray &body) {
            if (auto *linkCall = dynamic_cast<LinkCall *>(this->call.data()))
                links.push_back(linkCall->value());
            else if (auto *imageCall = dynamic_cast<ImageCall *>(this->call.data()))
                images.push_back(imageCall->value());
            else
                bodies.append(body);
        });
        connect(call, &ApiCall::finished, this, [this] { ++finished; });
    }

    // Waits for the event, not for a fixed time; generous for a loaded machine.
    bool waitUntilFinished() { return QTest::qWaitFor([this] { return finished > 0; }, 10000); }
    int outcomes() const { return int(failures.size() + links.size() + images.size() + bodies.size()); }

    QPointer<ApiCall> call;
    std::vector<ApiError> failures;
    std::vector<Link> links;
    std::vector<Image> images;
    QList<QByteArray> bodies;
    int finished = 0;
    bool sentBeforeFailing = false;
};

} // namespace

// The API client against a scripted server: every way a reply can go wrong
// ends in exactly one failed() of the right kind, never a hang, a crash, a
// second POST, or the token sent to another origin.
class TestApiClientFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createdCarriesTheServersValues();
    void sendsTheContractsRequest();
    void sendsNoAuthorizationWithoutAToken();
    void unauthorizedIsNotRetried();

    void timesOutOnAHangingServer();
    void timesOutWhenTheBodyStalls();
    void aSlowButSteadyAnswerIsNotATimeout();
    void cancelIsReportedAsCancelledNotTimeout();
    void aTrickledAnswerTimesOutAtTheDeadline();
    void aTrickledUploadAnswerTimesOutAtTheDeadline();
    void anUploadsDeadlineGrowsWithItsSize();
    void aFastAnswerIsUnaffectedByTheDeadline();

    void connectionRefusedIsANetworkError();
    void connectionClosedMidBodyIsANetworkError();
    void connectionClosedBeforeAnswerIsANetworkError();
    void aChangeWhoseAnswerWasLostIsNeverSentAgain_data();
    void aChangeWhoseAnswerWasLostIsNeverSentAgain();
    void htmlServerErrorKeepsTheTitle();
    void truncatedJsonIsMalformed();

    void refusesCrossOriginRedirectOfThePost_data();
    void refusesCrossOriginRedirectOfThePost();
    void neverFollowsARedirectedPostEvenOnTheSameOrigin_data();
    void neverFollowsARedirectedPostEvenOnTheSameOrigin();
    void refusesCrossOriginRedirectOfAGet();
    void followsASameOriginRedirectOfAGet();

private:
    LinkCall *startCreate();
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_files;
};

void TestApiClientFaults::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    // A fresh manager per test: no connection is reused from a previous fault.
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(m_server->url());
    m_client->setToken(QStringLiteral("secret-token"));
    // Short, so that a timeout test takes a fraction of a second.
    m_client->setTimeout(300ms);
}

void TestApiClientFaults::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
    m_files.reset();
}

QString TestApiClientFaults::writeFile(const QString &name, const QByteArray &bytes)
{
    if (!m_files)
        m_files = std::make_unique<QTemporaryDir>();
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

LinkCall *TestApiClientFaults::startCreate()
{
    LinkDraft draft;
    draft.portfolioId = 3;
    draft.name = QStringLiteral("دمو پروژه");
    return m_client->createLink(draft);
}

void TestApiClientFaults::createdCarriesTheServersValues()
{
    m_server->setResponse(linksPath, FakeHttpServer::json(201, validLink));
    CallRecorder recorder(startCreate());
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.failures.size(), 0u);
    QCOMPARE(recorder.links.size(), 1u);
    const Link &link = recorder.links.front();
    QCOMPARE(link.id, 7);
    QCOMPARE(link.name, QStringLiteral("دمو پروژه"));
    QCOMPARE(link.url, std::optional<QString>(QStringLiteral("https://moeinsoft.com/demo")));
    QCOMPARE(link.description, std::optional<QString>(QStringLiteral("لینک مشاهده‌ی دمو")));
    QVERIFY(!link.image);
    QCOMPARE(link.createdAt, QDateTime(QDate(2026, 1, 13), QTime(10, 5, 43, 296), Qt::UTC));
    QCOMPARE(recorder.finished, 1);
    // The call cleans up after itself.
    QTRY_VERIFY(recorder.call.isNull());
}

void TestApiClientFaults::sendsTheContractsRequest()
{
    m_server->setResponse(linksPath, FakeHttpServer::json(201, validLink));
    CallRecorder recorder(startCreate());
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(m_server->requests().size(), 1);
    const FakeHttpServer::Request request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    // With the slash: Django answers a POST to ".../links" with a 500.
    QCOMPARE(request.path, linksPath);
    QCOMPARE(request.headers.value("authorization"), QByteArray("Token secret-token"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
    QVERIFY2(request.headers.value("user-agent").contains(QByteArray(AppInfo::version.latin1())),
             request.headers.value("user-agent").constData());
    // Persian text goes out as UTF-8, byte for byte.
    QCOMPARE(request.body, QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("دمو پروژه")}})
                               .toJson(QJsonDocument::Compact));
}

void TestApiClientFaults::sendsNoAuthorizationWithoutAToken()
{
    m_client->setToken(QString());
    m_server->setResponse(linksPath, FakeHttpServer::json(401, R"({"detail": "Authentication credentials were not provided."})"));
    CallRecorder recorder(startCreate());
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!m_server->requests().first().headers.contains("authorization"));
    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::Unauthorized);
}

void TestApiClientFaults::unauthorizedIsNotRetried()
{
    // DRF's real 401 names its scheme; Qt knows no "Token" scheme, so it must
    // neither ask for credentials nor send the POST again.
    FakeHttpServer::Response unauthorized = FakeHttpServer::json(401, R"({"detail": "Invalid token."})");
    unauthorized.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Token")});
    m_server->setResponse(linksPath, unauthorized);
    CallRecorder recorder(startCreate());
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(recorder.failures.front().serverDetail(), QStringLiteral("Invalid token."));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiClientFaults::timesOutOnAHangingServer()
{
    m_server->setResponse(linksPath, FakeHttpServer::with(Behaviour::Hang));
    CallRecorder recorder(startCreate());
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.outcomes(), 1);
    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::Timeout);
    QVERIFY(!recorder.failures.front().message().isEmpty());
    // The link may exist on the server by now: Qt must not have re-sent it.
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiClientFaults::timesOutWhenTheBodyStalls()
{
    // 201 and its headers arrive, then nothing for longer than the timeout.
    FakeHttpServer::Response stalled = FakeHttpServer::with(Behaviour::Trickle, FakeHttpServer::json(201, validLink), 5000);
    stalled.chunkBytes = 16;
    m_server->setResponse(linksPath, stalled);
    CallRecorder recorder(startCreate());
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.links.size(), 0u);
    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::Timeout);
}

void TestApiClientFaults::aSlowButSteadyAnswerIsNotATimeout()
{
    // The timeout is about silence, not total time: ~15 chunks 60 ms apart
    // take three times the 300 ms timeout, but no gap comes close to it.
    FakeHttpServer::Response steady = FakeHttpServer::with(Behaviour::Trickle, FakeHttpServer::json(201, validLink), 60);
    steady.chunkBytes = 20;
    m_server->setResponse(linksPath, steady);
    QElapsedTimer clock;
    clock.start();
    CallRecorder recorder(startCreate());
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.failures.size(), 0u);
    QCOMPARE(recorder.links.size(), 1u);
    QCOMPARE(recorder.links.front().description, std::optional<QString>(QStringLiteral("لینک مشاهده‌ی دمو")));
    // Proves the scenario: the whole answer did take longer than the timeout.
    QVERIFY2(clock.elapsed() > 300, qPrintable(QString::number(clock.elapsed())));
}

void TestApiClientFaults::cancelIsReportedAsCancelledNotTimeout()
{
    m_server->setResponse(linksPath, FakeHttpServer::with(Behaviour::Hang));
    QSignalSpy received(m_server.get(), &FakeHttpServer::requestReceived);
    CallRecorder recorder(startCreate());
    // Cancelled while the server holds the request, as the user would.
    QVERIFY(received.wait(5000));
    QVERIFY(recorder.call->isRunning());
    recorder.call->cancel();
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::Cancelled);
    // Once finished the call is gone, so its timeout can never report a
    // second failure afterwards.
    QTRY_VERIFY(recorder.call.isNull());
    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.finished, 1);
}

void TestApiClientFaults::aTrickledAnswerTimesOutAtTheDeadline()
{
    // The idle timeout never fires on a byte every 200 ms; only the
    // deadline ends the call, and it is a timeout like any other.
    m_server->setResponse(linksPath, trickledForAMinute(200, emptyPage));
    m_client->setTimeout(1s);
    m_client->setDeadline(2s);
    QElapsedTimer clock;
    clock.start();
    CallRecorder recorder(m_client->listLinks(3, tenLinks()));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished > 0, 3000);

    QCOMPARE(recorder.outcomes(), 1);
    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::Timeout);
    // Ended by the deadline, well after the idle timeout would have fired.
    QVERIFY2(clock.elapsed() >= 1500, qPrintable(QString::number(clock.elapsed())));
}

void TestApiClientFaults::aTrickledUploadAnswerTimesOutAtTheDeadline()
{
    const QString file = writeFile(QStringLiteral("photo.png"), pngBytes(QSize(16, 16)));
    QVERIFY(!file.isEmpty());
    m_server->setResponse(mediaPath, trickledForAMinute(201, uploadedImage));
    m_client->setTimeout(1s);
    m_client->setDeadline(2s);
    CallRecorder recorder(m_client->uploadImage(file));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.finished > 0, 3000);

    QCOMPARE(recorder.images.size(), 0u);
    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::Timeout);
    // The file had gone out: whether the server kept it is unknown, exactly
    // as after an idle timeout, and nothing was sent a second time.
    QVERIFY(recorder.sentBeforeFailing);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiClientFaults::anUploadsDeadlineGrowsWithItsSize()
{
    // 640 KiB earn 10 s beyond the 1 s deadline, so an answer after 1.5 s
    // is in time for the upload.
    const QString file = writeFile(QStringLiteral("large.png"), QByteArray(640 * 1024, 'x'));
    QVERIFY(!file.isEmpty());
    m_server->setResponse(mediaPath, FakeHttpServer::with(Behaviour::Delayed, FakeHttpServer::json(201, uploadedImage), 1500));
    m_client->setTimeout(5s);
    m_client->setDeadline(1s);
    CallRecorder recorder(m_client->uploadImage(file));
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.failures.size(), 0u);
    QCOMPARE(recorder.images.size(), 1u);
    QCOMPARE(recorder.images.front().id, 77);
    QVERIFY(m_server->requests().first().body.size() > 640 * 1024);
}

void TestApiClientFaults::aFastAnswerIsUnaffectedByTheDeadline()
{
    m_server->setResponse(linksPath, FakeHttpServer::json(200, emptyPage));
    m_client->setTimeout(1s);
    m_client->setDeadline(2s);
    CallRecorder recorder(m_client->listLinks(3, tenLinks()));
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.failures.size(), 0u);
    QCOMPARE(recorder.bodies, QList<QByteArray>{emptyPage});
    // The deadline's timer goes with its call: it cannot report a late failure.
    QTRY_VERIFY(recorder.call.isNull());
    QCOMPARE(recorder.outcomes(), 1);
    QCOMPARE(recorder.finished, 1);
}

void TestApiClientFaults::connectionRefusedIsANetworkError()
{
    QUrl closedPort;
    {
        FakeHttpServer gone;
        QVERIFY(gone.listen());
        closedPort = gone.url();
    }
    m_client->setBaseUrl(closedPort);
    CallRecorder recorder(startCreate());
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::Network);
}

void TestApiClientFaults::connectionClosedMidBodyIsANetworkError()
{
    m_server->setResponse(linksPath, FakeHttpServer::with(Behaviour::CloseMidBody, FakeHttpServer::json(201, validLink)));
    CallRecorder recorder(startCreate());
    QVERIFY(recorder.waitUntilFinished());

    // Half a Link is not a Link, and not "malformed" either: the server may
    // well have created it, the connection is what failed.
    QCOMPARE(recorder.links.size(), 0u);
    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::Network);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiClientFaults::connectionClosedBeforeAnswerIsANetworkError()
{
    m_server->setResponse(linksPath, FakeHttpServer::with(Behaviour::CloseAfterRequest));
    CallRecorder recorder(startCreate());
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::Network);
    // The server may have created the link before the connection dropped:
    // sending the POST again could create it twice.
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiClientFaults::aChangeWhoseAnswerWasLostIsNeverSentAgain_data()
{
    QTest::addColumn<QString>("change");
    for (const char *change : {"create", "update", "delete", "upload"})
        QTest::newRow(change) << QString::fromLatin1(change);
}

// Qt 6.4 sends a request again by itself, on a new connection, when the one
// it went out on closes before an answer: the server may well have acted on
// the first. Each change goes out once and ends as an unknown outcome (the
// upload, a multipart body from a file, went out twice and stored two images;
// a delete went out twice and ended as "not found").
void TestApiClientFaults::aChangeWhoseAnswerWasLostIsNeverSentAgain()
{
    QFETCH(QString, change);
    const QByteArray linkPath = linksPath + "7";
    m_server->setResponse(change == u"create" ? linksPath : change == u"upload" ? mediaPath : linkPath,
                          FakeHttpServer::with(Behaviour::CloseAfterRequest));
    ApiCall *call = nullptr;
    if (change == u"create") {
        call = startCreate();
    } else if (change == u"update") {
        call = m_client->updateLink(LinkPatch::fromJson(3, 7, {{QStringLiteral("name"), QStringLiteral("نو")}}));
    } else if (change == u"delete") {
        call = m_client->deleteLink(3, 7);
    } else {
        const QString file = writeFile(QStringLiteral("photo.png"), pngBytes(QSize(16, 16)));
        QVERIFY(!file.isEmpty());
        call = m_client->uploadImage(file);
    }
    CallRecorder recorder(call);
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::Network);
    // Known to have left only with a body, whose progress Qt reports.
    QCOMPARE(recorder.sentBeforeFailing, change != u"delete");
    QVERIFY(recorder.failures.front().mayHaveBeenProcessed(true));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiClientFaults::htmlServerErrorKeepsTheTitle()
{
    m_server->setResponse(linksPath, FakeHttpServer::html(503, "<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head>"
                                                              "<body><h1>Maintenance</h1><p>Back soon.</p></body></html>"));
    CallRecorder recorder(startCreate());
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.failures.size(), 1u);
    const ApiError &error = recorder.failures.front();
    QCOMPARE(error.kind(), ApiError::Kind::Server);
    QCOMPARE(error.httpStatus(), 503);
    QCOMPARE(error.serverDetail(), QStringLiteral("503 Service Unavailable"));
    // The page itself is kept for "Details", not shown as the message.
    QVERIFY(error.details().contains(QLatin1String("Maintenance")));
    QVERIFY(!error.message().contains(QLatin1String("<html")));
}

void TestApiClientFaults::truncatedJsonIsMalformed()
{
    // Complete as HTTP (Content-Length matches), broken as JSON.
    m_server->setResponse(linksPath, FakeHttpServer::json(201, validLink.left(validLink.size() / 2)));
    CallRecorder recorder(startCreate());
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.links.size(), 0u);
    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::Malformed);
}

void TestApiClientFaults::refusesCrossOriginRedirectOfThePost_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("host"); // of the Location; the port is always the other server's
    for (const int status : {301, 302, 307, 308})
        QTest::addRow("%d to another port", status) << status << QStringLiteral("127.0.0.1");
    // "localhost" and 127.0.0.1 are the same machine but different origins.
    QTest::addRow("307 to localhost") << 307 << QStringLiteral("localhost");
}

void TestApiClientFaults::refusesCrossOriginRedirectOfThePost()
{
    QFETCH(int, status);
    QFETCH(QString, host);
    // Would accept anything: if the redirect were followed, created() would fire.
    FakeHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setDefaultResponse(FakeHttpServer::json(201, validLink));
    QUrl target = elsewhere.url(QString::fromLatin1(linksPath));
    target.setHost(host);
    FakeHttpServer::Response redirect = FakeHttpServer::json(status, {});
    redirect.headers.append({"Location", target.toEncoded()});
    m_server->setResponse(linksPath, redirect);

    CallRecorder recorder(startCreate());
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.links.size(), 0u);
    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::RedirectRefused);
    QCOMPARE(m_server->requests().size(), 1);
    for (const FakeHttpServer::Request &request : elsewhere.requests())
        QVERIFY2(!request.headers.contains("authorization"), "the token was sent to another origin");
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestApiClientFaults::neverFollowsARedirectedPostEvenOnTheSameOrigin_data()
{
    QTest::addColumn<int>("status");
    // 301/302/303 would turn the POST into a GET; 307/308 would send it twice.
    for (const int status : {301, 302, 303, 307, 308})
        QTest::addRow("%d", status) << status;
}

void TestApiClientFaults::neverFollowsARedirectedPostEvenOnTheSameOrigin()
{
    QFETCH(int, status);
    FakeHttpServer::Response redirect = FakeHttpServer::json(status, {});
    redirect.headers.append({QByteArray("Location"), QByteArray("/api/portfolios/3/links/elsewhere/")});
    m_server->setResponse(linksPath, redirect);
    m_server->setResponse("/api/portfolios/3/links/elsewhere/", FakeHttpServer::json(201, validLink));
    CallRecorder recorder(startCreate());
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.links.size(), 0u);
    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::RedirectRefused);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiClientFaults::refusesCrossOriginRedirectOfAGet()
{
    // GETs may follow redirects, but only within the API's origin.
    FakeHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setDefaultResponse(FakeHttpServer::json(200, emptyPage));
    FakeHttpServer::Response redirect = FakeHttpServer::json(302, {});
    redirect.headers.append({"Location", elsewhere.url(QString::fromLatin1(linksPath)).toEncoded()});
    m_server->setResponse(linksPath, redirect);

    CallRecorder recorder(m_client->listLinks(3, tenLinks()));
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.bodies.size(), 0);
    QCOMPARE(recorder.failures.size(), 1u);
    QCOMPARE(recorder.failures.front().kind(), ApiError::Kind::RedirectRefused);
    QVERIFY(m_server->requests().first().headers.contains("authorization"));
    for (const FakeHttpServer::Request &request : elsewhere.requests())
        QVERIFY2(!request.headers.contains("authorization"), "the token was sent to another origin");
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestApiClientFaults::followsASameOriginRedirectOfAGet()
{
    // The counterpart of the test above: the refusal is about the origin,
    // not about every redirect of a GET.
    FakeHttpServer::Response redirect = FakeHttpServer::json(301, {});
    redirect.headers.append({QByteArray("Location"), QByteArray("/api/portfolios/3/links/moved/")});
    m_server->setResponse(linksPath, redirect);
    m_server->setResponse("/api/portfolios/3/links/moved/", FakeHttpServer::json(200, emptyPage));

    CallRecorder recorder(m_client->listLinks(3, tenLinks()));
    QVERIFY(recorder.waitUntilFinished());

    QCOMPARE(recorder.failures.size(), 0u);
    QCOMPARE(recorder.bodies, QList<QByteArray>{emptyPage});
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(m_server->requests().first().path.startsWith(linksPath + '?'));
    QCOMPARE(m_server->requests().last().path, QByteArray("/api/portfolios/3/links/moved/"));
}

QTEST_GUILESS_MAIN(TestApiClientFaults)
#include "TestApiClientFaults.moc"
