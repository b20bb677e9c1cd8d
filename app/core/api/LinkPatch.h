#pragma once

#include "LinkDraft.h"
#include "model/Link.h"

#include <QJsonObject>
#include <QStringList>

// The body of a PATCH: only the fields whose value differs between the link
// as it was loaded and as it is now, both read through the same form rules
// (so that a field left alone is never sent, whatever the rules make of it).
// A field emptied is sent as null, which clears it on the server.
class LinkPatch
{
public:
    LinkPatch() = default;
    static LinkPatch between(const LinkDraft &loaded, const LinkDraft &edited, qint64 linkId);
    // The patch toJson() wrote (kept in the outbox), for that link.
    static LinkPatch fromJson(qint64 portfolioId, qint64 linkId, const QJsonObject &changes);

    qint64 portfolioId() const { return m_portfolioId; }
    qint64 linkId() const { return m_linkId; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    // API field names: name, url, description, image.
    QStringList fields() const { return m_changes.keys(); }
    QJsonObject toJson() const { return m_changes; }
    // Whether the link already holds every value this patch sets (trimmed
    // and empty-as-null, as the server stores them).
    bool isAppliedTo(const Link &link) const;

private:
    qint64 m_portfolioId = 0;
    qint64 m_linkId = 0;
    QJsonObject m_changes;
};
