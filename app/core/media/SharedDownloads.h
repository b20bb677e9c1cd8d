#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// The media downloads in flight on one network manager, by file, so that
// every ThumbnailLoader of a session (the result's strip, the list's cache)
// waits for the same reply instead of fetching a file a second time. Each
// loader holding a reply counts as one user; the last one to let go aborts it.
class SharedDownloads : public QObject
{
    Q_OBJECT
public:
    // The registry of `network`'s downloads (a child of it, made on first use).
    static SharedDownloads *of(QNetworkAccessManager *network);

    // The reply still downloading `file`, now with one more user; null if none.
    QNetworkReply *join(const QUrl &file);
    // Registers a new reply with its first user.
    void add(const QUrl &file, QNetworkReply *reply);
    // One user less; true when it was the last (the caller then aborts it).
    // (Every user reads the same body from the reply's BoundedBody.)
    static bool leave(QNetworkReply *reply);

private:
    explicit SharedDownloads(QNetworkAccessManager *network);

    QHash<QUrl, QPointer<QNetworkReply>> m_replies;
};
