#include "api/ApiClient.h"
#include "links/OutboxService.h"
#include "store/History.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "store/WalSync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <atomic>

// The local database: its schema brought up to date in order, and a file
// that cannot be used never stopping the app.
class TestLocalStore : public QObject
{
    Q_OBJECT

private slots:
    void freshFileGetsTheWholeSchema();
    void olderFileIsMigrated();
    void fileFromANewerVersionIsLeftAlone();
    void damagedFileIsMovedAsideAndAFreshOneMade();
    void readOnlyFolderLeavesTheStoreUnavailable();
    void itemsSurviveTheNextStartAndNeverHoldTheToken();
    void twoInstancesShareTheFile();
    void workerThreadsHaveTheirOwnConnection();
    void commitsAreSyncedOffTheWritingThread();
    void theJournalIsStartedOffTheWritingThread();
    void openingLeavesTheEventLoopTurning();

private:
    static QStringList tables(const LocalStore &store);
    // A create of a link by that name, as the editor makes it.
    static OutboxItem newLink(const QString &name);
    static OutboxItem newLink(const LinkDraft &draft);
};

OutboxItem TestLocalStore::newLink(const QString &name)
{
    LinkDraft draft;
    draft.portfolioId = 3;
    draft.name = name;
    return newLink(draft);
}

OutboxItem TestLocalStore::newLink(const LinkDraft &draft)
{
    const QUrl server(QStringLiteral("https://a.example/api/"));
    return OutboxItem::create(Outbox::profileKey(server), server, draft);
}

QStringList TestLocalStore::tables(const LocalStore &store)
{
    QSqlQuery query(store.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

void TestLocalStore::freshFileGetsTheWholeSchema()
{
    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("sub/store.sqlite")));
    QVERIFY(store.open());
    QVERIFY(store.isAvailable());
    QCOMPARE(store.version(), LocalStore::schemaVersion);
    QCOMPARE(tables(store), QStringList({QStringLiteral("history"), QStringLiteral("outbox"), QStringLiteral("schema_version")}));
    QVERIFY(store.movedAside().isEmpty());
    QSqlQuery journal(store.connection());
    QVERIFY(journal.exec(QStringLiteral("PRAGMA journal_mode")) && journal.next());
    QCOMPARE(journal.value(0).toString(), QStringLiteral("wal"));
}

void TestLocalStore::olderFileIsMigrated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        // A file at version 0: the version table and nothing else, as an interrupted first start leaves it.
        LocalStore old(path);
        QSqlQuery query(old.connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)")));
    }
    LocalStore store(path);
    QVERIFY(store.open());
    QCOMPARE(store.version(), LocalStore::schemaVersion);
    QVERIFY(tables(store).contains(QStringLiteral("outbox")));
    // Opening again migrates nothing twice.
    LocalStore again(path);
    QVERIFY(again.open());
    QSqlQuery rows(again.connection());
    QVERIFY(rows.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && rows.next());
    QCOMPARE(rows.value(0).toInt(), 1);
}

void TestLocalStore::fileFromANewerVersionIsLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        LocalStore newer(path);
        QVERIFY(newer.open());
        QSqlQuery query(newer.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
    }
    LocalStore store(path);
    QVERIFY(!store.open());
    QVERIFY(!store.isAvailable());
    QVERIFY(!store.problem().isEmpty());
    QVERIFY(store.movedAside().isEmpty());
    QVERIFY(QFile::exists(path));
}

void TestLocalStore::damagedFileIsMovedAsideAndAFreshOneMade()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("this is not a database, it was cut by a crash ").repeated(200);
    damaged.write(garbage);
    damaged.close();

    LocalStore store(path);
    QVERIFY(store.open());
    QVERIFY(store.isAvailable());
    QVERIFY(!store.movedAside().isEmpty());
    QVERIFY(store.movedAside().startsWith(path + QStringLiteral(".damaged-")));
    QFile aside(store.movedAside());
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage); // kept for whoever wants to look
    QCOMPARE(store.version(), LocalStore::schemaVersion);
}

