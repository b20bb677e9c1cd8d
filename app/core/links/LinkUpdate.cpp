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
    watch(call);
}

void LinkUpdate::cancel()
{
    if (!m_call)
        return;
    std::exchange(m_call, nullptr)->abandon(this);
    emit busyChanged(false);
}
