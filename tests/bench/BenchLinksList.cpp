#include "BenchClock.h"
#include "BenchWindow.h"
#include "DelayingProxy.h"
#include "EventLoopLateness.h"
#include "EventWatch.h"
#include "FigureTable.h"
#include "FindChild.h"
#include "ProcessMemory.h"
#include "Stats.h"
#include "Waiter.h"
#include "ReferenceServer.h"
#include "UserFolders.h"

#include "LinksView.h"
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/NetworkSetup.h"
#include "links/LinkListModel.h"
#include "media/ThumbnailCache.h"
#include "session/Session.h"
#include "storage/Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QTableView>


#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using BenchClock::msSince;
using BenchClock::nowNs;
using ProcessMemory::heapBytes;
using ProcessMemory::rssBytes;
using ProcessMemory::settleHeap;

// Figures of the links list with a portfolio of 10 000 links on the
// reference backend, printed as one table at the end, never asserted
// against a clock: paging through the model (rows per second, memory per
// row), scrolling the real window through every row (the longest stall of
// the event loop), a search keystroke until its first page is painted and
// the list's first page, each beside the floor of one direct round trip of
// the same request, with and without 100 ms of added latency each way.
// What it does assert is correctness: every link arrives exactly once, in
// the server's order.
//
// About three minutes: it runs only when PORTFOLIO_LINKS_LONG_BENCH=1 is set
// (otherwise it exits with 77, which ctest reports as skipped).
// Only the scrolling, about 40 s (QTest runs the functions named on its
// command line; the reference server still starts with the whole gallery):
//   PORTFOLIO_LINKS_LONG_BENCH=1 xvfb-run -a build/bench/tests/bench/BenchLinksList scrollingTheWindowThroughEveryRow

namespace {

constexpr int galleryLinks = 10000;
constexpr int pagingRuns = 3;
constexpr int interactionRuns = 5;
constexpr int addedLatencyMs = 100;
constexpr int waitMs = 60000;
// The answer limit is 5 MiB and a link is about 1 KiB: the server's own
// list for comparison comes in pieces of this many.
constexpr int referencePiece = 4000;

// Until the first page of the model's current query is in (its count is
// known). The links view then goes on asking for pages on its own: see
// idleWindowKeepsPaging().
bool firstPageIn(LinkListModel *model)
{
    if (model->totalCount() >= 0)
        return true;
    Waiter counted;
    QObject context;
    QObject::connect(model, &LinkListModel::totalCountChanged, &context, [&](qint64 count) {
        if (count >= 0)
            counted.finish();
    });
    return counted.wait(waitMs);
}

// --- memory ------------------------------------------------------------

// What glibc takes for a request of `bytes`: 8 bytes of its own, 16-byte steps, 32 at least.
qint64 chunk(qint64 bytes)
{
    return bytes <= 0 ? 0 : std::max<qint64>(32, (bytes + 8 + 15) / 16 * 16);
}

qint64 heapOf(const QString &text)
{
    return text.capacity() > 0 ? chunk(16 + 2 * (text.capacity() + 1)) : 0; // QArrayData header, UTF-16, terminator
}

qint64 heapOf(const QUrl &url)
{
    if (url.isEmpty())
        return 0;
    // Qt 6's QUrlPrivate: ref and port, seven component strings, an error pointer, two flag bytes.
    const qint64 privateBytes = 2 * sizeof(int) + 7 * sizeof(QString) + sizeof(void *) + 2;
    qint64 bytes = chunk(privateBytes);
    for (const QString &part : {url.scheme(), url.host(), url.path(QUrl::FullyEncoded), url.query(QUrl::FullyEncoded)})
        bytes += heapOf(part);
    return bytes;
}

// sizeof(Link) in the model's list plus the heap blocks its strings, URLs
// and thumbnail list hold (a QDateTime in UTC is kept inline).
qint64 estimatedBytes(const Link &link)
{
    qint64 bytes = sizeof(Link) + heapOf(link.name);
    if (link.url)
        bytes += heapOf(*link.url);
    if (link.description)
        bytes += heapOf(*link.description);
    if (link.image) {
        const Image &image = *link.image;
        bytes += heapOf(image.type) + heapOf(image.name) + heapOf(image.humanReadableSize) + heapOf(image.mode)
            + heapOf(image.file);
        if (image.thumbnails.capacity() > 0)
            bytes += chunk(16 + image.thumbnails.capacity() * qsizetype(sizeof(Thumbnail)));
        for (const Thumbnail &thumbnail : image.thumbnails)
            bytes += heapOf(thumbnail.file);
    }
    return bytes;
}

// The model's QSet<qint64> of ids: Qt 6's QHash keeps the load under one
// half, one offset byte per bucket, 8 bytes per entry, a span per 128 buckets.
qint64 estimatedIdSetBytes(qint64 ids)
{
    qint64 buckets = 128;
    while (buckets < 2 * ids)
        buckets *= 2;
    return buckets + ids * 8 + buckets / 128 * 16;
}

} // namespace

