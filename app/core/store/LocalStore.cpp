#include "LocalStore.h"

#include "WalSync.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcStore, "portfoliolinks.store")

namespace {

// Each migration takes the schema from its index to the next version; they
// run in order, each in its own transaction, and are never edited once
// released (a new version appends one).
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        {
            // 0 -> 1: the outbox and the history.
            QStringLiteral("CREATE TABLE outbox ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " profile TEXT NOT NULL,"
                           " server TEXT NOT NULL,"
                           " portfolio INTEGER NOT NULL,"
                           " operation TEXT NOT NULL,"
                           " link_id INTEGER NOT NULL DEFAULT 0,"
                           " depends_on INTEGER NOT NULL DEFAULT 0,"
                           " payload TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " next_retry INTEGER NOT NULL DEFAULT 0,"
                           " created INTEGER NOT NULL,"
                           " outcome_unknown INTEGER NOT NULL DEFAULT 0,"
                           " newest_id_before INTEGER)"),
            QStringLiteral("CREATE TABLE history ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " at INTEGER NOT NULL,"
                           " profile TEXT NOT NULL,"
                           " server TEXT NOT NULL,"
                           " portfolio INTEGER NOT NULL,"
                           " link_id INTEGER NOT NULL,"
                           " operation TEXT NOT NULL,"
                           " before TEXT NOT NULL,"
                           " after TEXT NOT NULL,"
                           " outcome TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX history_at ON history(at)"),
        },
    };
    return steps;
}

QString connectionName(const QString &path)
{
    return QStringLiteral("portfoliolinks:%1").arg(path);
}

bool exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    qCWarning(lcStore) << "statement failed:" << query.lastError().text();
    return false;
}

} // namespace

LocalStore::LocalStore(QString filePath)
    : m_path(std::move(filePath))
    , m_connectionName(uniqueConnectionName(m_path))
{
}

LocalStore::~LocalStore()
{
    m_sync.reset(); // what was written reaches the disk first
    closeConnection();
}

QString LocalStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/portfolio-links.sqlite");
}

QSqlDatabase LocalStore::connection() const
{
    return QSqlDatabase::contains(m_connectionName) ? QSqlDatabase::database(m_connectionName)
                                                    : open(m_connectionName, m_path, Commit::ToTheSystem);
}

void LocalStore::wrote()
{
    if (m_sync)
        m_sync->request();
}

QString LocalStore::uniqueConnectionName(const QString &filePath)
{
    static QAtomicInteger<quint64> next;
    return connectionName(filePath) + QLatin1Char(':') + QString::number(++next);
}

QSqlDatabase LocalStore::open(const QString &name, const QString &filePath, Commit commit)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(filePath);
    // Another running instance may hold the write lock for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (db.open()) {
        QSqlQuery pragmas(db);
        pragmas.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        // NORMAL in WAL mode: a commit writes the journal and does not wait
        // for the disk (WalSync does); it still survives the app's crash.
        pragmas.exec(commit == Commit::Durable ? QStringLiteral("PRAGMA synchronous=FULL")
                                               : QStringLiteral("PRAGMA synchronous=NORMAL"));
        pragmas.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    return db;
}

void LocalStore::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool LocalStore::open()
{
    closeConnection();
    return take(check(m_path));
}

bool LocalStore::take(const Check &checked)
{
    closeConnection();
    m_sync.reset();
    m_available = checked.available;
    m_problem = checked.problem;
    if (!checked.movedAside.isEmpty())
        m_movedAside = checked.movedAside;
    if (!m_available)
        return false;
    m_sync = std::make_unique<WalSync>(m_path);
    connection();
    m_sync->startJournal();
    return true;
}

LocalStore::Check LocalStore::check(const QString &filePath)
{
    Check checked;
    const QString folder = QFileInfo(filePath).absolutePath();
    if (!QDir().mkpath(folder)) {
        checked.problem = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder));
        return checked;
    }
    bool damaged = false; // SQLite cannot read the file as a database
    const auto checkOnce = [&] {
        return withConnection(filePath, [&](QSqlDatabase db) { return checkAndMigrate(db, checked, damaged); });
    };
    if (checkOnce()) {
        checked.available = true;
        return checked;
    }
    // A damaged file is set aside for whoever wants to look at it; a file
    // that only cannot be written (read-only, full disk) is left alone.
    if (!damaged || (checked.movedAside = moveAside(filePath)).isEmpty())
        return checked;
    checked.problem.clear();
    checked.available = checkOnce();
    return checked;
}

bool LocalStore::checkAndMigrate(QSqlDatabase db, Check &checked, bool &damaged)
{
    damaged = false;
    if (!db.isOpen()) {
        checked.problem = tr("The local database cannot be opened: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok")) {
        damaged = true;
        checked.problem = tr("The local database is damaged: %1").arg(check.lastError().text());
        return false;
    }
    check.finish();
    return migrate(db, checked.problem);
}

int LocalStore::version() const
{
    return version(connection());
}

int LocalStore::version(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool LocalStore::migrate(QSqlDatabase &db, QString &problem)
{
    if (!exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        problem = tr("The local database cannot be written: %1").arg(db.lastError().text());
        return false;
    }
    int current = version(db);
    if (current > schemaVersion) {
        problem = tr("The local database was written by a newer version of Portfolio Links.");
        return false;
    }
    for (; current < schemaVersion; ++current) {
        db.transaction();
        bool ok = true;
        for (const QString &statement : migrations().at(current))
            ok = ok && exec(db, statement);
        ok = ok && exec(db, QStringLiteral("DELETE FROM schema_version"));
        QSqlQuery setVersion(db);
        setVersion.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        setVersion.addBindValue(current + 1);
        ok = ok && setVersion.exec();
        if (!ok || !db.commit()) {
            db.rollback();
            problem = tr("The local database cannot be written: %1").arg(db.lastError().text());
            return false;
        }
    }
    return true;
}

QString LocalStore::moveAside(const QString &filePath)
{
    const QString aside = filePath + QStringLiteral(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(filePath, aside))
        return {};
    // The journal of a damaged file belongs to it, not to the fresh one.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::rename(filePath + suffix, aside + suffix);
    qCWarning(lcStore) << "unreadable database moved to" << aside;
    return aside;
}
