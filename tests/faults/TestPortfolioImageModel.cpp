#include "FakeHttpServer.h"
#include "TestImages.h"

#include "media/PortfolioImageModel.h"
#include "media/ThumbnailCache.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using Behaviour = FakeHttpServer::Behaviour;
using State = PortfolioImageModel::ThumbnailState;

namespace {

FakeHttpServer::Response png(QSize size, QColor colour = Qt::darkCyan)
{
    FakeHttpServer::Response response = FakeHttpServer::json(200, pngBytes(size, colour));
    response.contentType = "image/png";
    return response;
}

QImage filled(QColor colour)
{
    QImage image(8, 8, QImage::Format_ARGB32);
    image.fill(colour);
    return image;
}

// Each file its own thumbnail id, as on the server: the cache knows a
// picture by its id.
Thumbnail thumbnail(const FakeHttpServer &server, const QByteArray &path, qint64 size = 64)
{
    static qint64 lastId = 0;
    Thumbnail thumbnail;
    thumbnail.id = ++lastId;
    thumbnail.file = server.url(QString::fromLatin1(path));
    thumbnail.size = size;
    return thumbnail;
}

Image image(qint64 id, const QString &name, const QList<Thumbnail> &thumbnails)
{
    Image image;
    image.id = id;
    image.name = name;
    image.width = 640;
    image.height = 480;
    image.humanReadableSize = u"12.0 KB"_s;
    image.thumbnails = thumbnails;
    return image;
}

QByteArrayList sortedPaths(const QList<FakeHttpServer::Request> &requests)
{
    QByteArrayList paths;
    for (const FakeHttpServer::Request &request : requests)
        paths.append(request.path);
    std::sort(paths.begin(), paths.end());
    return paths;
}

// The rows named in the dataChanged() signals a spy recorded, in order.
QList<int> changedRows(const QSignalSpy &spy)
{
    QList<int> rows;
    for (const QList<QVariant> &arguments : spy) {
        const int first = arguments.at(0).toModelIndex().row();
        const int last = arguments.at(1).toModelIndex().row();
        for (int row = first; row <= last; ++row)
            rows.append(row);
    }
    return rows;
}

} // namespace

// The picker's grid model against a scripted media server, through a
// ThumbnailCache as the app's session shares it: a thumbnail is fetched only
// for the rows the view asks for, once each, at the size the tiles need,
// and reported on its row; a failure shows on its row only; a new set of
// images is never touched by downloads of the old one; rows removed or
// moved while their pictures download get the right pictures; a picture
// the cache holds is not fetched again.
class TestPortfolioImageModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fetchesOnlyTheRowsAskedForOnce();
    void textRoles_data();
    void textRoles();
    void statesAndDecorations();
    void aRowWithoutThumbnailsShowsTheFailedMarkAtOnce();
    void choosesTheThumbnailForTheEdge_data();
    void choosesTheThumbnailForTheEdge();
    void newImagesResetTheRowsAndIgnoreTheOldDownloads();
    void rowsRemovedAndMovedWhileTheirPicturesDownload();
    void picturesTheCacheHoldsAreNotFetchedAgain();

private:
    State stateOf(int row) const;
    bool isSettled(int row) const;

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ThumbnailCache> m_cache;
    std::unique_ptr<PortfolioImageModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    const QImage m_loadingImage = filled(Qt::yellow);
    const QImage m_failedImage = filled(Qt::red);
};

void TestPortfolioImageModel::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_cache = std::make_unique<ThumbnailCache>(m_network.get());
    m_model = std::make_unique<PortfolioImageModel>(m_cache.get());
    m_model->setPlaceholders(m_loadingImage, m_failedImage);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPortfolioImageModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_cache.reset();
    m_network.reset();
    m_server.reset();
}

State TestPortfolioImageModel::stateOf(int row) const
{
    return m_model->index(row).data(PortfolioImageModel::ThumbnailStateRole).value<State>();
}

bool TestPortfolioImageModel::isSettled(int row) const
{
    const State state = stateOf(row);
    return state == State::Loaded || state == State::Failed;
}

