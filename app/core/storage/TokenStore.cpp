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
    const QString reason = TokenStore::reasonFor(job->error(), job->errorString());
    if (keychainMissing(job->error()))
        return TokenStore::tr("The token cannot be stored safely: %1 Start your desktop's keyring (for example "
                              "GNOME Keyring or KWallet) and try again.")
            .arg(reason);
    return TokenStore::tr("The keychain could not be used: %1").arg(reason);
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

QString TokenStore::reasonFor(int keychainError, const QString &keychainText)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoBackendAvailable:
        return tr("this system has no keychain service running.");
    case QKeychain::NotImplemented:
        return tr("this system's keychain cannot keep passwords for applications.");
    case QKeychain::AccessDeniedByUser:
        return tr("access to the keychain was declined.");
    case QKeychain::AccessDenied:
        return tr("the keychain denied access; it may be locked.");
    case QKeychain::CouldNotDeleteEntry:
        return tr("the keychain could not delete the token.");
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain says "Unknown error" when no keychain library or service
    // could be reached at all; other texts of its own name the cause.
    const QString text = keychainText.trimmed();
    if (text.isEmpty() || text == QLatin1String("Unknown error"))
        return tr("no keychain service answered.");
    return tr("the keychain service failed (%1).").arg(PersianText::isolated(text));
}

QString TokenStore::keyFor(const QUrl &server)
{
    return server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
}

void TokenStore::read(const QUrl &server)
{
    readEntry(keyFor(server));
}

void TokenStore::write(const QUrl &server, const QString &token)
{
    writeEntry(keyFor(server), token);
}

void TokenStore::remove(const QUrl &server)
{
    removeEntry(keyFor(server));
}

void TokenStore::readEntry(const QString &key)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError)
            emit tokenRead(job->textData(), key);
        else if (job->error() == QKeychain::EntryNotFound)
            emit tokenRead(QString(), key);
        else
            emit failed(failureMessage(job), keychainMissing(job->error()));
    });
    job->start();
}

void TokenStore::checkAvailable()
{
    // A key that is never written: "not found" means the keychain answered.
    auto *job = newJob<QKeychain::ReadPasswordJob>(this, QStringLiteral("keychain-check"));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            emit available();
        else
            emit unavailable(failureMessage(job));
    });
    job->start();
}

void TokenStore::writeEntry(const QString &key, const QString &token)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(this, key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            emit written();
        else
            emit failed(failureMessage(job), keychainMissing(job->error()));
    });
    job->start();
}

void TokenStore::removeEntry(const QString &key)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            emit removed();
        else
            emit failed(failureMessage(job), keychainMissing(job->error()));
    });
    job->start();
}
