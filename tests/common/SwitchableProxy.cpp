#include "SwitchableProxy.h"

SwitchableProxy::SwitchableProxy(quint16 upstreamPort)
    : m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &SwitchableProxy::onNewConnection);
}

bool SwitchableProxy::start()
{
    if (m_server.isListening())
        return true;
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void SwitchableProxy::stop()
{
    m_server.close();
    for (const QPointer<QTcpSocket> &client : std::exchange(m_clients, {})) {
        if (client)
            client->abort();
    }
}

QUrl SwitchableProxy::in(QUrl url) const
{
    url.setPort(m_port);
    return url;
}

void SwitchableProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        m_clients.append(client);
        auto *upstream = new QTcpSocket(client);
        auto dropAnswer = std::make_shared<bool>(false);
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, dropAnswer] {
            const QByteArray bytes = client->readAll();
            if (!m_dropMethod.isEmpty() && bytes.startsWith(m_dropMethod)) {
                m_dropMethod.clear();
                *dropAnswer = true;
            }
            upstream->write(bytes); // buffered until connected
        });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, dropAnswer] {
            const QByteArray bytes = upstream->readAll();
            if (*dropAnswer)
                client->abort(); // the server has acted; its answer never arrives
            else
                client->write(bytes);
        });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}
