#include "TokenStore.h"

#include "AppInfo.h"
#include "text/PersianText.h"

#include <qt6keychain/keychain.h>

namespace {

template<typename Job>
Job *newJob(QObject *parent, const QString &key)
{
    auto *job = new Job(QString(AppInfo::appId), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

bool keychainMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

QString failureMessage(const QKeychain::Job *job)
{
    if (keychainMissing(job->error()))
        return TokenStore::tr("No keychain is available on this system, so the token cannot be stored safely. "
                              "Start your desktop's keyring (for example GNOME Keyring or KWallet) and try again. (%1)")
            .arg(PersianText::isolated(job->errorString()));
    return TokenStore::tr("The keychain refused the request: %1").arg(PersianText::isolated(job->errorString()));
}

} // namespace

QString TokenStore::environmentToken()
{
    return qEnvironmentVariable(environmentVariable).trimmed();
}

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{
}

QString TokenStore::keyFor(const QUrl &server)
{
    return server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
}

void TokenStore::read(const QUrl &server)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(this, keyFor(server));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            emit tokenRead(job->textData());
        else if (job->error() == QKeychain::EntryNotFound)
            emit tokenRead(QString());
        else
            emit failed(failureMessage(job), keychainMissing(job->error()));
    });
    job->start();
}

void TokenStore::write(const QUrl &server, const QString &token)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(this, keyFor(server));
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            emit written();
        else
            emit failed(failureMessage(job), keychainMissing(job->error()));
    });
    job->start();
}

void TokenStore::remove(const QUrl &server)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(this, keyFor(server));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            emit removed();
        else
            emit failed(failureMessage(job), keychainMissing(job->error()));
    });
    job->start();
}
