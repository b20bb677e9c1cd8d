#pragma once

#include <QAtomicInteger>
#include <QObject>
#include <QThreadPool>

class QSqlDatabase;

// Puts on the disk what a connection with synchronous=NORMAL committed to a
// WAL-mode database, on a thread of its own, a moment after each commit:
// the commit itself then costs no wait for the disk on the GUI thread,
// and what a power cut could take is the last few milliseconds, not
// everything since the last checkpoint.
//
// Not a second SQLite connection that checkpoints: a checkpoint copies the
// journal back into the database, and the next commit would then start the
// journal over and wait for the disk to sync its header, on the committing
// thread. The journal file itself is synced instead (any descriptor of a
// file syncs all of it; SQLite takes no locks on the journal, only on the
// database and its -shm file, so opening and closing it here disturbs
// nothing), with its folder (a journal made since has its entry there). A
// checkpoint runs here only when the journal has grown large, as SQLite's
// own would after about 1000 pages.
//
// Nor does the GUI thread start a journal: SQLite syncs a journal's header
// when a commit starts it (the first commit after the last connection
// closed, or after a checkpoint copied all of it back), even with
// synchronous=NORMAL. Here a small write of a durable connection starts it
// instead: when the store opens (its connection holds the file open, so the
// journal outlives this one) and after each checkpoint.
class WalSync : public QObject
{
    Q_OBJECT
public:
    explicit WalSync(QString databasePath, QObject *parent = nullptr);
    // Waits for a sync under way, and makes one that was asked for.
    ~WalSync() override;

    // A commit was made: returns at once; a sync starts after it.
    void request();
    // Starts the journal on this object's thread (the store does as it opens).
    void startJournal();
    // How many syncs have finished (each covers every commit before it began).
    int count() const { return m_count.loadAcquire(); }

    static constexpr qint64 checkpointBytes = 1024 * 1024;

signals:
    // From the syncing thread: connect with an automatic or queued connection.
    void synced();

private:
    void sync();
    // A write that changes nothing, on a durable connection.
    static bool startJournalWith(const QSqlDatabase &db);

    QString m_databasePath;
    QThreadPool m_thread; // one thread: syncs never overlap
    QAtomicInteger<int> m_requested = 0;
    QAtomicInteger<int> m_count = 0;
};
