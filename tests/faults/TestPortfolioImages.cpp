#include "FakeHttpServer.h"

#include "api/ApiClient.h"
#include "media/PortfolioImages.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <vector>
#include <memory>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

const QByteArray linksPath = "/api/portfolios/3/links/";

QByteArray imageJson(int id)
{
    return QStringLiteral(R"({"id": %1, "type": "image/png", "name": "تصویر %1.png", "size": 5120, )"
                          R"("human_readable_size": "5.00 KB", "f": "http://127.0.0.1:1/media/%1.png", )"
                          R"("width": 64, "height": 64, "mode": "RGB", "thumbnails": []})")
        .arg(id)
        .toUtf8();
}

// A link using the image with this id; 0 for a link without an image.
QByteArray linkJson(int linkId, int imageId)
{
    return QStringLiteral(R"({"id": %1, "name": "لینک %1", "url": null, "description": null, "image_data": %2, )"
                          R"("created_at": "2026-01-13T10:05:43.296270Z", "updated_at": "2026-01-13T10:05:43.296310Z"})")
        .arg(linkId)
        .arg(imageId ? QString::fromUtf8(imageJson(imageId)) : u"null"_s)
        .toUtf8();
}

// One page of the list, holding links with these image ids (0: no image).
QByteArray pageJson(int count, int firstLinkId, const QList<int> &imageIds, bool hasNext)
{
    QByteArrayList links;
    for (qsizetype i = 0; i < imageIds.size(); ++i)
        links.append(linkJson(firstLinkId + int(i), imageIds.at(i)));
    const QByteArray next = hasNext ? R"("http://127.0.0.1:1/api/portfolios/3/links/?offset=next")"_ba : "null"_ba;
    return R"({"count": )" + QByteArray::number(count) + R"(, "next": )" + next
        + R"(, "previous": null, "results": [)" + links.join(", ") + "]}";
}

int offsetOf(const FakeHttpServer::Request &request)
{
    const QUrl url(QString::fromUtf8(request.path));
    return QUrlQuery(url).queryItemValue(u"offset"_s).toInt();
}

QList<qint64> idsOf(const QList<Image> &images)
{
    QList<qint64> ids;
    for (const Image &image : images)
        ids.append(image.id);
    return ids;
}

} // namespace

// Collecting the images a portfolio already uses from every page of the
// link list, against a scripted server: in order, each once, and never
// paging forever nor past a failure.
class TestPortfolioImages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void collectsEveryPageOnceInOrder();
    void reportsEachPagesNewImagesAsItArrives();
    void aPortfolioWithoutImagesGivesAnEmptyList();
    void aFailedPageFailsTheWhole();
    void malformedPageFailsTheWhole();
    void stopsAtThePageCapWithTheImagesSoFar();
    void stopsAtAnEmptyPageThatSaysNext();
    void cancelReportsNothing();
    void heldAfterAFirstPageWithImagesUntilReadOn();
    void aFirstPageWithoutImagesIsNotHeld();
    void aNewLoadDropsTheHold();

private:
    // Answers each request for the links by its offset.
    void scriptPages(std::function<FakeHttpServer::Response(int offset)> answer);
    // Eight links on pages of three, images 5, 2, 9 and 1 among them, some twice.
    void scriptThreePages();
    bool waitForOutcome();
    // A request on the reading's manager, answered: a page the reading
    // asked for before it has reached the server by then.
    bool roundTrip();
    int pagesAsked() const;

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PortfolioImages> m_images;
    // Kept by hand, not in a QSignalSpy: ApiError has no default constructor.
    std::vector<QList<Image>> m_finished;
    std::vector<ApiError> m_failed;
};

void TestPortfolioImages::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(m_server->url());
    m_client->setTimeout(2s);
    m_images = std::make_unique<PortfolioImages>(m_client.get());
    m_images->setPageSize(3);
    m_finished.clear();
    m_failed.clear();
    connect(m_images.get(), &PortfolioImages::finished, this,
            [this](const QList<Image> &images) { m_finished.push_back(images); });
    connect(m_images.get(), &PortfolioImages::failed, this,
            [this](const ApiError &error) { m_failed.push_back(error); });
}

