#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// The Django REST Framework reference backend (tests/reference-server),
// started fresh for a test: its own database, media and request log.
class ReferenceServer
{
public:
    ReferenceServer();
    ~ReferenceServer();

    // Starts the server and waits for its ready line; false with errorString() on failure.
    bool start(const QStringList &extraArguments = {});
    QString errorString() const { return m_error; }

    QUrl baseUrl() const;
    QString token(const QString &role) const;
    QJsonObject ready() const { return m_ready; }
    // Every request the server has handled so far, oldest first.
    QList<QJsonObject> requestLog() const;

private:
    QTemporaryDir m_dataDir;
    QProcess m_process;
    QJsonObject m_ready;
    QString m_error;
};
