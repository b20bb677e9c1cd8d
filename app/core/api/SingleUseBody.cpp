#include "SingleUseBody.h"

#include <QMetaMethod>
#include <QNetworkReply>

#include <algorithm>
#include <cstring>

SingleUseBody::SingleUseBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly);
}

qint64 SingleUseBody::bytesAvailable() const
{
    return m_data.size() - m_read + QIODevice::bytesAvailable();
}

qint64 SingleUseBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, qint64(m_data.size()) - m_read);
    if (count <= 0)
        return m_read == m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_read, size_t(count));
    m_read += count;
    return count;
}

void SingleUseBody::handOver(QNetworkReply *reply)
{
    // Qt listens for more bytes once it has wrapped the body for its HTTP
    // thread; before that there is nothing to hand them to.
    static const QByteArray slot = QMetaObject::normalizedSignature("wantUploadDataSlot(qint64)");
    if (m_read == 0 && isSignalConnected(QMetaMethod::fromSignal(&QIODevice::readyRead))
        && reply->metaObject()->indexOfMethod(slot.constData()) >= 0)
        QMetaObject::invokeMethod(reply, "wantUploadDataSlot", Qt::DirectConnection, Q_ARG(qint64, size()));
}
