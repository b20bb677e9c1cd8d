#include "DiskCacheReads.h"

#include "DiskCacheThread.h"

#include <QIODevice>
#include <QNetworkDiskCache>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace DiskCacheReads {

namespace {

std::optional<QByteArray> read(const QString &folder, const QUrl &url)
{
    QNetworkDiskCache cache;
    cache.setCacheDirectory(folder);
    // Qt reads a file that does not start as its own do as a copy with no
    // headers (its data() would hand it on as it is): not a copy at all.
    if (!cache.metaData(url).isValid())
        return std::nullopt;
    const std::unique_ptr<QIODevice> held(cache.data(url));
    if (!held)
        return std::nullopt;
    return held->readAll();
}

} // namespace

QFuture<std::optional<QByteArray>> body(const QString &folder, const QUrl &url)
{
    return QtConcurrent::run(DiskCacheThread::pool(), &read, folder, url);
}

} // namespace DiskCacheReads
