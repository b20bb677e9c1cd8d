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

    // Which logged requests a test asks about; what is left empty matches
    // any. (The `= {}` lets designated initializers leave fields out under
    // -Wmissing-field-initializers.)
    struct RequestQuery
    {
        QString method = {}; // "POST"
        QString path = {}; // the whole path; * stands for any characters, slashes too: "/media/*", "*/links/7"
        QString body = {}; // text the body contains
        qsizetype since = 0; // requests logged before this one (a requestCount() taken earlier) left out
    };
    // The logged requests that match, oldest first.
    QList<QJsonObject> requests(const RequestQuery &query) const;
    qsizetype requestCount(const RequestQuery &query) const { return requests(query).size(); }
    qsizetype requestCount() const { return requestLog().size(); }

private:
    QTemporaryDir m_dataDir;
    QProcess m_process;
    QJsonObject m_ready;
    QString m_error;
};
