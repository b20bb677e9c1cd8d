#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AfterFirstFrame.h"
#include "AppInfo.h"
#include "ConnectionDialog.h"
#include "DelayedBusyIndicator.h"
#include "GettingStartedDialog.h"
#include "IconThemeWarmUp.h"
#include "LinkCopyActions.h"
#include "LinkEditor.h"
#include "LinkForm.h"
#include "LinkOpener.h"
#include "LinksView.h"
#include "MeasuredLabel.h"
#include "OutboxControls.h"
#include "PlainMessageBox.h"
#include "PortfolioBar.h"
#include "ProfileBand.h"
#include "ProfileSwitcher.h"
#include "ShortcutsDialog.h"
#include "WindowPlacement.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "links/ChangeAdoption.h"
#include "links/LinkListModel.h"
#include "links/OutboxService.h"
#include "session/Profiles.h"
#include "session/Session.h"
#include "session/TokenMove.h"
#include "storage/DraftStore.h"
#include "storage/Settings.h"
#include "storage/TokenStore.h"
#include "store/Outbox.h"
#include "text/PersianText.h"
#include "text/ServerText.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolBar>

#include <utility>

namespace {
const QString workspaceLayout = QStringLiteral("workspaceSplitter");
const QString editorLayout = QStringLiteral("editorSplitter");
} // namespace

