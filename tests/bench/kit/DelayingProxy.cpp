#include "DelayingProxy.h"

#include "DelayedPipe.h"

#include <QTcpServer>
#include <QTcpSocket>

DelayingProxy::DelayingProxy(quint16 upstreamPort, int delayMs)
    : m_context(new QObject)
    , m_upstreamPort(upstreamPort)
    , m_delayMs(delayMs)
{
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DelayingProxy::~DelayingProxy()
{
    m_thread.quit();
    m_thread.wait();
}

bool DelayingProxy::listen()
{
    bool listening = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, &listening] {
            m_server = new QTcpServer(m_context);
            connect(m_server, &QTcpServer::newConnection, m_context, [this] { onNewConnection(); });
            listening = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

QUrl DelayingProxy::in(QUrl url) const
{
    url.setPort(m_port);
    return url;
}

void DelayingProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        // A wire passes each chunk on as it comes: Nagle's algorithm on the
        // proxy's own sockets would hold a second small write (an answer's
        // body after its head) until the peer's delayed ACK, 40 ms later.
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(upstream, &QTcpSocket::connected, upstream,
                [upstream] { upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
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
