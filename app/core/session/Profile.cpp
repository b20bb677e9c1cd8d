#include "Profile.h"

#include "api/ApiClient.h"
#include "api/MediaEndpoints.h"
#include "text/UrlText.h"

#include <QUuid>

Profile::Profile()
    : Profile(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Profile::Profile(const QString &id)
    : m_id(id)
    , m_mediaPath(QString(MediaEndpoints::defaultPath))
    , m_timeout(std::chrono::duration_cast<std::chrono::seconds>(ApiClient::defaultTimeout))
{
}

void Profile::setTimeout(std::chrono::seconds timeout)
{
    if (timeout.count() > 0 && timeout <= ApiClient::longestTimeout)
        m_timeout = timeout;
}

Profile Profile::copy() const
{
    Profile copied;
    const QString id = copied.m_id;
    copied = *this;
    copied.m_id = id;
    return copied;
}

QString Profile::tokenKeyOf(const QString &id)
{
    return QStringLiteral("profile/") + id;
}

QString Profile::nameFor(const QUrl &server)
{
    const QString host = UrlText::readableHost(server.host(QUrl::FullyEncoded));
    return server.port() == -1 ? host : host + QLatin1Char(':') + QString::number(server.port());
}
