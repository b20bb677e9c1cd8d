#include "LinkPage.h"

#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

std::optional<LinkPage> LinkPage::fromJson(const QByteArray &body, ParseError *error)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        if (error)
            *error = ParseError(ParseError::Problem::NotJson, QString(), jsonError.errorString());
        return std::nullopt;
    }
    JsonReader json(document.object(), QString(), error);
    if (!document.isObject() && error)
        *error = ParseError(ParseError::Problem::WrongType, QStringLiteral("$"), ParseError::tr("an object"));
    LinkPage page;
    page.count = json.integer(QStringLiteral("count"));
    page.hasNext = json.nullableString(QStringLiteral("next")).has_value();
    const QString resultsKey = QStringLiteral("results");
    const QJsonArray results = json.array(resultsKey);
    if (json.failed() || !document.isObject())
        return std::nullopt;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const std::optional<Link> link = Link::fromJson(results.at(i), error);
        if (!link) {
            if (error)
                *error = ParseError(error->problem(), json.pathOf(resultsKey, i) + QLatin1Char('.') + error->path(),
                                    error->expected());
            return std::nullopt;
        }
        page.results.append(*link);
    }
    return page;
}
