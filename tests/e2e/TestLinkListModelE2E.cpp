#include "ReferenceServer.h"
#include "UserFolders.h"

#include "api/ApiClient.h"
#include "api/NetworkSetup.h"
#include "links/LinkListModel.h"
#include "media/ThumbnailCache.h"
#include "text/PersianText.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <limits>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Presence = LinkListQuery::Presence;
using Order = LinkListQuery::Order;

Q_DECLARE_METATYPE(LinkListQuery)
Q_DECLARE_METATYPE(Qt::SortOrder)

namespace {

constexpr int waitMs = 30000;
// More than the gallery and everything created here: the server's own list in one answer.
constexpr int everything = 5000;

// A model as a view has it, checked by QAbstractItemModelTester through
// every change (the tester also calls fetchMore() as a view would).
struct WatchedModel
{
    WatchedModel(ApiClient *api, QNetworkAccessManager *media, const LinkListQuery &query)
        : thumbnails(media)
        , model(api, &thumbnails)
    {
        model.setQuery(query);
        tester = std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    ThumbnailCache thumbnails;
    LinkListModel model;
    std::unique_ptr<QAbstractItemModelTester> tester; // destroyed first
};

QList<qint64> idsOf(const LinkListModel &model, int count = -1)
{
    QList<qint64> ids;
    const int rows = count < 0 ? model.rowCount() : std::min(count, model.rowCount());
    for (int row = 0; row < rows; ++row)
        ids.append(model.data(model.index(row, LinkListModel::NameColumn), LinkListModel::LinkIdRole).toLongLong());
    return ids;
}

QList<qint64> idsOf(const QList<Link> &links)
{
    QList<qint64> ids;
    for (const Link &link : links)
        ids.append(link.id);
    return ids;
}

// Asks for the next page whenever the model can fetch more, as a view
// scrolled to the end does, and waits for each page to arrive, until the
// list is complete or holds at least `rows` rows.
bool loadAll(LinkListModel &model, int rows = std::numeric_limits<int>::max())
{
    QSignalSpy loading(&model, &LinkListModel::loadingChanged);
    for (int round = 0; round < 200; ++round) {
        if (model.totalCount() >= 0 && model.rowCount() >= rows)
            return true;
        if (model.canFetchMore())
            model.fetchMore();
        else if (model.isLoading())
            loading.wait(waitMs);
        else
            return model.totalCount() >= 0;
    }
    return false;
}

// The first page has arrived: the count is known and as many rows as it holds are there.
bool firstPageArrived(const LinkListModel &model)
{
    const qint64 total = model.totalCount();
    return total >= 0 && model.rowCount() >= std::min<qint64>(total, model.query().pageSize);
}

template<typename T>
std::optional<T> await(JsonCall<T> *call, QString *error = nullptr)
{
    std::optional<T> value;
    QObject context;
    call->onSucceeded(&context, [&value](const T &answer) { value = answer; });
    QObject::connect(call, &ApiCall::failed, &context, [error](const ApiError &failure) {
        if (error)
            *error = failure.message() + u' ' + failure.details();
    });
    QSignalSpy finished(call, &ApiCall::finished);
    finished.wait(waitMs);
    return value;
}

LinkListQuery query(Order order, bool descending, int pageSize = 50)
{
    LinkListQuery query;
    query.order = order;
    query.descending = descending;
    query.pageSize = pageSize;
    return query;
}

LinkListQuery searchFor(const QString &text)
{
    LinkListQuery query;
    query.search = text;
    return query;
}

} // namespace

// The links list against the real backend with a gallery of 2000 links: the
// model pages, searches, filters and orders exactly as the server does, and
// changes rows in place as the app changes the server.
class TestLinkListModelE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void pagesThroughEveryLinkExactlyOnce();
    void persianSearchTypedWithArabicLetters_data();
    void persianSearchTypedWithArabicLetters();
    void firstPageIsTheServers_data();
    void firstPageIsTheServers();
    void sortAsksTheServer_data();
    void sortAsksTheServer();
    void thumbnailsComeThroughTheCache();
    void aThumbnailTellsOnlyTheRowsThatAskedForIt_data();
    void aThumbnailTellsOnlyTheRowsThatAskedForIt();

