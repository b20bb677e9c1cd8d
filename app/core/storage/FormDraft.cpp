#include "FormDraft.h"

namespace {
const QString portfolioKey = QStringLiteral("portfolio");
const QString nameKey = QStringLiteral("name");
const QString urlKey = QStringLiteral("url");
const QString descriptionKey = QStringLiteral("description");
const QString imageKey = QStringLiteral("image");
const QString linkIdKey = QStringLiteral("link_id");
const QString linkVersionKey = QStringLiteral("link_version");
const QString unresolvedCreateKey = QStringLiteral("unresolved_create");
} // namespace

bool FormDraft::isEmpty() const
{
    // The portfolio alone is not work worth restoring: it is remembered anyway.
    return name.isEmpty() && url.isEmpty() && description.isEmpty() && image.isEmpty();
}

QJsonObject FormDraft::toJson() const
{
    QJsonObject json{{portfolioKey, portfolio}, {nameKey, name}, {urlKey, url}, {descriptionKey, description}, {imageKey, image}};
    if (isEdit()) {
        json.insert(linkIdKey, linkId);
        json.insert(linkVersionKey, linkVersion);
    }
    if (unresolvedCreate)
        json.insert(unresolvedCreateKey, unresolvedCreate->toJson());
    return json;
}

FormDraft FormDraft::fromJson(const QJsonObject &json)
{
    FormDraft draft;
    draft.portfolio = json.value(portfolioKey).toString();
    draft.name = json.value(nameKey).toString();
    draft.url = json.value(urlKey).toString();
    draft.description = json.value(descriptionKey).toString();
    draft.image = json.value(imageKey).toString();
    draft.linkId = json.value(linkIdKey).toString();
    draft.linkVersion = json.value(linkVersionKey).toString();
    draft.unresolvedCreate = UnresolvedCreate::fromJson(json.value(unresolvedCreateKey));
    return draft;
}
