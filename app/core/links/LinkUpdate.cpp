#include "LinkUpdate.h"

#include "api/ApiClient.h"

#include <utility>

LinkUpdate::LinkUpdate(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

LinkUpdate::~LinkUpdate()
{
    cancel();
}

void LinkUpdate::watch(ApiCall *call)
{
    m_call = call;
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_call = nullptr;
        emit busyChanged(false);
        emit failed(error);
    });
    emit busyChanged(true);
}

void LinkUpdate::save(const Link &loaded, const LinkPatch &patch)
{
    if (isBusy() || patch.isEmpty())
        return;
    LinkCall *check = m_api->fetchLink(patch.portfolioId(), patch.linkId());
    check->onSucceeded(this, [this, loaded, patch](const Link &current) {
        m_call = nullptr;
        if (patch.isAppliedTo(current)) {
            emit busyChanged(false);
            emit saved(current); // an earlier attempt whose answer was lost, or the same edit made elsewhere
        } else if (current.updatedAt != loaded.updatedAt) {
            emit busyChanged(false);
            emit conflict(current);
        } else {
            send(patch);
        }
    });
    watch(check);
}

void LinkUpdate::overwrite(const LinkPatch &patch)
{
    if (!isBusy() && !patch.isEmpty())
        send(patch);
}

void LinkUpdate::send(const LinkPatch &patch)
{
    LinkCall *call = m_api->updateLink(patch);
    call->onSucceeded(this, [this](const Link &link) {
        m_call = nullptr;
        emit busyChanged(false);
        emit saved(link);
    });
    m_call = call;
    connect(call, &ApiCall::failed, this, [this, call, patch](const ApiError &error) {
        m_call = nullptr;
        if (error.mayHaveBeenProcessed(call->requestWasSent())) {
            checkApplied(patch, error);
            return;
        }
        emit busyChanged(false);
        emit failed(error);
    });
    emit busyChanged(true);
}

void LinkUpdate::checkApplied(const LinkPatch &patch, const ApiError &cause)
{
    // The server may have applied the PATCH (a 500 after storing, a lost
    // answer): the link as it holds it now says, before anyone sends again
    // or takes the change for someone else's.
    LinkCall *check = m_api->fetchLink(patch.portfolioId(), patch.linkId());
    m_call = check;
    check->onSucceeded(this, [this, patch, cause](const Link &current) {
        m_call = nullptr;
        emit busyChanged(false);
        if (patch.isAppliedTo(current))
            emit saved(current);
        else
            emit failed(cause);
    });
    connect(check, &ApiCall::failed, this, [this, cause] {
        m_call = nullptr;
        emit busyChanged(false);
        emit failed(cause);
    });
}

void LinkUpdate::cancel()
{
    if (!m_call)
        return;
    std::exchange(m_call, nullptr)->abandon(this);
    emit busyChanged(false);
}