    // These change the server: after the read-only ones.
    void updateLinkChangesTheRowInPlace();
    void insertCreatedOnlyWhereTheServerPutsIt_data();
    void insertCreatedOnlyWhereTheServerPutsIt();
    void takenLinksComeBackWhereTheyWere();
    void refreshKeepsTheRowsAndShowsServerChanges();

private:
    LinkPage serverPage(const LinkListQuery &query, int offset = 0);
    std::unique_ptr<WatchedModel> watched(const LinkListQuery &query);
    Link create(const QString &name);

    ReferenceServer m_server;
    NetworkSetup::Managers m_network;
    std::unique_ptr<ApiClient> m_api;
    qint64 m_portfolio = 0;
};

void TestLinkListModelE2E::initTestCase()
{
    keepOutOfUserFolders();
    QVERIFY2(m_server.start({u"--gallery"_s, u"2000"_s}), qPrintable(m_server.errorString()));
    m_network = NetworkSetup::createManagers(this);
    m_api = std::make_unique<ApiClient>(m_network.api);
    m_api->setBaseUrl(m_server.baseUrl());
    m_api->setToken(m_server.token(u"staff"_s));
    // The gallery is in the first portfolio.
    m_portfolio = m_server.ready().value(u"portfolios"_s).toArray().first().toInteger();
    QVERIFY(m_portfolio > 0);
}

LinkPage TestLinkListModelE2E::serverPage(const LinkListQuery &query, int offset)
{
    QString error;
    const std::optional<LinkPage> page = await(m_api->listLinks(m_portfolio, query, offset), &error);
    if (!page)
        qWarning() << "the server's list failed:" << error;
    return page.value_or(LinkPage{-1, {}, false});
}

std::unique_ptr<WatchedModel> TestLinkListModelE2E::watched(const LinkListQuery &query)
{
    auto watched = std::make_unique<WatchedModel>(m_api.get(), m_network.media, query);
    watched->model.setPortfolio(m_portfolio);
    return watched;
}

Link TestLinkListModelE2E::create(const QString &name)
{
    LinkDraft draft;
    draft.portfolioId = m_portfolio;
    draft.name = name;
    QString error;
    const std::optional<Link> created = await(m_api->createLink(draft), &error);
    if (!created)
        qWarning() << "create failed:" << error;
    return created.value_or(Link());
}

void TestLinkListModelE2E::pagesThroughEveryLinkExactlyOnce()
{
    LinkListQuery pagesOf50;
    pagesOf50.pageSize = 50;
    WatchedModel watched(m_api.get(), m_network.media, pagesOf50);
    LinkListModel &model = watched.model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy failed(&model, &LinkListModel::failed);
    // loadingChanged() always tells the state isLoading() reports.
    QList<bool> wrongLoadingSignals;
    connect(&model, &LinkListModel::loadingChanged, this, [&](bool loading) {
        if (loading != model.isLoading())
            wrongLoadingSignals.append(loading);
    });
    QCOMPARE(model.totalCount(), -1);
    QVERIFY(!model.canFetchMore());

    model.setPortfolio(m_portfolio);
    QVERIFY(loadAll(model));

    const LinkPage server = serverPage(query(Order::Created, true, everything));
    QVERIFY(server.count > 2000);
    QCOMPARE(server.results.size(), server.count);
    const QList<qint64> ids = idsOf(model);
    QCOMPARE(ids, idsOf(server.results)); // every link, once, in the server's order
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
    QCOMPARE(model.totalCount(), server.count);
    QCOMPARE(model.rowCount(), server.count);
    QVERIFY(!model.canFetchMore());
    QVERIFY(!model.isLoading());
    QCOMPARE(failed.count(), 0);
    QVERIFY(wrongLoadingSignals.isEmpty());
    QCOMPARE(reset.count(), 1); // the start; every page after it only adds rows
    // Page by page, never all at once: each insertion is at most a page, at the end.
    QVERIFY(inserted.count() >= int((server.count + 49) / 50));
    int expectedFirst = 0;
    for (const QList<QVariant> &signal : std::as_const(inserted)) {
        QCOMPARE(signal.at(1).toInt(), expectedFirst);
        QVERIFY(signal.at(2).toInt() - signal.at(1).toInt() < 50);
        expectedFirst = signal.at(2).toInt() + 1;
    }
    // The requests asked for consecutive pages of 50.
    QList<int> offsets;
    for (const QJsonObject &entry : m_server.requests({.path = u"*/links/"_s})) {
        const QUrlQuery sent(entry.value(u"query"_s).toString());
        if (sent.queryItemValue(u"limit"_s) == u"50"_s)
            offsets.append(sent.queryItemValue(u"offset"_s).toInt());
    }
    QCOMPARE(offsets.size(), int((server.count + 49) / 50));
    for (int page = 0; page < offsets.size(); ++page)
        QCOMPARE(offsets.at(page), page * 50);
    // The row's data is the server's link.
    const Link &newest = server.results.first();
    QVERIFY(model.data(model.index(0, LinkListModel::NameColumn)).toString().contains(newest.name));
    QCOMPARE(model.link(0)->updatedAt, newest.updatedAt);
    QVERIFY(model.data(model.index(0, LinkListModel::NameColumn), LinkListModel::AccessibleRowRole)
                .toString()
                .startsWith(newest.name));
}

