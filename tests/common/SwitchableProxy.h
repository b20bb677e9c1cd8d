#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A TCP proxy on 127.0.0.1 in front of a local server, for the network
// faults a real server cannot make on its own: stop() is a server gone
// (connections refused, open ones cut), start() brings it back on the same
// port, and dropNextAnswerTo("POST") lets the next POST reach the server
// whole but cuts the connection instead of passing its answer on.
class SwitchableProxy : public QObject
{
public:
    explicit SwitchableProxy(quint16 upstreamPort);

    bool start();
    void stop();
    // The same URL, through the proxy.
    QUrl in(QUrl url) const;
    void dropNextAnswerTo(const QByteArray &method) { m_dropMethod = method + ' '; }

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    quint16 m_port = 0;
    QByteArray m_dropMethod;
    QList<QPointer<QTcpSocket>> m_clients;
};
