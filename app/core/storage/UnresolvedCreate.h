#pragma once

#include "api/LinkDraft.h"

#include <QJsonObject>

#include <optional>

// A create whose POST may have reached the server, held by the form once the
// server could not be asked (or the person chose to decide later): kept with
// the form's draft, so that the next start, like this run, asks the server
// before anything is sent again.
struct UnresolvedCreate
{
    LinkDraft sent;
    // The portfolio's newest link id before the POST: tells this send's link from older identical ones.
    std::optional<qint64> newestIdBefore;
    // The form as it was sent (FormDraft's JSON): what was typed since is not taken for sent.
    QJsonObject sentForm;

    QJsonObject toJson() const;
    // Nothing for anything toJson() did not write.
    static std::optional<UnresolvedCreate> fromJson(const QJsonValue &json);
    friend bool operator==(const UnresolvedCreate &, const UnresolvedCreate &) = default;
};
