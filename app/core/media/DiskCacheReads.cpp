#include "DiskCacheReads.h"

#include <QIODevice>
#include <QNetworkDiskCache>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace DiskCacheReads {

namespace {

struct OneReader : QThreadPool
{
    OneReader() { setMaxThreadCount(1); }
};

QThreadPool *readers()
{
    static OneReader pool;
    return &pool;
}

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
    return QtConcurrent::run(readers(), &read, folder, url);
}

} // namespace DiskCacheReads
