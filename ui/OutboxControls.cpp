#include "OutboxControls.h"

#include "AfterFirstFrame.h"
#include "HistoryWindow.h"
#include "LinkEditor.h"
#include "MeasuredLabel.h"
#include "OutboxWindow.h"
#include "api/ApiClient.h"
#include "links/LinkInput.h"
#include "links/LinkListModel.h"
#include "links/OutboxService.h"
#include "links/OutboxWorker.h"
#include "links/PendingRows.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"
#include "text/PersianText.h"

#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>

OutboxControls::OutboxControls(QMainWindow *window, ApiClient *api, LinkListModel *links, PendingDeletes *deletes,
                               LinkEditor *editor)
    : QObject(window)
    , m_window(window)
    , m_api(api)
    , m_links(links)
    , m_editor(editor)
    , m_service(new OutboxService(api, LocalStore::defaultPath(), {}, this))
    , m_waiting(new QPushButton(window))
    , m_unavailable(new MeasuredLabel(window))
{
    m_service->setObjectName(QStringLiteral("outboxService"));
    // The first frame shows nothing of the outbox (its count and problems
    // come in the status bar once it is open): the database is opened after it.
    AfterFirstFrame::run(window, [service = m_service] { service->openInBackground(); });
    editor->setOutbox(m_service->outbox(), m_service->worker());
    new PendingRows(api, m_service->outbox(), m_service->worker(), links, this);
    // A delete the outbox sent (once the network was back, or at the start
    // after a crash in its undo window) ends the editor's hold on the link's
    // edits as one sent from the window does.
    connect(m_service->worker(), &OutboxWorker::deleted, editor, [editor](const OutboxItem &item) {
        editor->linkRemoved(item.linkId);
        editor->linksDeleted({item.linkId});
    });
    setUpMenu();
    setUpStatus();
    trackDeletes(deletes);
}

