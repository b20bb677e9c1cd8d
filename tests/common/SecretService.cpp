#include "SecretService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

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
