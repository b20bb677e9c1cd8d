#pragma once

#include "api/ApiError.h"
#include "model/Link.h"
#include "store/OutboxItem.h"
#include "store/RetryPolicy.h"

#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class ApiClient;
class Outbox;

// Finishes what the outbox holds, for the server the client is connected
// to: one item at a time, oldest first, so that a create, its edit and its
// delete reach the server in the order they were made. A network failure
// (unreachable, DNS, timeout, a dropped connection, 502/503/504) leaves the
// item pending until its next retry (RetryPolicy), and the items behind it
// wait too: they would fail the same way. A refusal that needs a person
// (400, 401, 403, 404, a conflict) stops only that item.
//
// Never twice: a create whose request may have reached the server is first
// looked up there (LinkCreation's unknown-outcome check), also after a
// restart; edits check the link first (LinkUpdate) and deletes take a 404
// as done.
//
// With a lock file set, only the instance that holds it works the outbox.
class OutboxWorker : public QObject
{
    Q_OBJECT
public:
    OutboxWorker(ApiClient *api, Outbox *outbox, RetryPolicy policy = {}, QObject *parent = nullptr);
    ~OutboxWorker() override;

    void setLockFile(const QString &path);
    // The one lock file of a store's outbox, whoever sends from it.
    static QString lockFileFor(const QString &databasePath) { return databasePath + QStringLiteral(".lock"); }
    // Whether this instance works the outbox (holds the lock, or has none set).
    bool claim();
    // Whether an error leaves an item pending (true) or needing attention.
    static bool isTransient(const ApiError &error);
    // The error as the outbox window shows it: the message and the server's field errors.
    static QString describe(const ApiError &error);

    // Looks at the outbox again (a new item, a new connection or token).
    void wake();
    // The item (or, with 0, every pending item) is due now; one needing
    // attention is pending again.
    void retryNow(qint64 id = 0);
    bool isSending() const { return m_current != 0; }
    // An attempt made elsewhere (the editor's) failed: a network failure
    // leaves the item pending for this worker's retries, a refusal stops it.
    void handOver(qint64 id, const ApiError &error, bool outcomeUnknown);

signals:
    // The server has the change: a create or an edit with the link as it now is.
    void applied(const OutboxItem &item, const Link &link);
    void deleted(const OutboxItem &item);
    void needsAttention(const OutboxItem &item);

private:
    bool mayWork();
    void workNext();
    void start(OutboxItem item);
    void sendCreate(ApiClient *api, const OutboxItem &item);
    void sendEdit(ApiClient *api, const OutboxItem &item);
    void sendDelete(ApiClient *api, const OutboxItem &item);
    void succeed(qint64 id, const Link &link);
    void fail(qint64 id, const ApiError &error, bool outcomeUnknown);
    void stop(qint64 id, const QString &reason);
    void markNeedsAttention(qint64 id, const QString &reason);
    void finished();

    ApiClient *m_api;
    Outbox *m_outbox;
    RetryPolicy m_policy;
    QTimer m_timer;
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_current = 0; // the item being sent
    QPointer<ApiClient> m_operation; // pinned to the item's connection, owning its LinkCreation, LinkUpdate or ApiCall
};