class BenchLinksList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void pagingTheModel_data();
    void pagingTheModel();
    void idleWindowKeepsPaging();
    void scrollingTheWindowThroughEveryRow();
    void searchKeystrokeUntilPainted_data();
    void searchKeystrokeUntilPainted();
    void firstPageOfTheList_data();
    void firstPageOfTheList();

private:
    QUrl urlAt(int latencyMs) const { return latencyMs ? m_proxy->in(m_server.baseUrl()) : m_server.baseUrl(); }
    QString token() const { return m_server.token(u"staff"_s); }
    // Times one direct request of the API, on a client whose connection is
    // already open (as the list's is); the request is sent `runs` times.
    Stats roundTrips(int latencyMs, const LinkListQuery &query, int runs);
    std::optional<LinkPage> fetch(ApiClient &api, const LinkListQuery &query, int offset, double *ms = nullptr);
    // Pages until the model can fetch no more; the time from start() on, in ms, or -1.
    double loadEverything(LinkListModel &model, const std::function<void()> &start);
    QList<qint64> idsOf(const LinkListModel &model) const;
    // The main window, shown, connected, with the portfolio's first page in.
    std::unique_ptr<MainWindow> openWindow(int latencyMs);


    ReferenceServer m_server;
    std::unique_ptr<DelayingProxy> m_proxy;
    qint64 m_portfolio = 0;
    QList<qint64> m_serverIds; // the server's whole list, newest first
    FigureTable m_figures;
};

void BenchLinksList::initTestCase()
{
    keepOutOfUserFolders();
    const qint64 started = nowNs();
    QVERIFY2(m_server.start({u"--gallery"_s, QString::number(galleryLinks)}), qPrintable(m_server.errorString()));
    m_figures.addOne(u"reference server started with --gallery %1"_s.arg(galleryLinks), msSince(started), u"ms"_s, 0);
    m_portfolio = m_server.ready().value(u"portfolios"_s).toArray().first().toInteger();
    QVERIFY(m_portfolio > 0);
    m_proxy = std::make_unique<DelayingProxy>(quint16(m_server.baseUrl().port()), addedLatencyMs);
    QVERIFY(m_proxy->listen());

    // The server's own list, in a few large answers, to compare the paged one with.
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(m_server.baseUrl());
    api.setToken(token());
    LinkListQuery everything;
    everything.pageSize = referencePiece;
    qint64 count = -1;
    double ms = 0;
    const qint64 listed = nowNs();
    for (int offset = 0; count < 0 || offset < count; offset += referencePiece) {
        const std::optional<LinkPage> piece = fetch(api, everything, offset, &ms);
        QVERIFY(piece);
        count = piece->count;
        for (const Link &link : piece->results)
            m_serverIds.append(link.id);
    }
    QVERIFY(count >= galleryLinks);
    QCOMPARE(m_serverIds.size(), count);
    QCOMPARE(QSet<qint64>(m_serverIds.cbegin(), m_serverIds.cend()).size(), count);
    const double seconds = msSince(listed) / 1000;
    m_figures.addOne(u"server's own list in answers of %1 (reference for ids)"_s.arg(referencePiece),
        double(count) / seconds, u"rows/s"_s, 0, u"%1 links, %2 s"_s.arg(count).arg(FigureTable::number(seconds, 1)));
}

std::optional<LinkPage> BenchLinksList::fetch(ApiClient &api, const LinkListQuery &query, int offset, double *ms)
{
    std::optional<LinkPage> page;
    Waiter waiter;
    QObject context;
    const qint64 started = nowNs();
    LinkPageCall *call = api.listLinks(m_portfolio, query, offset);
    call->onSucceeded(&context, [&](const LinkPage &answer) {
        if (ms)
            *ms = msSince(started);
        page = answer;
    });
    connect(call, &ApiCall::failed, &context,
        [](const ApiError &error) { qWarning() << "list failed:" << error.message(); });
    connect(call, &ApiCall::finished, &context, [&] { waiter.finish(); });
    waiter.wait(waitMs);
    return page;
}