void TestLocalStore::readOnlyFolderLeavesTheStoreUnavailable()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (QFileInfo(folder).isWritable())
        QSKIP("running as root: a read-only folder is writable");
    LocalStore store(folder + QStringLiteral("/store.sqlite"));
    QVERIFY(!store.open());
    QVERIFY(!store.isAvailable());
    QVERIFY(!store.problem().isEmpty());
    History history(&store);
    Outbox outbox(&store, &history);
    LinkDraft draft;
    draft.portfolioId = 1;
    draft.name = QStringLiteral("online only");
    QCOMPARE(outbox.add(newLink(draft)), 0);
    QVERIFY(outbox.items().isEmpty());
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestLocalStore::itemsSurviveTheNextStartAndNeverHoldTheToken()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QUrl server(QStringLiteral("https://portfolio.example/api/"));
    LinkDraft draft;
    draft.portfolioId = 4;
    draft.name = QStringLiteral("پیوند «آزمایشی»");
    draft.imageId = 12;
    qint64 id = 0;
    {
        LocalStore store(path);
        QVERIFY(store.open());
        History history(&store);
        Outbox outbox(&store, &history);
        OutboxItem item = OutboxItem::create(Outbox::profileKey(server), server, draft);
        item.state = OutboxItem::State::Sending;
        item.outcomeUnknown = true;
        item.newestIdBefore = 77;
        id = outbox.add(item);
        QVERIFY(id > 0);
    }
    LocalStore store(path);
    QVERIFY(store.open());
    History history(&store);
    Outbox outbox(&store, &history);
    outbox.load(true);
    const std::optional<OutboxItem> item = outbox.item(id);
    QVERIFY(item);
    QCOMPARE(item->state, OutboxItem::State::Pending); // the run that was sending it is gone
    QVERIFY(item->outcomeUnknown);
    QCOMPARE(item->newestIdBefore, std::optional<qint64>(77));
    QCOMPARE(item->draft().name, draft.name);
    QCOMPARE(item->draft().imageId, draft.imageId);
    QCOMPARE(item->profile, Outbox::profileKey(server));
    QCOMPARE(outbox.count(item->profile), 1);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Token"));
}

void TestLocalStore::twoInstancesShareTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    LocalStore first(path);
    QVERIFY(first.open());
    History firstHistory(&first);
    Outbox working(&first, &firstHistory);
    // The second instance, as another process would have it: its own connection (another thread).
    const auto added = QtConcurrent::run([path] {
        LocalStore second(path);
        if (!second.open())
            return qint64(0);
        History history(&second);
        Outbox outbox(&second, &history);
        LinkDraft draft;
        draft.portfolioId = 2;
        draft.name = QStringLiteral("from the other window");
        OutboxItem item = newLink(draft);
        item.state = OutboxItem::State::Sending; // that instance is sending it
        return outbox.add(item);
    });
    QTRY_VERIFY(added.isFinished());
    QVERIFY(added.result() > 0);
    QSignalSpy seen(&working, &Outbox::itemAdded);
    working.load(); // what the working instance does now and then
    QCOMPARE(seen.size(), 1);
    QCOMPARE(working.items().first().state, OutboxItem::State::Sending); // left to the instance sending it
    working.load();
    QCOMPARE(seen.size(), 1); // nothing new the second time
}

void TestLocalStore::workerThreadsHaveTheirOwnConnection()
{
    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(store.open());
    History history(&store);
    HistoryEntry entry;
    entry.operation = QStringLiteral("create");
    entry.after = QJsonObject{{QStringLiteral("name"), QStringLiteral("one")}};
    QVERIFY(history.record(entry));
    QFuture<QList<HistoryEntry>> found = history.entries({});
    QTRY_VERIFY(found.isFinished());
    QCOMPARE(found.result().size(), 1);
    QCOMPARE(found.result().first().after.value(QStringLiteral("name")).toString(), QStringLiteral("one"));
}

// A write on the store's connection does not wait for the disk: it is
// committed (another connection reads it as soon as add() returns) and
// synced a moment later by WalSync, on a thread of its own.
void TestLocalStore::commitsAreSyncedOffTheWritingThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    LocalStore store(path);
    QVERIFY(store.open());
    QVERIFY(store.walSync());
    const auto synchronous = [](const QSqlDatabase &db) {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("PRAGMA synchronous")) && query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(synchronous(store.connection()), 1); // NORMAL
    QCOMPARE(LocalStore::withConnection(path, synchronous), 2); // FULL elsewhere
    History history(&store);
    Outbox outbox(&store, &history);
    std::atomic<QThread *> syncedOn = nullptr;
    connect(store.walSync(), &WalSync::synced, store.walSync(), [&syncedOn] { syncedOn = QThread::currentThread(); },
            Qt::DirectConnection);
    const int syncsBefore = store.walSync()->count();

    const qint64 id = outbox.add(newLink(QStringLiteral("ثبت پیش از رفتن")));
    QVERIFY(id > 0);
    const auto rowsWithId = [id](const QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(LocalStore::withConnection(path, rowsWithId), 1);

    QTRY_VERIFY_WITH_TIMEOUT(store.walSync()->count() > syncsBefore, 20000);
    QVERIFY(syncedOn.load() != nullptr);
    QVERIFY(syncedOn.load() != QThread::currentThread());
    // Each later write asks for a sync of its own.
    const int syncsAfterAdd = store.walSync()->count();
    outbox.drop(id, HistoryEntry::Outcome::Discarded, QStringLiteral("test"));
    QTRY_VERIFY_WITH_TIMEOUT(store.walSync()->count() > syncsAfterAdd, 20000);
}

