#include "BenchClock.h"
#include "BenchWindow.h"
#include "DelayingProxy.h"
#include "EventLoopLateness.h"
#include "EventWatch.h"
#include "FigureTable.h"
#include "FindChild.h"
#include "ReferenceServer.h"
#include "ScreenChecks.h"
#include "Stats.h"
#include "UserFolders.h"
#include "Waiter.h"

#include "LinkEditor.h"
#include "LinkForm.h"
#include "LinkResultView.h"
#include "MainWindow.h"
#include "ThumbnailStrip.h"
#include "ThumbnailTile.h"
#include "api/NetworkSetup.h"
#include "links/LinkCreation.h"
#include "session/Session.h"

#include <QAbstractNetworkCache>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using BenchClock::msSince;
using BenchClock::nowNs;

// Creating a link until all its thumbnails are shown, in the real window,
// beside two clients built here and timed in the same run on the same
// connection path: the floor (the POST, then every thumbnail at once) and
// the documentation's sequential way (the POST, then one thumbnail after
// another). Straight and with 50 ms added each way (100 ms per round trip)
// by a proxy in front of the reference backend, which also tells when the
// POST's first byte arrives (click to the wire). Then the disk cache after
// a restart: the list's first screen in a new window, counting the
// thumbnail requests it makes and timing it until painted. Figures, never asserted
// against a clock; what is asserted is that every link was created and
// every thumbnail shown.
class BenchCreateLink : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createUntilThumbnailsShown_data();
    void createUntilThumbnailsShown();
    void warmCacheAfterRestart();
    void cleanupTestCase();

private:
    // POST a link with the image; then its thumbnails at once or in turn.
    // The time until the last thumbnail's bytes are in, or -1.
    double createByHand(QNetworkAccessManager &network, const QUrl &base, bool sequential);
    // Asked on every paint of every widget while the app works: it looks in
    // the result's strip only (the whole window's children cost the GUI
    // thread about 5 M instructions a link, counted as the app's).
    static bool allTilesShown(const ThumbnailStrip &strip);
    // Until every tile holds its image, and those in view are painted with it.
    static bool waitForAllTilesShown(const ThumbnailStrip &strip);
    QString nextName() { return u"Bench link %1"_s.arg(++m_created); }

    ReferenceServer m_server;
    FigureTable m_figures;
    qint64 m_portfolio = 0;
    qint64 m_imageId = 0;
    int m_thumbnails = 0;
    int m_created = 0;
    int m_runs = 7;
};

namespace {
constexpr int waitMs = 30000;
constexpr int addedLatencyMs = 50;
} // namespace

void BenchCreateLink::initTestCase()
{
    keepOutOfUserFolders();
    if (const int runs = qEnvironmentVariableIntValue("PORTFOLIO_LINKS_BENCH_RUNS"); runs > 0)
        m_runs = runs;
    // Media on the API's host, so that the proxy's latency applies to the thumbnails too.
    QVERIFY2(m_server.start({u"--gallery"_s, u"30"_s}), qPrintable(m_server.errorString()));
    m_portfolio = m_server.ready().value(u"portfolios"_s).toArray().first().toInteger();
    m_imageId = m_server.ready().value(u"images"_s).toArray().first().toInteger();
    QVERIFY(m_portfolio > 0 && m_imageId > 0);
}

double BenchCreateLink::createByHand(QNetworkAccessManager &network, const QUrl &base, bool sequential)
{
    const QByteArray authorization = "Token " + m_server.token(u"staff"_s).toLatin1();
    QNetworkRequest post(base.resolved(QUrl(u"/api/portfolios/%1/links/"_s.arg(m_portfolio))));
    post.setRawHeader("Authorization", authorization);
    post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QByteArray body = QJsonDocument(QJsonObject{{u"name"_s, nextName()}, {u"image"_s, m_imageId}}).toJson();

    Waiter waiter;
    QObject context;
    int pending = 0;
    QList<QUrl> files;
    bool failed = false;
    std::function<void()> getNext;
    const auto fetched = [&](QNetworkReply *reply) {
        failed = failed || reply->error() != QNetworkReply::NoError || reply->readAll().isEmpty();
        reply->deleteLater();
        if (--pending == 0 && files.isEmpty())
            waiter.finish();
        else if (sequential)
            getNext();
    };
    getNext = [&] {
        if (files.isEmpty())
            return;
        ++pending;
        QNetworkReply *reply = network.get(QNetworkRequest(files.takeFirst()));
        connect(reply, &QNetworkReply::finished, &context, [&fetched, reply] { fetched(reply); });
    };
    const qint64 started = nowNs();
    QNetworkReply *created = network.post(post, body);
    connect(created, &QNetworkReply::finished, &context, [&, created] {
        created->deleteLater();
        if (created->error() != QNetworkReply::NoError)
            qWarning() << "create failed:" << created->errorString() << created->readAll().left(300);
        const QJsonObject link = QJsonDocument::fromJson(created->readAll()).object();
        for (const QJsonValue &thumbnail : link.value(u"image_data"_s).toObject().value(u"thumbnails"_s).toArray())
            files.append(QUrl(thumbnail.toObject().value(u"f"_s).toString()));
        m_thumbnails = int(files.size());
        if (files.isEmpty()) {
            failed = true;
            waiter.finish();
            return;
        }
        if (sequential) {
            getNext();
        } else {
            while (!files.isEmpty())
                getNext();
        }
    });
    if (!waiter.wait(waitMs) || failed)
        return -1;
    return msSince(started);
}

