#pragma once

#include "api/NetworkSetup.h"

#include <QObject>
#include <QUrl>

#include <chrono>

class ApiClient;
class MediaSupport;
class QNetworkAccessManager;
class ThumbnailCache;
class ThumbnailLoader;

// One connection to one server: the API client, what the server supports,
// the shared thumbnail cache and the network managers, with the timeouts
// applied to every one of them in one place. Passed to whatever talks to
// the server instead of loose (client, manager, support) triples.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(const NetworkSetup::Managers &network, QObject *parent = nullptr);
    ~Session() override;

    ApiClient *api() const { return m_api; }
    MediaSupport *mediaSupport() const { return m_mediaSupport; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    QNetworkAccessManager *apiNetwork() const { return m_network.api; }
    QNetworkAccessManager *mediaNetwork() const { return m_network.media; }

    // Server, token and their settings, and the profile they are (none for
    // a server no profile has); what was learnt about the previous server
    // is forgotten.
    void connectTo(const QUrl &server, const QString &token, bool allowInsecure, const QString &mediaPath,
                   const QString &profileId = {});
    void setToken(const QString &token);
    void setTimeouts(std::chrono::milliseconds timeout, std::chrono::milliseconds deadline);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    std::chrono::milliseconds deadline() const { return m_deadline; }
    // A loader for media with this session's timeouts.
    ThumbnailLoader *createThumbnailLoader(QObject *parent) const;

signals:
    void serverChanged(const QUrl &server);
    void timeoutsChanged();

private:
    NetworkSetup::Managers m_network;
    ApiClient *m_api;
    MediaSupport *m_mediaSupport;
    QNetworkAccessManager *m_spareMedia; // beyond six downloads at once from the media host
    ThumbnailCache *m_thumbnails;
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_deadline;
};