void TestPortfolioImageModel::fetchesOnlyTheRowsAskedForOnce()
{
    QList<Image> images;
    for (int i = 0; i < 30; ++i) {
        const QByteArray path = "/media/thumbs/" + QByteArray::number(i) + ".png";
        // Row 2's thumbnail gets the server's default 404.
        if (i != 2)
            m_server->setResponse(path, png({64, 64}));
        images.append(image(100 + i, u"تصویر %1"_s.arg(i), {thumbnail(*m_server, path)}));
    }
    m_model->setImages(images);
    QCOMPARE(m_model->rowCount(), 30);
    QCOMPARE(m_model->requestedCount(), 0);

    m_model->loadThumbnails({0, 1, 2});
    QCOMPARE(m_model->requestedCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(isSettled(0) && isSettled(1) && isSettled(2), 10000);
    QCOMPARE(sortedPaths(m_server->requests()),
             (QByteArrayList{"/media/thumbs/0.png", "/media/thumbs/1.png", "/media/thumbs/2.png"}));
    QCOMPARE(stateOf(2), State::Failed);
    for (int row = 3; row < 30; ++row)
        QCOMPARE(stateOf(row), State::NotRequested);

    // The view scrolled by one row: rows 1 and 2 are not fetched again, not
    // even the one that failed.
    m_model->loadThumbnails({1, 2, 3});
    QCOMPARE(m_model->requestedCount(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(isSettled(3), 10000);
    const QList<FakeHttpServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests.last().path, "/media/thumbs/3.png"_ba);

    // Rows that do not exist are no reason for a request.
    m_model->loadThumbnails({-1, 30, 1000});
    QCOMPARE(m_model->requestedCount(), 4);
    QCOMPARE(m_server->requests().size(), 4);
    for (int row = 4; row < 30; ++row)
        QCOMPARE(stateOf(row), State::NotRequested);
}

void TestPortfolioImageModel::textRoles_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("searchKey");

    QTest::newRow("Latin") << qint64(1) << u"Logo Final.PNG"_s << u"logo final.png"_s;
    QTest::newRow("Persian with ZWNJ and Arabic Yeh") << qint64(42) << u"طرح صفحه\u200Cي اصلي"_s
                                                      << u"طرح صفحهی اصلی"_s;
    QTest::newRow("digits and tatweel") << qint64(9007199254740993) << u"كـتاب ۱۲"_s << u"کتاب 12"_s;
    QTest::newRow("empty name") << qint64(5) << QString() << QString();
}

void TestPortfolioImageModel::textRoles()
{
    QFETCH(qint64, id);
    QFETCH(QString, name);
    QFETCH(QString, searchKey);

    m_model->setImages({image(3, u"other"_s, {}), image(id, name, {})});
    const QModelIndex index = m_model->index(1);

    // Shown in its own direction: a first-strong isolate around the name.
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QChar(0x2068) + name + QChar(0x2069));
    QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), name);
    QCOMPARE(index.data(PortfolioImageModel::ImageIdRole).toLongLong(), id);
    QCOMPARE(index.data(PortfolioImageModel::SearchKeyRole).toString(), searchKey);
    // No thumbnails: nothing to fetch, ever.
    QCOMPARE(index.data(PortfolioImageModel::ThumbnailStateRole).value<State>(), State::None);
    QCOMPARE(m_model->imageAt(1).id, id);
    // Nothing is fetched for reading a row's text.
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(m_model->requestedCount(), 0);
}

