#include "ThumbnailLoader.h"

#include "DiskCacheReads.h"
#include "ImageDecoder.h"
#include "MediaDiskCache.h"
#include "SharedDownloads.h"
#include "WhenFinished.h"
#include "WorkerThreads.h"
#include "text/PersianText.h"
#include "text/SizeText.h"
#include "api/ApiClient.h"
#include "api/BoundedBody.h"

#include <QFuture>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
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
    forgetBatch();
    abortUnwanted();
}

void ThumbnailLoader::forgetBatch()
{
    ++m_batch; // a receiver's load() in the middle of a report ends that report
    m_count = 0;
    m_wanted.clear();
}

void ThumbnailLoader::abortUnwanted()
{
    for (auto it = m_downloads.begin(); it != m_downloads.end();) {
        if (m_wanted.contains(it.key())) {
            ++it;
            continue;
        }
        if (QNetworkReply *reply = it.value()) {
            reply->disconnect(this);
            // Another loader may still be waiting for the same file.
            if (SharedDownloads::leave(reply)) {
                reply->abort();
                reply->deleteLater();
            }
        }
        it = m_downloads.erase(it);
    }
}

void ThumbnailLoader::load(const QList<Thumbnail> &thumbnails, Expect expect)
{
    forgetBatch();
    for (const Thumbnail &thumbnail : thumbnails)
        m_wanted[thumbnail.file].append(m_count++);
    abortUnwanted();
    fetchMissing(thumbnails, expect);
    if (thumbnails.isEmpty())
        emit batchFinished();
}

int ThumbnailLoader::append(const QList<Thumbnail> &thumbnails)
{
    const int first = m_count;
    for (const Thumbnail &thumbnail : thumbnails)
        m_wanted[thumbnail.file].append(m_count++);
    fetchMissing(thumbnails, Expect::Cached);
    return first;
}

void ThumbnailLoader::fetchMissing(const QList<Thumbnail> &thumbnails, Expect expect)
{
    // In the batch's order: with more files than connections, the first
    // ones (the tiles in view) are asked for first.
    for (const Thumbnail &thumbnail : thumbnails) {
        if (m_downloads.contains(thumbnail.file) || m_inWorker.contains(thumbnail.file))
            continue;
        const auto *media = qobject_cast<const MediaDiskCache *>(m_network->cache());
        if (expect == Expect::New && !(media && media->wasSaved(thumbnail.file)))
            fetch(thumbnail.file);
        else
            readCacheOrFetch(thumbnail.file);
    }
}

void ThumbnailLoader::readCacheOrFetch(const QUrl &file)
{
    if (joinDownload(file))
        return;
    const auto *cache = qobject_cast<const QNetworkDiskCache *>(m_network->cache());
    if (!cache) {
        fetch(file);
        return;
    }
    // Media files are immutable (a new upload gets a new name), so a copy
    // the cache holds is used as it is, without a revalidation round trip.
    m_inWorker.insert(file);
    whenFinished(DiskCacheReads::body(cache->cacheDirectory(), file), this,
                 [this, file](const std::optional<QByteArray> &body) {
                     m_inWorker.remove(file);
                     if (!m_wanted.contains(file))
                         return;
                     if (body)
                         decode(file, *body, true);
                     else
                         fetch(file);
                 });
}

bool ThumbnailLoader::joinDownload(const QUrl &file)
{
    QNetworkReply *reply = SharedDownloads::of(m_network)->join(file);
    if (!reply)
        return false;
    connect(reply, &QNetworkReply::finished, this, [this, reply, file] { onReplyFinished(reply, file); });
    m_downloads.insert(file, reply);
    return true;
}

