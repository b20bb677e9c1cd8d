#include "TrackedChange.h"

#include "OutboxWorker.h"
#include "store/Outbox.h"

#include <utility>

void TrackedChange::setOutbox(Outbox *outbox, OutboxWorker *worker)
{
    m_outbox = outbox;
    m_worker = worker;
}

bool TrackedChange::begin(OutboxItem item)
{
    if (!m_outbox)
        return false;
    if (m_id != 0)
        withdraw({}); // an earlier one the editor gave up on
    item.state = OutboxItem::State::Sending;
    item.attempts = 1;
    m_id = m_outbox->add(item);
    return m_id != 0;
}

void TrackedChange::sending(std::optional<qint64> newestIdBefore)
{
    if (m_id != 0)
        m_outbox->markSending(m_id, newestIdBefore);
}

void TrackedChange::succeeded(const Link &link)
{
    if (m_id != 0)
        m_outbox->complete(std::exchange(m_id, 0), link);
}

bool TrackedChange::keeps(const ApiError &error) const
{
    return m_id != 0 && OutboxWorker::isTransient(error);
}

void TrackedChange::failed(const ApiError &error, bool outcomeUnknown)
{
    if (m_id == 0)
        return;
    const bool kept = keeps(error);
    const qint64 id = std::exchange(m_id, 0);
    if (kept) {
        m_worker->handOver(id, error, outcomeUnknown);
        m_handedOver = id;
        return;
    }
    m_outbox->drop(id, HistoryEntry::Outcome::Failed, OutboxWorker::describe(error));
}

void TrackedChange::withdraw(const QString &reason)
{
    if (m_id != 0)
        m_outbox->drop(std::exchange(m_id, 0), HistoryEntry::Outcome::Discarded, reason);
}
