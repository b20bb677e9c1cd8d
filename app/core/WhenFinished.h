#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

// Hands a worker's result to `handler` on the receiver's thread, unless the
// receiver is gone by then. QFuture::then(context, …) of Qt 6.4 asserts when
// its context is destroyed first (a dialog closed while a thumbnail is still
// decoding); a watcher owned by the receiver dies with it instead.
template<typename T, typename Handler>
void whenFinished(const QFuture<T> &future, QObject *receiver, Handler &&handler)
{
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, handler = std::forward<Handler>(handler)]() mutable {
                         watcher->deleteLater();
                         handler(watcher->result());
                     });
    watcher->setFuture(future);
}
