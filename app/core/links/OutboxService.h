#pragma once

#include "ChangeAdoption.h"
#include "store/LocalStore.h"
#include "store/OutboxItem.h"
#include "store/RetryPolicy.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class ApiCall;
class ApiClient;
class History;
class Outbox;
class OutboxWorker;

// The local database and what works on it, for one window: the store, the
// history, the outbox and its worker, and the watch for the network coming
// back (QNetworkInformation where the platform has a backend; else, while
// changes wait, a one-row list request now and then). A store that cannot
// be opened leaves the outbox unavailable; changes then go online only.
class OutboxService : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds probeInterval{15};

    OutboxService(ApiClient *api, const QString &databasePath, RetryPolicy policy = {}, QObject *parent = nullptr);
    ~OutboxService() override;

    // Opens the database and starts working; once. The slow part (loading
    // the SQLite driver, checking and migrating the file, taking the
    // outbox's lock file, reading the rows) runs on a worker thread, so a
    // window starts it after its first frame; opened() tells when it is
    // done. A change written before then waits for it (open()).
    void openInBackground();
    // The profiles that take over their server's own changes as the store
    // opens (set before it opens; none by default).
    void setAdoption(const ChangeAdoption &adoption) { m_adoption = adoption; }
    // Opened when this returns: waits for an opening under way, or opens on
    // this thread.
    void open();
    bool isOpen() const { return m_open; }
    LocalStore *store() const { return m_store.get(); }
    History *history() const { return m_history; }
    Outbox *outbox() const { return m_outbox; }
    OutboxWorker *worker() const { return m_worker; }
    // The key of the changes the connected profile sends (Outbox::keyOf).
    QString connectedKey() const;
    // The connected profile's changes waiting (Outbox::count: not one still out in its writer's own attempt).
    int waitingCount() const;
    // Another server, profile or token: its items are counted and worked now.
    void connectionChanged();

signals:
    void waitingCountChanged(int count);
    // connectionChanged() was told: connectedKey() may be another.
    void connected();
    // open() is done: store() says whether the outbox is available.
    void opened();

private:
    // What the worker thread found, for the GUI thread to take.
    struct Opening
    {
        LocalStore::Check check;
        bool claimed = false; // this instance works the outbox
        QList<OutboxItem> items;
    };
    static Opening prepare(const QString &databasePath, OutboxWorker *worker, const ChangeAdoption &adoption);
    void finishOpening(const Opening &opening);
    void countChanged();
    void tellCount();
    void probe();
    void onReachabilityChanged(bool online);

    ApiClient *m_api;
    std::unique_ptr<LocalStore> m_store;
    History *m_history;
    Outbox *m_outbox;
    OutboxWorker *m_worker;
    ChangeAdoption m_adoption;
    QTimer m_probe;
    QPointer<ApiCall> m_probeCall;
    bool m_hasBackend = false;
    QFutureWatcher<Opening> m_opening;
    bool m_open = false;
    bool m_countQueued = false;
    int m_lastCount = -1;
};
