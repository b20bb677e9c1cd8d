#pragma once

#include <QByteArray>
#include <QSemaphore>
#include <QUrl>

#include <atomic>
#include <memory>

class QThread;
class QTcpSocket;

// An HTTP/1.1 server on 127.0.0.1 that answers every request with a body in
// `Transfer-Encoding: chunked` and no end in sight: chunk after chunk, as
// fast as the client takes them. It runs on its own thread, so that it
// writes while the client's thread is busy, as a hostile server on another
// machine would; and it writes only as the connection drains, so the bytes
// it manages to send tell how much the client read before it stopped.
class EndlessBodyServer
{
public:
    // `limitBytes`: a safety stop (the body then ends properly), so that a
    // client without a limit of its own fills neither the machine's memory
    // nor the test's time.
    explicit EndlessBodyServer(int status = 200, QByteArray contentType = "application/json",
                               qint64 limitBytes = 256LL * 1024 * 1024);
    ~EndlessBodyServer();

    bool listen();
    QUrl url(const QString &path = QStringLiteral("/")) const;
    // Bytes the client's side of the connection has accepted so far (what
    // the kernel took from the server: the client's socket buffers included).
    qint64 bytesSent() const { return m_sent.load(); }
    int requests() const { return m_requests.load(); }

private:
    void serve(QTcpSocket *socket);
    void answer(QTcpSocket *socket);

    const int m_status;
    const QByteArray m_contentType;
    const qint64 m_limitBytes;
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_listening;
    quint16 m_port = 0;
    std::atomic<qint64> m_sent = 0;
    std::atomic<int> m_requests = 0;
};
