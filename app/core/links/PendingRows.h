#pragma once

#include <QObject>

class ApiClient;
class LinkListModel;
class Outbox;
class OutboxWorker;
struct Link;
struct OutboxItem;

// Shows the outbox in the links list: a link waiting to be created appears
// at once, marked "not yet on the server", and a link with an edit or a
// delete waiting is marked; when the worker has sent a change, the row
// becomes the server's. Rows come back after the list reloads.
class PendingRows : public QObject
{
    Q_OBJECT
public:
    PendingRows(ApiClient *api, Outbox *outbox, OutboxWorker *worker, LinkListModel *links, QObject *parent = nullptr);

    // A link of the list as the outbox item that creates it holds it.
    static Link pendingLink(const OutboxItem &item);

private:
    bool shows(const OutboxItem &item) const;
    void show(const OutboxItem &item);
    void hide(const OutboxItem &item);
    void showAll();

    ApiClient *m_api;
    Outbox *m_outbox;
    LinkListModel *m_links;
};
