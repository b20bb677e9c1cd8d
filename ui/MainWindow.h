#pragma once

#include "api/NetworkSetup.h"
#include "links/PendingDeletes.h"
#include "storage/LaunchOptions.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class ConnectionDialog;
class DraftStore;
class LinkListModel;
class OutboxControls;
class QLabel;
class QProgressBar;
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
    void setUpHelpMenu();
    // Help's dialogs: one of each, brought to the front when asked again.
    template<typename Dialog>
    void openDialog();
    void showAbout();
    void signOut();
    // problem: why the keychain cannot keep the token; empty when it can.
    void keychainAnswered(const QString &problem);
    void showTokenPlace(ConnectionDialog *dialog) const;
    // The token works: messages that the server refused it are stale.
    void forgetRefusedToken();
    void setUpSettingsMenu();
    // A mark that stays while the draft cannot be written, and one message.
    void setUpDraftWarning();
    void updateWindowTitle();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session *m_session;
    LinkListModel *m_links;
    PendingDeletes *m_deletes;
    OutboxControls *m_outbox = nullptr;
    TokenStore *m_tokens;
    DraftStore *m_drafts;
    QProgressBar *m_busyIndicator;
    QLabel *m_serverLabel;
    QLabel *m_draftWarning;
    QString m_keychainProblem;
    bool m_keychainAnswered = false;
    bool m_tokenFromEnvironment = false;
    bool m_deleteAvailable = true;
    bool m_closingAfterDeletes = false;
    bool m_changedServer = false; // connected to another server than at the start
    bool m_leaveConfirmed = false; // the user answered about unsaved changes on closing
};
