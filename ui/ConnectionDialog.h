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
// list endpoint. Storing them is the caller's business.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
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
    // offerRetry: the keychain was unreachable; a button asks to try again.
    void setKeychainStatus(const QString &status, bool offerRetry = false);

signals:
    void retryKeychainRequested();

public:
    // The portfolio whose list the connection test asks for.
    void setTestPortfolio(qint64 portfolioId);
    // The timeouts the test request gets: the session's, which the user set
    // (ApiClient's defaults until this is called).
    void setTimeouts(std::chrono::milliseconds timeout, std::chrono::milliseconds deadline);

    static QString testOutcome(const ApiError &error, qint64 portfolioId);

private:
    void testConnection();
    void acceptIfValid();
    // Details (the server's answer, a certificate) are offered behind Details….
    void setTestResult(const QString &text, const QString &details = {});
    void updateInsecureWarning();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    QNetworkAccessManager *m_network;
    QPointer<ApiCall> m_test;
    qint64 m_testPortfolio = 1;
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_deadline;
    QString m_testDetails;
};
