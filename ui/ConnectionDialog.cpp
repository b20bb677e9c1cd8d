#include "ConnectionDialog.h"
#include "ui_ConnectionDialog.h"

#include "BuddyNames.h"
#include "ErrorDetailsBox.h"
#include "LeftToRightField.h"
#include "LinkOpener.h"
#include "PlainMessageBox.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "session/ConnectionCheck.h"
#include "storage/TokenStore.h"
#include "text/PersianText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>

namespace {

// Failures before any HTTP answer: a plain-http server answers a TLS
// handshake with garbage, which Qt reports as a TLS or connection error.
bool reachedNoServer(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Tls || error.kind() == ApiError::Kind::Network;
}

// The text as shown, and as a screen reader says it: without the invisible
// marks that keep its left-to-right parts in order.
void setShownText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleName(PersianText::withoutDirectionMarks(text));
}

} // namespace

ConnectionDialog::ConnectionDialog(QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_network(network)
    , m_timeout(ApiClient::defaultTimeout)
    , m_deadline(ApiClient::defaultDeadline(m_timeout))
{
    m_ui->setupUi(this);
    BuddyNames::apply(this);
    // A path reads left to right in every UI language.
    LeftToRightField::apply(m_ui->mediaPathEdit);
    setShownText(m_ui->tokenHelp,
                 tr("The API token is a secret code that lets Portfolio Links work on the server in your name. "
                    "An administrator creates it in the server's admin site, under %1, and gives it to you.")
                     .arg(PersianText::isolated(QStringLiteral("Auth Token › Tokens"))));
    // Heard with the field, as it is read beside it.
    m_ui->tokenEdit->setAccessibleDescription(m_ui->tokenHelp->accessibleName());
    updateTokenPlace();
    connect(m_ui->retryKeychainButton, &QPushButton::clicked, this, &ConnectionDialog::retryKeychainRequested);
    connect(m_ui->showTokenCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, [this] { setTokenFromEnvironment(false); });
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, [this] { m_testState = TestState::None; });
    connect(m_ui->serverEdit, &QLineEdit::textChanged, this, &ConnectionDialog::updateForServer);
    connect(m_ui->allowInsecureCheck, &QCheckBox::toggled, this, &ConnectionDialog::updateForServer);
    updateForServer();
    connect(m_ui->tokenAdminButton, &QPushButton::clicked, this,
            [this] { LinkOpener::open(Endpoints::tokenAdmin(server())); });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    m_ui->testDetailsButton->hide();
    m_ui->testResult->hide();
    connect(m_ui->testDetailsButton, &QPushButton::clicked, this,
            [this] { ErrorDetailsBox::open(this, m_ui->testResult->text(), m_testDetails); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::acceptIfValid);

    m_ui->timeoutSpin->setSuffix(tr(" seconds"));
    m_ui->nameEdit->setPlaceholderText(tr("Named after the server unless you name it"));
    connect(m_ui->profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_ui->profileCombo->itemData(index).toString();
        if (id == m_shownId)
            return;
        if (keepShownProfile())
            showProfile(id);
        else
            m_ui->profileCombo->setCurrentIndex(m_ui->profileCombo->findData(m_shownId));
    });
    connect(m_ui->addProfileButton, &QPushButton::clicked, this, [this] { addProfile(Profile()); });
    connect(m_ui->duplicateProfileButton, &QPushButton::clicked, this, [this] {
        if (!keepShownProfile())
            return;
        if (const std::optional<Profile> copy = m_profiles.duplicate(m_shownId))
            addProfile(*copy);
    });
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this, &ConnectionDialog::confirmRemoveProfile);
    addProfile(Profile()); // until the caller gives its own
    m_ui->serverEdit->setFocus(Qt::OtherFocusReason);
}

void ConnectionDialog::setProfiles(const Profiles &profiles, const QString &shownId,
                                   const QHash<QString, QString> &tokens)
{
    m_profiles = profiles;
    m_tokens = tokens;
    m_removed.clear();
    m_shownId.clear();
    showProfile(shownId);
}

Profile ConnectionDialog::profile() const
{
    return m_profiles.byId(m_shownId).value_or(Profile());
}

void ConnectionDialog::addProfile(const Profile &profile)
{
    if (!m_shownId.isEmpty() && !keepShownProfile())
        return;
    const QString id = m_profiles.byId(profile.id()) ? profile.id() : m_profiles.add(profile).id();
    showProfile(id);
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
    m_ui->nameEdit->selectAll();
}

