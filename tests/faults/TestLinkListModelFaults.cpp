#include "FakeHttpServer.h"

#include "api/ApiClient.h"
#include "links/LinkListModel.h"
#include "media/ThumbnailCache.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using Behaviour = FakeHttpServer::Behaviour;

Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(FakeHttpServer::Response)

namespace {

constexpr qint64 portfolioId = 3;
const QByteArray linksPath = "/api/portfolios/3/links/";
constexpr int waitMs = 10000;
// Long enough that the answer is surely not in before the next query is
// made, short enough to wait out.
constexpr int staleDelayMs = 1000;

// A page of the list endpoint: links `first`..`last`, named after `name`.
QByteArray page(qint64 first, qint64 last, const QString &name, qint64 count, bool hasNext)
{
    QJsonArray results;
    for (qint64 id = first; id <= last; ++id) {
        results.append(QJsonObject{
            {u"id"_s, id},
            {u"name"_s, u"%1 %2"_s.arg(name).arg(id)},
            {u"url"_s, QJsonValue::Null},
            {u"description"_s, QJsonValue::Null},
            {u"image_data"_s, QJsonValue::Null},
            {u"created_at"_s, u"2026-01-13T10:05:43.296270Z"_s},
            {u"updated_at"_s, u"2026-01-13T10:05:43.296310Z"_s},
        });
    }
    const QJsonObject body{
        {u"count"_s, count},
        {u"next"_s, hasNext ? QJsonValue(u"http://127.0.0.1/api/portfolios/3/links/?limit=3&offset=3"_s) : QJsonValue()},
        {u"previous"_s, QJsonValue::Null},
        {u"results"_s, results},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QList<qint64> idsOf(const LinkListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.data(model.index(row, 0), LinkListModel::LinkIdRole).toLongLong());
    return ids;
}

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> ids;
    for (qint64 id = first; id <= last; ++id)
        ids.append(id);
    return ids;
}

LinkListQuery pagesOf3(const QString &search = {})
{
    LinkListQuery query;
    query.search = search;
    query.pageSize = 3;
    return query;
}

} // namespace

// The links list against a scripted server, for what the reference backend
// cannot be made to do on demand: answers that come late, after the user
// has moved on to another search, and pages that fail.
class TestLinkListModelFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aStaleAnswerIsIgnored_data();
    void aStaleAnswerIsIgnored();
    void aNewQueryStartsAtItsFirstPage();
    void aFailedPageStopsFetching_data();
    void aFailedPageStopsFetching();
    void refreshTriesFailedThumbnailsAgain();

private:
    // The list endpoint answers by search and offset; anything else is 404.
    void route(const QString &search, int offset, const FakeHttpServer::Response &response);
    QList<QUrlQuery> listRequests() const;
    // Once this returns, the server has sent every answer it was told to
    // delay by staleDelayMs before now (its timers fire in order).
    bool waitOutTheDelayedAnswers();

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ThumbnailCache> m_thumbnails;
    std::unique_ptr<LinkListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<QString, FakeHttpServer::Response> m_routes;
};

