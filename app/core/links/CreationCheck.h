#pragma once

#include "api/ApiError.h"
#include "api/LinkDraft.h"
#include "model/Link.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ApiCall;
class ApiClient;

// After a create whose outcome is unknown, asks the list endpoint whether
// the server created the link anyway, instead of sending it again and
// risking a duplicate. A link is this submission's when every field that
// was sent matches it (after the server's own trimming) and it did not exist
// before the submission: its id is above the newest id known before sending.
// Clocks are never compared: a server's may be minutes off. Gives one
// answer, then deletes itself.
class CreationCheck : public QObject
{
    Q_OBJECT
public:
    // Links with the sent name looked at, newest first: ours would be on top.
    static constexpr int pageSize = 50;

    // Without newestIdBefore, an identical link cannot be told from an older one.
    CreationCheck(ApiClient *api, const LinkDraft &sent, std::optional<qint64> newestIdBefore, QObject *parent = nullptr);
    void start();
    void cancel();

    // Whether the server's link holds exactly what was sent.
    static bool matches(const Link &link, const LinkDraft &sent);

signals:
    void found(const Link &link);
    void notFound();
    // Links identical to what was sent exist, and which (if any) this
    // submission made cannot be told: the user decides.
    void undecided(const QList<Link> &identical);
    void failed(const ApiError &error);

private:
    void decide(const QList<Link> &results);

    ApiClient *m_api;
    LinkDraft m_sent;
    std::optional<qint64> m_newestIdBefore;
    QPointer<ApiCall> m_call;
};
