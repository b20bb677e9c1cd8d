#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>

class QTcpServer;

// A TCP proxy on 127.0.0.1 in front of a local server that adds a fixed
// delay to each direction: a request and its answer take at least twice
// the delay longer. Connecting is not delayed (no handshake round trip),
// and bandwidth is not limited. It runs on a thread of its own, as a
// network does: bytes the app writes are on their way while its GUI thread
// is still busy, and the time they arrive is not the time the GUI thread
// next looks.
class DelayingProxy : public QObject
{
public:
    DelayingProxy(quint16 upstreamPort, int delayMs);
    ~DelayingProxy() override;

    bool listen();
    // The same URL, through the proxy.
    QUrl in(QUrl url) const;
    // Called with every chunk a client sends, as it arrives, on the proxy's
    // thread. Set before listen().
    void onClientBytes(std::function<void(const QByteArray &)> observer) { m_clientBytes = std::move(observer); }

private:
    void onNewConnection();

    QThread m_thread;
    QObject *m_context; // lives on m_thread, with everything the proxy makes
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    quint16 m_upstreamPort;
    int m_delayMs;
    std::function<void(const QByteArray &)> m_clientBytes;
};
