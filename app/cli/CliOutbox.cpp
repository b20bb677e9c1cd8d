#include "CliOutbox.h"

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/LinkDraft.h"
#include "links/OutboxWorker.h"
#include "model/Link.h"

CliOutbox::CliOutbox(const ApiClient &api)
    : m_profile(Outbox::keyOf(api))
    , m_server(api.baseUrl())
    , m_history(&m_store)
    , m_outbox(&m_store, &m_history)
    , m_lock(OutboxWorker::lockFileFor(m_store.filePath()))
{
    // The app takes "sending" rows for a crashed run's, to look up and send
    // again, only as it starts holding this lock: held here (when the app is
    // not running, which holds it throughout), a start meanwhile cannot
    // race this run's POST with a send of its own.
    m_lock.setStaleLockTime(0);
    m_lock.tryLock(0);
    m_store.open(); // its rows are read when a create asks, as other runs may add some meanwhile
}

std::optional<CliOutbox::Unresolved> CliOutbox::unresolved(const LinkDraft &draft, bool anyImage)
{
    m_outbox.load(); // what other runs wrote since this one started
    for (const OutboxItem &item : m_outbox.itemsOf(m_profile)) {
        if (item.operation != OutboxItem::Operation::Create || !item.outcomeUnknown)
            continue;
        LinkDraft earlier = item.draft();
        if (anyImage)
            earlier.imageId = draft.imageId;
        if (earlier == draft)
            return Unresolved{item, !holdRow(item.id)};
    }
    return std::nullopt;
}

bool CliOutbox::holdRow(qint64 row)
{
    if (m_rowLocks.contains(row))
        return true;
    auto lock = std::make_shared<QLockFile>(m_store.filePath() + QStringLiteral(".create-%1.lock").arg(row));
    lock->setStaleLockTime(0); // a killed run's is taken over (its process is gone)
    if (!lock->tryLock(0))
        return false;
    m_rowLocks.insert(row, lock);
    return true;
}

qint64 CliOutbox::sending(qint64 row, const LinkDraft &draft, std::optional<qint64> newestIdBefore)
{
    if (row != 0 && m_outbox.item(row)) {
        m_outbox.markSending(row, newestIdBefore);
        return row;
    }
    // One write before the POST: a run interrupted now leaves what a next one asks about.
    OutboxItem item = OutboxItem::create(m_profile, m_server, draft);
    item.state = OutboxItem::State::Sending;
    item.attempts = 1;
    item.outcomeUnknown = true;
    item.newestIdBefore = newestIdBefore;
    const qint64 added = m_outbox.add(item);
    if (added != 0)
        holdRow(added);
    return added;
}

void CliOutbox::created(qint64 row, const Link &link)
{
    if (row != 0)
        m_outbox.complete(row, link);
    releaseRow(row);
}

void CliOutbox::refused(qint64 row, const ApiError &error)
{
    if (row != 0)
        m_outbox.drop(row, HistoryEntry::Outcome::Failed, OutboxWorker::describe(error));
    releaseRow(row);
}

void CliOutbox::leftUnknown(qint64 row, const QString &why)
{
    std::optional<OutboxItem> item = m_outbox.item(row);
    if (!item)
        return;
    item->state = OutboxItem::State::NeedsAttention;
    item->lastError = why;
    m_outbox.update(*item);
    releaseRow(row);
}
