#pragma once

#include "api/NetworkSetup.h"
#include "links/PendingDeletes.h"
#include "session/Profile.h"
#include "storage/LaunchOptions.h"

#include <QHash>
#include <QMainWindow>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}
class ConnectionDialog;
class DelayedBusyIndicator;
class DraftStore;
class LinkListModel;
class OutboxControls;
class ProfileBand;
class ProfileSwitcher;
class QLabel;
class QTimer;
class Session;
class TokenStore;

// The workspace's shell: the links list beside the editor, menus, the
// status bar, the connection (server, token) of this session, and deletes
// with undo. The list and the editor do the work; this wires them.
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
    // Another server profile: its server, token and last portfolio.
    void switchProfile(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpLinkActions();
    void showPortfolio(qint64 portfolioId);
    void openLinkById(qint64 linkId);
    void newLink();
    void deleteSelectedLinks();
    void reportDeletes(const QList<qint64> &deleted, const QList<PendingDeletes::Failure> &failures);
    void setBusy(bool busy);
    void openConnectionDialog();
    // The connection dialog, for a token the keychain did not give; not
    // before the window's first frame.
    void askForToken();
    void setUpHelpMenu();
    // Help's dialogs: one of each, brought to the front when asked again.
    template<typename Dialog>
    void openDialog();
    void showAbout();
    void signOut();
    // problem: why the keychain cannot keep the token; empty when it can.
    void keychainAnswered(const QString &problem);
    // Once, until the keychain has answered: a first run asks as it starts,
    // the connection dialog as it opens.
    void askWhetherKeychainIsThere();
    void showTokenPlace(ConnectionDialog *dialog) const;
    // The token works: messages that the server refused it are stale.
    void forgetRefusedToken();
    void setUpSettingsMenu();
    // A mark that stays while the draft cannot be written, and one message.
    void setUpDraftWarning();
    void updateWindowTitle();
    // Profiles: the toolbar's drop-down, the band, the keychain entry in use.
    void setUpProfiles();
    void useProfile(const Profile &profile);
    void showProfile();
    void readToken(const QString &key);
    // A token read or given: the list, the outbox and the editor's checks start with it.
    void useToken(const QString &token);
    // The token is known: the list, and what waited for a token, are asked for.
    void askWithToken();
    // The session is on the server of the profile in use (not a --server of no profile).
    bool onProfileServer() const;
    QString tokenKey() const;
    // The single connection of an earlier version: its token moves to its profile first.
    void moveLegacyToken(const QUrl &legacyServer);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session *m_session;
    LinkListModel *m_links;
    PendingDeletes *m_deletes;
    OutboxControls *m_outbox = nullptr;
    TokenStore *m_tokens;
    DraftStore *m_drafts;
    DelayedBusyIndicator *m_busyIndicator;
    QLabel *m_serverLabel;
    QLabel *m_draftWarning;
    ProfileSwitcher *m_profileSwitcher;
    ProfileBand *m_profileBand;
    // None: no profile yet, or a --server that is none of them.
    std::optional<Profile> m_profile;
    // Tokens known this run, by profile id: typed without a keychain, or read once.
    QHash<QString, QString> m_profileTokens;
    QString m_tokenKey; // the keychain entry whose answer is awaited
    // A keychain answers in tens of milliseconds; one that has not after
    // this is waiting for its password to be typed, or hangs: the list
    // says why it stays empty.
    QTimer *m_keychainWait;
    QString m_keychainProblem;
    bool m_keychainAnswered = false;
    bool m_keychainAsked = false; // by askWhetherKeychainIsThere(), until it answers
    bool m_firstFramePainted = false;
    bool m_askForTokenAfterFirstFrame = false;
    bool m_tokenFromEnvironment = false;
    bool m_deleteAvailable = true;
    bool m_closingAfterDeletes = false;
    bool m_changedServer = false; // connected to another server than at the start
    bool m_leaveConfirmed = false; // the user answered about unsaved changes on closing
};
