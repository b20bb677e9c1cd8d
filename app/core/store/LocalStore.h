#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class WalSync;

// The app's own database: one SQLite file (the outbox of changes not yet on
// the server, and the history of changes made), not a JSON file, because it
// must survive kill -9 and a power cut in the middle of a write, and be
// queried. WAL journal. The store's own connection (the GUI thread's)
// commits with synchronous=NORMAL: a change the outbox has written is in
// the system's cache before its request leaves, which the app's crash does
// not lose, and wrote() has a thread of its own put it on the disk a moment
// later (WalSync), so that a click never waits for the disk. Every other
// connection commits with synchronous=FULL.
//
// Opening is the slow part (the SQLite driver loaded, the file checked and
// migrated): check() does it on any thread with a connection of its own,
// and take() hands its outcome to the store; open() does both at once.
//
// A file SQLite cannot read is moved aside (its name gets a timestamp) and a
// fresh one made: the app starts anyway, and movedAside() says so once. A
// data folder that cannot be written (read-only, full disk) leaves the store
// unavailable, with problem() in a sentence; changes then still go to the
// server directly.
//
// Each thread gets its own connection to the file (connection()): Qt SQL
// connections may only be used by the thread that made them.
class LocalStore
{
    Q_DECLARE_TR_FUNCTIONS(LocalStore)
public:
    // The schema this build writes; migrations bring older files up to it.
    static constexpr int schemaVersion = 1;

    explicit LocalStore(QString filePath = defaultPath());
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    // The application's data location, per user.
    static QString defaultPath();
    QString filePath() const { return m_path; }

    // What check() found: whether the store can be used, and why not.
    struct Check
    {
        bool available = false;
        QString problem;
        QString movedAside;
    };
    // Opens (or makes) the file and brings its schema up to date, on the
    // calling thread and with a connection of its own, closed after it: a
    // damaged file is moved aside and a fresh one made. Any thread.
    static Check check(const QString &filePath);
    // The outcome of check() on this store's file: the store's connection is
    // opened (cheap now: the driver is loaded and the file checked), so that
    // the first write does not open it.
    bool take(const Check &checked);
    // check() and take() on the calling thread.
    bool open();
    bool isAvailable() const { return m_available; }
    QString problem() const { return m_problem; }
    // Where an unreadable file was moved by open(); empty when none was.
    QString movedAside() const { return m_movedAside; }

    // This store's connection to the file, opened on first use, for the
    // thread that made the store (the GUI thread in the app).
    QSqlDatabase connection() const;
    // A write on connection() was committed: it goes to the disk soon, off this thread.
    void wrote();
    WalSync *walSync() const { return m_sync.get(); }
    // For a worker thread (QtConcurrent): a connection of its own for one
    // use, closed after it, so that a pooled thread never keeps reading a
    // file that was since moved aside.
    template<typename Use>
    static auto withConnection(const QString &filePath, Use &&use)
    {
        const QString name = uniqueConnectionName(filePath);
        auto result = use(open(name, filePath));
        QSqlDatabase::removeDatabase(name);
        return result;
    }
    int version() const;
    // Qt binds a null QString as NULL; text columns want it empty.
    static QString nonNull(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }

private:
    enum class Commit { Durable, ToTheSystem };
    static QSqlDatabase open(const QString &name, const QString &filePath, Commit commit = Commit::Durable);
    static QString uniqueConnectionName(const QString &filePath);
    static bool checkAndMigrate(QSqlDatabase db, Check &checked, bool &damaged);
    static bool migrate(QSqlDatabase &db, QString &problem);
    static int version(const QSqlDatabase &db);
    static QString moveAside(const QString &filePath);
    void closeConnection();

    QString m_path;
    QString m_connectionName; // one per store: two windows never close each other's
    QString m_problem;
    QString m_movedAside;
    bool m_available = false;
    std::unique_ptr<WalSync> m_sync; // while available
};