void TestLinkListModelE2E::persianSearchTypedWithArabicLetters_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("persian"); // as the server stores the names

    QTest::newRow("Yeh and Kaf") << u"پروفايل كاربر"_s << u"پروفایل کاربر"_s;
    QTest::newRow("Yeh") << u"سبد خريد"_s << u"سبد خرید"_s;
    QTest::newRow("Yeh twice") << u"داشبورد مديريت"_s << u"داشبورد مدیریت"_s;
    QTest::newRow("Persian digits") << u"۱۲"_s << u"12"_s;
}

void TestLinkListModelE2E::persianSearchTypedWithArabicLetters()
{
    QFETCH(QString, typed);
    QFETCH(QString, persian);

    const auto watched = this->watched(searchFor(typed));
    QVERIFY(loadAll(watched->model));

    LinkListQuery asStored = searchFor(persian);
    asStored.normaliseLetters = false;
    asStored.pageSize = everything;
    const LinkPage server = serverPage(asStored);
    QVERIFY(server.count > 50); // more than a page
    QCOMPARE(idsOf(watched->model), idsOf(server.results));
    QCOMPARE(watched->model.totalCount(), server.count);
    for (int row = 0; row < watched->model.rowCount(); ++row) {
        const Link link = *watched->model.link(row);
        QVERIFY2(link.name.contains(persian) || link.url.value_or(QString()).contains(persian)
                     || QString::number(link.id) == persian,
                 qPrintable(link.name));
    }
    // Sent as typed, the search would have found nothing: the letters made the difference.
    LinkListQuery asTyped = asStored;
    asTyped.search = typed;
    if (PersianText::toAsciiDigits(typed) != persian)
        QCOMPARE(serverPage(asTyped).count, 0);
}

void TestLinkListModelE2E::firstPageIsTheServers_data()
{
    QTest::addColumn<LinkListQuery>("query");

    const std::pair<const char *, Presence LinkListQuery::*> filters[] = {
        {"image", &LinkListQuery::image}, {"url", &LinkListQuery::url}, {"description", &LinkListQuery::description}};
    for (const auto &[name, field] : filters) {
        for (const Presence presence : {Presence::With, Presence::Without}) {
            LinkListQuery filtered;
            filtered.*field = presence;
            QTest::addRow("%s %s", presence == Presence::With ? "with" : "without", name) << filtered;
        }
    }
    const std::pair<const char *, Order> orders[] = {
        {"id", Order::Id}, {"name", Order::Name}, {"created", Order::Created}, {"updated", Order::Updated}};
    for (const auto &[name, order] : orders) {
        QTest::addRow("%s ascending", name) << query(order, false);
        QTest::addRow("%s descending", name) << query(order, true);
    }
    LinkListQuery combined = query(Order::Name, false, 20);
    combined.search = u"theme"_s;
    combined.url = Presence::With;
    QTest::newRow("search, filter and order") << combined;
    LinkListQuery noImage = query(Order::Name, true);
    noImage.image = Presence::Without;
    noImage.description = Presence::With;
    QTest::newRow("the seeded links without an image") << noImage;
}

