#include "MediaSupport.h"

#include "ApiCall.h"
#include "ApiClient.h"
#include "MediaEndpoints.h"

MediaSupport::MediaSupport(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void MediaSupport::check()
{
    if (m_state == State::Available || m_state == State::Missing || m_probe)
        return;
    if (!MediaEndpoints::upload(m_client->baseUrl(), m_client->mediaPath()).isValid()) {
        setState(State::Missing);
        return;
    }
    m_probe = m_client->probeMedia();
    connect(m_probe, &ApiCall::succeeded, this, [this] { setState(State::Available); });
    connect(m_probe, &ApiCall::failed, this, [this](const ApiError &error) {
        // Offline or refused: nothing learnt, the next picker asks again.
        setState(meansMissing(error) ? State::Missing : State::Unknown);
    });
    setState(State::Checking);
}

void MediaSupport::reset()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
        m_probe = nullptr; // it deletes itself later; a new check must not wait for that
    }
    m_missingNoticeTaken = false;
    setState(State::Unknown);
}

void MediaSupport::learnFromUpload(const ApiError &error)
{
    if (meansMissing(error))
        setState(State::Missing);
}

bool MediaSupport::meansMissing(const ApiError &error)
{
    return error.httpStatus() == 404 || error.httpStatus() == 405;
}

bool MediaSupport::takeMissingNotice()
{
    if (m_state != State::Missing || m_missingNoticeTaken)
        return false;
    m_missingNoticeTaken = true;
    return true;
}

void MediaSupport::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}
