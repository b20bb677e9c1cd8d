#pragma once

#include <QFuture>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

// What a keychain job ended with, taken on the keychain's thread.
struct KeychainAnswer
{
    int error = 0; // QKeychain::Error
    QString errorText;
    QString text; // a read job's token
};

// The one thread every keychain job of the process runs on. QtKeychain's
// Secret Service backend (libsecret) works in several D-Bus round trips,
// each resumed by the event loop of the thread that started the job: on
// the GUI thread they waited behind painting and the work deferred to after
// the first frame, and the first job also loads libsecret and does its key
// exchange there. QtKeychain queues all jobs through one object that lives
// on the thread of the first job, so they all run here, for the life of the
// application (it quits with QCoreApplication).
class KeychainThread
{
public:
    // makeJob runs on the keychain's thread; the job it makes is started there.
    static QFuture<KeychainAnswer> run(std::function<QKeychain::Job *()> makeJob);
};
