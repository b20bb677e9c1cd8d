#include "LinkPatch.h"

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

LinkPatch LinkPatch::between(const LinkDraft &loaded, const LinkDraft &edited, qint64 linkId)
{
    LinkPatch patch;
    patch.m_portfolioId = edited.portfolioId;
    patch.m_linkId = linkId;
    // toJson() trims and leaves out what is empty: comparing its values
    // compares what the server would store.
    const QJsonObject before = loaded.toJson();
    const QJsonObject after = edited.toJson();
    for (const QString &field : {QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("description")}) {
        if (before.value(field) != after.value(field))
            patch.m_changes.insert(field, field == QLatin1String("name") ? after.value(field) : textOrNull(after.value(field).toString()));
    }
    if (loaded.imageId != edited.imageId)
        patch.m_changes.insert(QStringLiteral("image"), edited.imageId ? QJsonValue(*edited.imageId) : QJsonValue(QJsonValue::Null));
    return patch;
}

LinkPatch LinkPatch::fromJson(qint64 portfolioId, qint64 linkId, const QJsonObject &changes)
{
    LinkPatch patch;
    patch.m_portfolioId = portfolioId;
    patch.m_linkId = linkId;
    patch.m_changes = changes;
    return patch;
}

bool LinkPatch::isAppliedTo(const Link &link) const
{
    const auto textOf = [](const std::optional<QString> &text) { return textOrNull(text.value_or(QString())); };
    const QJsonObject stored{
        {QStringLiteral("name"), link.name},
        {QStringLiteral("url"), textOf(link.url)},
        {QStringLiteral("description"), textOf(link.description)},
        {QStringLiteral("image"), link.image ? QJsonValue(link.image->id) : QJsonValue(QJsonValue::Null)},
    };
    for (auto it = m_changes.begin(); it != m_changes.end(); ++it) {
        if (stored.value(it.key()) != it.value())
            return false;
    }
    return true;
}
