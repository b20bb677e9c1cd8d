#include "FakeHttpServer.h"

#include "api/ApiClient.h"
#include "api/LinkDraft.h"
#include "api/LinkPatch.h"
#include "links/OutboxWorker.h"
#include "store/History.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Behaviour = FakeHttpServer::Behaviour;

namespace {

constexpr qint64 portfolio = 3;
constexpr qint64 linkId = 7;
const QDateTime updatedAt(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);

QJsonObject linkJson(qint64 id, const QString &name)
{
    const QString time = updatedAt.toString(Qt::ISODate);
    return QJsonObject{{u"id"_s, id},           {u"name"_s, name},          {u"url"_s, QJsonValue::Null},
                       {u"description"_s, QJsonValue::Null}, {u"image"_s, QJsonValue::Null},
                       {u"image_data"_s, QJsonValue::Null},  {u"created_at"_s, time}, {u"updated_at"_s, time}};
}

FakeHttpServer::Response answer(int status, const QJsonObject &body)
{
    // Late enough that the window has been switched before it arrives.
    return FakeHttpServer::with(Behaviour::Delayed, FakeHttpServer::json(status, QJsonDocument(body).toJson()), 100);
}

} // namespace

// A change is its connection's: the outbox sends it with the server and
// token it was made with, through every request of it (the edit's look for
// others' changes before its PATCH, a create's check after a lost answer
// before it is sent again), even when the window is switched to another
// profile while it is under way. Only the faults of a scripted server let
// the switch fall between two requests of one change.
class TestWorkEndsWhereItBegan : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void anEditUnderWayEndsOnItsServer();
    void aCreatesCheckAndResendStayOnItsServer();

private:
    // The window switched to the other server when its first request arrives.
    void switchOnFirstRequest();
    void verifyOnlyTheFirstServerHeard(const QList<QByteArray> &methods);

    QTemporaryDir m_dir;
    std::unique_ptr<FakeHttpServer> m_own;
    std::unique_ptr<FakeHttpServer> m_other;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<History> m_history;
    std::unique_ptr<Outbox> m_outbox;
    QString m_key; // the first server's changes
};

void TestWorkEndsWhereItBegan::init()
{
    m_own = std::make_unique<FakeHttpServer>();
    m_other = std::make_unique<FakeHttpServer>();
    QVERIFY(m_own->listen());
    QVERIFY(m_other->listen());
    m_other->setDefaultResponse(FakeHttpServer::json(200, QJsonDocument(linkJson(linkId, u"another server's"_s)).toJson()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_api->setBaseUrl(m_own->url());
    m_api->setToken(u"own-token"_s);
    m_key = Outbox::keyOf(*m_api);
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<LocalStore>(m_dir.filePath(QLatin1String(QTest::currentTestFunction()) + u".sqlite"_s));
    QVERIFY(m_store->open());
    m_history = std::make_unique<History>(m_store.get());
    m_outbox = std::make_unique<Outbox>(m_store.get(), m_history.get());
    m_outbox->load(true);
}

void TestWorkEndsWhereItBegan::cleanup()
{
    m_outbox.reset();
    m_history.reset();
    m_store.reset();
    m_api.reset();
    m_network.reset();
    m_own.reset();
    m_other.reset();
}

void TestWorkEndsWhereItBegan::switchOnFirstRequest()
{
    connect(
        m_own.get(), &FakeHttpServer::requestReceived, m_api.get(),
        [this] {
            m_api->setBaseUrl(m_other->url());
            m_api->setToken(u"other-token"_s);
        },
        Qt::SingleShotConnection);
}

void TestWorkEndsWhereItBegan::verifyOnlyTheFirstServerHeard(const QList<QByteArray> &methods)
{
    QList<QByteArray> heard;
    for (const FakeHttpServer::Request &request : m_own->requests()) {
        heard.append(request.method);
        QCOMPARE(request.headers.value("authorization"), QByteArray("Token own-token"));
    }
    QCOMPARE(heard, methods);
    QCOMPARE(m_other->requests().size(), 0);
}

void TestWorkEndsWhereItBegan::anEditUnderWayEndsOnItsServer()
{
    // Not changed by anyone else when looked at, renamed by the PATCH.
    connect(m_own.get(), &FakeHttpServer::requestReceived, m_own.get(), [this](const FakeHttpServer::Request &request) {
        m_own->setDefaultResponse(answer(200, linkJson(linkId, request.method == "PATCH" ? u"renamed"_s : u"old"_s)));
    });
    Link loaded = *Link::fromJson(QJsonValue(linkJson(linkId, u"old"_s)), nullptr);
    LinkDraft edited = LinkDraft::fromLink(loaded, portfolio);
    edited.name = u"renamed"_s;
    const LinkPatch patch = LinkPatch::between(LinkDraft::fromLink(loaded, portfolio), edited, linkId);
    QVERIFY(m_outbox->add(OutboxItem::edit(m_key, m_own->url(), patch, loaded)));

    switchOnFirstRequest();
    OutboxWorker worker(m_api.get(), m_outbox.get());
    QSignalSpy applied(&worker, &OutboxWorker::applied);
    worker.wake();
    QVERIFY(applied.wait(10000));

    verifyOnlyTheFirstServerHeard({"GET", "PATCH"});
    QVERIFY(m_outbox->items().isEmpty());
}

void TestWorkEndsWhereItBegan::aCreatesCheckAndResendStayOnItsServer()
{
    // A create whose answer an earlier attempt lost: it is looked for first
    // (not there), then sent again; both on its own server.
    connect(m_own.get(), &FakeHttpServer::requestReceived, m_own.get(), [this](const FakeHttpServer::Request &request) {
        const QJsonObject empty{{u"count"_s, 0}, {u"next"_s, QJsonValue::Null}, {u"previous"_s, QJsonValue::Null},
                                {u"results"_s, QJsonArray()}};
        m_own->setDefaultResponse(request.method == "POST" ? answer(201, linkJson(20, u"made"_s)) : answer(200, empty));
    });
    LinkDraft draft;
    draft.portfolioId = portfolio;
    draft.name = u"made"_s;
    OutboxItem item = OutboxItem::create(m_key, m_own->url(), draft);
    item.outcomeUnknown = true;
    item.newestIdBefore = 19;
    QVERIFY(m_outbox->add(item));

    switchOnFirstRequest();
    OutboxWorker worker(m_api.get(), m_outbox.get());
    QSignalSpy applied(&worker, &OutboxWorker::applied);
    worker.wake();
    QVERIFY(applied.wait(10000));

    QVERIFY(m_own->requests().size() >= 2);
    QCOMPARE(m_own->requests().constLast().method, QByteArray("POST"));
    for (qsizetype i = 0; i + 1 < m_own->requests().size(); ++i)
        QCOMPARE(m_own->requests().at(i).method, QByteArray("GET")); // the check, before anything is sent again
    QList<QByteArray> methods;
    for (const FakeHttpServer::Request &request : m_own->requests())
        methods.append(request.method);
    verifyOnlyTheFirstServerHeard(methods);
}

QTEST_GUILESS_MAIN(TestWorkEndsWhereItBegan)
#include "TestWorkEndsWhereItBegan.moc"
