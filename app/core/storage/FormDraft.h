#pragma once

#include <QJsonObject>
#include <QString>

// Everything typed into the form, exactly as typed (not yet normalised), so
// that it can be put back after a crash.
struct FormDraft
{
    QString portfolio;
    QString name;
    QString url;
    QString description;
    QString image;

    bool isEmpty() const;
    QJsonObject toJson() const;
    static FormDraft fromJson(const QJsonObject &json);
    friend bool operator==(const FormDraft &, const FormDraft &) = default;
};
