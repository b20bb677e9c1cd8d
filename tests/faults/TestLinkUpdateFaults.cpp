#include "FakeHttpServer.h"

#include "api/ApiClient.h"
#include "api/LinkDraft.h"
#include "api/LinkPatch.h"
#include "links/LinkUpdate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using Behaviour = FakeHttpServer::Behaviour;

namespace {

constexpr qint64 portfolio = 3;
constexpr qint64 linkId = 7;
const QByteArray linkPath = "/api/portfolios/3/links/7";

// One link as a server stores it, behind FakeHttpServer: a GET answers what
// is stored; a PATCH is stored or not, then gets the scripted answer, which
// may be a fault a real server cannot be made to produce after storing.
class StoredLink : public QObject
{
public:
    explicit StoredLink(FakeHttpServer *server)
        : m_server(server)
    {
        connect(server, &FakeHttpServer::requestReceived, this, &StoredLink::onRequest);
    }

    QJsonObject link{{QStringLiteral("id"), linkId},
                     {QStringLiteral("name"), QStringLiteral("نام پیشین")},
                     {QStringLiteral("url"), QStringLiteral("https://example.com/")},
                     {QStringLiteral("description"), QJsonValue()},
                     {QStringLiteral("image_data"), QJsonValue()},
                     {QStringLiteral("created_at"), QStringLiteral("2026-12-01T10:00:00.000Z")},
                     {QStringLiteral("updated_at"), QStringLiteral("2026-12-01T10:00:00.000Z")}};
    bool storeOnPatch = true;
    FakeHttpServer::Response patchAnswer = FakeHttpServer::json(200, {}); // empty body: the stored link
    int gets = 0;
    int patches = 0;

private:
    void onRequest(const FakeHttpServer::Request &request)
    {
        FakeHttpServer::Response answer = FakeHttpServer::json(200, {});
        if (request.method == "PATCH") {
            ++patches;
            answer = patchAnswer;
            if (storeOnPatch) {
                const QJsonObject changes = QJsonDocument::fromJson(request.body).object();
                for (auto it = changes.begin(); it != changes.end(); ++it)
                    link.insert(it.key(), it.value());
                link.insert(QStringLiteral("updated_at"), QStringLiteral("2026-12-01T11:00:00.000Z"));
            }
        } else {
            ++gets;
        }
        if (answer.status == 200 && answer.body.isEmpty())
            answer.body = QJsonDocument(link).toJson(QJsonDocument::Compact);
        m_server->setResponse(linkPath, answer);
    }

    FakeHttpServer *m_server;
};

} // namespace

Q_DECLARE_METATYPE(FakeHttpServer::Response)

// A PATCH the server may have applied (a 5xx, a dropped connection) is an
// unknown outcome: the link is fetched before anything else is decided, and
// an edit the server holds is saved, not reported failed (and not taken,
// at the next save, for someone else's change).
class TestLinkUpdateFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anEditOfUnknownOutcomeIsLookedUp_data();
    void anEditOfUnknownOutcomeIsLookedUp();

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<StoredLink> m_stored;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestLinkUpdateFaults::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_stored = std::make_unique<StoredLink>(m_server.get());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(m_server->url());
    m_client->setToken(QStringLiteral("secret-token"));
}

void TestLinkUpdateFaults::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_stored.reset();
    m_server.reset();
}

void TestLinkUpdateFaults::anEditOfUnknownOutcomeIsLookedUp_data()
{
    QTest::addColumn<FakeHttpServer::Response>("answer");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<int>("getsAfterThePatch"); // 1: looked up
    QTest::addColumn<bool>("saved");

    const FakeHttpServer::Response serverError = FakeHttpServer::html(500, "<h1>Server Error (500)</h1>");
    const FakeHttpServer::Response drop = FakeHttpServer::with(Behaviour::CloseAfterRequest);
    QTest::newRow("500 after storing") << serverError << true << 1 << true;
    QTest::newRow("dropped after storing") << drop << true << 1 << true;
    QTest::newRow("500 before storing") << serverError << false << 1 << false;
    QTest::newRow("dropped before storing") << drop << false << 1 << false;
    // A refusal is a clean answer: nothing to look up.
    QTest::newRow("400") << FakeHttpServer::json(400, R"({"name": ["Too long."]})") << false << 0 << false;
}

void TestLinkUpdateFaults::anEditOfUnknownOutcomeIsLookedUp()
{
    QFETCH(FakeHttpServer::Response, answer);
    QFETCH(bool, stored);
    QFETCH(int, getsAfterThePatch);
    QFETCH(bool, saved);
    m_stored->storeOnPatch = stored;
    m_stored->patchAnswer = answer;
    Link loaded;
    loaded.id = linkId;
    loaded.updatedAt = QDateTime::fromString(m_stored->link.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    LinkDraft before;
    before.portfolioId = portfolio;
    before.name = m_stored->link.value(QStringLiteral("name")).toString();
    before.url = m_stored->link.value(QStringLiteral("url")).toString();
    LinkDraft edited = before;
    edited.name = QStringLiteral("نام تازه");

    LinkUpdate update(m_client.get());
    QSignalSpy savedSpy(&update, &LinkUpdate::saved);
    QSignalSpy failedSpy(&update, &LinkUpdate::failed);
    std::optional<ApiError> failure;
    connect(&update, &LinkUpdate::failed, this, [&failure](const ApiError &error) { failure = error; });
    QSignalSpy conflictSpy(&update, &LinkUpdate::conflict);
    update.save(loaded, LinkPatch::between(before, edited, linkId));
    QTRY_COMPARE_WITH_TIMEOUT(savedSpy.size() + failedSpy.size() + conflictSpy.size(), 1, 15000);
    QVERIFY(!update.isBusy());

    QCOMPARE(m_stored->patches, 1);
    QCOMPARE(m_stored->gets, 1 + getsAfterThePatch); // the check before the PATCH, and the look-up
    QCOMPARE(conflictSpy.size(), 0);
    QCOMPARE(savedSpy.size(), saved ? 1 : 0);
    if (saved) {
        const Link link = savedSpy.first().first().value<Link>();
        QCOMPARE(link.name, edited.name);
    } else {
        // The PATCH's own error, not the look-up's.
        QVERIFY(failure);
        QCOMPARE(failure->httpStatus(), answer.behaviour == Behaviour::Respond ? answer.status : 0);
    }
}

QTEST_GUILESS_MAIN(TestLinkUpdateFaults)
#include "TestLinkUpdateFaults.moc"
