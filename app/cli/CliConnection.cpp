#include "CliConnection.h"

#include "CliOptions.h"
#include "Console.h"
#include "api/ApiClient.h"
#include "api/NetworkSetup.h"
#include "session/Profiles.h"
#include "session/Session.h"
#include "storage/Settings.h"
#include "storage/TokenStore.h"

#include <QEventLoop>
#include <QTimer>

CliConnection::CliConnection() = default;
CliConnection::~CliConnection() = default;

ApiClient *CliConnection::api() const
{
    return m_session->api();
}

ExitCode::Code CliConnection::open(const CliOptions &options, const Console &console)
{
    const Settings settings;
    const Profiles profiles = Profiles::load();
    std::optional<Profile> profile;
    if (options.profile) {
        profile = profiles.byName(*options.profile);
        if (!profile) {
            console.error(tr("There is no server profile named “%1”.").arg(*options.profile));
            return ExitCode::Usage;
        }
    } else {
        profile = options.server ? profiles.byServer(*options.server) : profiles.current();
    }
    const QUrl server = options.server.value_or(profile ? profile->server() : settings.serverUrl());
    if (!server.isValid() || server.isEmpty()) {
        console.error(tr("No server: give --server URL, or set one up in the app's connection settings."));
        return ExitCode::Usage;
    }
    const std::chrono::seconds timeout = options.timeout.value_or(profile ? profile->timeout() : settings.timeout());
    QString token = TokenStore::environmentToken();
    QString keychainError;
    if (options.tokenFromStdin)
        token = console.readSecretLine(tr("API token: ")).trimmed();
    else if (token.isEmpty())
        token = tokenFromKeychain(tokenKey(profiles, profile, server), timeout, &keychainError);
    if (token.isEmpty()) {
        console.error(tr("No API token: set $%1, pass it with --token-stdin, or save it in the app for this server.")
                          .arg(QLatin1String(TokenStore::environmentVariable)));
        if (!keychainError.isEmpty())
            console.error(keychainError);
        return ExitCode::Authentication;
    }
    m_session = std::make_unique<Session>(NetworkSetup::createManagers(&m_networkOwner));
    m_session->connectTo(server, token, settings.allowsInsecure(server),
                         profile ? profile->mediaPath() : settings.mediaPath());
    m_session->setTimeouts(timeout, options.timeout ? ApiClient::defaultDeadline(timeout) : std::chrono::milliseconds(settings.deadline()));
    return ExitCode::Ok;
}

QString CliConnection::tokenKey(const Profiles &profiles, const std::optional<Profile> &profile, const QUrl &server)
{
    if (!profile)
        return TokenStore::keyFor(server);
    // Until the app has moved it, an upgraded connection's token is under the old key.
    const std::optional<QUrl> legacyServer = profiles.legacyTokenServer(profile->id());
    return legacyServer ? TokenStore::keyFor(*legacyServer) : profile->tokenKey();
}

QString CliConnection::tokenFromKeychain(const QString &key, std::chrono::seconds timeout, QString *error) const
{
    TokenStore store;
    QString token;
    QEventLoop loop;
    // A script must not wait forever on a keychain that hangs, or that asks
    // for its password where nobody sees it.
    QTimer::singleShot(timeout, &loop, [&] {
        *error = tr("The system keychain did not answer within %n second(s); it may be waiting for its password.",
                    nullptr, int(timeout.count()));
        loop.quit();
    });
    QObject::connect(&store, &TokenStore::tokenRead, &loop, [&](const QString &read) {
        token = read;
        loop.quit();
    });
    QObject::connect(&store, &TokenStore::failed, &loop, [&](const QString &message) {
        *error = message;
        loop.quit();
    });
    store.readEntry(key);
    loop.exec();
    return token;
}
