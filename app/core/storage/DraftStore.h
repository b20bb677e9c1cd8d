#pragma once

#include "FormDraft.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <chrono>

// Keeps the form's draft on disk so that a crash, a kill -9 or a power cut
// loses nothing typed. Writes are atomic (QSaveFile: the old draft stays
// whole until the new one is complete) and happen one after another on a
// worker thread, never on the GUI thread. Each write's outcome comes back on
// the GUI thread: a full disk or a folder that cannot be written must be
// told to the user, whose work is then at risk, and is tried again.
//
// One draft per server: portfolio 1 on one server is not portfolio 1 on
// another, and a link's id means nothing elsewhere. A draft written while no
// server was set (the first start, or a version that kept one draft for all)
// goes to the first server whose drafts are loaded and that has none of its own.
class DraftStore : public QObject
{
    Q_OBJECT
public:
    // `folder`: the application's data location (per user, not shared, not synced) unless given.
    explicit DraftStore(QString folder = defaultFolder(), QObject *parent = nullptr);
    ~DraftStore() override;

    static QString defaultFolder();
    // The file of `server`'s draft; of the draft without a server for an invalid URL.
    static QString pathFor(const QUrl &server, const QString &folder = defaultFolder());
    QString path() const { return m_path; }

    // Later saves, clears and loads are about this server's draft.
    void setServer(const QUrl &server);
    QUrl server() const { return m_server; }

    // Finishes with the write's error, empty once the draft is on disk.
    QFuture<QString> save(const FormDraft &draft);
    void clear();
    // This server's draft, or an empty one; read on a worker thread.
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
    QFuture<QString> write(const QByteArray &contents);
    void report(const QString &path, const QString &error);

    QString m_folder;
    QUrl m_server;
    QString m_path;
    QByteArray m_latest; // what the disk should hold
    QTimer m_retry;
    QThreadPool m_writer; // one thread: writes land in the order they were made
};
