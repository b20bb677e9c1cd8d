#include "BenchClock.h"
#include "BenchWindow.h"
#include "DelayingProxy.h"
#include "EventLoopLateness.h"
#include "EventWatch.h"
#include "FigureTable.h"
#include "FindChild.h"
#include "PlainDialog.h"
#include "ProcessMemory.h"
#include "ReferenceServer.h"
#include "ScreenChecks.h"
#include "Stats.h"
#include "UserFolders.h"
#include "Waiter.h"

#include "ImagePickerDialog.h"
#include "MainWindow.h"
#include "media/PortfolioImageModel.h"
#include "media/PortfolioImages.h"
#include "session/Session.h"

#include <QAbstractNetworkCache>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using BenchClock::msSince;
using BenchClock::nowNs;

// The image picker opened from the real window on a portfolio of 200 and of
// 2 000 links (the reference backend's gallery gives each its own image:
// the picker reads every link to find them), 50 ms
// added each way by a proxy in front of the backend: until the first
// screenful of tiles shows its thumbnails, and until every link is read; beside its floor measured in the same run
// (one round trip of the first list page, then the very thumbnails the
// first screen showed, all asked at once, one connection each), the RSS
// it adds and the longest stall of the event loop meanwhile, beside the
// stall of opening a plain dialog of the same size over the same window
// (a new window's platform window, backing store and first frame: the
// floor of opening any dialog there). Figures, never
// asserted against a clock; what is asserted is that every image arrived.
class BenchPickerFirstScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openThePicker_data();
    void openThePicker();
    void cleanupTestCase();

private:
    // The time of one GET through `network`, whose connection is open; -1 on failure.
    static double roundTrip(QNetworkAccessManager &network, const QNetworkRequest &request, QByteArray *body = nullptr);
    // The time until every one of `urls` is in, all asked at once, each on a
    // connection of its own; -1 on failure.
    double allAtOnce(const QList<QUrl> &urls);
    // The thumbnails the server was asked for after its log's entry `from`,
    // the first `count` of them, at `base`'s origin.
    static QList<QUrl> thumbnailsAsked(const ReferenceServer &server, qsizetype from, const QUrl &base, qsizetype count);

    std::map<int, std::unique_ptr<ReferenceServer>> m_servers; // by gallery size (links)
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_floorNetworks; // six connections to a host each
    FigureTable m_figures;
    int m_runs = 5;
};

namespace {
constexpr int waitMs = 60000;
constexpr int addedLatencyMs = 50;
} // namespace

void BenchPickerFirstScreen::initTestCase()
{
    keepOutOfUserFolders();
    if (const int runs = qEnvironmentVariableIntValue("PORTFOLIO_LINKS_BENCH_RUNS"); runs > 0)
        m_runs = runs;
    for (const int links : {200, 2000}) {
        auto server = std::make_unique<ReferenceServer>();
        // Media on the API's host, so that the proxy's latency applies to the thumbnails too.
        // An image of its own per link: a cache holds none of them for another.
        QVERIFY2(server->start({u"--gallery"_s, QString::number(links), u"--gallery-images"_s, QString::number(links)}),
                 qPrintable(server->errorString()));
        m_servers[links] = std::move(server);
    }
}

double BenchPickerFirstScreen::roundTrip(QNetworkAccessManager &network, const QNetworkRequest &request, QByteArray *body)
{
    Waiter waiter;
    QObject context;
    const qint64 started = nowNs();
    QNetworkReply *reply = network.get(request);
    double ms = -1;
    connect(reply, &QNetworkReply::finished, &context, [&] {
        if (reply->error() == QNetworkReply::NoError) {
            ms = msSince(started);
            if (body)
                *body = reply->readAll();
        }
        reply->deleteLater();
        waiter.finish();
    });
    waiter.wait(waitMs);
    return ms;
}

double BenchPickerFirstScreen::allAtOnce(const QList<QUrl> &urls)
{
    constexpr qsizetype connectionsPerHost = 6; // Qt's, per manager
    while (qsizetype(m_floorNetworks.size()) * connectionsPerHost < urls.size())
        m_floorNetworks.push_back(std::make_unique<QNetworkAccessManager>());
    Waiter waiter;
    QObject context;
    qsizetype pending = urls.size();
    bool failed = urls.isEmpty();
    const qint64 started = nowNs();
    for (qsizetype i = 0; i < urls.size(); ++i) {
        QNetworkReply *reply = m_floorNetworks.at(size_t(i / connectionsPerHost))->get(QNetworkRequest(urls.at(i)));
        connect(reply, &QNetworkReply::finished, &context, [&, reply] {
            failed = failed || reply->error() != QNetworkReply::NoError || reply->readAll().isEmpty();
            reply->deleteLater();
            if (--pending == 0)
                waiter.finish();
        });
    }
    if (!urls.isEmpty() && !waiter.wait(waitMs))
        return -1;
    return failed ? -1 : msSince(started);
}

