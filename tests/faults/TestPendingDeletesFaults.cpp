#include "FakeHttpServer.h"

#include "api/ApiClient.h"
#include "links/PendingDeletes.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace std::chrono_literals;
using Behaviour = FakeHttpServer::Behaviour;

namespace {

constexpr qint64 portfolio = 3;

QByteArray pathOf(qint64 linkId)
{
    return "/api/portfolios/3/links/" + QByteArray::number(linkId);
}

// Links with ids first, first + 1, ...: all a DELETE needs.
QList<Link> linksFrom(qint64 first, int count)
{
    QList<Link> links;
    for (qint64 id = first; id < first + count; ++id) {
        Link link;
        link.id = id;
        link.name = QStringLiteral("پیوند %1").arg(id);
        links.append(link);
    }
    return links;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> idsOf(const QList<Link> &links)
{
    QList<qint64> ids;
    for (const Link &link : links)
        ids.append(link.id);
    return sorted(ids);
}

struct Finished
{
    QList<qint64> deleted;
    QList<PendingDeletes::Failure> failures;
};

} // namespace

// PendingDeletes against a scripted server: the cap on DELETEs in flight,
// progress, and the faults a real server cannot be made to produce (a hang,
// a dropped connection) failing only the link they hit.
class TestPendingDeletesFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void neverMoreThanTheCapInFlight_data();
    void neverMoreThanTheCapInFlight();
    void progressCountsUpToTheTotal();
    void droppedConnectionFailsOnlyThatLink();
    void hangingDeleteHoldsOnlyOneSlot();
    void deletesGoWhereTheyWereMadeAfterASwitch();

private:
    void record(PendingDeletes *deletes);

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::vector<Finished> m_batches;
    std::vector<std::pair<int, int>> m_progress;
};

void TestPendingDeletesFaults::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    // A fresh manager per test: no connection is reused from a previous fault.
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(m_server->url());
    m_client->setToken(QStringLiteral("secret-token"));
    m_batches.clear();
    m_progress.clear();
}

void TestPendingDeletesFaults::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void TestPendingDeletesFaults::record(PendingDeletes *deletes)
{
    connect(deletes, &PendingDeletes::batchFinished, this,
            [this](const QList<qint64> &deleted, const QList<PendingDeletes::Failure> &failures) {
                m_batches.push_back({deleted, failures});
            });
    connect(deletes, &PendingDeletes::progress, this, [this](int done, int total) { m_progress.push_back({done, total}); });
}

void TestPendingDeletesFaults::neverMoreThanTheCapInFlight_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<QList<int>>("batchSizes");

    QTest::newRow("cap 2, one batch of 7") << 2 << QList<int>{7};
    // The cap holds across batches, not per batch.
    QTest::newRow("cap 2, three batches of 3") << 2 << QList<int>{3, 3, 3};
    QTest::newRow("cap 3, one batch of 8") << 3 << QList<int>{8};
    QTest::newRow("cap 1, one batch of 4") << 1 << QList<int>{4};
}

