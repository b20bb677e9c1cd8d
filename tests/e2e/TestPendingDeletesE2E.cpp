#include "ReferenceServer.h"
#include "UserFolders.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "api/NetworkSetup.h"
#include "links/PendingDeletes.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

using namespace std::chrono_literals;

namespace {

// A window short enough for a quick test, long enough that undo() right
// after schedule() is inside it on any machine.
constexpr auto undoWindow = 300ms;

struct Finished
{
    QList<qint64> deleted;
    QList<PendingDeletes::Failure> failures;
};

// What a PendingDeletes reported, kept as values (the spies wait on the signals).
class DeletesRecorder : public QObject
{
public:
    explicit DeletesRecorder(PendingDeletes *deletes)
    {
        connect(deletes, &PendingDeletes::batchFinished, this,
                [this](const QList<qint64> &deleted, const QList<PendingDeletes::Failure> &failures) {
                    batches.push_back({deleted, failures});
                });
        connect(deletes, &PendingDeletes::restored, this, [this](const QList<Link> &links) { restored.push_back(links); });
        connect(deletes, &PendingDeletes::progress, this, [this](int done, int total) { progress.push_back({done, total}); });
    }

    std::vector<Finished> batches;
    std::vector<QList<Link>> restored;
    std::vector<std::pair<int, int>> progress;
};

QList<qint64> idsOf(const QList<Link> &links)
{
    QList<qint64> ids;
    for (const Link &link : links)
        ids.append(link.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

// Deleting with an undo window against the real backend: nothing is sent
// while undo is possible, one DELETE per link after it, and every way the
// server can refuse ends up in batchFinished()'s failures.
class TestPendingDeletesE2E : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void undoInsideTheWindowSendsNoDelete();
    void undoTakesBackOnlyTheNewestBatch();
    void deletesEachLinkOnceAfterTheWindow();
    void sendNowSendsAtOnce();
    void linkDeletedElsewhereCountsAsDeleted();
    void serverWithoutDeleteFailsEveryLink();
    void tokenWithoutDeletePermissionFailsWith403();

private:
    std::unique_ptr<ApiClient> client(const ReferenceServer &server, const QString &role) const;
    // `count` new links in the first portfolio; fewer if the server refused (a warning says why).
    QList<Link> createLinks(ApiClient *api, int count, const QString &name) const;
    // Whether the link is still on the server: fetched (true), 404 (false), anything else (empty).
    std::optional<bool> exists(ApiClient *api, qint64 linkId) const;
    // The statuses of the DELETEs the server's log holds for this link, oldest first.
    static QList<int> deletesOf(const ReferenceServer &server, qint64 linkId);

    static constexpr qint64 portfolio = 1;
    ReferenceServer m_server;
    NetworkSetup::Managers m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestPendingDeletesE2E::initTestCase()
{
    keepOutOfUserFolders();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_network = NetworkSetup::createManagers(this);
    m_client = client(m_server, QStringLiteral("staff"));
}

std::unique_ptr<ApiClient> TestPendingDeletesE2E::client(const ReferenceServer &server, const QString &role) const
{
    auto api = std::make_unique<ApiClient>(m_network.api);
    api->setBaseUrl(server.baseUrl());
    api->setToken(server.token(role));
    return api;
}

QList<Link> TestPendingDeletesE2E::createLinks(ApiClient *api, int count, const QString &name) const
{
    QList<Link> links;
    for (int i = 1; i <= count; ++i) {
        LinkDraft draft;
        draft.portfolioId = portfolio;
        draft.name = QStringLiteral("%1 %2").arg(name).arg(i);
        LinkCall *call = api->createLink(draft);
        QSignalSpy finished(call, &ApiCall::finished);
        call->onSucceeded(this, [&links](const Link &link) { links.append(link); });
        connect(call, &ApiCall::failed, this, [](const ApiError &error) {
            qWarning("could not create a link to delete: %s", qPrintable(error.message()));
        });
        if (!finished.wait(20000))
            qWarning("creating a link to delete took more than 20 s");
    }
    return links;
}

std::optional<bool> TestPendingDeletesE2E::exists(ApiClient *api, qint64 linkId) const
{
    std::optional<bool> found;
    LinkCall *call = api->fetchLink(portfolio, linkId);
    QSignalSpy finished(call, &ApiCall::finished);
    call->onSucceeded(this, [&found](const Link &) { found = true; });
    connect(call, &ApiCall::failed, this, [&found](const ApiError &error) {
        if (error.kind() == ApiError::Kind::NotFound)
            found = false;
    });
    if (!finished.wait(20000))
        qWarning("fetching link %lld took more than 20 s", linkId);
    return found;
}

QList<int> TestPendingDeletesE2E::deletesOf(const ReferenceServer &server, qint64 linkId)
{
    const QString path = Endpoints::link(server.baseUrl(), portfolio, linkId).path();
    QList<int> statuses;
    for (const QJsonObject &entry : server.requests({.method = QStringLiteral("DELETE"), .path = path}))
        statuses.append(entry.value(QStringLiteral("status")).toInt());
    return statuses;
}

void TestPendingDeletesE2E::undoInsideTheWindowSendsNoDelete()
{
    const QList<Link> links = createLinks(m_client.get(), 2, QStringLiteral("برگشت‌پذیر"));
    QCOMPARE(links.size(), 2);

    PendingDeletes deletes(m_client.get());
    deletes.setUndoWindow(undoWindow);
    DeletesRecorder recorder(&deletes);
    QSignalSpy restored(&deletes, &PendingDeletes::restored);
    QSignalSpy finished(&deletes, &PendingDeletes::batchFinished);
    QSignalSpy idle(&deletes, &PendingDeletes::idle);

    deletes.schedule(portfolio, links);
    QVERIFY(deletes.canUndo());
    QCOMPARE(deletes.waitingCount(), 2);
    QVERIFY(!deletes.isIdle());

    QVERIFY(deletes.undo());
    QCOMPARE(restored.size(), 1);
    QCOMPARE(idsOf(recorder.restored.front()), idsOf(links));
    QCOMPARE(idle.size(), 1);
    QVERIFY(deletes.isIdle());
    QVERIFY(!deletes.canUndo());
    QVERIFY(!deletes.undo());

    // Absence of a DELETE can only be seen once the undone window would have
    // ended. Instead of sleeping, a sentinel link is scheduled now with the
    // same window: it starts after the undo, so it ends after the undone
    // batch's window would have, and its batchFinished() (its DELETE
    // answered) is an observable point past that moment.
    const QList<Link> sentinel = createLinks(m_client.get(), 1, QStringLiteral("نگهبان"));
    QCOMPARE(sentinel.size(), 1);
    deletes.schedule(portfolio, sentinel);
    QVERIFY(finished.wait(20000));
    QCOMPARE(recorder.batches.size(), 1u);
    QCOMPARE(recorder.batches.front().deleted, QList<qint64>{sentinel.first().id});
    QCOMPARE(deletesOf(m_server, sentinel.first().id), QList<int>{204});

    for (const Link &link : links) {
        QCOMPARE(deletesOf(m_server, link.id), QList<int>());
        QCOMPARE(exists(m_client.get(), link.id), std::optional<bool>(true));
    }
    QCOMPARE(restored.size(), 1);
}

void TestPendingDeletesE2E::undoTakesBackOnlyTheNewestBatch()
{
    const QList<Link> older = createLinks(m_client.get(), 1, QStringLiteral("دسته‌ی قدیمی"));
    const QList<Link> newer = createLinks(m_client.get(), 2, QStringLiteral("دسته‌ی تازه"));
    QCOMPARE(older.size(), 1);
    QCOMPARE(newer.size(), 2);

    PendingDeletes deletes(m_client.get());
    deletes.setUndoWindow(undoWindow);
    DeletesRecorder recorder(&deletes);
    QSignalSpy finished(&deletes, &PendingDeletes::batchFinished);
    QSignalSpy idle(&deletes, &PendingDeletes::idle);

    deletes.schedule(portfolio, older);
    deletes.schedule(portfolio, newer);
    QCOMPARE(deletes.waitingCount(), 3);
    QVERIFY(deletes.undo());
    QCOMPARE(recorder.restored.size(), 1u);
    QCOMPARE(idsOf(recorder.restored.front()), idsOf(newer));
    QCOMPARE(deletes.waitingCount(), 1);
    QCOMPARE(idle.size(), 0); // the older batch still waits

    // The older batch goes out when its own window ends. The newer one's
    // window ended no later (it started after), so its absence is settled.
    QVERIFY(finished.wait(20000));
    QCOMPARE(recorder.batches.size(), 1u);
    QCOMPARE(recorder.batches.front().deleted, QList<qint64>{older.first().id});
    QVERIFY(recorder.batches.front().failures.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 5000);
    QCOMPARE(deletesOf(m_server, older.first().id), QList<int>{204});
    for (const Link &link : newer) {
        QCOMPARE(deletesOf(m_server, link.id), QList<int>());
        QCOMPARE(exists(m_client.get(), link.id), std::optional<bool>(true));
    }
}

void TestPendingDeletesE2E::deletesEachLinkOnceAfterTheWindow()
{
    const QList<Link> links = createLinks(m_client.get(), 3, QStringLiteral("حذف‌شدنی"));
    QCOMPARE(links.size(), 3);

    PendingDeletes deletes(m_client.get());
    deletes.setUndoWindow(undoWindow);
    DeletesRecorder recorder(&deletes);
    QSignalSpy finished(&deletes, &PendingDeletes::batchFinished);
    QSignalSpy idle(&deletes, &PendingDeletes::idle);
    QSignalSpy undoAvailable(&deletes, &PendingDeletes::undoAvailableChanged);

    QElapsedTimer elapsed;
    elapsed.start();
    deletes.schedule(portfolio, links);
    QVERIFY(finished.wait(20000));
    // Not before the window (a coarse timer may fire up to 5 % early).
    QVERIFY2(elapsed.elapsed() >= 280, qPrintable(QString::number(elapsed.elapsed())));

    QCOMPARE(recorder.batches.size(), 1u);
    QCOMPARE(sorted(recorder.batches.front().deleted), idsOf(links));
    QVERIFY(recorder.batches.front().failures.isEmpty());
    QCOMPARE(idle.size(), 1);
    QVERIFY(deletes.isIdle());
    QCOMPARE(deletes.waitingCount(), 0);
    QVERIFY(!deletes.canUndo());
    QCOMPARE(undoAvailable.first().first().toBool(), true);
    QCOMPARE(undoAvailable.last().first().toBool(), false);
    QCOMPARE(recorder.progress,
             (std::vector<std::pair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));

    for (const Link &link : links) {
        QCOMPARE(deletesOf(m_server, link.id), QList<int>{204});
        QCOMPARE(exists(m_client.get(), link.id), std::optional<bool>(false));
    }
}

void TestPendingDeletesE2E::sendNowSendsAtOnce()
{
    const QList<Link> links = createLinks(m_client.get(), 2, QStringLiteral("فوری"));
    QCOMPARE(links.size(), 2);

    PendingDeletes deletes(m_client.get());
    // A window far longer than the wait below: only sendNow() can end it in time.
    deletes.setUndoWindow(120s);
    DeletesRecorder recorder(&deletes);
    QSignalSpy finished(&deletes, &PendingDeletes::batchFinished);

    deletes.schedule(portfolio, links);
    QVERIFY(deletes.canUndo());
    deletes.sendNow();
    QVERIFY(!deletes.canUndo());
    QVERIFY(!deletes.undo());
    QVERIFY(finished.wait(20000));

    QCOMPARE(sorted(recorder.batches.front().deleted), idsOf(links));
    QVERIFY(recorder.batches.front().failures.isEmpty());
    QVERIFY(recorder.restored.empty());
    for (const Link &link : links)
        QCOMPARE(deletesOf(m_server, link.id), QList<int>{204});
}

void TestPendingDeletesE2E::linkDeletedElsewhereCountsAsDeleted()
{
    const QList<Link> links = createLinks(m_client.get(), 2, QStringLiteral("جای دیگر"));
    QCOMPARE(links.size(), 2);

    // Another client deletes the first link while this one has it scheduled.
    const std::unique_ptr<ApiClient> other = client(m_server, QStringLiteral("admin"));
    ApiCall *elsewhere = other->deleteLink(portfolio, links.first().id);
    QSignalSpy elsewhereDone(elsewhere, &ApiCall::succeeded);
    QVERIFY(elsewhereDone.wait(20000));

    PendingDeletes deletes(m_client.get());
    deletes.setUndoWindow(undoWindow);
    DeletesRecorder recorder(&deletes);
    QSignalSpy finished(&deletes, &PendingDeletes::batchFinished);
    deletes.schedule(portfolio, links);
    QVERIFY(finished.wait(20000));

    // Gone either way: both count as deleted, neither as a failure.
    QCOMPARE(sorted(recorder.batches.front().deleted), idsOf(links));
    QVERIFY(recorder.batches.front().failures.isEmpty());
    QCOMPARE(deletesOf(m_server, links.first().id), (QList<int>{204, 404}));
    QCOMPARE(deletesOf(m_server, links.last().id), QList<int>{204});
}

void TestPendingDeletesE2E::serverWithoutDeleteFailsEveryLink()
{
    ReferenceServer noDelete;
    QVERIFY2(noDelete.start({QStringLiteral("--no-delete")}), qPrintable(noDelete.errorString()));
    const std::unique_ptr<ApiClient> api = client(noDelete, QStringLiteral("staff"));
    const QList<Link> links = createLinks(api.get(), 3, QStringLiteral("ماندگار"));
    QCOMPARE(links.size(), 3);

    PendingDeletes deletes(api.get());
    deletes.setUndoWindow(undoWindow);
    // One at a time, so that the first 405 is answered before the rest would go out.
    deletes.setConcurrency(1);
    DeletesRecorder recorder(&deletes);
    QSignalSpy finished(&deletes, &PendingDeletes::batchFinished);
    deletes.schedule(portfolio, links);
    QVERIFY(finished.wait(20000));

    const Finished &batch = recorder.batches.front();
    QVERIFY(batch.deleted.isEmpty());
    QCOMPARE(batch.failures.size(), 3);
    QList<Link> failed;
    for (const PendingDeletes::Failure &failure : batch.failures) {
        failed.append(failure.link);
        QCOMPARE(failure.error.httpStatus(), 405);
        QCOMPARE(failure.error.kind(), ApiError::Kind::UnexpectedStatus);
    }
    QCOMPARE(idsOf(failed), idsOf(links));
    QCOMPARE(recorder.progress.back(), (std::pair<int, int>{3, 3}));

    // The first answer said the server deletes nothing: the others were not sent.
    int sent = 0;
    for (const Link &link : links) {
        const QList<int> statuses = deletesOf(noDelete, link.id);
        QVERIFY(statuses.isEmpty() || statuses == QList<int>{405});
        sent += int(statuses.size());
        QCOMPARE(exists(api.get(), link.id), std::optional<bool>(true));
    }
    QCOMPARE(sent, 1);
}

void TestPendingDeletesE2E::tokenWithoutDeletePermissionFailsWith403()
{
    const QList<Link> links = createLinks(m_client.get(), 2, QStringLiteral("بی‌اجازه"));
    QCOMPARE(links.size(), 2);

    const std::unique_ptr<ApiClient> noDelete = client(m_server, QStringLiteral("staff_nodelete"));
    PendingDeletes deletes(noDelete.get());
    deletes.setUndoWindow(undoWindow);
    DeletesRecorder recorder(&deletes);
    QSignalSpy finished(&deletes, &PendingDeletes::batchFinished);
    deletes.schedule(portfolio, links);
    QVERIFY(finished.wait(20000));

    const Finished &batch = recorder.batches.front();
    QVERIFY(batch.deleted.isEmpty());
    QCOMPARE(batch.failures.size(), 2);
    QList<Link> failed;
    for (const PendingDeletes::Failure &failure : batch.failures) {
        failed.append(failure.link);
        QCOMPARE(failure.error.kind(), ApiError::Kind::Forbidden);
        QCOMPARE(failure.error.httpStatus(), 403);
    }
    QCOMPARE(idsOf(failed), idsOf(links));
    // A 403 is about this account, not about the server: each link was tried.
    for (const Link &link : links) {
        QCOMPARE(deletesOf(m_server, link.id), QList<int>{403});
        QCOMPARE(exists(m_client.get(), link.id), std::optional<bool>(true));
    }
}

QTEST_GUILESS_MAIN(TestPendingDeletesE2E)
#include "TestPendingDeletesE2E.moc"