void TestPortfolioImageModel::statesAndDecorations()
{
    m_server->setResponse("/media/fine.png", png({48, 32}, Qt::darkGreen));
    // "/media/missing.png" gets the default 404.
    m_server->setResponse("/media/hang.png", FakeHttpServer::with(Behaviour::Hang));
    m_model->setImages({
        image(1, u"fine"_s, {thumbnail(*m_server, "/media/fine.png")}),
        image(2, u"missing"_s, {thumbnail(*m_server, "/media/missing.png")}),
        image(3, u"hang"_s, {thumbnail(*m_server, "/media/hang.png")}),
        image(4, u"never asked"_s, {thumbnail(*m_server, "/media/never.png")}),
    });
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    for (int row = 0; row < 4; ++row) {
        QCOMPARE(stateOf(row), State::NotRequested);
        QCOMPARE(m_model->index(row).data(Qt::DecorationRole).value<QImage>(), m_loadingImage);
    }

    m_model->loadThumbnails({0, 1, 2});
    for (int row = 0; row < 3; ++row)
        QCOMPARE(stateOf(row), State::Loading);
    QCOMPARE(m_model->index(0).data(Qt::DecorationRole).value<QImage>(), m_loadingImage);

    QTRY_VERIFY_WITH_TIMEOUT(isSettled(0) && isSettled(1), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 3, 10000);

    // Loaded: the downloaded pixels, on their row and nowhere else.
    QCOMPARE(stateOf(0), State::Loaded);
    const QImage shown = m_model->index(0).data(Qt::DecorationRole).value<QImage>();
    QCOMPARE(shown.size(), QSize(48, 32));
    QCOMPARE(shown.pixelColor(10, 10), QColor(Qt::darkGreen));
    QCOMPARE(shown.devicePixelRatio(), 1.0);
    QCOMPARE(m_model->thumbnailAt(0).size(), QSize(48, 32));
    QCOMPARE(m_model->thumbnailAt(0).pixelColor(0, 0), QColor(Qt::darkGreen));

    // Failed: the failed placeholder, and the reason in the tooltip.
    QCOMPARE(stateOf(1), State::Failed);
    QCOMPARE(m_model->index(1).data(Qt::DecorationRole).value<QImage>(), m_failedImage);
    const QString tooltip = m_model->index(1).data(Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.contains(u"Not Found"_s), qPrintable(tooltip));
    QVERIFY(m_model->thumbnailAt(1).isNull());
    // A row that did not fail says nothing of failing.
    QVERIFY(!m_model->index(0).data(Qt::ToolTipRole).toString().contains(u"Not Found"_s));

    // Still loading, and not asked for: the loading placeholder.
    QCOMPARE(stateOf(2), State::Loading);
    QCOMPARE(m_model->index(2).data(Qt::DecorationRole).value<QImage>(), m_loadingImage);
    QVERIFY(m_model->thumbnailAt(2).isNull());
    QCOMPARE(stateOf(3), State::NotRequested);
    QVERIFY(m_model->thumbnailAt(3).isNull());
    QVERIFY(m_model->thumbnailAt(-1).isNull());
    QVERIFY(m_model->thumbnailAt(99).isNull());

    // Each settled row was announced, with the roles that changed.
    QList<int> rows = changedRows(changed);
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, (QList<int>{0, 1}));
    for (const QList<QVariant> &arguments : changed) {
        const QList<int> roles = arguments.at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::DecorationRole));
        QVERIFY(roles.contains(PortfolioImageModel::ThumbnailStateRole));
        if (arguments.at(0).toModelIndex().row() == 1)
            QVERIFY(roles.contains(Qt::ToolTipRole));
    }
}

void TestPortfolioImageModel::aRowWithoutThumbnailsShowsTheFailedMarkAtOnce()
{
    m_model->setImages({image(1, u"no thumbnails"_s, {}), image(2, u"also none"_s, {})});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    // Before any view asked: a tile is never painted as loading what will
    // never come, so there is nothing to announce later either.
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(stateOf(row), State::None);
        QCOMPARE(m_model->index(row).data(Qt::DecorationRole).value<QImage>(), m_failedImage);
    }
    m_model->loadThumbnails({0});

    QCOMPARE(stateOf(0), State::None);
    QCOMPARE(m_model->index(0).data(Qt::DecorationRole).value<QImage>(), m_failedImage);
    QCOMPARE(m_model->requestedCount(), 0);
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(changed.size(), 0);
}

void TestPortfolioImageModel::choosesTheThumbnailForTheEdge_data()
{
    QTest::addColumn<int>("edge");
    QTest::addColumn<qreal>("devicePixelRatio");
    QTest::addColumn<QByteArray>("expectedPath");
    QTest::addColumn<int>("expectedPixels"); // the decoded edge, after any scaling down

    QTest::newRow("128 at 1x") << 128 << 1.0 << "/t/128.png"_ba << 128;
    QTest::newRow("128 at 2x") << 128 << 2.0 << "/t/256.png"_ba << 256;
    QTest::newRow("64 at 1x") << 64 << 1.0 << "/t/64.png"_ba << 64;
    QTest::newRow("32 at 1x: the smallest") << 32 << 1.0 << "/t/64.png"_ba << 32;
    QTest::newRow("100 at 1.5x") << 100 << 1.5 << "/t/256.png"_ba << 150;
    QTest::newRow("300 at 2x: the largest") << 300 << 2.0 << "/t/512.png"_ba << 512;
}

