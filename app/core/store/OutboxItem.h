#pragma once

#include "api/LinkDraft.h"
#include "api/LinkPatch.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One change waiting in the outbox, as its row holds it. The payload is what
// the request needs (a create's fields, an edit's patch, a deleted link's
// fields for showing it), never the token.
struct OutboxItem
{
    enum class Operation { Create, Edit, Delete };
    enum class State { Pending, Sending, NeedsAttention };

    qint64 id = 0; // also the local id a pending create is known by
    QString profile; // Outbox::profileKey
    QString server;
    qint64 portfolioId = 0;
    Operation operation = Operation::Create;
    qint64 linkId = 0; // the server's id; 0 for a create, and for an edit waiting on one
    qint64 dependsOn = 0; // an edit or delete of a link whose create is still in the outbox
    QJsonObject payload;
    State state = State::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime nextRetry; // invalid: as soon as possible
    QDateTime created;
    // A create's request may have reached the server: it is looked up before any resend.
    bool outcomeUnknown = false;
    std::optional<qint64> newestIdBefore;

    // `profile`: whose the change is (Outbox::profileKey), `server`: where it goes.
    static OutboxItem create(const QString &profile, const QUrl &server, const LinkDraft &draft);
    // `loaded`: the link as the edit started from (its updated_at tells a
    // conflict; its fields are the history's "before").
    static OutboxItem edit(const QString &profile, const QUrl &server, const LinkPatch &patch, const Link &loaded);
    static OutboxItem remove(const QString &profile, const QUrl &server, qint64 portfolioId, const Link &link);

    LinkDraft draft() const;
    LinkPatch patch() const;
    QDateTime loadedUpdatedAt() const;
    void setLoadedUpdatedAt(const QDateTime &at);
    // The link's name as the change knows it, for lists and messages.
    QString title() const;
    // A delete in its undo window: on disk from the moment it is made (the
    // next start sends it after a crash, as a quit would), not yet sent.
    bool isHeldForUndo() const;

    static QString operationKey(Operation operation);
    static Operation operationFromKey(const QString &key);
    static QString stateKey(State state);
    static State stateFromKey(const QString &key);
};