void TestLinkListModelE2E::firstPageIsTheServers()
{
    QFETCH(LinkListQuery, query);

    const auto watched = this->watched(query);
    QTRY_VERIFY_WITH_TIMEOUT(firstPageArrived(watched->model), waitMs);

    const LinkPage server = serverPage(query);
    QVERIFY(server.count > 0);
    QCOMPARE(idsOf(watched->model, query.pageSize), idsOf(server.results));
    QCOMPARE(watched->model.totalCount(), server.count);
    QCOMPARE(watched->model.query(), query);
    // What the server sent is kept as fields only: its whole object per row
    // would nearly double the list's memory.
    QVERIFY(!server.results.first().json.isEmpty());
    QVERIFY(watched->model.link(0)->json.isEmpty());
}

void TestLinkListModelE2E::sortAsksTheServer_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("ordering"); // empty: the order is kept

    QTest::newRow("name ascending") << int(LinkListModel::NameColumn) << Qt::AscendingOrder << u"name,id"_s;
    QTest::newRow("name descending") << int(LinkListModel::NameColumn) << Qt::DescendingOrder << u"-name,-id"_s;
    QTest::newRow("updated ascending") << int(LinkListModel::UpdatedColumn) << Qt::AscendingOrder
                                       << u"updated_at,id"_s;
    QTest::newRow("updated descending") << int(LinkListModel::UpdatedColumn) << Qt::DescendingOrder
                                        << u"-updated_at,-id"_s;
    QTest::newRow("URL: the server does not order by it") << int(LinkListModel::UrlColumn) << Qt::AscendingOrder
                                                          << QString();
}

void TestLinkListModelE2E::sortAsksTheServer()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, ordering);

    // Oldest first, so that every sort above is a change.
    const LinkListQuery before = query(Order::Created, false);
    const auto watched = this->watched(before);
    LinkListModel &model = watched->model;
    // More than a page: there is a next page to ask for when the order changes.
    QVERIFY(loadAll(model, before.pageSize + 1));
    const QList<qint64> unsorted = idsOf(model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.sort(column, order);

    if (ordering.isEmpty()) {
        QCOMPARE(model.query(), before);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(idsOf(model, unsorted.size()), unsorted);
        return;
    }
    QCOMPARE(model.query().ordering(), ordering);
    QCOMPARE(reset.count(), 1);
    QVERIFY(loadAll(model, 2 * before.pageSize));
    const LinkPage firstTwo = serverPage(query(model.query().order, model.query().descending, 2 * before.pageSize));
    QCOMPARE(idsOf(model, 2 * before.pageSize), idsOf(firstTwo.results));
    QCOMPARE(model.totalCount(), firstTwo.count);
}