void ThumbnailLoader::fetch(const QUrl &file, QNetworkRequest::CacheLoadControl control)
{
    if (joinDownload(file))
        return;
    // Deliberately not ApiClient::requestFor: media never gets the token.
    QNetworkRequest request(file);
    request.setHeader(QNetworkRequest::UserAgentHeader, ApiClient::userAgent());
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, control);
    QNetworkReply *reply = networkForNext()->get(request);
    // The transfer timeout notices only silence: a server trickling an image
    // a byte at a time would keep its tile loading for ever.
    QTimer::singleShot(m_deadline, reply, [reply] {
        if (reply->isRunning())
            reply->abort();
    });
    // The reply's own child: the limit holds for whichever loader still waits for it.
    BoundedBody::attach(reply, maxImageBytes);
    connect(reply, &QNetworkReply::finished, this, [this, reply, file] { onReplyFinished(reply, file); });
    // Qt's HTTP layer opens at most six connections per host and manager,
    // so a large batch queues (on twelve with the spare) rather than floods
    // the media server.
    m_downloads.insert(file, reply);
    SharedDownloads::of(m_network)->add(file, reply);
}

QNetworkAccessManager *ThumbnailLoader::networkForNext() const
{
    if (!m_spare)
        return m_network;
    const auto running = [this](const QNetworkAccessManager *network) {
        return std::count_if(m_downloads.cbegin(), m_downloads.cend(), [network](const QPointer<QNetworkReply> &reply) {
            return reply && reply->isRunning() && reply->manager() == network;
        });
    };
    return running(m_network) < connectionsPerManager || running(m_spare) >= running(m_network) ? m_network : m_spare.get();
}

void ThumbnailLoader::onReplyFinished(QNetworkReply *reply, const QUrl &file)
{
    reply->deleteLater();
    m_downloads.remove(file);
    // A copy saved since the worker found none was revalidated: the server
    // said "not modified", but the cache let the copy go meanwhile (evicted
    // as other files were saved, or cleared) and Qt hands on the empty 304.
    // The file is not broken: it comes from the server, past the cache.
    const bool copyGone = reply->error() == QNetworkReply::NoError
        && reply->request().attribute(QNetworkRequest::CacheLoadControlAttribute).toInt() != QNetworkRequest::AlwaysNetwork
        && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 304;
    if (copyGone && m_wanted.contains(file)) {
        fetch(file, QNetworkRequest::AlwaysNetwork);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        qCDebug(lcMedia) << "thumbnail" << file << "failed:" << reply->error();
        QString message;
        if (BoundedBody::of(reply)->tooLarge())
            message = tr("The image is larger than %1; it was not downloaded.").arg(SizeText::shown(maxImageBytes));
        // What abortUnwanted() aborts is never reported: the transfer timeout or the deadline ended it.
        else if (reply->error() == QNetworkReply::OperationCanceledError)
            message = tr("The image did not arrive in time.");
        else
            message = tr("Download failed: %1").arg(PersianText::isolated(reply->errorString()));
        report(file, [this, &message](int index) { emit thumbnailFailed(index, message); });
        return;
    }
    decode(file, BoundedBody::of(reply)->body(), reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool());
}

void ThumbnailLoader::decode(const QUrl &file, const QByteArray &body, bool fromCache)
{
    m_inWorker.insert(file);
    whenFinished(QtConcurrent::run(WorkerThreads::pool(), &ImageDecoder::decode, body, m_maximumImageSize), this,
                 [this, file, fromCache](const DecodedImage &decoded) {
            m_inWorker.remove(file);
            // Whoever wants the file now gets it: the batch that asked may
            // have been replaced by one that asks again.
            if (decoded.image.isNull())
                report(file, [this, &decoded](int index) { emit thumbnailFailed(index, decoded.error); });
            else
                report(file, [this, &decoded, fromCache](int index) { emit thumbnailLoaded(index, decoded.image, fromCache); });
        });
}

void ThumbnailLoader::report(const QUrl &file, const std::function<void(int index)> &signal)
{
    const quint64 batch = m_batch;
    const QList<int> indices = m_wanted.take(file);
    for (const int index : indices) {
        if (batch != m_batch)
            return;
        signal(index);
    }
    if (!indices.isEmpty() && batch == m_batch && m_wanted.isEmpty())
        emit batchFinished();
}
