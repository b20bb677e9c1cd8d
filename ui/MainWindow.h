#pragma once

#include "api/ApiError.h"
#include "api/LinkDraft.h"
#include "api/NetworkSetup.h"
#include "media/ImageChoice.h"
#include "model/Link.h"
#include "storage/FormDraft.h"
#include "storage/LaunchOptions.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}
class ApiClient;
class DraftStore;
class LinkCreation;
class MediaSupport;
class QLabel;
class QProgressBar;
class QTimer;
class ThumbnailLoader;
class TokenStore;

// Wires the form to the API client and the result view to the thumbnail
// loader; owns the connection (server, token) of this session.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // API calls go through network.api, thumbnails through network.media.
    explicit MainWindow(const NetworkSetup::Managers &network, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Server and token from settings, the command line, the environment or
    // the keychain; asks the user when something is missing.
    void restoreSession(const LaunchOptions &options);
    void setConnection(const QUrl &server, const QString &token);
    void setPortfolio(qint64 portfolioId);
    bool isBusy() const;
    // A later start of the app hands its command line here (SingleInstance):
    // the window comes to the front, on the portfolio that start asked for.
    void showForLaterStart(const QStringList &arguments);

private:
    void connectCreation();
    void prepareCreation();
    void submit(const LinkDraft &draft);
    void cancelRequest();
    void showCreated(const Link &link);
    void showFoundAfterUnknownOutcome(const Link &link);
    void askAboutIdenticalLinks(const QList<Link> &identical);
    void showFailure(const ApiError &error);
    void setBusy(bool busy);
    void openConnectionDialog();
    // With a file: straight to its upload (a file dropped on the Image field).
    void openImagePicker(const QString &fileToUpload = {});
    // Puts the choice in the form, fetching its picture if the picker had none yet.
    void useImage(const ImageChoice &choice);
    // A restored draft knows only the image's number: ask the server what it is.
    void describeChosenImage();
    void showAbout();
    void signOut();
    QString keychainStatus() const;
    void setUpSettingsMenu();
    // A mark that stays while the draft cannot be written, and one message.
    void setUpDraftWarning();

    std::unique_ptr<Ui::MainWindow> m_ui;
    NetworkSetup::Managers m_network;
    ApiClient *m_api;
    ThumbnailLoader *m_thumbnails;
    MediaSupport *m_media;
    LinkCreation *m_creation;
    ThumbnailLoader *m_choicePreview;
    TokenStore *m_tokens;
    DraftStore *m_drafts;
    QTimer *m_draftTimer;
    LinkDraft m_submittedDraft;
    FormDraft m_submittedForm; // as typed when Create was pressed
    FormDraft m_sentForm;      // as typed when the last POST left
    QProgressBar *m_busyIndicator;
    QLabel *m_serverLabel;
    QLabel *m_draftWarning;
    QString m_keychainProblem;
    bool m_tokenFromEnvironment = false;
};
