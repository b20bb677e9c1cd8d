#pragma once

#include "HistoryEntry.h"
#include "OutboxItem.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class ApiClient;
class History;
class LocalStore;
class QSqlDatabase;
class QSqlQuery;
struct Link;

// The changes not yet on the server, in the local database. An item is
// written before its request leaves (one row: it survives kill -9 at once,
// and a power cut once WalSync has synced it, a moment later), kept while
// the network fails, and removed only
// when the server has it or the user discards it; either way the history
// records it. The rows are mirrored in memory, so that lists and counts
// never read the disk on the GUI thread.
class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(LocalStore *store, History *history, QObject *parent = nullptr);

    // The one place that says whose a change (and a history entry) is: the
    // profile's that made it, on that profile's server, since its token
    // sends it (two profiles of one server, two people, never send each
    // other's changes); for a server no profile has (a --server for one
    // run, and changes from before profiles) the server's own, which
    // ChangeAdoption gives to the first profile of that server.
    static QString profileKey(const QUrl &server, const QString &profileId = {});
    // The key of the changes this client sends.
    static QString keyOf(const ApiClient &api);
    // A key's server identity, and its profile (empty for a server's own).
    static std::pair<QString, QString> splitKey(const QString &key);

    bool isAvailable() const;
    // Runs once, before the first write, when the store is not open yet: a
    // window opens it after its first frame, and a change made before then
    // is still written before its request leaves.
    void setOpener(std::function<void()> open) { m_opener = std::move(open); }
    // Reads the rows (again: another instance may have added or sent some),
    // telling what changed since the last read. With recoverSending (the
    // instance that works the outbox, at its start) items left "sending" by
    // a run that ended are pending again.
    void load(bool recoverSending = false);
    // load()'s two halves: the rows read on any thread, with its own
    // connection to the store's file (nothing when they cannot be read)...
    static std::optional<QList<OutboxItem>> read(const QSqlDatabase &db, bool recoverSending);
    // ...and taken here, telling what changed.
    void take(const QList<OutboxItem> &loaded);

    // The item's id, or 0 when the store is unavailable (the change then goes online only).
    // An item added as sending is its writer's own attempt (the editor's, a
    // delete's): it is not waiting while that attempt is out, only once the
    // writer hands it over or it needs attention.
    qint64 add(OutboxItem item);
    bool update(const OutboxItem &item);
    // A create's POST is about to leave: until its answer, whether the server
    // has the link is unknown, also to the next run if this one is killed.
    void markSending(qint64 id, std::optional<qint64> newestIdBefore);
    // The server has the change: recorded in the history, gone from the outbox.
    void complete(qint64 id, const Link &after);
    // Ends an item without the server having it: a failure shown elsewhere, or the user's discard.
    void drop(qint64 id, HistoryEntry::Outcome outcome, const QString &detail);
    // Ends an item as if it had never been made, with no history: a delete
    // undone in its window, before anything was sent.
    void forget(qint64 id);

    std::optional<OutboxItem> item(qint64 id) const;
    QList<OutboxItem> items() const { return m_items; }
    QList<OutboxItem> itemsOf(const QString &profile) const;
    // The edits of a link still to be sent (not those waiting for the user),
    // oldest first.
    QList<LinkPatch> waitingEdits(const QString &profile, qint64 linkId) const;
    // The changes waiting: pending, needing attention, or sent again by the
    // worker. A writer's own attempt still out is not counted: a save that
    // goes through never shows in the status bar as waiting.
    int count(const QString &profile) const;

signals:
    void itemAdded(const OutboxItem &item);
    void itemChanged(const OutboxItem &item);
    void itemRemoved(const OutboxItem &item);

private:
    // Runs a write on the store's connection; the store then has it synced.
    bool write(QSqlQuery &query);
    // By value: the item is taken out of the list it may refer to.
    void erase(qint64 id);
    void remove(OutboxItem item, HistoryEntry::Outcome outcome, const QJsonObject &after, const QString &detail);
    int indexOf(qint64 id) const;

    LocalStore *m_store;
    History *m_history;
    QList<OutboxItem> m_items; // oldest first
    QSet<qint64> m_ownAttempts; // added as sending, not handed over yet
    std::function<void()> m_opener;
};
