#pragma once

#include "FormDraft.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <chrono>

// Keeps the form's draft on disk so that a crash, a kill -9 or a power cut
// loses nothing typed. Writes are atomic (QSaveFile: the old draft stays
// whole until the new one is complete) and happen one after another on a
// worker thread, never on the GUI thread. Each write's outcome comes back on
// the GUI thread: a full disk or a folder that cannot be written must be
// told to the user, whose work is then at risk, and is tried again.
class DraftStore : public QObject
{
    Q_OBJECT
public:
    explicit DraftStore(QString path = defaultPath(), QObject *parent = nullptr);
    ~DraftStore() override;

    // In the application's data location (per user, not shared, not synced).
    static QString defaultPath();
    QString path() const { return m_path; }

    void save(const FormDraft &draft);
    void clear();
    // The saved draft, or an empty one; read on a worker thread.
    QFuture<FormDraft> load();

    // While writing fails, the last draft is written again this often (as
    // well as on every save()); 15 s unless set.
    void setRetryInterval(std::chrono::milliseconds interval);

signals:
    // The disk holds the latest draft (or none, after clear()).
    void saved();
    // The latest write failed; `reason` is translated plain text.
    void saveFailed(const QString &reason);

private:
    // Empty contents: no draft, the file is removed.
    void write(const QByteArray &contents);
    void report(const QString &error);

    QString m_path;
    QByteArray m_latest; // what the disk should hold
    QTimer m_retry;
    QThreadPool m_writer; // one thread: writes land in the order they were made
};