Stats BenchLinksList::roundTrips(int latencyMs, const LinkListQuery &query, int runs)
{
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(urlAt(latencyMs));
    api.setToken(token());
    Stats stats;
    double ms = 0;
    fetch(api, query, 0); // opens the connection
    for (int run = 0; run < runs; ++run) {
        if (fetch(api, query, 0, &ms))
            stats.values.append(ms);
    }
    return stats;
}

double BenchLinksList::loadEverything(LinkListModel &model, const std::function<void()> &start)
{
    Waiter waiter;
    QObject context;
    bool failed = false;
    connect(&model, &LinkListModel::loadingChanged, &context, [&](bool loading) {
        if (loading)
            return;
        if (model.canFetchMore())
            model.fetchMore();
        else
            waiter.finish();
    });
    connect(&model, &LinkListModel::failed, &context, [&](const ApiError &error) {
        qWarning() << "paging failed:" << error.message();
        failed = true;
        waiter.finish();
    });
    const qint64 started = nowNs();
    start();
    if (!waiter.wait(waitMs) || failed)
        return -1;
    return msSince(started);
}

QList<qint64> BenchLinksList::idsOf(const LinkListModel &model) const
{
    QList<qint64> ids;
    ids.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.data(model.index(row, LinkListModel::NameColumn), LinkListModel::LinkIdRole).toLongLong());
    return ids;
}

void BenchLinksList::pagingTheModel_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("pages of 50") << 50;
    QTest::newRow("pages of 200") << 200;
}

void BenchLinksList::pagingTheModel()
{
    QFETCH(int, pageSize);
    Session session(NetworkSetup::createManagers(this));
    session.connectTo(m_server.baseUrl(), token(), false, Settings().mediaPath());
    LinkListQuery query;
    query.pageSize = pageSize;
    Stats rowsPerSecond, msPerPage, heapPerRow, rssPerRow;
    double estimatePerRow = 0;
    qint64 heapLeftAfter = 0;
    for (int run = 0; run < pagingRuns; ++run) {
        settleHeap();
        const qint64 heapBefore = heapBytes();
        const qint64 rssBefore = rssBytes();
        auto model = std::make_unique<LinkListModel>(session.api(), session.thumbnails());
        model->setQuery(query);
        // Every insertion is one page at most, at the end.
        int expectedFirst = 0;
        bool appendedInOrder = true;
        connect(model.get(), &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
            appendedInOrder = appendedInOrder && first == expectedFirst && last - first < pageSize;
            expectedFirst = last + 1;
        });
        const double ms = loadEverything(*model, [&] { model->setPortfolio(m_portfolio); });
        QVERIFY2(ms > 0, "the paging did not finish");
        QVERIFY(!model->canFetchMore());

        // Correctness, not timing: every link exactly once, in the server's order.
        const QList<qint64> ids = idsOf(*model);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
        QCOMPARE(ids.size(), m_serverIds.size());
        QCOMPARE(ids, m_serverIds);
        QCOMPARE(model->totalCount(), qint64(ids.size()));
        QVERIFY(appendedInOrder);

        settleHeap();
        const qint64 rows = model->rowCount();
        rowsPerSecond.values.append(double(rows) / (ms / 1000));
        msPerPage.values.append(ms / std::ceil(double(rows) / pageSize));
        heapPerRow.values.append(double(heapBytes() - heapBefore) / double(rows));
        rssPerRow.values.append(double(rssBytes() - rssBefore) / double(rows));
        if (run == 0) {
            qint64 bytes = estimatedIdSetBytes(rows);
            for (int row = 0; row < rows; ++row)
                bytes += estimatedBytes(*model->link(row));
            estimatePerRow = double(bytes) / double(rows);
        }
        model.reset();
        settleHeap();
        heapLeftAfter = heapBytes() - heapBefore;
    }
    const QString label = u"1. paging %1 links, pages of %2: "_s.arg(m_serverIds.size()).arg(pageSize);
    m_figures.add(label + u"rows appended per second"_s, rowsPerSecond, u"rows/s"_s, 0);
    m_figures.add(label + u"time per page (request to rows)"_s, msPerPage, u"ms"_s, 1);
    m_figures.add(label + u"heap held per row (mallinfo2)"_s, heapPerRow, u"B/row"_s, 0,
        u"held after the model is gone (last run): %1 B/row"_s.arg(
            FigureTable::number(double(heapLeftAfter) / double(m_serverIds.size()), 1)));
    m_figures.add(label + u"VmRSS growth per row"_s, rssPerRow, u"B/row"_s, 0, u"malloc_trim before each run"_s);
    m_figures.addOne(label + u"sizeof-based estimate per row"_s, estimatePerRow, u"B/row"_s, 0,
           u"sizeof(Link) %1 + strings, URLs, thumbnail list, id set"_s.arg(sizeof(Link)));
}

