#pragma once

#include "ParseError.h"

#include <QJsonValue>
#include <QUrl>

#include <optional>

// One scaled copy of an image; `size` is its edge in pixels and may be null.
struct Thumbnail
{
    qint64 id = 0;
    QUrl file;
    std::optional<qint64> size;

    static std::optional<Thumbnail> fromJson(const QJsonValue &value, const QString &path, ParseError *error,
                                             const QUrl &base);
};
