#pragma once

#include "store/History.h"
#include "store/LocalStore.h"
#include "store/Outbox.h"

#include <QHash>
#include <QLockFile>

#include <memory>
#include <optional>

class ApiClient;
class ApiError;
struct Link;
struct LinkDraft;

// The command line's creates in the app's outbox, as the editor's are: each
// written before its POST leaves and settled by its outcome (so the History
// has them too), and one whose outcome stays unknown kept, needing
// attention: the next create of the same link, here or from the app's
// Outbox, asks the server about it before anything is sent again, also
// after the process was interrupted mid-POST. Without a usable store
// (unwritable data folder) creates still go, online only.
class CliOutbox
{
public:
    explicit CliOutbox(const ApiClient &api);

    struct Unresolved
    {
        OutboxItem item;
        // Its POST is out from another run still going: asking about it now
        // could miss a link about to be made, and sending again make two.
        bool inUse = false;
    };
    // An earlier create of this very link whose outcome is unknown; with
    // `anyImage`, of these fields whatever its image (an --image-file run
    // again uploads the file again, as another image).
    std::optional<Unresolved> unresolved(const LinkDraft &draft, bool anyImage = false);
    // The POST of `draft` is about to leave; `row` is the earlier create's
    // (from unresolved()) or 0. Returns the row that now holds it, or 0.
    qint64 sending(qint64 row, const LinkDraft &draft, std::optional<qint64> newestIdBefore);
    void created(qint64 row, const Link &link);
    void refused(qint64 row, const ApiError &error);
    // Nothing is sent again until the server can be asked: a person decides.
    void leftUnknown(qint64 row, const QString &why);

private:
    // Held while this run owns the row: another run (or a rerun after this
    // one was killed, which finds the lock stale) can tell.
    bool holdRow(qint64 row);
    void releaseRow(qint64 row) { m_rowLocks.remove(row); }

    QString m_profile;
    QUrl m_server;
    LocalStore m_store;
    History m_history;
    Outbox m_outbox;
    QLockFile m_lock;
    QHash<qint64, std::shared_ptr<QLockFile>> m_rowLocks;
};
