#include "SharedDownloads.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {
const char *const usersProperty = "sharedDownloadUsers";

void addUser(QNetworkReply *reply)
{
    reply->setProperty(usersProperty, reply->property(usersProperty).toInt() + 1);
}
} // namespace

SharedDownloads::SharedDownloads(QNetworkAccessManager *network)
    : QObject(network)
{
}

SharedDownloads *SharedDownloads::of(QNetworkAccessManager *network)
{
    if (auto *downloads = network->findChild<SharedDownloads *>(QString(), Qt::FindDirectChildrenOnly))
        return downloads;
    return new SharedDownloads(network);
}

QNetworkReply *SharedDownloads::join(const QUrl &file)
{
    QNetworkReply *reply = m_replies.value(file);
    if (!reply || reply->isFinished()) {
        m_replies.remove(file);
        return nullptr;
    }
    addUser(reply);
    return reply;
}

void SharedDownloads::add(const QUrl &file, QNetworkReply *reply)
{
    addUser(reply);
    m_replies.insert(file, reply);
    // Gone from the registry when done, not when the file is next asked
    // for: a session asks for thousands of files, most of them once.
    connect(reply, &QNetworkReply::finished, this, [this, file, reply] {
        if (m_replies.value(file) == reply)
            m_replies.remove(file);
    });
}

bool SharedDownloads::leave(QNetworkReply *reply)
{
    const int users = reply->property(usersProperty).toInt() - 1;
    reply->setProperty(usersProperty, users);
    return users <= 0;
}
