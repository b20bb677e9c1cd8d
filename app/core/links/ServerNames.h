#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

class Profiles;

// The outbox and the history keep whose a change is (Outbox::profileKey);
// people know it by the profile's name and its server's host.
class ServerNames
{
    Q_DECLARE_TR_FUNCTIONS(ServerNames)
public:
    struct Choice
    {
        QString key;
        QString label;
    };

    static ServerNames fromProfiles(const Profiles &profiles);
    static ServerNames fromSettings();

    // "Staging (127.0.0.1:8000)"; a profile's changes from before it was
    // given another address by its name and that earlier host; the server
    // alone for a server's own, and with a word that its profile was
    // removed (nothing sends those).
    QString shown(const QString &key, const QString &server) const;
    // One choice per profile, in the profiles' order.
    QList<Choice> choices() const;

private:
    QMap<QString, QString> m_names; // by profile id
    QStringList m_order;            // keys
    bool m_knowsProfiles = false;   // else every key is shown by its server
};