void TestPendingDeletesFaults::neverMoreThanTheCapInFlight()
{
    QFETCH(int, concurrency);
    QFETCH(QList<int>, batchSizes);

    // Every DELETE is answered 204 after 150 ms, from the server's own timer.
    constexpr int answerDelayMs = 150;
    m_server->setDefaultResponse(FakeHttpServer::with(Behaviour::Delayed, FakeHttpServer::json(204, QByteArray()), answerDelayMs));

    // Requests open at the server: counted up when one arrives, down by a
    // timer of the same delay started just before the server's own (so it
    // fires first, and never later than the answer goes out). The client
    // can only send another DELETE after an answer, so a request arriving
    // while `open` is at the cap means one too many in flight. QNAM would
    // open up to six connections to this host, so the cap is PendingDeletes'.
    // (`counting` ends the connection and its timers with this function.)
    int open = 0;
    int mostOpen = 0;
    QObject counting;
    connect(m_server.get(), &FakeHttpServer::requestReceived, &counting,
            [&counting, &open, &mostOpen](const FakeHttpServer::Request &request) {
                if (request.method != "DELETE")
                    return;
                mostOpen = std::max(mostOpen, ++open);
                QTimer::singleShot(answerDelayMs, Qt::PreciseTimer, &counting, [&open] { --open; });
            });

    PendingDeletes deletes(m_client.get());
    deletes.setConcurrency(concurrency);
    deletes.setUndoWindow(50ms);
    record(&deletes);
    QSignalSpy idle(&deletes, &PendingDeletes::idle);

    QList<qint64> all;
    qint64 next = 1;
    for (int size : batchSizes) {
        const QList<Link> batch = linksFrom(next, size);
        next += size;
        all += idsOf(batch);
        deletes.schedule(portfolio, batch);
    }
    QVERIFY(idle.wait(20000));

    QCOMPARE(m_batches.size(), size_t(batchSizes.size()));
    QList<qint64> deleted;
    for (const Finished &batch : m_batches) {
        QVERIFY(batch.failures.isEmpty());
        deleted += batch.deleted;
    }
    QCOMPARE(sorted(deleted), all);
    QCOMPARE(m_server->requests().size(), all.size());
    // Exactly the cap: never more, and not one at a time either.
    QCOMPARE(mostOpen, std::min<int>(concurrency, int(all.size())));
    QTRY_COMPARE(open, 0); // every answer accounted for
}

void TestPendingDeletesFaults::progressCountsUpToTheTotal()
{
    // One link the server fails on: progress counts failures as done too.
    m_server->setDefaultResponse(FakeHttpServer::json(204, QByteArray()));
    m_server->setResponse(pathOf(3), FakeHttpServer::json(500, R"({"detail": "boom"})"));

    PendingDeletes deletes(m_client.get());
    deletes.setConcurrency(2);
    record(&deletes);
    QSignalSpy finished(&deletes, &PendingDeletes::batchFinished);

    const QList<Link> links = linksFrom(1, 5);
    deletes.schedule(portfolio, links);
    QCOMPARE(deletes.waitingCount(), 5);
    deletes.sendNow();
    QVERIFY(finished.wait(20000));

    QCOMPARE(m_progress, (std::vector<std::pair<int, int>>{{1, 5}, {2, 5}, {3, 5}, {4, 5}, {5, 5}}));
    QCOMPARE(m_batches.size(), 1u);
    QCOMPARE(sorted(m_batches.front().deleted), (QList<qint64>{1, 2, 4, 5}));
    QCOMPARE(m_batches.front().failures.size(), 1);
    QCOMPARE(m_batches.front().failures.first().link.id, 3);
    QCOMPARE(m_batches.front().failures.first().error.kind(), ApiError::Kind::Server);
    QCOMPARE(deletes.waitingCount(), 0);
}

void TestPendingDeletesFaults::droppedConnectionFailsOnlyThatLink()
{
    m_server->setDefaultResponse(FakeHttpServer::json(204, QByteArray()));
    m_server->setResponse(pathOf(2), FakeHttpServer::with(Behaviour::CloseAfterRequest));

    PendingDeletes deletes(m_client.get());
    deletes.setConcurrency(2);
    record(&deletes);
    QSignalSpy finished(&deletes, &PendingDeletes::batchFinished);

    const QList<Link> links = linksFrom(1, 4);
    deletes.schedule(portfolio, links);
    deletes.sendNow();
    QVERIFY(finished.wait(20000));

    QCOMPARE(m_batches.size(), 1u);
    const Finished &batch = m_batches.front();
    QCOMPARE(sorted(batch.deleted), (QList<qint64>{1, 3, 4}));
    QCOMPARE(batch.failures.size(), 1);
    QCOMPARE(batch.failures.first().link.id, 2);
    QCOMPARE(batch.failures.first().link.name, links.at(1).name);
    QCOMPARE(batch.failures.first().error.kind(), ApiError::Kind::Network);
    QCOMPARE(m_progress.back(), (std::pair<int, int>{4, 4}));
    // Every other link was sent once; the dropped one at least once.
    const QList<FakeHttpServer::Request> requests = m_server->requests();
    for (const Link &link : links) {
        const auto sent = std::count_if(requests.cbegin(), requests.cend(),
                                        [&link](const FakeHttpServer::Request &request) {
                                            return request.method == "DELETE" && request.path == pathOf(link.id);
                                        });
        if (link.id == 2)
            QVERIFY(sent >= 1);
        else
            QCOMPARE(sent, 1);
    }
}

