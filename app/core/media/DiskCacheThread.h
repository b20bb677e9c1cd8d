#pragma once

class QThreadPool;

// The one thread on which the media cache's files are read (DiskCacheReads)
// and written (MediaDiskCache), never the GUI thread: a slow or busy disk
// delays thumbnails, not painting. One thread, so in the order asked: a read
// asked for after a save finds the file.
namespace DiskCacheThread {

QThreadPool *pool();

} // namespace DiskCacheThread
