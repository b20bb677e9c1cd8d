#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <utility>

// A write as ApiClient sent it (a create's POST, an edit's PATCH): enough to
// send it again by hand, without the token, which is never kept here.
struct JsonRequest
{
    QByteArray verb;
    QUrl url;
    // Every header but Authorization, in the order sent.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QJsonObject body;

    bool isNull() const { return verb.isEmpty(); }
};
