#pragma once

#include <QByteArray>
#include <QObject>

class QNetworkReply;

// A reply's body, read as it arrives into a buffer that holds at most
// `limit` bytes: once an answer announces more (Content-Length) or has sent
// more (a chunked or unannounced body), the reply is aborted and the body
// dropped. Every reader of an answer's body goes through one of these.
//
// Why not downloadProgress: Qt 6.4's HTTP thread reads the socket and queues
// what it read to the reply's thread without limit, and the reply folds the
// queued pieces into one, emitting readyRead and downloadProgress only once
// the queue is empty. A server writing a chunked body faster than the GUI
// thread empties that queue is never seen past a limit: the HTTP thread
// buffered hundreds of megabytes (gigabytes against a remote server) first.
// A read buffer size on the reply makes the HTTP thread stop reading the
// socket until the reply's buffer is read, so the server is held back by
// TCP; reading it on every readyRead keeps the reply's buffer small and
// counts the body exactly.
class BoundedBody : public QObject
{
    Q_OBJECT
public:
    // What the HTTP thread may read ahead of this object: small beside any
    // limit, large enough not to slow a real download.
    static constexpr qint64 readAheadBytes = 512 * 1024;

    // Starts reading `reply`'s body (owned by the reply, as its child). To be
    // called right after the request is made, before the event loop runs,
    // and after Qt started it: the read limit must reach the HTTP thread
    // before the answer does, for once that thread reads an answer that
    // keeps coming, it loops on the socket and handles no event, so a limit
    // sent later waits until the server pauses (a hostile one never does).
    // The limit is passed on by a queued signal connected when the request
    // starts: at once for a GET, from the event loop for a request with a
    // body unless started by hand (ApiClient does, with sendPostedEvents).
    static BoundedBody *attach(QNetworkReply *reply, qint64 limit);
    // The one attached to `reply`; null if none.
    static BoundedBody *of(const QNetworkReply *reply);

    // Whether the reply was aborted because its answer was larger than the limit.
    bool tooLarge() const { return m_tooLarge; }
    // The body received: read whole once the reply has finished. Empty if
    // it was too large.
    QByteArray body();

private:
    BoundedBody(QNetworkReply *reply, qint64 limit);
    void refuseIfAnnouncedTooLarge();
    void readAvailable();
    void refuse();

    QNetworkReply *const m_reply;
    const qint64 m_limit;
    QByteArray m_body;
    bool m_tooLarge = false;
};
