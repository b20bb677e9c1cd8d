#include "DiskCacheThread.h"

#include <QThreadPool>

namespace DiskCacheThread {

namespace {
struct OneThread : QThreadPool
{
    OneThread() { setMaxThreadCount(1); }
};
} // namespace

QThreadPool *pool()
{
    static OneThread thread;
    return &thread;
}

} // namespace DiskCacheThread