void TestPortfolioImages::cleanup()
{
    m_images.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void TestPortfolioImages::scriptPages(std::function<FakeHttpServer::Response(int offset)> answer)
{
    connect(m_server.get(), &FakeHttpServer::requestReceived, this,
            [this, answer](const FakeHttpServer::Request &request) {
                m_server->setResponse(linksPath, answer(offsetOf(request)));
            });
}

void TestPortfolioImages::scriptThreePages()
{
    scriptPages([](int offset) {
        switch (offset) {
        case 0: return FakeHttpServer::json(200, pageJson(8, 1, {5, 0, 2}, true));
        case 3: return FakeHttpServer::json(200, pageJson(8, 4, {2, 9, 5}, true));
        case 6: return FakeHttpServer::json(200, pageJson(8, 7, {0, 1}, false));
        default: return FakeHttpServer::json(404, R"({"detail": "Not found."})");
        }
    });
}

bool TestPortfolioImages::waitForOutcome()
{
    return QTest::qWaitFor([this] { return m_finished.size() + m_failed.size() > 0; }, 10000);
}

bool TestPortfolioImages::roundTrip()
{
    std::unique_ptr<QNetworkReply> reply(m_network->get(QNetworkRequest(m_server->url(u"/round-trip"_s))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    return finished.wait(10000);
}

int TestPortfolioImages::pagesAsked() const
{
    const QList<FakeHttpServer::Request> requests = m_server->requests();
    return int(std::count_if(requests.cbegin(), requests.cend(),
                             [](const FakeHttpServer::Request &request) { return request.path.startsWith(linksPath); }));
}

void TestPortfolioImages::collectsEveryPageOnceInOrder()
{
    scriptThreePages();
    m_images->load(3);
    QVERIFY(m_images->isLoading());
    QVERIFY(waitForOutcome());

    QCOMPARE(m_failed.size(), 0u);
    QCOMPARE(m_finished.size(), 1u);
    const QList<Image> images = m_finished.front();
    QCOMPARE(idsOf(images), (QList<qint64>{5, 2, 9, 1}));
    QCOMPARE(images.at(0).name, u"تصویر 5.png"_s);
    QVERIFY(!m_images->stoppedAtPageCap());
    QVERIFY(!m_images->isLoading());

    const QList<FakeHttpServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QStringList offsets;
    for (const FakeHttpServer::Request &request : requests) {
        QVERIFY(request.path.startsWith(linksPath + "?limit=3"));
        offsets.append(QString::number(offsetOf(request)));
    }
    QCOMPARE(offsets, (QStringList{u"0"_s, u"3"_s, u"6"_s}));
}

void TestPortfolioImages::reportsEachPagesNewImagesAsItArrives()
{
    scriptThreePages();
    QList<QList<qint64>> found;
    QList<bool> moreToCome;
    connect(m_images.get(), &PortfolioImages::found, this, [&](const QList<Image> &images) {
        found.append(idsOf(images));
        moreToCome.append(m_images->isLoading());
    });
    m_images->load(3);
    QVERIFY(waitForOutcome());
    // Each page's images not seen before, in order; the last page says it is the last.
    QCOMPARE(found, (QList<QList<qint64>>{{5, 2}, {9}, {1}}));
    QCOMPARE(moreToCome, (QList<bool>{true, true, false}));
    QCOMPARE(idsOf(m_finished.front()), (QList<qint64>{5, 2, 9, 1}));
}

void TestPortfolioImages::aPortfolioWithoutImagesGivesAnEmptyList()
{
    m_server->setResponse(linksPath, FakeHttpServer::json(200, pageJson(2, 1, {0, 0}, false)));
    m_images->load(3);
    QVERIFY(waitForOutcome());
    QCOMPARE(m_finished.size(), 1u);
    QVERIFY(m_finished.front().isEmpty());
}

void TestPortfolioImages::aFailedPageFailsTheWhole()
{
    scriptPages([](int offset) {
        if (offset == 0)
            return FakeHttpServer::json(200, pageJson(6, 1, {1, 2, 3}, true));
        return FakeHttpServer::html(502, "<html><head><title>502 Bad Gateway</title></head></html>");
    });
    m_images->load(3);
    QVERIFY(waitForOutcome());
    QCOMPARE(m_finished.size(), 0u);
    QCOMPARE(m_failed.size(), 1u);
    QCOMPARE(m_failed.front().kind(), ApiError::Kind::Server);
    QCOMPARE(m_server->requests().size(), 2);
    // Nothing more arrives: no finished() with half a list after the failure.
    QTest::qWait(100);
    QCOMPARE(m_finished.size() + m_failed.size(), 1u);
}

void TestPortfolioImages::malformedPageFailsTheWhole()
{
    scriptPages([](int offset) {
        if (offset == 0)
            return FakeHttpServer::json(200, pageJson(6, 1, {1, 2, 3}, true));
        return FakeHttpServer::json(200, R"({"count": 6, "next": null, "results": [{"id": "x"}]})");
    });
    m_images->load(3);
    QVERIFY(waitForOutcome());
    QCOMPARE(m_failed.size(), 1u);
    QCOMPARE(m_failed.front().kind(), ApiError::Kind::Malformed);
}

void TestPortfolioImages::stopsAtThePageCapWithTheImagesSoFar()
{
    // Every page says there is another, with images seen before and new ones.
    scriptPages([](int offset) {
        return FakeHttpServer::json(200, pageJson(1000000, offset + 1, {1, offset + 10, 0}, true));
    });
    m_images->setMaxPages(5);
    m_images->load(3);
    QVERIFY(waitForOutcome());

    QCOMPARE(m_failed.size(), 0u);
    QCOMPARE(m_finished.size(), 1u);
    QCOMPARE(idsOf(m_finished.front()), (QList<qint64>{1, 10, 13, 16, 19, 22}));
    QVERIFY(m_images->stoppedAtPageCap());
    QCOMPARE(m_server->requests().size(), 5);
}

void TestPortfolioImages::stopsAtAnEmptyPageThatSaysNext()
{
    scriptPages([](int offset) {
        if (offset == 0)
            return FakeHttpServer::json(200, pageJson(50, 1, {4, 4, 7}, true));
        return FakeHttpServer::json(200, pageJson(50, 0, {}, true));
    });
    m_images->load(3);
    QVERIFY(waitForOutcome());
    QCOMPARE(m_finished.size(), 1u);
    QCOMPARE(idsOf(m_finished.front()), (QList<qint64>{4, 7}));
    QVERIFY(!m_images->stoppedAtPageCap());
    QCOMPARE(m_server->requests().size(), 2);
}

void TestPortfolioImages::cancelReportsNothing()
{
    m_server->setResponse(linksPath, FakeHttpServer::with(FakeHttpServer::Behaviour::Hang));
    QSignalSpy received(m_server.get(), &FakeHttpServer::requestReceived);
    m_images->load(3);
    QVERIFY(received.wait(5000));
    m_images->cancel();
    QVERIFY(!m_images->isLoading());
    QTest::qWait(200);
    QCOMPARE(m_finished.size() + m_failed.size(), 0u);

    // And a new load after it works as the first.
    m_server->setResponse(linksPath, FakeHttpServer::json(200, pageJson(1, 1, {8}, false)));
    m_images->load(3);
    QVERIFY(waitForOutcome());
    QCOMPARE(idsOf(m_finished.front()), (QList<qint64>{8}));
}

void TestPortfolioImages::heldAfterAFirstPageWithImagesUntilReadOn()
{
    scriptThreePages();
    QList<QList<qint64>> found;
    QList<bool> held;
    connect(m_images.get(), &PortfolioImages::found, this, [&](const QList<Image> &images) {
        found.append(idsOf(images));
        held.append(m_images->isHeld());
    });
    m_images->setHoldAfterFirstPage(true);
    m_images->load(3);
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, 10000);
    // Held, and still loading: more is to come.
    QCOMPARE(held, QList<bool>{true});
    QVERIFY(m_images->isLoading());
    QVERIFY(roundTrip());
    QCOMPARE(pagesAsked(), 1);
    QCOMPARE(m_finished.size(), 0u);

    m_images->readOn();
    QVERIFY(!m_images->isHeld());
    QVERIFY(waitForOutcome());
    // Only the first page holds; the rest follow each other as before.
    QCOMPARE(found, (QList<QList<qint64>>{{5, 2}, {9}, {1}}));
    QCOMPARE(held, (QList<bool>{true, false, false}));
    QCOMPARE(idsOf(m_finished.front()), (QList<qint64>{5, 2, 9, 1}));
    QCOMPARE(pagesAsked(), 3);
    // Once read, reading on asks for nothing.
    m_images->readOn();
    QVERIFY(roundTrip());
    QCOMPARE(pagesAsked(), 3);
    QVERIFY(!m_images->isLoading());
}

void TestPortfolioImages::aFirstPageWithoutImagesIsNotHeld()
{
    // Nothing to show, so nothing to wait for.
    scriptPages([](int offset) {
        if (offset == 0)
            return FakeHttpServer::json(200, pageJson(5, 1, {0, 0, 0}, true));
        return FakeHttpServer::json(200, pageJson(5, 4, {6, 0}, false));
    });
    m_images->setHoldAfterFirstPage(true);
    m_images->load(3);
    QVERIFY(waitForOutcome());
    QCOMPARE(idsOf(m_finished.front()), (QList<qint64>{6}));
    QCOMPARE(pagesAsked(), 2);
}

void TestPortfolioImages::aNewLoadDropsTheHold()
{
    scriptPages([](int offset) {
        if (offset == 0)
            return FakeHttpServer::json(200, pageJson(4, 1, {5, 2, 0}, true));
        return FakeHttpServer::json(200, pageJson(4, 4, {9}, false));
    });
    QSignalSpy found(m_images.get(), &PortfolioImages::found);
    m_images->setHoldAfterFirstPage(true);
    m_images->load(3);
    QVERIFY(found.wait(10000));
    QVERIFY(m_images->isHeld());
    // Started over: the first page again, held again, then read on to the end.
    m_images->load(3);
    QVERIFY(!m_images->isHeld());
    QVERIFY(found.wait(10000));
    QVERIFY(m_images->isHeld());
    m_images->readOn();
    QVERIFY(waitForOutcome());
    QCOMPARE(idsOf(m_finished.front()), (QList<qint64>{5, 2, 9}));
    QCOMPARE(pagesAsked(), 3);
    // And a cancelled reading is neither held nor loading.
    m_images->load(3);
    QVERIFY(found.wait(10000));
    m_images->cancel();
    QVERIFY(!m_images->isHeld());
    QVERIFY(!m_images->isLoading());
}

QTEST_GUILESS_MAIN(TestPortfolioImages)
#include "TestPortfolioImages.moc"