bool BenchCreateLink::allTilesShown(const ThumbnailStrip &strip)
{
    const QList<ThumbnailTile *> tiles = strip.findChildren<ThumbnailTile *>();
    return !tiles.isEmpty() && std::all_of(tiles.cbegin(), tiles.cend(), [](const ThumbnailTile *tile) {
        return tile->isVisible() && tile->state() == ThumbnailTile::State::Loaded;
    });
}

bool BenchCreateLink::waitForAllTilesShown(const ThumbnailStrip &strip)
{
    Waiter waiter;
    QObject context;
    const auto check = [&](bool painting) {
        if (!allTilesShown(strip))
            return;
        // The strip may be scrolled out of the result's view, and a tile out
        // of view is never painted: waiting for its paint would time the
        // next paint of anything else (a cursor blink, 500 ms later).
        const QList<ThumbnailTile *> tiles = strip.findChildren<ThumbnailTile *>();
        const bool anyInView = std::any_of(tiles.cbegin(), tiles.cend(),
                                           [](const ThumbnailTile *tile) { return !tile->visibleRegion().isEmpty(); });
        if (painting || !anyInView)
            QTimer::singleShot(0, &context, [&] { waiter.finish(); }); // once this paint is done
    };
    EventWatch paints(qApp, QEvent::Paint, [&] { check(true); });
    QTimer poll; // for the tiles out of view, whose images arrive without a paint
    connect(&poll, &QTimer::timeout, &context, [&] { check(false); });
    poll.start(1);
    return waiter.wait(waitMs);
}

void BenchCreateLink::createUntilThumbnailsShown_data()
{
    QTest::addColumn<int>("latencyMs");
    QTest::newRow("0 ms added") << 0;
    QTest::newRow("50 ms added each way") << addedLatencyMs;
}

void BenchCreateLink::createUntilThumbnailsShown()
{
    QFETCH(int, latencyMs);
    DelayingProxy proxy(quint16(m_server.baseUrl().port()), latencyMs);
    std::atomic<qint64> postArrivedNs = 0; // set on the proxy's thread
    proxy.onClientBytes([&postArrivedNs](const QByteArray &bytes) {
        qint64 none = 0; // the app's, not the clients' after it
        if (bytes.startsWith("POST "))
            postArrivedNs.compare_exchange_strong(none, nowNs());
    });
    QVERIFY(proxy.listen());
    const QUrl base = proxy.in(m_server.baseUrl());

    const std::unique_ptr<MainWindow> opened = BenchWindow::open(base, m_server.token(u"staff"_s), m_portfolio, this);
    QVERIFY(opened);
    MainWindow &window = *opened;
    auto *editor = findChildOrDie<LinkEditor>(&window, "linkEditor");
    auto *create = findChildOrDie<QPushButton>(&window, "createButton");
    auto *name = findChildOrDie<QLineEdit>(&window, "nameEdit");
    const ThumbnailStrip *strip = editor->resultView()->thumbnailStrip();

    // Warm connections for all three, as a user's window has after its first link.
    QNetworkAccessManager network;
    QVERIFY(createByHand(network, base, false) > 0);

    Stats app, clickToWire, press, floor, sequential, guiCpu;
    auto *session = window.findChild<Session *>();
    QVERIFY(session && session->mediaNetwork()->cache());
    for (int run = -1; run < m_runs; ++run) {
        // The thumbnails as new as the clients' are: nothing from the runs before.
        session->mediaNetwork()->cache()->clear();
        editor->startNew();
        name->setText(nextName());
        editor->form()->setImageChoice({m_imageId, {}, {}});
        QTRY_VERIFY(create->isEnabled());
        // A person types for longer than the round trip the editor makes
        // meanwhile (the newest id, for the check after a lost answer); a
        // click while it is on its way would time its cancellation too.
        const auto *creation = editor->findChild<LinkCreation *>();
        QVERIFY(creation);
        QTRY_VERIFY(!creation->isPreparing());
        postArrivedNs = 0;
        // A person's click is a press and, a tenth of a second later, a
        // release: the button paints itself pressed in between, and only the
        // release asks for the link. So the press and what it leaves to do go
        // first, and the time runs from the release.
        const qint64 pressed = nowNs();
        QTest::mousePress(create, Qt::LeftButton);
        QCoreApplication::processEvents();
        const double pressMs = msSince(pressed);
        const qint64 clicked = nowNs();
        const qint64 cpuAtClick = EventLoopLateness::threadCpuNs();
        QTest::mouseRelease(create, Qt::LeftButton);
        QVERIFY2(waitForAllTilesShown(*strip), "the created link's thumbnails were not all shown");
        const double shownMs = msSince(clicked);
        const double guiCpuMs = double(EventLoopLateness::threadCpuNs() - cpuAtClick) / 1e6;
        const double floorMs = createByHand(network, base, false);
        const double sequentialMs = createByHand(network, base, true);
        QVERIFY(floorMs > 0 && sequentialMs > 0 && postArrivedNs > clicked);
        if (run < 0)
            continue; // one run to warm up
        app.values.append(shownMs);
        clickToWire.values.append(double(postArrivedNs - clicked) / 1e6);
        press.values.append(pressMs);
        floor.values.append(floorMs);
        sequential.values.append(sequentialMs);
        if (cpuAtClick >= 0)
            guiCpu.values.append(guiCpuMs);
    }

    const QString label = u"create, %1 thumbnails, %2 ms added each way: "_s.arg(m_thumbnails).arg(latencyMs);
    m_figures.add(label + u"app, click (release) to all thumbnails shown"_s, app, u"ms"_s, 1);
    m_figures.add(label + u"floor (POST, then all at once)"_s, floor, u"ms"_s, 1);
    m_figures.add(label + u"sequential client (POST, then one by one)"_s, sequential, u"ms"_s, 1);
    m_figures.add(label + u"click (release) to the POST's first byte at the proxy"_s, clickToWire, u"ms"_s, 2,
                  u"target < 2"_s);
    m_figures.add(label + u"the press before it, until its events are handled"_s, press, u"ms"_s, 2);
    m_figures.add(label + u"the GUI thread's own CPU time from the click until all were shown"_s, guiCpu, u"ms"_s, 1,
                  u"the rest it waited: for the server, a processor or the display"_s);
    m_figures.addOne(label + u"app / floor"_s, app.median() / floor.median(), u"ratio"_s, 2, u"target <= 1.05"_s);
    m_figures.addOne(label + u"sequential / floor"_s, sequential.median() / floor.median(), u"ratio"_s, 2);
}

