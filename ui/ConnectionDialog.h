#pragma once

#include "api/ApiError.h"
#include "session/Profiles.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <memory>

namespace Ui {
class ConnectionDialog;
}
class ApiCall;
class QNetworkAccessManager;

// The server profiles, and for the one shown its name, server address, API
// token, upload path and timeout, with a live check of address and token
// against the list endpoint. The dialog edits a copy of the profiles;
// storing them is the caller's business. It says where the token is kept,
// as the caller tells it.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Keychain { Checking, Available, Unavailable };

    explicit ConnectionDialog(QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // tokens: those known, by profile id (the others are in the keychain).
    void setProfiles(const Profiles &profiles, const QString &shownId, const QHash<QString, QString> &tokens);
    // After accepted(): the edited list, with the profile shown as current,
    // the tokens typed (by profile id), and the profiles removed.
    Profiles profiles() const { return m_profiles; }
    Profile profile() const;
    QHash<QString, QString> tokens() const { return m_tokens; }
    QList<Profile> removedProfiles() const { return m_removed; }
    // How many changes of each profile (by id) wait in the outbox: removing
    // a profile says that they stay there, never sent with another's token.
    void setWaitingChanges(const QHash<QString, int> &byProfile) { m_waiting = byProfile; }

    void setServer(const QUrl &server);
    QUrl server() const;
    void setToken(const QString &token);
    QString token() const;
    // Where the server takes uploads; empty when it takes none.
    void setMediaPath(const QString &path);
    QString mediaPath() const;
    void setAllowInsecure(bool allow);
    bool allowInsecure() const;
    // Unavailable: problem says why, and a button asks to try again.
    void setKeychain(Keychain state, const QString &problem = {});
    // The token came from PORTFOLIO_LINKS_TOKEN, until the user types another.
    void setTokenFromEnvironment(bool fromEnvironment);
    // The last test succeeded with the server and token now in the fields.
    bool testPassed() const { return m_testState == TestState::Passed; }

signals:
    void retryKeychainRequested();

public:
    // The portfolio whose list the connection test asks for.
    void setTestPortfolio(qint64 portfolioId);
    // The timeouts the test request gets: the session's, which the user set
    // (ApiClient's defaults until this is called).
    void setTimeouts(std::chrono::milliseconds timeout, std::chrono::milliseconds deadline);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class TestState { None, Passed, Failed };

    void testConnection();
    // A test request; the test button comes back when the newest one is done.
    ApiCall *startTest(const QUrl &url);
    // An address typed without a scheme on this machine did not answer over
    // https: the same request over http, reported as such.
    void testOverHttp(const QUrl &url, const ApiError &httpsError);
    void passTest(const QString &text);
    void failTest(const ApiError &error, const QString &note = {});
    void useAddress(const QUrl &url);
    void acceptIfValid();
    void confirmFailedConnection();
    // Details (the server's answer, a certificate) are offered behind Details….
    void setTestResult(const QString &text, const QString &details = {});
    void updateForServer();
    void updateTokenPlace();
    void growToFit();
    // The shown profile's fields into the copy; false (and said) when its name cannot be.
    bool keepShownProfile();
    void showProfile(const QString &id);
    void fillProfileChoices();
    void addProfile(const Profile &profile);
    void confirmRemoveProfile();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    QNetworkAccessManager *m_network;
    QPointer<ApiCall> m_test;
    qint64 m_testPortfolio = 1;
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_deadline;
    QString m_testDetails;
    TestState m_testState = TestState::None;
    Keychain m_keychain = Keychain::Checking;
    QString m_keychainProblem;
    bool m_tokenFromEnvironment = false;
    Profiles m_profiles;
    QString m_shownId;
    QHash<QString, QString> m_tokens;
    QList<Profile> m_removed;
    QHash<QString, int> m_waiting;
};
