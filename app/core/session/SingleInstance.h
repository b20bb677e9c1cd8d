#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QLocalSocket;

// One running Portfolio Links per user. What the app keeps for its user is
// per user, not per window: the form's draft, the outbox of links still to
// send, the token in the keychain. Two windows writing one draft lose each
// other's text, so a second start hands its command line to the running
// window and exits. Several links in one window (the workspace) and work on
// several servers (connection profiles) are done inside that one instance.
//
// The lock file decides who is first, so two starts at the same moment (a
// double click) cannot both win; QLockFile sees through a lock left by a
// crashed instance (its process is gone). The local socket only carries the
// later start's arguments to the first one. Both live in the user's private
// runtime folder (XDG_RUNTIME_DIR, mode 0700), so only this user reaches them.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // Instances with the same key are one; userKey() by default.
    explicit SingleInstance(const QString &key = userKey(), QObject *parent = nullptr);

    // This user's key: the application and its data folder, where the draft
    // lives (tests with their own data folders do not meet each other).
    static QString userKey();
    // Where later starts knock (a socket path, or a pipe name on Windows).
    QString serverName() const { return m_serverName; }

    // True when this is the first instance: it then listens for later starts.
    // Also true, with a warning, when no lock can be made at all: running
    // unguarded beats not running.
    bool claim();
    // From a later start: sends the arguments to the first instance;
    // handOverFinished() follows, always from the event loop.
    void handOver(const QStringList &arguments);

signals:
    // On the first instance: a later start's arguments.
    void activated(const QStringList &arguments);
    // On a later start: whether the first instance got the arguments.
    void handOverFinished(bool delivered);

private:
    void acceptConnections();
    void receive(QLocalSocket *socket);
    void finishHandOver(bool delivered);

    QString m_serverName;
    QLockFile m_lock;
    QLocalServer m_server;
    QPointer<QLocalSocket> m_handOver;
};
