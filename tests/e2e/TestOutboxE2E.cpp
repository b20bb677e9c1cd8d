#include "ReferenceServer.h"
#include "SwitchableProxy.h"
#include "UserFolders.h"

#include "api/ApiClient.h"
#include "api/NetworkSetup.h"
#include "links/LinkFields.h"
#include "links/OutboxWorker.h"
#include "store/History.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

// Waits of a few milliseconds instead of seconds: the order and the count
// of attempts are what is tested, not the clock.
RetryPolicy quickRetries()
{
    return RetryPolicy(20ms, 200ms, [] { return 0.5; });
}

// One run of the app's outbox: its database, history, outbox and worker.
struct OutboxRun
{
    OutboxRun(const QString &file, ApiClient *api)
        : store(file)
        , history(&store)
        , outbox(&store, &history)
    {
        store.open();
        outbox.load(true); // as the instance that works the outbox starts
        worker = std::make_unique<OutboxWorker>(api, &outbox, quickRetries());
    }

    LocalStore store;
    History history;
    Outbox outbox;
    std::unique_ptr<OutboxWorker> worker;
};

} // namespace

// The outbox against the real backend behind a proxy that can play a server
// that is gone, and an answer lost after the server stored the link.
class TestOutboxE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void queuedWhileTheServerIsGoneAreAppliedOnceInOrder();
    void createWhoseAnswerIsLostMakesExactlyOneLink();
    void createLeftUnknownByAnEarlierRunIsLookedUpNotResent();
    void refusalStopsOnlyThatItemWithTheServersMessage();
    void twoProfilesOfOneServerSendOnlyTheirOwnChanges();
    void aSecondEditMadeOfflineIsNotTakenForAConflict();

private:
    Link createDirectly(const QString &name);
    QList<QJsonObject> writesSince(qsizetype logSize) const;
    int linksNamed(const QString &name);
    QUrl server() const { return m_proxy->in(m_server.baseUrl()); }
    // The changes of m_api as the tests start it: a server no profile has.
    QString key() const { return Outbox::profileKey(server()); }

    static constexpr qint64 portfolio = 1;
    ReferenceServer m_server;
    NetworkSetup::Managers m_network;
    std::unique_ptr<SwitchableProxy> m_proxy;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<OutboxRun> m_run;
};

void TestOutboxE2E::initTestCase()
{
    keepOutOfUserFolders();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_network = NetworkSetup::createManagers(this);
    m_proxy = std::make_unique<SwitchableProxy>(quint16(m_server.ready().value(QStringLiteral("port")).toInt()));
    QVERIFY(m_proxy->start());
    m_api = std::make_unique<ApiClient>(m_network.api);
    m_api->setBaseUrl(server());
    m_api->setToken(m_server.token(QStringLiteral("staff")));
    m_api->setTimeout(3s);
}

void TestOutboxE2E::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_run = std::make_unique<OutboxRun>(m_dataDir->filePath(QStringLiteral("store.sqlite")), m_api.get());
    QVERIFY(m_run->store.isAvailable());
}

void TestOutboxE2E::cleanup()
{
    m_run.reset();
    m_proxy->start(); // a test that failed while it was stopped
}

Link TestOutboxE2E::createDirectly(const QString &name)
{
    LinkDraft draft;
    draft.portfolioId = portfolio;
    draft.name = name;
    LinkCall *call = m_api->createLink(draft);
    QSignalSpy finished(call, &ApiCall::finished);
    Link created;
    call->onSucceeded(this, [&created](const Link &link) { created = link; });
    finished.wait(20000);
    return created;
}

QList<QJsonObject> TestOutboxE2E::writesSince(qsizetype logSize) const
{
    QList<QJsonObject> writes = m_server.requests({.since = logSize});
    writes.removeIf([](const QJsonObject &entry) {
        return entry.value(QStringLiteral("method")).toString() == QLatin1String("GET");
    });
    return writes;
}

