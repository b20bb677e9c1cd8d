#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A scripted HTTP/1.1 server on 127.0.0.1 for the faults a real server cannot
// be made to produce on demand: hangs, dropped connections, trickled or
// malformed answers. Records every request it receives.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour {
        Respond,           // answer normally
        Hang,              // read the request, never answer
        CloseAfterRequest, // read the request, close without a word
        CloseMidBody,      // full Content-Length announced, half the body sent, then close
        Delayed,           // answer after delayMs
        Trickle,           // the body in small chunks, one every delayMs
    };

    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        Behaviour behaviour = Behaviour::Respond;
        int delayMs = 0;
    };

    struct Request
    {
        QByteArray method;
        QByteArray path; // with the query
        QMap<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
    };

    explicit FakeHttpServer(QObject *parent = nullptr);

    bool listen();
    QUrl url(const QString &path = QStringLiteral("/")) const;

    void setResponse(const QByteArray &path, const Response &response);
    void setDefaultResponse(const Response &response);
    QList<Request> requests() const { return m_requests; }

    static Response json(int status, const QByteArray &body);
    static Response html(int status, const QByteArray &body);

signals:
    void requestReceived(const FakeHttpServer::Request &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);
    static QByteArray head(const Response &response);

    QHash<QByteArray, Response> m_responses;
    Response m_default;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    // Last, so it is destroyed first: its sockets report their disconnection
    // into m_buffers while they die.
    QTcpServer m_server;
};
