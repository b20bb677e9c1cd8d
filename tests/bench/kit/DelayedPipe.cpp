#include "DelayedPipe.h"

#include "BenchClock.h"

#include <QTcpSocket>

using BenchClock::nowNs;

DelayedPipe::DelayedPipe(QTcpSocket *from, QTcpSocket *to, int delayMs, QObject *parent)
    : QObject(parent)
    , m_from(from)
    , m_to(to)
    , m_delayNs(qint64(delayMs) * 1000000)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DelayedPipe::flush);
    connect(from, &QTcpSocket::readyRead, this, [this] { enqueue(m_from->readAll(), false); });
    connect(from, &QTcpSocket::disconnected, this,
            [this] { enqueue(m_from->isOpen() ? m_from->readAll() : QByteArray(), true); });
}

void DelayedPipe::enqueue(const QByteArray &bytes, bool close)
{
    if (bytes.isEmpty() && !close)
        return;
    if (m_observer && !bytes.isEmpty())
        m_observer(bytes);
    m_queue.append({nowNs() + m_delayNs, bytes, close});
    if (!m_timer.isActive())
        arm();
}

void DelayedPipe::arm()
{
    if (m_queue.isEmpty())
        return;
    const qint64 waitNs = std::max<qint64>(0, m_queue.first().dueNs - nowNs());
    m_timer.start(int((waitNs + 999999) / 1000000));
}

void DelayedPipe::flush()
{
    while (!m_queue.isEmpty() && m_queue.first().dueNs <= nowNs()) {
        const Chunk chunk = m_queue.takeFirst();
        if (!chunk.bytes.isEmpty() && m_to->state() != QAbstractSocket::UnconnectedState)
            m_to->write(chunk.bytes);
        if (chunk.close)
            m_to->disconnectFromHost();
    }
    arm();
}
