#pragma once

#include "ParseError.h"
#include "Thumbnail.h"

#include <QJsonValue>
#include <QList>
#include <QUrl>

#include <optional>

// An uploaded image as the server describes it (a link's `image_data`).
struct Image
{
    qint64 id = 0;
    QString type; // a MIME type such as "image/png", or just "image"
    QString name;
    qint64 size = 0;
    QString humanReadableSize;
    QUrl file;
    qint64 width = 0;
    qint64 height = 0;
    QString mode; // PIL colour mode: RGB, P, L, RGBA, CMYK...
    QList<Thumbnail> thumbnails;

    // The thumbnail to show in a square of `edge` device pixels: the smallest
    // one at least that large (sharp without downloading more than needed),
    // else the largest there is. Thumbnails without a size come last.
    std::optional<Thumbnail> thumbnailFor(qint64 edge) const;

    // `base`: the answer's address, which relative file URLs are resolved against.
    static std::optional<Image> fromJson(const QJsonValue &value, const QString &path, ParseError *error,
                                         const QUrl &base);
    // A whole answer (the media endpoints'): errors are located from its root.
    static std::optional<Image> fromJson(const QJsonValue &value, ParseError *error, const QUrl &base = {})
    {
        return fromJson(value, QString(), error, base);
    }
};
