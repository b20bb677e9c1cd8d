#include "LinkDraft.h"

LinkDraft LinkDraft::fromLink(const Link &link, qint64 portfolioId)
{
    LinkDraft draft;
    draft.portfolioId = portfolioId;
    draft.name = link.name;
    draft.url = link.url.value_or(QString());
    draft.description = link.description.value_or(QString());
    if (link.image)
        draft.imageId = link.image->id;
    return draft;
}

LinkDraft LinkDraft::fromJson(const QJsonObject &body, qint64 portfolioId)
{
    LinkDraft draft;
    draft.portfolioId = portfolioId;
    draft.name = body.value(QStringLiteral("name")).toString();
    draft.url = body.value(QStringLiteral("url")).toString();
    draft.description = body.value(QStringLiteral("description")).toString();
    if (const QJsonValue image = body.value(QStringLiteral("image")); image.isDouble())
        draft.imageId = qint64(image.toDouble());
    return draft;
}

QJsonObject LinkDraft::toJson() const
{
    // QString::trimmed() keeps U+200C (ZWNJ): it is a format character, not space.
    QJsonObject body{{QStringLiteral("name"), name.trimmed()}};
    if (const QString u = url.trimmed(); !u.isEmpty())
        body.insert(QStringLiteral("url"), u);
    if (const QString d = description.trimmed(); !d.isEmpty())
        body.insert(QStringLiteral("description"), d);
    if (imageId)
        body.insert(QStringLiteral("image"), *imageId);
    return body;
}
