#include "BoundedBody.h"

#include <QNetworkReply>

BoundedBody::BoundedBody(QNetworkReply *reply, qint64 limit)
    : QObject(reply)
    , m_reply(reply)
    , m_limit(limit)
{
    // Queued to the HTTP thread behind the request's start (see attach()).
    reply->setReadBufferSize(readAheadBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, &BoundedBody::refuseIfAnnouncedTooLarge);
    connect(reply, &QNetworkReply::readyRead, this, &BoundedBody::readAvailable);
}

BoundedBody *BoundedBody::attach(QNetworkReply *reply, qint64 limit)
{
    return new BoundedBody(reply, limit);
}

BoundedBody *BoundedBody::of(const QNetworkReply *reply)
{
    return reply->findChild<BoundedBody *>(QString(), Qt::FindDirectChildrenOnly);
}

void BoundedBody::refuseIfAnnouncedTooLarge()
{
    if (m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > m_limit)
        refuse();
}

void BoundedBody::readAvailable()
{
    if (m_tooLarge || !m_reply->isOpen())
        return;
    // Everything available, so the HTTP thread is told the whole buffer is
    // free again and reads on; what is over the limit is never kept.
    const QByteArray piece = m_reply->readAll();
    if (m_body.size() + piece.size() > m_limit) {
        refuse();
        return;
    }
    m_body += piece;
}

void BoundedBody::refuse()
{
    if (m_tooLarge)
        return;
    m_tooLarge = true;
    m_body = QByteArray();
    // Reports finished() at once, with OperationCanceledError: tooLarge() is
    // already true for whoever tells that from a timeout.
    m_reply->abort();
}

QByteArray BoundedBody::body()
{
    // Whatever arrived after the last readyRead (none, as Qt 6.4 emits it,
    // but the reply is the authority on its own data).
    readAvailable();
    return m_body;
}