bool ConnectionDialog::keepShownProfile()
{
    std::optional<Profile> shown = m_profiles.byId(m_shownId);
    if (!shown)
        return true;
    shown->setServer(server());
    shown->setMediaPath(mediaPath());
    shown->setTimeout(std::chrono::seconds(m_ui->timeoutSpin->value()));
    shown->setProduction(m_ui->productionCheck->isChecked());
    m_profiles.update(*shown);
    m_tokens.insert(m_shownId, token());
    QString name = m_ui->nameEdit->text().simplified();
    if (name.isEmpty() && server().isValid())
        name = m_profiles.uniqueName(Profile::nameFor(server()));
    if (name.isEmpty() && shown->name().isEmpty())
        return true; // nothing typed yet: named when it has a server
    QString problem;
    if (!m_profiles.rename(m_shownId, name, &problem)) {
        setTestResult(problem);
        m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_ui->nameEdit->setText(name);
    fillProfileChoices();
    return true;
}

void ConnectionDialog::showProfile(const QString &id)
{
    const std::optional<Profile> shown = m_profiles.byId(id);
    if (!shown)
        return;
    m_shownId = id;
    m_profiles.setCurrent(id);
    fillProfileChoices();
    m_ui->nameEdit->setText(shown->name());
    m_ui->productionCheck->setChecked(shown->isProduction());
    setServer(shown->server());
    setToken(m_tokens.value(id));
    setMediaPath(shown->mediaPath());
    m_ui->timeoutSpin->setValue(int(shown->timeout().count()));
    setTestResult(QString());
}

void ConnectionDialog::fillProfileChoices()
{
    QComboBox *box = m_ui->profileCombo;
    box->clear();
    for (const Profile &profile : m_profiles.all())
        box->addItem(profile.name().isEmpty() ? tr("New profile") : profile.name(), profile.id());
    box->setCurrentIndex(box->findData(m_shownId));
    m_ui->removeProfileButton->setEnabled(m_profiles.all().size() > 1);
}

void ConnectionDialog::confirmRemoveProfile()
{
    const Profile shown = profile();
    const QString name = shown.name().isEmpty() ? tr("New profile") : shown.name();
    auto *box = new PlainMessageBox(QMessageBox::Question, tr("Remove profile"),
                                    tr("Remove the profile “%1”? Its token is deleted from the keychain.")
                                        .arg(PersianText::inOwnDirection(name)),
                                    QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeProfileBox"));
    if (const int waiting = m_waiting.value(shown.id()); waiting > 0)
        box->setPlainInformativeText(tr("%Ln change(s) made in this profile are not on the server yet. They stay in the "
                                        "Outbox until you discard them: no other profile's token sends them.",
                                        nullptr, waiting));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveProfileButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, shown](QAbstractButton *button) {
        if (button != remove)
            return;
        m_profiles.remove(shown.id());
        m_tokens.remove(shown.id());
        m_removed.append(shown);
        m_shownId.clear();
        showProfile(m_profiles.all().first().id());
        m_ui->profileCombo->setFocus(Qt::OtherFocusReason);
    });
    box->open();
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

void ConnectionDialog::updateForServer()
{
    m_testState = TestState::None;
    // The choice exists only where it matters: http to another machine.
    const QUrl url = server();
    const bool plainHttpElsewhere = url.scheme() == QLatin1String("http") && !Endpoints::isLoopback(url);
    m_ui->allowInsecureCheck->setVisible(plainHttpElsewhere);
    m_ui->insecureWarning->setVisible(plainHttpElsewhere);
    const QUrl admin = Endpoints::tokenAdmin(url);
    m_ui->tokenAdminButton->setVisible(admin.isValid());
    m_ui->tokenAdminButton->setToolTip(admin.toDisplayString());
    growToFit();
}

void ConnectionDialog::setKeychain(Keychain state, const QString &problem)
{
    m_keychain = state;
    m_keychainProblem = problem;
    updateTokenPlace();
}

void ConnectionDialog::setTokenFromEnvironment(bool fromEnvironment)
{
    m_tokenFromEnvironment = fromEnvironment;
    updateTokenPlace();
}

void ConnectionDialog::updateTokenPlace()
{
    QString text;
    if (m_tokenFromEnvironment) {
        text = tr("The token comes from the %1 environment variable and is not stored.")
                   .arg(PersianText::isolated(QLatin1String(TokenStore::environmentVariable)));
    } else {
        switch (m_keychain) {
        case Keychain::Checking:
            text = tr("Looking for the system keychain, where the token is kept…");
            break;
        case Keychain::Available:
            text = tr("The token is kept in your system's keychain, nowhere else.");
            break;
        case Keychain::Unavailable:
            text = m_keychainProblem + QLatin1Char(' ')
                + tr("A token you enter here is kept only in memory, until you quit Portfolio Links.");
            break;
        }
    }
    setShownText(m_ui->keychainLabel, text);
    m_ui->retryKeychainButton->setVisible(!m_tokenFromEnvironment && m_keychain == Keychain::Unavailable);
    growToFit();
}

void ConnectionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Qt sizes the window by its texts' size hints, which wrap them narrower
    // than they are shown: blank lines would stay around them.
    layout()->activate();
    resize(width(), layout()->totalHeightForWidth(width()));
}

