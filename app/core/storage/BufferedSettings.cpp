#include "BufferedSettings.h"

#include "storage/SettingsWriter.h"

QVariant BufferedSettings::value(const QString &key, const QVariant &fallback) const
{
    if (const SettingsWriter *writer = SettingsWriter::current()) {
        if (const std::optional<QVariant> pending = writer->pending(key))
            return pending->isValid() ? *pending : fallback;
    }
    return m_settings.value(key, fallback);
}

bool BufferedSettings::contains(const QString &key) const
{
    return value(key).isValid();
}

void BufferedSettings::setValue(const QString &key, const QVariant &value)
{
    if (SettingsWriter *writer = SettingsWriter::current())
        writer->setValue(key, value);
    else
        m_settings.setValue(key, value);
}

void BufferedSettings::remove(const QString &key)
{
    if (SettingsWriter *writer = SettingsWriter::current())
        writer->remove(key);
    else
        m_settings.remove(key);
}
