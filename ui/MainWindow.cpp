#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AppInfo.h"
#include "ConnectionDialog.h"
#include "ImagePickerDialog.h"
#include "LinkForm.h"
#include "LinkResultView.h"
#include "ThumbnailStrip.h"
#include "WhenFinished.h"
#include "api/ApiClient.h"
#include "api/MediaSupport.h"
#include "links/LinkCreation.h"
#include "media/ThumbnailLoader.h"
#include "storage/DraftStore.h"
#include "storage/Settings.h"
#include "storage/TokenStore.h"
#include "text/PersianText.h"

#include <QActionGroup>
#include <QPushButton>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QTimer>

MainWindow::MainWindow(const NetworkSetup::Managers &network, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_network(network)
    , m_api(new ApiClient(network.api, this))
    , m_thumbnails(new ThumbnailLoader(network.media, this))
    , m_media(new MediaSupport(m_api, this))
    , m_creation(new LinkCreation(m_api, this))
    , m_choicePreview(new ThumbnailLoader(network.media, this))
    , m_tokens(new TokenStore(this))
    , m_drafts(new DraftStore(DraftStore::defaultPath(), this))
    , m_draftTimer(new QTimer(this))
    , m_busyIndicator(new QProgressBar(this))
    , m_serverLabel(new QLabel(this))
    , m_draftWarning(new QLabel(this))
{
    m_ui->setupUi(this);
    // Half and half: the result needs room for two columns of thumbnails.
    m_ui->splitter->setSizes({width() / 2, width() / 2});
    m_ui->connectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);

    m_busyIndicator->setRange(0, 0); // indeterminate
    m_busyIndicator->setMaximumWidth(160);
    m_busyIndicator->setAccessibleName(tr("Waiting for the server"));
    m_busyIndicator->hide();
    m_serverLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_busyIndicator);
    m_thumbnails->setMaximumImageSize(ThumbnailStrip::imageArea() * devicePixelRatioF());

    LinkForm *form = m_ui->linkForm;
    ThumbnailStrip *strip = m_ui->resultView->thumbnailStrip();
    connect(form, &LinkForm::submitted, this, &MainWindow::submit);
    connect(form, &LinkForm::cancelRequested, this, &MainWindow::cancelRequest);
    connect(form, &LinkForm::chooseImageRequested, this, [this] { openImagePicker(); });
    connect(form, &LinkForm::imageFileDropped, this, &MainWindow::openImagePicker);
    // Saved shortly after the typing pauses, not on every keystroke.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(form, &LinkForm::edited, m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_draftTimer, &QTimer::timeout, this, [this] {
        m_drafts->save(m_ui->linkForm->formDraft());
        prepareCreation();
    });
    connectCreation();
    connect(m_thumbnails, &ThumbnailLoader::thumbnailLoaded, strip,
            [strip](int index, const QImage &image) { strip->showImage(index, image); });
    connect(m_thumbnails, &ThumbnailLoader::thumbnailFailed, strip, &ThumbnailStrip::showFailure);

    connect(m_ui->connectionAction, &QAction::triggered, this, &MainWindow::openConnectionDialog);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    setUpSettingsMenu();
    setUpDraftWarning();

    connect(m_tokens, &TokenStore::tokenRead, this, [this](const QString &token) {
        m_keychainProblem.clear();
        if (auto *dialog = findChild<ConnectionDialog *>()) {
            dialog->setKeychainStatus(keychainStatus());
            if (dialog->token().isEmpty())
                dialog->setToken(token);
        }
        if (token.isEmpty()) {
            openConnectionDialog(); // does nothing when it is already open
        } else {
            m_api->setToken(token);
            describeChosenImage();
            prepareCreation();
        }
    });
    connect(m_tokens, &TokenStore::written, this,
            [this] { statusBar()->showMessage(tr("The token was saved in the system keychain."), 5000); });
    connect(m_tokens, &TokenStore::removed, this,
            [this] { statusBar()->showMessage(tr("Signed out: the token was deleted from the system keychain.")); });
    connect(m_tokens, &TokenStore::failed, this, [this](const QString &message) {
        m_keychainProblem = message;
        statusBar()->showMessage(message);
        if (auto *dialog = findChild<ConnectionDialog *>())
            dialog->setKeychainStatus(keychainStatus(), true);
        if (!m_api->hasToken())
            openConnectionDialog();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::restoreSession(const LaunchOptions &options)
{
    const Settings settings;
    setPortfolio(options.portfolio.value_or(settings.lastPortfolio()));
    m_api->setTimeout(settings.timeout());
    m_api->setDeadline(settings.deadline());
    m_thumbnails->setTimeout(settings.timeout());
    m_thumbnails->setDeadline(settings.deadline());
    // A --server of the command line is for this run only; it is not saved.
    const QUrl server = options.server.value_or(settings.serverUrl());
    const QString environmentToken = TokenStore::environmentToken();
    m_tokenFromEnvironment = !environmentToken.isEmpty();
    setConnection(server, environmentToken);

    whenFinished(m_drafts->load(), this, [this](const FormDraft &draft) {
        if (draft.isEmpty())
            return;
        m_ui->linkForm->restore(draft);
        statusBar()->showMessage(tr("The link you were writing when Portfolio Links last closed was restored."));
        describeChosenImage();
    });

    // Deferred, so that the main window is shown before any dialog.
    QTimer::singleShot(0, this, [this, server] {
        if (!server.isValid())
            openConnectionDialog();
        else if (!m_tokenFromEnvironment)
            m_tokens->read(server);
    });
}

void MainWindow::setConnection(const QUrl &server, const QString &token)
{
    m_api->setBaseUrl(server);
    const Settings settings;
    m_api->setAllowInsecure(settings.allowsInsecure(server));
    m_api->setMediaPath(settings.mediaPath());
    m_api->setToken(token);
    m_media->reset();
    m_creation->forgetServer();
    prepareCreation();
    m_serverLabel->setText(server.isValid() ? PersianText::isolated(server.toDisplayString()) : tr("No server set"));
    m_serverLabel->setAccessibleName(PersianText::withoutDirectionMarks(m_serverLabel->text()));
}

void MainWindow::setPortfolio(qint64 portfolioId)
{
    if (portfolioId > 0)
        m_ui->linkForm->setPortfolio(portfolioId);
}

bool MainWindow::isBusy() const
{
    return m_creation->isBusy();
}

void MainWindow::connectCreation()
{
    connect(m_creation, &LinkCreation::stateChanged, this, [this](LinkCreation::State state) {
        if (state == LinkCreation::State::Sending) {
            m_sentForm = m_submittedForm;
            statusBar()->showMessage(tr("Creating the link…"));
        }
        setBusy(m_creation->isBusy());
    });
    connect(m_creation, &LinkCreation::created, this, [this](const Link &link) {
        showCreated(link);
        statusBar()->showMessage(tr("Link %1 was created.").arg(QLocale().toString(link.id)));
    });
    connect(m_creation, &LinkCreation::foundAfterUnknownOutcome, this, &MainWindow::showFoundAfterUnknownOutcome);
    connect(m_creation, &LinkCreation::failed, this, &MainWindow::showFailure);
    connect(m_creation, &LinkCreation::checking, this, [this] {
        statusBar()->showMessage(tr("The server's answer was lost; asking it whether the link was created…"));
    });
    connect(m_creation, &LinkCreation::notCreated, this, [this](const ApiError &cause) {
        m_ui->linkForm->showError(cause, tr("The server has no such link: it was not created. Press Create link to send it again."));
        statusBar()->showMessage(tr("The link was not created."));
    });
    connect(m_creation, &LinkCreation::stillUnknown, this, [this](const ApiError &, const ApiError &checkError) {
        m_ui->linkForm->showError(checkError, tr("Whether the server created the link cannot be checked now: nothing will be "
                                                 "sent again before it has been asked. Press Create link to ask it."));
        statusBar()->showMessage(tr("Whether the link was created is not known yet."));
    });
    connect(m_creation, &LinkCreation::undecided, this, &MainWindow::askAboutIdenticalLinks);
}

void MainWindow::prepareCreation()
{
    // While the user types: the check after a lost answer then costs the
    // create path no extra round trip.
    if (const std::optional<qint64> portfolio = m_ui->linkForm->portfolio())
        m_creation->prepare(*portfolio);
}

void MainWindow::showForLaterStart(const QStringList &arguments)
{
    LaunchOptions options;
    // The later start checked these arguments before sending them.
    if (LaunchOptions::parse(arguments, &options).isEmpty() && options.portfolio)
        setPortfolio(*options.portfolio);
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::submit(const LinkDraft &draft)
{
    if (isBusy())
        return; // one create at a time: a second click must not send twice
    if (!m_api->baseUrl().isValid()) {
        m_ui->linkForm->showMessage(tr("Set the server address in Connection settings first."));
        openConnectionDialog();
        return;
    }
    m_thumbnails->cancel();
    Settings().setLastPortfolio(draft.portfolioId);
    m_submittedForm = m_ui->linkForm->formDraft();
    m_submittedDraft = draft;
    m_creation->submit(draft);
}

void MainWindow::cancelRequest()
{
    m_creation->cancel();
}

void MainWindow::showCreated(const Link &link)
{
    m_ui->resultView->showLink(link);
    m_thumbnails->load(link.image ? link.image->thumbnails : QList<Thumbnail>());
    m_ui->linkForm->clearForNextLink();
    m_draftTimer->stop();
    m_drafts->clear();
}

void MainWindow::showFoundAfterUnknownOutcome(const Link &link)
{
    const QString id = QLocale().toString(link.id);
    if (m_ui->linkForm->formDraft() != m_sentForm) {
        // Edited since that send: the edits are kept, the earlier link shown.
        m_ui->resultView->showLink(link);
        m_thumbnails->load(link.image ? link.image->thumbnails : QList<Thumbnail>());
        m_ui->linkForm->showMessage(tr("Your earlier attempt had created link %1; it was not sent again. "
                                       "What the form holds now was not sent.").arg(id));
        return;
    }
    showCreated(link);
    statusBar()->showMessage(
        tr("The server's answer was lost, but it had created the link (%1): it was not sent again.").arg(id));
}

void MainWindow::askAboutIdenticalLinks(const QList<Link> &identical)
{
    const Link newest = identical.first();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Was the link created?"),
                                tr("The server's answer was lost. The server has a link with exactly these values "
                                   "(number %1), but it may be an older one rather than the one just sent.")
                                    .arg(QLocale().toString(newest.id)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("identicalLinkBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *useIt = box->addButton(tr("That is my link"), QMessageBox::AcceptRole);
    useIt->setObjectName(QStringLiteral("useExistingButton"));
    box->addButton(tr("Create another"), QMessageBox::DestructiveRole)->setObjectName(QStringLiteral("createAnotherButton"));
    box->addButton(tr("Decide later"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("decideLaterButton"));
    box->setDefaultButton(useIt);
    statusBar()->showMessage(box->windowTitle());
    connect(box, &QMessageBox::buttonClicked, this, [this, box, newest](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            m_creation->acceptExisting(newest);
        else if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            m_creation->createAnyway(m_submittedDraft);
        else
            m_ui->linkForm->showMessage(tr("Nothing was sent again. Press Create link when you have looked at the portfolio."));
    });
    box->open();
}

void MainWindow::showFailure(const ApiError &error)
{
    m_ui->linkForm->showError(error);
    statusBar()->showMessage(error.message());
}

void MainWindow::setBusy(bool busy)
{
    m_ui->linkForm->setBusy(busy);
    m_busyIndicator->setVisible(busy);
    m_ui->connectionAction->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void MainWindow::openConnectionDialog()
{
    if (findChild<ConnectionDialog *>())
        return; // already open
    auto *dialog = new ConnectionDialog(m_network.api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServer(m_api->baseUrl());
    dialog->setToken(m_api->token());
    dialog->setAllowInsecure(Settings().allowsInsecure(m_api->baseUrl()));
    dialog->setMediaPath(m_api->mediaPath());
    dialog->setTestPortfolio(m_ui->linkForm->portfolio().value_or(1));
    dialog->setKeychainStatus(keychainStatus(), !m_keychainProblem.isEmpty());
    connect(dialog, &ConnectionDialog::retryKeychainRequested, this, [this, dialog] {
        dialog->setKeychainStatus(tr("Trying the keychain again…"));
        m_tokens->read(dialog->server().isValid() ? dialog->server() : m_api->baseUrl());
    });

    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QUrl server = dialog->server();
        const QString token = dialog->token();
        Settings settings;
        settings.setServerUrl(server);
        settings.setAllowsInsecure(server, dialog->allowInsecure());
        settings.setMediaPath(dialog->mediaPath());
        setConnection(server, token);
        if (!token.isEmpty() && token != TokenStore::environmentToken())
            m_tokens->write(server, token);
    });
    dialog->open();
}

void MainWindow::openImagePicker(const QString &fileToUpload)
{
    if (findChild<ImagePickerDialog *>())
        return; // already open
    if (!m_api->baseUrl().isValid()) {
        m_ui->linkForm->showMessage(tr("Set the server address in Connection settings first."));
        openConnectionDialog();
        return;
    }
    auto *dialog = new ImagePickerDialog(m_api, m_network.media, m_media, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUploadLimit(Settings().maxUploadBytes());
    dialog->setCurrent(m_ui->linkForm->imageChoice());
    dialog->setPortfolio(m_ui->linkForm->portfolio());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { useImage(dialog->choice()); });
    dialog->open();
    if (!fileToUpload.isEmpty())
        dialog->uploadFile(fileToUpload);
}

void MainWindow::useImage(const ImageChoice &choice)
{
    m_choicePreview->cancel();
    m_choicePreview->disconnect(this); // a picture still coming is for an earlier choice
    m_ui->linkForm->setImageChoice(choice);
    if (!choice.preview.isNull() || !choice.image)
        return;
    // The size the picker's grid asks for: usually already in the disk cache.
    const std::optional<Thumbnail> thumbnail
        = choice.image->thumbnailFor(qRound(ThumbnailStrip::imageArea().width() * devicePixelRatioF()));
    if (!thumbnail)
        return;
    m_choicePreview->setMaximumImageSize(ThumbnailStrip::imageArea() * devicePixelRatioF());
    m_choicePreview->load({*thumbnail});
    connect(m_choicePreview, &ThumbnailLoader::thumbnailLoaded, this, [this, choice](int, const QImage &image) {
        if (m_ui->linkForm->imageChoice().id != choice.id)
            return; // chosen otherwise meanwhile
        ImageChoice withPreview = choice;
        withPreview.preview = image;
        m_ui->linkForm->setImageChoice(withPreview);
    });
}

void MainWindow::describeChosenImage()
{
    const ImageChoice choice = m_ui->linkForm->imageChoice();
    if (choice.isNull() || choice.image || !m_api->hasToken() || m_media->state() == MediaSupport::State::Missing)
        return;
    ImageCall *call = m_api->fetchImage(choice.id);
    call->onSucceeded(this, [this, id = choice.id](const Image &image) {
        const ImageChoice current = m_ui->linkForm->imageChoice();
        if (current.id == id && !current.image)
            useImage({id, image, {}});
    });
    // A failure changes nothing: the number stays, and the server judges it on create.
}

void MainWindow::setUpSettingsMenu()
{
    const Settings settings;
    auto *languages = new QActionGroup(this);
    const std::pair<QAction *, Settings::Language> choices[] = {
        {m_ui->languageSystemAction, Settings::Language::System},
        {m_ui->languageEnglishAction, Settings::Language::English},
        {m_ui->languagePersianAction, Settings::Language::Persian},
    };
    for (const auto &[action, language] : choices) {
        languages->addAction(action);
        action->setChecked(settings.language() == language);
        connect(action, &QAction::triggered, this, [this, language = language] {
            Settings().setLanguage(language);
            statusBar()->showMessage(tr("The new language is used from the next start of Portfolio Links."));
        });
    }
    m_ui->normaliseLettersAction->setChecked(settings.normaliseLetters());
    m_ui->linkForm->setNormaliseLetters(settings.normaliseLetters());
    connect(m_ui->normaliseLettersAction, &QAction::toggled, this, [this](bool normalise) {
        Settings().setNormaliseLetters(normalise);
        m_ui->linkForm->setNormaliseLetters(normalise);
    });
}

QString MainWindow::keychainStatus() const
{
    if (m_tokenFromEnvironment)
        return tr("The token comes from the %1 environment variable and is not stored.")
            .arg(PersianText::isolated(QLatin1String(TokenStore::environmentVariable)));
    if (!m_keychainProblem.isEmpty())
        return m_keychainProblem + QLatin1Char(' ') + tr("A token you enter is used until you quit, and not saved.");
    return tr("The token is kept in your system's keychain, nowhere else.");
}

void MainWindow::signOut()
{
    m_api->setToken(QString());
    m_tokenFromEnvironment = false;
    m_tokens->remove(m_api->baseUrl());
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Portfolio Links"),
                                tr("%1 %2\nCreate links of your company's portfolio.")
                                    .arg(tr("Portfolio Links"), QString(AppInfo::version)),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setUpDraftWarning()
{
    m_draftWarning->setObjectName(QStringLiteral("draftWarning"));
    m_draftWarning->setTextFormat(Qt::PlainText);
    m_draftWarning->setText(tr("Your work is not being saved"));
    m_draftWarning->setAccessibleName(m_draftWarning->text());
    m_draftWarning->hide();
    statusBar()->addPermanentWidget(m_draftWarning);
    connect(m_drafts, &DraftStore::saveFailed, this, [this](const QString &reason) {
        m_draftWarning->setToolTip(reason);
        m_draftWarning->setAccessibleDescription(reason);
        if (!m_draftWarning->isHidden())
            return; // said once; the store keeps trying
        m_draftWarning->show();
        statusBar()->showMessage(tr("Your work is not being saved, and would be lost if Portfolio Links closed: %1")
                                     .arg(reason));
    });
    connect(m_drafts, &DraftStore::saved, this, [this] {
        if (m_draftWarning->isHidden())
            return;
        m_draftWarning->hide();
        statusBar()->showMessage(tr("Your work is being saved again."), 5000);
    });
}