int TestOutboxE2E::linksNamed(const QString &name)
{
    LinkListQuery query;
    query.search = name;
    query.exactSearch = true;
    LinkPageCall *call = m_api->listLinks(portfolio, query);
    QSignalSpy finished(call, &ApiCall::finished);
    int count = -1;
    call->onSucceeded(this, [&count, &name](const LinkPage &page) {
        count = int(std::count_if(page.results.cbegin(), page.results.cend(),
                                  [&name](const Link &link) { return link.name == name; }));
    });
    finished.wait(20000);
    return count;
}

void TestOutboxE2E::queuedWhileTheServerIsGoneAreAppliedOnceInOrder()
{
    const Link toEdit = createDirectly(QStringLiteral("Edited offline"));
    const Link toDelete = createDirectly(QStringLiteral("Deleted offline"));
    QVERIFY(toEdit.id > 0 && toDelete.id > 0);
    m_proxy->stop();
    const qsizetype logSize = m_server.requestCount();

    Outbox &outbox = m_run->outbox;
    LinkDraft draft;
    draft.portfolioId = portfolio;
    draft.name = QStringLiteral("ساخته‌شده بی‌شبکه");
    const qint64 createId = outbox.add(OutboxItem::create(key(), server(), draft));
    LinkDraft edited = LinkDraft::fromLink(toEdit, portfolio);
    edited.description = QStringLiteral("changed while the server was gone");
    outbox.add(OutboxItem::edit(key(), server(), LinkPatch::between(LinkDraft::fromLink(toEdit, portfolio), edited, toEdit.id), toEdit));
    outbox.add(OutboxItem::remove(key(), server(), portfolio, toDelete));
    // An edit of the link still waiting to be created: it waits, then uses the new id.
    LinkDraft renamed = draft;
    renamed.url = QStringLiteral("https://example.com/offline");
    Link pending;
    pending.name = draft.name;
    OutboxItem editOfPending = OutboxItem::edit(key(), server(), LinkPatch::between(draft, renamed, 0), pending);
    editOfPending.dependsOn = createId;
    outbox.add(editOfPending);

    // Retried while the server is gone, and nothing applied.
    // Until the third attempt has failed too: it counts when it starts, and on
    // a slow machine it may still be on its way when the count is seen.
    QTRY_VERIFY_WITH_TIMEOUT(outbox.item(createId) && outbox.item(createId)->attempts >= 3
                                 && outbox.item(createId)->state == OutboxItem::State::Pending,
                             20000);
    QVERIFY(!outbox.item(createId)->lastError.isEmpty());
    QCOMPARE(outbox.count(key()), 4);

    QSignalSpy applied(m_run->worker.get(), &OutboxWorker::applied);
    QVERIFY(m_proxy->start());
    m_run->worker->retryNow(); // what the app does when connectivity comes back
    QTRY_COMPARE_WITH_TIMEOUT(outbox.count(key()), 0, 20000);

    const QList<QJsonObject> writes = writesSince(logSize);
    QStringList seen;
    for (const QJsonObject &write : writes)
        seen.append(write.value(QStringLiteral("method")).toString() + QLatin1Char(' ')
                    + write.value(QStringLiteral("path")).toString());
    QCOMPARE(seen.size(), 4);
    QVERIFY2(seen.at(0).startsWith(QLatin1String("POST")), qPrintable(seen.join(QLatin1Char('\n'))));
    QVERIFY2(seen.at(1).startsWith(QLatin1String("PATCH")) && seen.at(1).endsWith(QString::number(toEdit.id)),
             qPrintable(seen.join(QLatin1Char('\n'))));
    QVERIFY2(seen.at(2).startsWith(QLatin1String("DELETE")) && seen.at(2).endsWith(QString::number(toDelete.id)),
             qPrintable(seen.join(QLatin1Char('\n'))));
    QCOMPARE(applied.size(), 3);
    const Link created = applied.first().at(1).value<Link>();
    QVERIFY2(seen.at(3).startsWith(QLatin1String("PATCH")) && seen.at(3).endsWith(QString::number(created.id)),
             qPrintable(seen.join(QLatin1Char('\n'))));
    QCOMPARE(linksNamed(draft.name), 1);

    // Each change is in the history, newest first.
    QFuture<QList<HistoryEntry>> entries = m_run->history.entries({});
    QTRY_VERIFY(entries.isFinished());
    QCOMPARE(entries.result().size(), 4);
    QCOMPARE(entries.result().last().operation, QStringLiteral("create"));
    QCOMPARE(entries.result().last().linkId, created.id);
    QCOMPARE(entries.result().last().outcome, HistoryEntry::Outcome::Applied);
}

