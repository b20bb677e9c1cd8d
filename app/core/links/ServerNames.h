#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

class Profiles;

// The outbox and the history keep a change's server (Outbox::profileKey);
// people know their servers by the names of their profiles. Two profiles of
// one server share a key, so both names are given.
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

    // "Staging (127.0.0.1:8000)", or the server alone when no profile has it.
    QString shown(const QString &key, const QString &server) const;
    // One choice per server that has a profile, in the profiles' order.
    QList<Choice> choices() const;

private:
    QString namesOf(const QString &key) const;

    QMap<QString, QStringList> m_names; // by key
    QStringList m_order;                // keys
    QMap<QString, QString> m_hosts;     // by key
};
