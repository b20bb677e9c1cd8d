#include "SettingsWriter.h"

#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace {
SettingsWriter *currentWriter = nullptr;

// On the worker: a QSettings of its own (QSettings is reentrant, and objects
// on one file share what they hold in the process).
void writeToDisk(const QHash<QString, QVariant> &batch)
{
    QSettings settings;
    for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
        if (it.value().isValid())
            settings.setValue(it.key(), it.value());
        else
            settings.remove(it.key());
    }
    settings.sync();
}
} // namespace

SettingsWriter::SettingsWriter(QObject *parent)
    : QObject(parent)
{
    m_worker.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::milliseconds(200));
    connect(&m_timer, &QTimer::timeout, this, &SettingsWriter::writeBatch);
    currentWriter = this;
}

SettingsWriter::~SettingsWriter()
{
    flush();
    if (currentWriter == this)
        currentWriter = nullptr;
}

SettingsWriter *SettingsWriter::current()
{
    return currentWriter;
}

void SettingsWriter::setValue(const QString &key, const QVariant &value)
{
    change(key, value);
}

void SettingsWriter::remove(const QString &key)
{
    change(key, QVariant());
}

void SettingsWriter::change(const QString &key, const QVariant &value)
{
    m_changes.insert(key, {value, m_nextBatch});
    if (!m_timer.isActive())
        m_timer.start();
}

std::optional<QVariant> SettingsWriter::pending(const QString &key) const
{
    const auto it = m_changes.constFind(key);
    return it == m_changes.cend() ? std::nullopt : std::optional<QVariant>(it->value);
}

void SettingsWriter::flush()
{
    m_timer.stop();
    writeBatch();
    m_worker.waitForDone();
}

void SettingsWriter::setDelay(std::chrono::milliseconds delay)
{
    m_timer.setInterval(delay);
}

void SettingsWriter::writeBatch()
{
    const quint64 batch = m_nextBatch;
    QHash<QString, QVariant> values;
    for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it) {
        if (it->batch == batch)
            values.insert(it.key(), it->value);
    }
    if (values.isEmpty())
        return;
    ++m_nextBatch; // later changes of the same keys wait for the next batch
    // Read back from here until the worker's QSettings holds them.
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, batch] {
        watcher->deleteLater();
        m_changes.removeIf([batch](const auto &entry) { return entry.value().batch == batch; });
        emit written();
    });
    watcher->setFuture(QtConcurrent::run(&m_worker, writeToDisk, values));
}
