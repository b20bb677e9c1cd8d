#pragma once

#include "Link.h"
#include "ParseError.h"

#include <QList>

// One page of the list endpoint: {"count", "next", "previous", "results"}.
struct LinkPage
{
    qint64 count = 0;
    QList<Link> results;
    bool hasNext = false;

    static std::optional<LinkPage> fromJson(const QJsonValue &value, ParseError *error, const QUrl &base = {});
};
