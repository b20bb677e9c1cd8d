#pragma once

#include "store/RetryPolicy.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class ApiCall;
class ApiClient;
class History;
class LocalStore;
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

    // Opens the database (small: a quick check and the outbox rows) and
    // starts working; once. It loads the SQLite driver, takes the outbox's
    // lock file and looks for a network backend, so a window calls it after
    // its first frame; a change written before then opens it first.
    void open();
    bool isOpen() const { return m_open; }
    LocalStore *store() const { return m_store.get(); }
    History *history() const { return m_history; }
    Outbox *outbox() const { return m_outbox; }
    OutboxWorker *worker() const { return m_worker; }
    // The items of the connected server's profile not yet on the server.
    int waitingCount() const;
    // Another server or token: its items are counted and worked now.
    void connectionChanged();

signals:
    void waitingCountChanged(int count);
    // open() is done: store() says whether the outbox is available.
    void opened();

private:
    void countChanged();
    void probe();
    void onReachabilityChanged(bool online);

    ApiClient *m_api;
    std::unique_ptr<LocalStore> m_store;
    History *m_history;
    Outbox *m_outbox;
    OutboxWorker *m_worker;
    QTimer m_probe;
    QPointer<ApiCall> m_probeCall;
    bool m_hasBackend = false;
    bool m_open = false;
    int m_lastCount = -1;
};
