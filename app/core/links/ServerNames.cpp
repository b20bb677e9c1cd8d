#include "ServerNames.h"

#include "session/Profiles.h"
#include "store/Outbox.h"
#include "text/PersianText.h"

ServerNames ServerNames::fromProfiles(const Profiles &profiles)
{
    ServerNames names;
    for (const Profile &profile : profiles.all()) {
        const QString key = Outbox::profileKey(profile.server());
        if (!names.m_names.contains(key)) {
            names.m_order.append(key);
            names.m_hosts.insert(key, Profile::nameFor(profile.server()));
        }
        names.m_names[key].append(profile.name());
    }
    return names;
}

ServerNames ServerNames::fromSettings()
{
    return fromProfiles(Profiles::load());
}

QString ServerNames::shown(const QString &key, const QString &server) const
{
    if (!m_names.contains(key))
        return PersianText::isolated(server);
    return tr("%1 (%2)").arg(namesOf(key), PersianText::isolated(m_hosts.value(key)));
}

QString ServerNames::namesOf(const QString &key) const
{
    QStringList names;
    for (const QString &name : m_names.value(key))
        names.append(PersianText::inOwnDirection(name));
    return names.join(tr(", "));
}

QList<ServerNames::Choice> ServerNames::choices() const
{
    QList<Choice> choices;
    for (const QString &key : m_order)
        choices.append({key, namesOf(key)});
    return choices;
}
