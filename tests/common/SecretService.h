#pragma once

#include <QString>
#include <QTemporaryDir>

// A real keychain for a test: a private D-Bus session bus with GNOME
// Keyring's Secret Service on it (Debian's gnome-keyring, which QtKeychain
// reaches through libsecret), its login keyring unlocked and its files in a
// folder of its own. start() points this process's session bus there
// (DBUS_SESSION_BUS_ADDRESS, read by QtKeychain when it first connects);
// programs started afterwards inherit it. The bus stays until the
// application object goes, after the app's keychain thread has stopped: a
// session bus that closes under an open connection ends the process
// (GLib's exit-on-close, as when a desktop session ends). The keyring's
// daemon goes with the bus.
class SecretService
{
public:
    SecretService() = default;
    SecretService(const SecretService &) = delete;
    SecretService &operator=(const SecretService &) = delete;
    ~SecretService();

    bool start();
    // The keyring stops answering, as one waiting for its password to be
    // typed or one that hangs does (its daemon is stopped), until resume().
    bool pause();
    void resume();
    QString errorString() const { return m_error; }
    QString busAddress() const { return m_address; }
    // Where the keyring keeps its files (encrypted).
    QString keyringFolder() const;

private:
    QTemporaryDir m_home;
    QString m_address;
    QString m_error;
    qint64 m_pausedDaemon = 0;
};