// The shown window, opened on the portfolio and left alone (default page
// size, scroll bar at the top): how many rows it has after a few seconds.
// With a QTreeView this was the whole portfolio: its delayed relayout after
// rows are appended calls fetchMore() whenever canFetchMore() is true, so
// each page brought the next. The list is a QTableView since, which asks
// only when its last row comes into view: one page is expected here.
void BenchLinksList::idleWindowKeepsPaging()
{
    MainWindow window(NetworkSetup::createManagers(this));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = findChildOrDie<QTableView>(&window, "linksTree");
    auto *model = qobject_cast<LinkListModel *>(tree->model());
    QVERIFY(model);
    int requests = 0;
    connect(model, &LinkListModel::loadingChanged, this, [&](bool loading) { requests += loading ? 1 : 0; });
    window.setConnection(m_server.baseUrl(), token());
    window.setPortfolio(m_portfolio);
    QVERIFY(firstPageIn(model));
    const int idleMs = 3000;
    Waiter::pause(idleMs);
    QCOMPARE(tree->verticalScrollBar()->value(), 0); // never scrolled
    const int visibleRows = tree->viewport()->height() / std::max(1, tree->rowHeight(0));
    m_figures.addOne(
        u"2. shown window left alone, pages of %1: rows %2 s after the first page"_s.arg(model->query().pageSize)
            .arg(idleMs / 1000),
        model->rowCount(), u"rows"_s, 0,
        u"%1 page requests, none scrolled for; ~%2 rows visible"_s.arg(requests).arg(visibleRows));
    disconnect(model, nullptr, this, nullptr);
}