void OutboxControls::setUpMenu()
{
    auto *view = new QMenu(tr("Vie&w"), m_window);
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *outbox = view->addAction(tr("&Outbox…"), this, [this] { openOutbox(); });
    outbox->setObjectName(QStringLiteral("outboxAction"));
    outbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *history = view->addAction(tr("&History…"), this, &OutboxControls::openHistory);
    history->setObjectName(QStringLiteral("historyAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    const auto *settings = m_window->findChild<QMenu *>(QStringLiteral("settingsMenu"));
    m_window->menuBar()->insertMenu(settings ? settings->menuAction() : nullptr, view);
}

void OutboxControls::setUpStatus()
{
    m_waiting->setObjectName(QStringLiteral("outboxCountButton"));
    m_waiting->setFlat(true);
    m_waiting->hide();
    m_window->statusBar()->addPermanentWidget(m_waiting);
    connect(m_waiting, &QPushButton::clicked, this, [this] { openOutbox(); });
    const auto showCount = [this](int count) {
        m_waiting->setText(tr("%Ln change(s) not yet on the server", nullptr, count));
        m_waiting->setAccessibleName(m_waiting->text());
        m_waiting->setVisible(count > 0);
    };
    connect(m_service, &OutboxService::waitingCountChanged, this, showCount);
    showCount(m_service->waitingCount());

    m_unavailable->setObjectName(QStringLiteral("outboxUnavailable"));
    m_unavailable->setTextFormat(Qt::PlainText);
    m_unavailable->setText(tr("Outbox unavailable"));
    m_unavailable->hide();
    m_window->statusBar()->addPermanentWidget(m_unavailable);
    connect(m_service, &OutboxService::opened, this, &OutboxControls::showStore);
}

// Said once, when the database is open.
void OutboxControls::showStore()
{
    const LocalStore *store = m_service->store();
    m_unavailable->setToolTip(tr("Changes are sent only while the server can be reached. %1").arg(store->problem()));
    m_unavailable->setAccessibleDescription(m_unavailable->toolTip());
    m_unavailable->setVisible(!store->isAvailable());
    if (!store->movedAside().isEmpty())
        emit statusMessage(tr("The local database could not be read and was set aside as %1; a new one was started.")
                               .arg(PersianText::isolated(QDir::toNativeSeparators(store->movedAside()))), 0);
    else if (!store->isAvailable())
        emit statusMessage(tr("The outbox is unavailable: changes cannot wait for the server. %1").arg(store->problem()), 0);
}

void OutboxControls::trackDeletes(PendingDeletes *deletes)
{
    // Written as the delete is made, not once its undo window ends: after a
    // crash in the window the next start sends it, as a quit would have.
    connect(deletes, &PendingDeletes::scheduled, this, [this](const ApiClient &api, qint64 portfolioId, const QList<Link> &links) {
        for (const Link &link : links) {
            OutboxItem item = OutboxItem::remove(Outbox::keyOf(api), api.baseUrl(), portfolioId, link);
            item.state = OutboxItem::State::Sending; // PendingDeletes sends it
            if (const qint64 id = m_service->outbox()->add(item))
                m_deleteItems.insert(link.id, id);
        }
    });
    connect(deletes, &PendingDeletes::sending, this, [this](const QList<Link> &links) {
        for (const Link &link : links) {
            if (std::optional<OutboxItem> item = m_service->outbox()->item(m_deleteItems.value(link.id))) {
                item->attempts = 1;
                m_service->outbox()->update(*item);
            }
        }
    });
    connect(deletes, &PendingDeletes::restored, this, [this](const QList<Link> &links) {
        for (const Link &link : links)
            m_service->outbox()->forget(m_deleteItems.take(link.id));
    });
    connect(deletes, &PendingDeletes::batchFinished, this,
            [this](const QList<qint64> &deleted, const QList<PendingDeletes::Failure> &failures) {
                for (const qint64 linkId : deleted) {
                    Link gone;
                    gone.id = linkId;
                    m_service->outbox()->complete(m_deleteItems.take(linkId), gone);
                }
                for (const PendingDeletes::Failure &failure : failures) {
                    const qint64 id = m_deleteItems.take(failure.link.id);
                    if (keeps(failure))
                        m_service->worker()->handOver(id, failure.error, false);
                    else
                        m_service->outbox()->drop(id, HistoryEntry::Outcome::Failed, OutboxWorker::describe(failure.error));
                }
            });
}

bool OutboxControls::keeps(const PendingDeletes::Failure &failure) const
{
    return m_service->outbox()->isAvailable() && OutboxWorker::isTransient(failure.error);
}

QList<Link> OutboxControls::cancelPendingCreates(const QList<Link> &links, QList<Link> *mayBeOnServer)
{
    QList<Link> onServer;
    for (const Link &link : links) {
        if (link.id >= 0) {
            onServer.append(link);
            continue;
        }
        const std::optional<OutboxItem> item = m_service->outbox()->item(-link.id);
        if (item && (item->state == OutboxItem::State::Sending || item->outcomeUnknown))
            mayBeOnServer->append(link);
        else
            m_service->outbox()->drop(-link.id, HistoryEntry::Outcome::Discarded, tr("Deleted before it reached the server."));
    }
    return onServer;
}

void OutboxControls::openOutbox(qint64 itemId)
{
    m_service->open(); // when asked for before the first frame's
    auto *window = m_window->findChild<OutboxWindow *>();
    if (!window) {
        window = new OutboxWindow(m_service, m_window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &OutboxWindow::openRequested, this, &OutboxControls::open);
    }
    if (itemId != 0)
        window->select(itemId);
    window->show();
    window->raise();
    window->activateWindow();
}

void OutboxControls::openHistory()
{
    m_service->open();
    auto *window = m_window->findChild<HistoryWindow *>();
    if (!window) {
        window = new HistoryWindow(m_service, Outbox::keyOf(*m_api), m_window);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
}

void OutboxControls::open(const OutboxItem &item)
{
    if (item.operation == OutboxItem::Operation::Create) {
        // A new link's form: without the local (negative) id, with the chosen image.
        FormDraft form = LinkInput::formOf(PendingRows::pendingLink(item), item.portfolioId);
        form.linkId.clear();
        form.linkVersion.clear();
        const std::optional<qint64> image = item.draft().imageId;
        form.image = image ? QString::number(*image) : QString();
        takeIntoEditor(item, form);
        return;
    }
    // An edit comes back as typed over the link the list holds, checked
    // against the version it started from; without that link, only the link.
    const int row = item.linkId > 0 ? m_links->rowOf(item.linkId) : -1;
    const std::optional<Link> listed = row >= 0 ? m_links->link(row) : std::nullopt;
    if (item.operation != OutboxItem::Operation::Edit || !listed) {
        emit openLinkRequested(item.linkId);
        return;
    }
    Link loaded = *listed;
    loaded.updatedAt = item.loadedUpdatedAt();
    takeIntoEditor(item, LinkInput::formOf(loaded, item.patch()));
}

// The form takes the change over: fixed there and sent again, or left as a draft.
void OutboxControls::takeIntoEditor(const OutboxItem &item, const FormDraft &form)
{
    FormDraft held = form;
    if (item.operation == OutboxItem::Operation::Create && item.outcomeUnknown)
        held.unresolvedCreate = UnresolvedCreate{item.draft(), item.newestIdBefore, form.toJson()};
    m_editor->leave([this, item, held] {
        if (!held.isEdit())
            m_editor->startNew();
        // Until the form's draft is on disk, the row is the change's one record.
        m_editor->takeOver(held, [this, id = item.id] {
            m_service->outbox()->drop(id, HistoryEntry::Outcome::Discarded, tr("Opened in the editor to be sent again."));
        });
        m_window->activateWindow();
    });
}