void TestLinkListModelFaults::init()
{
    m_routes.clear();
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    connect(m_server.get(), &FakeHttpServer::requestReceived, this, [this](const FakeHttpServer::Request &request) {
        const QUrl url = QUrl::fromEncoded(request.path);
        if (url.path().toUtf8() != linksPath)
            return;
        const QUrlQuery query(url);
        const QString key = query.queryItemValue(u"search"_s, QUrl::FullyDecoded) + u'@'
            + query.queryItemValue(u"offset"_s);
        m_server->setResponse(linksPath, m_routes.value(key, FakeHttpServer::json(404, R"({"detail": "Not found."})")));
    });
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_api->setBaseUrl(m_server->url());
    m_api->setToken(u"0123456789abcdef0123456789abcdef01234567"_s);
    m_thumbnails = std::make_unique<ThumbnailCache>(m_network.get());
    m_model = std::make_unique<LinkListModel>(m_api.get(), m_thumbnails.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLinkListModelFaults::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_thumbnails.reset();
    m_api.reset();
    m_network.reset();
    m_server.reset();
}

void TestLinkListModelFaults::route(const QString &search, int offset, const FakeHttpServer::Response &response)
{
    m_routes.insert(search + u'@' + (offset > 0 ? QString::number(offset) : QString()), response);
}

QList<QUrlQuery> TestLinkListModelFaults::listRequests() const
{
    QList<QUrlQuery> queries;
    for (const FakeHttpServer::Request &request : m_server->requests()) {
        const QUrl url = QUrl::fromEncoded(request.path);
        if (url.path().toUtf8() == linksPath)
            queries.append(QUrlQuery(url));
    }
    return queries;
}

bool TestLinkListModelFaults::waitOutTheDelayedAnswers()
{
    m_server->setResponse("/later", FakeHttpServer::with(Behaviour::Delayed, FakeHttpServer::json(200, "{}"), staleDelayMs));
    std::unique_ptr<QNetworkReply> probe(m_network->get(QNetworkRequest(m_server->url(u"/later"_s))));
    QSignalSpy finished(probe.get(), &QNetworkReply::finished);
    return finished.wait(waitMs) && probe->error() == QNetworkReply::NoError;
}

void TestLinkListModelFaults::aStaleAnswerIsIgnored_data()
{
    QTest::addColumn<QString>("stale"); // what asked for the answer that comes too late

    QTest::newRow("an earlier search") << u"search"_s;
    QTest::newRow("the next page of an earlier search") << u"next page"_s;
    QTest::newRow("a refresh of an earlier search") << u"refresh"_s;
}

void TestLinkListModelFaults::aStaleAnswerIsIgnored()
{
    QFETCH(QString, stale);
    const QString first = u"سبد"_s;
    const QString second = u"سبد خرید"_s;
    const auto late = [](const QByteArray &body) {
        return FakeHttpServer::with(Behaviour::Delayed, FakeHttpServer::json(200, body), staleDelayMs);
    };
    route({}, 0, FakeHttpServer::json(200, page(1, 3, u"همه"_s, 3, false)));
    if (stale == u"search"_s) {
        route(first, 0, late(page(101, 103, first, 3, false)));
    } else if (stale == u"next page"_s) {
        route(first, 0, FakeHttpServer::json(200, page(101, 103, first, 6, true)));
        route(first, 3, late(page(104, 106, first, 6, false)));
    } else {
        route(first, 0, FakeHttpServer::json(200, page(101, 103, first, 3, false)));
    }
    route(second, 0, FakeHttpServer::json(200, page(201, 202, second, 2, false)));
    QSignalSpy received(m_server.get(), &FakeHttpServer::requestReceived);
    QSignalSpy failed(m_model.get(), &LinkListModel::failed);
    QSignalSpy refreshed(m_model.get(), &LinkListModel::refreshed);

    m_model->setQuery(pagesOf3());
    m_model->setPortfolio(portfolioId);
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(*m_model), range(1, 3), waitMs);

    // The request whose answer will come late reaches the server.
    m_model->setQuery(pagesOf3(first));
    if (stale == u"next page"_s) {
        QTRY_COMPARE_WITH_TIMEOUT(idsOf(*m_model), range(101, 103), waitMs);
        m_model->fetchMore(); // what a view scrolled to the end does (if the tester did not already)
        QTRY_COMPARE_WITH_TIMEOUT(listRequests().size(), 3, waitMs);
        QCOMPARE(listRequests().last().queryItemValue(u"offset"_s), u"3"_s);
    } else if (stale == u"refresh"_s) {
        QTRY_COMPARE_WITH_TIMEOUT(idsOf(*m_model), range(101, 103), waitMs);
        route(first, 0, late(page(111, 113, first, 3, false)));
        m_model->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(listRequests().size(), 3, waitMs);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(listRequests().size(), 2, waitMs);
    }
    QVERIFY(m_model->isLoading());
    const int requestsBefore = int(listRequests().size());

    // The user moves on; this answer comes at once.
    m_model->setQuery(pagesOf3(second));
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(*m_model), range(201, 202), waitMs);
    QCOMPARE(m_model->totalCount(), 2);
    QVERIFY(!m_model->isLoading());

    // The late answer has been sent by now, and changed nothing.
    QVERIFY(waitOutTheDelayedAnswers());
    QCOMPARE(idsOf(*m_model), range(201, 202));
    QCOMPARE(m_model->totalCount(), 2);
    QCOMPARE(m_model->query().search, second);
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->canFetchMore());
    QCOMPARE(failed.count(), 0); // a cancelled request is not the list's failure
    QCOMPARE(refreshed.count(), 0);
    // Only the new query's first page was asked for after it was made.
    QCOMPARE(listRequests().size(), requestsBefore + 1);
    QCOMPARE(listRequests().last().queryItemValue(u"search"_s, QUrl::FullyDecoded), second);
}