// 2. Every row loaded into the real window, then its scroll bar stepped
// through the whole range: a page at a time down, three rows (a wheel
// notch) at a time up. A 1 ms timer measures how late the event loop lets
// it fire; each step is timed from setValue() to the end of its paint.
void BenchLinksList::scrollingTheWindowThroughEveryRow()
{
    // Pages of 200 (a setting) to load it sooner: the figure here is the scrolling.
    Settings().setPageSize(200);
    MainWindow window(NetworkSetup::createManagers(this));
    Settings().setPageSize(LinkListQuery().pageSize);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = findChildOrDie<QTableView>(&window, "linksTree");
    auto *model = qobject_cast<LinkListModel *>(tree->model());
    QVERIFY(model);
    const double loadMs = loadEverything(*model, [&] {
        window.setConnection(m_server.baseUrl(), token());
        window.setPortfolio(m_portfolio);
    });
    QVERIFY2(loadMs > 0, "the window's list did not load");
    QCOMPARE(idsOf(*model), m_serverIds);
    m_figures.addOne(u"2. loading every row into the shown window, pages of %1"_s.arg(model->query().pageSize),
        double(model->rowCount()) / (loadMs / 1000), u"rows/s"_s, 0,
        u"%1 s"_s.arg(FigureTable::number(loadMs / 1000, 1)));

    QScrollBar *bar = tree->verticalScrollBar();
    bar->setValue(0);
    Waiter::pause(500);
    QVERIFY(bar->maximum() > 0);
    const int visibleRows = tree->viewport()->height() / std::max(1, tree->rowHeight(0));
    const bool perItem = tree->verticalScrollMode() == QAbstractItemView::ScrollPerItem;
    const int wheelStep = QApplication::wheelScrollLines() * (perItem ? 1 : std::max(1, tree->rowHeight(0)));

    struct Pass
    {
        const char *name;
        int step;
        int end;
    };
    const Pass passes[] = {{"a page at a time, down", bar->pageStep(), bar->maximum()},
                           {"3 rows at a time, up", wheelStep, 0}};
    for (const Pass &pass : passes) {
        Stats stepMs, lateMs;
        Waiter waiter;
        QObject context;
        int value = bar->value();
        bool awaitingPaint = false;
        qint64 stepStarted = 0;
        double slowestMs = 0;
        int slowestAtRow = 0; // where to look when the longest step is an outlier
        const std::function<void()> step = [&] {
            value = pass.end > value ? std::min(pass.end, value + pass.step) : std::max(pass.end, value - pass.step);
            awaitingPaint = true;
            stepStarted = nowNs();
            bar->setValue(value);
        };
        EventWatch paints(tree->viewport(), QEvent::Paint, [&] {
            if (!awaitingPaint)
                return;
            awaitingPaint = false;
            // After the paint and the flush that follow this event.
            QTimer::singleShot(0, &context, [&] {
                stepMs.values.append(msSince(stepStarted));
                if (stepMs.values.last() > slowestMs) {
                    slowestMs = stepMs.values.last();
                    slowestAtRow = value;
                }
                if (value == pass.end)
                    waiter.finish();
                else
                    step();
            });
        });
        EventLoopLateness lateness;
        lateness.start();
        const qint64 started = nowNs();
        QTimer::singleShot(0, &context, step);
        QVERIFY2(waiter.wait(120000), pass.name);
        const double totalMs = msSince(started);
        lateness.stop();
        lateMs.values = lateness.latenessMs();
        const QString label = u"2. scrolling %1 rows, %2 (%3 steps)"_s.arg(model->rowCount())
                                  .arg(QLatin1String(pass.name))
                                  .arg(stepMs.values.size());
        m_figures.add(label + u": time per step"_s, stepMs, u"ms"_s, 2,
            u"p99 %1 ms; %2 s in all; ~%3 rows visible; the longest scrolled to %4"_s
                .arg(FigureTable::number(stepMs.percentile(99), 2), FigureTable::number(totalMs / 1000, 1))
                .arg(visibleRows)
                .arg(slowestAtRow));
        m_figures.addOne(label + u": longest stall (1 ms probe late by)"_s, lateMs.max(), u"ms"_s, 2,
            u"p99 %1 ms, median %2 ms over %3 probes"_s
                .arg(FigureTable::number(lateMs.percentile(99), 2), FigureTable::number(lateMs.median(), 2))
                .arg(lateMs.values.size()));
        m_figures.addOne(label + u": the GUI thread's own CPU time in that stall"_s, lateness.longestCpuMs(), u"ms"_s, 2);
        m_figures.addOne(label + u": its wait for a processor in that stall"_s, lateness.longestRunQueueMs(), u"ms"_s, 2,
            u"the rest of the stall it was blocked in a system call"_s);
    }
}

// 3. One character typed into the search field of the shown window, until
// the first rows of the new query are inserted and the list has painted
// them: LinksView waits searchPauseMs after the keystroke, then asks.
void BenchLinksList::searchKeystrokeUntilPainted_data()
{
    QTest::addColumn<int>("latencyMs");
    QTest::newRow("0 ms added") << 0;
    QTest::newRow("100 ms added each way") << addedLatencyMs;
}

