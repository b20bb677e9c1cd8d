#include "PendingDeletes.h"

#include "api/ApiClient.h"

struct PendingDeletes::Batch
{
    // Later: a batch ends inside its last call's answer, which the client owns.
    ~Batch() { api->deleteLater(); }

    // The connection the links were deleted on: a switch of profile during
    // the undo window does not send them to the next server.
    ApiClient *api = nullptr;
    qint64 portfolioId = 0;
    QList<Link> links;
    QList<Link> unsent;
    QList<qint64> deleted;
    QList<Failure> failures;
    QTimer window;
    bool sending = false;
};

PendingDeletes::PendingDeletes(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

PendingDeletes::~PendingDeletes() = default;

void PendingDeletes::schedule(qint64 portfolioId, const QList<Link> &links)
{
    if (links.isEmpty())
        return;
    auto batch = std::make_unique<Batch>();
    batch->api = m_api->pinnedCopy(this);
    batch->portfolioId = portfolioId;
    batch->links = links;
    batch->window.setSingleShot(true);
    batch->window.setInterval(m_undoWindow);
    Batch *raw = batch.get();
    connect(&batch->window, &QTimer::timeout, this, [this, raw] {
        send(raw);
        emit undoAvailableChanged(canUndo());
    });
    batch->window.start();
    m_batches.push_back(std::move(batch));
    emit scheduled(*raw->api, portfolioId, links);
    emit undoAvailableChanged(true);
}

bool PendingDeletes::canUndo() const
{
    return !m_batches.empty() && !m_batches.back()->sending;
}

bool PendingDeletes::undo()
{
    if (!canUndo())
        return false;
    const QList<Link> links = m_batches.back()->links;
    m_batches.pop_back();
    emit restored(links);
    emit undoAvailableChanged(canUndo());
    if (m_batches.empty())
        emit idle();
    return true;
}

void PendingDeletes::sendNow()
{
    for (const std::unique_ptr<Batch> &batch : m_batches) {
        if (!batch->sending) {
            batch->window.stop();
            send(batch.get());
        }
    }
    emit undoAvailableChanged(false);
}

int PendingDeletes::waitingCount() const
{
    int count = 0;
    for (const std::unique_ptr<Batch> &batch : m_batches)
        count += int(batch->links.size() - batch->deleted.size() - batch->failures.size());
    return count;
}

void PendingDeletes::send(Batch *batch)
{
    batch->sending = true;
    batch->unsent = batch->links;
    emit sending(batch->links);
    startMore();
}

void PendingDeletes::startMore()
{
    for (const std::unique_ptr<Batch> &batch : m_batches) {
        while (batch->sending && !batch->unsent.isEmpty() && m_inFlight < m_concurrency) {
            const Link link = batch->unsent.takeFirst();
            ++m_inFlight;
            ApiCall *call = batch->api->deleteLink(batch->portfolioId, link.id);
            Batch *raw = batch.get();
            connect(call, &ApiCall::succeeded, this, [this, raw, link] { onAnswered(raw, link, std::nullopt); });
            connect(call, &ApiCall::failed, this, [this, raw, link](const ApiError &error) {
                // Gone either way: deleted by someone else, or by an earlier attempt.
                if (error.kind() == ApiError::Kind::NotFound)
                    onAnswered(raw, link, std::nullopt);
                else
                    onAnswered(raw, link, error);
            });
        }
    }
}

void PendingDeletes::onAnswered(Batch *batch, const Link &link, const std::optional<ApiError> &error)
{
    --m_inFlight;
    if (error) {
        batch->failures.append({link, *error});
        // A server that does not delete at all refuses the rest in the same way.
        if (error->httpStatus() == 405) {
            for (const Link &unsent : std::exchange(batch->unsent, {}))
                batch->failures.append({unsent, *error});
        }
    } else {
        batch->deleted.append(link.id);
    }
    const int done = int(batch->deleted.size() + batch->failures.size());
    emit progress(done, int(batch->links.size()));
    if (done == batch->links.size())
        finishBatch(batch);
    startMore();
}

void PendingDeletes::finishBatch(Batch *batch)
{
    const auto it = std::find_if(m_batches.begin(), m_batches.end(),
                                 [batch](const std::unique_ptr<Batch> &b) { return b.get() == batch; });
    std::unique_ptr<Batch> done = std::move(*it);
    m_batches.erase(it);
    emit batchFinished(done->deleted, done->failures);
    if (m_batches.empty())
        emit idle();
}
