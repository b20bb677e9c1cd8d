#pragma once

#include "api/ApiError.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <memory>

namespace Ui {
class ConnectionDialog;
}
class ApiCall;
class QNetworkAccessManager;

// Server address and API token, with a live check of both against the
// list endpoint. Storing them is the caller's business; the dialog says
// where the token is kept, as the caller tells it.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Keychain { Checking, Available, Unavailable };

    explicit ConnectionDialog(QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

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
};