void BenchCreateLink::warmCacheAfterRestart()
{
    Stats untilPainted, requests;
    for (int run = -1; run < m_runs; ++run) {
        // A new window with new network managers, as after a restart; the
        // first (run -1) starts with an empty disk cache and fills it.
        MainWindow window(NetworkSetup::createManagers(this));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = findChildOrDie<QTableView>(&window, "linksTree");
        if (run < 0)
            window.findChild<Session *>()->mediaNetwork()->cache()->clear();
        const qsizetype logged = m_server.requestCount();
        const qint64 started = nowNs();
        window.setConnection(m_server.baseUrl(), m_server.token(u"staff"_s));
        window.setPortfolio(m_portfolio);
        QVERIFY2(ScreenChecks::waitForPainted([list] { return ScreenChecks::visibleRowsShowTheirThumbnails(*list); }, waitMs),
                 "the list's thumbnails were not all shown");
        const double ms = msSince(started);
        const double media = double(m_server.requestCount({.path = u"/media/*"_s, .since = logged}));
        if (run < 0) {
            m_figures.addOne(u"first start, the list's first screen: until its thumbnails are painted"_s, ms, u"ms"_s, 1);
            m_figures.addOne(u"first start, the list's first screen: thumbnail requests"_s, media, u"count"_s, 0);
            continue;
        }
        untilPainted.values.append(ms);
        requests.values.append(media);
    }
    m_figures.add(u"restart, the list's first screen: until its thumbnails are painted"_s, untilPainted, u"ms"_s, 1);
    m_figures.add(u"restart, the list's first screen: thumbnail requests"_s, requests, u"count"_s, 0,
                  u"target 0 (disk cache)"_s);
}

void BenchCreateLink::cleanupTestCase()
{
    if (m_figures.isEmpty())
        return;
    m_figures.print(m_figures.runHeading(u"BenchCreateLink"_s,
                                         u"medians of %1 runs after one warm-up, min and max"_s.arg(m_runs)),
                    u"All three on warm connections through the same proxy (0 or 50 ms held each way); the floor and the\n"
                    "sequential client are plain QNetworkAccessManager code built here. The app: the real MainWindow,\n"
                    "the Create button clicked, timed from the mouse's release (the press, and the button painting itself\n"
                    "pressed, come before it as a person's do), done once every thumbnail tile shows its image and those\n"
                    "in view have been painted (the strip may be scrolled out of view: a tile out of view is never painted).\n"_s);
}

int main(int argc, char *argv[])
{
    return BenchWindow::exec(argc, argv, [] { return std::make_unique<BenchCreateLink>(); });
}

#include "BenchCreateLink.moc"
