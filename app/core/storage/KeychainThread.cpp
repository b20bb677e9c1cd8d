#include "KeychainThread.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPromise>
#include <QThread>

#include <memory>

namespace {
QThread *startedThread = nullptr;

void stopThread()
{
    startedThread->quit();
    startedThread->wait();
    delete startedThread;
    startedThread = nullptr;
}

// A context object on the keychain's thread, started on first use.
QObject *keychainContext()
{
    static QObject *context = nullptr;
    if (!startedThread) {
        startedThread = new QThread;
        startedThread->setObjectName(QStringLiteral("keychain"));
        delete context;
        context = new QObject;
        context->moveToThread(startedThread);
        startedThread->start();
        qAddPostRoutine(stopThread);
    }
    return context;
}
} // namespace

QFuture<KeychainAnswer> KeychainThread::run(std::function<QKeychain::Job *()> makeJob)
{
    auto promise = std::make_shared<QPromise<KeychainAnswer>>();
    promise->start();
    QFuture<KeychainAnswer> future = promise->future();
    QMetaObject::invokeMethod(keychainContext(), [promise, makeJob = std::move(makeJob)] {
        QKeychain::Job *job = makeJob();
        QObject::connect(job, &QKeychain::Job::finished, job, [promise, job] {
            const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(job);
            promise->addResult(KeychainAnswer{job->error(), job->errorString(), read ? read->textData() : QString()});
            promise->finish();
        });
        job->start();
    }, Qt::QueuedConnection);
    return future;
}