void TestLinkListModelFaults::aNewQueryStartsAtItsFirstPage()
{
    const QString first = u"Dark"_s;
    const QString second = u"تم تیره"_s;
    route({}, 0, FakeHttpServer::json(200, page(1, 3, u"همه"_s, 9, true)));
    route({}, 3, FakeHttpServer::with(Behaviour::Hang)); // the next page never comes
    route(first, 0, FakeHttpServer::json(200, page(101, 103, first, 9, true)));
    route(first, 3, FakeHttpServer::json(200, page(104, 106, first, 9, true)));
    route(first, 6, FakeHttpServer::with(Behaviour::Hang));
    route(second, 0, FakeHttpServer::json(200, page(201, 203, second, 6, true)));
    route(second, 3, FakeHttpServer::json(200, page(204, 206, second, 6, false)));

    m_model->setQuery(pagesOf3());
    m_model->setPortfolio(portfolioId);
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(*m_model), range(1, 3), waitMs);
    m_model->fetchMore();
    QTRY_VERIFY_WITH_TIMEOUT(listRequests().size() >= 2, waitMs); // the hanging one
    QVERIFY(m_model->isLoading());

    // While a next page is on its way...
    m_model->setQuery(pagesOf3(first));
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(*m_model), range(101, 106), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(listRequests().last().queryItemValue(u"offset"_s), u"6"_s, waitMs);
    // ...and after pages were loaded, with the next one on its way.
    m_model->sort(LinkListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(*m_model), range(101, 106), waitMs);
    m_model->setQuery(pagesOf3(second));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() >= 3, waitMs);
    m_model->fetchMore(); // as a view scrolled to the end (if the tester did not already)
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(*m_model), range(201, 206), waitMs);

    // Each query was asked for from its first page, and no page twice.
    QHash<QString, QStringList> offsets; // by search and ordering
    for (const QUrlQuery &query : listRequests()) {
        offsets[query.queryItemValue(u"search"_s, QUrl::FullyDecoded) + u' ' + query.queryItemValue(u"ordering"_s)]
            .append(query.queryItemValue(u"offset"_s));
    }
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
        QVERIFY2(it.value().first().isEmpty(), qPrintable(it.key() + u": "_s + it.value().join(u',')));
        QCOMPARE(QSet<QString>(it.value().cbegin(), it.value().cend()).size(), it.value().size());
    }
    QCOMPARE(offsets.value(second + u" -created_at,-id"_s), (QStringList{QString(), u"3"_s}));
}

// A thumbnail that failed (the media host was away) is tried again when
// the list is refreshed, not left broken for the rest of the session.
void TestLinkListModelFaults::refreshTriesFailedThumbnailsAgain()
{
    const QByteArray thumbnailPath = "/media/photo_thumbnail_64x64.png";
    QJsonDocument listed = QJsonDocument::fromJson(page(1, 1, u"با تصویر"_s, 1, false));
    QJsonObject body = listed.object();
    QJsonArray results = body.value(u"results"_s).toArray();
    QJsonObject link = results.first().toObject();
    const QJsonObject thumbnail{{u"id"_s, 5},
                                {u"f"_s, m_server->url(QString::fromLatin1(thumbnailPath)).toString()},
                                {u"size"_s, 64}};
    link[u"image_data"_s] = QJsonObject{{u"id"_s, 77},
                                        {u"type"_s, u"image/png"_s},
                                        {u"name"_s, u"photo.png"_s},
                                        {u"size"_s, 5120},
                                        {u"human_readable_size"_s, u"5.00 KB"_s},
                                        {u"f"_s, m_server->url(u"/media/photo.png"_s).toString()},
                                        {u"width"_s, 16},
                                        {u"height"_s, 16},
                                        {u"mode"_s, u"RGB"_s},
                                        {u"thumbnails"_s, QJsonArray{thumbnail}}};
    results[0] = link;
    body[u"results"_s] = results;
    route({}, 0, FakeHttpServer::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    m_server->setResponse(thumbnailPath, FakeHttpServer::json(503, R"({"detail": "Media host away."})"));
    m_model->setThumbnailEdge(64);
    m_model->setPortfolio(portfolioId);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, waitMs);
    m_model->loadThumbnails(0, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_thumbnails->state(5, 64), ThumbnailCache::State::Failed, waitMs);
    m_model->loadThumbnails(0, 0); // scrolled past again: a failure is not retried on its own
    QCOMPARE(m_thumbnails->state(5, 64), ThumbnailCache::State::Failed);

    QImage picture(8, 8, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && picture.save(&buffer, "PNG"));
    FakeHttpServer::Response image;
    image.contentType = "image/png";
    image.body = png;
    m_server->setResponse(thumbnailPath, image);
    QSignalSpy refreshed(m_model.get(), &LinkListModel::refreshed);
    m_model->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, waitMs);
    m_model->loadThumbnails(0, 0); // the rows in view, as the list asks once refreshed
    QTRY_COMPARE_WITH_TIMEOUT(m_thumbnails->state(5, 64), ThumbnailCache::State::Loaded, waitMs);
    QCOMPARE(m_model->data(m_model->index(0, 0), Qt::DecorationRole).value<QImage>().pixelColor(4, 4),
             QColor(Qt::darkCyan));
}

