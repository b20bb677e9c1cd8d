#pragma once

#include "model/Link.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// What the form sends: the create call's body plus the portfolio it goes to.
struct LinkDraft
{
    qint64 portfolioId = 0;
    QString name;
    QString url;
    QString description;
    std::optional<qint64> imageId;

    // `name` always; optional fields only when the user filled them in, so
    // the server never sees an empty string it would have to validate.
    QJsonObject toJson() const;
    // A link as the server holds it, as a draft of the same fields.
    static LinkDraft fromLink(const Link &link, qint64 portfolioId);
    // The draft toJson() wrote (kept in the outbox).
    static LinkDraft fromJson(const QJsonObject &body, qint64 portfolioId);
    friend bool operator==(const LinkDraft &, const LinkDraft &) = default;
};
