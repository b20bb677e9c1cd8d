#pragma once

#include "api/ApiError.h"
#include "store/OutboxItem.h"

#include <optional>

class Outbox;
class OutboxWorker;
struct Link;

// A change the editor sends itself, written to the outbox first (marked
// "sending", so that the worker leaves it alone): if the app is killed
// while it is out, the next start finds it and finishes it. When the
// network fails, the outbox keeps it and the worker retries; when the server
// refuses it, the editor shows why and the outbox lets it go (the form still
// holds what was typed). Without an outbox (none set, or unavailable) it
// does nothing and the change goes online only.
class TrackedChange
{
public:
    void setOutbox(Outbox *outbox, OutboxWorker *worker);

    // True when the outbox holds the change now (and a crash leaves it there).
    bool begin(OutboxItem item);
    // A change begun and not yet over: its outbox row is written.
    bool isTracking() const { return m_id != 0; }
    // A create's POST is about to leave.
    void sending(std::optional<qint64> newestIdBefore);
    void succeeded(const Link &link);
    // Whether failed() with this error leaves the change to the outbox (a
    // network failure); any other error lets the outbox's row go.
    bool keeps(const ApiError &error) const;
    void failed(const ApiError &error, bool outcomeUnknown = false);
    // The user took the change back (a conflict reloaded): nothing to send.
    void withdraw(const QString &reason);
    // The outbox item of the change last handed over to the worker by failed(), or 0.
    qint64 handedOver() const { return m_handedOver; }

private:
    Outbox *m_outbox = nullptr;
    OutboxWorker *m_worker = nullptr;
    qint64 m_id = 0;
    qint64 m_handedOver = 0;
};