MainWindow::MainWindow(const NetworkSetup::Managers &network, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(new Session(network, this))
    , m_links(new LinkListModel(m_session->api(), m_session->thumbnails(), this))
    , m_deletes(new PendingDeletes(m_session->api(), this))
    , m_tokens(new TokenStore(this))
    , m_drafts(new DraftStore(DraftStore::defaultFolder(), this))
    , m_busyIndicator(new DelayedBusyIndicator(this))
    , m_serverLabel(new MeasuredLabel(this))
    , m_draftWarning(new MeasuredLabel(this))
    , m_profileSwitcher(new ProfileSwitcher(this))
    , m_profileBand(new ProfileBand(this))
{
    m_ui->setupUi(this);
    // Before the splitters below share out the window's width and height.
    WindowPlacement::restore(this);
    m_ui->connectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);

    m_busyIndicator->setMaximumWidth(160);
    m_busyIndicator->setAccessibleName(tr("Waiting for the server"));
    connect(m_busyIndicator, &DelayedBusyIndicator::presented, this, [this](bool shown) {
        if (shown)
            setCursor(Qt::BusyCursor);
        else
            unsetCursor();
    });
    m_serverLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_busyIndicator);

    LinkEditor *editor = m_ui->linkEditor;
    editor->setSession(m_session, m_drafts);
    m_ui->linksView->setModel(m_links);
    const Settings settings;
    m_links->setQuery([&] {
        LinkListQuery query;
        query.pageSize = settings.pageSize();
        return query;
    }());
    m_deletes->setUndoWindow(settings.undoWindow());
    // The list and the editor about even; in the editor, the fields above
    // the link as the server holds it.
    if (!m_ui->workspaceSplitter->restoreState(settings.layoutState(workspaceLayout)))
        m_ui->workspaceSplitter->setSizes({width() / 2, width() / 2});
    QSplitter *editorSplitter = editor->findChild<QSplitter *>(editorLayout);
    if (!editorSplitter->restoreState(settings.layoutState(editorLayout)))
        editorSplitter->setSizes({height() * 11 / 20, height() * 9 / 20});
    connect(m_ui->workspaceSplitter, &QSplitter::splitterMoved, this,
            [this] { Settings().setLayoutState(workspaceLayout, m_ui->workspaceSplitter->saveState()); });
    connect(editorSplitter, &QSplitter::splitterMoved, this,
            [editorSplitter] { Settings().setLayoutState(editorLayout, editorSplitter->saveState()); });

    connect(editor, &LinkEditor::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(editor, &LinkEditor::statusMessageWithdrawn, this, [this](const QString &message) {
        if (!message.isEmpty() && statusBar()->currentMessage() == message)
            statusBar()->clearMessage();
    });
    m_outbox = new OutboxControls(this, m_session->api(), m_links, m_deletes, editor);
    connect(m_outbox, &OutboxControls::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_outbox, &OutboxControls::openLinkRequested, this, &MainWindow::openLinkById);
    connect(editor, &LinkEditor::busyChanged, this, &MainWindow::setBusy);
    connect(editor, &LinkEditor::connectionNeeded, this, &MainWindow::openConnectionDialog);
    connect(editor, &LinkEditor::draftRestored, this, [this](const FormDraft &draft) {
        if (m_changedServer)
            statusBar()->showMessage(tr("Your unsaved work for this server was restored."));
        else
            statusBar()->showMessage(draft.isEdit()
                                         ? tr("Your unsaved changes to link %1 from when Portfolio Links last closed were restored.")
                                               .arg(PersianText::id(draft.linkId.toLongLong()))
                                         : tr("The link you were writing when Portfolio Links last closed was restored."));
    });
    PortfolioBar *bar = m_ui->portfolioBar;
    connect(bar, &PortfolioBar::textChanged, this, [this](const QString &text) {
        m_ui->linkEditor->setPortfolioText(text);
        const std::optional<qint64> portfolio = m_ui->portfolioBar->portfolio();
        m_ui->portfolioBar->setPortfolioName(
            portfolio ? Settings().portfolioName(m_session->api()->baseUrl(), *portfolio) : QString());
        updateWindowTitle();
    });
    connect(bar, &PortfolioBar::portfolioNamed, this, [this](qint64 portfolioId, const QString &name) {
        const QUrl server = m_session->api()->baseUrl();
        Settings settings;
        settings.setPortfolioName(server, portfolioId, name);
        m_ui->portfolioBar->setRecent(settings.recentPortfolios(server));
        updateWindowTitle();
    });
    connect(bar, &PortfolioBar::portfolioChosen, this, &MainWindow::showPortfolio);
    connect(editor->form(), &LinkForm::portfolioProblem, bar, &PortfolioBar::showError);
    connect(editor->form(), &LinkForm::nameLimitLearned, this,
            [this](int limit) { Settings().setNameLimit(m_session->api()->baseUrl(), limit); });
    connect(editor->form(), &LinkForm::portfolioRestored, this, [this](const QString &text) {
        m_ui->portfolioBar->setText(text);
        if (const std::optional<qint64> id = m_ui->portfolioBar->portfolio())
            showPortfolio(*id);
    });
    connect(m_links, &LinkListModel::totalCountChanged, this, [this](qint64 count) {
        if (count >= 0)
            forgetRefusedToken(); // the server took the token
        // The count of the whole portfolio, not of a search.
        if (count < 0 || m_links->query().isFiltered())
            return;
        const QUrl server = m_session->api()->baseUrl();
        Settings settings;
        settings.rememberPortfolio(server, m_links->portfolio(), count);
        m_ui->portfolioBar->setRecent(settings.recentPortfolios(server));
    });
    // From the portfolio straight to the link's fields, as before the list existed.
    QWidget::setTabOrder(bar->field(), bar->nameField());
    editor->form()->placeInTabOrderAfter(bar->nameField());
    connect(editor, &LinkEditor::created, this, [this](const Link &link) {
        if (m_links->rowOf(link.id) >= 0 || m_links->insertCreated(link))
            m_ui->linksView->selectLink(link.id);
        else // another order or a filter: where it goes, and whether it shows, is the server's to say
            m_ui->linksView->refreshShowing(link.id);
    });
    connect(editor, &LinkEditor::saved, m_links, &LinkListModel::updateLink);
    connect(editor->form(), &LinkForm::leaveRequested, m_ui->linksView, &LinksView::focusList);
    connect(m_ui->linksView, &LinksView::currentLinkChanged, this, &MainWindow::openLinkById);
    // Esc from the editor or the search, Tab, a dialog closing: the row opens
    // unless that would leave unsaved work, which stays, unasked.
    connect(m_ui->linksView, &LinksView::cursorPlacedByFocus, this, [this](qint64 linkId) {
        if (!m_ui->linkEditor->hasUnsavedChanges())
            openLinkById(linkId);
    });
    connect(m_ui->linksView, &LinksView::linkActivated, this, [this](qint64 linkId) {
        openLinkById(linkId);
        m_ui->linkEditor->form()->focusName();
    });
    setUpLinkActions();
    // The portfolio first: it decides what the list and the editor show.
    bar->field()->setFocus(Qt::OtherFocusReason);

    connect(m_ui->connectionAction, &QAction::triggered, this, &MainWindow::openConnectionDialog);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    setUpHelpMenu();
    setUpSettingsMenu();
    setUpDraftWarning();
    setUpProfiles();
    // Last, so at the bar's edge: what comes and goes there (the busy
    // indicator, the outbox's count, Undo) appears beside the server's
    // address instead of pushing it along at each save.
    statusBar()->addPermanentWidget(m_serverLabel);

    connect(m_tokens, &TokenStore::tokenRead, this, [this](const QString &token, const QString &key) {
        if (key != m_tokenKey)
            return; // another profile's, asked for before a switch
        keychainAnswered(QString());
        if (onProfileServer() && !token.isEmpty())
            m_profileTokens.insert(m_profile->id(), token);
        if (auto *dialog = findChild<ConnectionDialog *>();
            dialog && dialog->token().isEmpty() && (!m_profile || dialog->profile().id() == m_profile->id()))
            dialog->setToken(token);
        if (token.isEmpty()) {
            askForToken();
        } else {
            useToken(token);
        }
    });
    m_keychainWait = new QTimer(this);
    m_keychainWait->setSingleShot(true);
    m_keychainWait->setInterval(std::chrono::seconds(2));
    connect(m_keychainWait, &QTimer::timeout, this, [this] {
        if (!m_session->api()->hasToken())
            m_ui->linksView->showNotice(
                tr("The links load once the system keychain gives the token. If it asks for its password, its "
                   "window may be behind this one. To enter the token here instead: File → Connection settings… "
                   "(%1).")
                    .arg(PersianText::isolated(m_ui->connectionAction->shortcut().toString(QKeySequence::NativeText))));
    });
    connect(m_tokens, &TokenStore::available, this, [this] { keychainAnswered(QString()); });
    connect(m_tokens, &TokenStore::unavailable, this, &MainWindow::keychainAnswered);
    connect(m_tokens, &TokenStore::written, this,
            [this] { statusBar()->showMessage(tr("The token was saved in the system keychain."), 5000); });
    connect(m_tokens, &TokenStore::removed, this,
            [this] { statusBar()->showMessage(tr("Signed out: the token was deleted from the system keychain.")); });
    connect(m_tokens, &TokenStore::failed, this, [this](const QString &message) {
        keychainAnswered(message);
        // The keychain's own words are long (the service's error, what to
        // start): the connection dialog has room for them, the status bar
        // cut them off mid-sentence.
        statusBar()->showMessage(tr("The system keychain could not keep the token: it is kept in memory until you quit. "
                                    "Connection settings (Ctrl+,) says why."));
        if (!m_session->api()->hasToken())
            askForToken();
    });
    AfterFirstFrame::run(this, [this] {
        m_firstFramePainted = true;
        if (std::exchange(m_askForTokenAfterFirstFrame, false))
            openConnectionDialog();
    });
    updateWindowTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpLinkActions()
{
    m_ui->newLinkAction->setShortcut(QKeySequence::New);
    m_ui->saveLinkAction->setShortcut(QKeySequence::Save);
    m_ui->deleteLinksAction->setShortcut(QKeySequence::Delete);
    // Delete deletes links only from the list: in a text field it deletes text.
    m_ui->deleteLinksAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->linksView->addRowAction(m_ui->deleteLinksAction);
    // The list's current link, copied from its context menu.
    auto *copyActions = new LinkCopyActions(this);
    copyActions->setLastWriteSource([api = m_session->api()] { return api->lastWrite(); });
    for (QAction *action : copyActions->actions())
        m_ui->linksView->addRowAction(action);
    connect(copyActions, &LinkCopyActions::copied, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    copyActions->setLinkSource([this] { return m_links->linkById(m_ui->linksView->currentLinkId()); });
    connect(m_ui->linksView, &LinksView::currentLinkChanged, copyActions, &LinkCopyActions::update);
    // Selected without currentLinkChanged (a created link), or edited meanwhile.
    connect(m_ui->linkEditor, &LinkEditor::created, copyActions, &LinkCopyActions::update);
    copyActions->followChanges(m_links);
    m_ui->undoDeleteAction->setShortcut(QKeySequence::Undo);
    m_ui->undoDeleteAction->setEnabled(false);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_ui->newLinkAction, &QAction::triggered, this, &MainWindow::newLink);
    connect(m_ui->saveLinkAction, &QAction::triggered, m_ui->linkEditor, &LinkEditor::submitCurrent);
    connect(m_ui->deleteLinksAction, &QAction::triggered, this, &MainWindow::deleteSelectedLinks);
    connect(m_ui->undoDeleteAction, &QAction::triggered, m_deletes, &PendingDeletes::undo);
    connect(m_ui->findAction, &QAction::triggered, m_ui->linksView, &LinksView::focusSearch);
    connect(m_ui->refreshAction, &QAction::triggered, m_ui->linksView, &LinksView::refresh);

    auto *undoButton = new QPushButton(tr("Undo"), this);
    undoButton->setObjectName(QStringLiteral("undoDeleteButton"));
    undoButton->setAccessibleName(tr("Undo delete"));
    undoButton->hide();
    statusBar()->addPermanentWidget(undoButton);
    connect(undoButton, &QPushButton::clicked, m_deletes, &PendingDeletes::undo);
    connect(m_deletes, &PendingDeletes::undoAvailableChanged, this, [this, undoButton](bool available) {
        m_ui->undoDeleteAction->setEnabled(available);
        undoButton->setVisible(available);
        if (!available && statusBar()->currentMessage().endsWith(tr("(Ctrl+Z undoes it)")))
            statusBar()->clearMessage();
    });
    connect(m_deletes, &PendingDeletes::restored, this, [this](const QList<Link> &links) {
        m_links->restoreLinks(links);
        for (const Link &link : links) {
            if (m_ui->linkEditor->linkRestored(link.id))
                m_ui->linksView->selectLink(link.id);
        }
        statusBar()->showMessage(tr("%Ln link(s) put back; nothing was deleted.", nullptr, int(links.size())), 5000);
    });
    connect(m_deletes, &PendingDeletes::progress, this, [this](int done, int total) {
        statusBar()->showMessage(tr("Deleting: %1 of %2…").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_deletes, &PendingDeletes::batchFinished, this, &MainWindow::reportDeletes);
    connect(m_deletes, &PendingDeletes::idle, this, [this] {
        if (m_closingAfterDeletes)
            close();
    });
}

void MainWindow::restoreSession(const LaunchOptions &options)
{
    Profiles profiles = Profiles::load();
    // A --server of the command line is for this run only; it is not saved.
    // Its token is its profile's, if it has one, and never another server's.
    m_profile = options.profile ? profiles.byName(*options.profile)
        : options.server        ? profiles.byServer(*options.server)
                                : profiles.current();
    if (m_profile && options.profile) {
        profiles.setCurrent(m_profile->id());
        profiles.save();
    }
    m_outbox->service()->setAdoption(ChangeAdoption(profiles));
    if (m_profile)
        Settings().setTimeout(m_profile->timeout());
    const Settings settings;
    const QUrl server = options.server.value_or(m_profile ? m_profile->server() : settings.serverUrl());
    qint64 portfolio = settings.lastPortfolio();
    // A profile asked for by name comes back on the portfolio last used on its server.
    if (const QList<Settings::RecentPortfolio> recent = settings.recentPortfolios(server);
        options.profile && !recent.isEmpty())
        portfolio = recent.first().id;
    setPortfolio(options.portfolio.value_or(portfolio));
    m_session->setTimeouts(settings.timeout(), settings.deadline());
    const QString environmentToken = TokenStore::environmentToken();
    m_tokenFromEnvironment = !environmentToken.isEmpty();
    if (m_profile && m_tokenFromEnvironment)
        m_profileTokens.insert(m_profile->id(), environmentToken); // this profile's only
    setConnection(server, environmentToken);
    showProfile();

    // The keychain is read from now on, on its own thread (KeychainThread),
    // while the window paints its first frame: the list is asked for as soon
    // as the token is known, as with the environment's. Dialogs wait for the
    // first frame, and so does moving the token of an earlier version.
    const std::optional<QUrl> legacyServer = m_profile ? profiles.legacyTokenServer(m_profile->id()) : std::nullopt;
    if (server.isValid() && !m_tokenFromEnvironment && !legacyServer)
        readToken(tokenKey());
    else if (!server.isValid() && !m_tokenFromEnvironment)
        // The connection dialog opens after the first frame and says where a
        // typed token is kept: asked now, the keychain has answered by then,
        // and the dialog does not grow by its answer once it is on screen.
        askWhetherKeychainIsThere();
    AfterFirstFrame::run(this, [this, server, legacyServer] {
        if (!server.isValid())
            openConnectionDialog();
        else if (!m_tokenFromEnvironment && legacyServer)
            moveLegacyToken(*legacyServer);
    });
}

void MainWindow::setConnection(const QUrl &server, const QString &token)
{
    // What one server refused (delete, with a 405) says nothing about another.
    m_deleteAvailable = true;
    m_ui->deleteLinksAction->setVisible(true);
    m_ui->deleteLinksAction->setEnabled(true);
    const Settings settings;
    // Changes made here are the profile's only while it is on its own server.
    const bool profileServer
        = m_profile && Endpoints::serverIdentity(m_profile->server()) == Endpoints::serverIdentity(server);
    m_session->connectTo(server, token, settings.allowsInsecure(server), settings.mediaPath(),
                         profileServer ? m_profile->id() : QString());
    m_ui->linkEditor->forgetServer();
    m_ui->linkEditor->form()->setNameLimit(settings.nameLimit(server));
    const QUrl previous = m_drafts->server();
    // After a change of server, a draft put back is that server's, not a leftover of the last run.
    m_changedServer = m_changedServer
        || (previous.isValid() && Endpoints::serverIdentity(previous) != Endpoints::serverIdentity(server));
    if (m_ui->linkEditor->useDraftsOf(server) && previous.isValid()) {
        // Named as the Server drop-down names it; an address alone, without
        // its scheme and slash (which a Persian line drew at its far end).
        const std::optional<Profile> previousProfile = Profiles::load().byServer(previous);
        statusBar()->showMessage(tr("Your unsaved work for %1 is kept and comes back when you connect to that server again.")
                                     .arg(PersianText::inOwnDirection(previousProfile ? previousProfile->name()
                                                                                      : previous.authority())));
    }
    m_ui->portfolioBar->setRecent(settings.recentPortfolios(server));
    if (const std::optional<qint64> portfolio = m_ui->portfolioBar->portfolio())
        m_ui->portfolioBar->setPortfolioName(settings.portfolioName(server, *portfolio));
    m_serverLabel->setText(server.isValid() ? PersianText::isolated(server.toDisplayString()) : tr("No server set"));
    m_serverLabel->setAccessibleName(PersianText::withoutDirectionMarks(m_serverLabel->text()));
    // Without a token the list would only fail; the keychain's answer loads it.
    if (m_session->api()->hasToken())
        askWithToken();
    m_outbox->service()->connectionChanged();
    updateWindowTitle();
}

void MainWindow::setPortfolio(qint64 portfolioId)
{
    if (portfolioId <= 0)
        return;
    m_ui->portfolioBar->setPortfolio(portfolioId);
    showPortfolio(portfolioId);
}

void MainWindow::showPortfolio(qint64 portfolioId)
{
    if (m_links->portfolio() == portfolioId)
        return;
    LinkEditor *editor = m_ui->linkEditor;
    if (editor->mode() == LinkEditor::Mode::Edit) {
        const qint64 previous = m_links->portfolio();
        editor->leave([this, editor, portfolioId] {
            editor->startNew();
            m_ui->portfolioBar->setPortfolio(portfolioId);
            showPortfolio(portfolioId);
        }, [this, previous] { m_ui->portfolioBar->setPortfolio(previous); });
        return;
    }
    if (m_session->api()->hasToken())
        m_links->setPortfolio(portfolioId);
    updateWindowTitle();
}

void MainWindow::openLinkById(qint64 linkId)
{
    if (linkId < 0) {
        statusBar()->showMessage(tr("This link is not yet on the server: it waits in the outbox (View → Outbox)."));
        return;
    }
    LinkEditor *editor = m_ui->linkEditor;
    const std::optional<Link> loaded = editor->loadedLink();
    if (loaded && loaded->id == linkId)
        return;
    editor->leave([this, editor, linkId] {
        if (const std::optional<Link> link = m_links->linkById(linkId)) {
            editor->openLink(*link, m_links->portfolio());
            m_ui->linksView->selectLink(linkId);
        }
    }, [this, loaded] {
        if (loaded)
            m_ui->linksView->selectLink(loaded->id);
        else
            m_ui->linksView->clearSelection();
    });
}

void MainWindow::newLink()
{
    LinkEditor *editor = m_ui->linkEditor;
    editor->leave([this, editor] {
        editor->startNew();
        m_ui->linksView->clearSelection();
        editor->form()->focusName();
    });
}

void MainWindow::deleteSelectedLinks()
{
    if (!m_deleteAvailable)
        return;
    const QList<Link> links = m_ui->linksView->selectedLinks();
    if (links.isEmpty())
        return;
    const QString question = links.size() == 1
        ? tr("Delete the link “%1”?").arg(PersianText::inOwnDirection(ServerText::shown(links.first().name)))
        : tr("Delete %Ln links?", nullptr, int(links.size()));
    auto *box = new PlainMessageBox(QMessageBox::Question, tr("Delete links"), question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteBox"));
    box->setPlainInformativeText(tr("You can undo this for %Ln second(s) afterwards.", nullptr,
                                    int(std::chrono::duration_cast<std::chrono::seconds>(m_deletes->undoWindow()).count())));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(remove);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, links](QAbstractButton *button) {
        if (button != remove)
            return;
        QList<Link> mayBeOnServer;
        const QList<Link> onServer = m_outbox->cancelPendingCreates(links, &mayBeOnServer);
        QList<qint64> ids;
        for (const Link &link : onServer)
            ids.append(link.id);
        // The list first: the link it moves to reaches the editor before the editor would empty itself.
        m_links->takeLinks(ids);
        for (qint64 id : std::as_const(ids))
            m_ui->linkEditor->linkRemoved(id);
        m_deletes->schedule(m_links->portfolio(), onServer);
        if (!mayBeOnServer.isEmpty())
            statusBar()->showMessage(tr("%Ln link(s) not deleted: being sent to the server now, or perhaps already "
                                        "there. Delete once the list shows it on the server.",
                                        nullptr, int(mayBeOnServer.size())));
        else
            statusBar()->showMessage(
                tr("%Ln link(s) deleted.", nullptr, int(links.size())) + QLatin1Char(' ') + tr("(Ctrl+Z undoes it)"),
                int(std::chrono::duration_cast<std::chrono::milliseconds>(m_deletes->undoWindow()).count()));
        m_ui->linksView->focusList();
    });
    box->open();
}

void MainWindow::reportDeletes(const QList<qint64> &deleted, const QList<PendingDeletes::Failure> &failures)
{
    m_links->forgetDeleted(deleted);
    m_ui->linkEditor->linksDeleted(deleted);
    if (failures.isEmpty()) {
        statusBar()->showMessage(tr("%Ln link(s) deleted on the server.", nullptr, int(deleted.size())), 5000);
        return;
    }
    QList<Link> back;
    QStringList lines;
    for (const PendingDeletes::Failure &failure : failures) {
        if (m_outbox->keeps(failure))
            continue; // sent again when the server is back
        back.append(failure.link);
        lines.append(tr("%1: %2").arg(PersianText::inOwnDirection(ServerText::shown(failure.link.name)),
                                      failure.error.message()));
        if (failure.error.httpStatus() == 405 && m_deleteAvailable) {
            // This server has no delete: the action goes away instead of failing each time.
            m_deleteAvailable = false;
            m_ui->deleteLinksAction->setVisible(false);
            m_ui->deleteLinksAction->setEnabled(false);
        }
    }
    if (back.isEmpty()) {
        statusBar()->showMessage(tr("The server cannot be reached: %Ln delete(s) wait in the outbox.", nullptr,
                                    int(failures.size())));
        return;
    }
    m_links->restoreLinks(back);
    for (const Link &link : std::as_const(back))
        m_ui->linkEditor->linkRestored(link.id);
    QString summary = tr("%Ln link(s) could not be deleted and are back in the list:", nullptr, int(back.size()));
    if (!m_deleteAvailable)
        summary += QLatin1Char(' ') + tr("this server does not allow deleting links (HTTP 405).");
    auto *box = new PlainMessageBox(QMessageBox::Warning, tr("Links not deleted"), summary, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("deleteFailedBox"));
    box->setPlainInformativeText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    statusBar()->showMessage(summary);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_leaveConfirmed && m_ui->linkEditor->hasUnsavedChanges()) {
        event->ignore();
        m_ui->linkEditor->leave([this] {
            m_leaveConfirmed = true;
            close();
        });
        return;
    }
    if (m_deletes->isIdle()) {
        WindowPlacement::remember(this);
        event->accept();
        return;
    }
    // Deletes still in their undo window are sent, never dropped.
    event->ignore();
    m_closingAfterDeletes = true;
    statusBar()->showMessage(tr("Sending %Ln delete(s) before closing…", nullptr, m_deletes->waitingCount()));
    setBusy(true);
    m_deletes->sendNow();
}

bool MainWindow::isBusy() const
{
    return m_ui->linkEditor->isBusy();
}

void MainWindow::showForLaterStart(const QStringList &arguments)
{
    LaunchOptions options;
    // The later start checked these arguments before sending them.
    const bool parsed = LaunchOptions::parse(arguments, &options).isEmpty();
    if (parsed && options.profile) {
        if (const std::optional<Profile> profile = Profiles::load().byName(*options.profile))
            switchProfile(profile->id());
    }
    if (parsed && options.portfolio)
        setPortfolio(*options.portfolio);
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::updateWindowTitle()
{
    const QUrl server = m_session->api()->baseUrl();
    const std::optional<qint64> portfolio = m_ui->linkEditor->portfolio();
    QStringList parts;
    if (portfolio) {
        const QString name = m_ui->portfolioBar->portfolioName();
        parts.append(name.isEmpty() ? tr("Portfolio %1").arg(PersianText::id(*portfolio))
                                    : tr("%1 (portfolio %2)").arg(PersianText::inOwnDirection(name),
                                                                  PersianText::id(*portfolio)));
    }
    if (server.isValid())
        parts.append(PersianText::isolated(Profile::nameFor(server)));
    if (m_profile && !m_profile->isProduction())
        parts.prepend(tr("%1 (not production)").arg(PersianText::inOwnDirection(m_profile->name())));
    setWindowTitle(parts.join(QStringLiteral(" — ")));
    // Read out without the isolates that keep its parts in order on screen.
    setAccessibleName(PersianText::withoutDirectionMarks(windowTitle()));
}

void MainWindow::setBusy(bool busy)
{
    m_ui->portfolioBar->setReadOnly(busy);
    m_busyIndicator->setWaiting(busy || m_closingAfterDeletes);
    m_ui->connectionAction->setEnabled(!busy);
    m_profileSwitcher->setEnabled(!busy);
}

void MainWindow::openConnectionDialog()
{
    if (findChild<ConnectionDialog *>())
        return; // already open
    ApiClient *api = m_session->api();
    auto *dialog = new ConnectionDialog(m_session->apiNetwork(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    {
        // The connection in use is shown: its profile, or a new one for a server of no profile.
        Profiles profiles = Profiles::load();
        std::optional<Profile> shown = m_profile ? profiles.byId(m_profile->id()) : std::nullopt;
        if (!shown || Endpoints::serverIdentity(shown->server()) != Endpoints::serverIdentity(api->baseUrl())) {
            Profile added;
            added.setServer(api->baseUrl());
            added.setMediaPath(api->mediaPath());
            added.setTimeout(Settings().timeout());
            shown = profiles.add(added);
        }
        dialog->setProfiles(profiles, shown->id(), m_profileTokens);
        QHash<QString, int> waiting;
        for (const OutboxItem &item : m_outbox->service()->outbox()->items()) {
            if (const QString profile = Outbox::splitKey(item.profile).second; !profile.isEmpty())
                ++waiting[profile];
        }
        dialog->setWaitingChanges(waiting);
    }
    dialog->setServer(api->baseUrl());
    dialog->setToken(api->token());
    dialog->setAllowInsecure(Settings().allowsInsecure(api->baseUrl()));
    dialog->setMediaPath(api->mediaPath());
    dialog->setTestPortfolio(m_ui->linkEditor->portfolio().value_or(1));
    dialog->setTimeouts(m_session->timeout(), m_session->deadline());
    showTokenPlace(dialog);
    askWhetherKeychainIsThere(); // the dialog says where a typed token is kept
    connect(dialog, &ConnectionDialog::retryKeychainRequested, this, [this, dialog] {
        dialog->setKeychain(ConnectionDialog::Keychain::Checking);
        if (dialog->server().isValid())
            readToken(tokenKey());
        else
            m_tokens->checkAvailable();
    });

    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Profile profile = dialog->profile();
        const bool otherProfile = !m_profile || m_profile->id() != profile.id();
        dialog->profiles().save();
        Settings().setAllowsInsecure(profile.server(), dialog->allowInsecure());
        for (const Profile &removed : dialog->removedProfiles()) {
            m_profileTokens.remove(removed.id());
            // A store of its own: this is no sign-out of the profile in use.
            auto *store = new TokenStore(this);
            connect(store, &TokenStore::removed, store, &QObject::deleteLater);
            connect(store, &TokenStore::failed, store, &QObject::deleteLater);
            store->removeEntry(removed.tokenKey());
        }
        const QHash<QString, QString> tokens = dialog->tokens();
        for (auto typed = tokens.cbegin(); typed != tokens.cend(); ++typed) {
            if (typed.value().isEmpty() || typed.value() == m_profileTokens.value(typed.key()))
                continue;
            m_profileTokens.insert(typed.key(), typed.value());
            if (typed.value() != TokenStore::environmentToken())
                m_tokens->writeEntry(Profile::tokenKeyOf(typed.key()), typed.value());
        }
        if (otherProfile)
            switchProfile(profile.id());
        else
            useProfile(profile);
        if (dialog->testPassed())
            forgetRefusedToken();
    });
    dialog->open();
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
    LinkForm *form = m_ui->linkEditor->form();
    m_ui->normaliseLettersAction->setChecked(settings.normaliseLetters());
    form->setNormaliseLetters(settings.normaliseLetters());
    connect(m_ui->normaliseLettersAction, &QAction::toggled, this, [form](bool normalise) {
        Settings().setNormaliseLetters(normalise);
        form->setNormaliseLetters(normalise);
    });
}

void MainWindow::askForToken()
{
    if (m_firstFramePainted)
        openConnectionDialog(); // does nothing when it is already open
    else
        m_askForTokenAfterFirstFrame = true;
}

void MainWindow::keychainAnswered(const QString &problem)
{
    m_keychainAnswered = true;
    m_keychainProblem = problem;
    m_keychainWait->stop();
    m_ui->linksView->clearNotice();
    if (auto *dialog = findChild<ConnectionDialog *>())
        showTokenPlace(dialog);
}

void MainWindow::showTokenPlace(ConnectionDialog *dialog) const
{
    dialog->setTokenFromEnvironment(m_tokenFromEnvironment);
    if (!m_keychainProblem.isEmpty())
        dialog->setKeychain(ConnectionDialog::Keychain::Unavailable, m_keychainProblem);
    else
        dialog->setKeychain(m_keychainAnswered ? ConnectionDialog::Keychain::Available
                                               : ConnectionDialog::Keychain::Checking);
}

void MainWindow::forgetRefusedToken()
{
    m_ui->linkEditor->forgetRefusedToken();
    if (statusBar()->currentMessage() == ApiError::fromHttp(401, {}, {}).message())
        statusBar()->clearMessage();
}

void MainWindow::signOut()
{
    m_session->setToken(QString());
    m_tokenFromEnvironment = false;
    if (m_profile)
        m_profileTokens.remove(m_profile->id());
    m_tokens->removeEntry(tokenKey());
}

void MainWindow::setUpHelpMenu()
{
    m_ui->gettingStartedAction->setShortcut(QKeySequence::HelpContents);
    connect(m_ui->gettingStartedAction, &QAction::triggered, this, [this] { openDialog<GettingStartedDialog>(); });
    connect(m_ui->shortcutsAction, &QAction::triggered, this, [this] { openDialog<ShortcutsDialog>(); });
    connect(m_ui->reportProblemAction, &QAction::triggered, this, [] { LinkOpener::open(QUrl(QString(AppInfo::issues))); });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

template<typename Dialog>
void MainWindow::openDialog()
{
    if (auto *open = findChild<Dialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new Dialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: it can stay open beside the window it explains
}

void MainWindow::showAbout()
{
    auto *box = new PlainMessageBox(QMessageBox::Information, tr("About Portfolio Links"),
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

void MainWindow::setUpProfiles()
{
    auto *toolBar = new QToolBar(tr("Server"), this);
    toolBar->setObjectName(QStringLiteral("serverToolBar"));
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    toolBar->setMovable(false);
    toolBar->addWidget(m_profileSwitcher);
    addToolBar(Qt::TopToolBarArea, toolBar);
    // Under the toolbar, above everything that changes the portfolio.
    qobject_cast<QBoxLayout *>(m_ui->centralWidget->layout())->insertWidget(0, m_profileBand);
    connect(m_profileSwitcher, &ProfileSwitcher::profileChosen, this, &MainWindow::switchProfile);
    AfterFirstFrame::run(this, [switcher = m_profileSwitcher] { switcher->followEntries(); });
    IconThemeWarmUp::schedule(this);
}

void MainWindow::switchProfile(const QString &id)
{
    Profiles profiles = Profiles::load();
    const std::optional<Profile> profile = profiles.byId(id);
    if (!profile || (m_profile && m_profile->id() == id))
        return;
    profiles.setCurrent(id);
    profiles.save();
    useProfile(*profile);
    // Each profile comes back on the portfolio last used on its server.
    const QList<Settings::RecentPortfolio> recent = Settings().recentPortfolios(profile->server());
    if (!recent.isEmpty())
        setPortfolio(recent.first().id);
}

void MainWindow::useProfile(const Profile &profile)
{
    m_profile = profile;
    {
        // What the rest of the window reads, and what an earlier version would.
        Settings settings;
        settings.setServerUrl(profile.server());
        settings.setMediaPath(profile.mediaPath());
        settings.setTimeout(profile.timeout());
        m_session->setTimeouts(settings.timeout(), settings.deadline());
    }
    const QString token = m_profileTokens.value(profile.id());
    m_tokenFromEnvironment = !token.isEmpty() && token == TokenStore::environmentToken();
    setConnection(profile.server(), token);
    showProfile();
    if (token.isEmpty() && profile.server().isValid())
        readToken(profile.tokenKey());
}

void MainWindow::showProfile()
{
    m_profileSwitcher->setProfiles(Profiles::load(), onProfileServer() ? m_profile->id() : QString(),
                                   m_session->api()->baseUrl());
    m_profileBand->showProfile(m_profile);
    const QUrl server = m_session->api()->baseUrl();
    if (m_profile && server.isValid()) {
        m_serverLabel->setText(tr("%1: %2").arg(PersianText::inOwnDirection(m_profile->name()),
                                                PersianText::isolated(server.toDisplayString())));
        m_serverLabel->setAccessibleName(PersianText::withoutDirectionMarks(m_serverLabel->text()));
    }
    updateWindowTitle();
}

bool MainWindow::onProfileServer() const
{
    return m_profile
        && Endpoints::serverIdentity(m_profile->server()) == Endpoints::serverIdentity(m_session->api()->baseUrl());
}

QString MainWindow::tokenKey() const
{
    return onProfileServer() ? m_profile->tokenKey() : TokenStore::keyFor(m_session->api()->baseUrl());
}

void MainWindow::useToken(const QString &token)
{
    m_session->setToken(token);
    m_outbox->service()->connectionChanged();
    askWithToken();
}

void MainWindow::askWithToken()
{
    m_links->setPortfolio(m_ui->linkEditor->portfolio().value_or(0));
    m_ui->linkEditor->tokenArrived();
    // The newest link's id (for the check after a lost answer) waits for the
    // list's first answer: the list is what the window shows, a user types
    // for seconds before a Create needs the id, and a server that handles
    // one request at a time would otherwise answer it ahead of the list.
    if (m_links->isLoading())
        connect(m_links, &LinkListModel::loadingChanged, m_ui->linkEditor, &LinkEditor::prepareCreation,
                Qt::SingleShotConnection);
    else
        m_ui->linkEditor->prepareCreation();
}

void MainWindow::askWhetherKeychainIsThere()
{
    if (m_keychainAnswered || m_keychainAsked)
        return;
    m_keychainAsked = true;
    m_tokens->checkAvailable();
}

void MainWindow::readToken(const QString &key)
{
    m_tokenKey = key;
    m_tokens->readEntry(key);
    m_keychainWait->start();
}

void MainWindow::moveLegacyToken(const QUrl &legacyServer)
{
    // A store of its own: the move's answers are not the window's.
    auto *store = new TokenStore(this);
    auto *move = new TokenMove(store, store);
    const QString id = m_profile->id();
    connect(move, &TokenMove::moved, this, [this, store, id] {
        store->deleteLater();
        Profiles profiles = Profiles::load();
        profiles.tokenMoved(id);
        profiles.save();
        readToken(tokenKey());
    });
    connect(move, &TokenMove::failed, this, [this, store, legacyServer] {
        store->deleteLater();
        readToken(TokenStore::keyFor(legacyServer)); // still there; moved at the next start
    });
    move->start(legacyServer, m_profile->tokenKey());
}