void BenchLinksList::searchKeystrokeUntilPainted()
{
    QFETCH(int, latencyMs);
    Stats untilRows, untilPainted;
    LinkListQuery typedQuery;
    {
        const std::unique_ptr<MainWindow> window = openWindow(latencyMs);
        QVERIFY(window);
        auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
        auto *search = findChildOrDie<QLineEdit>(window.get(), "searchEdit");
        auto *model = qobject_cast<LinkListModel *>(tree->model());
        search->setFocus();
        for (int run = 0; run < interactionRuns; ++run) {
            Waiter::pause(300); // thumbnails and paint of the page before; the view's own paging goes on
            Waiter waiter;
            QObject context;
            bool awaitingPaint = false;
            qint64 typed = 0;
            connect(model, &QAbstractItemModel::rowsInserted, &context, [&](const QModelIndex &, int first) {
                if (first == 0 && model->query().search == u"a"_s && !awaitingPaint && typed) {
                    untilRows.values.append(msSince(typed));
                    awaitingPaint = true;
                }
            });
            EventWatch paints(tree->viewport(), QEvent::Paint, [&] {
                if (!awaitingPaint)
                    return;
                awaitingPaint = false;
                // After the paint and the flush that follow this event.
                QTimer::singleShot(0, &context, [&] {
                    untilPainted.values.append(msSince(typed));
                    waiter.finish();
                });
            });
            typed = nowNs();
            QTest::keyClick(search, 'a');
            QVERIFY2(waiter.wait(waitMs), "the search's first page was not painted");
            QVERIFY(model->rowCount() > 0);
            typedQuery = model->query();
            Waiter::pause(300);
            // Cleared: the whole list again, at once (no pause for an empty field).
            search->clear();
            QVERIFY(model->query().search.isEmpty());
            QVERIFY(firstPageIn(model));
            QVERIFY(model->rowCount() > 0);
        }
    }
    // With the window gone: its paging in the background would share the server.
    const Stats direct = roundTrips(latencyMs, typedQuery, interactionRuns);
    const QString label = u"3. search keystroke, %1 ms added each way: "_s.arg(latencyMs);
    m_figures.add(label + u"until first rows inserted"_s, untilRows, u"ms"_s, 1);
    m_figures.add(label + u"until painted"_s, untilPainted, u"ms"_s, 1);
    m_figures.add(label + u"one direct round trip (ApiClient)"_s, direct, u"ms"_s, 1,
        u"search \"a\", limit %1, offset 0, window closed"_s.arg(typedQuery.pageSize));
    const double floor = LinksView::searchPauseMs + direct.median();
    m_figures.addOne(label + u"floor = pause %1 ms + round trip"_s.arg(LinksView::searchPauseMs), floor, u"ms"_s, 1);
    m_figures.addOne(label + u"painted / floor"_s, untilPainted.median() / floor, u"ratio"_s, 2,
           u"painted - floor = %1 ms"_s.arg(FigureTable::number(untilPainted.median() - floor, 1)));
}

// 4. The list's first page: a fresh model given the portfolio (model
// alone, until the rows are inserted), and the shown window ordered anew by
// a click on the Name header (until the new first page is painted), each
// beside one direct round trip of the same request.
void BenchLinksList::firstPageOfTheList_data()
{
    QTest::addColumn<int>("latencyMs");
    QTest::newRow("0 ms added") << 0;
    QTest::newRow("100 ms added each way") << addedLatencyMs;
}

