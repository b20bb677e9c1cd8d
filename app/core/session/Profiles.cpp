#include "Profiles.h"

#include "api/Endpoints.h"
#include "storage/BufferedSettings.h"
#include "storage/Settings.h"
#include "text/PersianText.h"

namespace {
const QString orderKey = QStringLiteral("profiles/order");
const QString currentKey = QStringLiteral("profiles/current");
const QString legacyProfileKey = QStringLiteral("profiles/legacyToken/profile");
const QString legacyServerKey = QStringLiteral("profiles/legacyToken/server");

QString entryKey(const QString &id, const char *field)
{
    return QStringLiteral("profiles/%1/%2").arg(id, QLatin1String(field));
}
const char *const entryFields[] = {"name", "server", "mediaPath", "timeoutSeconds", "production"};

// Two names that read alike are one: spacing, letter forms, ZWNJ, digits, case.
QString nameKey(const QString &name)
{
    return PersianText::searchKey(name.simplified());
}
} // namespace

Profiles Profiles::load()
{
    const BufferedSettings settings;
    Profiles profiles;
    if (!settings.contains(orderKey)) {
        profiles.migrateSingleConnection();
        return profiles;
    }
    for (const QString &id : settings.value(orderKey).toStringList()) {
        Profile profile(id);
        profile.setName(settings.value(entryKey(id, "name")).toString());
        profile.setServer(QUrl(settings.value(entryKey(id, "server")).toString()));
        profile.setMediaPath(settings.value(entryKey(id, "mediaPath"), profile.mediaPath()).toString());
        profile.setTimeout(std::chrono::seconds(settings.value(entryKey(id, "timeoutSeconds")).toLongLong()));
        profile.setProduction(settings.value(entryKey(id, "production"), false).toBool());
        profiles.m_profiles.append(profile);
    }
    profiles.m_currentId = settings.value(currentKey).toString();
    profiles.m_legacyTokenProfile = settings.value(legacyProfileKey).toString();
    profiles.m_legacyTokenServer = QUrl(settings.value(legacyServerKey).toString());
    return profiles;
}

void Profiles::migrateSingleConnection()
{
    const Settings settings;
    const QUrl server = settings.serverUrl();
    if (!server.isValid())
        return;
    Profile profile;
    profile.setServer(server);
    profile.setMediaPath(settings.mediaPath());
    profile.setTimeout(settings.timeout());
    // The one server people have used so far is the real one.
    profile.setProduction(true);
    const Profile added = add(profile);
    m_currentId = added.id();
    m_legacyTokenProfile = added.id();
    m_legacyTokenServer = server;
    save();
}

void Profiles::save() const
{
    BufferedSettings settings;
    QStringList order;
    for (const Profile &profile : m_profiles) {
        order.append(profile.id());
        settings.setValue(entryKey(profile.id(), "name"), profile.name());
        settings.setValue(entryKey(profile.id(), "server"), profile.server().toString());
        settings.setValue(entryKey(profile.id(), "mediaPath"), profile.mediaPath());
        settings.setValue(entryKey(profile.id(), "timeoutSeconds"), qint64(profile.timeout().count()));
        settings.setValue(entryKey(profile.id(), "production"), profile.isProduction());
    }
    const QStringList stored = settings.value(orderKey).toStringList();
    for (const QString &id : stored) {
        if (!order.contains(id)) {
            for (const char *field : entryFields)
                settings.remove(entryKey(id, field));
        }
    }
    settings.setValue(orderKey, order);
    settings.setValue(currentKey, m_currentId);
    if (m_legacyTokenServer.isValid() && byId(m_legacyTokenProfile)) {
        settings.setValue(legacyProfileKey, m_legacyTokenProfile);
        settings.setValue(legacyServerKey, m_legacyTokenServer.toString());
    } else {
        settings.remove(legacyProfileKey);
        settings.remove(legacyServerKey);
    }
}

std::optional<Profile> Profiles::byId(const QString &id) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.id() == id)
            return profile;
    }
    return std::nullopt;
}

std::optional<Profile> Profiles::byName(const QString &name) const
{
    const QString key = nameKey(name);
    for (const Profile &profile : m_profiles) {
        if (nameKey(profile.name()) == key)
            return profile;
    }
    return std::nullopt;
}

std::optional<Profile> Profiles::byServer(const QUrl &server) const
{
    for (const Profile &profile : m_profiles) {
        if (Endpoints::serverIdentity(profile.server()) == Endpoints::serverIdentity(server))
            return profile;
    }
    return std::nullopt;
}

void Profiles::setCurrent(const QString &id)
{
    if (byId(id))
        m_currentId = id;
}

QString Profiles::nameProblem(const QString &name, const QString &exceptId) const
{
    if (name.simplified().isEmpty())
        return tr("A profile needs a name.");
    const std::optional<Profile> same = byName(name);
    if (same && same->id() != exceptId)
        return tr("There is already a profile named “%1”.").arg(PersianText::inOwnDirection(same->name()));
    return {};
}

QString Profiles::uniqueName(const QString &base) const
{
    const QString simplified = base.simplified();
    if (!byName(simplified))
        return simplified;
    for (int number = 2;; ++number) {
        const QString numbered = tr("%1 (%2)").arg(simplified, QLocale().toString(number));
        if (!byName(numbered))
            return numbered;
    }
}

Profile Profiles::add(Profile profile)
{
    const QString name = profile.name().simplified();
    profile.setName(uniqueName(name.isEmpty() ? Profile::nameFor(profile.server()) : name));
    m_profiles.append(profile);
    if (m_currentId.isEmpty())
        m_currentId = profile.id();
    return profile;
}

bool Profiles::rename(const QString &id, const QString &name, QString *problem)
{
    const QString error = nameProblem(name, id);
    if (problem)
        *problem = error;
    if (!error.isEmpty())
        return false;
    for (Profile &profile : m_profiles) {
        if (profile.id() == id)
            profile.setName(name.simplified());
    }
    return true;
}

std::optional<Profile> Profiles::duplicate(const QString &id)
{
    const std::optional<Profile> original = byId(id);
    if (!original)
        return std::nullopt;
    Profile copied = original->copy();
    copied.setName(tr("%1 (copy)").arg(original->name()));
    copied.setProduction(false); // two production profiles are one too many to tell apart
    return add(copied);
}

void Profiles::update(const Profile &profile)
{
    for (Profile &stored : m_profiles) {
        if (stored.id() == profile.id()) {
            const QString name = stored.name();
            stored = profile;
            stored.setName(name);
        }
    }
}

void Profiles::remove(const QString &id)
{
    m_profiles.removeIf([&id](const Profile &profile) { return profile.id() == id; });
    if (m_currentId == id)
        m_currentId = m_profiles.isEmpty() ? QString() : m_profiles.first().id();
}

std::optional<QUrl> Profiles::legacyTokenServer(const QString &id) const
{
    if (id.isEmpty() || id != m_legacyTokenProfile || !m_legacyTokenServer.isValid())
        return std::nullopt;
    return m_legacyTokenServer;
}

void Profiles::tokenMoved(const QString &id)
{
    if (id != m_legacyTokenProfile)
        return;
    m_legacyTokenProfile.clear();
    m_legacyTokenServer.clear();
}