void TestLinkListModelE2E::thumbnailsComeThroughTheCache()
{
    const auto watched = this->watched(LinkListQuery());
    LinkListModel &model = watched->model;
    QTRY_VERIFY_WITH_TIMEOUT(firstPageArrived(model), waitMs);
    const int edge = 64;
    model.setThumbnailEdge(edge);
    const int rows = 10;
    QList<qint64> thumbnailIds;
    for (int row = 0; row < rows; ++row) {
        const std::optional<Link> link = model.link(row);
        QVERIFY(link && link->image);
        thumbnailIds.append(link->image->thumbnailFor(edge)->id);
        QVERIFY(model.data(model.index(row, LinkListModel::NameColumn), Qt::DecorationRole).isNull());
    }
    const QSet<qint64> distinct(thumbnailIds.cbegin(), thumbnailIds.cend());
    const auto mediaRequests = [this] { return int(m_server.requestCount({.path = u"/media/*"_s})); };
    const int mediaBefore = mediaRequests();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.loadThumbnails(0, rows - 1);

    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model.index(row, LinkListModel::NameColumn);
        QTRY_VERIFY_WITH_TIMEOUT(!model.data(index, Qt::DecorationRole).value<QImage>().isNull(), waitMs);
        const QImage image = model.data(index, Qt::DecorationRole).value<QImage>();
        QVERIFY(image.width() <= edge && image.height() <= edge);
        QCOMPARE(watched->thumbnails.state(thumbnailIds.at(row), edge), ThumbnailCache::State::Loaded);
    }
    // Only rows showing a picture that came (links share pictures), only
    // the name column, only the picture and its tooltip.
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const QModelIndex first = signal.at(0).toModelIndex();
        const QModelIndex last = signal.at(1).toModelIndex();
        QCOMPARE(first.column(), int(LinkListModel::NameColumn));
        QCOMPARE(last.column(), int(LinkListModel::NameColumn));
        QVERIFY(signal.at(2).value<QList<int>>().contains(Qt::DecorationRole));
        // Not the text: what follows a link's fields (the copy actions) lets these pass.
        QVERIFY(!signal.at(2).value<QList<int>>().contains(Qt::DisplayRole));
        for (int row = first.row(); row <= last.row(); ++row)
            QVERIFY(distinct.contains(model.link(row)->image->thumbnailFor(edge)->id));
    }
    // One download per picture, none again from memory.
    QCOMPARE(mediaRequests() - mediaBefore, distinct.size());
    model.loadThumbnails(0, rows - 1);
    QCOMPARE(mediaRequests() - mediaBefore, distinct.size());
    QCOMPARE(watched->thumbnails.state(thumbnailIds.first(), edge), ThumbnailCache::State::Loaded);
}

// A picture that arrives is told for the rows that asked for it, found
// again if a row was inserted above them meanwhile; another row showing the
// same picture (links share pictures) is not told, and shows it when painted.
void TestLinkListModelE2E::aThumbnailTellsOnlyTheRowsThatAskedForIt_data()
{
    QTest::addColumn<bool>("rowInsertedAbove");
    QTest::newRow("rows in place") << false;
    QTest::newRow("a row inserted above meanwhile") << true;
}

void TestLinkListModelE2E::aThumbnailTellsOnlyTheRowsThatAskedForIt()
{
    QFETCH(bool, rowInsertedAbove);
    const auto watched = this->watched(LinkListQuery());
    LinkListModel &model = watched->model;
    QTRY_VERIFY_WITH_TIMEOUT(firstPageArrived(model), waitMs);
    const int edge = rowInsertedAbove ? 40 : 48; // nothing held for it yet
    model.setThumbnailEdge(edge);
    const auto thumbnailAt = [&model, edge](int row) {
        const std::optional<Link> link = model.link(row);
        return link && link->image && link->image->thumbnailFor(edge) ? link->image->thumbnailFor(edge)->id : -1;
    };
    int asking = -1;
    int sharing = -1;
    for (int row = 0; row < model.rowCount() && sharing < 0; ++row) {
        for (int other = row + 1; other < model.rowCount() && sharing < 0; ++other) {
            if (thumbnailAt(row) >= 0 && thumbnailAt(row) == thumbnailAt(other)) {
                asking = row;
                sharing = other;
            }
        }
    }
    QVERIFY2(sharing > 0, "two links of the first page share a picture");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.loadThumbnails(asking, asking);
    if (rowInsertedAbove) {
        Link pending;
        pending.id = -7;
        pending.name = u"در صف"_s;
        model.insertPending(pending);
    }

    const int row = rowInsertedAbove ? asking + 1 : asking;
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, waitMs);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(row, LinkListModel::NameColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(row, LinkListModel::NameColumn));
    QVERIFY(!model.data(model.index(row, LinkListModel::NameColumn), Qt::DecorationRole).value<QImage>().isNull());
    const int other = rowInsertedAbove ? sharing + 1 : sharing;
    QVERIFY(!model.data(model.index(other, LinkListModel::NameColumn), Qt::DecorationRole).value<QImage>().isNull());
    // Nothing more comes for it.
    QCoreApplication::processEvents();
    QCOMPARE(changed.size(), 1);
}

