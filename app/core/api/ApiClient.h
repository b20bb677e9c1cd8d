#pragma once

#include "JsonCall.h"
#include "JsonRequest.h"
#include "LinkDraft.h"
#include "LinkListQuery.h"
#include "LinkPatch.h"

#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

#include <algorithm>
#include <chrono>

class QNetworkAccessManager;

// The portfolio API. The only place that attaches the token to a request,
// and only when the request goes to the API's own origin.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds defaultTimeout{30};
    // The longest accepted: no one waits longer for a silent server, and
    // Qt's timers count milliseconds in an int (24.8 days at most).
    static constexpr std::chrono::seconds longestTimeout{3600};
    // The total time a request may take, however steadily its answer
    // arrives: long enough for any real answer on a slow link, short enough
    // that a server trickling bytes cannot keep a call running for ever.
    static constexpr std::chrono::milliseconds defaultDeadline(std::chrono::milliseconds timeout)
    {
        return std::max<std::chrono::milliseconds>(4 * timeout, std::chrono::seconds(60));
    }
    // An upload's deadline grows with its body: the deadline plus 1 s per
    // 64 KiB, enough for an uplink as slow as 512 kbit/s.
    static constexpr std::chrono::milliseconds uploadDeadline(std::chrono::milliseconds deadline, qint64 bodyBytes)
    {
        return deadline + std::chrono::milliseconds(bodyBytes * 1000 / (64 * 1024));
    }

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // A client held to this one's connection as it is now (server, token,
    // profile, timeouts), for work that must end where it began: a change
    // waiting in the outbox or an undo window belongs to one server, and a
    // switch of profile meanwhile changes this client, never that one.
    ApiClient *pinnedCopy(QObject *parent) const;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &baseUrl);
    // The profile whose token this is; empty for a server no profile has.
    QString profileId() const { return m_profileId; }
    void setProfileId(const QString &id) { m_profileId = id; }
    bool hasToken() const { return !m_token.isEmpty(); }
    QString token() const { return m_token; }
    void setToken(const QString &token);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout);
    void setDeadline(std::chrono::milliseconds deadline);
    // Plain http is refused for any server but this machine, unless the user
    // allowed it for this server (with a warning) in Connection settings.
    void setAllowInsecure(bool allow) { m_allowInsecure = allow; }

    // Calls are owned by the client and delete themselves once finished.
    LinkCall *createLink(const LinkDraft &draft);
    LinkCall *fetchLink(qint64 portfolioId, qint64 linkId);
    // Sends only the patch's fields.
    LinkCall *updateLink(const LinkPatch &patch);
    // Answers 204 without a body.
    ApiCall *deleteLink(qint64 portfolioId, qint64 linkId);
    LinkPageCall *listLinks(qint64 portfolioId, const LinkListQuery &query, int offset = 0);
    // The media endpoint is an assumption of the contract: its path is a setting.
    void setMediaPath(const QString &path) { m_mediaPath = path; }
    QString mediaPath() const { return m_mediaPath; }
    // Asks for one entry of the media list: succeeds where the endpoint exists.
    ApiCall *probeMedia();
    ImageCall *uploadImage(const QString &filePath);
    ImageCall *fetchImage(qint64 imageId);

    // The last create or update sent (to copy it as a curl command), without the token.
    JsonRequest lastWrite() const { return m_lastWrite; }

    QNetworkRequest requestFor(const QUrl &url) const;
    static QByteArray userAgent();
    // The UI's language first, English after it.
    static QByteArray acceptLanguage();

private:
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_profileId;
    QString m_token;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    std::chrono::milliseconds m_deadline = defaultDeadline(defaultTimeout);
    bool m_allowInsecure = false;
    QString m_mediaPath;
    JsonRequest m_lastWrite;

    bool refusesInsecure() const;
    // A request with a JSON body that is never sent twice by Qt itself, nor
    // redirected (a redirected POST comes back as a GET, or is sent again).
    QNetworkReply *sendJson(const QByteArray &verb, const QUrl &url, const QJsonObject &body);
    // The call of send()'s reply, or one that fails at once when the
    // connection is refused as insecure (then nothing is sent).
    template<typename Call, typename Send>
    Call *start(ApiError::Subject subject, std::chrono::milliseconds deadline, Send send);
};
