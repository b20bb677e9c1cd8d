#include "WorkerThreads.h"

#include <QThreadPool>

namespace WorkerThreads {

QThreadPool *pool()
{
    // As many as the global pool: one per processor.
    static QThreadPool workers;
    return &workers;
}

} // namespace WorkerThreads
