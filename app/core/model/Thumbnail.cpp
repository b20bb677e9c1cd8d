#include "Thumbnail.h"

#include "JsonReader.h"

std::optional<Thumbnail> Thumbnail::fromJson(const QJsonValue &value, const QString &path, ParseError *error,
                                             const QUrl &base)
{
    JsonReader json(value, path, error, base);
    Thumbnail thumbnail;
    thumbnail.id = json.integer(QStringLiteral("id"));
    thumbnail.file = json.httpUrl(QStringLiteral("f"));
    thumbnail.size = json.nullableInteger(QStringLiteral("size"));
    if (json.failed())
        return std::nullopt;
    return thumbnail;
}
