#include "ServerNames.h"

#include "session/Profiles.h"
#include "store/Outbox.h"
#include "text/PersianText.h"

ServerNames ServerNames::fromProfiles(const Profiles &profiles)
{
    ServerNames names;
    names.m_knowsProfiles = true;
    for (const Profile &profile : profiles.all()) {
        names.m_order.append(Outbox::profileKey(profile.server(), profile.id()));
        names.m_names.insert(profile.id(), profile.name());
    }
    return names;
}

ServerNames ServerNames::fromSettings()
{
    return fromProfiles(Profiles::load());
}

QString ServerNames::shown(const QString &key, const QString &server) const
{
    const QString profileId = Outbox::splitKey(key).second;
    if (profileId.isEmpty() || !m_knowsProfiles)
        return PersianText::isolated(server);
    const auto named = m_names.constFind(profileId);
    if (named == m_names.cend())
        return tr("%1 (its profile was removed)").arg(PersianText::isolated(server));
    return tr("%1 (%2)").arg(PersianText::inOwnDirection(*named), PersianText::isolated(Profile::nameFor(QUrl(server))));
}

QList<ServerNames::Choice> ServerNames::choices() const
{
    QList<Choice> choices;
    for (const QString &key : m_order)
        choices.append({key, PersianText::inOwnDirection(m_names.value(Outbox::splitKey(key).second))});
    return choices;
}
