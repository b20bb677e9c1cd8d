#include "PendingRows.h"

#include "LinkListModel.h"
#include "OutboxWorker.h"
#include "api/ApiClient.h"
#include "store/Outbox.h"

PendingRows::PendingRows(ApiClient *api, Outbox *outbox, OutboxWorker *worker, LinkListModel *links, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_outbox(outbox)
    , m_links(links)
{
    connect(outbox, &Outbox::itemAdded, this, &PendingRows::show);
    connect(outbox, &Outbox::itemChanged, this, &PendingRows::show);
    connect(outbox, &Outbox::itemRemoved, this, &PendingRows::hide);
    connect(links, &QAbstractItemModel::modelReset, this, &PendingRows::showAll);
    connect(worker, &OutboxWorker::applied, this, [this](const OutboxItem &item, const Link &link) {
        if (!shows(item))
            return;
        if (item.operation == OutboxItem::Operation::Create)
            m_links->insertCreated(link);
        else
            m_links->updateLink(link);
    });
    connect(worker, &OutboxWorker::deleted, this, [this](const OutboxItem &item) {
        if (!shows(item))
            return;
        m_links->takeLinks({item.linkId});
        m_links->forgetDeleted({item.linkId});
    });
}

Link PendingRows::pendingLink(const OutboxItem &item)
{
    const LinkDraft draft = item.draft();
    Link link;
    link.id = -item.id;
    link.name = draft.name;
    if (!draft.url.isEmpty())
        link.url = draft.url;
    if (!draft.description.isEmpty())
        link.description = draft.description;
    link.createdAt = link.updatedAt = item.created;
    return link;
}

bool PendingRows::shows(const OutboxItem &item) const
{
    return item.profile == Outbox::keyOf(*m_api) && item.portfolioId == m_links->portfolio();
}

void PendingRows::show(const OutboxItem &item)
{
    // The editor's own attempt is not waiting yet: it shows its answer itself.
    if (!shows(item) || item.state == OutboxItem::State::Sending)
        return;
    if (item.operation == OutboxItem::Operation::Create)
        m_links->insertPending(pendingLink(item));
    else if (item.linkId > 0)
        m_links->setPending(item.linkId, true);
}

void PendingRows::hide(const OutboxItem &item)
{
    if (item.operation == OutboxItem::Operation::Create)
        m_links->removePending(-item.id);
    else if (item.linkId > 0)
        m_links->setPending(item.linkId, false);
}

void PendingRows::showAll()
{
    for (const OutboxItem &item : m_outbox->items())
        show(item);
}
