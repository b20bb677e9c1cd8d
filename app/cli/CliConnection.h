#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class ApiClient;
class Console;
class Session;
struct CliOptions;

// The server and token a command talks to: --server or the app's
// configured server (Settings), with that server's insecure-http choice,
// media path and timeouts; the token from $PORTFOLIO_LINKS_TOKEN,
// --token-stdin or the keychain entry the app uses (TokenStore). The token
// is handed to the session and nowhere else.
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
    QString tokenFromKeychain(const QUrl &server, QString *error) const;

    QObject m_networkOwner; // outlives the session that uses its managers
    std::unique_ptr<Session> m_session;
};