void ConnectionDialog::growToFit()
{
    // Wrapped text needs more height as it grows, which a shown window does
    // not take by itself: without this the labels are cut off.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void ConnectionDialog::setTestPortfolio(qint64 portfolioId)
{
    m_testPortfolio = ConnectionCheck::portfolioOr(portfolioId);
}

void ConnectionDialog::setTimeouts(std::chrono::milliseconds timeout, std::chrono::milliseconds deadline)
{
    m_timeout = timeout;
    m_deadline = deadline;
}

void ConnectionDialog::setTestResult(const QString &text, const QString &details)
{
    setShownText(m_ui->testResult, text);
    m_ui->testResult->setVisible(!text.isEmpty());
    m_testDetails = details;
    m_ui->testDetailsButton->setVisible(!details.isEmpty());
    growToFit();
}

void ConnectionDialog::testConnection()
{
    const QUrl url = server();
    if (!url.isValid()) {
        setTestResult(tr("Enter the server's address, for example https://example.com/."));
        return;
    }
    const QUrl fallback = Endpoints::plainHttpFallback(m_ui->serverEdit->text());
    ApiCall *call = startTest(url);
    setTestResult(tr("Testing…"));
    connect(call, &ApiCall::succeeded, this, [this] { passTest(tr("OK: the server accepted the token.")); });
    connect(call, &ApiCall::failed, this, [this, fallback](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        if (fallback.isValid() && reachedNoServer(error))
            testOverHttp(fallback, error);
        else
            failTest(error);
    });
}

ApiCall *ConnectionDialog::startTest(const QUrl &url)
{
    if (m_test)
        m_test->cancel();
    auto *client = new ApiClient(m_network, this);
    client->setBaseUrl(url);
    client->setToken(token());
    client->setAllowInsecure(allowInsecure());
    client->setTimeout(m_timeout);
    client->setDeadline(m_deadline);
    ApiCall *call = client->listLinks(m_testPortfolio, ConnectionCheck::query());
    // The button stays enabled while it tests (a second press tests again):
    // disabled, it would hand its focus to OK, where the next Enter closes the dialog.
    m_test = call;
    connect(call, &ApiCall::finished, client, &QObject::deleteLater);
    return call;
}

void ConnectionDialog::testOverHttp(const QUrl &url, const ApiError &httpsError)
{
    setTestResult(tr("No answer over https; trying plain http, as the server is this computer…"));
    ApiCall *call = startTest(url);
    connect(call, &ApiCall::succeeded, this, [this, url] {
        useAddress(url);
        passTest(tr("OK over plain http: the server accepted the token. It does not answer over https, "
                    "so the address now starts with %1.")
                     .arg(PersianText::isolated(QStringLiteral("http://"))));
    });
    connect(call, &ApiCall::failed, this, [this, url, httpsError](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        if (reachedNoServer(error)) {
            failTest(httpsError);
            return;
        }
        useAddress(url);
        failTest(error, tr("(The server answers over plain http, not https: the address now starts with %1.)")
                            .arg(PersianText::isolated(QStringLiteral("http://"))));
    });
}

void ConnectionDialog::useAddress(const QUrl &url)
{
    m_ui->serverEdit->setText(url.toDisplayString());
}

void ConnectionDialog::passTest(const QString &text)
{
    setTestResult(text);
    m_testState = TestState::Passed;
}

void ConnectionDialog::failTest(const ApiError &error, const QString &note)
{
    QString text = ConnectionCheck::outcome(error, m_testPortfolio);
    if (!note.isEmpty())
        text += QLatin1Char(' ') + note;
    setTestResult(text, error.details());
    m_testState = TestState::Failed;
}

void ConnectionDialog::acceptIfValid()
{
    if (!server().isValid()) {
        setTestResult(tr("Enter the server's address, for example https://example.com/."));
        m_ui->serverEdit->setFocus();
        return;
    }
    if (!keepShownProfile())
        return;
    if (m_testState == TestState::Failed) {
        confirmFailedConnection();
        return;
    }
    accept();
}

void ConnectionDialog::confirmFailedConnection()
{
    auto *box = new PlainMessageBox(QMessageBox::Warning, tr("Connection test failed"),
                                    tr("The connection test with this server and token failed:\n%1\n\nUse them anyway?")
                                        .arg(m_ui->testResult->text()),
                                    QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmFailedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *useAnyway = box->addButton(tr("&Use anyway"), QMessageBox::AcceptRole);
    useAnyway->setObjectName(QStringLiteral("useAnywayButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, useAnyway](QAbstractButton *button) {
        if (button == useAnyway)
            accept();
    });
    box->open();
}

void ConnectionDialog::setMediaPath(const QString &path)
{
    m_ui->mediaPathEdit->setText(path);
}

QString ConnectionDialog::mediaPath() const
{
    return m_ui->mediaPathEdit->text().trimmed();
}
