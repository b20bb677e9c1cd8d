#include "CurlCommand.h"

#include <QJsonDocument>
#include <QStringList>

QString CurlCommand::shellQuoted(const QString &text)
{
    // Inside single quotes nothing is special but the quote itself, which
    // ends the quoting, is written escaped, and starts it again.
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CurlCommand::of(const JsonRequest &request, const QString &tokenVariable)
{
    if (request.isNull())
        return {};
    const QString continued = QStringLiteral(" \\\n  ");
    QStringList parts{QStringLiteral("curl -X ") + shellQuoted(QString::fromLatin1(request.verb)),
                      shellQuoted(request.url.toString(QUrl::FullyEncoded))};
    for (const auto &[name, value] : request.headers)
        parts.append(QStringLiteral("-H ") + shellQuoted(QString::fromUtf8(name + ": " + value)));
    parts.append(QStringLiteral("-H \"Authorization: Token $%1\"").arg(tokenVariable));
    parts.append(QStringLiteral("--data-raw ")
                 + shellQuoted(QString::fromUtf8(QJsonDocument(request.body).toJson(QJsonDocument::Compact))));
    return parts.join(continued);
}
