#pragma once

#include "api/ApiError.h"
#include "api/JsonCall.h"
#include "api/LinkPatch.h"
#include "model/Link.h"

#include <QObject>
#include <QPointer>

class ApiClient;

// Saving an edit without losing anyone's work. The API has no ETag, so
// before the PATCH the link is fetched again: if its updated_at moved since
// it was loaded, someone else changed it and nothing is sent (conflict());
// the user then overwrites or reloads. This narrows the race to one round
// trip; it cannot close it.
//
// A PATCH whose answer was lost (or a 5xx) may have been applied: the link
// is fetched at once, and one that holds every patched value is taken as
// saved. Failing that, it is never sent again blindly: the next save fetches
// the link first too.
class LinkUpdate : public QObject
{
    Q_OBJECT
public:
    explicit LinkUpdate(ApiClient *api, QObject *parent = nullptr);
    ~LinkUpdate() override;

    bool isBusy() const { return !m_call.isNull(); }
    // `loaded` is the link as the editor got it.
    void save(const Link &loaded, const LinkPatch &patch);
    // After conflict(): sends the patch over the server's newer version.
    void overwrite(const LinkPatch &patch);
    void cancel();

signals:
    void busyChanged(bool busy);
    void saved(const Link &link);
    // The server's version differs from the one loaded; nothing was sent.
    void conflict(const Link &serverVersion);
    void failed(const ApiError &error);

private:
    void send(const LinkPatch &patch);
    void checkApplied(const LinkPatch &patch, const ApiError &cause);
    void watch(ApiCall *call);

    ApiClient *m_api;
    QPointer<ApiCall> m_call;
};
