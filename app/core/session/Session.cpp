#include "Session.h"

#include "api/ApiClient.h"
#include "api/MediaSupport.h"
#include "api/SharedNetworkCache.h"
#include "media/ThumbnailCache.h"
#include "media/ThumbnailLoader.h"

#include <QNetworkAccessManager>

namespace {
// More connections to the media host, through the media manager's cache.
QNetworkAccessManager *spareFor(QNetworkAccessManager *media, QObject *parent)
{
    auto *spare = new QNetworkAccessManager(parent);
    spare->setCache(new SharedNetworkCache(media, spare));
    return spare;
}
} // namespace

Session::Session(const NetworkSetup::Managers &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_api(new ApiClient(network.api, this))
    , m_mediaSupport(new MediaSupport(m_api, this))
    , m_spareMedia(spareFor(network.media, this))
    , m_thumbnails(new ThumbnailCache(network.media, m_spareMedia, this))
    , m_timeout(ApiClient::defaultTimeout)
    , m_deadline(ApiClient::defaultDeadline(m_timeout))
{
}

Session::~Session() = default;

void Session::connectTo(const QUrl &server, const QString &token, bool allowInsecure, const QString &mediaPath,
                        const QString &profileId)
{
    m_api->setBaseUrl(server);
    m_api->setProfileId(profileId);
    m_api->setAllowInsecure(allowInsecure);
    m_api->setMediaPath(mediaPath);
    m_api->setToken(token);
    m_mediaSupport->reset();
    emit serverChanged(server);
}

void Session::setToken(const QString &token)
{
    m_api->setToken(token);
}

void Session::setTimeouts(std::chrono::milliseconds timeout, std::chrono::milliseconds deadline)
{
    m_timeout = timeout;
    m_deadline = deadline;
    m_api->setTimeout(timeout);
    m_api->setDeadline(deadline);
    m_thumbnails->setTimeouts(timeout, deadline);
    emit timeoutsChanged();
}

ThumbnailLoader *Session::createThumbnailLoader(QObject *parent) const
{
    auto *loader = new ThumbnailLoader(m_network.media, parent);
    loader->setSpareNetwork(m_spareMedia);
    loader->setTimeout(m_timeout);
    loader->setDeadline(m_deadline);
    return loader;
}
