#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A scripted HTTP/1.1 server on 127.0.0.1 (port chosen by the OS) for the
// faults a real server cannot be made to produce on demand: hangs, dropped
// connections, slow or trickled answers. Records every request it receives.
//
// Answers are chosen by the request's path without its query, matched
// exactly ("/a/" is not "/a"); anything unscripted gets the default answer,
// a DRF-style 404. Requests with a Content-Length body and several requests
// on one kept-alive connection are understood; chunked uploads are not
// (Qt sends a Content-Length for every body the client sends).
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour {
        Respond,           // answer at once
        Hang,              // read the request, never answer (the connection stays open)
        CloseAfterRequest, // read the request, close without a word
        CloseMidBody,      // announce the full Content-Length, send half the body, close
        Delayed,           // answer after delayMs, from a server-side timer
        Trickle,           // headers at once, then the body chunkBytes at a time, one chunk every delayMs
    };

    struct Response
    {
        int status = 200;
        QByteArray reason; // empty: the standard phrase for the status
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // sent after Content-Type and Content-Length
        Behaviour behaviour = Behaviour::Respond;
        int delayMs = 0;
        int chunkBytes = 64;
    };

    struct Request
    {
        QByteArray method;
        QByteArray path; // as on the request line, query included
        QMap<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
    };

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    QUrl url(const QString &path = QStringLiteral("/")) const;

    void setResponse(const QByteArray &path, const Response &response);
    void setDefaultResponse(const Response &response);
    QList<Request> requests() const { return m_requests; }

    // Shorthands for the common answers; behaviour and delay can be set after.
    static Response json(int status, const QByteArray &body);
    static Response html(int status, const QByteArray &body);
    static Response with(Behaviour behaviour, Response response, int delayMs = 0);
    static Response with(Behaviour behaviour, int delayMs = 0);

signals:
    // Emitted once the whole request (body included) is in, before its
    // answer is looked up: a slot may still setResponse() for this very
    // request, e.g. to answer a POST and a later GET of one path differently.
    void requestReceived(const FakeHttpServer::Request &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);
    static QByteArray head(const Response &response);

    QHash<QByteArray, Response> m_responses;
    Response m_default;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers; // bytes received and not yet parsed, per connection
    // Last, so it is destroyed first: its sockets report their disconnection
    // into m_buffers while they die.
    QTcpServer m_server;
};
