#pragma once

#include "Image.h"
#include "ParseError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>

#include <optional>

// A portfolio link as the server returns it.
struct Link
{
    qint64 id = 0;
    QString name;
    std::optional<QString> url;
    std::optional<QString> description;
    std::optional<Image> image;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The object as the server sent it: what the command line prints.
    QJsonObject json;

    // `base`: the answer's address, which relative image URLs are resolved against.
    static std::optional<Link> fromJson(const QJsonValue &value, ParseError *error, const QUrl &base = {});
    // Parses a whole response body; a body that is not JSON is a ParseError too.
    static std::optional<Link> fromJson(const QByteArray &body, ParseError *error, const QUrl &base = {});
};
