#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// The user's server profiles and which one is in use, kept in the settings
// (profiles/<id>/…). A value: the connection dialog edits a copy, and
// save() writes it back whole.
//
// Names are unique as people read them: "Staging", "staging " and, in
// Persian, names that differ only in Arabic/Persian letter forms, ZWNJ or
// digits are one name.
class Profiles
{
    Q_DECLARE_TR_FUNCTIONS(Profiles)
public:
    // What is stored; the single connection of earlier versions becomes a
    // profile named after its host (see legacyTokenServer()).
    static Profiles load();
    void save() const;

    QList<Profile> all() const { return m_profiles; }
    bool isEmpty() const { return m_profiles.isEmpty(); }
    std::optional<Profile> byId(const QString &id) const;
    std::optional<Profile> byName(const QString &name) const;
    // The first profile of this server (scheme, host, port and path alike).
    std::optional<Profile> byServer(const QUrl &server) const;

    std::optional<Profile> current() const { return byId(m_currentId); }
    void setCurrent(const QString &id);

    // Why a profile (exceptId: the one being renamed) cannot have this name;
    // empty when it can.
    QString nameProblem(const QString &name, const QString &exceptId = {}) const;
    // base, or base with a number after it, whichever no profile has yet.
    QString uniqueName(const QString &base) const;

    // Added at the end, under a unique name (the server's host when name is
    // empty); the profile as stored is returned.
    Profile add(Profile profile);
    // False with nameProblem()'s sentence in *problem.
    bool rename(const QString &id, const QString &name, QString *problem = nullptr);
    // A copy of id's settings (not its token) named "<name> (copy)".
    std::optional<Profile> duplicate(const QString &id);
    // The other fields of an existing profile; its name through rename().
    void update(const Profile &profile);
    // Gone from the list; the caller deletes its keychain entry.
    void remove(const QString &id);

    // A profile made from the single connection of an earlier version,
    // whose token is still in the keychain under that server's old key:
    // which server, until tokenMoved().
    std::optional<QUrl> legacyTokenServer(const QString &id) const;
    void tokenMoved(const QString &id);

private:
    void migrateSingleConnection();

    QList<Profile> m_profiles;
    QString m_currentId;
    QString m_legacyTokenProfile;
    QUrl m_legacyTokenServer;
};
