#pragma once

#include <QByteArray>
#include <QFuture>

#include <optional>

class QString;
class QUrl;

// Reads what a QNetworkDiskCache holds on a worker, not on the GUI thread.
// A network manager reads its cache on its own thread, the GUI thread:
// opening a cached thumbnail's file three times and parsing its headers four
// bytes at a time (Qt opens it unbuffered), for every tile of a screenful,
// and on a disk not yet read since boot, waiting for it.
namespace DiskCacheReads {

// The body of `url` as the cache in `folder` holds it, in Qt's own format
// (read with a cache object of the worker's own); none when the cache holds
// no copy, or none it can read (the file saved next replaces it). The reads
// run on DiskCacheThread, after the saves asked for before them, and not
// behind images being decoded: a file the cache lacks goes to the server
// without waiting for them.
QFuture<std::optional<QByteArray>> body(const QString &folder, const QUrl &url);

} // namespace DiskCacheReads
