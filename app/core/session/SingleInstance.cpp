#include "SingleInstance.h"

#include "AppInfo.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#include <chrono>

Q_LOGGING_CATEGORY(lcInstance, "portfoliolinks.instance")

namespace {

// The user's own folder for sockets and locks (XDG_RUNTIME_DIR: mode 0700,
// emptied at logout). Windows has none; its temporary folder is per user.
QString privateFolder()
{
#ifdef Q_OS_WIN
    return QStandardPaths::writableLocation(QStandardPaths::TempLocation);
#else
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
#endif
}

QString serverNameFor(const QString &key)
{
#ifdef Q_OS_WIN
    return key; // a pipe name, not a path
#else
    return privateFolder() + QLatin1Char('/') + key + QLatin1String(".socket");
#endif
}

// A running instance that takes longer to accept a few bytes is hung: the
// later start gives up (exit 1) rather than wait with no window at all.
constexpr std::chrono::seconds handOverTimeout{10};

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(key))
    , m_lock(privateFolder() + QLatin1Char('/') + key + QLatin1String(".lock"))
{
    // Held for as long as the app runs: stale only when its process is gone.
    m_lock.setStaleLockTime(0);
#ifdef Q_OS_WIN
    // Pipe names are machine-wide: only this user may connect. Elsewhere the
    // socket is in a folder only this user can enter.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
#endif
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
}

QString SingleInstance::userKey()
{
    const QByteArray dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(dataFolder, QCryptographicHash::Sha256).toHex().left(16);
    return QString(AppInfo::appId) + QLatin1Char('-') + QString::fromLatin1(hash);
}

bool SingleInstance::claim()
{
    if (!m_lock.tryLock()) {
        if (m_lock.error() == QLockFile::LockFailedError)
            return false;
        qCWarning(lcInstance) << "cannot create" << m_lock.fileName() << "; running without the one-instance guard";
        return true;
    }
    // We hold the lock, so a socket already there was left by a crashed
    // instance: nobody listens on it, but it would make listen() fail.
    QLocalServer::removeServer(m_serverName);
    if (!m_server.listen(m_serverName))
        qCWarning(lcInstance) << "later starts cannot reach this one:" << m_server.errorString();
    return true;
}

void SingleInstance::handOver(const QStringList &arguments)
{
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << arguments;

    m_handOver = new QLocalSocket(this);
    QLocalSocket *socket = m_handOver;
    connect(socket, &QLocalSocket::connected, socket, [socket, message] {
        socket->write(message);
        socket->disconnectFromServer(); // after the bytes are written
    });
    // Queued: connectToServer() may fail at once, before the caller runs its
    // event loop, and QCoreApplication::exit() does nothing before exec().
    connect(socket, &QLocalSocket::disconnected, this, [this] { finishHandOver(true); }, Qt::QueuedConnection);
    connect(socket, &QLocalSocket::errorOccurred, this, [this] { finishHandOver(false); }, Qt::QueuedConnection);
    QTimer::singleShot(handOverTimeout, socket, [this] { finishHandOver(false); });
    socket->connectToServer(m_serverName);
}

void SingleInstance::finishHandOver(bool delivered)
{
    if (!m_handOver)
        return; // the other outcome came first
    if (!delivered)
        qCWarning(lcInstance) << "the running instance did not answer:" << m_handOver->errorString();
    m_handOver->deleteLater();
    m_handOver = nullptr;
    emit handOverFinished(delivered);
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { receive(socket); });
    }
}

void SingleInstance::receive(QLocalSocket *socket)
{
    QDataStream in(socket);
    in.startTransaction();
    QStringList arguments;
    in >> arguments;
    if (!in.commitTransaction())
        return; // the rest is still on its way
    socket->disconnectFromServer();
    emit activated(arguments);
}
