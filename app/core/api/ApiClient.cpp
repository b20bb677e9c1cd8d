#include "ApiClient.h"

#include "AppInfo.h"
#include "Endpoints.h"
#include "MediaEndpoints.h"
#include "MediaUploadRequest.h"
#include "SingleUseBody.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_mediaPath(MediaEndpoints::defaultPath)
{
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

bool ApiClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

bool ApiClient::refusesInsecure() const
{
    return m_baseUrl.scheme() == QLatin1String("http") && !m_allowInsecure && !isLoopback(m_baseUrl);
}

CreateLinkCall *ApiClient::createLink(const LinkDraft &draft)
{
    if (refusesInsecure())
        return new CreateLinkCall(ApiError::insecure(m_baseUrl), this);
    QNetworkRequest request = requestFor(Endpoints::links(m_baseUrl, draft.portfolioId));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray json = QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact);
    // Streamed from a body that cannot be rewound, so Qt cannot re-send it.
    request.setHeader(QNetworkRequest::ContentLengthHeader, json.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    // A redirected POST would come back as a GET (301/302) or be sent twice: never follow one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    auto *body = new SingleUseBody(json);
    auto *call = new CreateLinkCall(m_network->post(request, body), m_deadline, this);
    body->setParent(call);
    return call;
}

ImageCall *ApiClient::uploadImage(const QString &filePath)
{
    if (refusesInsecure())
        return new ImageCall(ApiError::insecure(m_baseUrl), this);
    QString error;
    QHttpMultiPart *body = MediaUploadRequest::fromFile(filePath, nullptr, &error);
    if (!body)
        return new ImageCall(ApiError::localFile(error), this);
    QNetworkRequest request = requestFor(MediaEndpoints::upload(m_baseUrl, m_mediaPath));
    // As for a link: a redirected upload is never followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const qint64 bodyBytes = QFileInfo(filePath).size();
    auto *call = new ImageCall(m_network->post(request, body), uploadDeadline(m_deadline, bodyBytes), this);
    body->setParent(call);
    return call;
}

ApiCall *ApiClient::probeMedia()
{
    if (refusesInsecure())
        return new ApiCall(ApiError::insecure(m_baseUrl), this);
    QUrl url = MediaEndpoints::upload(m_baseUrl, m_mediaPath);
    url.setQuery(QStringLiteral("limit=1"));
    return new ApiCall(m_network->get(requestFor(url)), m_deadline, this);
}

ImageCall *ApiClient::fetchImage(qint64 imageId)
{
    if (refusesInsecure())
        return new ImageCall(ApiError::insecure(m_baseUrl), this);
    return new ImageCall(m_network->get(requestFor(MediaEndpoints::image(m_baseUrl, imageId, m_mediaPath))), m_deadline,
                         this);
}

ListLinksCall *ApiClient::listLinks(qint64 portfolioId, int limit, int offset, const QString &search, const QString &ordering)
{
    if (refusesInsecure())
        return new ListLinksCall(ApiError::insecure(m_baseUrl), this);
    QUrl url = Endpoints::links(m_baseUrl, portfolioId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (offset > 0)
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("search"), QString::fromUtf8(QUrl::toPercentEncoding(search)));
    query.addQueryItem(QStringLiteral("ordering"), ordering);
    url.setQuery(query);
    return new ListLinksCall(m_network->get(requestFor(url)), m_deadline, this);
}
