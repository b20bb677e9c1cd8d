#include "FakeHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray standardReason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    m_default = json(404, R"({"detail": "Not found."})");
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    // The sockets die with m_server; they must not call back into a
    // half-destroyed server while they do.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void FakeHttpServer::setResponse(const QByteArray &path, const Response &response)
{
    m_responses.insert(path, response);
}

void FakeHttpServer::setDefaultResponse(const Response &response)
{
    m_default = response;
}

FakeHttpServer::Response FakeHttpServer::json(int status, const QByteArray &body)
{
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

FakeHttpServer::Response FakeHttpServer::html(int status, const QByteArray &body)
{
    Response response = json(status, body);
    response.contentType = "text/html; charset=utf-8";
    return response;
}

FakeHttpServer::Response FakeHttpServer::with(Behaviour behaviour, Response response, int delayMs)
{
    response.behaviour = behaviour;
    response.delayMs = delayMs;
    return response;
}

FakeHttpServer::Response FakeHttpServer::with(Behaviour behaviour, int delayMs)
{
    return with(behaviour, Response(), delayMs);
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    m_buffers[socket] += socket->readAll();
    // Several requests may arrive on one kept-alive connection. An answer
    // can close the connection (and drop its buffer), so the buffer is
    // looked up afresh for every request and parsing stops once it closes.
    while (socket->state() == QAbstractSocket::ConnectedState) {
        QByteArray &buffer = m_buffers[socket];
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return; // the headers are still on their way
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype bodyStart = headerEnd + 4;
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < bodyStart + length)
            return; // the body is still on its way
        request.body = buffer.mid(bodyStart, length);
        buffer.remove(0, bodyStart + length);

        m_requests.append(request);
        emit requestReceived(request);
        const qsizetype query = request.path.indexOf('?');
        const QByteArray path = query < 0 ? request.path : request.path.left(query);
        answer(socket, m_responses.value(path, m_default));
    }
}

QByteArray FakeHttpServer::head(const Response &response)
{
    const QByteArray reason = response.reason.isEmpty() ? standardReason(response.status) : response.reason;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    return head + "\r\n";
}

void FakeHttpServer::answer(QTcpSocket *socket, const Response &response)
{
    // Timers may fire after the client gave up and the socket was deleted.
    const QPointer<QTcpSocket> guarded(socket);
    switch (response.behaviour) {
    case Behaviour::Respond:
        socket->write(head(response) + response.body);
        break;
    case Behaviour::Hang:
        break;
    case Behaviour::CloseAfterRequest:
        socket->disconnectFromHost();
        break;
    case Behaviour::CloseMidBody:
        socket->write(head(response) + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost(); // after the bytes written so far are sent
        break;
    case Behaviour::Delayed:
        QTimer::singleShot(response.delayMs, this, [guarded, response] {
            if (guarded)
                guarded->write(head(response) + response.body);
        });
        break;
    case Behaviour::Trickle: {
        socket->write(head(response));
        const qsizetype chunk = qMax(1, response.chunkBytes);
        int step = 1;
        for (qsizetype offset = 0; offset < response.body.size(); offset += chunk, ++step) {
            QTimer::singleShot(step * response.delayMs, this, [guarded, part = response.body.mid(offset, chunk)] {
                if (guarded)
                    guarded->write(part);
            });
        }
        break;
    }
    }
}
