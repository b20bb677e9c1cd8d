#include "Link.h"

#include "JsonReader.h"

std::optional<Link> Link::fromJson(const QJsonValue &value, ParseError *error, const QUrl &base)
{
    JsonReader json(value, QString(), error, base);
    Link link;
    link.id = json.integer(QStringLiteral("id"));
    link.name = json.string(QStringLiteral("name"));
    link.url = json.nullableString(QStringLiteral("url"));
    link.description = json.nullableString(QStringLiteral("description"));
    link.createdAt = json.timestamp(QStringLiteral("created_at"));
    link.updatedAt = json.timestamp(QStringLiteral("updated_at"));
    const QString imageKey = QStringLiteral("image_data");
    const QJsonValue imageValue = json.nullableObject(imageKey);
    if (json.failed())
        return std::nullopt;
    if (!imageValue.isNull()) {
        link.image = Image::fromJson(imageValue, json.pathOf(imageKey), error, base);
        if (!link.image)
            return std::nullopt;
    }
    link.json = value.toObject();
    return link;
}

std::optional<Link> Link::fromJson(const QByteArray &body, ParseError *error, const QUrl &base)
{
    const std::optional<QJsonValue> value = JsonReader::parseBody(body, error);
    return value ? fromJson(*value, error, base) : std::nullopt;
}
