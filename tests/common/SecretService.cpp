#include "SecretService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <csignal>

namespace {
QList<QProcess *> buses;

// A post routine: added before the app's keychain thread's, it runs after it.
void stopBuses()
{
    for (QProcess *bus : std::as_const(buses)) {
        bus->terminate();
        bus->waitForFinished(5000);
        delete bus;
    }
    buses.clear();
}
} // namespace

bool SecretService::start()
{
    if (!m_home.isValid()) {
        m_error = QStringLiteral("no temporary folder for the keyring");
        return false;
    }
    if (buses.isEmpty())
        qAddPostRoutine(stopBuses);
    auto *bus = new QProcess;
    buses.append(bus);
    // --print-address: the bus's address on standard output once it listens.
    bus->start(QStringLiteral("dbus-daemon"),
               {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
    while (!bus->canReadLine()) {
        if (!bus->waitForReadyRead(10000)) {
            m_error = QStringLiteral("dbus-daemon gave no address: ") + bus->errorString()
                + QString::fromLocal8Bit(bus->readAllStandardError());
            return false;
        }
    }
    m_address = QString::fromLocal8Bit(bus->readLine()).trimmed();

    const QString runtime = m_home.filePath(QStringLiteral("runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    QProcess keyring;
    keyring.setProcessEnvironment(environment);
    // --unlock reads the login keyring's password from standard input, and
    // makes the keyring with it the first time. The daemon forks once it
    // serves the bus; the command returns then.
    keyring.start(QStringLiteral("gnome-keyring-daemon"),
                  {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    keyring.write("test-keyring-password");
    keyring.closeWriteChannel();
    if (!keyring.waitForFinished(20000) || keyring.exitStatus() != QProcess::NormalExit || keyring.exitCode() != 0) {
        m_error = QStringLiteral("gnome-keyring-daemon did not start: ") + keyring.errorString()
            + QString::fromLocal8Bit(keyring.readAllStandardError());
        return false;
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toLocal8Bit());
    return true;
}

QString SecretService::keyringFolder() const
{
    return m_home.filePath(QStringLiteral("data/keyrings"));
}

SecretService::~SecretService()
{
    resume();
}

bool SecretService::pause()
{
    // The daemon forked away from the command that started it: the bus knows it.
    QProcess ask;
    ask.start(QStringLiteral("dbus-send"),
              {QStringLiteral("--session"), QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.DBus"),
               QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
               QStringLiteral("string:org.freedesktop.secrets")});
    if (!ask.waitForFinished(10000) || ask.exitCode() != 0) {
        m_error = QStringLiteral("the bus did not say which process serves the keyring: ")
            + QString::fromLocal8Bit(ask.readAllStandardError());
        return false;
    }
    // "method return …" and then "   uint32 <pid>".
    const qint64 pid = QString::fromLocal8Bit(ask.readAllStandardOutput()).split(QLatin1Char(' '), Qt::SkipEmptyParts)
                           .constLast()
                           .trimmed()
                           .toLongLong();
    if (pid <= 0 || ::kill(pid_t(pid), SIGSTOP) != 0) {
        m_error = QStringLiteral("the keyring's daemon could not be stopped");
        return false;
    }
    m_pausedDaemon = pid;
    return true;
}

void SecretService::resume()
{
    if (m_pausedDaemon > 0)
        ::kill(pid_t(m_pausedDaemon), SIGCONT);
    m_pausedDaemon = 0;
}