// Two saves of one link while the server is gone: the second, made on top
// of the first, is from the same loaded version. Once the first is applied,
// the second is not someone else's change: both go, and nothing needs attention.
void TestOutboxE2E::aSecondEditMadeOfflineIsNotTakenForAConflict()
{
    const Link link = createDirectly(QStringLiteral("Edited twice offline"));
    QVERIFY(link.id > 0);
    m_proxy->stop();
    Outbox &outbox = m_run->outbox;
    const LinkDraft loaded = LinkDraft::fromLink(link, portfolio);
    LinkDraft first = loaded;
    first.name = QStringLiteral("Edited twice offline, once");
    outbox.add(OutboxItem::edit(key(), server(), LinkPatch::between(loaded, first, link.id), link));
    LinkDraft second = first;
    second.name = QStringLiteral("Edited twice offline, twice");
    second.description = QStringLiteral("and described");
    // The form's fields touched since it was loaded are compared with the loaded link.
    outbox.add(OutboxItem::edit(key(), server(), LinkPatch::between(loaded, second, link.id), link));

    QSignalSpy applied(m_run->worker.get(), &OutboxWorker::applied);
    QVERIFY(m_proxy->start());
    m_run->worker->retryNow();
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, 20000);
    QCOMPARE(outbox.count(key()), 0);
    QCOMPARE(linksNamed(second.name), 1);
}

void TestOutboxE2E::createWhoseAnswerIsLostMakesExactlyOneLink()
{
    const QString name = QStringLiteral("Answer lost %1").arg(QDateTime::currentMSecsSinceEpoch());
    const qsizetype logSize = m_server.requestCount();
    m_proxy->dropNextAnswerTo("POST");
    LinkDraft draft;
    draft.portfolioId = portfolio;
    draft.name = name;
    QSignalSpy applied(m_run->worker.get(), &OutboxWorker::applied);
    m_run->outbox.add(OutboxItem::create(key(), server(), draft));
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
    QCOMPARE(m_run->outbox.items().size(), 0);
    QCOMPARE(writesSince(logSize).size(), 1); // the one POST, stored; never sent again
    QCOMPARE(linksNamed(name), 1);
}

void TestOutboxE2E::createLeftUnknownByAnEarlierRunIsLookedUpNotResent()
{
    // A run was killed after its POST left: the row says so, and the server has the link.
    const QString name = QStringLiteral("Killed mid-send %1").arg(QDateTime::currentMSecsSinceEpoch());
    const Link before = createDirectly(QStringLiteral("Newest before the send"));
    LinkDraft draft;
    draft.portfolioId = portfolio;
    draft.name = name;
    OutboxItem item = OutboxItem::create(key(), server(), draft);
    item.state = OutboxItem::State::Sending;
    item.outcomeUnknown = true;
    item.newestIdBefore = before.id;
    m_run->worker.reset(); // not running while the "earlier run" writes
    const qint64 id = m_run->outbox.add(item);
    QVERIFY(id > 0);
    const Link onServer = createDirectly(name);
    const qsizetype logSize = m_server.requestCount();

    // The next start.
    const QString file = m_run->store.filePath();
    m_run = std::make_unique<OutboxRun>(file, m_api.get());
    QCOMPARE(m_run->outbox.items().size(), 1);
    QCOMPARE(m_run->outbox.items().first().state, OutboxItem::State::Pending);
    QSignalSpy applied(m_run->worker.get(), &OutboxWorker::applied);
    m_run->worker->wake();
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
    QCOMPARE(applied.first().at(1).value<Link>().id, onServer.id);
    QCOMPARE(writesSince(logSize).size(), 0);
    QCOMPARE(linksNamed(name), 1);
}