// SQLite syncs a journal's header on the thread whose commit starts it.
// Started by WalSync when the store opens, and again after each checkpoint
// it makes, the journal only grows under the store's own commits: its header
// (with the salts SQLite draws anew each time it starts one) stays the same.
void TestLocalStore::theJournalIsStartedOffTheWritingThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    const QString journalPath = path + QStringLiteral("-wal");
    const auto journal = [&journalPath] {
        QFile file(journalPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    constexpr int headerBytes = 32; // SQLite's WAL header
    LocalStore store(path);
    QVERIFY(store.open());
    QTRY_VERIFY_WITH_TIMEOUT(journal().size() > headerBytes, 20000);
    History history(&store);
    Outbox outbox(&store, &history);

    QByteArray before = journal();
    QVERIFY(outbox.add(newLink(QStringLiteral("نخستین تغییر"))) > 0);
    QByteArray after = journal();
    QCOMPARE(after.left(headerBytes), before.left(headerBytes));
    QVERIFY(after.size() > before.size());

    // Past WalSync::checkpointBytes: copied back, then started over there.
    LinkDraft large;
    large.portfolioId = 3;
    large.name = QStringLiteral("large");
    large.description = QString(20000, QLatin1Char('x'));
    for (int i = 0; i < 80; ++i)
        QVERIFY(outbox.add(newLink(large)) > 0);
    const auto startedOver = [&] {
        before = journal();
        return before.size() < WalSync::checkpointBytes && before.left(headerBytes) != after.left(headerBytes);
    };
    QTRY_VERIFY_WITH_TIMEOUT(startedOver(), 20000);
    QVERIFY(outbox.add(newLink(QStringLiteral("پس از بازنویسی"))) > 0);
    QCOMPARE(journal().left(headerBytes), before.left(headerBytes));
}

// The outbox's database is opened on a worker thread: while another
// process holds the file locked, the opening waits there and the thread
// that asked for it keeps turning its event loop; once the lock is gone,
// the outbox opens with the rows the file holds.
void TestLocalStore::openingLeavesTheEventLoopTurning()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        LocalStore earlier(path);
        QVERIFY(earlier.open());
        History history(&earlier);
        QVERIFY(Outbox(&earlier, &history).add(newLink(QStringLiteral("waiting since the last run"))) > 0);
    }
    // The other process: its connection holds the file's exclusive lock
    // (with a rollback journal, so that readers wait too).
    const QString lockerName = QStringLiteral("locker");
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockerName);
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(lock.exec(QStringLiteral("UPDATE schema_version SET version = version")));
    }

    QNetworkAccessManager network;
    ApiClient api(&network);
    OutboxService service(&api, path);
    QSignalSpy opened(&service, &OutboxService::opened);
    service.openInBackground();
    QVERIFY(!service.isOpen());
    bool turned = false;
    QTimer::singleShot(0, this, [&turned] { turned = true; });
    QTRY_VERIFY(turned);
    QVERIFY(!service.isOpen()); // still waiting for the lock, elsewhere
    QCOMPARE(opened.size(), 0);

    {
        QSqlDatabase locker = QSqlDatabase::database(lockerName);
        QVERIFY(locker.rollback());
        locker.close();
    }
    QSqlDatabase::removeDatabase(lockerName);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
    QVERIFY(service.isOpen());
    QVERIFY(service.store()->isAvailable());
    QCOMPARE(service.outbox()->items().size(), 1);
    QCOMPARE(service.outbox()->items().first().draft().name, QStringLiteral("waiting since the last run"));
}


QTEST_GUILESS_MAIN(TestLocalStore)
#include "TestLocalStore.moc"
