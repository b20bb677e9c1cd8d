#pragma once

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QVariant>

#include <chrono>
#include <optional>

// Writes the settings off the GUI thread. QSettings writes its whole file,
// with an fsync, when an object with changes is destroyed: a click that
// remembers the last portfolio would wait for the disk. Settings hands its
// changes here instead; they are read back from here at once, gathered for a
// moment and written in one batch by a worker (one batch at a time, in
// order), and whatever is left is written before the application ends.
//
// One per application, made in main() after the application object; while
// there is none (tests of single widgets), Settings writes as QSettings does.
class SettingsWriter : public QObject
{
    Q_OBJECT
public:
    explicit SettingsWriter(QObject *parent = nullptr);
    // Writes what is still pending and waits for it.
    ~SettingsWriter() override;

    // The writer Settings uses, or none.
    static SettingsWriter *current();

    void setValue(const QString &key, const QVariant &value);
    void remove(const QString &key);
    // A change not yet on disk: the new value, an invalid QVariant for a
    // removed key; nullopt when the key was not changed.
    std::optional<QVariant> pending(const QString &key) const;

    // Writes what is pending now and waits until it is written.
    void flush();

    // How long changes are gathered before a batch is written; 200 ms unless set.
    void setDelay(std::chrono::milliseconds delay);

signals:
    // A batch is on disk.
    void written();

private:
    struct Change
    {
        QVariant value; // invalid: removed
        quint64 batch = 0;
    };
    void change(const QString &key, const QVariant &value);
    void writeBatch();

    QHash<QString, Change> m_changes; // not yet on disk
    quint64 m_nextBatch = 1;
    QTimer m_timer;
    QThreadPool m_worker; // one thread: batches land in the order they were made
};
