#pragma once

#include "UnresolvedCreate.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Everything typed into the form, exactly as typed (not yet normalised), so
// that it can be put back after a crash.
struct FormDraft
{
    QString portfolio;
    QString name;
    QString url;
    QString description;
    QString image;
    // Set while an existing link is edited: its id, and its updated_at as
    // loaded (ISO 8601), so that a restored edit is still checked for conflicts.
    QString linkId;
    QString linkVersion;
    // Set while the form holds a new link whose earlier send may have created it.
    std::optional<UnresolvedCreate> unresolvedCreate;

    bool isEmpty() const;
    bool isEdit() const { return !linkId.isEmpty(); }
    QJsonObject toJson() const;
    static FormDraft fromJson(const QJsonObject &json);
    friend bool operator==(const FormDraft &, const FormDraft &) = default;
};
