#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The app's own database: one SQLite file (the outbox of changes not yet on
// the server, and the history of changes made), not a JSON file, because it
// must survive kill -9 and a power cut in the middle of a write, and be
// queried. WAL journal with synchronous=FULL: a change the outbox has
// written is on disk before its request leaves.
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

    // Opens (or makes) the file and brings its schema up to date.
    bool open();
    bool isAvailable() const { return m_available; }
    QString problem() const { return m_problem; }
    // Where an unreadable file was moved by open(); empty when none was.
    QString movedAside() const { return m_movedAside; }

    // This store's connection to the file, opened on first use, for the
    // thread that made the store (the GUI thread in the app).
    QSqlDatabase connection() const;
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
    static QSqlDatabase open(const QString &name, const QString &filePath);
    static QString uniqueConnectionName(const QString &filePath);
    bool openAndMigrate();
    bool migrate(QSqlDatabase &db);
    void closeConnection();
    bool moveAside();

    QString m_path;
    QString m_connectionName; // one per store: two windows never close each other's
    QString m_problem;
    QString m_movedAside;
    bool m_available = false;
    bool m_damaged = false; // SQLite cannot read the file as a database
};
