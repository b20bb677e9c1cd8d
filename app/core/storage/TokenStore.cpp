#include "TokenStore.h"

#include "AppInfo.h"
#include "KeychainThread.h"
#include "WhenFinished.h"
#include "text/PersianText.h"

#include <qt6keychain/keychain.h>

#include <type_traits>

namespace {

// A job for the keychain's thread (KeychainThread), made there.
template<typename Job>
QFuture<KeychainAnswer> runJob(const QString &key, const QString &token = QString())
{
    return KeychainThread::run([key, token] {
        auto *job = new Job(QString(AppInfo::appId));
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        if constexpr (std::is_same_v<Job, QKeychain::WritePasswordJob>)
            job->setTextData(token);
        return job;
    });
}

bool keychainMissing(int error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

bool succeeded(const KeychainAnswer &answer)
{
    return answer.error == QKeychain::NoError;
}

bool foundNothing(const KeychainAnswer &answer)
{
    return answer.error == QKeychain::EntryNotFound;
}

QString failureMessage(const KeychainAnswer &answer)
{
    const QString reason = TokenStore::reasonFor(answer.error, answer.errorText);
    if (keychainMissing(answer.error))
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
    whenFinished(runJob<QKeychain::ReadPasswordJob>(key), this, [this, key](const KeychainAnswer &answer) {
        if (succeeded(answer))
            emit tokenRead(answer.text, key);
        else if (foundNothing(answer))
            emit tokenRead(QString(), key);
        else
            emit failed(failureMessage(answer), keychainMissing(answer.error));
    });
}

void TokenStore::checkAvailable()
{
    // A key that is never written: "not found" means the keychain answered.
    whenFinished(runJob<QKeychain::ReadPasswordJob>(QStringLiteral("keychain-check")), this,
                 [this](const KeychainAnswer &answer) {
                     if (succeeded(answer) || foundNothing(answer))
                         emit available();
                     else
                         emit unavailable(failureMessage(answer));
                 });
}

void TokenStore::writeEntry(const QString &key, const QString &token)
{
    whenFinished(runJob<QKeychain::WritePasswordJob>(key, token), this, [this](const KeychainAnswer &answer) {
        if (succeeded(answer))
            emit written();
        else
            emit failed(failureMessage(answer), keychainMissing(answer.error));
    });
}

void TokenStore::removeEntry(const QString &key)
{
    whenFinished(runJob<QKeychain::DeletePasswordJob>(key), this, [this](const KeychainAnswer &answer) {
        if (succeeded(answer) || foundNothing(answer))
            emit removed();
        else
            emit failed(failureMessage(answer), keychainMissing(answer.error));
    });
}
