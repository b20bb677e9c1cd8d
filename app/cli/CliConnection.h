#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

class ApiClient;
class Profile;
class Profiles;
class Console;
class Session;
struct CliOptions;

// The server and token a command talks to: --server, --profile NAME or the
// app's current server profile (Profiles), with its media path and timeout
// and the server's insecure-http choice (Settings); the token from
// $PORTFOLIO_LINKS_TOKEN, --token-stdin or the keychain entry the app keeps
// for that profile (TokenStore). The token is handed to the session and
// nowhere else.
class CliConnection
{
    Q_DECLARE_TR_FUNCTIONS(CliConnection)
public:
    CliConnection();
    ~CliConnection();

    // Ok, or the exit status after saying what is missing.
    ExitCode::Code open(const CliOptions &options, const Console &console);
    ApiClient *api() const;

private:
    static QString tokenKey(const Profiles &profiles, const std::optional<Profile> &profile, const QUrl &server);
    QString tokenFromKeychain(const QString &key, std::chrono::seconds timeout, QString *error) const;

    QObject m_networkOwner; // outlives the session that uses its managers
    std::unique_ptr<Session> m_session;
};