void TestLinkListModelE2E::updateLinkChangesTheRowInPlace()
{
    const auto watched = this->watched(LinkListQuery());
    LinkListModel &model = watched->model;
    QTRY_VERIFY_WITH_TIMEOUT(firstPageArrived(model), waitMs);
    const int row = 2;
    const Link before = *model.link(row);
    LinkDraft edited = LinkDraft::fromLink(before, m_portfolio);
    edited.name = u"نسخه\u200Cی ویرایش\u200Cشده"_s;
    edited.description = QString();
    QString error;
    const std::optional<Link> after = await(m_api->updateLink(LinkPatch::between(LinkDraft::fromLink(before, m_portfolio), edited, before.id)), &error);
    QVERIFY2(after, qPrintable(error));
    const int rows = model.rowCount();
    const QList<qint64> ids = idsOf(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.updateLink(*after);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(row, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(row, LinkListModel::ColumnCount - 1));
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(idsOf(model), ids);
    QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
    QCOMPARE(model.link(row)->name, edited.name);
    QVERIFY(!model.link(row)->description || model.link(row)->description->isEmpty());
    QVERIFY(model.data(model.index(row, LinkListModel::NameColumn)).toString().contains(edited.name));
    // As the server has it now.
    const std::optional<Link> fetched = await(m_api->fetchLink(m_portfolio, before.id));
    QVERIFY(fetched);
    QCOMPARE(model.linkById(before.id)->name, fetched->name);
    QCOMPARE(model.linkById(before.id)->updatedAt, fetched->updatedAt);

    // A link the list does not hold changes nothing.
    Link stranger = *after;
    stranger.id = 999999;
    model.updateLink(stranger);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowOf(999999), -1);
}

void TestLinkListModelE2E::insertCreatedOnlyWhereTheServerPutsIt_data()
{
    QTest::addColumn<LinkListQuery>("query");
    QTest::addColumn<bool>("expected");

    // Large pages: the whole list is loaded, with no page in flight while the
    // link is created (one answered meanwhile would already count it).
    const int pageSize = 1000;
    QTest::newRow("newest created first") << query(Order::Created, true, pageSize) << true;
    QTest::newRow("highest id first") << query(Order::Id, true, pageSize) << true;
    QTest::newRow("last updated first") << query(Order::Updated, true, pageSize) << true;
    QTest::newRow("oldest first") << query(Order::Created, false, pageSize) << false;
    QTest::newRow("by name") << query(Order::Name, false, pageSize) << false;
    LinkListQuery search = query(Order::Created, true, pageSize);
    search.search = u"آزمایش"_s; // the created link's name matches, but the model cannot know that
    QTest::newRow("newest first, searched") << search << false;
    LinkListQuery withoutImage = query(Order::Created, true, pageSize);
    withoutImage.image = Presence::Without;
    QTest::newRow("newest first, filtered") << withoutImage << false;
}

