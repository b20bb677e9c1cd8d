#pragma once

#include <QSettings>
#include <QUrl>

#include <chrono>

// Non-secret preferences. The token is deliberately not here (see TokenStore).
class Settings
{
public:
    Settings();

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);

    std::chrono::seconds timeout() const;
    void setTimeout(std::chrono::seconds timeout);

    qint64 lastPortfolio() const;
    void setLastPortfolio(qint64 portfolioId);

private:
    QSettings m_settings;
};