QList<QUrl> BenchPickerFirstScreen::thumbnailsAsked(const ReferenceServer &server, qsizetype from, const QUrl &base,
                                                    qsizetype count)
{
    QList<QUrl> urls;
    for (const QJsonObject &entry : server.requestLog().mid(from)) {
        QUrl url = base;
        url.setPath(entry.value(u"path"_s).toString(), QUrl::DecodedMode);
        if (url.path().startsWith(u"/media/"_s) && !urls.contains(url) && urls.size() < count)
            urls.append(url);
    }
    return urls;
}

void BenchPickerFirstScreen::openThePicker_data()
{
    QTest::addColumn<int>("links");
    QTest::newRow("200 links") << 200;
    QTest::newRow("2 000 links") << 2000;
}

void BenchPickerFirstScreen::openThePicker()
{
    QFETCH(int, links);
    const ReferenceServer &server = *m_servers.at(links);
    const qint64 portfolio = server.ready().value(u"portfolios"_s).toArray().first().toInteger();
    DelayingProxy proxy(quint16(server.baseUrl().port()), addedLatencyMs);
    std::atomic<qint64> listSentNs = 0; // set on the proxy's thread
    proxy.onClientBytes([&listSentNs](const QByteArray &bytes) {
        qint64 unsent = -1; // the picker's list request, not the window's before it
        if (bytes.startsWith("GET /api/portfolios/"))
            listSentNs.compare_exchange_strong(unsent, nowNs());
    });
    QVERIFY(proxy.listen());
    const QUrl base = proxy.in(server.baseUrl());
    const QString token = server.token(u"staff"_s);

    // The floor: the first list page on an open connection, then the first
    // screen's thumbnails (those the app asked for) all at once.
    QNetworkAccessManager network;
    // A screenful of links: the first screen needs no more.
    QNetworkRequest list(base.resolved(
        QUrl(u"/api/portfolios/%1/links/?limit=%2"_s.arg(portfolio).arg(PortfolioImages::firstPageSize))));
    list.setRawHeader("Authorization", "Token " + token.toLatin1());
    QVERIFY(roundTrip(network, list) > 0);

    Stats firstScreen, everyImage, floor, rssMiB, stallMs, stallCpuMs, stallRunQueueMs, clickToList;
    Stats plainDialogStallMs, plainDialogCpuMs, stallOverPlainDialog;
    int imageCount = 0;
    for (int run = -1; run < m_runs; ++run) {
        const double listMs = roundTrip(network, list);
        QVERIFY(listMs > 0);

        const std::unique_ptr<MainWindow> opened = BenchWindow::open(base, token, portfolio, this);
        QVERIFY(opened);
        MainWindow &window = *opened;
        // Nothing from the runs before: every thumbnail is fetched (none is asked before the list's answer).
        window.findChild<Session *>()->mediaNetwork()->cache()->clear();
        // The list's own thumbnails in first: they are not the picker's to fetch.
        auto *list = findChildOrDie<QTableView>(&window, "linksTree");
        QVERIFY(ScreenChecks::waitForPainted([list] { return ScreenChecks::visibleRowsShowTheirThumbnails(*list); },
                                             waitMs));

        ProcessMemory::settleHeap();
        const qint64 rssBefore = ProcessMemory::rssBytes();
        EventLoopLateness lateness;
        lateness.start();
        Waiter shown, listed;
        QObject context;
        qint64 firstScreenNs = 0;
        QListView *grid = nullptr;
        EventWatch paints(qApp, QEvent::Paint, [&] {
            if (!grid) {
                auto *dialog = window.findChild<ImagePickerDialog *>();
                grid = dialog ? dialog->findChild<QListView *>(u"imageList"_s) : nullptr;
            }
            if (!grid || firstScreenNs || !ScreenChecks::visibleTilesLoaded(*grid))
                return;
            QTimer::singleShot(0, &context, [&] {
                if (!firstScreenNs) {
                    firstScreenNs = nowNs();
                    shown.finish();
                }
            });
        });
        listSentNs = -1;
        const qsizetype loggedBeforeClick = server.requestLog().size();
        const qint64 clicked = nowNs();
        QTest::mouseClick(findChildOrDie<QPushButton>(&window, "chooseButton"), Qt::LeftButton);
        QVERIFY2(shown.wait(waitMs), "the picker's first screen was not shown");
        const qsizetype tilesInView = ScreenChecks::visibleTiles(*grid).size();
        auto *reader = window.findChild<ImagePickerDialog *>()->findChild<PortfolioImages *>();
        QVERIFY(reader);
        // A real event loop: QTRY_VERIFY's sleeps between its passes would be
        // timed here, and would show as stalls of the app.
        Waiter read;
        connect(reader, &PortfolioImages::finished, &context, [&read] { read.finish(); });
        if (reader->isLoading())
            QVERIFY2(read.wait(waitMs), "the portfolio's links were not all read");
        const double everyImageMs = msSince(clicked);
        imageCount = grid->model()->rowCount();
        QVERIFY(imageCount > 0);
        lateness.stop();
        const qint64 rssAfter = ProcessMemory::rssBytes();
        auto *picker = window.findChild<ImagePickerDialog *>();
        const QSize pickerSize = picker->size();
        picker->reject();
        const QList<QUrl> firstScreenThumbnails = thumbnailsAsked(server, loggedBeforeClick, base, tilesInView);
        QCOMPARE(firstScreenThumbnails.size(), tilesInView);
        const double thumbnailsMs = allAtOnce(firstScreenThumbnails);
        QVERIFY(thumbnailsMs > 0);
        // After the floor: the X server still copies its first frame a while.
        const PlainDialog::Stall plainDialog = PlainDialog::open(&window, pickerSize);
        QVERIFY2(plainDialog.ms >= 0, "the plain dialog was not painted");
        if (run < 0)
            continue; // one run to warm up
        firstScreen.values.append(double(firstScreenNs - clicked) / 1e6);
        everyImage.values.append(everyImageMs);
        floor.values.append(listMs + thumbnailsMs);
        rssMiB.values.append(double(rssAfter - rssBefore) / (1024.0 * 1024.0));
        stallMs.values.append(lateness.longestMs());
        stallCpuMs.values.append(lateness.longestCpuMs());
        stallRunQueueMs.values.append(lateness.longestRunQueueMs());
        clickToList.values.append(double(listSentNs - clicked) / 1e6);
        plainDialogStallMs.values.append(plainDialog.ms);
        plainDialogCpuMs.values.append(plainDialog.cpuMs);
        if (plainDialog.ms > 0)
            stallOverPlainDialog.values.append(lateness.longestMs() / plainDialog.ms);
    }
    const QString label = u"picker, %1 links with %2 images, 50 ms added each way: "_s.arg(links).arg(imageCount);
    m_figures.add(label + u"click to the first screen of thumbnails painted"_s, firstScreen, u"ms"_s, 1);
    m_figures.add(label + u"floor (list round trip + the first screen's thumbnails at once)"_s, floor, u"ms"_s, 1);
    m_figures.addOne(label + u"first screen / floor"_s, firstScreen.median() / floor.median(), u"ratio"_s, 2,
                     u"target <= 1.15"_s);
    m_figures.add(label + u"click to the list request at the proxy"_s, clickToList, u"ms"_s, 2);
    m_figures.add(label + u"click to every link read (every image listed)"_s, everyImage, u"ms"_s, 1);
    m_figures.add(label + u"RSS growth until then"_s, rssMiB, u"MiB"_s, 1);
    m_figures.add(label + u"longest event-loop stall meanwhile"_s, stallMs, u"ms"_s, 1, u"target <= 16"_s);
    m_figures.add(label + u"the GUI thread's own CPU time in that stall"_s, stallCpuMs, u"ms"_s, 1);
    m_figures.add(label + u"its wait for a processor in that stall"_s, stallRunQueueMs, u"ms"_s, 1,
                  u"the rest of the stall it was blocked in a system call"_s);
    m_figures.add(label + u"anchor: a plain dialog of the picker's size opened, longest stall"_s, plainDialogStallMs,
                  u"ms"_s, 1);
    m_figures.add(label + u"anchor: the GUI thread's own CPU time in that stall"_s, plainDialogCpuMs, u"ms"_s, 1);
    m_figures.add(label + u"longest stall / the anchor's, same run"_s, stallOverPlainDialog, u"ratio"_s, 2);
}

void BenchPickerFirstScreen::cleanupTestCase()
{
    if (m_figures.isEmpty())
        return;
    m_figures.print(m_figures.runHeading(u"BenchPickerFirstScreen"_s,
                                         u"medians of %1 runs after one warm-up, min and max"_s.arg(m_runs)),
                    u"The real MainWindow, 1280x800, on the portfolio, its list shown; the Choose button clicked; the\n"
                    "first screen is done once every tile in view shows its thumbnail and has been painted. Disk\n"
                    "cache emptied before each run. The floor is plain QNetworkAccessManager requests through the same\n"
                    "proxy: the list page on an open connection just before each run, then after it the thumbnails\n"
                    "that run's first screen showed, all asked at once, six to a manager (Qt's connections per host).\n"_s);
}

int main(int argc, char *argv[])
{
    return BenchWindow::exec(argc, argv, [] { return std::make_unique<BenchPickerFirstScreen>(); });
}

#include "BenchPickerFirstScreen.moc"
