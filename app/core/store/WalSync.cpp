#include "WalSync.h"

#include "LocalStore.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcWalSync, "portfoliolinks.store.sync")

namespace {

bool syncFile(const QString &path, bool folder)
{
#ifdef Q_OS_WIN
    if (folder)
        return true; // NTFS records a new file's name in its own journal
    QFile file(path);
    return file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly) && _commit(file.handle()) == 0;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | (folder ? O_DIRECTORY : 0));
    if (fd < 0)
        return false;
    const bool synced = (folder ? ::fsync(fd) : ::fdatasync(fd)) == 0;
    ::close(fd);
    return synced;
#endif
}

} // namespace

WalSync::WalSync(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // no thread made on the GUI thread for the next commit
}

WalSync::~WalSync()
{
    m_thread.waitForDone();
    if (m_requested.loadAcquire() != 0)
        sync();
}

void WalSync::request()
{
    if (m_requested.testAndSetOrdered(0, 1))
        m_thread.start([this] { sync(); });
}

void WalSync::startJournal()
{
    m_thread.start([this] {
        if (!LocalStore::withConnection(m_databasePath, &WalSync::startJournalWith))
            qCWarning(lcWalSync) << "the journal could not be started";
    });
}

bool WalSync::startJournalWith(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    // Started over, the journal is cut back to what it holds: its file
    // would otherwise keep its largest size, and each sync would checkpoint.
    if (!query.exec(QStringLiteral("PRAGMA journal_size_limit = 0"))
        || !query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return false;
    // The file's header page written again as it is (SQLite skips an UPDATE
    // that changes nothing; setting a header field it does not).
    const int userVersion = query.value(0).toInt();
    query.finish();
    return query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
}

void WalSync::sync()
{
    // Cleared first: a commit made while this sync runs asks for the next one.
    m_requested.storeRelease(0);
    const QString journal = m_databasePath + QStringLiteral("-wal");
    // No journal: the last connection closed, and SQLite synced what it had.
    if (QFile::exists(journal)) {
        if (!syncFile(journal, false) || !syncFile(QFileInfo(journal).absolutePath(), true))
            qCWarning(lcWalSync) << "the journal could not be synced:" << qt_error_string();
        if (QFileInfo(journal).size() > checkpointBytes) {
            // Copied all back, the journal would be started over by the next commit.
            LocalStore::withConnection(m_databasePath, [](const QSqlDatabase &db) {
                return QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && startJournalWith(db);
            });
        }
    }
    m_count.fetchAndAddOrdered(1);
    emit synced();
}
