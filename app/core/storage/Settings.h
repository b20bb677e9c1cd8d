#pragma once

#include "storage/BufferedSettings.h"

#include <QLocale>
#include <QUrl>

#include <chrono>
#include <optional>

// Non-secret preferences. The token is deliberately not here (see TokenStore).
// Written off the GUI thread once main() has made the SettingsWriter.
class Settings
{
public:
    Settings();

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);

    // Plain http to this server, allowed by the user despite the warning.
    bool allowsInsecure(const QUrl &server) const;
    void setAllowsInsecure(const QUrl &server, bool allow);
    // The most characters this server takes in a link's name, learnt from its
    // refusal of a longer one (LinkInput::nameLimitFrom); unset until then.
    std::optional<int> nameLimit(const QUrl &server) const;
    void setNameLimit(const QUrl &server, int limit);

    // The idle timeout: the longest silence while a request runs.
    std::chrono::seconds timeout() const;
    void setTimeout(std::chrono::seconds timeout);
    // The longest a whole request may take; unset, a multiple of timeout().
    std::chrono::seconds deadline() const;
    void setDeadline(std::chrono::seconds deadline);

    qint64 lastPortfolio() const;
    void setLastPortfolio(qint64 portfolioId);

    // Portfolios used lately on a server, newest first, with their link
    // count when last seen (-1: not known) and the name the user gave them.
    // Per server: portfolio 1 of one server is not portfolio 1 of another.
    struct RecentPortfolio
    {
        qint64 id = 0;
        qint64 linkCount = -1;
        QString name;
        friend bool operator==(const RecentPortfolio &, const RecentPortfolio &) = default;
    };
    static constexpr int recentPortfolioCount = 8;
    QList<RecentPortfolio> recentPortfolios(const QUrl &server) const;
    void rememberPortfolio(const QUrl &server, qint64 portfolioId, qint64 linkCount);

    // The API has no portfolio names: these are the user's own, per server
    // (empty: none given). Names outlive the recent list.
    static constexpr int portfolioNameMaxLength = 80;
    QString portfolioName(const QUrl &server, qint64 portfolioId) const;
    void setPortfolioName(const QUrl &server, qint64 portfolioId, const QString &name);

    // The UI language: the system's unless the user forced one.
    enum class Language { System, English, Persian };
    Language language() const;
    void setLanguage(Language language);
    QLocale uiLocale() const;

    // Arabic Yeh and Kaf typed on Arabic layouts become their Persian forms.
    bool normaliseLetters() const;
    void setNormaliseLetters(bool normalise);

    // Where the server takes uploads (an assumption of the contract); empty
    // when it has none.
    QString mediaPath() const;
    void setMediaPath(const QString &path);
    // Larger files are refused before upload.
    qint64 maxUploadBytes() const;
    void setMaxUploadBytes(qint64 bytes);
    // Where the file dialog of an upload opens: the folder of the file
    // chosen last if it is still there, else the user's Pictures folder,
    // else home.
    QString imageFolder() const;
    void setImageFolder(const QString &folder);

    // Rows asked for per request of the links list.
    int pageSize() const;
    void setPageSize(int rows);
    // How long a deleted link can be taken back before its DELETE is sent.
    std::chrono::seconds undoWindow() const;
    void setUndoWindow(std::chrono::seconds window);
    // Window layout (QSplitter::saveState and the like), by name.
    QByteArray layoutState(const QString &name) const;
    void setLayoutState(const QString &name, const QByteArray &state);

private:
    BufferedSettings m_settings;
};
