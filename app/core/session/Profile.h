#pragma once

#include <QString>
#include <QUrl>

#include <chrono>

// One server the user works with, as they named it: its address, upload
// path and timeout. The token is not here; it is in the keychain under
// tokenKey(). id() never changes, so a rename keeps the token and whatever
// else is keyed by it.
class Profile
{
public:
    // A new profile with a fresh id and the default upload path and timeout.
    Profile();

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QUrl server() const { return m_server; }
    void setServer(const QUrl &server) { m_server = server; }
    // Where the server takes uploads; empty when it takes none.
    QString mediaPath() const { return m_mediaPath; }
    void setMediaPath(const QString &path) { m_mediaPath = path.trimmed(); }
    std::chrono::seconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::seconds timeout);
    // Production holds the real portfolio: every other profile is marked as such on screen.
    bool isProduction() const { return m_production; }
    void setProduction(bool production) { m_production = production; }

    // The same settings under a new id (and so without the token).
    Profile copy() const;
    QString tokenKey() const { return tokenKeyOf(m_id); }
    static QString tokenKeyOf(const QString &id);
    // The name a profile of this server gets unless the user gives one: the
    // host as people read it, with a port other than the scheme's own.
    static QString nameFor(const QUrl &server);

    friend bool operator==(const Profile &, const Profile &) = default;

private:
    friend class Profiles; // reads them back with their stored id
    explicit Profile(const QString &id);

    QString m_id;
    QString m_name;
    QUrl m_server;
    QString m_mediaPath;
    std::chrono::seconds m_timeout;
    bool m_production = false;
};
