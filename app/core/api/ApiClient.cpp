#include "ApiClient.h"

#include "AppInfo.h"
#include "Endpoints.h"
#include "MediaEndpoints.h"
#include "MediaUploadRequest.h"
#include "SingleUseBody.h"

#include <QFileInfo>
#include <QCoreApplication>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_mediaPath(MediaEndpoints::defaultPath)
{
}

ApiClient *ApiClient::pinnedCopy(QObject *parent) const
{
    auto *copy = new ApiClient(m_network, parent);
    copy->m_baseUrl = m_baseUrl;
    copy->m_profileId = m_profileId;
    copy->m_token = m_token;
    copy->m_timeout = m_timeout;
    copy->m_deadline = m_deadline;
    copy->m_allowInsecure = m_allowInsecure;
    copy->m_mediaPath = m_mediaPath;
    return copy;
}

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void ApiClient::setToken(const QString &token)
{
    m_token = token.trimmed();
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void ApiClient::setDeadline(std::chrono::milliseconds deadline)
{
    m_deadline = deadline;
}

QByteArray ApiClient::userAgent()
{
    return QByteArray(AppInfo::executable.latin1()) + '/' + AppInfo::version.latin1() + " (Qt " + qVersion() + ')';
}

QNetworkRequest ApiClient::requestFor(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    // DRF and Django translate their own messages ("Not found.", field
    // errors): in the Persian UI they come in Persian where the server can.
    request.setRawHeader("Accept-Language", acceptLanguage());
    request.setTransferTimeout(int(m_timeout.count()));
    // Media has its own manager (NetworkSetup). Where one is shared all the
    // same, a waiting API call takes the next connection that frees up ahead
    // of queued media (BenchSlowMediaHost: after 1 s instead of 2 s).
    request.setPriority(QNetworkRequest::HighPriority);
    // Qt's default policy follows redirects to other hosts with every header,
    // the token included; API calls follow only same-origin redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    // API answers are live data: never from, never into the disk cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (!m_token.isEmpty() && Endpoints::isSameOrigin(url, m_baseUrl))
        request.setRawHeader("Authorization", "Token " + m_token.toUtf8());
    return request;
}

QByteArray ApiClient::acceptLanguage()
{
    const QLocale locale;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QByteArrayLiteral("en");
    return locale.bcp47Name().toLatin1() + ", en;q=0.5";
}

bool ApiClient::refusesInsecure() const
{
    return m_baseUrl.scheme() == QLatin1String("http") && !m_allowInsecure && !Endpoints::isLoopback(m_baseUrl);
}

template<typename Call, typename Send>
Call *ApiClient::start(ApiError::Subject subject, std::chrono::milliseconds deadline, Send send)
{
    Call *call = refusesInsecure() ? new Call(ApiError::insecure(m_baseUrl), this)
                                   : new Call(send(), deadline, this);
    call->setSubject(subject);
    return call;
}

QNetworkReply *ApiClient::sendJson(const QByteArray &verb, const QUrl &url, const QJsonObject &body)
{
    QNetworkRequest request = requestFor(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // Streamed from a body that cannot be rewound, so Qt cannot re-send it.
    request.setHeader(QNetworkRequest::ContentLengthHeader, json.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_lastWrite = {verb, url, {}, body};
    for (const QByteArray &header : {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("Accept"),
                                    QByteArrayLiteral("Accept-Language")})
        m_lastWrite.headers.append({header, request.rawHeader(header)});
    auto *upload = new SingleUseBody(json);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, upload);
    upload->setParent(reply);
    // Qt 6.4 starts a request with a body from the event loop, behind what
    // is queued before it (the repaint of the clicked window); started now,
    // it is on the wire before that paint. A GET starts at once anyway.
    QCoreApplication::sendPostedEvents(reply, QEvent::MetaCall);
    upload->handOver(reply);
    return reply;
}

LinkCall *ApiClient::createLink(const LinkDraft &draft)
{
    return start<LinkCall>(ApiError::Subject::Portfolio, m_deadline, [&] {
        return sendJson("POST", Endpoints::links(m_baseUrl, draft.portfolioId), draft.toJson());
    });
}

LinkCall *ApiClient::fetchLink(qint64 portfolioId, qint64 linkId)
{
    return start<LinkCall>(ApiError::Subject::Link, m_deadline, [&] {
        return m_network->get(requestFor(Endpoints::link(m_baseUrl, portfolioId, linkId)));
    });
}

LinkCall *ApiClient::updateLink(const LinkPatch &patch)
{
    return start<LinkCall>(ApiError::Subject::Link, m_deadline, [&] {
        return sendJson("PATCH", Endpoints::link(m_baseUrl, patch.portfolioId(), patch.linkId()), patch.toJson());
    });
}

ApiCall *ApiClient::deleteLink(qint64 portfolioId, qint64 linkId)
{
    return start<ApiCall>(ApiError::Subject::Link, m_deadline, [&] {
        QNetworkRequest request = requestFor(Endpoints::link(m_baseUrl, portfolioId, linkId));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new SingleUseBody({});
        QNetworkReply *reply = m_network->sendCustomRequest(request, "DELETE", body);
        body->setParent(reply);
        return reply;
    });
}

LinkPageCall *ApiClient::listLinks(qint64 portfolioId, const LinkListQuery &query, int offset)
{
    return start<LinkPageCall>(ApiError::Subject::Portfolio, m_deadline, [&] {
        QUrl url = Endpoints::links(m_baseUrl, portfolioId);
        url.setQuery(query.toQuery(offset));
        return m_network->get(requestFor(url));
    });
}

ImageCall *ApiClient::uploadImage(const QString &filePath)
{
    QHttpMultiPart *body = nullptr;
    if (!refusesInsecure()) {
        QString error;
        body = MediaUploadRequest::fromFile(filePath, nullptr, &error);
        if (!body)
            return new ImageCall(ApiError::localFile(error), this);
    }
    const qint64 bodyBytes = QFileInfo(filePath).size();
    return start<ImageCall>(ApiError::Subject::Uploads, uploadDeadline(m_deadline, bodyBytes), [&] {
        QNetworkRequest request = requestFor(MediaEndpoints::upload(m_baseUrl, m_mediaPath));
        // As for a link: a redirected upload is never followed.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network->post(request, body);
        body->setParent(reply);
        // Started now, as sendJson() does, but for the answer's sake: the
        // read limit ApiCall sets must reach Qt's HTTP thread after the
        // start (BoundedBody::attach), and nothing else is queued yet.
        QCoreApplication::sendPostedEvents(reply, QEvent::MetaCall);
        return reply;
    });
}

ApiCall *ApiClient::probeMedia()
{
    return start<ApiCall>(ApiError::Subject::Uploads, m_deadline, [&] {
        QUrl url = MediaEndpoints::upload(m_baseUrl, m_mediaPath);
        url.setQuery(QStringLiteral("limit=1"));
        return m_network->get(requestFor(url));
    });
}

ImageCall *ApiClient::fetchImage(qint64 imageId)
{
    return start<ImageCall>(ApiError::Subject::Image, m_deadline, [&] {
        return m_network->get(requestFor(MediaEndpoints::image(m_baseUrl, imageId, m_mediaPath)));
    });
}
