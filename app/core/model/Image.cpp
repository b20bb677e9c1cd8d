#include "Image.h"

#include "JsonReader.h"

std::optional<Image> Image::fromJson(const QJsonValue &value, const QString &path, ParseError *error,
                                     const QUrl &base)
{
    JsonReader json(value, path, error, base);
    Image image;
    image.id = json.integer(QStringLiteral("id"));
    image.type = json.string(QStringLiteral("type"));
    image.name = json.string(QStringLiteral("name"));
    image.size = json.integer(QStringLiteral("size"));
    image.humanReadableSize = json.string(QStringLiteral("human_readable_size"));
    image.file = json.httpUrl(QStringLiteral("f"));
    image.width = json.integer(QStringLiteral("width"));
    image.height = json.integer(QStringLiteral("height"));
    image.mode = json.string(QStringLiteral("mode"));
    const QString thumbnailsKey = QStringLiteral("thumbnails");
    const QJsonArray thumbnails = json.array(thumbnailsKey);
    if (json.failed())
        return std::nullopt;
    for (qsizetype i = 0; i < thumbnails.size(); ++i) {
        const auto thumbnail = Thumbnail::fromJson(thumbnails.at(i), json.pathOf(thumbnailsKey, i), error, base);
        if (!thumbnail)
            return std::nullopt;
        image.thumbnails.append(*thumbnail);
    }
    return image;
}

std::optional<Thumbnail> Image::thumbnailFor(qint64 edge) const
{
    // One copy, of the choice: a list asks this of every row when pictures
    // arrive, and copying each better candidate on the way was most of it.
    const Thumbnail *best = nullptr;
    for (const Thumbnail &candidate : thumbnails) {
        if (best && !candidate.size)
            continue;
        if (!best || !best->size) {
            best = &candidate;
            continue;
        }
        const bool bestIsLargeEnough = *best->size >= edge;
        const bool candidateIsLargeEnough = *candidate.size >= edge;
        if (candidateIsLargeEnough != bestIsLargeEnough ? candidateIsLargeEnough
                                                        : (candidateIsLargeEnough ? *candidate.size < *best->size
                                                                                  : *candidate.size > *best->size))
            best = &candidate;
    }
    return best ? std::optional<Thumbnail>(*best) : std::nullopt;
}
