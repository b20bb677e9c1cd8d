#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

// One direction of a proxied connection: every chunk that arrives is
// written on `delayMs` later, in order; a close is passed on the same way.
class DelayedPipe : public QObject
{
public:
    DelayedPipe(QTcpSocket *from, QTcpSocket *to, int delayMs, QObject *parent);
    // Called with every chunk as it arrives, before its delay.
    void onArrival(std::function<void(const QByteArray &)> observer) { m_observer = std::move(observer); }

private:
    struct Chunk
    {
        qint64 dueNs;
        QByteArray bytes;
        bool close;
    };

    void enqueue(const QByteArray &bytes, bool close);
    void arm();
    void flush();

    QTcpSocket *m_from;
    QTcpSocket *m_to;
    qint64 m_delayNs;
    QList<Chunk> m_queue;
    QTimer m_timer;
    std::function<void(const QByteArray &)> m_observer;
};
