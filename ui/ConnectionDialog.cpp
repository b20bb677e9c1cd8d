#include "ConnectionDialog.h"
#include "ui_ConnectionDialog.h"

#include "ErrorDetailsBox.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "text/PersianText.h"

#include <QCheckBox>
#include <QPushButton>

ConnectionDialog::ConnectionDialog(QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_network(network)
    , m_timeout(ApiClient::defaultTimeout)
    , m_deadline(ApiClient::defaultDeadline(m_timeout))
{
    m_ui->setupUi(this);
    // A path reads left to right in every UI language.
    m_ui->mediaPathEdit->setLayoutDirection(Qt::LeftToRight);
    m_ui->keychainLabel->hide();
    m_ui->retryKeychainButton->hide();
    connect(m_ui->retryKeychainButton, &QPushButton::clicked, this, &ConnectionDialog::retryKeychainRequested);
    connect(m_ui->showTokenCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->serverEdit, &QLineEdit::textChanged, this, &ConnectionDialog::updateInsecureWarning);
    connect(m_ui->allowInsecureCheck, &QCheckBox::toggled, this, &ConnectionDialog::updateInsecureWarning);
    updateInsecureWarning();
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    m_ui->testDetailsButton->hide();
    connect(m_ui->testDetailsButton, &QPushButton::clicked, this,
            [this] { ErrorDetailsBox::open(this, m_ui->testResult->text(), m_testDetails); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::acceptIfValid);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setServer(const QUrl &server)
{
    m_ui->serverEdit->setText(server.toDisplayString());
}

QUrl ConnectionDialog::server() const
{
    return Endpoints::serverFromUserInput(m_ui->serverEdit->text());
}

void ConnectionDialog::setToken(const QString &token)
{
    m_ui->tokenEdit->setText(token);
}

QString ConnectionDialog::token() const
{
    return m_ui->tokenEdit->text().trimmed();
}

void ConnectionDialog::setAllowInsecure(bool allow)
{
    m_ui->allowInsecureCheck->setChecked(allow);
}

bool ConnectionDialog::allowInsecure() const
{
    return m_ui->allowInsecureCheck->isChecked() && m_ui->allowInsecureCheck->isVisible();
}

void ConnectionDialog::updateInsecureWarning()
{
    // The choice exists only where it matters: http to another machine.
    const QUrl url = server();
    const bool plainHttpElsewhere = url.scheme() == QLatin1String("http") && !ApiClient::isLoopback(url);
    m_ui->allowInsecureCheck->setVisible(plainHttpElsewhere);
    m_ui->insecureWarning->setVisible(plainHttpElsewhere);
}

void ConnectionDialog::setKeychainStatus(const QString &status, bool offerRetry)
{
    m_ui->keychainLabel->setText(status);
    m_ui->keychainLabel->setVisible(!status.isEmpty());
    m_ui->retryKeychainButton->setVisible(offerRetry);
}

void ConnectionDialog::setTestPortfolio(qint64 portfolioId)
{
    m_testPortfolio = portfolioId > 0 ? portfolioId : 1;
}

void ConnectionDialog::setTimeouts(std::chrono::milliseconds timeout, std::chrono::milliseconds deadline)
{
    m_timeout = timeout;
    m_deadline = deadline;
}

void ConnectionDialog::setTestResult(const QString &text, const QString &details)
{
    m_ui->testResult->setText(text);
    m_testDetails = details;
    m_ui->testDetailsButton->setVisible(!details.isEmpty());
}

QString ConnectionDialog::testOutcome(const ApiError &error, qint64 portfolioId)
{
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
        return tr("Bad token: the server did not accept it.");
    case ApiError::Kind::Forbidden:
        return tr("The token works, but this account has no permission for portfolio links.");
    case ApiError::Kind::NotFound:
        return tr("Not found: the server has no portfolio %1, or the address is not the portfolio API.").arg(PersianText::id(portfolioId));
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return tr("Unreachable: %1").arg(error.message());
    default:
        return error.message();
    }
}

void ConnectionDialog::testConnection()
{
    const QUrl url = server();
    if (!url.isValid()) {
        setTestResult(tr("Enter the server's address, for example https://example.com/."));
        return;
    }
    if (m_test)
        m_test->cancel();
    auto *client = new ApiClient(m_network, this);
    client->setBaseUrl(url);
    client->setToken(token());
    client->setAllowInsecure(allowInsecure());
    client->setTimeout(m_timeout);
    client->setDeadline(m_deadline);
    LinkListQuery oneLink;
    oneLink.pageSize = 1;
    m_test = client->listLinks(m_testPortfolio, oneLink);
    setTestResult(tr("Testing…"));
    m_ui->testButton->setEnabled(false);
    connect(m_test, &ApiCall::succeeded, this, [this] { setTestResult(tr("OK: the server accepted the token.")); });
    connect(m_test, &ApiCall::failed, this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            setTestResult(testOutcome(error, m_testPortfolio), error.details());
    });
    connect(m_test, &ApiCall::finished, this, [this, client] {
        m_ui->testButton->setEnabled(true);
        client->deleteLater();
    });
}

void ConnectionDialog::acceptIfValid()
{
    if (!server().isValid()) {
        setTestResult(tr("Enter the server's address, for example https://example.com/."));
        m_ui->serverEdit->setFocus();
        return;
    }
    accept();
}

void ConnectionDialog::setMediaPath(const QString &path)
{
    m_ui->mediaPathEdit->setText(path);
}

QString ConnectionDialog::mediaPath() const
{
    return m_ui->mediaPathEdit->text().trimmed();
}
