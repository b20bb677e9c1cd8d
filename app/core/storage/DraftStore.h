#pragma once

#include "FormDraft.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

// Keeps the form's draft on disk so that a crash, a kill -9 or a power cut
// loses nothing typed. Writes are atomic (QSaveFile: the old draft stays
// whole until the new one is complete) and happen one after another on a
// worker thread, never on the GUI thread.
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

private:
    QString m_path;
    QThreadPool m_writer; // one thread: writes land in the order they were made
};
