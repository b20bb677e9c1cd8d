#include "Settings.h"

#include "api/ApiClient.h"

namespace {
const QString serverKey = QStringLiteral("connection/server");
const QString timeoutKey = QStringLiteral("network/timeoutSeconds");
const QString portfolioKey = QStringLiteral("form/lastPortfolio");
} // namespace

Settings::Settings() = default;

QUrl Settings::serverUrl() const
{
    return QUrl(m_settings.value(serverKey).toString());
}

void Settings::setServerUrl(const QUrl &url)
{
    m_settings.setValue(serverKey, url.toString());
}

std::chrono::seconds Settings::timeout() const
{
    const qint64 seconds = m_settings.value(timeoutKey, qint64(ApiClient::defaultTimeout.count())).toLongLong();
    return std::chrono::seconds(seconds > 0 ? seconds : ApiClient::defaultTimeout.count());
}

void Settings::setTimeout(std::chrono::seconds timeout)
{
    m_settings.setValue(timeoutKey, qint64(timeout.count()));
}

qint64 Settings::lastPortfolio() const
{
    return m_settings.value(portfolioKey, 0).toLongLong();
}

void Settings::setLastPortfolio(qint64 portfolioId)
{
    m_settings.setValue(portfolioKey, portfolioId);
}
