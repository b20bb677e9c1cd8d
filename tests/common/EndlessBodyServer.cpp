#include "EndlessBodyServer.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace {
constexpr qsizetype chunkBytes = 64 * 1024;
// Queued in the socket, not yet counted as sent: enough that the server
// writes as fast as the client reads, whatever the threads' turns.
constexpr qint64 queuedBytes = 16 * chunkBytes;
} // namespace

EndlessBodyServer::EndlessBodyServer(int status, QByteArray contentType, qint64 limitBytes)
    : m_status(status)
    , m_contentType(std::move(contentType))
    , m_limitBytes(limitBytes)
{
}

EndlessBodyServer::~EndlessBodyServer()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
}

bool EndlessBodyServer::listen()
{
    // Everything of the server lives and dies on the thread: its sockets are
    // the QTcpServer's children, gone when the thread's function returns.
    m_thread.reset(QThread::create([this] {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                serve(socket);
        });
        m_listening.release();
        if (!m_port)
            return;
        QEventLoop loop; // QThread::quit() ends it
        loop.exec();
    }));
    m_thread->start();
    m_listening.acquire();
    return m_port != 0;
}

QUrl EndlessBodyServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void EndlessBodyServer::serve(QTcpSocket *socket)
{
    // The request is read whole, body included (an upload must be sent
    // completely for its answer to be the only thing at fault).
    auto received = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
        if (socket->property("answered").toBool()) {
            socket->readAll(); // one answer per connection: it never ends
            return;
        }
        received->append(socket->readAll());
        const qsizetype headerEnd = received->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qint64 length = 0;
        for (const QByteArray &line : received->left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
        if (received->size() < headerEnd + 4 + length)
            return;
        *received = QByteArray();
        socket->setProperty("answered", true);
        ++m_requests;
        answer(socket);
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void EndlessBodyServer::answer(QTcpSocket *socket)
{
    const QByteArray head = "HTTP/1.1 " + QByteArray::number(m_status) + " Fine\r\nContent-Type: " + m_contentType
        + "\r\nTransfer-Encoding: chunked\r\n\r\n";
    socket->write(head);
    const QByteArray chunk = QByteArray::number(chunkBytes, 16) + "\r\n" + QByteArray(chunkBytes, ' ') + "\r\n";
    auto left = std::make_shared<qint64>(m_limitBytes);
    const auto pump = [socket, chunk, left] {
        while (*left > 0 && socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < queuedBytes) {
            socket->write(chunk);
            *left -= chunkBytes;
            if (*left <= 0)
                socket->write("0\r\n\r\n");
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [this, pump](qint64 written) {
        m_sent += written;
        pump();
    });
    pump();
}
