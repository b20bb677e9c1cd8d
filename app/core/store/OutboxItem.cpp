#include "OutboxItem.h"

namespace {
const QString draftKey = QStringLiteral("draft");
const QString patchKey = QStringLiteral("patch");
const QString loadedKey = QStringLiteral("loaded_updated_at");
const QString linkKey = QStringLiteral("link");
const QString beforeKey = QStringLiteral("before");

OutboxItem started(const QString &profile, const QUrl &server, qint64 portfolioId, OutboxItem::Operation operation)
{
    OutboxItem item;
    item.profile = profile;
    item.server = server.toString();
    item.portfolioId = portfolioId;
    item.operation = operation;
    item.created = QDateTime::currentDateTimeUtc();
    return item;
}
} // namespace

OutboxItem OutboxItem::create(const QString &profile, const QUrl &server, const LinkDraft &draft)
{
    OutboxItem item = started(profile, server, draft.portfolioId, Operation::Create);
    item.payload.insert(draftKey, draft.toJson());
    return item;
}

OutboxItem OutboxItem::edit(const QString &profile, const QUrl &server, const LinkPatch &patch, const Link &loaded)
{
    OutboxItem item = started(profile, server, patch.portfolioId(), Operation::Edit);
    item.linkId = patch.linkId();
    item.payload.insert(patchKey, patch.toJson());
    item.setLoadedUpdatedAt(loaded.updatedAt);
    const QJsonObject loadedFields = LinkDraft::fromLink(loaded, patch.portfolioId()).toJson();
    QJsonObject before;
    for (const QString &field : patch.fields())
        before.insert(field, loadedFields.value(field));
    before.insert(QStringLiteral("name"), loaded.name); // so that the entry says which link
    item.payload.insert(beforeKey, before);
    return item;
}

OutboxItem OutboxItem::remove(const QString &profile, const QUrl &server, qint64 portfolioId, const Link &link)
{
    OutboxItem item = started(profile, server, portfolioId, Operation::Delete);
    item.linkId = link.id;
    item.payload.insert(linkKey, LinkDraft::fromLink(link, portfolioId).toJson());
    return item;
}

LinkDraft OutboxItem::draft() const
{
    return LinkDraft::fromJson(payload.value(draftKey).toObject(), portfolioId);
}

LinkPatch OutboxItem::patch() const
{
    return LinkPatch::fromJson(portfolioId, linkId, payload.value(patchKey).toObject());
}

QDateTime OutboxItem::loadedUpdatedAt() const
{
    return QDateTime::fromString(payload.value(loadedKey).toString(), Qt::ISODateWithMs);
}

void OutboxItem::setLoadedUpdatedAt(const QDateTime &at)
{
    payload.insert(loadedKey, at.toString(Qt::ISODateWithMs));
}

QString OutboxItem::title() const
{
    for (const QString &key : {draftKey, patchKey, linkKey, beforeKey}) {
        const QString name = payload.value(key).toObject().value(QStringLiteral("name")).toString();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

bool OutboxItem::isHeldForUndo() const
{
    return operation == Operation::Delete && state == State::Sending && attempts == 0;
}

QString OutboxItem::operationKey(Operation operation)
{
    switch (operation) {
    case Operation::Create:
        return QStringLiteral("create");
    case Operation::Edit:
        return QStringLiteral("edit");
    case Operation::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

OutboxItem::Operation OutboxItem::operationFromKey(const QString &key)
{
    if (key == QLatin1String("edit"))
        return Operation::Edit;
    if (key == QLatin1String("delete"))
        return Operation::Delete;
    return Operation::Create;
}

QString OutboxItem::stateKey(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sending:
        return QStringLiteral("sending");
    case State::NeedsAttention:
        return QStringLiteral("attention");
    }
    return {};
}

OutboxItem::State OutboxItem::stateFromKey(const QString &key)
{
    if (key == QLatin1String("sending"))
        return State::Sending;
    if (key == QLatin1String("attention"))
        return State::NeedsAttention;
    return State::Pending;
}
