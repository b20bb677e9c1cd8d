#include "LocalStore.h"

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
    closeConnection();
}

QString LocalStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/portfolio-links.sqlite");
}

QSqlDatabase LocalStore::connection() const
{
    return QSqlDatabase::contains(m_connectionName) ? QSqlDatabase::database(m_connectionName)
                                                    : open(m_connectionName, m_path);
}

QString LocalStore::uniqueConnectionName(const QString &filePath)
{
    static QAtomicInteger<quint64> next;
    return connectionName(filePath) + QLatin1Char(':') + QString::number(++next);
}

QSqlDatabase LocalStore::open(const QString &name, const QString &filePath)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(filePath);
    // Another running instance may hold the write lock for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (db.open()) {
        QSqlQuery pragmas(db);
        pragmas.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragmas.exec(QStringLiteral("PRAGMA synchronous=FULL"));
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
    m_available = false;
    m_problem.clear();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_problem = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
        return false;
    }
    if (openAndMigrate())
        return m_available = true;
    // A damaged file is set aside for whoever wants to look at it; a file
    // that only cannot be written (read-only, full disk) is left alone.
    if (!m_damaged || !moveAside())
        return false;
    m_problem.clear();
    return m_available = openAndMigrate();
}

bool LocalStore::openAndMigrate()
{
    closeConnection();
    m_damaged = false;
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_problem = tr("The local database cannot be opened: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok")) {
        m_damaged = true;
        m_problem = tr("The local database is damaged: %1").arg(check.lastError().text());
        closeConnection();
        return false;
    }
    check.finish();
    if (!migrate(db)) {
        closeConnection();
        return false;
    }
    return true;
}

int LocalStore::version() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool LocalStore::migrate(QSqlDatabase &db)
{
    if (!exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        m_problem = tr("The local database cannot be written: %1").arg(db.lastError().text());
        return false;
    }
    int current = version();
    if (current > schemaVersion) {
        m_problem = tr("The local database was written by a newer version of Portfolio Links.");
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
            m_problem = tr("The local database cannot be written: %1").arg(db.lastError().text());
            return false;
        }
    }
    return true;
}

bool LocalStore::moveAside()
{
    closeConnection();
    const QString aside = m_path + QStringLiteral(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(m_path, aside))
        return false;
    // The journal of a damaged file belongs to it, not to the fresh one.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::rename(m_path + suffix, aside + suffix);
    qCWarning(lcStore) << "unreadable database moved to" << aside;
    m_movedAside = aside;
    return true;
}
