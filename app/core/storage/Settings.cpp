#include "Settings.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "api/MediaEndpoints.h"
#include "media/ImageFileCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace {
const QString serverKey = QStringLiteral("connection/server");
const QString timeoutKey = QStringLiteral("network/timeoutSeconds");
const QString deadlineKey = QStringLiteral("network/deadlineSeconds");
const QString portfolioKey = QStringLiteral("form/lastPortfolio");
const QString languageKey = QStringLiteral("ui/language");
const QString normaliseKey = QStringLiteral("text/normaliseLetters");
const QString mediaPathKey = QStringLiteral("media/path");
const QString maxUploadKey = QStringLiteral("media/maxUploadBytes");
const QString imageFolderKey = QStringLiteral("media/imageFolder");
// Written before portfolios were kept per server: they were the configured server's.
const QString legacyRecentPortfoliosKey = QStringLiteral("form/recentPortfolios");
const QString pageSizeKey = QStringLiteral("links/pageSize");
const QString undoWindowKey = QStringLiteral("links/undoSeconds");
const QString layoutGroup = QStringLiteral("layout/");
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

namespace {
// One key per origin, for what holds for this server only.
QString originKey(const QUrl &server)
{
    const QString origin = server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                           | QUrl::RemoveUserInfo).toString();
    return QString::fromLatin1(QUrl::toPercentEncoding(origin));
}

QString insecureKey(const QUrl &server)
{
    return QStringLiteral("connection/allowInsecure/") + originKey(server);
}

QString recentPortfoliosKey(const QUrl &server)
{
    return QStringLiteral("servers/%1/recentPortfolios").arg(originKey(server));
}

QString portfolioNameKey(const QUrl &server, qint64 portfolioId)
{
    return QStringLiteral("servers/%1/portfolioNames/%2").arg(originKey(server), QString::number(portfolioId));
}

// Earlier versions wrote the name under a key whose origin had its "%2F"s
// replaced by the portfolio number (a chained arg()); read once, then moved.
QString misnumberedPortfolioNameKey(const QUrl &server, qint64 portfolioId)
{
    return QStringLiteral("servers/%1/portfolioNames/%2").arg(originKey(server)).arg(portfolioId);
}

QString nameLimitKey(const QUrl &server)
{
    return QStringLiteral("servers/%1/nameLimit").arg(originKey(server));
}
} // namespace

bool Settings::allowsInsecure(const QUrl &server) const
{
    return m_settings.value(insecureKey(server), false).toBool();
}

void Settings::setAllowsInsecure(const QUrl &server, bool allow)
{
    if (allow)
        m_settings.setValue(insecureKey(server), true);
    else
        m_settings.remove(insecureKey(server));
}

std::optional<int> Settings::nameLimit(const QUrl &server) const
{
    const int limit = m_settings.value(nameLimitKey(server), 0).toInt();
    return limit > 0 ? std::optional<int>(limit) : std::nullopt;
}

