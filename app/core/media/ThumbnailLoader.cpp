#include "ThumbnailLoader.h"

#include "ImageDecoder.h"
#include "WhenFinished.h"
#include "text/PersianText.h"
#include "text/SizeText.h"
#include "api/ApiClient.h"

#include <QFuture>
#include <QLoggingCategory>
#include <QAbstractNetworkCache>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMedia, "portfoliolinks.media")

ThumbnailLoader::ThumbnailLoader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_timeout(ApiClient::defaultTimeout)
    , m_deadline(ApiClient::defaultDeadline(m_timeout))
{
}

ThumbnailLoader::~ThumbnailLoader()
{
    cancel();
}

void ThumbnailLoader::cancel()
{
    ++m_batch; // results of the old batch still decoding are dropped
    m_pending = 0;
    m_count = 0;
    const auto replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void ThumbnailLoader::load(const QList<Thumbnail> &thumbnails)
{
    cancel();
    append(thumbnails);
    if (thumbnails.isEmpty())
        emit batchFinished();
}

int ThumbnailLoader::append(const QList<Thumbnail> &thumbnails)
{
    const int first = m_count;
    m_count += int(thumbnails.size());
    m_pending += int(thumbnails.size());
    for (int i = 0; i < thumbnails.size(); ++i)
        fetch(thumbnails.at(i), first + i);
    return first;
}

void ThumbnailLoader::fetch(const Thumbnail &thumbnail, int index)
{
    const quint64 batch = m_batch;
    // Deliberately not ApiClient::requestFor: media never gets the token.
    QNetworkRequest request(thumbnail.file);
    request.setHeader(QNetworkRequest::UserAgentHeader, ApiClient::userAgent());
    request.setTransferTimeout(int(m_timeout.count()));
    // Media files are immutable (a new upload gets a new name), so a cached
    // copy is used as it is, without even a revalidation round trip.
    QNetworkAccessManager *network = networkForNext();
    const bool cached = network->cache() && network->cache()->metaData(request.url()).isValid();
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         cached ? QNetworkRequest::AlwaysCache : QNetworkRequest::PreferNetwork);
    QNetworkReply *reply = network->get(request);
    // The transfer timeout notices only silence: a server trickling an image
    // a byte at a time would keep its tile loading for ever.
    QTimer::singleShot(m_deadline, reply, [reply] {
        if (reply->isRunning())
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, index, batch] { onReplyFinished(reply, index, batch); });
    // Qt's HTTP layer opens at most six connections per host and manager,
    // so a large batch queues (on twelve with the spare) rather than floods
    // the media server.
    const auto refuseIfTooLarge = [reply](qint64 size) {
        if (size > maxImageBytes && !reply->property("tooLarge").toBool()) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, refuseIfTooLarge] {
        refuseIfTooLarge(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [refuseIfTooLarge](qint64 received) {
        refuseIfTooLarge(received);
    });
    m_replies.append(reply);
}

QNetworkAccessManager *ThumbnailLoader::networkForNext() const
{
    if (!m_spare)
        return m_network;
    const auto running = [this](const QNetworkAccessManager *network) {
        return std::count_if(m_replies.cbegin(), m_replies.cend(), [network](const QPointer<QNetworkReply> &reply) {
            return reply && reply->isRunning() && reply->manager() == network;
        });
    };
    return running(m_network) < connectionsPerManager || running(m_spare) >= running(m_network) ? m_network : m_spare.get();
}

void ThumbnailLoader::onReplyFinished(QNetworkReply *reply, int index, quint64 batch)
{
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        qCDebug(lcMedia) << "thumbnail" << index << "failed:" << reply->error();
        QString message;
        if (reply->property("tooLarge").toBool())
            message = tr("The image is larger than %1; it was not downloaded.").arg(SizeText::shown(maxImageBytes));
        // What cancel() aborts is never reported: the transfer timeout or the deadline ended it.
        else if (reply->error() == QNetworkReply::OperationCanceledError)
            message = tr("The image did not arrive in time.");
        else
            message = tr("Download failed: %1").arg(PersianText::isolated(reply->errorString()));
        emit thumbnailFailed(index, message);
        settle(batch);
        return;
    }
    const bool fromCache = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
    whenFinished(QtConcurrent::run(&ImageDecoder::decode, reply->readAll(), m_maximumImageSize), this,
                 [this, index, batch, fromCache](const DecodedImage &decoded) {
            if (batch != m_batch)
                return;
            if (decoded.image.isNull())
                emit thumbnailFailed(index, decoded.error);
            else
                emit thumbnailLoaded(index, decoded.image, fromCache);
            settle(batch);
        });
}

void ThumbnailLoader::settle(quint64 batch)
{
    if (batch != m_batch || m_pending == 0)
        return;
    if (--m_pending == 0) {
        m_replies.clear();
        emit batchFinished();
    }
}
