#include "DelayingProxy.h"

#include "DelayedPipe.h"

#include <QTcpSocket>

DelayingProxy::DelayingProxy(quint16 upstreamPort, int delayMs)
    : m_upstreamPort(upstreamPort)
    , m_delayMs(delayMs)
{
    connect(&m_server, &QTcpServer::newConnection, this, &DelayingProxy::onNewConnection);
}

bool DelayingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl DelayingProxy::in(QUrl url) const
{
    url.setPort(m_server.serverPort());
    return url;
}

void DelayingProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        auto *toServer = new DelayedPipe(client, upstream, m_delayMs, client);
        if (m_clientBytes)
            toServer->onArrival(m_clientBytes);
        new DelayedPipe(upstream, client, m_delayMs, client);
        const auto closedBoth = [client, upstream] {
            if (client->state() == QAbstractSocket::UnconnectedState
                && upstream->state() == QAbstractSocket::UnconnectedState)
                client->deleteLater();
        };
        connect(client, &QTcpSocket::disconnected, client, closedBoth, Qt::QueuedConnection);
        connect(upstream, &QTcpSocket::disconnected, client, closedBoth, Qt::QueuedConnection);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}
