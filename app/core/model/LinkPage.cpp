#include "LinkPage.h"

#include "JsonReader.h"

std::optional<LinkPage> LinkPage::fromJson(const QJsonValue &value, ParseError *error, const QUrl &base)
{
    JsonReader json(value, QString(), error, base);
    LinkPage page;
    page.count = json.integer(QStringLiteral("count"));
    page.hasNext = json.nullableString(QStringLiteral("next")).has_value();
    const QString resultsKey = QStringLiteral("results");
    const QJsonArray results = json.array(resultsKey);
    if (json.failed())
        return std::nullopt;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const std::optional<Link> link = Link::fromJson(results.at(i), error, base);
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