void TestLinkListModelE2E::insertCreatedOnlyWhereTheServerPutsIt()
{
    QFETCH(LinkListQuery, query);
    QFETCH(bool, expected);

    const auto watched = this->watched(query);
    LinkListModel &model = watched->model;
    QVERIFY(loadAll(model));
    const qint64 countBefore = model.totalCount();
    const QList<qint64> idsBefore = idsOf(model);
    const Link created = create(u"پیوند آزمایشی "_s + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(created.id > 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QCOMPARE(model.insertCreated(created), expected);

    if (expected) {
        LinkListQuery everyLink = query;
        everyLink.pageSize = everything;
        const LinkPage server = serverPage(everyLink);
        // Where the server puts it: the server's first page now starts with it too.
        QCOMPARE(server.results.first().id, created.id);
        QCOMPARE(model.rowOf(created.id), 0);
        QCOMPARE(model.link(0)->name, created.name);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 0);
        QCOMPARE(model.totalCount(), countBefore + 1);
        QCOMPARE(model.totalCount(), server.count);
        QCOMPARE(idsOf(model), idsOf(server.results)); // the whole list, as the server has it now
        QVERIFY(!model.insertCreated(created)); // once
        QCOMPARE(model.rowCount(), server.count);
    } else {
        QCOMPARE(model.rowOf(created.id), -1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(idsOf(model), idsBefore);
        QCOMPARE(model.totalCount(), countBefore);
    }
}

void TestLinkListModelE2E::takenLinksComeBackWhereTheyWere()
{
    const auto watched = this->watched(searchFor(u"Newsletter"_s));
    LinkListModel &model = watched->model;
    QVERIFY(loadAll(model));
    const QList<qint64> ids = idsOf(model);
    const qint64 count = model.totalCount();
    QVERIFY(ids.size() > 60);
    const QList<qint64> taken{ids.at(57), ids.at(1), ids.at(3), ids.at(0)};
    QList<Link> links;
    for (const qint64 id : taken)
        links.append(*model.linkById(id));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counted(&model, &LinkListModel::totalCountChanged);

    model.takeLinks(taken);

    QCOMPARE(removed.count(), taken.size());
    QCOMPARE(model.rowCount(), ids.size() - taken.size());
    QCOMPARE(model.totalCount(), count - taken.size());
    QCOMPARE(counted.count(), 1);
    for (const qint64 id : taken)
        QCOMPARE(model.rowOf(id), -1);
    QList<qint64> rest = ids;
    for (const qint64 id : taken)
        rest.removeOne(id);
    QCOMPARE(idsOf(model), rest);

    // A refresh meanwhile does not bring them back: they are still being deleted.
    QSignalSpy refreshed(&model, &LinkListModel::refreshed);
    model.refresh();
    QVERIFY(refreshed.wait(waitMs));
    QCOMPARE(idsOf(model), rest);
    QCOMPARE(model.totalCount(), count - taken.size());

    // Put back in another order than taken: each where it was.
    std::reverse(links.begin(), links.end());
    model.restoreLinks(links);

    QCOMPARE(idsOf(model), ids);
    QCOMPARE(model.totalCount(), count);
    QCOMPARE(inserted.count(), taken.size());
    // Restoring again changes nothing.
    model.restoreLinks(links);
    QCOMPARE(idsOf(model), ids);
    QCOMPARE(model.totalCount(), count);
}

void TestLinkListModelE2E::refreshKeepsTheRowsAndShowsServerChanges()
{
    const auto watched = this->watched(searchFor(u"Dark theme"_s));
    LinkListModel &model = watched->model;
    QVERIFY(loadAll(model));
    const QList<qint64> ids = idsOf(model);
    QVERIFY(ids.size() > 2 * model.query().pageSize);
    // Changed on the server behind the list's back.
    const int row = 60;
    const Link before = *model.link(row);
    LinkDraft edited = LinkDraft::fromLink(before, m_portfolio);
    edited.name = before.name + u" (نسخه\u200Cی ۲)"_s;
    QVERIFY(await(m_api->updateLink(LinkPatch::between(LinkDraft::fromLink(before, m_portfolio), edited, before.id))));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy refreshed(&model, &LinkListModel::refreshed);
    QSignalSpy failed(&model, &LinkListModel::failed);

    model.refresh();
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore()); // no page of the old list while the new one comes
    QCOMPARE(idsOf(model), ids);    // the old rows stay until the new ones are all there
    QVERIFY(refreshed.wait(waitMs));

    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count() + removed.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(idsOf(model), ids);
    QCOMPARE(model.link(row)->name, edited.name);
    QCOMPARE(model.totalCount(), serverPage(model.query()).count);
    QVERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore()); // everything was loaded, and still is
}

QTEST_GUILESS_MAIN(TestLinkListModelE2E)
#include "TestLinkListModelE2E.moc"
