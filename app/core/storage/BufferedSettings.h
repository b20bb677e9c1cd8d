#pragma once

#include <QSettings>
#include <QVariant>

// QSettings read and written through the SettingsWriter when main() has made
// one: reads see its pending changes, and writes leave the file (and its
// fsync) to its worker, so no click waits for the disk. Without one (tests of
// single classes) it is QSettings.
class BufferedSettings
{
public:
    QVariant value(const QString &key, const QVariant &fallback = QVariant()) const;
    bool contains(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);
    // One key, not a group: a group removed on disk would still be read back
    // from the changes pending under it.
    void remove(const QString &key);

private:
    QSettings m_settings;
};
