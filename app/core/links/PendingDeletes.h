#pragma once

#include "api/ApiError.h"
#include "model/Link.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

class ApiClient;

// Deleting with undo instead of regret: links to delete wait out an undo
// window (undo() takes the newest batch back), then one DELETE each is sent,
// a few at a time. A 404 counts as deleted (it is gone either way); a 405
// means the server does not delete links at all. Nothing is dropped: on
// quit, sendNow() sends what still waits, and idle() says when all is done.
class PendingDeletes : public QObject
{
    Q_OBJECT
public:
    struct Failure
    {
        Link link;
        ApiError error;
    };

    static constexpr std::chrono::seconds defaultUndoWindow{8};
    static constexpr int defaultConcurrency = 3;

    explicit PendingDeletes(ApiClient *api, QObject *parent = nullptr);
    ~PendingDeletes() override;

    void setUndoWindow(std::chrono::milliseconds window) { m_undoWindow = window; }
    std::chrono::milliseconds undoWindow() const { return m_undoWindow; }
    void setConcurrency(int requests) { m_concurrency = std::max(1, requests); }

    void schedule(qint64 portfolioId, const QList<Link> &links);
    // The newest batch still in its window, taken back; false if none.
    bool undo();
    bool canUndo() const;
    // Ends every undo window now (quitting).
    void sendNow();
    bool isIdle() const { return m_batches.empty(); }
    int waitingCount() const;

signals:
    void undoAvailableChanged(bool available);
    // A batch's window started: its DELETEs will leave through `api` (the
    // connection they were made on) unless undone.
    void scheduled(const ApiClient &api, qint64 portfolioId, const QList<Link> &links);
    // A batch's window ended: its DELETEs are about to leave.
    void sending(const QList<Link> &links);
    void restored(const QList<Link> &links);
    void progress(int done, int total);
    // One batch is done: what the server deleted, and what it did not (those are still there).
    void batchFinished(const QList<qint64> &deleted, const QList<PendingDeletes::Failure> &failures);
    void idle();

private:
    struct Batch;
    void send(Batch *batch);
    void startMore();
    void onAnswered(Batch *batch, const Link &link, const std::optional<ApiError> &error);
    void finishBatch(Batch *batch);

    ApiClient *m_api;
    std::chrono::milliseconds m_undoWindow = defaultUndoWindow;
    int m_concurrency = defaultConcurrency;
    int m_inFlight = 0;
    std::vector<std::unique_ptr<Batch>> m_batches;
};