void TestPendingDeletesFaults::hangingDeleteHoldsOnlyOneSlot()
{
    // Link 1 never gets an answer; the client gives up after 1 s of silence.
    m_client->setTimeout(1000ms);
    m_server->setDefaultResponse(FakeHttpServer::json(204, QByteArray()));
    m_server->setResponse(pathOf(1), FakeHttpServer::with(Behaviour::Hang));

    // When link 3's DELETE arrives, how many answers had the client taken
    // in? With the hang holding one of two slots, only link 2's: the third
    // request went out on the free slot, not after the hang timed out.
    int answeredWhenThirdArrived = -1;
    QObject watching; // ends the connection with this function
    connect(m_server.get(), &FakeHttpServer::requestReceived, &watching,
            [this, &answeredWhenThirdArrived](const FakeHttpServer::Request &request) {
                if (request.path == pathOf(3))
                    answeredWhenThirdArrived = int(m_progress.size());
            });

    PendingDeletes deletes(m_client.get());
    deletes.setConcurrency(2);
    record(&deletes);
    QSignalSpy finished(&deletes, &PendingDeletes::batchFinished);
    deletes.schedule(portfolio, linksFrom(1, 3));
    deletes.sendNow();
    QVERIFY(finished.wait(20000));

    QCOMPARE(answeredWhenThirdArrived, 1);
    const Finished &batch = m_batches.front();
    QCOMPARE(sorted(batch.deleted), (QList<qint64>{2, 3}));
    QCOMPARE(batch.failures.size(), 1);
    QCOMPARE(batch.failures.first().link.id, 1);
    QCOMPARE(batch.failures.first().error.kind(), ApiError::Kind::Timeout);
}

void TestPendingDeletesFaults::deletesGoWhereTheyWereMadeAfterASwitch()
{
    // Deleted on one server; during the undo window the window is switched
    // to another server and token (a profile of the Server drop-down). The
    // DELETEs, the ones held back by the cap too, go to the first, with its
    // token; the second hears nothing.
    m_server->setDefaultResponse(FakeHttpServer::with(Behaviour::Delayed, FakeHttpServer::json(204, QByteArray()), 50));
    FakeHttpServer other;
    QVERIFY(other.listen());
    other.setDefaultResponse(FakeHttpServer::json(204, QByteArray()));

    PendingDeletes deletes(m_client.get());
    deletes.setConcurrency(2);
    record(&deletes);
    QSignalSpy idle(&deletes, &PendingDeletes::idle);
    const QList<Link> links = linksFrom(1, 5);
    deletes.schedule(portfolio, links);
    m_client->setBaseUrl(other.url());
    m_client->setToken(QStringLiteral("another-token"));
    deletes.sendNow();
    QVERIFY(idle.wait(20000));

    QCOMPARE(m_batches.size(), size_t(1));
    QCOMPARE(sorted(m_batches.front().deleted), idsOf(links));
    QCOMPARE(m_server->requests().size(), links.size());
    for (const FakeHttpServer::Request &request : m_server->requests())
        QCOMPARE(request.headers.value("authorization"), QByteArray("Token secret-token"));
    QVERIFY(other.requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestPendingDeletesFaults)
#include "TestPendingDeletesFaults.moc"
