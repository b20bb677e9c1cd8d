#include "FormDraft.h"

namespace {
const QString portfolioKey = QStringLiteral("portfolio");
const QString nameKey = QStringLiteral("name");
const QString urlKey = QStringLiteral("url");
const QString descriptionKey = QStringLiteral("description");
const QString imageKey = QStringLiteral("image");
} // namespace

bool FormDraft::isEmpty() const
{
    // The portfolio alone is not work worth restoring: it is remembered anyway.
    return name.isEmpty() && url.isEmpty() && description.isEmpty() && image.isEmpty();
}

QJsonObject FormDraft::toJson() const
{
    return {{portfolioKey, portfolio}, {nameKey, name}, {urlKey, url}, {descriptionKey, description}, {imageKey, image}};
}

FormDraft FormDraft::fromJson(const QJsonObject &json)
{
    FormDraft draft;
    draft.portfolio = json.value(portfolioKey).toString();
    draft.name = json.value(nameKey).toString();
    draft.url = json.value(urlKey).toString();
    draft.description = json.value(descriptionKey).toString();
    draft.image = json.value(imageKey).toString();
    return draft;
}