void Settings::setNameLimit(const QUrl &server, int limit)
{
    m_settings.setValue(nameLimitKey(server), limit);
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

std::chrono::seconds Settings::deadline() const
{
    const qint64 seconds = m_settings.value(deadlineKey, 0).toLongLong();
    if (seconds > 0)
        return std::chrono::seconds(seconds);
    return std::chrono::duration_cast<std::chrono::seconds>(ApiClient::defaultDeadline(timeout()));
}

void Settings::setDeadline(std::chrono::seconds deadline)
{
    m_settings.setValue(deadlineKey, qint64(deadline.count()));
}

qint64 Settings::lastPortfolio() const
{
    return m_settings.value(portfolioKey, 0).toLongLong();
}

void Settings::setLastPortfolio(qint64 portfolioId)
{
    m_settings.setValue(portfolioKey, portfolioId);
}

Settings::Language Settings::language() const
{
    const QString code = m_settings.value(languageKey).toString();
    if (code == QLatin1String("en"))
        return Language::English;
    if (code == QLatin1String("fa"))
        return Language::Persian;
    return Language::System;
}

void Settings::setLanguage(Language language)
{
    switch (language) {
    case Language::System:
        m_settings.remove(languageKey);
        break;
    case Language::English:
        m_settings.setValue(languageKey, QStringLiteral("en"));
        break;
    case Language::Persian:
        m_settings.setValue(languageKey, QStringLiteral("fa"));
        break;
    }
}

QLocale Settings::uiLocale() const
{
    switch (language()) {
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::Persian:
        return QLocale(QLocale::Persian, QLocale::Iran);
    case Language::System:
        break;
    }
    return QLocale::system();
}

bool Settings::normaliseLetters() const
{
    return m_settings.value(normaliseKey, true).toBool();
}

void Settings::setNormaliseLetters(bool normalise)
{
    m_settings.setValue(normaliseKey, normalise);
}

QString Settings::mediaPath() const
{
    return m_settings.value(mediaPathKey, QString(MediaEndpoints::defaultPath)).toString();
}

void Settings::setMediaPath(const QString &path)
{
    m_settings.setValue(mediaPathKey, path.trimmed());
}

qint64 Settings::maxUploadBytes() const
{
    const qint64 bytes = m_settings.value(maxUploadKey, ImageFileCheck::defaultMaxBytes).toLongLong();
    return bytes > 0 ? bytes : ImageFileCheck::defaultMaxBytes;
}

void Settings::setMaxUploadBytes(qint64 bytes)
{
    m_settings.setValue(maxUploadKey, bytes);
}

QString Settings::imageFolder() const
{
    const QString last = m_settings.value(imageFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (!pictures.isEmpty() && QFileInfo(pictures).isDir())
        return pictures;
    return QDir::homePath();
}

void Settings::setImageFolder(const QString &folder)
{
    m_settings.setValue(imageFolderKey, folder);
}

int Settings::pageSize() const
{
    // The server may cap pages lower; more than this only delays the first rows.
    return std::clamp(m_settings.value(pageSizeKey, 50).toInt(), 5, 500);
}

void Settings::setPageSize(int rows)
{
    m_settings.setValue(pageSizeKey, rows);
}

std::chrono::seconds Settings::undoWindow() const
{
    return std::chrono::seconds(std::clamp<qint64>(m_settings.value(undoWindowKey, 8).toLongLong(), 1, 60));
}

void Settings::setUndoWindow(std::chrono::seconds window)
{
    m_settings.setValue(undoWindowKey, qint64(window.count()));
}

QByteArray Settings::layoutState(const QString &name) const
{
    return m_settings.value(layoutGroup + name).toByteArray();
}

void Settings::setLayoutState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(layoutGroup + name, state);
}

QList<Settings::RecentPortfolio> Settings::recentPortfolios(const QUrl &server) const
{
    QVariant stored = m_settings.value(recentPortfoliosKey(server));
    if (!stored.isValid() && originKey(server) == originKey(serverUrl()))
        stored = m_settings.value(legacyRecentPortfoliosKey);
    // "id:count" strings: readable in the settings file, and nothing to parse but numbers.
    QList<RecentPortfolio> recent;
    for (const QString &entry : stored.toStringList()) {
        bool idOk = false;
        bool countOk = false;
        const qint64 id = entry.section(QLatin1Char(':'), 0, 0).toLongLong(&idOk);
        const qint64 count = entry.section(QLatin1Char(':'), 1, 1).toLongLong(&countOk);
        if (idOk && id > 0)
            recent.append({id, countOk ? count : -1, portfolioName(server, id)});
    }
    return recent.mid(0, recentPortfolioCount);
}

void Settings::rememberPortfolio(const QUrl &server, qint64 portfolioId, qint64 linkCount)
{
    QList<RecentPortfolio> recent = recentPortfolios(server);
    if (!recent.isEmpty() && recent.first().id == portfolioId && recent.first().linkCount == linkCount)
        return; // nothing to write
    recent.removeIf([portfolioId](const RecentPortfolio &entry) { return entry.id == portfolioId; });
    recent.prepend({portfolioId, linkCount, {}});
    QStringList entries;
    for (const RecentPortfolio &entry : recent.mid(0, recentPortfolioCount))
        entries.append(QStringLiteral("%1:%2").arg(entry.id).arg(entry.linkCount));
    m_settings.setValue(recentPortfoliosKey(server), entries);
}

QString Settings::portfolioName(const QUrl &server, qint64 portfolioId) const
{
    const QVariant name = m_settings.value(portfolioNameKey(server, portfolioId));
    return (name.isValid() ? name : m_settings.value(misnumberedPortfolioNameKey(server, portfolioId)))
        .toString()
        .left(portfolioNameMaxLength);
}

void Settings::setPortfolioName(const QUrl &server, qint64 portfolioId, const QString &name)
{
    const QString trimmed = name.simplified().left(portfolioNameMaxLength);
    m_settings.remove(misnumberedPortfolioNameKey(server, portfolioId));
    if (trimmed.isEmpty())
        m_settings.remove(portfolioNameKey(server, portfolioId));
    else
        m_settings.setValue(portfolioNameKey(server, portfolioId), trimmed);
}