void BenchLinksList::firstPageOfTheList()
{
    QFETCH(int, latencyMs);
    const QString label = u"4. first page, %1 ms added each way: "_s.arg(latencyMs);

    // The model alone, on a session whose connection is open.
    Session session(NetworkSetup::createManagers(this));
    session.connectTo(urlAt(latencyMs), token(), false, Settings().mediaPath());
    const LinkListQuery defaults;
    {
        Waiter warm;
        QObject context;
        LinkPageCall *call = session.api()->listLinks(m_portfolio, defaults, 0);
        connect(call, &ApiCall::finished, &context, [&] { warm.finish(); });
        QVERIFY(warm.wait(waitMs));
    }
    Stats modelFirstPage;
    for (int run = 0; run < interactionRuns; ++run) {
        LinkListModel model(session.api(), session.thumbnails());
        model.setQuery(defaults);
        Waiter waiter;
        qint64 started = 0;
        connect(&model, &QAbstractItemModel::rowsInserted, &model, [&](const QModelIndex &, int first) {
            if (first == 0) {
                modelFirstPage.values.append(msSince(started));
                waiter.finish();
            }
        });
        started = nowNs();
        model.setPortfolio(m_portfolio);
        QVERIFY2(waiter.wait(waitMs), "no first page");
        QCOMPARE(idsOf(model), m_serverIds.mid(0, defaults.pageSize));
    }
    const Stats modelDirect = roundTrips(latencyMs, defaults, interactionRuns);
    m_figures.add(label + u"model alone, setPortfolio() to rows inserted"_s, modelFirstPage, u"ms"_s, 1);
    m_figures.add(label + u"one direct round trip of it (ApiClient)"_s, modelDirect, u"ms"_s, 1,
        u"newest first, limit %1"_s.arg(defaults.pageSize));

    m_figures.addOne(
        label + u"model alone / round trip"_s, modelFirstPage.median() / modelDirect.median(), u"ratio"_s, 2);

    // The shown window, ordered anew from its header.
    Stats windowFirstPage;
    QList<LinkListQuery> orders;
    {
        const std::unique_ptr<MainWindow> window = openWindow(latencyMs);
        QVERIFY(window);
        auto *tree = findChildOrDie<QTableView>(window.get(), "linksTree");
        auto *model = qobject_cast<LinkListModel *>(tree->model());
        QHeaderView *header = tree->horizontalHeader();
        const QPoint nameHeader(header->sectionViewportPosition(LinkListModel::NameColumn) + 20, header->height() / 2);
        for (int run = 0; run < interactionRuns; ++run) {
            Waiter::pause(300);
            Waiter waiter;
            QObject context;
            bool awaitingPaint = false;
            qint64 clicked = 0;
            const LinkListQuery before = model->query();
            connect(model, &QAbstractItemModel::rowsInserted, &context, [&](const QModelIndex &, int first) {
                if (first == 0 && clicked && !(model->query() == before))
                    awaitingPaint = true;
            });
            EventWatch paints(tree->viewport(), QEvent::Paint, [&] {
                if (!awaitingPaint)
                    return;
                awaitingPaint = false;
                QTimer::singleShot(0, &context, [&] {
                    windowFirstPage.values.append(msSince(clicked));
                    waiter.finish();
                });
            });
            clicked = nowNs();
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
            QVERIFY2(waiter.wait(waitMs), "the new order's first page was not painted");
            QCOMPARE(model->query().order, LinkListQuery::Order::Name);
            if (orders.size() < 2)
                orders.append(model->query());
        }
    }
    QCOMPARE(orders.size(), 2);
    QVERIFY(orders.at(0).descending != orders.at(1).descending); // A to Z, then Z to A
    Stats windowDirect;
    for (const LinkListQuery &order : std::as_const(orders))
        windowDirect.values += roundTrips(latencyMs, order, (interactionRuns + 1) / 2).values;
    m_figures.add(label + u"window, click on Name header to painted"_s, windowFirstPage, u"ms"_s, 1);
    m_figures.add(label + u"one direct round trip of it (ApiClient)"_s, windowDirect, u"ms"_s, 1,
        u"name A to Z and Z to A, limit %1, window closed"_s.arg(orders.at(0).pageSize));
    m_figures.addOne(
        label + u"window painted / round trip"_s, windowFirstPage.median() / windowDirect.median(), u"ratio"_s, 2);
}

std::unique_ptr<MainWindow> BenchLinksList::openWindow(int latencyMs)
{
    std::unique_ptr<MainWindow> window = BenchWindow::open(urlAt(latencyMs), token(), m_portfolio, this);
    if (!window)
        return nullptr;
    auto *model = qobject_cast<LinkListModel *>(findChildOrDie<QTableView>(window.get(), "linksTree")->model());
    if (!model || !firstPageIn(model) || model->rowCount() == 0)
        return nullptr;
    return window;
}

void BenchLinksList::cleanupTestCase()
{
    if (m_figures.isEmpty())
        return;
    m_figures.print(
        m_figures.runHeading(u"BenchLinksList (%1 links on the reference backend)"_s.arg(m_serverIds.size()),
                             u"medians of %1 runs (paging: %2), min and max"_s.arg(interactionRuns).arg(pagingRuns)),
        u"0 ms added: straight to the server. 100 ms added: an in-process TCP proxy holds every chunk 100 ms in\n"
        "each direction (a round trip gains at least 200 ms; connecting is not delayed; bandwidth is not limited).\n"
        "Window figures: the real MainWindow, 1280x800; a step or a page counts as done once its paint has been\n"
        "flushed. \"Left alone\" above says whether the window pages without being scrolled (it must not);\n"
        "the direct round trips are measured with the window closed.\n"_s);
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariable("PORTFOLIO_LINKS_LONG_BENCH") != u"1"_s) {
        std::fputs("BenchLinksList takes about three minutes and runs only on demand:\n"
                   "  PORTFOLIO_LINKS_LONG_BENCH=1 ctest -L bench -R BenchLinksList --verbose\n",
                   stdout);
        return 77; // skipped
    }
    QCoreApplication::setAttribute(Qt::AA_Use96Dpi);
    return BenchWindow::exec(argc, argv, [] { return std::make_unique<BenchLinksList>(); });
}

#include "BenchLinksList.moc"