void TestLinkListModelFaults::aFailedPageStopsFetching_data()
{
    QTest::addColumn<int>("failingOffset");
    QTest::addColumn<FakeHttpServer::Response>("answer");
    QTest::addColumn<ApiError::Kind>("kind");

    const FakeHttpServer::Response serverError = FakeHttpServer::html(500, "<html><title>Server Error (500)</title></html>");
    const FakeHttpServer::Response dropped = FakeHttpServer::with(Behaviour::CloseAfterRequest);
    const FakeHttpServer::Response notJson = FakeHttpServer::json(200, R"({"count": 6, "results": [{"id": "x"}]})");
    const FakeHttpServer::Response unauthorized = FakeHttpServer::json(401, R"({"detail": "Invalid token."})");
    for (const int offset : {0, 3}) {
        const char *which = offset == 0 ? "first page" : "second page";
        QTest::addRow("%s: 500", which) << offset << serverError << ApiError::Kind::Server;
        QTest::addRow("%s: connection dropped", which) << offset << dropped << ApiError::Kind::Network;
        QTest::addRow("%s: malformed", which) << offset << notJson << ApiError::Kind::Malformed;
        QTest::addRow("%s: 401", which) << offset << unauthorized << ApiError::Kind::Unauthorized;
    }
}

void TestLinkListModelFaults::aFailedPageStopsFetching()
{
    QFETCH(int, failingOffset);
    QFETCH(FakeHttpServer::Response, answer);
    QFETCH(ApiError::Kind, kind);

    route({}, 0, failingOffset == 0 ? answer : FakeHttpServer::json(200, page(1, 3, u"صفحه"_s, 6, true)));
    route({}, 3, answer);
    QSignalSpy failed(m_model.get(), &LinkListModel::failed);
    QList<ApiError::Kind> kinds;
    connect(m_model.get(), &LinkListModel::failed, this, [&kinds](const ApiError &error) { kinds.append(error.kind()); });
    QSignalSpy loading(m_model.get(), &LinkListModel::loadingChanged);

    m_model->setQuery(pagesOf3());
    m_model->setPortfolio(portfolioId);
    if (failingOffset > 0) {
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 3, waitMs);
        m_model->fetchMore(); // as a view scrolled to the end (if the tester did not already)
    }
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, waitMs);

    QCOMPARE(kinds, QList<ApiError::Kind>{kind});
    QVERIFY(!m_model->isLoading());
    QCOMPARE(loading.last().first().toBool(), false);
    QVERIFY(!m_model->canFetchMore());
    QCOMPARE(idsOf(*m_model), failingOffset == 0 ? QList<qint64>() : range(1, 3)); // the rows already there stay
    QCOMPARE(m_model->totalCount(), failingOffset == 0 ? -1 : 6);
    // A view asking again does not hammer the server.
    const qsizetype requests = listRequests().size();
    m_model->fetchMore();
    QVERIFY(!m_model->isLoading());
    QCOMPARE(listRequests().size(), requests);

    // Until the user refreshes: then the list is whole again.
    route({}, 0, FakeHttpServer::json(200, page(1, 3, u"صفحه"_s, 6, true)));
    route({}, 3, FakeHttpServer::json(200, page(4, 6, u"صفحه"_s, 6, false)));
    m_model->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() >= 3 && !m_model->isLoading(), waitMs);
    m_model->fetchMore();
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(*m_model), range(1, 6), waitMs);
    QCOMPARE(m_model->totalCount(), 6);
    QCOMPARE(failed.count(), 1);
}

QTEST_GUILESS_MAIN(TestLinkListModelFaults)
#include "TestLinkListModelFaults.moc"
