#include "FakeHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
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

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
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
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Several requests may arrive on one kept-alive connection.
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
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
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still on its way
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        m_requests.append(request);
        emit requestReceived(request);
        const QByteArray path = request.path.left(request.path.indexOf('?') < 0 ? request.path.size() : request.path.indexOf('?'));
        answer(socket, m_responses.value(path, m_default));
    }
}

QByteArray FakeHttpServer::head(const Response &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    return head + "\r\n";
}

void FakeHttpServer::answer(QTcpSocket *socket, const Response &response)
{
    QPointer<QTcpSocket> guarded(socket);
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
        socket->flush();
        socket->disconnectFromHost();
        break;
    case Behaviour::Delayed:
        QTimer::singleShot(response.delayMs, this, [guarded, response] {
            if (guarded)
                guarded->write(head(response) + response.body);
        });
        break;
    case Behaviour::Trickle: {
        socket->write(head(response));
        constexpr qsizetype chunk = 64;
        for (qsizetype offset = 0, step = 1; offset < response.body.size(); offset += chunk, ++step) {
            QTimer::singleShot(int(step * response.delayMs), this, [guarded, response, offset] {
                if (guarded)
                    guarded->write(response.body.mid(offset, chunk));
            });
        }
        break;
    }
    }
}
