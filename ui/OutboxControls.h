#pragma once

#include "links/PendingDeletes.h"

#include <QHash>
#include <QObject>

class ApiClient;
class LinkEditor;
class LinkListModel;
class OutboxService;
class QLabel;
class QMainWindow;
class QPushButton;
struct FormDraft;
struct OutboxItem;

// The outbox and the history in the main window: the View menu's Outbox and
// History, the count of changes not yet on the server in the status bar (a
// click opens the Outbox), the pending rows of the list, the deletes written
// to the outbox before they leave, and what the user must know about the
// local database (moved aside once, or unavailable).
class OutboxControls : public QObject
{
    Q_OBJECT
public:
    OutboxControls(QMainWindow *window, ApiClient *api, LinkListModel *links, PendingDeletes *deletes, LinkEditor *editor);

    OutboxService *service() const { return m_service; }
    void openOutbox(qint64 itemId = 0);
    void openHistory();
    // Of links the user deleted, those never created on the server: their
    // creates are cancelled here; the others are returned. A create being
    // sent now, or one whose earlier send may have reached the server, is
    // neither: it stays, in `mayBeOnServer` (deleted once the list shows it
    // there; dropped here, a link it made would be left unseen).
    QList<Link> cancelPendingCreates(const QList<Link> &links, QList<Link> *mayBeOnServer);
    // A delete the server did not get because of the network: the outbox keeps it.
    bool keeps(const PendingDeletes::Failure &failure) const;

signals:
    void statusMessage(const QString &message, int timeoutMs = 0);
    void openLinkRequested(qint64 linkId);

private:
    void setUpMenu();
    void setUpStatus();
    void showStore();
    void trackDeletes(PendingDeletes *deletes);
    void open(const OutboxItem &item);
    void takeIntoEditor(const OutboxItem &item, const FormDraft &form);

    QMainWindow *m_window;
    ApiClient *m_api;
    LinkListModel *m_links;
    LinkEditor *m_editor;
    OutboxService *m_service;
    QPushButton *m_waiting;
    QLabel *m_unavailable;
    QHash<qint64, qint64> m_deleteItems; // link id -> its outbox item, from its undo window to the DELETE's answer
};