void TestPortfolioImageModel::choosesTheThumbnailForTheEdge()
{
    QFETCH(int, edge);
    QFETCH(qreal, devicePixelRatio);
    QFETCH(QByteArray, expectedPath);
    QFETCH(int, expectedPixels);

    QList<Thumbnail> thumbnails;
    // Listed out of order, as nothing promises the server sorts them.
    for (int size : {256, 64, 512, 128}) {
        const QByteArray path = "/t/" + QByteArray::number(size) + ".png";
        m_server->setResponse(path, png({size, size}));
        thumbnails.append(thumbnail(*m_server, path, size));
    }
    m_model->setThumbnailEdge(edge, devicePixelRatio);
    m_model->setImages({image(1, u"logo"_s, thumbnails)});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->loadThumbnails({0});
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);

    QCOMPARE(stateOf(0), State::Loaded);
    const QList<FakeHttpServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path, expectedPath);
    const QImage shown = m_model->index(0).data(Qt::DecorationRole).value<QImage>();
    QCOMPARE(shown.size(), QSize(expectedPixels, expectedPixels));
    QCOMPARE(shown.devicePixelRatio(), devicePixelRatio);
    QCOMPARE(m_model->thumbnailAt(0).devicePixelRatio(), devicePixelRatio);
}

void TestPortfolioImageModel::newImagesResetTheRowsAndIgnoreTheOldDownloads()
{
    // The old set: one thumbnail that arrives, one that arrives only after
    // the set was replaced.
    m_server->setResponse("/old/0.png", png({40, 40}, Qt::red));
    m_server->setResponse("/old/late.png", FakeHttpServer::with(Behaviour::Delayed, png({40, 40}, Qt::red), 300));
    m_model->setImages({
        image(1, u"old 0"_s, {thumbnail(*m_server, "/old/0.png")}),
        image(2, u"old late"_s, {thumbnail(*m_server, "/old/late.png")}),
    });
    m_model->loadThumbnails({0});
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(0), State::Loaded, 10000);
    m_model->loadThumbnails({1});
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 2, 10000);

    // The new set: its first row hangs, so that the old late answer (request
    // 0 of its batch, as the new row 0 is of the new batch) would land there
    // if it got through. Its second row is answered well after the late one.
    m_server->setResponse("/new/hang.png", FakeHttpServer::with(Behaviour::Hang));
    m_server->setResponse("/new/slow.png", FakeHttpServer::with(Behaviour::Delayed, png({24, 24}, Qt::blue), 900));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setImages({
        image(10, u"new hang"_s, {thumbnail(*m_server, "/new/hang.png")}),
        image(11, u"new slow"_s, {thumbnail(*m_server, "/new/slow.png")}),
        image(12, u"new never"_s, {thumbnail(*m_server, "/new/never.png")}),
    });
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->requestedCount(), 0);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(stateOf(row), State::NotRequested);
        QVERIFY(m_model->thumbnailAt(row).isNull());
        QCOMPARE(m_model->index(row).data(Qt::DecorationRole).value<QImage>(), m_loadingImage);
    }
    QCOMPARE(m_model->index(0).data(PortfolioImageModel::ImageIdRole).toLongLong(), qint64(10));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->loadThumbnails({0, 1});
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(1), State::Loaded, 10000);

    QCOMPARE(m_model->thumbnailAt(1).pixelColor(0, 0), QColor(Qt::blue));
    QCOMPARE(stateOf(0), State::Loading);
    QVERIFY(m_model->thumbnailAt(0).isNull());
    QCOMPARE(m_model->index(0).data(Qt::DecorationRole).value<QImage>(), m_loadingImage);
    QCOMPARE(stateOf(2), State::NotRequested);
    QCOMPARE(changedRows(changed), QList<int>{1});
    QCOMPARE(sortedPaths(m_server->requests()),
             (QByteArrayList{"/new/hang.png", "/new/slow.png", "/old/0.png", "/old/late.png"}));
}

