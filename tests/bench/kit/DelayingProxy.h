#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

// A TCP proxy on 127.0.0.1 in front of a local server that adds a fixed
// delay to each direction: a request and its answer take at least twice
// the delay longer. Connecting is not delayed (no handshake round trip),
// and bandwidth is not limited.
class DelayingProxy : public QObject
{
public:
    DelayingProxy(quint16 upstreamPort, int delayMs);

    bool listen();
    // The same URL, through the proxy.
    QUrl in(QUrl url) const;
    // Called with every chunk a client sends, as it arrives.
    void onClientBytes(std::function<void(const QByteArray &)> observer) { m_clientBytes = std::move(observer); }

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    int m_delayMs;
    std::function<void(const QByteArray &)> m_clientBytes;
};