void TestOutboxE2E::refusalStopsOnlyThatItemWithTheServersMessage()
{
    LinkDraft refused;
    refused.portfolioId = portfolio;
    refused.name = QStringLiteral("Refused");
    refused.url = QStringLiteral("not a url");
    LinkDraft fine;
    fine.portfolioId = portfolio;
    fine.name = QStringLiteral("Behind the refused one %1").arg(QDateTime::currentMSecsSinceEpoch());
    QSignalSpy applied(m_run->worker.get(), &OutboxWorker::applied);
    QSignalSpy attention(m_run->worker.get(), &OutboxWorker::needsAttention);
    const qint64 refusedId = m_run->outbox.add(OutboxItem::create(key(), server(), refused));
    m_run->outbox.add(OutboxItem::create(key(), server(), fine));
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
    QCOMPARE(attention.size(), 1);
    const std::optional<OutboxItem> stopped = m_run->outbox.item(refusedId);
    QVERIFY(stopped);
    QCOMPARE(stopped->state, OutboxItem::State::NeedsAttention);
    // The server's message for the field, by the form's name for it.
    const QStringList lines = stopped->lastError.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), OutboxWorker::tr("The server did not accept these fields:"));
    QVERIFY2(lines.at(1).startsWith(LinkFields::label(QStringLiteral("url")) + QLatin1String(": ")), qPrintable(lines.at(1)));
    QCOMPARE(linksNamed(fine.name), 1);
    // Nothing is discarded without the user: it stays until they do.
    m_run->worker->wake();
    QCOMPARE(m_run->outbox.items().size(), 1);
}

void TestOutboxE2E::twoProfilesOfOneServerSendOnlyTheirOwnChanges()
{
    // Two people's profiles of one server, each with their own token.
    const QString staff = m_server.token(QStringLiteral("staff"));
    const QString admin = m_server.token(QStringLiteral("admin"));
    const auto restore = qScopeGuard([this, staff] {
        m_api->setProfileId({});
        m_api->setToken(staff);
    });
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    LinkDraft staffs;
    staffs.portfolioId = portfolio;
    staffs.name = QStringLiteral("کار همکار %1").arg(stamp);
    LinkDraft admins = staffs;
    admins.name = QStringLiteral("Admin's own %1").arg(stamp);
    const qsizetype logSize = m_server.requestCount();

    // Connected as the admin's profile: the staff member's change, older, waits.
    m_api->setProfileId(QStringLiteral("profile-of-admin"));
    m_api->setToken(admin);
    QSignalSpy applied(m_run->worker.get(), &OutboxWorker::applied);
    Outbox &outbox = m_run->outbox;
    const qint64 staffsId = outbox.add(
        OutboxItem::create(Outbox::profileKey(server(), QStringLiteral("profile-of-staff")), server(), staffs));
    const qint64 adminsId = outbox.add(OutboxItem::create(Outbox::keyOf(*m_api), server(), admins));
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
    QVERIFY(!outbox.item(adminsId));
    QVERIFY(outbox.item(staffsId)); // sent one at a time, oldest first: it was passed over
    QCOMPARE(outbox.count(Outbox::keyOf(*m_api)), 0);
    QList<QJsonObject> posts = m_server.requests({.method = QStringLiteral("POST"), .since = logSize});
    QCOMPARE(posts.size(), 1);
    QVERIFY(posts.first().value(QStringLiteral("body")).toString().contains(QStringLiteral("Admin's own")));
    QCOMPARE(posts.first().value(QStringLiteral("authorization")).toString(), QStringLiteral("Token ") + admin);

    // The staff member's profile: their change goes, with their token.
    m_api->setProfileId(QStringLiteral("profile-of-staff"));
    m_api->setToken(staff);
    m_run->worker->wake();
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, 20000);
    QVERIFY(!outbox.item(staffsId));
    posts = m_server.requests({.method = QStringLiteral("POST"), .since = logSize});
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.last().value(QStringLiteral("authorization")).toString(), QStringLiteral("Token ") + staff);
    QCOMPARE(linksNamed(staffs.name), 1);
    QCOMPARE(linksNamed(admins.name), 1);
}

QTEST_GUILESS_MAIN(TestOutboxE2E)
#include "TestOutboxE2E.moc"