void TestPortfolioImageModel::rowsRemovedAndMovedWhileTheirPicturesDownload()
{
    // Four pictures of four colours. Images 2 and 4 arrive at once, 1 and 3
    // (most likely) only after the rows changed.
    const QList<QColor> colours = {Qt::red, Qt::green, Qt::blue, Qt::magenta};
    const QList<int> delays = {700, 0, 500, 0};
    QList<Image> images;
    for (int i = 0; i < 4; ++i) {
        const QByteArray path = "/moving/" + QByteArray::number(i + 1) + ".png";
        m_server->setResponse(path, FakeHttpServer::with(Behaviour::Delayed, png({20, 20}, colours.at(i)), delays.at(i)));
        images.append(image(i + 1, u"image %1"_s.arg(i + 1), {thumbnail(*m_server, path)}));
    }
    m_model->setImages(images);
    m_model->loadThumbnails({0, 1, 2, 3});
    for (int row = 0; row < 4; ++row)
        QCOMPARE(stateOf(row), State::Loading);
    QTRY_VERIFY_WITH_TIMEOUT(isSettled(1) && isSettled(3), 10000);

    // Image 2 goes; image 4 moves to the top: 4, 1, 3.
    QVERIFY(m_model->removeRows(1, 1));
    QVERIFY(m_model->moveRows({}, 2, 1, {}, 0));
    QVERIFY(!m_model->moveRows({}, 0, 2, {}, 1)); // onto itself: refused
    QVERIFY(!m_model->removeRows(2, 5));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(isSettled(0) && isSettled(1) && isSettled(2), 10000);

    const QList<qint64> ids = {4, 1, 3};
    const QList<QColor> expected = {Qt::magenta, Qt::red, Qt::blue};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(m_model->index(row).data(PortfolioImageModel::ImageIdRole).toLongLong(), ids.at(row));
        QCOMPARE(stateOf(row), State::Loaded);
        QCOMPARE(m_model->thumbnailAt(row).pixelColor(0, 0), expected.at(row));
        QCOMPARE(m_model->index(row).data(Qt::DecorationRole).value<QImage>().pixelColor(0, 0), expected.at(row));
    }
    // Whatever arrived after the change was announced on the row that shows it now.
    for (const int row : changedRows(changed))
        QVERIFY2(row == 1 || row == 2, qPrintable(QString::number(row)));
    QCOMPARE(m_model->images().size(), 3);
    QCOMPARE(m_model->images().constFirst().id, qint64(4));
    QCOMPARE(sortedPaths(m_server->requests()),
             (QByteArrayList{"/moving/1.png", "/moving/2.png", "/moving/3.png", "/moving/4.png"}));
}

void TestPortfolioImageModel::picturesTheCacheHoldsAreNotFetchedAgain()
{
    m_server->setResponse("/held/fine.png", png({30, 30}, Qt::darkYellow));
    // "/held/missing.png" gets the default 404.
    const QList<Image> images = {
        image(1, u"fine"_s, {thumbnail(*m_server, "/held/fine.png")}),
        image(2, u"missing"_s, {thumbnail(*m_server, "/held/missing.png")}),
    };
    m_model->setImages(images);
    m_model->loadThumbnails({0, 1});
    QTRY_VERIFY_WITH_TIMEOUT(isSettled(0) && isSettled(1), 10000);
    QCOMPARE(stateOf(1), State::Failed);
    QCOMPARE(m_server->requests().size(), 2);

    // The picker opened again: a new model on the same cache shows the
    // picture at once, and fetches neither it nor (before a retry) the failure.
    PortfolioImageModel again(m_cache.get());
    QAbstractItemModelTester tester(&again, QAbstractItemModelTester::FailureReportingMode::QtTest);
    again.setImages(images);
    const auto stateIn = [&again](int row) {
        return again.index(row).data(PortfolioImageModel::ThumbnailStateRole).value<State>();
    };
    QCOMPARE(stateIn(0), State::Loaded);
    QCOMPARE(again.thumbnailAt(0).pixelColor(0, 0), QColor(Qt::darkYellow));
    QCOMPARE(stateIn(1), State::Failed);
    QVERIFY2(again.index(1).data(Qt::ToolTipRole).toString().contains(u"Not Found"_s),
             qPrintable(again.index(1).data(Qt::ToolTipRole).toString()));
    again.loadThumbnails({0, 1});
    QCOMPARE(again.requestedCount(), 2);
    // Neither was started: one is held, the other stays failed.
    QCOMPARE(stateIn(0), State::Loaded);
    QCOMPARE(stateIn(1), State::Failed);
    m_server->setResponse("/held/missing.png", png({30, 30}, Qt::darkBlue));

    // After a retry the failure is fetched again, the held picture is not;
    // both models announce the new picture.
    QSignalSpy changedFirst(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy changedAgain(&again, &QAbstractItemModel::dataChanged);
    m_cache->retryFailed();
    QCOMPARE(stateIn(1), State::NotRequested);
    again.loadThumbnails({0, 1});
    QTRY_COMPARE_WITH_TIMEOUT(stateIn(1), State::Loaded, 10000);
    QCOMPARE(again.thumbnailAt(1).pixelColor(0, 0), QColor(Qt::darkBlue));
    QCOMPARE(stateOf(1), State::Loaded);
    QCOMPARE(sortedPaths(m_server->requests()),
             (QByteArrayList{"/held/fine.png", "/held/missing.png", "/held/missing.png"}));
    QCOMPARE(changedRows(changedFirst), QList<int>{1});
    QCOMPARE(changedRows(changedAgain), QList<int>{1});
}

QTEST_GUILESS_MAIN(TestPortfolioImageModel)
#include "TestPortfolioImageModel.moc"
