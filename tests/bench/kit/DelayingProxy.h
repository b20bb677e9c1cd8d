#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

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

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    int m_delayMs;
};
