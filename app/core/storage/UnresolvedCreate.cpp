#include "UnresolvedCreate.h"

namespace {
const QString portfolioKey = QStringLiteral("portfolio");
const QString sentKey = QStringLiteral("sent");
const QString newestIdKey = QStringLiteral("newest_id_before");
const QString sentFormKey = QStringLiteral("sent_form");
} // namespace

QJsonObject UnresolvedCreate::toJson() const
{
    QJsonObject json{{portfolioKey, sent.portfolioId}, {sentKey, sent.toJson()}, {sentFormKey, sentForm}};
    if (newestIdBefore)
        json.insert(newestIdKey, *newestIdBefore);
    return json;
}

std::optional<UnresolvedCreate> UnresolvedCreate::fromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    const qint64 portfolio = object.value(portfolioKey).toInteger();
    if (portfolio <= 0 || !object.value(sentKey).isObject())
        return std::nullopt;
    UnresolvedCreate create;
    create.sent = LinkDraft::fromJson(object.value(sentKey).toObject(), portfolio);
    if (object.value(newestIdKey).isDouble())
        create.newestIdBefore = object.value(newestIdKey).toInteger();
    create.sentForm = object.value(sentFormKey).toObject();
    return create;
}
