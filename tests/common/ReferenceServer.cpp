#include "ReferenceServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

ReferenceServer::ReferenceServer()
{
    // Django's own diagnostics go to the test's output, where a failure shows them.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

ReferenceServer::~ReferenceServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ReferenceServer::start(const QStringList &extraArguments)
{
    const QString script = QStringLiteral(PORTFOLIO_LINKS_SOURCE_DIR "/tests/reference-server/serve.py");
    m_process.start(QStringLiteral(PORTFOLIO_LINKS_PYTHON),
                    QStringList{script, QStringLiteral("--data-dir"), m_dataDir.path(), QStringLiteral("--port"),
                                QStringLiteral("0")}
                        + extraArguments);
    // Migrations and seeding take a few seconds on a slow machine.
    const QDeadlineTimer deadline(60000);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            m_error = QStringLiteral("the reference server did not start: %1").arg(m_process.errorString());
            return false;
        }
    }
    const QByteArray line = m_process.readLine();
    QJsonParseError parseError;
    m_ready = QJsonDocument::fromJson(line, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !baseUrl().isValid()) {
        m_error = QStringLiteral("unexpected ready line: %1").arg(QString::fromUtf8(line));
        return false;
    }
    return true;
}

QUrl ReferenceServer::baseUrl() const
{
    return QUrl(m_ready.value(QStringLiteral("base_url")).toString());
}

QString ReferenceServer::token(const QString &role) const
{
    return m_ready.value(QStringLiteral("tokens")).toObject().value(role).toString();
}

QList<QJsonObject> ReferenceServer::requestLog() const
{
    QFile file(m_ready.value(QStringLiteral("request_log")).toString());
    QList<QJsonObject> entries;
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QJsonDocument entry = QJsonDocument::fromJson(file.readLine());
        if (entry.isObject())
            entries.append(entry.object());
    }
    return entries;
}

QList<QJsonObject> ReferenceServer::requests(const RequestQuery &query) const
{
    QStringList pieces = query.path.split(u'*');
    for (QString &piece : pieces)
        piece = QRegularExpression::escape(piece);
    const QRegularExpression path(QRegularExpression::anchoredPattern(pieces.join(QStringLiteral(".*"))));
    const QList<QJsonObject> log = requestLog();
    QList<QJsonObject> matching;
    for (qsizetype i = query.since; i < log.size(); ++i) {
        const QJsonObject &entry = log.at(i);
        if ((query.method.isEmpty() || entry.value(QStringLiteral("method")).toString() == query.method)
            && (query.path.isEmpty() || path.match(entry.value(QStringLiteral("path")).toString()).hasMatch())
            && entry.value(QStringLiteral("body")).toString().contains(query.body))
            matching.append(entry);
    }
    return matching;
}
